"""Trợ giúp: the Vietnamese user guide in a QTextBrowser, opened at the section of a page.

The guide is one HTML file under `resources/help/` with local images beside it; nothing is read
from a network. F1 in the main window calls `HelpWindow.show_section(<page key>)`.
"""

from __future__ import annotations

import re
from pathlib import Path

from PySide6.QtCore import Qt, QUrl
from PySide6.QtGui import QDesktopServices, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSplitter,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from ttdn_desktop.resources import resource_path

HELP_FILE = ("resources", "help", "huong-dan.html")
PDF_FILE = ("resources", "help", "huong-dan-su-dung.pdf")
TERMS_SECTION = "terms"
START_SECTION = "start"
_SECTION = re.compile(r'<h2><a name="([\w-]+)"></a>(.*?)</h2>', re.DOTALL)


def help_path() -> Path:
    return resource_path(*HELP_FILE)


def guide_sections(html: str | None = None) -> dict[str, str]:
    """The guide's sections in order: anchor → heading text (for the contents and for tests)."""
    text = html if html is not None else help_path().read_text(encoding="utf-8")
    return {
        anchor: re.sub(r"<[^>]+>", "", title).replace("&amp;", "&")
        for anchor, title in _SECTION.findall(text)
    }


def guide_images(html: str | None = None) -> list[str]:
    """The image files the guide shows, relative to its folder."""
    text = html if html is not None else help_path().read_text(encoding="utf-8")
    return re.findall(r'<img src="([^"]+)"', text)


class HelpWindow(QDialog):
    """A non-modal window: the contents on the left, the guide on the right."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("helpWindow")
        self.setWindowTitle("Hướng dẫn sử dụng TTĐN Desktop")
        self.setWindowFlag(Qt.WindowType.WindowMaximizeButtonHint, True)
        self.resize(1000, 700)
        self.current_anchor = START_SECTION
        path = help_path()
        self.sections = guide_sections(path.read_text(encoding="utf-8"))

        self.contents = QListWidget()
        self.contents.setObjectName("helpContents")
        for anchor, title in self.sections.items():
            item = QListWidgetItem(title)
            item.setData(Qt.ItemDataRole.UserRole, anchor)
            self.contents.addItem(item)
        self.contents.setMaximumWidth(260)
        self.contents.itemActivated.connect(self._open_item)
        self.contents.itemClicked.connect(self._open_item)

        self.browser = QTextBrowser()
        self.browser.setObjectName("helpBrowser")
        # Links inside the guide only; an outside link would need a network the program never uses.
        self.browser.setOpenExternalLinks(False)
        self.browser.setOpenLinks(True)
        self.browser.setSearchPaths([str(path.parent)])
        self.browser.setSource(QUrl.fromLocalFile(str(path)))

        splitter = QSplitter()
        splitter.addWidget(self.contents)
        splitter.addWidget(self.browser)
        splitter.setStretchFactor(1, 1)

        buttons = QHBoxLayout()
        self.pdf_button = QPushButton("Mở bản PDF để in")
        self.pdf_button.setObjectName("helpPdfButton")
        self.pdf_button.setToolTip("Mở hướng dẫn dạng PDF (cùng nội dung) trong trình xem PDF")
        self.pdf_button.clicked.connect(self.open_pdf)
        close = QPushButton("Đóng")
        close.clicked.connect(self.close)
        buttons.addWidget(self.pdf_button)
        buttons.addStretch(1)
        buttons.addWidget(close)

        layout = QVBoxLayout(self)
        layout.addWidget(splitter, 1)
        layout.addLayout(buttons)

    def _open_item(self, item: QListWidgetItem) -> None:
        self.show_section(str(item.data(Qt.ItemDataRole.UserRole)))

    def show_section(self, anchor: str) -> None:
        """Scroll to a section (the start of the guide for one it does not have)."""
        if anchor not in self.sections:
            anchor = START_SECTION
        self.current_anchor = anchor
        self.browser.scrollToAnchor(anchor)
        for row in range(self.contents.count()):
            if self.contents.item(row).data(Qt.ItemDataRole.UserRole) == anchor:
                self.contents.blockSignals(True)
                self.contents.setCurrentRow(row)
                self.contents.blockSignals(False)
                break

    def open_pdf(self) -> bool:
        try:
            pdf = resource_path(*PDF_FILE)
        except FileNotFoundError:
            return False
        return QDesktopServices.openUrl(QUrl.fromLocalFile(str(pdf)))


def add_help_shortcut(dialog: QWidget, section: str) -> QShortcut:
    """F1 in a modal dialog: the main window's guide would be blocked by the modality, so the
    dialog opens a guide of its own, on top of it, at `section`."""
    shortcut = QShortcut(QKeySequence(Qt.Key.Key_F1), dialog)

    def show() -> None:
        window = dialog.findChild(HelpWindow)
        if window is None:
            window = HelpWindow(dialog)
        window.show()
        window.raise_()
        window.show_section(section)

    shortcut.activated.connect(show)
    return shortcut
