"""Argument types of the `ttdn` command, with Vietnamese messages."""

from __future__ import annotations

import argparse
from datetime import date, datetime


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
