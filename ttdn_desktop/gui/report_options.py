"""The left column of the “Báo cáo” page: which report, which period, and how it is headed."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate, QRegularExpression, Signal
from PySide6.QtGui import QRegularExpressionValidator
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QFormLayout,
    QGroupBox,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from ttdn_desktop.core import labels
from ttdn_desktop.core.periods import PERIOD_KINDS, ROMAN_QUARTERS, Period
from ttdn_desktop.core.scope import ALL_UNITS, OWN_UNIT, UnitScope
from ttdn_desktop.gui.report_worker import REPORT_CHOICES, ReportRequest
from ttdn_desktop.reports.annual import ReportOptions
from ttdn_desktop.reports.registers import REGISTER_KINDS

DATE_FORMAT = "dd/MM/yyyy"

CUTOFF_TEXT = "Tính số liệu theo Nghị định 09/2019/NĐ-CP\n(chốt số liệu ngày 14)"
CUTOFF_TIP = (
    "<p>Điều 12 Nghị định 09/2019/NĐ-CP quy định thời gian chốt số liệu của báo cáo định kỳ:</p>"
    "<ul><li>báo cáo năm: từ ngày 15/12 năm trước đến ngày 14/12 năm báo cáo;</li>"
    "<li>6 tháng đầu năm: từ ngày 15/12 năm trước đến ngày 14/6;</li>"
    "<li>quý: từ ngày 15 của tháng trước quý đến ngày 14 của tháng cuối quý.</li></ul>"
    "<p>Bỏ chọn để tính theo tháng, năm dương lịch (từ ngày 01/01 đến ngày 31/12).</p>"
)
REPORT_TIP = (
    "<p><b>Báo cáo kết quả công tác TTĐN</b>: văn bản báo cáo gửi cấp trên, theo năm hoặc "
    "theo kỳ.</p><p><b>Phụ lục số liệu</b>: biểu số liệu thống kê in riêng.</p>"
    "<p><b>Sổ theo dõi</b>: danh sách chi tiết một loại hoạt động trong kỳ.</p>"
)
NUMBER_TIP = "Số văn bản do văn thư cấp. Để trống thì bản in chừa chỗ để ghi số bằng tay."
OFFICIAL_TEXT = "Bản chính thức: ghi vào “Sổ báo cáo đã gửi” khi lưu"
OFFICIAL_TIP = (
    "Đánh dấu khi lưu bản sẽ ký và gửi đi: báo cáo được ghi vào “Sổ báo cáo đã gửi” và số tiếp "
    "theo tăng lên. Để trống khi lưu bản nháp để xin ý kiến: số chưa bị dùng."
)
ONLY_REPORT_TIP = "Chỉ dùng cho “Báo cáo kết quả công tác TTĐN”."
UNIT_TIP = (
    "<p>Số liệu của đơn vị mình, của một đơn vị đã gửi gói dữ liệu lên, hoặc tổng hợp tất cả "
    "(kèm bảng số liệu theo từng đơn vị).</p><p>Chỉ hiện khi đã nhận gói dữ liệu của đơn vị "
    "cấp dưới (Tệp › Nhận gói dữ liệu từ đơn vị cấp dưới…).</p>"
)
OWN_UNIT_CHOICE = labels.SCOPE_OWN_UNIT
ALL_UNITS_CHOICE = labels.SCOPE_ALL_UNITS


def to_qdate(day: date) -> QDate:
    return QDate(day.year, day.month, day.day)


def lines_of(edit: QPlainTextEdit) -> list[str]:
    return [line.strip() for line in edit.toPlainText().splitlines() if line.strip()]


def date_edit(name: str, tip: str) -> QDateEdit:
    edit = QDateEdit()
    edit.setObjectName(name)
    edit.setDisplayFormat(DATE_FORMAT)
    edit.setCalendarPopup(True)
    edit.setToolTip(tip)
    return edit


class ReportOptionsPanel(QWidget):
    """The choices that decide a report's content; `request()` collects them.

    Signals:
        period_changed: the period (kind, quarter, dates, cut-off or year) changed.
        options_changed: anything that changes the document changed (the period included).
    """

    period_changed = Signal()
    options_changed = Signal()

    def __init__(self, year: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.year = year
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(10)
        self.forms: list[QFormLayout] = []
        layout.addWidget(self.build_choice_box())
        layout.addWidget(self.build_period_box())
        layout.addWidget(self.build_document_box())
        layout.addStretch(1)
        self.align_labels()
        self.set_custom_dates(year)
        self.update_visibility()
        self.update_range_label()

    # Building ------------------------------------------------------------------------------------
    def build_choice_box(self) -> QGroupBox:
        box = QGroupBox("Loại báo cáo")
        form = self.form_layout(box)
        self.report_choice = QComboBox()
        self.report_choice.setObjectName("reportChoice")
        for code, label in REPORT_CHOICES.items():
            self.report_choice.addItem(label, code)
        self.report_choice.setToolTip(REPORT_TIP)
        self.register_kind = QComboBox()
        self.register_kind.setObjectName("registerKind")
        for code, label in REGISTER_KINDS.items():
            self.register_kind.addItem(label[:1].upper() + label[1:], code)
        self.register_label = QLabel("Loại sổ theo dõi:")
        self.register_label.setBuddy(self.register_kind)
        form.addRow("Báo cáo:", self.report_choice)
        # Whose figures: shown only once packages of other units have been received.
        self.unit_choice = QComboBox()
        self.unit_choice.setObjectName("unitChoice")
        self.unit_choice.setToolTip(UNIT_TIP)
        self.unit_label = QLabel("Số liệu của:")
        self.unit_label.setBuddy(self.unit_choice)
        form.addRow(self.unit_label, self.unit_choice)
        self.set_units([])
        self.unit_choice.currentIndexChanged.connect(self.options_changed)
        # The longest register name needs the column's whole width: the label goes above it.
        form.addRow(self.register_label)
        form.addRow(self.register_kind)
        self.report_choice.currentIndexChanged.connect(self.on_choice_changed)
        self.register_kind.currentIndexChanged.connect(self.on_register_changed)
        self.on_register_changed()
        return box

    def on_register_changed(self) -> None:
        self.register_kind.setToolTip(
            f"{self.register_kind.currentText()}: loại hoạt động được liệt kê trong sổ theo dõi "
            "(chỉ dùng khi chọn “Sổ theo dõi”)"
        )
        self.options_changed.emit()

    def build_period_box(self) -> QGroupBox:
        box = QGroupBox("Kỳ báo cáo")
        form = self.form_layout(box)
        self.year_label = QLabel()
        self.year_label.setObjectName("reportYear")
        self.year_label.setWordWrap(True)
        self.year_label.setToolTip("Đổi năm ở ô “Năm” trên thanh công cụ")
        self.period_kind = QComboBox()
        self.period_kind.setObjectName("periodKind")
        for code, label in PERIOD_KINDS.items():
            self.period_kind.addItem(label, code)
        self.period_kind.setToolTip("Năm, 6 tháng, 9 tháng, quý, hoặc khoảng ngày tùy chọn")
        self.quarter = QComboBox()
        self.quarter.setObjectName("quarter")
        for number, roman in ROMAN_QUARTERS.items():
            self.quarter.addItem(f"Quý {roman}", number)
        self.quarter_label = QLabel("Quý:")
        self.start_date = date_edit("startDate", "Ngày đầu của kỳ (tính cả ngày này)")
        self.end_date = date_edit("endDate", "Ngày cuối của kỳ (tính cả ngày này)")
        self.start_label = QLabel("Từ ngày:")
        self.end_label = QLabel("Đến ngày:")
        self.cutoff = QCheckBox(CUTOFF_TEXT)
        self.cutoff.setObjectName("cutoff")
        self.cutoff.setToolTip(CUTOFF_TIP)
        # Periodic reports to the level above are counted by Nghị định 09/2019's cut-off dates.
        self.cutoff.setChecked(True)
        self.range_label = QLabel()
        self.range_label.setObjectName("periodRange")
        self.range_label.setWordWrap(True)
        self.range_label.setToolTip("Khoảng ngày các số liệu của báo cáo được tính")
        form.addRow("Năm:", self.year_label)
        form.addRow("Kỳ:", self.period_kind)
        form.addRow(self.quarter_label, self.quarter)
        form.addRow(self.start_label, self.start_date)
        form.addRow(self.end_label, self.end_date)
        form.addRow(self.cutoff)
        form.addRow(self.range_label)
        for signal in (
            self.period_kind.currentIndexChanged,
            self.quarter.currentIndexChanged,
            self.start_date.dateChanged,
            self.end_date.dateChanged,
            self.cutoff.toggled,
        ):
            signal.connect(self.on_period_changed)
        return box

    def build_document_box(self) -> QGroupBox:
        box = QGroupBox("Văn bản")
        form = self.form_layout(box)
        self.number = QLineEdit()
        self.number.setObjectName("reportNumber")
        self.number.setPlaceholderText("để trống để ghi tay")
        # The number alone: the symbol (BC-…) is added from the unit's abbreviation.
        self.number.setValidator(QRegularExpressionValidator(QRegularExpression(r"\d{0,6}")))
        self.number.setToolTip(NUMBER_TIP)
        self.issued_date = date_edit("issuedDate", "Ngày ký ban hành in ở đầu văn bản")
        self.issued_date.setDate(to_qdate(date.today()))
        self.addressees = self.lines_edit(
            "addressees", "Mỗi dòng một cơ quan; lấy sẵn từ thông tin đơn vị (mục Cài đặt)."
        )
        self.distribution = self.lines_edit(
            "distribution",
            "Mỗi dòng một nơi nhận, dòng cuối thường là “Lưu: VT, …”; "
            "lấy sẵn từ thông tin đơn vị (mục Cài đặt).",
        )
        # Off by default: a draft saved for the leader to read must not use up its number.
        self.official = QCheckBox(OFFICIAL_TEXT)
        self.official.setObjectName("officialCopy")
        self.official.setToolTip(OFFICIAL_TIP)
        self.compare = QCheckBox("So sánh với cùng kỳ năm trước")
        self.compare.setObjectName("comparePrevious")
        self.compare.setToolTip("Thêm đoạn so sánh các số liệu chính với cùng kỳ năm trước")
        self.with_annex = QCheckBox("Kèm phụ lục số liệu")
        self.with_annex.setObjectName("withAnnex")
        self.with_annex.setChecked(True)
        self.with_annex.setToolTip("In biểu số liệu thống kê sau phần chữ ký của báo cáo")
        self.number_label = QLabel("Số:")
        self.addressees_label = QLabel("Kính gửi:")
        self.distribution_label = QLabel("Nơi nhận:")
        form.addRow(self.number_label, self.number)
        form.addRow(self.official)
        form.addRow("Ngày ban hành:", self.issued_date)
        form.addRow(self.addressees_label)
        form.addRow(self.addressees)
        form.addRow(self.distribution_label)
        form.addRow(self.distribution)
        form.addRow(self.compare)
        form.addRow(self.with_annex)
        for label, field in (
            (self.number_label, self.number),
            (self.addressees_label, self.addressees),
            (self.distribution_label, self.distribution),
        ):
            label.setBuddy(field)
        self.number.textChanged.connect(self.options_changed)
        self.issued_date.dateChanged.connect(self.options_changed)
        self.addressees.textChanged.connect(self.options_changed)
        self.distribution.textChanged.connect(self.options_changed)
        self.compare.toggled.connect(self.options_changed)
        self.with_annex.toggled.connect(self.options_changed)
        return box

    def form_layout(self, box: QGroupBox) -> QFormLayout:
        form = QFormLayout(box)
        self.forms.append(form)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.DontWrapRows)
        form.setContentsMargins(10, 8, 10, 10)
        form.setVerticalSpacing(6)
        return form

    def align_labels(self) -> None:
        """One label width for the three boxes, so their fields start at the same place."""
        labels: list[QWidget] = []
        for form in self.forms:
            for row in range(form.rowCount()):
                item = form.itemAt(row, QFormLayout.ItemRole.LabelRole)
                if item is not None and item.widget() is not None:
                    labels.append(item.widget())
        width = max(label.sizeHint().width() for label in labels)
        for label in labels:
            label.setMinimumWidth(width)

    @staticmethod
    def lines_edit(name: str, tip: str) -> QPlainTextEdit:
        edit = QPlainTextEdit()
        edit.setObjectName(name)
        edit.setToolTip(tip)
        edit.setTabChangesFocus(True)
        edit.setFixedHeight(edit.fontMetrics().lineSpacing() * 4 + 14)
        return edit

    # Reading and setting -------------------------------------------------------------------------
    def choice(self) -> str:
        return str(self.report_choice.currentData())

    def set_choice(self, code: str) -> None:
        self.report_choice.setCurrentIndex(self.report_choice.findData(code))

    def set_units(self, units: list[tuple[int, str]]) -> None:
        """The other units that have records (id, name); none hides the choice."""
        current = self.unit_choice.currentData()
        self.unit_choice.blockSignals(True)
        self.unit_choice.clear()
        self.unit_choice.addItem(OWN_UNIT_CHOICE, "own")
        for unit_id, name in units:
            self.unit_choice.addItem(name, unit_id)
        self.unit_choice.addItem(ALL_UNITS_CHOICE, "all")
        index = self.unit_choice.findData(current) if current is not None else 0
        self.unit_choice.setCurrentIndex(max(index, 0))
        self.unit_choice.blockSignals(False)
        for widget in (self.unit_label, self.unit_choice):
            widget.setVisible(bool(units))
        if current is not None and self.unit_choice.currentData() != current:
            self.options_changed.emit()

    def scope(self) -> UnitScope:
        data = self.unit_choice.currentData()
        if not self.unit_choice.isVisibleTo(self) or data in (None, "own"):
            return OWN_UNIT
        if data == "all":
            return ALL_UNITS
        return UnitScope(unit_id=int(data))

    def set_period_kind(self, kind: str, quarter: int = 1) -> None:
        self.quarter.setCurrentIndex(self.quarter.findData(quarter))
        self.period_kind.setCurrentIndex(self.period_kind.findData(kind))

    def set_year(self, year: int) -> None:
        if year == self.year:
            return
        self.year = year
        if self.period_kind.currentData() != "custom":
            self.set_custom_dates(year)
        self.on_period_changed()

    def set_custom_dates(self, year: int) -> None:
        for edit, day in ((self.start_date, date(year, 1, 1)), (self.end_date, date(year, 12, 31))):
            edit.blockSignals(True)
            edit.setDate(to_qdate(day))
            edit.blockSignals(False)

    def set_defaults(self, number: str, recipients: list[str], distribution: list[str]) -> None:
        """Fill the number and the two lists of names, e.g. from the unit profile."""
        self.number.setText(number)
        self.addressees.setPlainText("\n".join(recipients))
        self.distribution.setPlainText("\n".join(distribution))

    def period_error(self) -> str | None:
        if self.period_kind.currentData() == "custom":
            start, end = self.start_date.date().toPython(), self.end_date.date().toPython()
            if end < start:
                return f"Ngày kết thúc {end:%d/%m/%Y} trước ngày bắt đầu {start:%d/%m/%Y}."
        return None

    def period(self) -> Period | None:
        """The chosen period; None while the custom dates are the wrong way round."""
        if self.period_error():
            return None
        kind = str(self.period_kind.currentData())
        if kind == "custom":
            return Period.custom(self.start_date.date().toPython(), self.end_date.date().toPython())
        return Period.preset(
            kind, self.year, int(self.quarter.currentData()), self.cutoff.isChecked()
        )

    def request(self) -> ReportRequest | None:
        """What the chosen options would build; None when the period is not valid."""
        period = self.period()
        if period is None:
            return None
        choice = self.choice()
        is_report = choice == "report"
        options = ReportOptions(
            number=(self.number.text().strip() or None) if is_report else None,
            issued_date=self.issued_date.date().toPython(),
            addressees=lines_of(self.addressees) if is_report else None,
            distribution=lines_of(self.distribution) if is_report else None,
            compare_previous=is_report and self.compare.isChecked(),
            with_annex=self.with_annex.isChecked() if is_report else False,
            scope=self.scope() if choice != "register" else OWN_UNIT,
        )
        register = str(self.register_kind.currentData()) if choice == "register" else None
        return ReportRequest(choice, period, options, register)

    # Reacting -------------------------------------------------------------------------------------
    def on_choice_changed(self) -> None:
        self.update_visibility()
        self.options_changed.emit()

    def on_period_changed(self) -> None:
        self.update_visibility()
        self.update_range_label()
        self.period_changed.emit()
        self.options_changed.emit()

    def update_visibility(self) -> None:
        kind = self.period_kind.currentData()
        for widget in (self.quarter_label, self.quarter):
            widget.setVisible(kind == "quarter")
        for widget in (self.start_label, self.start_date, self.end_label, self.end_date):
            widget.setVisible(kind == "custom")
        # A custom range is taken as typed: the cut-off only moves the presets.
        self.cutoff.setEnabled(kind != "custom")
        self.year_label.setEnabled(kind != "custom")
        # Disabled rather than hidden: the column keeps its width and nothing jumps.
        is_register = self.choice() == "register"
        self.register_label.setEnabled(is_register)
        self.register_kind.setEnabled(is_register)
        # Registers list the own unit's records only.
        self.unit_label.setEnabled(not is_register)
        self.unit_choice.setEnabled(not is_register)
        is_report = self.choice() == "report"
        for widget in self.report_only_widgets():
            widget.setEnabled(is_report)
            # Say why a field is greyed out; give back its own tip when it is not.
            own_tip = widget.property("ownTip")
            if is_report:
                if own_tip is not None:
                    widget.setToolTip(str(own_tip))
            else:
                if own_tip is None:
                    widget.setProperty("ownTip", widget.toolTip())
                widget.setToolTip(ONLY_REPORT_TIP)

    def report_only_widgets(self) -> tuple[QWidget, ...]:
        return (
            self.number_label,
            self.number,
            self.official,
            self.addressees_label,
            self.addressees,
            self.distribution_label,
            self.distribution,
            self.compare,
            self.with_annex,
        )

    def update_range_label(self) -> None:
        custom = self.period_kind.currentData() == "custom"
        self.year_label.setText(
            f"{self.year}  (chọn ở ô “Năm” phía trên)" if not custom else "theo ngày chọn"
        )
        error = self.period_error()
        if error:
            self.range_label.setText(error)
            self.range_label.setStyleSheet("color: #b00020;")
            return
        self.range_label.setStyleSheet("")
        period = self.period()
        assert period is not None
        if custom:
            self.range_label.setText(f"Số liệu tính {period.range_text}.")
        else:
            self.range_label.setText(
                f"Kỳ báo cáo: {period.title}.\nSố liệu tính {period.range_text}."
            )
