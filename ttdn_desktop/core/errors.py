"""Errors the officer may meet, each carrying a Vietnamese message that says what to do."""

from __future__ import annotations


class TtdnError(Exception):
    """An expected failure whose message is shown to the user as it is."""


class DatabaseOpenError(TtdnError):
    """The database cannot be opened; nothing was written to it."""


class NotADatabaseError(DatabaseOpenError):
    pass


class SchemaTooNewError(DatabaseOpenError):
    pass


class MigrationError(DatabaseOpenError):
    pass


class ValidationError(TtdnError):
    """Input refused before anything was saved; `field` names where the problem is."""

    def __init__(self, message: str, field: str | None = None) -> None:
        super().__init__(message)
        self.field = field
