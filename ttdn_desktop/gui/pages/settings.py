"""The “Cài đặt” section: the unit's profile, report defaults, backups, reminders and the data.

Every group applies its changes at once (when a field is left, a box ticked, a number changed)
through a core service, so they survive a restart. A refused value leaves the database as it
was and puts a message under the field, worded with the field's own label; all messages of a
group show together.
"""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

import shiboken6
from PySide6.QtCore import QCoreApplication, QDate, Qt
from PySide6.QtGui import QHideEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QDateEdit,
    QDialog,
    QFileDialog,
    QFormLayout,
    QFrame,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from ttdn_desktop.core import backup
from ttdn_desktop.core.database import Database, current_revision
from ttdn_desktop.core.errors import ValidationError, ValidationErrors
from ttdn_desktop.core.issued import (
    highest_issued_number,
    next_report_number,
    set_next_report_number,
)
from ttdn_desktop.core.labels import PROFILE_FIELDS, PROFILE_HINTS, PROFILE_REQUIRED, SECTIONS
from ttdn_desktop.core.overview import (
    REMINDER_DAYS_RANGE,
    REPORT_KINDS,
    ReminderSettings,
    reminder_settings,
    report_due_dates,
    set_reminder_settings,
    set_report_due_date,
)
from ttdn_desktop.core.paths import data_dir
from ttdn_desktop.core.units import ProfileData, own_profile, own_unit, set_own_unit
from ttdn_desktop.gui.lock_settings import LockSettingsGroup
from ttdn_desktop.gui.pages.base import BuiltWhenShown
from ttdn_desktop.gui.settings_widgets import (
    BACKUP_TIERS,
    FocusOut,
    error_label,
    group_form,
    open_folder,
    show_error,
)

DUE_YEAR = 2000  # the due dates are a day and a month; a leap year allows every day
LIST_FIELDS = ("recipients", "distribution")
NUMBER_RANGE = (1, 99999)


class SettingsPage(BuiltWhenShown):
    section = "settings"
    title = SECTIONS["settings"]
    built_attributes = frozenset(
        {
            "line_edits",
            "list_edits",
            "profile_errors",
            "scroll",
            "lock_group",
            "save_profile_button",
            "edit_button",
            "profile_status",
            "number_edit",
            "number_hint",
            "number_error",
            "due_edits",
            "backup_folder_edit",
            "backup_folder_error",
            "backup_default_label",
            "tier_edits",
            "reminders_enabled",
            "reminder_days",
            "reminder_error",
            "database_label",
            "data_dir_label",
            "revision_label",
            "open_folder_button",
        }
    )

    def __init__(self, db: Database, year: int, parent: QWidget | None = None) -> None:
        super().__init__(db, year, parent)
        self.touched: set[str] = set()
        self.profile_dirty = False
        self._loading = False
        # The groups and their values come on first show (BuiltWhenShown): reading them cost
        # 0.05–0.09 s of every start.

    # Building the page -----------------------------------------------------------------------
    def build(self) -> None:
        self.line_edits: dict[str, QLineEdit] = {}
        self.list_edits: dict[str, QPlainTextEdit] = {}
        self.profile_errors: dict[str, QLabel] = {}
        self.setup_ui()
        self.refresh()

    def setup_ui(self) -> None:
        # In a scroll area: the page is taller than a small screen, and must not set the
        # window's minimum height.
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        self.scroll = QScrollArea()
        self.scroll.setWidgetResizable(True)
        self.scroll.setFrameShape(QFrame.Shape.NoFrame)
        outer.addWidget(self.scroll)
        content = QWidget()
        content.setObjectName("settingsContent")
        self.scroll.setWidget(content)
        layout = QVBoxLayout(content)
        layout.setContentsMargins(24, 20, 24, 20)
        layout.setSpacing(14)
        layout.addWidget(self.heading(self.title))
        intro = QLabel(
            "Mọi thay đổi được lưu ngay khi bạn rời khỏi ô vừa sửa và vẫn giữ nguyên khi mở lại "
            "chương trình; không cần bấm nút lưu. Riêng thông tin đơn vị: khi một ô bắt buộc "
            "(có dấu *) còn trống, dòng chữ đỏ dưới ô đó cho biết thông tin chưa được lưu cho đến "
            "khi điền xong. Di chuột lên một ô để xem giải thích."
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)
        layout.addWidget(self.build_profile_group())
        layout.addWidget(self.build_report_group())
        layout.addWidget(self.build_backup_group())
        layout.addWidget(self.build_reminder_group())
        self._add_lock_group(layout)
        layout.addWidget(self.build_data_group())
        layout.addStretch(1)

    def _add_lock_group(self, layout: QVBoxLayout) -> None:
        # The database is read through a callable: the window may open another one later.
        self.lock_group = LockSettingsGroup(lambda: self.db, self)
        layout.addWidget(self.lock_group)

    def build_profile_group(self) -> QGroupBox:
        box = QGroupBox("Thông tin đơn vị (in ở đầu và cuối báo cáo)")
        box.setObjectName("profileGroup")
        form = group_form(box)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.setLabelAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        hint = QLabel("Các mục có dấu * là bắt buộc. Kính gửi và Nơi nhận: mỗi dòng một mục.")
        hint.setWordWrap(True)
        form.addRow(hint)
        watcher = FocusOut(self.apply_profile, self)
        for field, text in PROFILE_FIELDS.items():
            star = " *" if field in PROFILE_REQUIRED else ""
            label = QLabel(f"{text}:{star}")
            edit: QLineEdit | QPlainTextEdit
            if field in LIST_FIELDS:
                edit = QPlainTextEdit()
                edit.setTabChangesFocus(True)
                edit.setFixedHeight(edit.fontMetrics().lineSpacing() * 4 + 14)
                edit.installEventFilter(watcher)
                edit.textChanged.connect(lambda f=field: self.mark_touched(f))
                self.list_edits[field] = edit
                label.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop)
            else:
                edit = QLineEdit()
                edit.editingFinished.connect(self.apply_profile)
                edit.textEdited.connect(lambda _t, f=field: self.mark_touched(f))
                self.line_edits[field] = edit
            edit.setObjectName(f"profile_{field}")
            edit.setToolTip(PROFILE_HINTS[field])
            label.setToolTip(PROFILE_HINTS[field])
            label.setBuddy(edit)
            form.addRow(label, edit)
            error = error_label(f"profileError_{field}", wrap=False)
            form.addRow("", error)
            form.setRowVisible(error, False)
            self.profile_errors[field] = error
        buttons = QHBoxLayout()
        self.save_profile_button = QPushButton("Lưu thông tin đơn vị")
        self.save_profile_button.setObjectName("saveProfileButton")
        self.save_profile_button.setToolTip("Lưu ngay (các ô cũng tự lưu khi bạn rời khỏi chúng)")
        self.save_profile_button.clicked.connect(lambda: self.apply_profile(show_all=True))
        self.edit_button = QPushButton("Sửa trong hộp thoại…")
        self.edit_button.setObjectName("editProfileButton")
        self.edit_button.clicked.connect(self.edit_profile)
        self.profile_status = QLabel()
        self.profile_status.setObjectName("profileStatus")
        buttons.addWidget(self.save_profile_button)
        buttons.addWidget(self.edit_button)
        buttons.addWidget(self.profile_status, 1)
        form.addRow(buttons)
        return box

    def build_report_group(self) -> QGroupBox:
        box = QGroupBox("Báo cáo")
        box.setObjectName("reportGroup")
        form = group_form(box)
        self.number_edit = QSpinBox()
        self.number_edit.setObjectName("nextReportNumber")
        self.number_edit.setRange(*NUMBER_RANGE)
        self.number_edit.setMaximumWidth(110)
        self.number_edit.setToolTip(
            "Số (phần trước dấu “/”) đề xuất cho báo cáo tiếp theo, ví dụ 652 trong "
            "“652/BC-STTTT”. Tự tăng sau mỗi báo cáo ghi vào sổ báo cáo đã ban hành; số văn "
            "bản bắt đầu lại từ 01 mỗi năm (Nghị định 30/2020)."
        )
        self.number_edit.editingFinished.connect(self.apply_number)
        self.number_hint = QLabel()
        self.number_hint.setObjectName("nextReportNumberHint")
        self.number_hint.setWordWrap(True)
        row = QHBoxLayout()
        row.addWidget(self.number_edit)
        row.addWidget(self.number_hint, 1)
        form.addRow("Số báo cáo tiếp theo:", row)
        self.number_error = error_label("numberError")
        form.addRow("", self.number_error)
        self.due_edits: dict[str, QDateEdit] = {}
        for kind, text in REPORT_KINDS.items():
            edit = QDateEdit()
            edit.setObjectName(f"due_{kind}")
            edit.setDisplayFormat("dd/MM")
            edit.setMaximumWidth(110)
            edit.setToolTip(
                "Ngày phải gửi báo cáo hằng năm (ngày/tháng); Việc cần làm nhắc trước hạn này. "
                "Số liệu vẫn chốt theo Nghị định 09/2019/NĐ-CP: ngày 14/06 cho báo cáo 6 tháng, "
                "ngày 14/12 cho báo cáo năm."
            )
            edit.dateChanged.connect(lambda day, kind=kind: self.save_due_date(kind, day))
            form.addRow(f"Hạn gửi {text[0].lower()}{text[1:]}:", edit)
            self.due_edits[kind] = edit
        return box

    def build_backup_group(self) -> QGroupBox:
        box = QGroupBox("Sao lưu tự động")
        box.setObjectName("backupGroup")
        form = group_form(box)
        explain = QLabel(
            "Chương trình tự sao lưu lần mở đầu tiên mỗi ngày và trước khi nhập, khôi phục hay "
            "nâng cấp dữ liệu; các bản cũ được xóa bớt theo số lượng dưới đây."
        )
        explain.setWordWrap(True)
        form.addRow(explain)
        self.backup_folder_edit = QLineEdit()
        self.backup_folder_edit.setObjectName("backupFolder")
        self.backup_folder_edit.setToolTip(
            "Thư mục chứa các bản sao lưu tự động. Để trống để dùng thư mục mặc định trong thư "
            "mục dữ liệu. Nên chọn một ổ khác ổ C (hoặc USB) để phòng hỏng ổ đĩa."
        )
        self.backup_folder_edit.editingFinished.connect(self.apply_backup_folder)
        choose = QPushButton("Chọn…")
        choose.setObjectName("chooseBackupFolder")
        choose.clicked.connect(self.choose_backup_folder)
        default = QPushButton("Mặc định")
        default.setObjectName("defaultBackupFolder")
        default.setToolTip("Trở về thư mục sao lưu mặc định")
        default.clicked.connect(self.reset_backup_folder)
        open_backups = QPushButton("Mở thư mục")
        open_backups.setObjectName("openBackupFolder")
        open_backups.clicked.connect(self.open_backup_folder)
        # The buttons under the field: beside it they would widen the page past a small screen.
        row = QHBoxLayout()
        row.addWidget(choose)
        row.addWidget(default)
        row.addWidget(open_backups)
        row.addStretch(1)
        self.backup_folder_error = error_label("backupFolderError")
        self.backup_default_label = QLabel()
        self.backup_default_label.setObjectName("backupDefaultFolder")
        self.backup_default_label.setWordWrap(True)
        self.backup_default_label.setTextInteractionFlags(
            Qt.TextInteractionFlag.TextSelectableByMouse
        )
        # The field, its message and the default folder stay together in one column.
        column = QVBoxLayout()
        column.setSpacing(2)
        column.addWidget(self.backup_folder_edit)
        column.addLayout(row)
        column.addWidget(self.backup_folder_error)
        column.addWidget(self.backup_default_label)
        form.addRow("Thư mục sao lưu:", column)
        self.tier_edits: dict[str, QSpinBox] = {}
        for name, (text, tip) in BACKUP_TIERS.items():
            spin = QSpinBox()
            spin.setObjectName(f"backupKeep_{name}")
            spin.setRange(*backup.POLICY_LIMITS[name])
            spin.setMaximumWidth(110)
            spin.setToolTip(tip)
            spin.valueChanged.connect(self.apply_policy)
            form.addRow(text, spin)
            self.tier_edits[name] = spin
        return box

    def build_reminder_group(self) -> QGroupBox:
        box = QGroupBox("Nhắc việc")
        box.setObjectName("reminderGroup")
        form = group_form(box)
        explain = QLabel(
            "Khung “Việc cần làm” bên phải cửa sổ nhắc tin, bài báo chí sắp hoặc đã quá hạn xử "
            "lý, tháng chưa đủ văn bản hướng dẫn tuyên truyền và báo cáo định kỳ sắp đến hạn."
        )
        explain.setWordWrap(True)
        form.addRow(explain)
        # A short caption: a check box does not wrap, and a long one widens the whole page.
        self.reminders_enabled = QCheckBox("Nhắc việc quá hạn và sắp đến hạn")
        self.reminders_enabled.setToolTip(
            "Danh sách “Việc cần làm” ở bên phải cửa sổ. Bỏ chọn để không nhắc gì nữa."
        )
        self.reminders_enabled.setObjectName("remindersEnabled")
        self.reminders_enabled.toggled.connect(self.apply_reminders)
        form.addRow(self.reminders_enabled)
        self.reminder_days = QSpinBox()
        self.reminder_days.setObjectName("reminderDays")
        self.reminder_days.setRange(*REMINDER_DAYS_RANGE)
        self.reminder_days.setSuffix(" ngày")
        self.reminder_days.setMaximumWidth(110)
        self.reminder_days.setToolTip("Việc đến hạn trong bấy nhiêu ngày tới thì được nhắc.")
        self.reminder_days.valueChanged.connect(self.apply_reminders)
        form.addRow("Nhắc trước (ngày):", self.reminder_days)
        self.reminder_error = error_label("reminderError")
        form.addRow("", self.reminder_error)
        return box

    def build_data_group(self) -> QGroupBox:
        box = QGroupBox("Dữ liệu")
        box.setObjectName("dataGroup")
        form = group_form(box)
        self.database_label = QLabel()
        self.database_label.setObjectName("databaseLabel")
        self.data_dir_label = QLabel()
        self.data_dir_label.setObjectName("dataDirLabel")
        self.revision_label = QLabel()
        self.revision_label.setObjectName("revisionLabel")
        for label in (self.database_label, self.data_dir_label, self.revision_label):
            label.setWordWrap(True)
            label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        form.addRow("Cơ sở dữ liệu đang dùng:", self.database_label)
        form.addRow("Thư mục dữ liệu:", self.data_dir_label)
        form.addRow("Phiên bản cấu trúc dữ liệu:", self.revision_label)
        self.open_folder_button = QPushButton("Mở thư mục chứa dữ liệu")
        self.open_folder_button.setObjectName("openDataFolder")
        self.open_folder_button.setToolTip(
            "Mở thư mục chứa tệp cơ sở dữ liệu đang dùng trong trình quản lý tệp"
        )
        self.open_folder_button.clicked.connect(self.open_data_folder)
        row = QHBoxLayout()
        row.addWidget(self.open_folder_button)
        row.addStretch(1)
        form.addRow(row)
        return box

    # Reading ---------------------------------------------------------------------------------
    def refresh(self) -> None:
        if not self.is_built:
            return  # the build reads it all
        self._loading = True
        try:
            self.load_profile()
            self.load_report_defaults()
            self.load_backup()
            self.load_reminders()
            self.lock_group.refresh()
            self.load_data()
        finally:
            self._loading = False

    def load_profile(self) -> None:
        with self.db.session() as session:
            unit = own_unit(session)
            name = unit.name if unit is not None else ""
            profile = own_profile(session)
        values: dict[str, str | list[str]] = {"name": name}
        if profile is not None:
            for field in PROFILE_FIELDS:
                if field != "name":
                    values[field] = getattr(profile, field) or ""
        for field, edit in self.line_edits.items():
            edit.setText(str(values.get(field) or ""))
            edit.setCursorPosition(0)  # show the start of a long value
        for field, list_edit in self.list_edits.items():
            value = values.get(field) or []
            list_edit.setPlainText("\n".join(value) if isinstance(value, list) else value)
        self.touched.clear()
        self.profile_dirty = False
        self.clear_profile_errors()

    def load_report_defaults(self) -> None:
        with self.db.session() as session:
            number = next_report_number(session)
            highest = highest_issued_number(session)
            due = report_due_dates(session)
        self.number_edit.setValue(min(max(number, NUMBER_RANGE[0]), NUMBER_RANGE[1]))
        self.number_hint.setText(
            f"Số báo cáo cao nhất đã dùng: {highest}."
            if highest is not None
            else "Chưa có báo cáo nào được ghi là đã ban hành."
        )
        show_error(self.number_error, "")
        for kind, edit in self.due_edits.items():
            month, day = due[kind]
            edit.blockSignals(True)
            # A year without 29 February would refuse a due date on it; 2000 has one.
            edit.setDate(QDate(DUE_YEAR, month, day))
            edit.blockSignals(False)

    def load_backup(self) -> None:
        with self.db.session() as session:
            folder = backup.chosen_folder(session)
            policy = backup.policy_of_session(session)
        self.backup_folder_edit.setText(str(folder) if folder is not None else "")
        self.backup_folder_edit.setPlaceholderText("(thư mục mặc định)")
        self.backup_default_label.setText(
            f"Thư mục mặc định: {backup.backups_dir(self.db.path)}"
            if self.db.path is not None
            else "Chỉ sao lưu tự động được cơ sở dữ liệu dạng tệp."
        )
        show_error(self.backup_folder_error, "")
        for name, spin in self.tier_edits.items():
            spin.blockSignals(True)
            spin.setValue(getattr(policy, name))
            spin.blockSignals(False)

    def load_reminders(self) -> None:
        with self.db.session() as session:
            settings = reminder_settings(session)
        for widget in (self.reminders_enabled, self.reminder_days):
            widget.blockSignals(True)
        self.reminders_enabled.setChecked(settings.enabled)
        self.reminder_days.setValue(settings.days_ahead)
        self.reminder_days.setEnabled(settings.enabled)
        for widget in (self.reminders_enabled, self.reminder_days):
            widget.blockSignals(False)
        show_error(self.reminder_error, "")

    def load_data(self) -> None:
        self.database_label.setText(self.db.display_name)
        self.data_dir_label.setText(str(data_dir()))
        self.revision_label.setText(current_revision(self.db.engine) or "(chưa có)")

    def on_data_changed(self, kind: str) -> None:
        # Keep what the officer is typing: only a change made elsewhere reloads the form.
        if kind == "settings" or not self.is_built:
            return
        if kind == "unit" and self.profile_dirty:
            return
        self.refresh()

    # The unit profile ------------------------------------------------------------------------
    def mark_touched(self, field: str) -> None:
        if self._loading:
            return
        self.touched.add(field)
        self.profile_dirty = True

    def profile_values(self) -> tuple[str, ProfileData]:
        values: dict[str, object] = {
            field: edit.text() for field, edit in self.line_edits.items() if field != "name"
        }
        for field, edit in self.list_edits.items():
            values[field] = edit.toPlainText().splitlines()
        return self.line_edits["name"].text(), ProfileData(**values)  # type: ignore[arg-type]

    def apply_profile(self, show_all: bool = False) -> bool:
        """Save the profile when every field is valid; else show the messages, save nothing.

        Args:
            show_all: show the message of every field; otherwise only of the fields the officer
                has edited, so a new unit's form does not turn red after the first field.

        Returns:
            whether the profile now in the form is saved.
        """
        if self._loading or not (self.profile_dirty or show_all):
            return not self.profile_dirty
        name, profile = self.profile_values()
        try:
            with self.db.session() as session:
                set_own_unit(session, name, profile)
        except (ValidationErrors, ValidationError) as exc:
            errors = exc.errors if isinstance(exc, ValidationErrors) else [exc]
            self.show_profile_errors(errors, show_all=show_all)
            self.profile_status.setText("Chưa lưu: hãy sửa các ô có thông báo đỏ.")
            return False
        self.clear_profile_errors()
        self.profile_dirty = False
        self.touched.clear()
        self.profile_status.setText(f"Đã lưu lúc {datetime.now():%H:%M}.")
        self.data_changed.emit("unit")
        return True

    def show_profile_errors(self, errors: list[ValidationError], *, show_all: bool) -> None:
        self.clear_profile_errors()
        # A field not touched yet keeps quiet unless it is the one being saved explicitly.
        for error in errors:
            field = error.field or ""
            if field in self.profile_errors and (show_all or field in self.touched):
                self.set_profile_error(field, str(error))

    def set_profile_error(self, field: str, text: str) -> None:
        label = self.profile_errors[field]
        show_error(label, text)
        form = label.parentWidget().layout()
        if isinstance(form, QFormLayout):
            form.setRowVisible(label, bool(text))

    def clear_profile_errors(self) -> None:
        for field in self.profile_errors:
            self.set_profile_error(field, "")

    def profile_error(self, field: str) -> str:
        label = self.profile_errors[field]
        return label.text() if not label.isHidden() else ""

    def field_text(self, field: str) -> str:
        if field in self.list_edits:
            return self.list_edits[field].toPlainText()
        return self.line_edits[field].text()

    def edit_profile(self) -> None:
        # Imported here: its generated form costs 10 ms, and start never needs it.
        from ttdn_desktop.gui.profile_dialog import UnitProfileDialog

        dialog = UnitProfileDialog(self.db, self)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self.profile_dirty = False
            self.data_changed.emit("unit")
            self.refresh()

    def hideEvent(self, event: QHideEvent) -> None:
        # Leaving the page or closing the window keeps what was typed into a field still focused;
        # not while the application tears its widgets down (they may be half deleted by then).
        if (
            self.is_built
            and not QCoreApplication.closingDown()
            and shiboken6.isValid(self.profile_status)
        ):
            self.apply_profile()
        super().hideEvent(event)

    # Report defaults -------------------------------------------------------------------------
    def apply_number(self) -> None:
        if self._loading:
            return
        try:
            with self.db.session() as session:
                set_next_report_number(session, self.number_edit.value())
        except ValidationError as exc:
            show_error(self.number_error, str(exc))
            return
        show_error(self.number_error, "")
        self.data_changed.emit("settings")

    def save_due_date(self, kind: str, day: QDate) -> None:
        """Applied at once: Tổng quan and the reminders read the new date."""
        with self.db.session() as session:
            set_report_due_date(session, kind, day.month(), day.day())
        self.data_changed.emit("settings")

    # Backups ---------------------------------------------------------------------------------
    def apply_backup_folder(self) -> bool:
        if self._loading:
            return False
        try:
            with self.db.session() as session:
                backup.set_folder(session, self.backup_folder_edit.text())
        except ValidationError as exc:
            show_error(self.backup_folder_error, str(exc))
            return False
        show_error(self.backup_folder_error, "")
        self.data_changed.emit("settings")
        return True

    def choose_backup_folder(self) -> None:
        start = self.backup_folder_edit.text() or str(self.current_backup_folder())
        folder = QFileDialog.getExistingDirectory(self, "Chọn thư mục sao lưu", start)
        if folder:
            self.backup_folder_edit.setText(str(Path(folder)))
            self.apply_backup_folder()

    def reset_backup_folder(self) -> None:
        self.backup_folder_edit.clear()
        self.apply_backup_folder()

    def current_backup_folder(self) -> Path:
        return backup.auto_backups_dir(self.db) if self.db.path is not None else data_dir()

    def open_backup_folder(self) -> None:
        folder = self.current_backup_folder()
        folder.mkdir(parents=True, exist_ok=True)
        open_folder(folder)

    def apply_policy(self) -> None:
        if self._loading:
            return
        policy = backup.RetentionPolicy(
            **{name: spin.value() for name, spin in self.tier_edits.items()}
        )
        with self.db.session() as session:
            backup.save_policy(session, policy)
        self.data_changed.emit("settings")

    # Reminders -------------------------------------------------------------------------------
    def apply_reminders(self) -> None:
        if self._loading:
            return
        enabled = self.reminders_enabled.isChecked()
        self.reminder_days.setEnabled(enabled)
        try:
            with self.db.session() as session:
                settings = ReminderSettings(enabled, self.reminder_days.value())
                set_reminder_settings(session, settings)
        except ValidationError as exc:
            show_error(self.reminder_error, str(exc))
            return
        show_error(self.reminder_error, "")
        self.data_changed.emit("settings")

    # The data --------------------------------------------------------------------------------
    def data_folder(self) -> Path:
        """The folder of the database in use (the data folder for the default database)."""
        return self.db.path.parent if self.db.path is not None else data_dir()

    def open_data_folder(self) -> None:
        open_folder(self.data_folder())
