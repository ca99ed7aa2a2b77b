"""Small field widgets of the editors: an optional date and a whole number that may stay empty.

Both say "nothing entered" with None, so an unset end date or an unknown count is stored as NULL,
never as a made-up date or a zero.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate, QLocale, QRegularExpression, Qt, Signal
from PySide6.QtGui import QRegularExpressionValidator
from PySide6.QtWidgets import QCheckBox, QDateEdit, QHBoxLayout, QLineEdit, QWidget

from ttdn_desktop.gui.formatting import format_count

DATE_FORMAT = "dd/MM/yyyy"
VIETNAMESE = QLocale(QLocale.Language.Vietnamese, QLocale.Country.Vietnam)
# The date edit shows its minimum as "chưa có"; a real date is never that early.
_UNSET = QDate(1900, 1, 1)
_MAX_DIGITS = 13


def setup_date_edit(edit: QDateEdit) -> None:
    """dd/MM/yyyy with a calendar in Vietnamese (month and day names)."""
    edit.setDisplayFormat(DATE_FORMAT)
    edit.setCalendarPopup(True)
    edit.setLocale(VIETNAMESE)
    edit.calendarWidget().setLocale(VIETNAMESE)
    edit.calendarWidget().setFirstDayOfWeek(Qt.DayOfWeek.Monday)
    if edit.date() == QDate(2000, 1, 1):  # Qt's default; today is a better start
        edit.setDate(QDate.currentDate())


class OptionalDateEdit(QWidget):
    """A date that may be left empty: a tick box turns the date on; unticked means None."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.checkBox = QCheckBox(self)
        self.checkBox.setToolTip("Đánh dấu để nhập ngày; bỏ dấu để để trống")
        self.dateEdit = QDateEdit(self)
        setup_date_edit(self.dateEdit)
        self.dateEdit.setMinimumDate(_UNSET)
        self.dateEdit.setSpecialValueText("chưa có")
        self.dateEdit.setMinimumWidth(120)
        self.dateEdit.setMaximumWidth(160)
        layout.addWidget(self.checkBox)
        layout.addWidget(self.dateEdit)
        layout.addStretch(1)
        self.setFocusProxy(self.dateEdit)
        self._proposal = QDate.currentDate()
        self.checkBox.toggled.connect(self._toggled)
        self.dateEdit.dateChanged.connect(lambda _d: self.changed.emit())
        self._toggled(False)

    def setToolTip(self, text: str) -> None:
        super().setToolTip(text)
        self.dateEdit.setToolTip(text)

    def set_proposal(self, day: date) -> None:
        """The date shown when the officer ticks the box (e.g. the start date)."""
        self._proposal = QDate(day)

    def _toggled(self, on: bool) -> None:
        self.dateEdit.setEnabled(on)
        self.dateEdit.blockSignals(True)
        if on and self.dateEdit.date() == _UNSET:
            self.dateEdit.setDate(self._proposal)
        elif not on:
            self.dateEdit.setDate(_UNSET)
        self.dateEdit.blockSignals(False)
        if on:
            self.dateEdit.setFocus()
        self.changed.emit()

    def value(self) -> date | None:
        if not self.checkBox.isChecked() or self.dateEdit.date() == _UNSET:
            return None
        return self.dateEdit.date().toPython()  # type: ignore[no-any-return]

    def setValue(self, day: date | None) -> None:
        self.checkBox.blockSignals(True)
        self.checkBox.setChecked(day is not None)
        self.checkBox.blockSignals(False)
        self.dateEdit.setEnabled(day is not None)
        self.dateEdit.setDate(QDate(day) if day is not None else _UNSET)
        self.changed.emit()


class CountEdit(QLineEdit):
    """A whole number ≥ 0 that may stay empty (None). Dots between thousands are accepted.

    The validator lets through digits only, so a negative number cannot be typed at all.
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setValidator(
            QRegularExpressionValidator(QRegularExpression(r"[0-9][0-9. ]{0,20}"), self)
        )
        self.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        self.setPlaceholderText("chưa rõ")
        self.editingFinished.connect(self._reformat)

    def value(self) -> int | None:
        digits = "".join(ch for ch in self.text() if ch.isdigit())
        return int(digits[:_MAX_DIGITS]) if digits else None

    def setValue(self, value: int | None) -> None:
        self.setText("" if value is None else format_count(value))

    def _reformat(self) -> None:
        value = self.value()
        if value is not None and self.text() != format_count(value):
            self.setText(format_count(value))
