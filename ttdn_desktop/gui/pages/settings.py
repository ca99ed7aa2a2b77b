"""The “Cài đặt” section: the unit's profile (read-only here) and where the data is."""

from __future__ import annotations

from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import (
    QDateEdit,
    QDialog,
    QFormLayout,
    QFrame,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from ttdn_desktop.core.database import Database
from ttdn_desktop.core.labels import SECTIONS
from ttdn_desktop.core.overview import REPORT_KINDS, report_due_dates, set_report_due_date
from ttdn_desktop.core.paths import data_dir
from ttdn_desktop.core.units import ProfileData, own_profile, own_unit
from ttdn_desktop.gui.pages.base import Page
from ttdn_desktop.gui.profile_dialog import UnitProfileDialog

NOT_SET = "(chưa nhập)"
DUE_YEAR = 2000  # the due dates are a day and a month; a leap year allows every day

# What the page shows, in order: (ProfileData field or "name", label).
PROFILE_ROWS: tuple[tuple[str, str], ...] = (
    ("name", "Tên đầy đủ của đơn vị:"),
    ("parent_body", "Cơ quan chủ quản:"),
    ("body_name", "Tên cơ quan in ở tiêu đề:"),
    ("abbreviation", "Chữ viết tắt:"),
    ("place_name", "Địa danh:"),
    ("address", "Địa chỉ:"),
    ("signer_authority", "Thẩm quyền ký:"),
    ("signer_title", "Chức vụ người ký:"),
    ("signer_name", "Họ tên người ký:"),
    ("recipients", "Kính gửi:"),
    ("distribution", "Nơi nhận:"),
)


class SettingsPage(Page):
    section = "settings"
    title = SECTIONS["settings"]

    def __init__(self, db: Database, year: int, parent: QWidget | None = None) -> None:
        super().__init__(db, year, parent)
        # In a scroll area: the page is taller than a small screen, and must not set the
        # window's minimum height.
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        outer.addWidget(scroll)
        content = QWidget()
        scroll.setWidget(content)
        layout = QVBoxLayout(content)
        layout.setContentsMargins(24, 20, 24, 20)
        layout.setSpacing(12)
        layout.addWidget(self.heading(self.title))

        unit_box = QGroupBox("Thông tin đơn vị (in ở đầu và cuối báo cáo)")
        form = QFormLayout(unit_box)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.values: dict[str, QLabel] = {}
        for field, text in PROFILE_ROWS:
            value = QLabel()
            value.setObjectName(f"profile_{field}")
            value.setWordWrap(True)
            value.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            form.addRow(text, value)
            self.values[field] = value
        layout.addWidget(unit_box)

        buttons = QHBoxLayout()
        self.edit_button = QPushButton("Sửa thông tin đơn vị…")
        self.edit_button.setObjectName("editProfileButton")
        self.edit_button.clicked.connect(self.edit_profile)
        buttons.addWidget(self.edit_button)
        buttons.addStretch(1)
        layout.addLayout(buttons)

        due_box = QGroupBox("Hạn gửi báo cáo định kỳ (Tổng quan nhắc trước 7 ngày)")
        due_form = QFormLayout(due_box)
        self.due_edits: dict[str, QDateEdit] = {}
        for kind, text in REPORT_KINDS.items():
            edit = QDateEdit()
            edit.setObjectName(f"due_{kind}")
            edit.setDisplayFormat("dd/MM")
            edit.setMaximumWidth(110)
            edit.setToolTip(
                "Ngày phải gửi báo cáo hằng năm (ngày/tháng). Số liệu vẫn chốt theo Nghị định "
                "09/2019/NĐ-CP: ngày 14/06 cho báo cáo 6 tháng, ngày 14/12 cho báo cáo năm."
            )
            edit.dateChanged.connect(lambda day, kind=kind: self.save_due_date(kind, day))
            due_form.addRow(f"{text}:", edit)
            self.due_edits[kind] = edit
        layout.addWidget(due_box)

        data_box = QGroupBox("Dữ liệu")
        data_form = QFormLayout(data_box)
        self.database_label = QLabel()
        self.database_label.setObjectName("databaseLabel")
        self.data_dir_label = QLabel()
        self.data_dir_label.setObjectName("dataDirLabel")
        for label in (self.database_label, self.data_dir_label):
            label.setWordWrap(True)
            label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        data_form.addRow("Cơ sở dữ liệu đang dùng:", self.database_label)
        data_form.addRow("Thư mục dữ liệu:", self.data_dir_label)
        layout.addWidget(data_box)
        layout.addStretch(1)
        self.refresh()

    def refresh(self) -> None:
        with self.db.session() as session:
            unit = own_unit(session)
            name = unit.name if unit is not None else None
            profile = own_profile(session)
        shown = self._shown_values(name, profile)
        for field, label in self.values.items():
            label.setText(shown.get(field) or NOT_SET)
        with self.db.session() as session:
            due = report_due_dates(session)
        for kind, edit in self.due_edits.items():
            month, day = due[kind]
            edit.blockSignals(True)
            # A year without 29 February would refuse a due date on it; 2000 has one.
            edit.setDate(QDate(DUE_YEAR, month, day))
            edit.blockSignals(False)
        self.database_label.setText(self.db.display_name)
        self.data_dir_label.setText(str(data_dir()))

    @staticmethod
    def _shown_values(name: str | None, profile: ProfileData | None) -> dict[str, str]:
        shown = {"name": name or ""}
        if profile is not None:
            for field, _text in PROFILE_ROWS[1:]:
                value = getattr(profile, field)
                shown[field] = "\n".join(value) if isinstance(value, list) else value or ""
        return shown

    def save_due_date(self, kind: str, day: QDate) -> None:
        """Applied at once: Tổng quan and the reminders read the new date."""
        with self.db.session() as session:
            set_report_due_date(session, kind, day.month(), day.day())
        self.data_changed.emit("settings")

    def edit_profile(self) -> None:
        dialog = UnitProfileDialog(self.db, self)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self.data_changed.emit("unit")
