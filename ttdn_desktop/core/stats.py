"""Counts of the work done in a period, from aggregate queries (never by loading records)."""

from __future__ import annotations

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from ttdn_desktop.core.models import Activity, Document, PressItem
from ttdn_desktop.core.periods import Period

# The JSON keys of `ttdn stats`, one per activity kind that is counted on its own.
ACTIVITY_COUNT_KEYS: dict[str, str] = {
    "press_info_conference": "press_info_conferences",
    "press_briefing": "press_briefings",
    "press_conference": "press_conferences",
    "training": "trainings",
    "exhibition": "exhibitions",
    "media_product": "media_products",
    "central_media_promotion": "central_media_promotions",
    "international_delegation": "international_delegations",
    "oversight": "oversight_activities",
    "other": "other_activities",
}


def period_stats(session: Session, period: Period, unit_id: int | None = None) -> dict[str, int]:
    """Count each kind of work whose date falls in the period.

    Activities count by their start date, documents by their date, press items as handled by the
    date they were handled and as received by the date they were published. Records in the trash
    do not count.

    Args:
        unit_id: count one unit's records only; None counts every unit.
    """

    def scoped(stmt, model):  # type: ignore[no-untyped-def]
        stmt = stmt.where(model.deleted_at.is_(None))
        return stmt.where(model.unit_id == unit_id) if unit_id is not None else stmt

    counts: dict[str, int] = dict.fromkeys(ACTIVITY_COUNT_KEYS.values(), 0)
    activity_rows = session.execute(
        scoped(
            select(
                Activity.kind,
                func.count(),
                func.coalesce(func.sum(Activity.participants), 0),
            )
            .where(Activity.start_date.between(period.start, period.end))
            .group_by(Activity.kind),
            Activity,
        )
    ).all()
    participants = {kind: int(total) for kind, _n, total in activity_rows}
    for kind, number, _total in activity_rows:
        counts[ACTIVITY_COUNT_KEYS[kind]] = int(number)
    counts["training_participants"] = participants.get("training", 0)
    counts["exhibition_visitors"] = participants.get("exhibition", 0)

    in_period = Document.issued_date.between(period.start, period.end)
    counts["guidance_documents"] = (
        session.scalar(
            scoped(
                select(func.count()).where(
                    in_period, Document.is_press_guidance.is_(True), Document.direction == "issued"
                ),
                Document,
            )
        )
        or 0
    )
    counts["documents_issued"] = (
        session.scalar(
            scoped(select(func.count()).where(in_period, Document.direction == "issued"), Document)
        )
        or 0
    )
    counts["plans_issued"] = (
        session.scalar(
            scoped(
                select(func.count()).where(
                    in_period, Document.direction == "issued", Document.kind == "plan"
                ),
                Document,
            )
        )
        or 0
    )
    counts["press_items_received"] = (
        session.scalar(
            scoped(
                select(func.count()).where(
                    PressItem.published_date.between(period.start, period.end)
                ),
                PressItem,
            )
        )
        or 0
    )
    counts["press_items_handled"] = (
        session.scalar(
            scoped(
                select(func.count()).where(
                    PressItem.status == "handled",
                    PressItem.handled_date.between(period.start, period.end),
                ),
                PressItem,
            )
        )
        or 0
    )
    counts["press_items_open"] = (
        session.scalar(
            scoped(
                select(func.count()).where(
                    PressItem.status.in_(("new", "in_progress")),
                    PressItem.published_date <= period.end,
                ),
                PressItem,
            )
        )
        or 0
    )
    return counts


def year_stats(session: Session, year: int, unit_id: int | None = None) -> dict[str, int]:
    return period_stats(session, Period.year(year), unit_id)
