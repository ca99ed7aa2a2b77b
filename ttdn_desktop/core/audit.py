"""Work done on every flush: the folded search text, and the audit log of what changed.

Both run inside the same transaction as the change itself, so a record and its audit entry are
saved together or not at all.
"""

from __future__ import annotations

from datetime import date, datetime
from typing import Any

from sqlalchemy import event, insert, inspect
from sqlalchemy.orm import Session, UOWTransaction

from ttdn_desktop.core.models import AUDITED_MODELS, AuditEntry, Base, Searchable
from ttdn_desktop.core.text import fold

_SKIPPED_COLUMNS = {"search_text", "created_at", "updated_at"}


def record_label(obj: Base) -> str:
    """A short human label of a record, for the audit log and messages."""
    parts = [
        str(value)
        for attr in (
            "number_symbol",
            "title",
            "subject",
            "name",
            "description",
            "file_name",
            "body_name",
        )
        if (value := getattr(obj, attr, None))
    ]
    label = " – ".join(parts[:2]) if parts else f"#{getattr(obj, 'id', '?')}"
    return label if len(label) <= 200 else label[:199] + "…"


def _jsonable(value: Any) -> Any:
    if isinstance(value, datetime | date):
        return value.isoformat()
    if isinstance(value, Base):
        return record_label(value)
    if isinstance(value, list | tuple):
        return [_jsonable(v) for v in value]
    return value


@event.listens_for(Session, "before_flush")
def _refresh_search_text(session: Session, _ctx: UOWTransaction, _instances: Any) -> None:
    for obj in (*session.new, *session.dirty):
        if isinstance(obj, Searchable):
            words = [getattr(obj, name, None) for name in type(obj).search_fields]
            obj.search_text = fold(" ".join(w for w in words if w))


def _changes(obj: Base) -> dict[str, list[Any]]:
    changed: dict[str, list[Any]] = {}
    state = inspect(obj)
    for attr in state.mapper.column_attrs:
        if attr.key in _SKIPPED_COLUMNS:
            continue
        history = state.attrs[attr.key].history
        if history.has_changes():
            old = history.deleted[0] if history.deleted else None
            new = history.added[0] if history.added else None
            if old != new:
                changed[attr.key] = [_jsonable(old), _jsonable(new)]
    for rel in state.mapper.relationships:
        if rel.secondary is None:
            continue
        history = state.attrs[rel.key].history
        if history.added or history.deleted:
            changed[rel.key] = [_jsonable(list(history.deleted)), _jsonable(list(history.added))]
    return changed


@event.listens_for(Session, "after_flush")
def _write_audit(session: Session, _ctx: UOWTransaction) -> None:
    now = datetime.now()
    rows: list[dict[str, Any]] = []

    def add(obj: Base, action: str, changes: dict[str, Any] | None) -> None:
        rows.append(
            {
                "at": now,
                "action": action,
                "table_name": obj.__tablename__,
                "record_id": obj.id,  # type: ignore[attr-defined]
                "summary": record_label(obj),
                "changes": changes,
            }
        )

    for obj in session.new:
        if isinstance(obj, AUDITED_MODELS):
            add(obj, "create", None)
    for obj in session.dirty:
        if not isinstance(obj, AUDITED_MODELS) or not session.is_modified(obj):
            continue
        changes = _changes(obj)
        if not changes:
            continue
        action = "update"
        if "deleted_at" in changes:
            action = "delete" if changes["deleted_at"][1] else "restore"
        add(obj, action, changes)
    for obj in session.deleted:
        if isinstance(obj, AUDITED_MODELS):
            add(obj, "delete", {"permanently": True})
    if rows:
        session.connection().execute(insert(AuditEntry.__table__), rows)
