"""How numbers and dates look on screen: the Vietnamese way (1.850; 15/10/2020)."""

from __future__ import annotations

from datetime import date


def format_count(value: int) -> str:
    """A whole number with a dot between thousands: 1850 → "1.850"."""
    return f"{value:,}".replace(",", ".")


def format_date(value: date | None) -> str:
    return value.strftime("%d/%m/%Y") if value else ""
