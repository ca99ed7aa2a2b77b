"""The "Khóa chương trình" group of the settings: set, change or remove the password.

A self-contained group box; the settings page gives it a way to reach the current database
(`LockSettingsGroup(lambda: page.db)`) and calls `refresh()` when it shows another database.
"""

from __future__ import annotations

import time
from collections.abc import Callable

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QApplication,
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QWidget,
)

from ttdn_desktop.core import lock
from ttdn_desktop.core.database import Database
from ttdn_desktop.core.errors import ValidationError

ERROR_STYLE = "color: #b3261e;"


def idle_label(minutes: int) -> str:
    return "Chỉ hỏi khi mở chương trình" if minutes == 0 else f"Sau {minutes} phút không dùng"


class LockSettingsGroup(QGroupBox):
    """Password, its confirmation, a hint and the idle time, with a message beside each field."""

    lock_changed = Signal()

    def __init__(
        self,
        database: Callable[[], Database],
        parent: QWidget | None = None,
        *,
        clock: lock.Clock = time.time,
    ) -> None:
        super().__init__("Khóa chương trình bằng mật khẩu", parent)
        self.setObjectName("lockGroup")
        self.database = database
        self.clock = clock
        self.errors: dict[str, QLabel] = {}
        self.setup_ui()
        self.refresh()

    # --- building -------------------------------------------------------------------------
    def _password_edit(self, name: str, placeholder: str = "") -> QLineEdit:
        edit = QLineEdit()
        edit.setObjectName(name)
        edit.setEchoMode(QLineEdit.EchoMode.Password)
        edit.setPlaceholderText(placeholder)
        return edit

    def _error(self, form: QFormLayout, field: str) -> None:
        label = QLabel()
        label.setObjectName(f"lockError_{field}")
        label.setStyleSheet(ERROR_STYLE)
        label.setWordWrap(True)
        form.addRow("", label)
        form.setRowVisible(label, False)
        self.errors[field] = label

    def setup_ui(self) -> None:
        self.form = form = QFormLayout(self)
        explain = QLabel(lock.WHAT_IT_PROTECTS)
        explain.setWordWrap(True)
        form.addRow(explain)
        forgotten = QLabel(lock.FORGOTTEN_PASSWORD)
        forgotten.setObjectName("lockForgotten")
        forgotten.setWordWrap(True)
        form.addRow(forgotten)
        self.state_label = QLabel()
        self.state_label.setObjectName("lockState")
        self.state_label.setWordWrap(True)
        self.state_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        form.addRow("Trạng thái:", self.state_label)
        self.current_edit = self._password_edit("lockCurrent", "cần khi đổi hoặc bỏ mật khẩu")
        form.addRow("Mật khẩu hiện tại:", self.current_edit)
        self._error(form, "current")
        self.password_edit = self._password_edit("lockPassword", f"ít nhất {lock.MIN_LENGTH} ký tự")
        form.addRow("Mật khẩu mới:", self.password_edit)
        self._error(form, "password")
        self.confirmation_edit = self._password_edit("lockConfirmation")
        form.addRow("Nhập lại mật khẩu mới:", self.confirmation_edit)
        self._error(form, "confirmation")
        self.hint_edit = QLineEdit()
        self.hint_edit.setObjectName("lockHintEdit")
        self.hint_edit.setMaxLength(lock.MAX_HINT)
        self.hint_edit.setPlaceholderText("không bắt buộc; ai cũng xem được gợi ý này")
        form.addRow("Gợi ý:", self.hint_edit)
        self._error(form, "hint")
        self.idle_combo = QComboBox()
        self.idle_combo.setObjectName("lockIdle")
        for minutes in lock.IDLE_CHOICES:
            self.idle_combo.addItem(idle_label(minutes), minutes)
        self.idle_combo.activated.connect(self.apply_idle)
        form.addRow("Tự khóa:", self.idle_combo)
        self._error(form, "idle_minutes")
        buttons = QHBoxLayout()
        self.set_button = QPushButton("Đặt mật khẩu")
        self.set_button.setObjectName("lockSet")
        self.set_button.clicked.connect(self.save_password)
        self.remove_button = QPushButton("Bỏ mật khẩu")
        self.remove_button.setObjectName("lockRemove")
        self.remove_button.clicked.connect(self.remove_password)
        buttons.addWidget(self.set_button)
        buttons.addWidget(self.remove_button)
        buttons.addStretch(1)
        form.addRow("", buttons)

    # --- state ----------------------------------------------------------------------------
    def refresh(self) -> None:
        """Show the lock of the current database (never its hash) and clear the fields."""
        settings = lock.lock_settings(self.database())
        self.enabled = settings.enabled
        if settings.enabled:
            hint = f" Gợi ý: “{settings.hint}”." if settings.hint else ""
            when = idle_label(settings.idle_minutes)
            self.state_label.setText(f"Đã đặt mật khẩu; {when[0].lower()}{when[1:]}.{hint}")
            self.set_button.setText("Đổi mật khẩu")
            self.hint_edit.setText(settings.hint or "")
        else:
            self.state_label.setText("Chưa đặt mật khẩu: ai mở máy cũng dùng được chương trình.")
            self.set_button.setText("Đặt mật khẩu")
            self.hint_edit.clear()
        index = self.idle_combo.findData(settings.idle_minutes)
        if index < 0:
            self.idle_combo.addItem(idle_label(settings.idle_minutes), settings.idle_minutes)
            index = self.idle_combo.count() - 1
        self.idle_combo.setCurrentIndex(index)
        self.form.setRowVisible(self.current_edit, settings.enabled)
        self.remove_button.setVisible(settings.enabled)
        for edit in (self.current_edit, self.password_edit, self.confirmation_edit):
            edit.clear()
        self.clear_errors()

    def clear_errors(self) -> None:
        for field in self.errors:
            self.show_error(field, "")

    def show_error(self, field: str, text: str) -> None:
        label = self.errors.get(field) or self.errors["password"]
        label.setText(text)
        self.form.setRowVisible(label, bool(text))

    def _current_password_ok(self) -> bool:
        """With a password set, changing or removing it needs it (slowed down like at start)."""
        if not self.enabled:
            return True
        gate = lock.PasswordGate(self.database(), clock=self.clock)
        QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            attempt = gate.attempt(self.current_edit.text())
        finally:
            QApplication.restoreOverrideCursor()
        if not attempt.ok:
            self.current_edit.clear()
            self.show_error("current", attempt.message)
        return attempt.ok

    # --- actions --------------------------------------------------------------------------
    def save_password(self) -> bool:
        self.clear_errors()
        password, confirmation = self.password_edit.text(), self.confirmation_edit.text()
        problems = lock.check_new_password(password, confirmation, self.hint_edit.text())
        for field, message in problems.items():
            self.show_error(field, message)
        if problems or not self._current_password_ok():
            return False
        was_enabled = self.enabled
        QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            lock.set_password(
                self.database(),
                password,
                confirmation,
                self.hint_edit.text(),
                int(self.idle_combo.currentData()),
            )
        except ValidationError as exc:
            self.show_error(exc.field or "password", str(exc))
            return False
        finally:
            QApplication.restoreOverrideCursor()
        self.refresh()
        self.lock_changed.emit()
        QMessageBox.information(
            self,
            "Đã đổi mật khẩu" if was_enabled else "Đã đặt mật khẩu",
            "Từ lần mở sau, chương trình sẽ hỏi mật khẩu này.\n\n" + lock.FORGOTTEN_PASSWORD,
        )
        return True

    def remove_password(self) -> bool:
        self.clear_errors()
        if not self._current_password_ok():
            return False
        answer = QMessageBox.question(
            self,
            "Bỏ mật khẩu",
            "Bỏ mật khẩu? Từ lần mở sau, ai mở máy cũng dùng được chương trình.",
        )
        if answer != QMessageBox.StandardButton.Yes:
            return False
        lock.remove_password(self.database())
        self.refresh()
        self.lock_changed.emit()
        return True

    def apply_idle(self) -> None:
        """A new idle time applies at once to an existing lock (to a new one when it is set)."""
        if not self.enabled:
            return
        try:
            lock.set_idle_minutes(self.database(), int(self.idle_combo.currentData()))
        except ValidationError as exc:
            self.show_error("idle_minutes", str(exc))
            return
        self.refresh()
        self.lock_changed.emit()
