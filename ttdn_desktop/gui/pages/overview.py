"""The “Tổng quan” section: the year's figures at a glance."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFrame, QGridLayout, QLabel, QVBoxLayout, QWidget

from ttdn_desktop.core.database import Database
from ttdn_desktop.core.labels import SECTIONS, STAT_LABELS
from ttdn_desktop.core.periods import Period
from ttdn_desktop.core.stats import year_stats
from ttdn_desktop.core.units import own_unit
from ttdn_desktop.gui.formatting import format_count, format_date
from ttdn_desktop.gui.pages.base import Page

COLUMNS = 2


class OverviewPage(Page):
    section = "overview"
    title = SECTIONS["overview"]

    def __init__(self, db: Database, year: int, parent: QWidget | None = None) -> None:
        super().__init__(db, year, parent)
        self.figures: dict[str, int] = {}
        self.value_labels: dict[str, QLabel] = {}
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 20, 24, 20)
        layout.setSpacing(6)
        self.unit_label = self.heading("")
        self.unit_label.setObjectName("overviewUnit")
        layout.addWidget(self.unit_label)
        self.year_label = QLabel()
        self.year_label.setObjectName("overviewYear")
        font = self.year_label.font()
        font.setPointSizeF(font.pointSizeF() * 1.2)
        self.year_label.setFont(font)
        layout.addWidget(self.year_label)
        self.period_label = QLabel()
        self.period_label.setObjectName("overviewPeriod")
        self.period_label.setEnabled(False)
        layout.addWidget(self.period_label)
        layout.addSpacing(10)
        layout.addWidget(self._build_grid())
        layout.addStretch(1)
        self.refresh()

    def _build_grid(self) -> QFrame:
        frame = QFrame()
        frame.setObjectName("overviewFigures")
        frame.setFrameShape(QFrame.Shape.StyledPanel)
        grid = QGridLayout(frame)
        grid.setContentsMargins(16, 12, 16, 12)
        grid.setHorizontalSpacing(16)
        grid.setVerticalSpacing(8)
        rows = (len(STAT_LABELS) + COLUMNS - 1) // COLUMNS
        for index, (key, text) in enumerate(STAT_LABELS.items()):
            row, column = index % rows, (index // rows) * 3
            caption = QLabel(text)
            caption.setWordWrap(True)
            caption.setObjectName(f"caption_{key}")
            value = QLabel("0")
            value.setObjectName(f"stat_{key}")
            value.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            value.setMinimumWidth(60)
            bold = value.font()
            bold.setBold(True)
            bold.setPointSizeF(bold.pointSizeF() * 1.15)
            value.setFont(bold)
            caption.setBuddy(value)
            grid.addWidget(caption, row, column)
            grid.addWidget(value, row, column + 1)
            self.value_labels[key] = value
        # A gap between the two halves of the grid, and captions that take the spare width.
        for half in range(COLUMNS):
            grid.setColumnStretch(half * 3, 1)
            if half:
                grid.setColumnMinimumWidth(half * 3 - 1, 32)
        return frame

    def refresh(self) -> None:
        with self.db.session() as session:
            unit = own_unit(session)
            unit_name = unit.name if unit is not None else None
            self.figures = year_stats(session, self.year)
        self.unit_label.setText(
            unit_name or "Chưa khai báo đơn vị (vào mục Cài đặt để nhập thông tin đơn vị)"
        )
        self.year_label.setText(f"Kết quả công tác thông tin đối ngoại năm {self.year}")
        period = Period.year(self.year)
        self.period_label.setText(
            f"Số liệu từ ngày {format_date(period.start)} đến ngày {format_date(period.end)}"
        )
        for key, label in self.value_labels.items():
            label.setText(format_count(self.figures.get(key, 0)))
