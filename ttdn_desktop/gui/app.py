"""Starting the windows: `ttdn-desktop` and `python -m ttdn_desktop`.

Exit codes: 0 success, 1 the database could not be opened or the self-test failed,
2 a command line that cannot be understood.
"""

from __future__ import annotations

import argparse
import logging
import os
import sys
from collections.abc import Sequence
from pathlib import Path
from types import TracebackType

from PySide6.QtCore import QTimer
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication, QMessageBox

from ttdn_desktop import __version__
from ttdn_desktop.cli import VietnameseParser, utf8_output, vietnamese_argparse
from ttdn_desktop.core.database import Database, open_database
from ttdn_desktop.core.demo import open_demo_database
from ttdn_desktop.core.errors import DatabaseOpenError, TtdnError
from ttdn_desktop.core.logs import log_path, setup_logging
from ttdn_desktop.gui.databases import own_target
from ttdn_desktop.gui.main_window import MainWindow
from ttdn_desktop.gui.self_test import run_self_test
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
    parser.add_argument(
        "--version",
        action="version",
        version=f"TTĐN Desktop {__version__}",
        help="hiện phiên bản chương trình rồi thoát",
    )
    parser.add_argument(
        "--db",
        metavar="TỆP_HOẶC_URL",
        help="tệp cơ sở dữ liệu hoặc địa chỉ SQLAlchemy (postgresql+psycopg://…); "
        "mặc định lấy biến môi trường TTDN_DB, rồi tệp trong thư mục dữ liệu của người dùng",
    )
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


def error_message(exc: BaseException, log_file: Path | None) -> str:
    """What the officer reads when something unexpected failed."""
    where = (
        f"Chi tiết lỗi đã được ghi vào tệp nhật ký:\n{log_file}\n"
        "Nếu lỗi lặp lại, hãy gửi tệp này cho người hỗ trợ."
        if log_file
        else "Không ghi được tệp nhật ký."
    )
    return (
        "Thao tác vừa rồi không thực hiện được vì một lỗi không mong đợi:\n"
        f"{type(exc).__name__}: {exc}\n\n"
        "Dữ liệu đã lưu trước đó không bị mất; bạn có thể tiếp tục làm việc.\n\n"
        f"{where}"
    )


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
            if isinstance(exc, TtdnError):
                QMessageBox.warning(None, "Không thực hiện được", str(exc))
            else:
                QMessageBox.warning(None, "Đã xảy ra lỗi", error_message(exc, log_file))
        finally:
            showing = False

    sys.excepthook = hook


def open_start_database(db_option: str | None, demo: bool) -> Database:
    return open_demo_database() if demo else open_database(own_target(db_option))


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
    try:
        db = open_start_database(args.db, args.demo)
    except DatabaseOpenError as exc:
        log.warning("database not opened: %s", exc)
        QMessageBox.critical(None, "Không mở được cơ sở dữ liệu", str(exc))
        return 1
    window = MainWindow(db, home_target=own_target(args.db))
    window.show()
    QTimer.singleShot(0, window.offer_first_start)
    try:
        return int(app.exec())
    finally:
        window.db.close()


if __name__ == "__main__":
    sys.exit(main())
