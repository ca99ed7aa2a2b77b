"""Reporting periods."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date


@dataclass(frozen=True)
class Period:
    """An inclusive range of days."""

    start: date
    end: date

    @classmethod
    def year(cls, year: int) -> Period:
        return cls(date(year, 1, 1), date(year, 12, 31))

    def __post_init__(self) -> None:
        if self.end < self.start:
            raise ValueError("period ends before it starts")
