"""Giới thiệu: version, data folder, database, schema revision and every licence shipped."""

from __future__ import annotations

import pytest

from ttdn_desktop import __version__
from ttdn_desktop.core import licences
from ttdn_desktop.core.database import Database, current_revision
from ttdn_desktop.core.paths import data_dir
from ttdn_desktop.gui.about_dialog import AboutDialog


def test_about_shows_version_folder_and_schema_revision(qtbot, gui_demo_db: Database) -> None:  # type: ignore[no-untyped-def]
    dialog = AboutDialog(gui_demo_db, is_demo=True)
    qtbot.addWidget(dialog)
    revision = current_revision(gui_demo_db.engine)
    assert revision
    assert dialog.values["version"].text() == __version__
    assert dialog.values["revision"].text().startswith(revision)
    assert dialog.values["data_dir"].text() == str(data_dir())
    assert dialog.values["database"].text().startswith(gui_demo_db.display_name)


def test_about_lists_the_licences(qtbot, gui_demo_db: Database) -> None:  # type: ignore[no-untyped-def]
    dialog = AboutDialog(gui_demo_db)
    qtbot.addWidget(dialog)
    table = dialog.licence_table
    rows = {
        table.item(r, 0).text().lower(): table.item(r, 2).text() for r in range(table.rowCount())
    }
    assert rows["qt"] == "LGPL-3.0-only"
    assert "LGPL-3.0-only" in rows["pyside6_essentials"]
    assert rows["sqlalchemy"] == "MIT"
    assert rows["liberation serif (phông chữ)"] == "OFL-1.1"
    assert rows["python"] == "PSF-2.0"
    for name in ("alembic", "reportlab", "openpyxl", "python-docx", "lxml"):
        assert name in rows, name
    text = dialog.licence_text.toPlainText()
    assert "GNU LESSER GENERAL PUBLIC LICENSE" in text
    assert "SIL OPEN FONT LICENSE" in text.upper()


def test_shipped_licence_file_lists_what_is_installed() -> None:
    shipped = licences.read_index(licences.shipped_file().read_text(encoding="utf-8"))
    names = {c.name.lower() for c in shipped}
    for component in licences.components(with_texts=False):
        assert component.name.lower() in names, f"{component.name}: regenerate the licence file"


def test_about_menu_opens_the_dialog(
    make_window, empty_db: Database, monkeypatch: pytest.MonkeyPatch
) -> None:  # type: ignore[no-untyped-def]
    shown: list[AboutDialog] = []
    monkeypatch.setattr(AboutDialog, "exec", lambda self: shown.append(self) or 0)
    window = make_window(empty_db)
    window.show_about()
    assert len(shown) == 1
    assert shown[0].values["version"].text() == __version__
