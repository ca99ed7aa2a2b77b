"""Questions and messages of the editors, with Vietnamese buttons.

Tests answer them by patching `QMessageBox.exec` (return `QMessageBox.StandardButton.Yes` or
`.No`), so no modal box ever waits for a click.
"""

from __future__ import annotations

from PySide6.QtWidgets import QMessageBox, QWidget


def confirm(parent: QWidget, title: str, text: str, *, yes: str = "Có", no: str = "Không") -> bool:
    """Ask a yes/no question; "no" is the default button."""
    box = QMessageBox(QMessageBox.Icon.Question, title, text, parent=parent)
    box.setStandardButtons(QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No)
    box.button(QMessageBox.StandardButton.Yes).setText(yes)
    box.button(QMessageBox.StandardButton.No).setText(no)
    box.setDefaultButton(QMessageBox.StandardButton.No)
    answer = box.exec()
    return answer in (QMessageBox.StandardButton.Yes, QMessageBox.StandardButton.Yes.value)


def show_error(parent: QWidget, title: str, text: str) -> None:
    box = QMessageBox(QMessageBox.Icon.Warning, title, text, parent=parent)
    box.setStandardButtons(QMessageBox.StandardButton.Ok)
    box.button(QMessageBox.StandardButton.Ok).setText("Đóng")
    box.exec()
