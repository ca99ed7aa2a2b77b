"""Small widgets and helpers of the Cài đặt page: messages under fields, forms, folders."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QFormLayout, QGroupBox, QLabel

ERROR_STYLE = "color: #b3261e;"

# The retention tiers of core.backup, as the form names them.
BACKUP_TIERS: dict[str, tuple[str, str]] = {
    "daily": (
        "Giữ bản sao lưu hằng ngày (số ngày):",
        "Giữ bản mới nhất của mỗi ngày, cho số ngày gần nhất này.",
    ),
    "weekly": (
        "Giữ bản sao lưu hằng tuần (số tuần):",
        "Giữ bản mới nhất của mỗi tuần, cho số tuần gần nhất này (0: không giữ theo tuần).",
    ),
    "monthly": (
        "Giữ bản sao lưu hằng tháng (số tháng):",
        "Giữ bản mới nhất của mỗi tháng, cho số tháng gần nhất này (0: không giữ theo tháng).",
    ),
    "last": (
        "Luôn giữ các bản gần nhất (số bản):",
        "Dù thuộc ngày, tuần hay tháng nào, các bản sao lưu mới nhất này không bao giờ bị xóa.",
    ),
}


class FocusOut(QObject):
    """Calls back when a watched widget loses the focus (QPlainTextEdit has no editingFinished)."""

    def __init__(self, callback: Callable[[], None], parent: QObject) -> None:
        super().__init__(parent)
        self.callback = callback

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.FocusOut and not QCoreApplication.closingDown():
            self.callback()
        return False


def error_label(name: str, wrap: bool = True) -> QLabel:
    label = QLabel()
    label.setObjectName(name)
    label.setStyleSheet(ERROR_STYLE)
    # A wrapping label in a form row gets a height for a narrower width than it has: the short
    # messages of the profile fields stay on one line instead.
    label.setWordWrap(wrap)
    label.hide()
    return label


def group_form(box: QGroupBox) -> QFormLayout:
    """A form that puts a field under its label when the page is too narrow for both."""
    form = QFormLayout(box)
    form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
    form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
    return form


def show_error(label: QLabel, text: str) -> None:
    label.setText(text)
    label.setVisible(bool(text))


def open_folder(folder: Path) -> bool:
    """Show a local folder in the system's file manager (a file URL: nothing goes to a network)."""
    return QDesktopServices.openUrl(QUrl.fromLocalFile(str(folder)))
