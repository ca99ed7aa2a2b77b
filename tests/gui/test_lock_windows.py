"""The password lock in the windows: set in the settings group, asked at the next start and after
the idle time, wrong passwords refused and slowed down, and removed again."""

from __future__ import annotations

import sys
from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtWidgets import QDialog, QLabel, QMessageBox, QWidget

from ttdn_desktop.core import lock
from ttdn_desktop.core.database import Database, open_database
from ttdn_desktop.gui import app, lock_dialog
from ttdn_desktop.gui.lock_dialog import LockDialog, LockGuard, unlock_at_start
from ttdn_desktop.gui.lock_settings import LockSettingsGroup
from ttdn_desktop.gui.main_window import MainWindow

PASSWORD = "Pác Nặm 2020"


class FakeClock:
    def __init__(self) -> None:
        self.now = 5_000.0

    def __call__(self) -> float:
        return self.now


@pytest.fixture(autouse=True)
def cheap_scrypt(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(lock, "SCRYPT_N", 2**10)


@pytest.fixture
def no_dialogs(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """Information boxes are recorded, questions answered Yes."""
    shown: list[str] = []
    monkeypatch.setattr(
        QMessageBox, "information", staticmethod(lambda _p, title, *a: shown.append(title))
    )
    monkeypatch.setattr(
        QMessageBox, "question", staticmethod(lambda *a, **k: QMessageBox.StandardButton.Yes)
    )
    return shown


def _group(qtbot, db: Database) -> LockSettingsGroup:  # type: ignore[no-untyped-def]
    group = LockSettingsGroup(lambda: db)
    qtbot.addWidget(group)
    group.show()
    return group


def _visible_error(group: LockSettingsGroup, field: str) -> str:
    label = group.errors[field]
    return label.text() if group.form.isRowVisible(label) else ""


def test_set_password_then_a_restart_asks_for_it(
    qtbot,  # type: ignore[no-untyped-def]
    empty_db: Database,
    no_dialogs: list[str],
    type_text: Callable[[QWidget, str], None],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    group = _group(qtbot, empty_db)
    assert "Chưa đặt mật khẩu" in group.state_label.text()
    words = " ".join(label.text() for label in group.findChildren(QLabel))
    assert "không mã hóa tệp dữ liệu" in words and "bản sao lưu được làm trước" in words
    type_text(group.password_edit, PASSWORD)
    type_text(group.confirmation_edit, PASSWORD)
    type_text(group.hint_edit, "huyện vùng cao")
    group.idle_combo.setCurrentIndex(group.idle_combo.findData(5))
    group.set_button.click()
    assert no_dialogs == ["Đã đặt mật khẩu"]
    assert lock.lock_settings(empty_db) == lock.LockSettings(True, "huyện vùng cao", 5)
    assert "Đã đặt mật khẩu" in group.state_label.text() and group.remove_button.isVisible()
    assert group.password_edit.text() == ""

    # The next start: the dialog comes before any window; the right password opens.
    asked: list[LockDialog] = []

    def answer(dialog: LockDialog) -> int:
        asked.append(dialog)
        dialog.password_edit.setText(PASSWORD)
        dialog.try_unlock()
        return dialog.result()

    monkeypatch.setattr(LockDialog, "exec", answer)
    assert unlock_at_start(empty_db)
    assert len(asked) == 1
    asked[0].show_hint()
    assert asked[0].hint_label.text() == "Gợi ý: huyện vùng cao"


def test_messages_beside_the_fields(qtbot, empty_db: Database, no_dialogs: list[str]) -> None:  # type: ignore[no-untyped-def]
    group = _group(qtbot, empty_db)
    group.password_edit.setText("abc")
    group.confirmation_edit.setText("abd")
    group.set_button.click()
    assert "ít nhất 6 ký tự" in _visible_error(group, "password")
    assert "không giống nhau" in _visible_error(group, "confirmation")
    assert not lock.lock_settings(empty_db).enabled and no_dialogs == []
    group.password_edit.setText("abcdef")
    group.confirmation_edit.setText("abcdef")
    group.set_button.click()
    assert _visible_error(group, "password") == "" and _visible_error(group, "confirmation") == ""
    assert lock.lock_settings(empty_db).enabled


def test_wrong_passwords_are_refused_and_slowed_down(qtbot, empty_db: Database) -> None:  # type: ignore[no-untyped-def]
    lock.set_password(empty_db, PASSWORD, PASSWORD)
    clock = FakeClock()
    dialog = LockDialog(empty_db, clock=clock)
    qtbot.addWidget(dialog)
    dialog.show()
    for _ in range(lock.FREE_FAILURES - 1):
        dialog.password_edit.setText("sai")
        dialog.try_unlock()
        assert dialog.message_label.text() == "Mật khẩu không đúng."
        assert dialog.unlock_button.isEnabled() and dialog.result() == 0
    dialog.password_edit.setText("sai")
    dialog.try_unlock()
    assert (
        "sai 3 lần" in dialog.message_label.text() and "đợi 5 giây" in dialog.message_label.text()
    )
    assert not dialog.unlock_button.isEnabled() and not dialog.password_edit.isEnabled()
    assert dialog.countdown.isActive()
    # Even the right password is not taken during the wait.
    dialog.password_edit.setText(PASSWORD)
    dialog.try_unlock()
    assert dialog.result() == 0
    clock.now += 3
    dialog.tick()
    assert "đợi 2 giây" in dialog.message_label.text()
    clock.now += 2
    dialog.tick()
    assert dialog.unlock_button.isEnabled() and not dialog.countdown.isActive()
    # A restart in the middle of a wait still waits (the count is in the database).
    dialog.password_edit.setText("sai")
    dialog.try_unlock()
    again = LockDialog(empty_db, clock=clock)
    qtbot.addWidget(again)
    assert not again.unlock_button.isEnabled() and "đợi 10 giây" in again.message_label.text()
    clock.now += 10
    again.tick()
    again.password_edit.setText(PASSWORD)
    again.try_unlock()
    assert again.result() == QDialog.DialogCode.Accepted


def test_idle_time_locks_the_window_and_hides_its_content(
    qtbot,  # type: ignore[no-untyped-def]
    empty_db: Database,
    make_window: Callable[[Database], MainWindow],
) -> None:
    lock.set_password(empty_db, PASSWORD, PASSWORD, idle_minutes=5)
    window = make_window(empty_db)
    clock = FakeClock()
    guard = LockGuard(window, clock=clock, wall_clock=clock)
    clock.now += 4 * 60
    guard.check_idle()
    assert not guard.locked
    # Input resets the idle time.
    qtbot.mouseMove(window.centralWidget())
    guard.last_input = clock.now  # offscreen mouse moves may be coalesced away
    clock.now += 4 * 60
    guard.check_idle()
    assert not guard.locked
    editor = QDialog(window)  # an editor left open: its content must go too
    secret = QLabel("Nội dung đang sửa", editor)
    editor.show()
    clock.now += 60
    guard.check_idle()
    assert guard.locked and guard.dialog is not None and guard.dialog.isVisible()
    assert not window.centralWidget().isVisible() and not window.menuBar().isEnabled()
    assert not secret.isVisible()
    guard.dialog.password_edit.setText("sai")
    guard.dialog.try_unlock()
    assert guard.locked and guard.dialog.message_label.text() == "Mật khẩu không đúng."
    guard.dialog.password_edit.setText(PASSWORD)
    guard.dialog.try_unlock()
    assert not guard.locked
    assert window.centralWidget().isVisible() and window.menuBar().isEnabled()
    assert secret.isVisible()
    editor.close()


def test_no_idle_lock_without_a_password_or_with_start_only(
    empty_db: Database, make_window: Callable[[Database], MainWindow]
) -> None:
    window = make_window(empty_db)
    clock = FakeClock()
    guard = LockGuard(window, clock=clock)
    clock.now += 24 * 3600
    guard.check_idle()
    assert not guard.locked and not guard.watching  # no event filter without a lock
    lock.set_password(empty_db, PASSWORD, PASSWORD, idle_minutes=0)
    guard.check_idle()
    assert not guard.locked and not guard.watching
    # A lock with an idle time set during the session counts from the moment it is seen.
    lock.set_idle_minutes(empty_db, 5)
    guard.check_idle()
    assert guard.watching and not guard.locked
    clock.now += 5 * 60
    guard.check_idle()
    assert guard.locked


def test_opening_a_locked_database_in_the_window_asks_at_once(
    tmp_path: Path, empty_db: Database, make_window: Callable[[Database], MainWindow]
) -> None:
    other = open_database(tmp_path / "other.sqlite")
    lock.set_password(other, PASSWORD, PASSWORD)
    window = make_window(empty_db)
    guard = LockGuard(window)
    window.set_database(other)
    assert guard.locked and not window.centralWidget().isVisible()
    assert guard.dialog is not None
    guard.dialog.reject()  # "Thoát chương trình" closes the window
    assert not guard.locked and not window.isVisible()


def test_removing_the_password_needs_the_current_one(
    qtbot,  # type: ignore[no-untyped-def]
    empty_db: Database,
    no_dialogs: list[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    lock.set_password(empty_db, PASSWORD, PASSWORD, hint="gợi ý")
    group = _group(qtbot, empty_db)
    assert group.set_button.text() == "Đổi mật khẩu"
    group.current_edit.setText("sai")
    group.remove_button.click()
    assert _visible_error(group, "current") == "Mật khẩu không đúng."
    assert lock.lock_settings(empty_db).enabled
    group.current_edit.setText(PASSWORD)
    group.remove_button.click()
    assert not lock.lock_settings(empty_db).enabled
    assert "Chưa đặt mật khẩu" in group.state_label.text() and not group.remove_button.isVisible()

    def never(_dialog: LockDialog) -> int:
        raise AssertionError("no password is asked without a lock")

    monkeypatch.setattr(LockDialog, "exec", never)
    assert unlock_at_start(empty_db)


def test_start_stops_when_the_password_is_not_given(
    qapp,  # type: ignore[no-untyped-def]
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    path = tmp_path / "locked.sqlite"
    database = open_database(path)
    lock.set_password(database, PASSWORD, PASSWORD)
    database.close()
    built: list[object] = []
    monkeypatch.setattr(LockDialog, "exec", lambda _d: QDialog.DialogCode.Rejected)
    monkeypatch.setattr(app, "MainWindow", lambda *a, **k: built.append(a))
    monkeypatch.setattr(sys, "excepthook", sys.excepthook)  # main() installs its own
    assert app.main(["--db", str(path)]) == 0
    assert built == []
    assert lock_dialog.unlock_at_start is unlock_at_start


def test_settings_page_carries_the_lock_group_of_the_open_database(
    make_window,  # type: ignore[no-untyped-def]
    empty_db: Database,
    no_dialogs: list[str],
    type_text: Callable[[QWidget, str], None],
) -> None:
    window = make_window(empty_db)
    window.show_section("settings")
    group = window.pages["settings"].findChild(LockSettingsGroup, "lockGroup")
    assert group is not None and group.isVisible()
    type_text(group.password_edit, PASSWORD)
    type_text(group.confirmation_edit, PASSWORD)
    group.set_button.click()
    assert no_dialogs == ["Đã đặt mật khẩu"]
    assert lock.lock_settings(empty_db).enabled
