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


class ValidationErrors(TtdnError):
    """Every problem of a form at once, so each message can stand next to its field."""

    def __init__(self, errors: list[ValidationError]) -> None:
        super().__init__("; ".join(str(e) for e in errors))
        self.errors = errors

    def by_field(self) -> dict[str | None, str]:
        found: dict[str | None, str] = {}
        for error in self.errors:
            found.setdefault(error.field, str(error))
        return found
