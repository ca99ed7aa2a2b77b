"""Reporting periods: calendar periods and the data cut-off of Nghị định 09/2019/NĐ-CP.

Article 12 of Nghị định 09/2019 closes the data of periodic reports before the calendar does: a
year runs from 15/12 of the previous year to 14/12, six months from 15/12 to 14/06, a quarter from
the 15th of the month before it to the 14th of its last month.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

ROMAN_QUARTERS = {1: "I", 2: "II", 3: "III", 4: "IV"}

PERIOD_KINDS: dict[str, str] = {
    "year": "Năm",
    "first_half": "6 tháng đầu năm",
    "second_half": "6 tháng cuối năm",
    "nine_months": "9 tháng",
    "quarter": "Quý",
    "custom": "Tùy chọn",
}


@dataclass(frozen=True)
class Period:
    """An inclusive range of days, with the name it is reported under."""

    start: date
    end: date
    name: str = ""
    cutoff: bool = False

    def __post_init__(self) -> None:
        if self.end < self.start:
            raise ValueError("period ends before it starts")

    @classmethod
    def year(cls, year: int, cutoff: bool = False) -> Period:
        start = date(year - 1, 12, 15) if cutoff else date(year, 1, 1)
        end = date(year, 12, 14) if cutoff else date(year, 12, 31)
        return cls(start, end, f"năm {year}", cutoff)

    @classmethod
    def first_half(cls, year: int, cutoff: bool = False) -> Period:
        start = date(year - 1, 12, 15) if cutoff else date(year, 1, 1)
        end = date(year, 6, 14) if cutoff else date(year, 6, 30)
        return cls(start, end, f"6 tháng đầu năm {year}", cutoff)

    @classmethod
    def second_half(cls, year: int, cutoff: bool = False) -> Period:
        start = date(year, 6, 15) if cutoff else date(year, 7, 1)
        end = date(year, 12, 14) if cutoff else date(year, 12, 31)
        return cls(start, end, f"6 tháng cuối năm {year}", cutoff)

    @classmethod
    def nine_months(cls, year: int, cutoff: bool = False) -> Period:
        start = date(year - 1, 12, 15) if cutoff else date(year, 1, 1)
        end = date(year, 9, 14) if cutoff else date(year, 9, 30)
        return cls(start, end, f"9 tháng năm {year}", cutoff)

    @classmethod
    def quarter(cls, year: int, quarter: int, cutoff: bool = False) -> Period:
        if quarter not in ROMAN_QUARTERS:
            raise ValueError(f"quarter must be 1-4, not {quarter}")
        first_month = 3 * quarter - 2
        last_month = first_month + 2
        if cutoff:
            start = date(year - 1, 12, 15) if quarter == 1 else date(year, first_month - 1, 15)
            end = date(year, last_month, 14)
        else:
            start = date(year, first_month, 1)
            end = _last_day(year, last_month)
        return cls(start, end, f"quý {ROMAN_QUARTERS[quarter]} năm {year}", cutoff)

    @classmethod
    def custom(cls, start: date, end: date) -> Period:
        return cls(start, end, f"từ ngày {start:%d/%m/%Y} đến ngày {end:%d/%m/%Y}")

    @classmethod
    def preset(cls, kind: str, year: int, quarter: int = 1, cutoff: bool = False) -> Period:
        """A period by its kind code (see PERIOD_KINDS), for forms and the command line."""
        makers = {
            "year": lambda: cls.year(year, cutoff),
            "first_half": lambda: cls.first_half(year, cutoff),
            "second_half": lambda: cls.second_half(year, cutoff),
            "nine_months": lambda: cls.nine_months(year, cutoff),
            "quarter": lambda: cls.quarter(year, quarter, cutoff),
        }
        if kind not in makers:
            raise ValueError(f"unknown period kind {kind!r}")
        return makers[kind]()

    @property
    def year_of_report(self) -> int:
        """The year the period reports on (its end's year)."""
        return self.end.year

    @property
    def range_text(self) -> str:
        """'từ ngày 15/12/2019 đến ngày 14/12/2020'."""
        return f"từ ngày {self.start:%d/%m/%Y} đến ngày {self.end:%d/%m/%Y}"

    @property
    def title(self) -> str:
        return self.name or self.range_text

    def previous_year(self) -> Period:
        """The same period one year earlier, for comparisons."""
        return Period(
            _shift_year(self.start, -1),
            _shift_year(self.end, -1),
            self.name.replace(str(self.end.year), str(self.end.year - 1)),
            self.cutoff,
        )

    def months(self) -> list[tuple[int, int]]:
        """The calendar months the period reports on, as (year, month).

        A cut-off period stands for the calendar period it closes early: 15/12/2019–14/12/2020
        reports on January to December 2020.
        """
        year, month = self.start.year, self.start.month
        if self.cutoff and self.start.day > 1:
            year, month = (year + 1, 1) if month == 12 else (year, month + 1)
        months: list[tuple[int, int]] = []
        while (year, month) <= (self.end.year, self.end.month):
            months.append((year, month))
            year, month = (year + 1, 1) if month == 12 else (year, month + 1)
        return months

    def contains(self, day: date) -> bool:
        return self.start <= day <= self.end


def _last_day(year: int, month: int) -> date:
    if month == 12:
        return date(year, 12, 31)
    return date.fromordinal(date(year, month + 1, 1).toordinal() - 1)


def _shift_year(day: date, years: int) -> date:
    try:
        return day.replace(year=day.year + years)
    except ValueError:  # 29 February
        return day.replace(year=day.year + years, day=28)
