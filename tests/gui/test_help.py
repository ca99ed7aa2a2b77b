"""Trợ giúp: F1 opens the page's section; the guide's pictures exist and come from the script."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from ttdn_desktop.core.database import Database
from ttdn_desktop.core.labels import SECTIONS
from ttdn_desktop.gui import help_screenshots
from ttdn_desktop.gui.help_window import (
    PDF_FILE,
    TERMS_SECTION,
    guide_images,
    guide_sections,
    help_path,
)
from ttdn_desktop.gui.pages.trash import TRASH_SECTION
from ttdn_desktop.resources import resource_path

PAGES = [*SECTIONS, TRASH_SECTION]


def test_guide_has_a_section_for_every_page_and_the_terms() -> None:
    sections = guide_sections()
    for key in [*PAGES, TERMS_SECTION]:
        assert key in sections, key
    html = help_path().read_text(encoding="utf-8")
    # The official terms the officer meets, explained in the glossary.
    for term in (
        "Thông tin đối ngoại (TTĐN)",
        "Nghị định 30/2020/NĐ-CP",
        "Nghị định 09/2019/NĐ-CP",
        "15/12",
        "14/12",
        "Hội nghị cung cấp thông tin cho báo chí",
        "giao ban",
        "Họp báo",
        "Theo dõi, xử lý thông tin báo chí",
    ):
        assert term in html, term


def test_every_picture_of_the_guide_exists_and_is_made_by_the_script() -> None:
    folder = help_path().parent
    images = guide_images()
    assert images
    for name in images:
        assert (folder / name).is_file(), name
    # Exactly the pictures the script takes, so none is drawn by hand or left over.
    assert {Path(name).stem for name in images} == set(help_screenshots.SHOTS)
    assert {p.stem for p in (folder / "images").glob("*.png")} == set(help_screenshots.SHOTS)


def test_script_regenerates_pictures(qapp, gui_demo_db: Database, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    wanted = ["first-start", "settings"]
    saved = help_screenshots.take_screenshots(gui_demo_db, tmp_path, wanted)
    assert sorted(p.name for p in saved) == ["first-start.png", "settings.png"]
    shipped = help_path().parent / "images"
    for path in saved:
        assert path.stat().st_size > 1000
        assert (shipped / path.name).is_file()
    with pytest.raises(ValueError):
        help_screenshots.take_screenshots(gui_demo_db, tmp_path, ["no-such-picture"])


def test_guide_pdf_is_shipped() -> None:
    pdf = resource_path(*PDF_FILE)
    assert pdf.read_bytes()[:5] == b"%PDF-"


def test_f1_opens_the_section_of_each_page(make_window, gui_demo_db: Database, qtbot) -> None:  # type: ignore[no-untyped-def]
    window = make_window(gui_demo_db)
    positions: dict[str, int] = {}
    for key in PAGES:
        window.show_section(key)
        # A window shortcut fires only in the active window; the guide took the focus last time.
        window.activateWindow()
        qtbot.waitUntil(lambda: QApplication.activeWindow() is window, timeout=2000)
        qtbot.keyClick(window.stack.currentWidget(), Qt.Key.Key_F1)
        QApplication.processEvents()
        help_window = window.help_window
        assert help_window is not None and help_window.isVisible(), key
        assert help_window.current_anchor == key
        current = help_window.contents.currentItem()
        assert current.data(Qt.ItemDataRole.UserRole) == key
        positions[key] = help_window.browser.verticalScrollBar().value()
    # Each page lands further down the guide than the one before it (the guide's order).
    ordered = [positions[key] for key in PAGES]
    assert ordered == sorted(ordered) and len(set(ordered)) == len(ordered)


def test_help_menu_entries(make_window, empty_db: Database) -> None:  # type: ignore[no-untyped-def]
    window = make_window(empty_db)
    assert window.help_action.text() == "&Hướng dẫn sử dụng (F1)"
    assert window.help_action.shortcut().toString() == "F1"
    terms = next(a for a in window.menuBar().actions() if a.text() == "Trợ &giúp").menu()
    texts = [a.text() for a in terms.actions() if not a.isSeparator()]
    assert texts == ["&Hướng dẫn sử dụng (F1)", "Giải thích &thuật ngữ", "&Giới thiệu"]
    terms.actions()[1].trigger()
    assert window.help_window is not None
    assert window.help_window.current_anchor == TERMS_SECTION


def test_f1_in_an_editor_opens_the_guide_above_it(qtbot, gui_demo_db: Database) -> None:  # type: ignore[no-untyped-def]
    from ttdn_desktop.core.undo import UndoStack
    from ttdn_desktop.gui.editors import make_editor
    from ttdn_desktop.gui.help_window import HelpWindow

    editor = make_editor(None, gui_demo_db, "press_items", None, UndoStack())
    qtbot.addWidget(editor)
    editor.show()
    editor.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is editor, timeout=2000)
    qtbot.keyClick(editor, Qt.Key.Key_F1)
    guide = editor.findChild(HelpWindow)
    assert guide is not None and guide.isVisible()
    assert guide.current_anchor == "press_items"
