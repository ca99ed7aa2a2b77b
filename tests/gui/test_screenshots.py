"""Screenshots to look at (not a check): run with TTDN_SCREENSHOTS=<folder>.

    TTDN_SCREENSHOTS=screenshots QT_QPA_PLATFORM=offscreen \
        .venv/bin/python -m pytest tests/gui/test_screenshots.py
"""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication

from ttdn_desktop.core.database import Database
from ttdn_desktop.gui.first_start import FirstStartDialog
from ttdn_desktop.gui.profile_dialog import UnitProfileDialog

TARGET = os.environ.get("TTDN_SCREENSHOTS")
pytestmark = pytest.mark.skipif(not TARGET, reason="TTDN_SCREENSHOTS chưa đặt")


def save(widget, name: str) -> Path:  # type: ignore[no-untyped-def]
    folder = Path(TARGET or ".")
    folder.mkdir(parents=True, exist_ok=True)
    QApplication.processEvents()
    path = folder / name
    assert widget.grab().save(str(path))
    return path


def test_screenshots(make_window, gui_demo_db: Database, empty_db: Database, qtbot) -> None:
    window = make_window(gui_demo_db)
    window.resize(1280, 800)
    window.show_section("overview")
    save(window, "main-overview.png")
    window.show_section("settings")
    save(window, "main-settings.png")
    window.show_section("press_items")
    save(window, "main-press-items.png")

    welcome = FirstStartDialog()
    qtbot.addWidget(welcome)
    welcome.show()
    save(welcome, "first-start.png")

    dialog = UnitProfileDialog(empty_db)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.save()  # an empty form: shows the messages next to the fields
    save(dialog, "profile-empty.png")

    filled = UnitProfileDialog(gui_demo_db)
    qtbot.addWidget(filled)
    filled.show()
    save(filled, "profile-demo.png")
