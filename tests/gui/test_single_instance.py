"""One program per database, the start-of-day backup, and the error messages of the window."""

from __future__ import annotations

import errno
import os
import signal
import sqlite3
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest
from PySide6.QtWidgets import QMessageBox
from sqlalchemy.exc import OperationalError

from ttdn_desktop.core import database as database_module
from ttdn_desktop.core.database import Database, open_database
from ttdn_desktop.core.models import Setting
from ttdn_desktop.gui import app
from ttdn_desktop.gui.single_instance import (
    SingleInstance,
    database_key,
    instance_running,
    server_name,
)


@pytest.fixture
def key(tmp_path: Path) -> str:
    return database_key(tmp_path / "ttdn.sqlite")


def test_a_second_start_activates_the_first(qtbot, key: str) -> None:  # type: ignore[no-untyped-def]
    first = SingleInstance(key)
    assert first.acquire()
    try:
        assert instance_running(key)
        with qtbot.waitSignal(first.activated, timeout=3000):
            assert SingleInstance(key).acquire() is False
        other = SingleInstance(database_key(Path(key).with_name("khac.sqlite")))
        assert other.acquire()  # another database is another lock
        other.release()
    finally:
        first.release()
    assert not instance_running(key)


def test_the_server_name_hides_the_path(tmp_path: Path) -> None:
    a = server_name(database_key(tmp_path / "Dữ liệu" / "ttdn.sqlite"))
    assert a.startswith("ttdn-desktop-") and "/" not in a and len(a) < 50
    assert a == server_name(database_key(tmp_path / "Dữ liệu" / ".." / "Dữ liệu" / "ttdn.sqlite"))


@pytest.mark.skipif(not hasattr(signal, "SIGKILL"), reason="needs SIGKILL")
def test_a_server_left_by_a_crash_is_cleaned_up(qapp, key: str) -> None:  # type: ignore[no-untyped-def]
    script = textwrap.dedent(
        f"""
        import sys, time
        from PySide6.QtCore import QCoreApplication
        from ttdn_desktop.gui.single_instance import SingleInstance
        app = QCoreApplication([])
        lock = SingleInstance({key!r})
        assert lock.acquire()
        print("held", flush=True)
        time.sleep(60)
        """
    )
    proc = subprocess.Popen(
        [sys.executable, "-c", script],
        stdout=subprocess.PIPE,
        text=True,
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
    )
    try:
        assert proc.stdout is not None and proc.stdout.readline().strip() == "held"
    finally:
        proc.send_signal(signal.SIGKILL)
        proc.wait()
    # The crashed program's socket is still there; nobody answers on it.
    lock = SingleInstance(key)
    assert lock.acquire()
    lock.release()


def test_main_with_the_database_already_open_exits_0(
    qtbot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:  # type: ignore[no-untyped-def]
    path = tmp_path / "ttdn.sqlite"
    running = SingleInstance(database_key(path))
    assert running.acquire()
    monkeypatch.setattr(sys, "excepthook", sys.excepthook)
    try:
        with qtbot.waitSignal(running.activated, timeout=3000):
            assert app.main(["--db", str(path)]) == 0
    finally:
        running.release()
    assert not path.exists()  # the second start opened nothing


def test_start_of_day_backup_runs_off_the_gui_thread(qtbot, db: Database) -> None:  # type: ignore[no-untyped-def]
    job = app.StartOfDayBackup(db)
    with qtbot.waitSignal(job.done, timeout=10_000) as signal_info:
        job.start()
    job.wait()
    assert "Đã sao lưu tự động" in signal_info.args[0]


# --- error messages -------------------------------------------------------------------------


def test_full_disk_message() -> None:
    title, text = app.failure_dialog_text(
        OSError(errno.ENOSPC, "No space left on device", "/du-lieu/tep"), Path("/log/ttdn.log")
    )
    assert title == "Ổ đĩa đã đầy" and "giải phóng" in text
    assert "không bị mất" in text and "/log/ttdn.log" in text


def test_read_only_disk_message() -> None:
    # Tests run as root, for whom a read-only chmod does not stop writes: fabricate the error.
    title, text = app.failure_dialog_text(
        OSError(errno.EROFS, "Read-only file system"), Path("/log/ttdn.log")
    )
    assert title == "Không ghi được vào ổ đĩa"
    assert "chỉ cho phép đọc" in text and "không bị mất" in text
    _title, text = app.failure_dialog_text(
        sqlite3.OperationalError("attempt to write a readonly database"), None
    )
    assert "chỉ cho phép đọc" in text


def test_a_really_locked_database_gets_its_own_message(
    db: Database, db_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(database_module, "BUSY_TIMEOUT_MS", 100)
    locked = open_database(db_path)
    holder = sqlite3.connect(db_path, isolation_level=None)
    holder.execute("BEGIN EXCLUSIVE")
    try:
        with pytest.raises(OperationalError) as caught, locked.session() as s:
            s.add(Setting(key="x", value=1))
    finally:
        holder.execute("ROLLBACK")
        holder.close()
        locked.close()
    title, text = app.failure_dialog_text(caught.value, Path("/log/ttdn.log"))
    assert title == "Cơ sở dữ liệu đang bị khóa" and "thử lại" in text
    with db.session() as s:
        s.add(Setting(key="x", value=1))  # nothing was half-written; the database still works


def test_excepthook_shows_the_specific_message(
    qapp, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:  # type: ignore[no-untyped-def]
    shown: list[tuple[str, str]] = []
    monkeypatch.setattr(
        QMessageBox,
        "warning",
        staticmethod(lambda _p, title, text, *a: shown.append((title, text))),
    )
    monkeypatch.setattr(sys, "excepthook", sys.excepthook)
    app.install_excepthook(tmp_path / "ttdn.log")
    error = OSError(errno.ENOSPC, "No space left on device")
    sys.excepthook(OSError, error, None)
    sys.excepthook(ValueError, ValueError("hỏng"), None)
    assert shown[0][0] == "Ổ đĩa đã đầy"
    assert shown[1][0] == "Đã xảy ra lỗi" and "ValueError: hỏng" in shown[1][1]
    assert all("không bị mất" in text and str(tmp_path) in text for _, text in shown)


def test_a_data_folder_that_cannot_be_created(
    qapp, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:  # type: ignore[no-untyped-def]
    # A regular file where a folder should be: refused even for root.
    blocker = tmp_path / "khong-phai-thu-muc"
    blocker.write_text("x")
    monkeypatch.setenv("TTDN_DATA_DIR", str(blocker / "du-lieu"))
    shown: list[str] = []
    monkeypatch.setattr(
        QMessageBox, "critical", staticmethod(lambda _p, _t, text, *a: shown.append(text))
    )
    monkeypatch.setattr(sys, "excepthook", sys.excepthook)
    assert app.main(["--db", str(tmp_path / "ttdn.sqlite")]) == 1
    assert len(shown) == 1 and "thư mục dữ liệu" in shown[0] and "TTDN_DATA_DIR" in shown[0]
    assert not (tmp_path / "ttdn.sqlite").exists()
