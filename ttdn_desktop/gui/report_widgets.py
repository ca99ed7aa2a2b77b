"""Small widgets of the “Báo cáo” page: the message bar and the options column's scroll area."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSize, Qt, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QScrollArea, QWidget

OPTIONS_MAX_WIDTH = 460
OPTIONS_MIN_WIDTH = 180
MESSAGE_STYLES: dict[str, str] = {
    "error": "background: #fdecea; border: 1px solid #e0a0a0;",
    "info": "background: #e8f4ea; border: 1px solid #9fcca8;",
}


class MessageBar(QFrame):
    """A message in the page (never a modal box): an error or a result, with optional action."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("reportMessage")
        layout = QHBoxLayout(self)
        layout.setContentsMargins(10, 6, 6, 6)
        self.text = QLabel()
        self.text.setObjectName("reportMessageText")
        self.text.setWordWrap(True)
        self.text.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout.addWidget(self.text, 1)
        self.open_folder_button = QPushButton("Mở thư mục")
        self.open_folder_button.setObjectName("openFolder")
        self.open_folder_button.setToolTip("Mở thư mục chứa tệp vừa lưu")
        self.open_folder_button.clicked.connect(self.open_folder)
        layout.addWidget(self.open_folder_button)
        close = QPushButton("Đóng")
        close.setObjectName("closeMessage")
        close.setToolTip("Ẩn thông báo này")
        close.clicked.connect(self.hide)
        layout.addWidget(close)
        self.folder: Path | None = None
        self.kind = ""
        self.hide()

    def show_message(self, text: str, kind: str = "info", folder: Path | None = None) -> None:
        self.kind = kind
        self.folder = folder
        self.text.setText(text)
        self.text.setToolTip(f"Thư mục: {folder}" if folder is not None else "")
        self.setStyleSheet(f"#reportMessage {{ {MESSAGE_STYLES[kind]} }}")
        self.open_folder_button.setVisible(folder is not None)
        self.show()

    def clear(self) -> None:
        self.kind = ""
        self.folder = None
        self.text.clear()
        self.hide()

    def open_folder(self) -> None:
        if self.folder is not None:
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(self.folder)))


class OptionsScrollArea(QScrollArea):
    """Scrolls the options up and down only, and is always wide enough for them.

    A plain QScrollArea asks for a fixed small width; this one asks for its content's width (the
    longest register name included) plus the scroll bar, and scrolls sideways only in a window
    too narrow for that.
    """

    def _content_width(self) -> int:
        widget = self.widget()
        if widget is None:
            return 0
        bar = self.verticalScrollBar().sizeHint().width()
        frame = 2 * self.frameWidth()
        return min(widget.sizeHint().width() + bar + frame, OPTIONS_MAX_WIDTH)

    def sizeHint(self) -> QSize:
        return QSize(self._content_width(), super().sizeHint().height())

    def minimumSizeHint(self) -> QSize:
        return QSize(OPTIONS_MIN_WIDTH, super().minimumSizeHint().height())
