"""End to end through the real list page and the real editor: duplicate, then edit, of a record."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QDialog
from pytestqt.qtbot import QtBot

from ttdn_desktop.core import records
from ttdn_desktop.core.database import Database
from ttdn_desktop.core.models import Document
from ttdn_desktop.gui.editors.base import RecordEditor


def _save_the_open_editor(seen: list[RecordEditor]) -> None:
    """Runs inside the editor's modal loop: note what it shows, then press Lưu."""
    editor = QApplication.activeModalWidget()
    assert isinstance(editor, RecordEditor)
    seen.append(editor)
    editor.form.saveButton.click()


def test_duplicate_the_last_guidance_proposes_the_next_number_and_month(
    make_window, gui_demo_db: Database, qtbot: QtBot
) -> None:
    window = make_window(gui_demo_db)
    window.show_section("guidance")
    page = window.current_page()
    model = page.model
    assert model.rowCount() == 24
    newest = model.id_at(0)  # sorted newest first: 1372/STTTT-TTBCXB of 14/12/2020
    page.records.select_ids([newest])
    seen: list[RecordEditor] = []
    QTimer.singleShot(0, lambda: _save_the_open_editor(seen))
    page.records.duplicate_action.trigger()
    assert seen and seen[0].result() == QDialog.DialogCode.Accepted
    with gui_demo_db.session() as s:
        copy = s.query(Document).filter_by(number_symbol="1373/STTTT-TTBCXB").one()
        assert copy.issued_date == date(2021, 1, 14)
        assert copy.is_press_guidance
        original = records.load(s, Document, newest)
        assert copy.subject == original.subject
        assert {t.id for t in copy.topics} == set(original.topic_ids)
    # The copy belongs to 2021: the 2020 list is unchanged, the 2021 list shows it.
    assert model.rowCount() == 24
    window.year_selector.setValue(2021)
    qtbot.waitUntil(lambda: page.model.rowCount() == 1)
    # Ctrl+Z takes the copy back.
    window.undo_action.trigger()
    qtbot.waitUntil(lambda: page.model.rowCount() == 0)
