"""Undo of the session's changes (Ctrl+Z): each change knows how to take itself back.

The stack lives in the window for as long as the program runs; the work of undoing goes through
the same checked service functions as the change itself.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Any

from sqlalchemy import event
from sqlalchemy.orm import Session

from ttdn_desktop.core import records
from ttdn_desktop.core.records import ActivityData, DocumentData, RecordData

UNDO_LIMIT = 100


@dataclass
class Change:
    model: Any
    ids: list[int]
    action: str  # "create", "update", "delete" (to the trash) or "restore"
    description: str
    before: RecordData | None = None


class UndoStack:
    def __init__(self, limit: int = UNDO_LIMIT) -> None:
        self._changes: list[Change] = []
        self._limit = limit

    def push(self, change: Change) -> None:
        self._changes.append(change)
        del self._changes[: -self._limit]

    def push_when_committed(self, session: Session, change: Change) -> None:
        """Remember the change once the session's transaction commits, not before."""
        event.listen(session, "after_commit", lambda _s: self.push(change), once=True)

    @property
    def last(self) -> Change | None:
        return self._changes[-1] if self._changes else None

    def __len__(self) -> int:
        return len(self._changes)

    def clear(self) -> None:
        self._changes.clear()

    def undo(self, session: Session) -> Change | None:
        """Take back the last change in the caller's transaction; None when there is none.

        The change leaves the stack only when the transaction that undoes it commits.
        """
        change = self.last
        if change is None:
            return None
        if change.action == "create":
            records.trash(session, change.model, change.ids)
        elif change.action == "update":
            assert change.before is not None
            records.save(session, change.before)
        elif change.action == "delete":
            records.restore(session, change.model, change.ids)
        elif change.action == "restore":
            records.trash(session, change.model, change.ids)
        event.listen(session, "after_commit", lambda _s: self._forget(change), once=True)
        return change

    def _forget(self, change: Change) -> None:
        if self._changes and self._changes[-1] is change:
            self._changes.pop()


def save_tracked(session: Session, data: RecordData, stack: UndoStack, description: str) -> int:
    """Save a record and remember how to undo it."""
    model = records.MODELS[type(data)]
    before = records.load(session, model, data.id) if data.id is not None else None
    record_id = records.save(session, data)
    stack.push_when_committed(
        session, Change(model, [record_id], "update" if before else "create", description, before)
    )
    return record_id


def trash_tracked(
    session: Session, model: Any, ids: list[int], stack: UndoStack, description: str
) -> int:
    moved = records.trash(session, model, ids)
    if moved:
        stack.push_when_committed(session, Change(model, list(ids), "delete", description))
    return moved


def restore_tracked(
    session: Session, model: Any, ids: list[int], stack: UndoStack, description: str
) -> int:
    back = records.restore(session, model, ids)
    if back:
        stack.push_when_committed(session, Change(model, list(ids), "restore", description))
    return back


def add_series_tracked(
    session: Session,
    first: DocumentData | ActivityData,
    stack: UndoStack,
    description: str,
    *,
    every_days: int = 0,
    every_months: int = 0,
    until: date,
) -> list[int]:
    """Save a series (see records.add_series); one Ctrl+Z takes the whole series back."""
    ids = records.add_series(
        session, first, every_days=every_days, every_months=every_months, until=until
    )
    model = records.MODELS[type(first)]
    stack.push_when_committed(session, Change(model, ids, "create", description))
    return ids
