"""Asking for the password: at start (before any data is shown) and after an idle time.

`unlock_at_start(db)` runs before the main window is built; `LockGuard(window)` watches the
application's input and locks the window when the officer has been away for the chosen time, or
when another database with a password is opened. While locked the window's content is hidden and
its menus are disabled; only the password, the hint and "Thoát" are left.
"""

from __future__ import annotations

import contextlib
import logging
import time
from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject, Qt, QTimer
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QToolBar,
    QVBoxLayout,
    QWidget,
)

from ttdn_desktop.core import lock
from ttdn_desktop.core.database import Database

if TYPE_CHECKING:
    from ttdn_desktop.gui.main_window import MainWindow

log = logging.getLogger(__name__)

ERROR_STYLE = "color: #b3261e;"
# How often the idle time is looked at; the lock comes at most this late.
IDLE_CHECK_MS = 15_000
# The shortest idle time the settings offer: below it the database is not even read.
MIN_IDLE_S = 60
USER_INPUT = frozenset(
    {
        QEvent.Type.KeyPress,
        QEvent.Type.MouseButtonPress,
        QEvent.Type.MouseMove,
        QEvent.Type.Wheel,
        QEvent.Type.TouchBegin,
    }
)


class LockDialog(QDialog):
    """The password prompt. Accepted when the right password was given, rejected on "Thoát"."""

    def __init__(
        self,
        db: Database,
        parent: QWidget | None = None,
        *,
        clock: lock.Clock = time.time,
    ) -> None:
        super().__init__(parent)
        self.db = db
        self.gate = lock.PasswordGate(db, clock=clock)
        self.settings = lock.lock_settings(db)
        self.setObjectName("lockDialog")
        self.setWindowTitle("TTĐN Desktop đang khóa")
        self.setModal(True)
        self.countdown = QTimer(self)
        self.countdown.setInterval(1000)
        self.countdown.timeout.connect(self.tick)
        self.setup_ui()
        self.tick()

    def setup_ui(self) -> None:
        layout = QVBoxLayout(self)
        title = QLabel("<b>Chương trình đang khóa</b>")
        layout.addWidget(title)
        where = QLabel(f"Dữ liệu: {self.db.display_name}\nNhập mật khẩu để tiếp tục làm việc.")
        where.setWordWrap(True)
        layout.addWidget(where)
        self.password_edit = QLineEdit()
        self.password_edit.setObjectName("lockPassword")
        self.password_edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.password_edit.setPlaceholderText("Mật khẩu")
        self.password_edit.returnPressed.connect(self.try_unlock)
        layout.addWidget(self.password_edit)
        self.message_label = QLabel()
        self.message_label.setObjectName("lockMessage")
        self.message_label.setStyleSheet(ERROR_STYLE)
        self.message_label.setWordWrap(True)
        self.message_label.hide()
        layout.addWidget(self.message_label)
        self.hint_label = QLabel()
        self.hint_label.setObjectName("lockHint")
        self.hint_label.setWordWrap(True)
        self.hint_label.hide()
        layout.addWidget(self.hint_label)
        links = QHBoxLayout()
        self.hint_button = QPushButton("Xem gợi ý")
        self.hint_button.setObjectName("showHint")
        self.hint_button.setEnabled(bool(self.settings.hint))
        self.hint_button.clicked.connect(self.show_hint)
        forgot = QPushButton("Quên mật khẩu?")
        forgot.setObjectName("forgotPassword")
        forgot.clicked.connect(self.explain_forgotten)
        links.addWidget(self.hint_button)
        links.addWidget(forgot)
        links.addStretch(1)
        layout.addLayout(links)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        self.unlock_button = QPushButton("Mở khóa")
        self.unlock_button.setObjectName("unlockButton")
        self.unlock_button.setDefault(True)
        self.unlock_button.clicked.connect(self.try_unlock)
        quit_button = QPushButton("Thoát chương trình")
        quit_button.setObjectName("quitButton")
        quit_button.clicked.connect(self.reject)
        buttons.addWidget(self.unlock_button)
        buttons.addWidget(quit_button)
        layout.addLayout(buttons)
        self.setMinimumWidth(420)

    def show_message(self, text: str) -> None:
        self.message_label.setText(text)
        self.message_label.setVisible(bool(text))

    def show_hint(self) -> None:
        self.hint_label.setText(f"Gợi ý: {self.settings.hint}")
        self.hint_label.show()

    def explain_forgotten(self) -> None:
        QMessageBox.information(self, "Quên mật khẩu", lock.FORGOTTEN_PASSWORD)

    def try_unlock(self) -> None:
        if not self.unlock_button.isEnabled():
            return
        QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            attempt = self.gate.attempt(self.password_edit.text())
        finally:
            QApplication.restoreOverrideCursor()
        self.password_edit.clear()
        if attempt.ok:
            self.show_message("")
            self.accept()
            return
        self.show_message(attempt.message)
        self.tick()

    def tick(self) -> None:
        """Keep the inputs closed while a wait after wrong passwords runs, and say how long."""
        wait = self.gate.remaining_wait()
        waiting = wait > 0
        self.password_edit.setEnabled(not waiting)
        self.unlock_button.setEnabled(not waiting)
        if waiting:
            self.show_message(
                f"Đã nhập sai {self.gate.failures} lần liên tiếp. "
                f"Hãy đợi {max(1, round(wait))} giây rồi thử lại."
            )
            if not self.countdown.isActive():
                self.countdown.start()
        elif self.countdown.isActive():
            self.countdown.stop()
            self.show_message("")
            self.password_edit.setFocus()


def unlock_at_start(db: Database, parent: QWidget | None = None) -> bool:
    """Ask for the password of a locked database; True when it may be shown (or has no lock)."""
    if not lock.lock_settings(db).enabled:
        return True
    dialog = LockDialog(db, parent)
    return dialog.exec() == QDialog.DialogCode.Accepted


class LockGuard(QObject):
    """Locks a main window after the idle time of its database's lock, and on opening a locked one.

    Every key press, click, wheel turn or mouse move anywhere in the program counts as use.
    `clock` is monotonic seconds (the idle time); tests pass their own and call `check_idle()`.
    """

    def __init__(
        self,
        window: MainWindow,
        *,
        clock: Callable[[], float] = time.monotonic,
        wall_clock: lock.Clock = time.time,
    ) -> None:
        super().__init__(window)
        self.window = window
        self.clock = clock
        self.wall_clock = wall_clock
        self.last_input = clock()
        self.dialog: LockDialog | None = None
        self._hidden: list[QWidget] = []
        self.watching = False
        self.timer = QTimer(self)
        self.timer.setInterval(IDLE_CHECK_MS)
        self.timer.timeout.connect(self.check_idle)
        self.timer.start()
        window.database_changed.connect(self.on_database_changed)
        window.destroyed.connect(lambda: self._watch(False))
        self.check_idle()

    @property
    def locked(self) -> bool:
        return self.dialog is not None

    def _watch(self, on: bool) -> None:
        """Count input only while a lock with an idle time exists: the filter sees every event
        of the program, and most officers set no password."""
        app = QApplication.instance()
        if on == self.watching or app is None:
            return
        if on:
            self.last_input = self.clock()
            app.installEventFilter(self)
        else:
            app.removeEventFilter(self)
        self.watching = on

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() in USER_INPUT and self.dialog is None:
            self.last_input = self.clock()
        return False

    def check_idle(self) -> None:
        """Every IDLE_CHECK_MS: follow the lock's settings (set or removed meanwhile in Cài đặt)
        and lock when the program has not been used for the chosen time."""
        if self.locked:
            return
        try:
            settings = lock.lock_settings(self.window.db)
        except Exception:
            log.exception("could not read the lock settings")
            return
        limit = settings.idle_minutes * 60 if settings.enabled else 0
        self._watch(limit > 0)
        if limit and self.clock() - self.last_input >= max(limit, MIN_IDLE_S):
            self.lock()

    def on_database_changed(self) -> None:
        """Another database was opened in the window: its own password is asked at once."""
        try:
            enabled = lock.lock_settings(self.window.db).enabled
        except Exception:
            log.exception("could not read the lock settings")
            return
        if enabled and not self.locked:
            self.lock()

    def lock(self) -> LockDialog:
        """Hide the window's content and ask for the password (returns at once)."""
        if self.dialog is not None:
            return self.dialog
        self.hide_content()
        dialog = LockDialog(self.window.db, self.window, clock=self.wall_clock)
        dialog.finished.connect(self._on_finished)
        self.dialog = dialog
        dialog.show()
        dialog.raise_()
        dialog.activateWindow()
        return dialog

    def _on_finished(self, result: int) -> None:
        dialog, self.dialog = self.dialog, None
        if dialog is not None:
            dialog.deleteLater()
        self.last_input = self.clock()
        if result == QDialog.DialogCode.Accepted:
            self.show_content()
        else:
            self.window.close()

    def hide_content(self) -> None:
        """What is on screen disappears: the window's pages, and the inside of any open dialog."""
        shown: list[QWidget] = []
        central = self.window.centralWidget()
        if central is not None and central.isVisible():
            shown.append(central)
        for top in QApplication.topLevelWidgets():
            if top is self.window or not top.isVisible() or isinstance(top, LockDialog):
                continue
            shown.extend(
                child
                for child in top.findChildren(
                    QWidget, options=Qt.FindChildOption.FindDirectChildrenOnly
                )
                if child.isVisible()
            )
        for widget in shown:
            widget.hide()
        self._hidden = shown
        self._set_controls_enabled(False)

    def show_content(self) -> None:
        for widget in self._hidden:
            with contextlib.suppress(RuntimeError):  # closed while locked
                widget.show()
        self._hidden = []
        self._set_controls_enabled(True)

    def _set_controls_enabled(self, enabled: bool) -> None:
        self.window.menuBar().setEnabled(enabled)
        for bar in self.window.findChildren(QToolBar):
            bar.setEnabled(enabled)
