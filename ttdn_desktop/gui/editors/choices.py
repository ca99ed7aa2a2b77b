"""What the pickers offer, read through the core's list queries (no SQL here)."""

from __future__ import annotations

from sqlalchemy.orm import Session

from ttdn_desktop.core import listing
from ttdn_desktop.core.listing import ListFilter
from ttdn_desktop.gui.editors.pickers import Choice
from ttdn_desktop.gui.formatting import format_date

SUBJECT_LIMIT = 70


def organization_choices(session: Session, kinds: tuple[str, ...] = ()) -> list[Choice]:
    """Organisations in the catalogue (of the given kinds), by name."""
    ids = listing.matching_ids(session, "organizations", ListFilter(kinds=kinds))
    cells = listing.rows(session, "organizations", ids)
    choices = []
    for record_id in ids:
        name, short_name, _kind, _scope = cells[record_id]
        choices.append(Choice(record_id, str(name), str(short_name or "")))
    return choices


def topic_choices(session: Session) -> list[Choice]:
    ids = listing.matching_ids(session, "topics", ListFilter())
    cells = listing.rows(session, "topics", ids)
    return [Choice(record_id, str(cells[record_id][0])) for record_id in ids]


def plan_choices(session: Session) -> list[Choice]:
    """Plans, newest first: "213/KH-STTTT ngày 28/02/2020 – Về hoạt động …"."""
    ids = listing.matching_ids(session, "documents", ListFilter(kinds=("plan",)))
    cells = listing.rows(session, "documents", ids)
    choices = []
    for record_id in ids:
        issued, number, _kind, subject, issuer, _direction = cells[record_id]
        subject = str(subject or "")
        if len(subject) > SUBJECT_LIMIT:
            subject = subject[: SUBJECT_LIMIT - 1] + "…"
        head = (
            f"{number} ngày {format_date(issued)}"
            if number
            else f"Kế hoạch ngày {format_date(issued)}"
        )  # type: ignore[arg-type]
        choices.append(Choice(record_id, f"{head} – {subject}", str(issuer or "")))
    return choices
