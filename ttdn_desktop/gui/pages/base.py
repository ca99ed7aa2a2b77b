"""What every page of the main window has in common."""

from __future__ import annotations

from typing import Any, ClassVar

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QShowEvent
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


class BuiltWhenShown(Page):
    """A page whose widgets are made, and whose data is read, the first time it is needed.

    The window makes every page at start, and reading what the pages nobody looks at show (the
    report defaults, the settings) delayed the first window. `build()` runs on the first show,
    or earlier when code asks for one of `built_attributes` (a drill-down, a test); until then
    `refresh()` and the change notices have nothing to read again.
    """

    built_attributes: ClassVar[frozenset[str]] = frozenset()
    _built = False

    @property
    def is_built(self) -> bool:
        return self._built

    def build(self) -> None:
        """Make the page's widgets and read what they show (the old constructor's work)."""
        raise NotImplementedError

    def ensure_built(self) -> None:
        if self._built:
            return
        self._built = True
        self.build()
        if self.isVisible():
            # Built from showEvent: Qt has already shown the page's children, and a layout shows
            # widgets added to a visible page only on the next turn of the event loop; show
            # them now and lay them out so that the first paint has them in place.
            for child in self.findChildren(
                QWidget, options=Qt.FindChildOption.FindDirectChildrenOnly
            ):
                explicit = child.testAttribute(Qt.WidgetAttribute.WA_WState_ExplicitShowHide)
                if not child.isWindow() and not explicit:
                    child.show()
            layout = self.layout()
            if layout is not None:
                layout.activate()

    def showEvent(self, event: QShowEvent) -> None:
        self.ensure_built()
        super().showEvent(event)

    def __getattr__(self, name: str) -> Any:
        # Reached only for an attribute not set yet: a widget of a page not built so far.
        if name in type(self).built_attributes and not self._built:
            self.ensure_built()
            return getattr(self, name)
        raise AttributeError(f"{type(self).__name__!r} object has no attribute {name!r}")


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
