"""How far a plan's targets have come: the records of the target's kind in its year.

The same counting as the reports (`reports.facts.PeriodFacts.done_for`), from the core's
aggregate `period_stats`, so the editor and the annual report never disagree.
"""

from __future__ import annotations

from datetime import date

from sqlalchemy.orm import Session

from ttdn_desktop.core.periods import Period
from ttdn_desktop.core.records import TargetData
from ttdn_desktop.core.stats import ACTIVITY_COUNT_KEYS, period_stats
from ttdn_desktop.core.units import own_unit_id
from ttdn_desktop.gui.formatting import format_count


def stat_key(counts_kind: str) -> str | None:
    if counts_kind == "guidance_document":
        return "guidance_documents"
    if counts_kind == "press_item_handled":
        return "press_items_handled"
    return ACTIVITY_COUNT_KEYS.get(counts_kind)


class ProgressCounter:
    """Counts per year, read once per year asked for."""

    def __init__(self) -> None:
        self._stats: dict[int, dict[str, int]] = {}

    def done(self, session: Session, counts_kind: str, year: int) -> int | None:
        key = stat_key(counts_kind)
        if key is None:
            return None
        if year not in self._stats:
            self._stats[year] = period_stats(session, Period.year(year), own_unit_id(session))
        return self._stats[year].get(key)


def target_year(target: TargetData, plan_date: date | None) -> int | None:
    """A target counts in the year of its deadline, else in the year of its plan."""
    if target.deadline is not None:
        return target.deadline.year
    return plan_date.year if plan_date is not None else None


def progress_text(done: int | None, quantity: int | None) -> str:
    """ "18/24", "5" (no quantity set) or "" (nothing to count)."""
    if done is None:
        return ""
    if quantity is None:
        return format_count(done)
    return f"{format_count(done)}/{format_count(quantity)}"


def targets_progress(
    session: Session,
    targets: list[TargetData],
    plan_date: date | None,
    counter: ProgressCounter | None = None,
) -> list[str]:
    counter = counter or ProgressCounter()
    texts = []
    for target in targets:
        year = target_year(target, plan_date)
        done = (
            counter.done(session, target.counts_kind, year)
            if target.counts_kind and year is not None
            else None
        )
        texts.append(progress_text(done, target.quantity))
    return texts
