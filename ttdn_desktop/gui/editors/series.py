"""“Lặp lại…”: how often a new record repeats and until when, with the dates it will make."""

from __future__ import annotations

from datetime import date
from typing import Any

from PySide6.QtCore import QDate
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from ttdn_desktop.core.records import add_months
from ttdn_desktop.gui.editors.widgets import setup_date_edit
from ttdn_desktop.gui.formatting import format_date

PREVIEW_LIMIT = 8
SERIES_LIMIT = 400


def series_dates(start: date, every_days: int, every_months: int, until: date) -> list[date]:
    """The dates `records.add_series` will use (for the preview)."""
    days: list[date] = []
    day, index = start, 0
    while day <= until and len(days) <= SERIES_LIMIT:
        days.append(day)
        index += 1
        day = (
            add_months(start, every_months * index)
            if every_months
            else date.fromordinal(start.toordinal() + every_days * index)
        )
    return days


class SeriesDialog(QDialog):
    def __init__(self, first: date | None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle("Lặp lại định kỳ")
        self.first = first or date.today()
        layout = QVBoxLayout(self)
        intro = QLabel(
            f"Lưu bản ghi này (lần đầu ngày {format_date(self.first)}) và tạo thêm các lần lặp "
            "lại. Văn bản được đánh số tiếp theo số của lần đầu.",
            self,
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)
        form = QFormLayout()
        every = QHBoxLayout()
        self.everyBox = QSpinBox(self)
        self.everyBox.setRange(1, 366)
        self.everyBox.setValue(1)
        self.unitCombo = QComboBox(self)
        self.unitCombo.addItem("tháng", "months")
        self.unitCombo.addItem("ngày", "days")
        every.addWidget(self.everyBox)
        every.addWidget(self.unitCombo)
        every.addStretch(1)
        form.addRow("Lặp lại mỗi:", every)
        self.untilEdit = QDateEdit(self)
        setup_date_edit(self.untilEdit)
        self.untilEdit.setMinimumDate(QDate(self.first))
        self.untilEdit.setDate(QDate(self.first.year, 12, 31))
        self.untilEdit.setMaximumWidth(160)
        form.addRow("Đến ngày:", self.untilEdit)
        layout.addLayout(form)
        self.preview = QLabel(self)
        self.preview.setWordWrap(True)
        layout.addWidget(self.preview)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText("Lưu cả chuỗi")
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText("Hủy")
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.everyBox.valueChanged.connect(self.update_preview)
        self.unitCombo.currentIndexChanged.connect(self.update_preview)
        self.untilEdit.dateChanged.connect(self.update_preview)
        self.resize(460, 0)
        self.update_preview()

    def values(self) -> dict[str, Any]:
        n = self.everyBox.value()
        months = self.unitCombo.currentData() == "months"
        return {
            "every_days": 0 if months else n,
            "every_months": n if months else 0,
            "until": self.untilEdit.date().toPython(),
        }

    def update_preview(self) -> None:
        v = self.values()
        days = series_dates(self.first, v["every_days"], v["every_months"], v["until"])
        shown = ", ".join(format_date(d) for d in days[:PREVIEW_LIMIT])
        more = f" … {format_date(days[-1])}" if len(days) > PREVIEW_LIMIT else ""
        self.preview.setText(f"Sẽ lưu {len(days)} bản ghi: {shown}{more}.")
