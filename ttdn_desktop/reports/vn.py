"""How Vietnamese administrative documents write numbers and dates."""

from __future__ import annotations

from datetime import date
from decimal import ROUND_HALF_UP, Decimal


def count(n: int) -> str:
    """A count as reports write it: '06', '10', '1.850' (leading zero under ten, dot thousands)."""
    if 0 <= n < 10:
        return f"0{n}"
    return thousands(n)


def thousands(n: int) -> str:
    """'1850' -> '1.850'; '1250000' -> '1.250.000'."""
    return f"{n:,}".replace(",", ".")


def percent(part: int, whole: int) -> int | None:
    """A whole-number percentage rounded half up (81.5 % -> 82), None when whole is 0."""
    if whole == 0:
        return None
    value = (Decimal(part) * 100 / Decimal(whole)).quantize(Decimal(1), rounding=ROUND_HALF_UP)
    return int(value)


def dmy(day: date) -> str:
    return f"{day:%d/%m/%Y}"


def long_date(day: date) -> str:
    """'ngày 05 tháng 02 năm 2021', 'ngày 28 tháng 3 năm 2021' (Nghị định 30/2020, Phụ lục I).

    Days under 10 and the months 1 and 2 take a leading zero.
    """
    month = f"{day.month:02d}" if day.month <= 2 else str(day.month)
    return f"ngày {day.day:02d} tháng {month} năm {day.year}"


def day_span(start: date, end: date | None) -> str:
    """'15/10/2020', '15-17/10/2020', '28/9-02/10/2020', '28/12/2020-03/01/2021'."""
    if end is None or end == start:
        return dmy(start)
    if start.year != end.year:
        return f"{dmy(start)}-{dmy(end)}"
    if start.month != end.month:
        return f"{start:%d/%m}-{end:%d/%m/%Y}"
    return f"{start:%d}-{end:%d/%m/%Y}"


def days_between(start: date, end: date | None) -> int:
    return 1 if end is None else (end - start).days + 1


def join_list(items: list[str]) -> str:
    """'a', 'a và b', 'a, b và c'."""
    items = [i for i in items if i]
    if len(items) <= 1:
        return "".join(items)
    return f"{', '.join(items[:-1])} và {items[-1]}"


def lower_first(text: str) -> str:
    return text[:1].lower() + text[1:] if text else text


def upper_first(text: str) -> str:
    return text[:1].upper() + text[1:] if text else text


def table_cell(value: str | int | float | None) -> str:
    """A table cell as every renderer prints it: '1.850' for ints, '12,5' for floats."""
    if value is None:
        return ""
    if isinstance(value, int):
        return thousands(value)
    if isinstance(value, float):
        return f"{value:,.1f}".replace(",", " ").replace(".", ",").replace(" ", ".")
    return value
