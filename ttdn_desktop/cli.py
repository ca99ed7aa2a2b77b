"""The `ttdn` command: the same operations as the windows, for scripts and for the level above.

Exit codes: 0 success, 1 a refusal or a problem found (with a Vietnamese message on stderr),
2 a command line that cannot be understood.
"""

from __future__ import annotations

import argparse
import contextlib
import json
import logging
import sys
from collections.abc import Callable, Sequence
from typing import NoReturn

from ttdn_desktop import __version__
from ttdn_desktop.cli_args import year_arg
from ttdn_desktop.cli_backup import add_backup_parser
from ttdn_desktop.cli_exchange import add_exchange_parser
from ttdn_desktop.cli_report import add_report_parser
from ttdn_desktop.core import labels
from ttdn_desktop.core.database import Database, check_database, open_database
from ttdn_desktop.core.demo import load_demo
from ttdn_desktop.core.errors import TtdnError
from ttdn_desktop.core.logs import setup_logging
from ttdn_desktop.core.stats import year_stats
from ttdn_desktop.core.units import ProfileData, own_unit_id, set_own_unit

log = logging.getLogger(__name__)

EXIT_OK = 0
EXIT_FAILED = 1
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


def build_parser() -> argparse.ArgumentParser:
    vietnamese_argparse()
    parser = VietnameseParser(
        prog="ttdn",
        description="TTĐN Desktop: sổ theo dõi và báo cáo công tác thông tin đối ngoại.",
    )
    add_common_options(parser)
    commands = parser.add_subparsers(dest="command", metavar="LỆNH", parser_class=VietnameseParser)
    commands.required = True

    init = commands.add_parser("init", help="tạo (hoặc nâng cấp) cơ sở dữ liệu")
    init.add_argument("--unit-name", metavar="TÊN", help="tên đầy đủ của đơn vị")
    init.add_argument("--parent-body", metavar="TÊN", help="cơ quan chủ quản, ví dụ UBND TỈNH …")
    init.add_argument("--body", metavar="TÊN", help="tên cơ quan in ở tiêu đề, ví dụ SỞ …")
    init.add_argument("--abbreviation", metavar="CHỮ", help="chữ viết tắt, ví dụ STTTT")
    init.add_argument("--place", metavar="ĐỊA_DANH", help="địa danh ghi ở ngày tháng")
    init.set_defaults(handler=cmd_init)

    demo = commands.add_parser("demo", help="nạp dữ liệu mẫu năm 2020 (Sở TTTT Bắc Kạn)")
    demo.set_defaults(handler=cmd_demo)

    check = commands.add_parser(
        "check",
        help="kiểm tra phiên bản lược đồ, tính toàn vẹn, khóa ngoại và các tệp đính kèm",
    )
    check.add_argument(
        "--relink",
        metavar="THƯ_MỤC",
        help="tìm trong thư mục này (và các thư mục con) những tệp đính kèm bị thiếu hoặc hỏng, "
        "nhận ra theo mã băm SHA-256, rồi chép chúng trở lại; tệp gốc được giữ nguyên",
    )
    check.set_defaults(handler=cmd_check)

    stats = commands.add_parser("stats", help="thống kê số liệu của một năm")
    stats.add_argument(
        "--year", type=year_arg, required=True, metavar="NĂM", help="năm cần thống kê"
    )
    stats.add_argument("--json", action="store_true", help="in kết quả dạng JSON")
    stats.set_defaults(handler=cmd_stats)

    add_report_parser(commands)
    add_exchange_parser(commands)
    add_backup_parser(commands)
    return parser


def _open(args: argparse.Namespace, create: bool = True) -> Database:
    return open_database(args.db, create=create)


def cmd_init(args: argparse.Namespace) -> int:
    profile_args = (args.unit_name, args.parent_body, args.body, args.abbreviation, args.place)
    db = _open(args)
    try:
        if any(profile_args):
            with db.session() as session:
                set_own_unit(
                    session,
                    args.unit_name or "",
                    ProfileData(
                        parent_body=args.parent_body or "",
                        body_name=args.body or "",
                        abbreviation=args.abbreviation or "",
                        place_name=args.place or "",
                    ),
                )
        if db.backup_before_upgrade:
            print(f"Đã nâng cấp cơ sở dữ liệu; bản sao trước nâng cấp: {db.backup_before_upgrade}")
        print(f"Cơ sở dữ liệu sẵn sàng: {db.display_name}")
        with db.session() as session:
            if own_unit_id(session) is None:
                print(
                    "Chưa khai báo đơn vị: hãy mở chương trình hoặc dùng các tùy chọn "
                    "--unit-name, --parent-body, --body, --abbreviation, --place."
                )
    finally:
        db.close()
    return EXIT_OK


def cmd_demo(args: argparse.Namespace) -> int:
    db = _open(args)
    try:
        with db.session() as session:
            added = load_demo(session)
    finally:
        db.close()
    print(
        f"Đã nạp dữ liệu mẫu năm 2020 vào {db.display_name}: {added['documents']} văn bản, "
        f"{added['activities']} hoạt động, {added['press_items']} tin bài báo chí, "
        f"{added['organizations']} cơ quan, tổ chức."
    )
    return EXIT_OK


def cmd_check(args: argparse.Namespace) -> int:
    from pathlib import Path

    from ttdn_desktop.core.backup import backups_dir, latest_good_backup
    from ttdn_desktop.core.integrity import check_attachments, relink_attachments

    db = _open(args, create=False)
    try:
        report = check_database(db)
        files = check_attachments(db)
        relinked: list[str] = []
        if args.relink and files.problems:
            relinked = relink_attachments(files.problems, Path(args.relink))
            if relinked:
                files = check_attachments(db)
    finally:
        db.close()
    print(f"Cơ sở dữ liệu: {db.display_name}")
    print(f"Phiên bản lược đồ: {report.schema_revision} (chương trình: {report.schema_head})")
    print(f"Tệp đính kèm đã kiểm tra: {files.checked}")
    if relinked:
        print(f"Đã nối lại {len(relinked)} tệp đính kèm tìm thấy trong “{args.relink}”.")
    problems = report.problems + [p.message for p in files.problems]
    if not problems:
        print(
            "Kết quả: không phát hiện lỗi (toàn vẹn, khóa ngoại, phiên bản lược đồ và tệp đính kèm "
            "đều đúng)."
        )
        return EXIT_OK
    print(f"Phát hiện {len(problems)} vấn đề:", file=sys.stderr)
    for problem in problems:
        print(f"  - {problem}", file=sys.stderr)
    if files.problems:
        print(
            "Cách sửa an toàn: nếu còn bản chép của các tệp này (USB, thư mục Tải về…), chạy lại "
            "với --relink THƯ_MỤC để chương trình tìm theo mã băm và chép chúng trở lại.",
            file=sys.stderr,
        )
    good = latest_good_backup(backups_dir(db.path)) if db.path is not None else None
    if good is not None:
        print(
            f"Hoặc khôi phục từ bản sao lưu tốt gần nhất ({good.created_at:%d/%m/%Y %H:%M}): "
            f'ttdn restore "{good.path}"',
            file=sys.stderr,
        )
    return EXIT_FAILED


def cmd_stats(args: argparse.Namespace) -> int:
    db = _open(args, create=False)
    try:
        with db.session() as session:
            counts = year_stats(session, args.year)
    finally:
        db.close()
    if args.json:
        print(json.dumps({"year": args.year, **counts}, ensure_ascii=False, indent=2))
        return EXIT_OK
    print(f"Số liệu công tác thông tin đối ngoại năm {args.year}")
    width = max(len(label) for label in labels.STAT_LABELS.values())
    for key, label in labels.STAT_LABELS.items():
        print(f"  {label:<{width}}  {counts.get(key, 0):>7}")
    return EXIT_OK


def utf8_output() -> None:
    # A Windows console may default to a code page without Vietnamese letters.
    for stream in (sys.stdout, sys.stderr):
        reconfigure: Callable[..., None] | None = getattr(stream, "reconfigure", None)
        if reconfigure is not None:
            with contextlib.suppress(OSError, ValueError):
                reconfigure(encoding="utf-8", errors="replace")


def main(argv: Sequence[str] | None = None) -> int:
    utf8_output()
    parser = build_parser()
    args = parser.parse_args(argv)
    try:
        return int(args.handler(args))
    except TtdnError as exc:
        print(f"Lỗi: {exc}", file=sys.stderr)
        return EXIT_FAILED
    except KeyboardInterrupt:
        print("Đã dừng theo yêu cầu.", file=sys.stderr)
        return EXIT_FAILED
    except Exception as exc:
        log_file = setup_logging()
        log.exception("unexpected error in command %s", args.command)
        where = f" Chi tiết đã ghi vào {log_file}." if log_file else ""
        print(
            f"Lỗi không mong đợi khi chạy lệnh “{args.command}”: {exc}. "
            f"Dữ liệu đã lưu không bị ảnh hưởng.{where}",
            file=sys.stderr,
        )
        return EXIT_FAILED


if __name__ == "__main__":
    sys.exit(main())
