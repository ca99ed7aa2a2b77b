"""Drill-downs whose filter no control shows: they count what the figure counts, and say so."""

from __future__ import annotations

from PySide6.QtCore import Qt

from ttdn_desktop.core.database import Database


def test_handled_and_issued_figures_open_exactly_their_records(
    make_window, gui_demo_db: Database, qtbot
) -> None:  # type: ignore[no-untyped-def]
    window = make_window(gui_demo_db)
    window.show_section("overview")
    overview = window.pages["overview"]
    qtbot.mouseClick(overview.value_labels["press_items_handled"], Qt.MouseButton.LeftButton)
    press = window.pages["press_items"]
    assert window.current_section() == "press_items"
    assert press.model.rowCount() == overview.figures["press_items_handled"] == 51
    note = press.records.carried_label
    assert note.isVisible() and "đã xử lý xong từ ngày 01/01/2020" in note.text()
    # The link drops the hidden part of the filter: every press item of the list comes back.
    note.linkActivated.emit("clear")
    assert not note.isVisible()
    assert press.model.rowCount() == 53

    window.show_section("overview")
    qtbot.mouseClick(overview.value_labels["documents_issued"], Qt.MouseButton.LeftButton)
    documents = window.pages["documents"]
    assert documents.model.rowCount() == overview.figures["documents_issued"] == 30
    assert "kể cả văn bản hướng dẫn" in documents.records.carried_label.text()
    # Another year is another question: the hidden filter goes with the year it came from.
    window.year_selector.setValue(2019)
    assert not documents.records.carried_label.isVisible()
