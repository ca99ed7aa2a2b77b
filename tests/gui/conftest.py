"""Fixtures of the window tests: a real main window over a fresh temporary database.

`tests/conftest.py` already gives every test its own data folder (TTDN_DATA_DIR) and unsets
TTDN_DB; the settings file lives in that folder, so no test sees another's window state.
"""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from collections.abc import Callable, Iterator

import pytest
from PySide6.QtCore import QCoreApplication, QEvent, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QWidget

from ttdn_desktop.core.database import Database, open_database
from ttdn_desktop.gui.main_window import MainWindow


@pytest.fixture
def gui_demo_db(request: pytest.FixtureRequest) -> Database:
    """The demo year in a fresh database."""
    return request.getfixturevalue("demo_db")


@pytest.fixture
def empty_db(tmp_path) -> Iterator[Database]:  # type: ignore[no-untyped-def]
    database = open_database(tmp_path / "empty.sqlite")
    yield database
    database.close()


@pytest.fixture
def make_window(qtbot) -> Iterator[Callable[[Database], MainWindow]]:  # type: ignore[no-untyped-def]
    """Build main windows; each is shown, and closed (saving its state) after the test."""
    windows: list[MainWindow] = []

    def make(db: Database) -> MainWindow:
        window = MainWindow(db)
        qtbot.addWidget(window)
        window.show()
        qtbot.waitExposed(window)
        windows.append(window)
        return window

    yield make
    for window in windows:
        window.close()


def _type_text(widget: QWidget, text: str) -> None:
    widget.setFocus()
    for char in text:
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            event = QKeyEvent(kind, Qt.Key.Key_unknown, Qt.KeyboardModifier.NoModifier, char)
            QCoreApplication.sendEvent(widget, event)


@pytest.fixture
def type_text() -> Callable[[QWidget, str], None]:
    """Type text, Vietnamese included, as key events carrying it (qtbot.keyClicks aborts on it)."""
    return _type_text
