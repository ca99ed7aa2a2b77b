"""Argument types and parser helpers of `ttdn` and `ttdn-desktop`, with Vietnamese messages.

Light on purpose: the windows' start imports it, so nothing here imports the subcommands.
"""

from __future__ import annotations

import argparse
import contextlib
import sys
from collections.abc import Callable
from datetime import date, datetime
from typing import NoReturn

from ttdn_desktop import __version__

EXIT_USAGE = 2

# argparse's own phrases, in Vietnamese.
_ARGPARSE_PHRASES = {
    "the following arguments are required: %s": "thiếu tham số bắt buộc: %s",
    "unrecognized arguments: %s": "tham số không hiểu được: %s",
    "invalid choice: %(value)r (choose from %(choices)s)": (
        "lựa chọn không hợp lệ: %(value)r (chọn một trong %(choices)s)"
    ),
    "argument %(argument_name)s: %(message)s": "tham số %(argument_name)s: %(message)s",
    "invalid %(type)s value: %(value)r": "giá trị không hợp lệ: %(value)r",
    "expected one argument": "cần một giá trị",
    "show this help message and exit": "hiện hướng dẫn này rồi thoát",
    "show program's version number and exit": "hiện phiên bản chương trình rồi thoát",
    "usage: ": "Cách dùng: ",
    "options": "tùy chọn",
    "positional arguments": "tham số",
}


def vietnamese_argparse() -> None:
    original = argparse._  # type: ignore[attr-defined]

    def translate(message: str) -> str:
        return _ARGPARSE_PHRASES.get(message, original(message))

    argparse._ = translate  # type: ignore[attr-defined]


class VietnameseParser(argparse.ArgumentParser):
    def error(self, message: str) -> NoReturn:
        self.print_usage(sys.stderr)
        self.exit(EXIT_USAGE, f"Lỗi: {message}\n")


def add_common_options(parser: argparse.ArgumentParser) -> None:
    """--version and --db, the same for `ttdn` and `ttdn-desktop`."""
    parser.add_argument(
        "--version",
        action="version",
        version=f"TTĐN Desktop {__version__}",
        help="hiện phiên bản chương trình rồi thoát",
    )
    parser.add_argument(
        "--db",
        metavar="TỆP_HOẶC_URL",
        help="tệp cơ sở dữ liệu hoặc địa chỉ SQLAlchemy (postgresql+psycopg://…); "
        "mặc định lấy biến môi trường TTDN_DB, rồi tệp trong thư mục dữ liệu của người dùng",
    )


def utf8_output() -> None:
    # A Windows console may default to a code page without Vietnamese letters.
    for stream in (sys.stdout, sys.stderr):
        reconfigure: Callable[..., None] | None = getattr(stream, "reconfigure", None)
        if reconfigure is not None:
            with contextlib.suppress(OSError, ValueError):
                reconfigure(encoding="utf-8", errors="replace")


def year_arg(value: str) -> int:
    try:
        year = int(value)
    except ValueError:
        raise argparse.ArgumentTypeError(
            f"năm phải là một số, ví dụ 2020 (nhận được “{value}”)"
        ) from None
    if not 1945 <= year <= 2100:
        raise argparse.ArgumentTypeError(f"năm {year} nằm ngoài khoảng 1945–2100")
    return year


def dmy_arg(value: str) -> date:
    """A date written dd/mm/yyyy, as Vietnamese documents write it."""
    try:
        return datetime.strptime(value.strip(), "%d/%m/%Y").date()
    except ValueError:
        raise argparse.ArgumentTypeError(
            f"ngày phải viết dạng ngày/tháng/năm, ví dụ 21/12/2020 (nhận được “{value}”)"
        ) from None
