"""The “Tổng quan” section: where the year stands and what needs doing.

Every figure comes from `core.overview.year_overview` (aggregate queries) and every number, bar
and month opens the list of the records behind it, already filtered (`open_list_requested`,
which the main window answers with `MainWindow.open_list`).
"""

from __future__ import annotations

from datetime import timedelta

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from ttdn_desktop.core import overview
from ttdn_desktop.core.database import Database
from ttdn_desktop.core.labels import ACTIVITY_KINDS, SECTIONS, STAT_LABELS, TARGET_COUNT_KINDS
from ttdn_desktop.core.listing import ListFilter
from ttdn_desktop.core.periods import Period
from ttdn_desktop.core.units import own_unit
from ttdn_desktop.gui.formatting import format_count, format_date
from ttdn_desktop.gui.overview_widgets import ClickableProgress, FigureButton, MonthlyChart, box
from ttdn_desktop.gui.pages.base import Page

MONTH_COLOURS = {
    "done": ("#e3f4e8", "#1f7a3f"),
    "short": ("#fde4e4", "#b01c1c"),
    "current": ("#fff4ce", "#7a5b00"),
    "future": ("#f2f2f2", "#707070"),
}
MONTH_STATES = {
    "done": "đủ chỉ tiêu",
    "short": "thiếu so với chỉ tiêu",
    "current": "tháng đang diễn ra",
    "future": "chưa đến",
}


def _muted(text: str = "") -> QLabel:
    label = QLabel(text)
    label.setWordWrap(True)
    label.setStyleSheet("color: palette(placeholder-text);")
    return label


def _change(now: int, before: int) -> str:
    if now == before:
        return "="
    sign = "+" if now > before else "−"
    return f"{sign}{format_count(abs(now - before))}"


class OverviewPage(Page):
    section = "overview"
    title = SECTIONS["overview"]
    open_list_requested = Signal(str, object)  # section, ListFilter (None: the section only)

    def __init__(self, db: Database, year: int, parent: QWidget | None = None) -> None:
        super().__init__(db, year, parent)
        self.data: overview.YearOverview | None = None
        self.figures: dict[str, int] = {}
        self.value_labels: dict[str, FigureButton] = {}
        self.previous_labels: dict[str, FigureButton] = {}
        self.change_labels: dict[str, QLabel] = {}
        self.month_buttons: list[QPushButton] = []
        self.target_bars: list[ClickableProgress] = []
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        scroll = QScrollArea()
        scroll.setObjectName("overviewScroll")
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        outer.addWidget(scroll)
        content = QWidget()
        scroll.setWidget(content)
        layout = QVBoxLayout(content)
        layout.setContentsMargins(24, 18, 24, 18)
        layout.setSpacing(12)
        self.setup_header(layout)
        columns = QHBoxLayout()
        columns.setSpacing(12)
        columns.addWidget(self.build_figures(), 3)
        side = QVBoxLayout()
        side.setSpacing(12)
        side.addWidget(self.build_deadlines())
        side.addWidget(self.build_press())
        side.addWidget(self.build_upcoming())
        side.addStretch(1)
        side_widget = QWidget()
        side_widget.setLayout(side)
        side.setContentsMargins(0, 0, 0, 0)
        side_widget.setMaximumWidth(300)
        columns.addWidget(side_widget, 2)
        layout.addLayout(columns)
        layout.addWidget(self.build_chart())
        layout.addWidget(self.build_guidance())
        layout.addWidget(self.build_targets())
        layout.addStretch(1)
        self.refresh()

    # Building --------------------------------------------------------------------------------
    def setup_header(self, layout: QVBoxLayout) -> None:
        self.unit_label = self.heading("")
        self.unit_label.setObjectName("overviewUnit")
        layout.addWidget(self.unit_label)
        self.year_label = QLabel()
        self.year_label.setObjectName("overviewYear")
        font = self.year_label.font()
        font.setPointSizeF(font.pointSizeF() * 1.2)
        self.year_label.setFont(font)
        layout.addWidget(self.year_label)
        self.period_label = _muted()
        self.period_label.setObjectName("overviewPeriod")
        layout.addWidget(self.period_label)

    def build_figures(self) -> QFrame:
        frame, layout = box("Kết quả so với cùng kỳ năm trước", "overviewFigures")
        grid = QGridLayout()
        grid.setHorizontalSpacing(10)
        grid.setVerticalSpacing(2)
        self.figure_headers = [QLabel("Nội dung"), QLabel(), QLabel(), QLabel("Tăng, giảm")]
        for column, header in enumerate(self.figure_headers):
            bold = header.font()
            bold.setBold(True)
            header.setFont(bold)
            if column:
                header.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            grid.addWidget(header, 0, column)
        for row, (key, text) in enumerate(STAT_LABELS.items(), start=1):
            caption = QLabel(text)
            caption.setWordWrap(True)
            caption.setObjectName(f"caption_{key}")
            caption.setMinimumWidth(150)
            value = FigureButton()
            value.setObjectName(f"stat_{key}")
            bold = value.font()
            bold.setBold(True)
            value.setFont(bold)
            value.clicked.connect(lambda _on=False, k=key: self.open_figure(k))
            previous = FigureButton()
            previous.setObjectName(f"previous_{key}")
            previous.clicked.connect(lambda _on=False, k=key: self.open_figure(k, previous=True))
            change = QLabel()
            change.setObjectName(f"change_{key}")
            change.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            caption.setBuddy(value)
            grid.addWidget(caption, row, 0)
            grid.addWidget(value, row, 1)
            grid.addWidget(previous, row, 2)
            grid.addWidget(change, row, 3)
            self.value_labels[key] = value
            self.previous_labels[key] = previous
            self.change_labels[key] = change
        grid.setColumnStretch(0, 1)
        layout.addLayout(grid)
        hint = _muted("Nhấp vào một con số để xem danh sách các bản ghi tạo nên nó.")
        layout.addWidget(hint)
        return frame

    def build_deadlines(self) -> QFrame:
        frame, layout = box("Hạn gửi báo cáo", "overviewDeadlines")
        self.deadline_rows = QVBoxLayout()
        self.deadline_rows.setSpacing(6)
        layout.addLayout(self.deadline_rows)
        note = _muted(
            "Số liệu chốt theo Nghị định 09/2019/NĐ-CP. Ngày phải gửi đặt trong mục Cài đặt."
        )
        note.setObjectName("deadlineNote")
        layout.addWidget(note)
        return frame

    def build_press(self) -> QFrame:
        frame, layout = box("Tin, bài báo chí cần xử lý", "overviewPress")
        grid = QGridLayout()
        grid.setVerticalSpacing(2)
        self.press_buttons: dict[str, FigureButton] = {}
        for row, (which, text) in enumerate(
            (
                ("open", "Còn mở (chưa xử lý xong)"),
                ("overdue", "Đã quá hạn xử lý"),
                ("due_soon", "Đến hạn trong 7 ngày tới"),
            )
        ):
            caption = QLabel(text)
            button = FigureButton()
            button.setObjectName(f"press_{which}")
            bold = button.font()
            bold.setBold(True)
            button.setFont(bold)
            button.clicked.connect(lambda _on=False, w=which: self.open_press(w))
            grid.addWidget(caption, row, 0)
            grid.addWidget(button, row, 1)
            self.press_buttons[which] = button
        grid.setColumnStretch(0, 1)
        layout.addLayout(grid)
        self.overdue_list = _muted()
        self.overdue_list.setObjectName("overdueList")
        layout.addWidget(self.overdue_list)
        return frame

    def build_upcoming(self) -> QFrame:
        frame, layout = box("Sự kiện 30 ngày tới", "overviewUpcoming")
        self.upcoming_label = QLabel()
        self.upcoming_label.setObjectName("upcomingList")
        self.upcoming_label.setWordWrap(True)
        self.upcoming_label.setTextFormat(Qt.TextFormat.RichText)
        self.upcoming_label.linkActivated.connect(self.open_upcoming)
        layout.addWidget(self.upcoming_label)
        return frame

    def build_chart(self) -> QFrame:
        frame, layout = box("Hoạt động theo tháng", "overviewChart")
        self.chart_note = _muted()
        self.chart_note.setObjectName("chartNote")
        layout.addWidget(self.chart_note)
        self.chart = MonthlyChart()
        self.chart.bar_clicked.connect(self.open_month)
        layout.addWidget(self.chart)
        return frame

    def build_guidance(self) -> QFrame:
        title = (
            f"Văn bản hướng dẫn tuyên truyền theo tháng "
            f"(chỉ tiêu {overview.GUIDANCE_PER_MONTH} văn bản/tháng)"
        )
        frame, layout = box(title, "overviewGuidance")
        row = QGridLayout()
        row.setHorizontalSpacing(6)
        for month in range(1, 13):
            button = QPushButton()
            button.setObjectName(f"guidanceMonth{month}")
            button.setMinimumHeight(44)
            button.setMinimumWidth(46)
            button.clicked.connect(lambda _on=False, m=month: self.open_guidance_month(m))
            row.addWidget(button, 0, month - 1)
            self.month_buttons.append(button)
        layout.addLayout(row)
        self.guidance_note = _muted()
        self.guidance_note.setObjectName("guidanceNote")
        layout.addWidget(self.guidance_note)
        return frame

    def build_targets(self) -> QFrame:
        frame, layout = box("Tiến độ thực hiện chỉ tiêu kế hoạch", "overviewTargets")
        self.targets_grid = QGridLayout()
        self.targets_grid.setHorizontalSpacing(12)
        self.targets_grid.setVerticalSpacing(6)
        layout.addLayout(self.targets_grid)
        return frame

    # Reading ---------------------------------------------------------------------------------
    def refresh(self) -> None:
        with self.db.session() as session:
            unit = own_unit(session)
            unit_name = unit.name if unit is not None else None
            self.data = overview.year_overview(session, self.year)
        data = self.data
        self.figures = data.stats
        self.unit_label.setText(
            unit_name or "Chưa khai báo đơn vị (vào mục Cài đặt để nhập thông tin đơn vị)"
        )
        self.year_label.setText(f"Kết quả công tác thông tin đối ngoại năm {self.year}")
        period, previous = data.period, data.previous_period
        self.period_label.setText(
            f"Số liệu từ ngày {format_date(period.start)} đến ngày {format_date(period.end)}, "
            f"so với cùng kỳ năm {self.year - 1} (từ ngày {format_date(previous.start)} "
            f"đến ngày {format_date(previous.end)})."
        )
        self.show_figures(data)
        self.show_deadlines(data)
        self.show_press(data)
        self.show_upcoming(data)
        self.show_chart(data)
        self.show_guidance(data)
        self.show_targets(data)

    def show_figures(self, data: overview.YearOverview) -> None:
        self.figure_headers[1].setText(f"Năm {self.year}")
        self.figure_headers[2].setText(f"Cùng kỳ {self.year - 1}")
        for key, button in self.value_labels.items():
            now, before = data.stats.get(key, 0), data.previous_stats.get(key, 0)
            button.setText(format_count(now))
            button.setToolTip(f"Xem danh sách: {STAT_LABELS[key]} ({data.period.title})")
            self.previous_labels[key].setText(format_count(before))
            self.previous_labels[key].setToolTip(
                f"Xem danh sách: {STAT_LABELS[key]} ({data.previous_period.title})"
            )
            change = self.change_labels[key]
            change.setText(_change(now, before))
            colour = "#1f7a3f" if now > before else "#b01c1c" if now < before else "#707070"
            change.setStyleSheet(f"color: {colour};")

    def show_deadlines(self, data: overview.YearOverview) -> None:
        _clear(self.deadline_rows)
        for deadline in data.deadlines:
            if deadline.issued:
                state, colour = "đã gửi", "#1f7a3f"
            elif deadline.due.year < data.today.year:
                # A past year's report: "quá hạn 2172 ngày" would only alarm; say what is known.
                state, colour = "chưa ghi nhận đã gửi", "#707070"
            elif deadline.days_left < 0:
                state, colour = f"quá hạn {-deadline.days_left} ngày", "#b01c1c"
            elif deadline.days_left == 0:
                state, colour = "hạn hôm nay", "#b01c1c"
            else:
                soon = deadline.days_left <= overview.REMINDER_DAYS
                state, colour = f"còn {deadline.days_left} ngày", "#b01c1c" if soon else "#333"
            label = QLabel(
                f"<b>{deadline.title}</b>: hạn gửi <b>{format_date(deadline.due)}</b> "
                f"<span style='color:{colour}'>({state})</span><br>"
                f"<span style='color:#707070'>Số liệu {deadline.period.range_text}</span> · "
                "<a href='reports'>Lập báo cáo</a>"
            )
            label.setObjectName(f"deadline_{deadline.kind}")
            label.setWordWrap(True)
            label.linkActivated.connect(
                lambda _link: self.open_list_requested.emit("reports", None)
            )
            self.deadline_rows.addWidget(label)

    def show_press(self, data: overview.YearOverview) -> None:
        press = data.press
        self.press_buttons["open"].setText(format_count(press.open_items))
        self.press_buttons["overdue"].setText(format_count(press.overdue_items))
        self.press_buttons["due_soon"].setText(format_count(press.due_soon_items))
        colour = "#b01c1c" if press.overdue_items else "#1a5fb4"
        self.press_buttons["overdue"].setStyleSheet(
            f"QPushButton {{ color: {colour}; border: none; text-align: right; }}"
        )
        lines = [
            f"• {_shorten(p.title)} (hạn {format_date(p.deadline)})" for p in press.overdue[:3]
        ]
        if press.overdue_items > len(lines):
            lines.append(f"… và {format_count(press.overdue_items - len(lines))} tin, bài khác")
        self.overdue_list.setText("\n".join(lines))
        self.overdue_list.setVisible(bool(lines))

    def show_upcoming(self, data: overview.YearOverview) -> None:
        if not data.upcoming:
            self.upcoming_label.setText(
                "<span style='color:#707070'>Không có hoạt động nào từ hôm nay đến "
                f"{format_date(data.today + timedelta(days=overview.UPCOMING_DAYS))}.</span>"
            )
            return
        lines = []
        for event in data.upcoming:
            kind = ACTIVITY_KINDS.get(event.kind, event.kind)
            lines.append(
                f"<b>{format_date(event.start_date)}</b> · "
                f"<a href='{event.kind}' style='text-decoration:none'>{_shorten(event.title, 60)}"
                f"</a><br><span style='color:#707070'>{kind}"
                f"{' · ' + event.place if event.place else ''}</span>"
            )
        if data.upcoming_total > len(data.upcoming):
            more = format_count(data.upcoming_total - len(data.upcoming))
            lines.append(f"<a href='all'>… và {more} hoạt động khác</a>")
        self.upcoming_label.setText("<br>".join(lines))

    def show_chart(self, data: overview.YearOverview) -> None:
        self.chart.set_counts(self.year, data.activity_months)
        total = sum(sum(v) for v in self.chart.values.values())
        self.chart_note.setText(
            f"{format_count(total)} hoạt động trong năm {self.year}. "
            "Nhấp vào một cột để xem các hoạt động của tháng đó."
            if total
            else f"Chưa ghi hoạt động nào trong năm {self.year}."
        )

    def show_guidance(self, data: overview.YearOverview) -> None:
        short = []
        for month_data, button in zip(data.guidance_months, self.month_buttons, strict=True):
            background, colour = MONTH_COLOURS[month_data.state]
            mark = " ⚠" if month_data.short else ""
            button.setText(f"T{month_data.month}\n{month_data.count}/{month_data.required}{mark}")
            button.setStyleSheet(
                f"QPushButton {{ background: {background}; color: {colour}; "
                f"border: 1px solid {colour}; border-radius: 4px; padding: 2px; }}"
            )
            button.setToolTip(
                f"Tháng {month_data.month}/{month_data.year}: {month_data.count} văn bản, "
                f"{MONTH_STATES[month_data.state]}. Nhấp để xem danh sách."
            )
            button.setProperty("state", month_data.state)
            if month_data.short:
                short.append(f"T{month_data.month}")
        self.guidance_note.setText(
            f"Các tháng thiếu: {', '.join(short)}." if short else "Không có tháng nào thiếu."
        )

    def show_targets(self, data: overview.YearOverview) -> None:
        _clear(self.targets_grid)
        self.target_bars = []
        if not data.targets:
            self.targets_grid.addWidget(
                _muted(
                    f"Chưa có chỉ tiêu nào của kế hoạch năm {self.year}. Chỉ tiêu được nhập "
                    "cùng kế hoạch trong mục Kế hoạch & văn bản."
                ),
                0,
                0,
            )
            return
        for row, target in enumerate(data.targets):
            caption = QLabel(
                f"{target.description}<br><span style='color:#707070'>{target.plan_title}</span>"
            )
            caption.setWordWrap(True)
            self.targets_grid.addWidget(caption, row, 0)
            if target.done is None or not target.quantity:
                done = "—" if target.done is None else format_count(target.done)
                note = _muted(
                    f"Đã thực hiện: {done}"
                    + ("" if target.counts_kind else " (chưa chọn loại việc để đếm)")
                )
                self.targets_grid.addWidget(note, row, 1)
                continue
            bar = ClickableProgress()
            bar.setObjectName(f"target_{row}")
            bar.setRange(0, target.quantity)
            bar.setValue(min(target.done, target.quantity))
            unit = f" {target.unit_label.lower()}" if target.unit_label else ""
            bar.setFormat(
                f"{format_count(target.done)}/{format_count(target.quantity)}{unit} "
                f"({target.percent}%)"
            )
            bar.setMinimumWidth(220)
            bar.setToolTip(
                f"Tính theo: {TARGET_COUNT_KINDS.get(target.counts_kind or '', '')}. "
                "Nhấp để xem danh sách."
            )
            bar.clicked.connect(lambda t=target: self.open_target(t))
            self.targets_grid.addWidget(bar, row, 1)
            self.target_bars.append(bar)
        self.targets_grid.setColumnStretch(0, 3)
        self.targets_grid.setColumnStretch(1, 2)

    # Drill-down ------------------------------------------------------------------------------
    def open_figure(self, key: str, previous: bool = False) -> None:
        assert self.data is not None
        period = self.data.previous_period if previous else self.data.period
        self.open_list_requested.emit(*overview.figure_list(key, period))

    def open_press(self, which: str) -> None:
        self.open_list_requested.emit(*overview.press_list(which))

    def open_month(self, family: str, month: int) -> None:
        self.open_list_requested.emit(*overview.month_list(family, self.year, month))

    def open_guidance_month(self, month: int) -> None:
        self.open_month("guidance", month)

    def open_target(self, target: overview.TargetProgress) -> None:
        assert self.data is not None and target.counts_kind
        self.open_list_requested.emit(*overview.target_list(target.counts_kind, self.data.period))

    def open_upcoming(self, link: str) -> None:
        assert self.data is not None
        start = self.data.today
        window = Period(start, start + timedelta(days=overview.UPCOMING_DAYS), "30 ngày tới")
        if link == "all":
            self.open_list_requested.emit("exhibitions", ListFilter(period=window))
            return
        family = overview.family_of_kind(link)
        self.open_list_requested.emit(family, ListFilter(period=window, kinds=(link,)))


def _shorten(text: str, limit: int = 50) -> str:
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"


def _clear(layout: QVBoxLayout | QGridLayout) -> None:
    while layout.count():
        item = layout.takeAt(0)
        if item.widget() is not None:
            item.widget().deleteLater()
