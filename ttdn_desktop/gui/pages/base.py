"""What every page of the main window has in common."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from ttdn_desktop.core.database import Database


class Page(QWidget):
    """One section of the main window.

    The window gives every page the open database and the selected year; a page reads what it
    shows from core functions in `refresh()`. A page that changes data emits `data_changed` with
    the kind of record ("unit", ...) and the window passes it on to every page.
    """

    section = ""
    title = ""
    data_changed = Signal(str)

    def __init__(self, db: Database, year: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName(f"page_{self.section}")
        self.db = db
        self.year = year

    def set_database(self, db: Database) -> None:
        self.db = db
        self.refresh()

    def set_year(self, year: int) -> None:
        if year != self.year:
            self.year = year
            self.refresh()

    def refresh(self) -> None:
        """Read again what the page shows; pages without data have nothing to do."""

    def on_data_changed(self, kind: str) -> None:
        self.refresh()

    def heading(self, text: str) -> QLabel:
        label = QLabel(text)
        label.setObjectName("pageHeading")
        font = label.font()
        font.setPointSizeF(font.pointSizeF() * 1.5)
        font.setBold(True)
        label.setFont(font)
        label.setWordWrap(True)
        label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        return label


class PlaceholderPage(Page):
    """A section whose editor is not built yet: its title and what will be recorded there."""

    description = ""

    def __init__(self, db: Database, year: int, parent: QWidget | None = None) -> None:
        super().__init__(db, year, parent)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 20, 24, 20)
        layout.setSpacing(12)
        layout.addWidget(self.heading(self.title))
        text = QLabel(self.description)
        text.setObjectName("pageDescription")
        text.setWordWrap(True)
        layout.addWidget(text)
        pending = QLabel("Phần này đang được xây dựng và sẽ có trong phiên bản tới.")
        pending.setObjectName("pagePending")
        pending.setWordWrap(True)
        pending.setEnabled(False)
        layout.addWidget(pending)
        layout.addStretch(1)
