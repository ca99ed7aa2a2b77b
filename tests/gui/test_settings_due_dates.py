"""Cài đặt: the report due dates apply at once and survive a restart."""

from __future__ import annotations

from PySide6.QtCore import QDate

from ttdn_desktop.core.database import Database
from ttdn_desktop.core.overview import report_due_dates


def test_due_dates_are_saved_and_read_back(make_window, gui_demo_db: Database) -> None:  # type: ignore[no-untyped-def]
    window = make_window(gui_demo_db)
    window.show_section("settings")
    page = window.pages["settings"]
    annual = page.due_edits["annual"]
    assert (annual.date().day(), annual.date().month()) == (15, 12)
    annual.setDate(QDate(2000, 12, 20))
    with gui_demo_db.session() as session:
        assert report_due_dates(session)["annual"] == (12, 20)
    again = make_window(gui_demo_db)
    again.show_section("settings")
    shown = again.pages["settings"].due_edits["annual"].date()
    assert (shown.day(), shown.month()) == (20, 12)
