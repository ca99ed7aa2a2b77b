"""Pieces of the Tổng quan page: figures that open their list, progress bars, the monthly chart."""

from __future__ import annotations

from PySide6.QtCharts import (
    QBarCategoryAxis,
    QBarSet,
    QChart,
    QChartView,
    QStackedBarSeries,
    QValueAxis,
)
from PySide6.QtCore import QMargins, Qt, Signal
from PySide6.QtGui import QColor, QCursor, QFont, QMouseEvent, QPainter
from PySide6.QtWidgets import (
    QFrame,
    QLabel,
    QProgressBar,
    QPushButton,
    QToolTip,
    QVBoxLayout,
    QWidget,
)

from ttdn_desktop.core import labels
from ttdn_desktop.core.listing import FAMILIES
from ttdn_desktop.gui.formatting import format_count

# The chart groups activity kinds as the lists do: one bar segment per list section.
CHART_GROUPS: tuple[str, ...] = ("press_events", "exhibitions", "media", "trainings")
CHART_COLOURS: dict[str, str] = {
    "press_events": "#2f6db5",
    "exhibitions": "#e08a1e",
    "media": "#3a9a5b",
    "trainings": "#8e5cb5",
}
MONTH_LABELS = [f"T{m}" for m in range(1, 13)]


class FigureButton(QPushButton):
    """A number that opens the list of the records behind it."""

    def __init__(self, text: str = "0", parent: QWidget | None = None) -> None:
        super().__init__(text, parent)
        self.setFlat(True)
        self.setCursor(QCursor(Qt.CursorShape.PointingHandCursor))
        self.setStyleSheet(
            "QPushButton { color: #1a5fb4; border: none; padding: 0 2px; text-align: right; }"
            "QPushButton:hover { text-decoration: underline; }"
            "QPushButton:focus { text-decoration: underline; }"
        )


class ClickableProgress(QProgressBar):
    """A progress bar that opens the list of what counts toward it."""

    clicked = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setCursor(QCursor(Qt.CursorShape.PointingHandCursor))
        self.setTextVisible(True)
        self.setAlignment(Qt.AlignmentFlag.AlignCenter)

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        if event.button() == Qt.MouseButton.LeftButton:
            self.clicked.emit()
        super().mouseReleaseEvent(event)


def box(title: str, name: str) -> tuple[QFrame, QVBoxLayout]:
    """A titled panel of the page."""
    frame = QFrame()
    frame.setObjectName(name)
    frame.setFrameShape(QFrame.Shape.StyledPanel)
    layout = QVBoxLayout(frame)
    layout.setContentsMargins(14, 10, 14, 12)
    layout.setSpacing(6)
    heading = QLabel(title)
    heading.setObjectName(f"{name}Title")
    font = heading.font()
    font.setBold(True)
    font.setPointSizeF(font.pointSizeF() * 1.1)
    heading.setFont(font)
    heading.setWordWrap(True)
    layout.addWidget(heading)
    return frame, layout


class MonthlyChart(QChartView):
    """Activities of each month, stacked by list section; a click on a bar opens its list."""

    bar_clicked = Signal(str, int)  # family, month (1-12)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("monthlyChart")
        self.setRenderHint(QPainter.RenderHint.Antialiasing)
        self.setMinimumHeight(260)
        self.series = QStackedBarSeries()
        self.sets: dict[str, QBarSet] = {}
        for family in CHART_GROUPS:
            bar_set = QBarSet(labels.SECTIONS[family])
            bar_set.setColor(QColor(CHART_COLOURS[family]))
            bar_set.setBorderColor(QColor(CHART_COLOURS[family]))
            bar_set.append([0] * 12)
            bar_set.clicked.connect(lambda index, f=family: self.bar_clicked.emit(f, index + 1))
            bar_set.hovered.connect(lambda on, index, f=family: self._hover(on, f, index))
            self.series.append(bar_set)
            self.sets[family] = bar_set
        self.series.setBarWidth(0.6)
        chart = QChart()
        chart.setObjectName("monthlyChartChart")
        chart.addSeries(self.series)
        chart.setAnimationOptions(QChart.AnimationOption.NoAnimation)
        chart.setBackgroundVisible(False)
        chart.setMargins(QMargins(4, 4, 4, 4))
        self.months_axis = QBarCategoryAxis()
        self.months_axis.append(MONTH_LABELS)
        chart.addAxis(self.months_axis, Qt.AlignmentFlag.AlignBottom)
        self.series.attachAxis(self.months_axis)
        self.count_axis = QValueAxis()
        self.count_axis.setLabelFormat("%d")
        self.count_axis.setMinorTickCount(0)
        chart.addAxis(self.count_axis, Qt.AlignmentFlag.AlignLeft)
        self.series.attachAxis(self.count_axis)
        legend = chart.legend()
        legend.setAlignment(Qt.AlignmentFlag.AlignBottom)
        small = QFont(self.font())
        legend.setFont(small)
        self.setChart(chart)
        self.year = 0
        self.values: dict[str, list[int]] = {f: [0] * 12 for f in CHART_GROUPS}

    def set_counts(self, year: int, by_kind: dict[str, list[int]]) -> None:
        """Show the year's activities per month, from counts per kind."""
        self.year = year
        self.values = {f: [0] * 12 for f in CHART_GROUPS}
        for family in CHART_GROUPS:
            for kind in FAMILIES[family].kinds:
                for month, count in enumerate(by_kind.get(kind, [0] * 12)):
                    self.values[family][month] += count
        for family, bar_set in self.sets.items():
            for month, count in enumerate(self.values[family]):
                bar_set.replace(month, count)
        highest = max((sum(v[m] for v in self.values.values()) for m in range(12)), default=0)
        top = max(4, highest)
        # Round numbers on the axis: at most about five steps.
        step = next(
            s for s in (1, 2, 5, 10, 20, 25, 50, 100, 200, 250, 500, 1000, 10**9) if top / s <= 5
        )
        top = -(-top // step) * step
        self.count_axis.setRange(0, top)
        self.count_axis.setTickCount(top // step + 1)

    def _hover(self, on: bool, family: str, index: int) -> None:
        if not on:
            QToolTip.hideText()
            return
        count = self.values[family][index]
        QToolTip.showText(
            QCursor.pos(),
            f"Tháng {index + 1}/{self.year} · {labels.SECTIONS[family]}: {format_count(count)}"
            "\nNhấp để xem danh sách",
            self,
        )
