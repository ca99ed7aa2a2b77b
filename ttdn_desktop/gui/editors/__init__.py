"""The modal editors of records: one per kind, each on a Qt Designer form from `ui/editor_*.ui`.

`edit_record` is the one entry point the pages use::

    new_id = edit_record(self, db, "press_events", None, undo)          # a new conference
    edit_record(self, db, "documents", 12, undo)                        # edit document 12
    edit_record(self, db, "documents", None, undo, initial=copy)        # a duplicate, unsaved

Every save goes through `core.undo.save_tracked`, so Ctrl+Z in the window takes it back.
"""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QWidget

from ttdn_desktop.core.database import Database
from ttdn_desktop.core.records import RecordData
from ttdn_desktop.core.undo import UndoStack

FAMILIES = (
    "documents",
    "guidance",
    "press_events",
    "exhibitions",
    "media",
    "trainings",
    "press_items",
    "organizations",
    "topics",
)


def make_editor(
    parent: QWidget | None,
    db: Database,
    family: str,
    record_id: int | None,
    undo: UndoStack,
    *,
    initial: RecordData | None = None,
) -> QDialog:
    """The editor of a family, loaded and not yet shown (tests and screenshots use it).

    F1 in it opens the guide at the family's page.
    """
    editor = _make_editor(parent, db, family, record_id, undo, initial=initial)
    from ttdn_desktop.core.labels import SECTIONS
    from ttdn_desktop.gui.help_window import add_help_shortcut

    add_help_shortcut(editor, family if family in SECTIONS else "catalogues")
    return editor


def _make_editor(
    parent: QWidget | None,
    db: Database,
    family: str,
    record_id: int | None,
    undo: UndoStack,
    *,
    initial: RecordData | None = None,
) -> QDialog:
    # Imported here: the compiled forms import this package's widgets.
    from ttdn_desktop.gui.editors.activity import FAMILY_KINDS, ActivityEditor
    from ttdn_desktop.gui.editors.catalogue import OrganizationEditor, TopicEditor
    from ttdn_desktop.gui.editors.document import DocumentEditor
    from ttdn_desktop.gui.editors.press_item import PressItemEditor

    kwargs = {"initial": initial, "parent": parent}
    if family in ("documents", "guidance"):
        return DocumentEditor(db, undo, record_id, press_guidance=family == "guidance", **kwargs)
    if family in FAMILY_KINDS:
        return ActivityEditor(db, undo, record_id, family=family, **kwargs)
    if family == "press_items":
        return PressItemEditor(db, undo, record_id, **kwargs)
    if family == "organizations":
        return OrganizationEditor(db, undo, record_id, **kwargs)
    if family == "topics":
        return TopicEditor(db, undo, record_id, **kwargs)
    raise ValueError(f"no editor for the family {family!r}")


def edit_record(
    parent: QWidget,
    db: Database,
    family: str,
    record_id: int | None,
    undo: UndoStack,
    *,
    initial: RecordData | None = None,
) -> int | None:
    """Open the modal editor of a record of `family` (new when `record_id` is None).

    Args:
        family: a page's family key, as in `core.records.FAMILY_MODELS`.
        initial: data to start from instead of the database (e.g. `records.duplicate(...)`).

    Returns:
        The id of the record saved (the first of a series), or None when nothing was saved.
        After "Lưu và thêm tiếp" and then "Hủy", the last record saved.
    """
    editor = make_editor(parent, db, family, record_id, undo, initial=initial)
    accepted = bool(editor.exec())
    if accepted and editor.record_id is not None:  # type: ignore[attr-defined]
        return int(editor.record_id)  # type: ignore[attr-defined]
    return editor.saved_id  # type: ignore[attr-defined,no-any-return]
