"""Starting the windows: `ttdn-desktop` and `python -m ttdn_desktop`.

Exit codes: 0 success, 1 the database could not be opened or the self-test failed,
2 a command line that cannot be understood.
"""

from __future__ import annotations

import argparse
import errno
import logging
import os
import sqlite3
import sys
import threading
from collections.abc import Sequence
from pathlib import Path
from types import TracebackType

from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget
from sqlalchemy.exc import DBAPIError

from ttdn_desktop import __version__

# cli_args, not cli: the command's module would import every subcommand (openpyxl, reports).
from ttdn_desktop.cli_args import (
    VietnameseParser,
    add_common_options,
    utf8_output,
    vietnamese_argparse,
)
from ttdn_desktop.core.backup import start_of_day_backup
from ttdn_desktop.core.database import Database, open_database
from ttdn_desktop.core.demo import open_demo_database
from ttdn_desktop.core.errors import DatabaseOpenError, TtdnError
from ttdn_desktop.core.logs import log_path, setup_logging
from ttdn_desktop.core.paths import data_dir, demo_db_path
from ttdn_desktop.gui.lock_dialog import LockGuard, unlock_at_start
from ttdn_desktop.gui.main_window import MainWindow
from ttdn_desktop.gui.self_test import run_self_test
from ttdn_desktop.gui.single_instance import SingleInstance, database_key
from ttdn_desktop.resources import resource_path

log = logging.getLogger(__name__)

APP_NAME = "TTDN Desktop"
ORGANIZATION = "TTDN Desktop"
ICON_FILE = ("resources", "icons", "app.svg")


def build_parser() -> argparse.ArgumentParser:
    vietnamese_argparse()
    parser = VietnameseParser(
        prog="ttdn-desktop",
        description="TTĐN Desktop: cửa sổ theo dõi và báo cáo công tác thông tin đối ngoại.",
    )
    add_common_options(parser)
    parser.add_argument(
        "--demo",
        action="store_true",
        help="mở cơ sở dữ liệu mẫu riêng (năm 2020, Sở TTTT Bắc Kạn), tạo nó nếu chưa có; "
        "dữ liệu thật không bị ảnh hưởng",
    )
    parser.add_argument(
        "--self-test",
        action="store_true",
        help="tự kiểm tra không cần màn hình: nạp dữ liệu mẫu vào một cơ sở dữ liệu tạm "
        "(hoặc vào --db), mở cửa sổ, lần lượt mở từng mục rồi báo kết quả",
    )
    return parser


def app_icon() -> QIcon:
    try:
        return QIcon(str(resource_path(*ICON_FILE)))
    except FileNotFoundError:
        log.warning("application icon missing: %s", "/".join(ICON_FILE))
        return QIcon()


def configure_application(app: QApplication) -> None:
    app.setApplicationName(APP_NAME)
    app.setOrganizationName(ORGANIZATION)
    app.setApplicationVersion(__version__)
    app.setWindowIcon(app_icon())


SAVED_IS_SAFE = "Dữ liệu đã lưu trước đó không bị mất"


def _where_logged(log_file: Path | None) -> str:
    return (
        f"Chi tiết lỗi đã được ghi vào tệp nhật ký:\n{log_file}\n"
        "Nếu lỗi lặp lại, hãy gửi tệp này cho người hỗ trợ."
        if log_file
        else "Không ghi được tệp nhật ký."
    )


def error_message(exc: BaseException, log_file: Path | None) -> str:
    """What the officer reads when something unexpected failed."""
    return (
        "Thao tác vừa rồi không thực hiện được vì một lỗi không mong đợi:\n"
        f"{type(exc).__name__}: {exc}\n\n"
        f"{SAVED_IS_SAFE}; bạn có thể tiếp tục làm việc.\n\n"
        f"{_where_logged(log_file)}"
    )


def _root_cause(exc: BaseException) -> BaseException:
    """The operating-system or SQLite error beneath SQLAlchemy's and our own wrappers."""
    seen: set[int] = set()
    while id(exc) not in seen:
        seen.add(id(exc))
        if isinstance(exc, DBAPIError) and exc.orig is not None:
            exc = exc.orig
        elif isinstance(exc, OSError | sqlite3.Error):
            return exc
        elif exc.__cause__ is not None:
            exc = exc.__cause__
        else:
            break
    return exc


def known_failure(exc: BaseException) -> tuple[str, str] | None:
    """A title and a plain explanation for failures the officer can act on, else None.

    A full or read-only disk and a locked database each get their own words; the work that was
    being saved is rolled back whole, so what was saved before stays as it was.
    """
    cause = _root_cause(exc)
    text = str(cause).lower()
    if isinstance(cause, OSError):
        code = cause.errno
        where = f" ({cause.filename})" if cause.filename else ""
        if code in (errno.ENOSPC, getattr(errno, "EDQUOT", -1)):
            return "Ổ đĩa đã đầy", (
                f"Không ghi được vì ổ đĩa đã đầy{where}. Hãy xóa bớt tệp không cần hoặc giải phóng "
                "dung lượng rồi thử lại."
            )
        if code in (errno.EROFS, errno.EACCES, errno.EPERM):
            return "Không ghi được vào ổ đĩa", (
                f"Không ghi được: ổ đĩa hoặc thư mục chỉ cho phép đọc, hoặc không có quyền ghi"
                f"{where}. Hãy kiểm tra quyền ghi của thư mục dữ liệu (hoặc USB bị khóa ghi)."
            )
    if isinstance(cause, sqlite3.Error):
        if "database is locked" in text or "database table is locked" in text:
            return "Cơ sở dữ liệu đang bị khóa", (
                "Cơ sở dữ liệu đang bị một chương trình khác giữ (ví dụ một phần mềm sao lưu hoặc "
                "đồng bộ đang chép tệp). Hãy đợi một lát rồi thử lại thao tác."
            )
        if "readonly" in text or "read-only" in text:
            return "Không ghi được vào cơ sở dữ liệu", (
                "Tệp cơ sở dữ liệu hoặc thư mục chứa nó chỉ cho phép đọc. Hãy kiểm tra quyền ghi "
                "(hoặc chép tệp sang ổ đĩa ghi được) rồi mở lại."
            )
        if "disk is full" in text or "database or disk is full" in text:
            return "Ổ đĩa đã đầy", (
                "Không ghi được vào cơ sở dữ liệu vì ổ đĩa đã đầy. Hãy giải phóng dung lượng rồi "
                "thử lại."
            )
        if "disk i/o error" in text:
            return "Lỗi đọc ghi ổ đĩa", (
                "Ổ đĩa báo lỗi khi đọc hoặc ghi cơ sở dữ liệu. Hãy đóng chương trình, kiểm tra ổ "
                "đĩa, rồi chạy “ttdn check”; nếu có lỗi hãy khôi phục từ bản sao lưu gần nhất."
            )
    return None


def failure_dialog_text(exc: BaseException, log_file: Path | None) -> tuple[str, str]:
    """The title and text of the dialog shown for an exception that reached the event loop."""
    if isinstance(exc, TtdnError):
        return "Không thực hiện được", str(exc)
    known = known_failure(exc)
    if known is not None:
        title, explanation = known
        return title, (
            f"{explanation}\n\n{SAVED_IS_SAFE}: thao tác đang làm dở không được ghi một phần."
            f"\n\n{_where_logged(log_file)}"
        )
    return "Đã xảy ra lỗi", error_message(exc, log_file)


def data_folder_problem() -> str | None:
    """A Vietnamese message when the data folder cannot be created or written, else None."""
    folder = data_dir()
    try:
        folder.mkdir(parents=True, exist_ok=True)
        probe = folder / f".ghi-thu-{os.getpid()}"
        probe.write_bytes(b"")
        probe.unlink()
    except OSError as exc:
        from ttdn_desktop.core.backup import describe_os_error

        return (
            f"Không tạo hoặc không ghi được thư mục dữ liệu “{folder}”: {describe_os_error(exc)}."
            "\n\nChương trình cần thư mục này cho nhật ký, tệp đính kèm và bản sao lưu. Hãy "
            "kiểm tra quyền ghi, hoặc đặt biến môi trường TTDN_DATA_DIR trỏ tới một thư mục ghi "
            "được. Không có dữ liệu nào bị thay đổi."
        )
    return None


def bring_forward(window: QWidget) -> None:
    """Show the window on top when a second start asks for it."""
    if window.isMinimized():
        window.showNormal()
    window.show()
    window.raise_()
    window.activateWindow()


class StartOfDayBackup(QObject):
    """The first-start-of-the-day backup, written off the GUI thread; `done` reports the result."""

    done = Signal(str)

    def __init__(self, db: Database) -> None:
        super().__init__()
        self.db = db
        self.thread = threading.Thread(target=self._run, name="start-of-day-backup")

    def start(self) -> None:
        self.thread.start()

    def _run(self) -> None:
        try:
            path = start_of_day_backup(self.db)
        except Exception as exc:
            log.exception("start-of-day backup failed")
            self.done.emit(f"Chưa sao lưu tự động được hôm nay: {exc}")
            return
        if path is not None:
            log.info("start-of-day backup written: %s", path)
            self.done.emit(f"Đã sao lưu tự động: {path.name}")

    def wait(self) -> None:
        if self.thread.is_alive():
            self.thread.join()


def install_excepthook(log_file: Path | None) -> None:
    """Log an exception that reaches the event loop and tell the officer politely."""
    showing = False

    def hook(exc_type: type[BaseException], exc: BaseException, tb: TracebackType | None) -> None:
        nonlocal showing
        if issubclass(exc_type, KeyboardInterrupt):
            sys.__excepthook__(exc_type, exc, tb)
            return
        log.error("unexpected error", exc_info=(exc_type, exc, tb))
        if showing or QApplication.instance() is None:
            return
        showing = True
        try:
            title, message = failure_dialog_text(exc, log_file)
            QMessageBox.warning(None, title, message)
        finally:
            showing = False

    sys.excepthook = hook


def open_start_database(db_option: str | None, demo: bool) -> Database:
    return open_demo_database() if demo else open_database(db_option)


def main(argv: Sequence[str] | None = None) -> int:
    utf8_output()
    args = build_parser().parse_args(argv)
    if args.self_test:
        # Read when the QApplication is created: the self-test needs no screen.
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    log_file = setup_logging()
    existing = QApplication.instance()
    app = existing if isinstance(existing, QApplication) else QApplication(sys.argv[:1])
    configure_application(app)
    if args.self_test:
        return run_self_test(args.db)

    install_excepthook(log_file or log_path())
    problem = data_folder_problem()
    if problem is not None:
        log.warning("data folder unusable: %s", problem)
        QMessageBox.critical(None, "Không dùng được thư mục dữ liệu", problem)
        return 1
    # One program per database: a second start brings the first window forward and leaves.
    lock = SingleInstance(database_key(demo_db_path() if args.demo else args.db))
    if not lock.acquire():
        log.info("another window holds %s; asked it to come forward", lock.key)
        return 0
    try:
        db = open_start_database(args.db, args.demo)
    except DatabaseOpenError as exc:
        log.warning("database not opened: %s", exc)
        QMessageBox.critical(None, "Không mở được cơ sở dữ liệu", str(exc))
        lock.release()
        return 1
    # The password, if the officer set one, before any window shows the data.
    if not unlock_at_start(db):
        db.close()
        lock.release()
        return 0
    window = MainWindow(db, home_target=args.db)
    LockGuard(window)  # locks again after the idle time; a child of the window
    lock.activated.connect(lambda: bring_forward(window))
    daily = StartOfDayBackup(db)
    daily.done.connect(lambda text: window.statusBar().showMessage(text, 15_000))
    window.show()
    QTimer.singleShot(0, window.offer_first_start)
    daily.start()
    try:
        return int(app.exec())
    finally:
        daily.wait()  # a backup being written is finished, never left half-made
        window.db.close()
        lock.release()


if __name__ == "__main__":
    sys.exit(main())
