from datetime import date

import pytest

from ttdn_desktop.core.periods import Period


def test_cutoff_periods_of_decree_09() -> None:
    year = Period.year(2020, cutoff=True)
    assert (year.start, year.end) == (date(2019, 12, 15), date(2020, 12, 14))
    half = Period.first_half(2020, cutoff=True)
    assert (half.start, half.end) == (date(2019, 12, 15), date(2020, 6, 14))
    q1 = Period.quarter(2020, 1, cutoff=True)
    assert (q1.start, q1.end) == (date(2019, 12, 15), date(2020, 3, 14))
    q3 = Period.quarter(2020, 3, cutoff=True)
    assert (q3.start, q3.end) == (date(2020, 6, 15), date(2020, 9, 14))
    nine = Period.nine_months(2020, cutoff=True)
    assert (nine.start, nine.end) == (date(2019, 12, 15), date(2020, 9, 14))


def test_calendar_periods() -> None:
    q2 = Period.quarter(2020, 2)
    assert (q2.start, q2.end, q2.title) == (date(2020, 4, 1), date(2020, 6, 30), "quý II năm 2020")
    assert Period.quarter(2020, 1).end == date(2020, 3, 31)
    assert Period.second_half(2020).start == date(2020, 7, 1)
    assert Period.year(2020).range_text == "từ ngày 01/01/2020 đến ngày 31/12/2020"


def test_months_of_a_cutoff_year_are_its_calendar_months() -> None:
    assert Period.year(2020, cutoff=True).months() == [(2020, m) for m in range(1, 13)]
    assert Period.quarter(2020, 3).months() == [(2020, 7), (2020, 8), (2020, 9)]


def test_previous_year_and_bad_input() -> None:
    assert Period.year(2020).previous_year() == Period.year(2019)
    with pytest.raises(ValueError):
        Period(date(2020, 2, 1), date(2020, 1, 1))
    with pytest.raises(ValueError):
        Period.quarter(2020, 5)
