"""`ttdn-desktop --self-test`: open the window on the demo year and visit every section.

Needs no screen (the offscreen platform) and never touches the officer's database unless `--db`
names one. One Vietnamese line per section goes to stdout.
"""

from __future__ import annotations

import logging
import sys
import tempfile
from pathlib import Path
from types import TracebackType

from PySide6.QtWidgets import QApplication

from ttdn_desktop.core.database import open_database
from ttdn_desktop.core.demo import DEMO_YEAR, is_demo, load_demo
from ttdn_desktop.core.errors import DatabaseOpenError, TtdnError
from ttdn_desktop.core.labels import SECTIONS, STAT_LABELS
from ttdn_desktop.core.stats import year_stats
from ttdn_desktop.core.units import own_unit
from ttdn_desktop.gui.formatting import format_count
from ttdn_desktop.gui.main_window import MainWindow
from ttdn_desktop.gui.pages.overview import OverviewPage

log = logging.getLogger(__name__)

OK = "Đạt"
FAILED = "LỖI"


class SelfTestFailure(Exception):
    pass


def run_self_test(db_option: str | None) -> int:
    """Run the self-test; return 0 when every section was shown correctly, 1 otherwise."""
    with tempfile.TemporaryDirectory(prefix="ttdn-tu-kiem-tra-") as folder:
        try:
            _run(Path(folder), db_option)
        except SelfTestFailure as exc:
            print(f"Tự kiểm tra KHÔNG đạt: {exc}")
            return 1
    print(f"Tự kiểm tra đạt: cả {len(SECTIONS)} mục hiển thị đúng.")
    return 0


def _run(folder: Path, db_option: str | None) -> None:
    target = db_option or str(folder / "tu-kiem-tra.sqlite")
    try:
        db = open_database(target)
    except DatabaseOpenError as exc:
        raise SelfTestFailure(str(exc)) from exc
    try:
        with db.session() as session:
            demo = is_demo(session)
            if not demo and own_unit(session) is None:
                load_demo(session)
                demo = True
    except (FileNotFoundError, TtdnError) as exc:
        db.close()
        raise SelfTestFailure(f"không nạp được dữ liệu mẫu: {exc}") from exc
    print(f"Cơ sở dữ liệu: {db.display_name}{' (dữ liệu mẫu)' if demo else ''}")

    errors: list[str] = []
    previous_hook = sys.excepthook

    def record(exc_type: type[BaseException], exc: BaseException, tb: TracebackType | None) -> None:
        log.error("error during self-test", exc_info=(exc_type, exc, tb))
        errors.append(f"{exc_type.__name__}: {exc}")

    sys.excepthook = record
    window = MainWindow(db, home_target=target, settings_path=folder / "settings.ini")
    try:
        window.show()
        QApplication.processEvents()
        _visit_sections(window, demo, errors)
    finally:
        sys.excepthook = previous_hook
        window.close()
        window.db.close()
        QApplication.processEvents()
    if errors:
        raise SelfTestFailure("; ".join(errors))


def _visit_sections(window: MainWindow, demo: bool, errors: list[str]) -> None:
    if demo and window.year != DEMO_YEAR:
        errors.append(f"năm mặc định của dữ liệu mẫu là {window.year}, cần {DEMO_YEAR}")
    for index, (key, label) in enumerate(SECTIONS.items()):
        window.show_section(key)
        QApplication.processEvents()
        page = window.pages[key]
        shown = (
            window.stack.currentWidget() is page
            and page.isVisible()
            and window.navigation.currentRow() == index
            and page.title == label
        )
        detail = "trang hiển thị đúng"
        if shown and isinstance(page, OverviewPage):
            problem, detail = _check_overview(window, page, demo)
            if problem:
                errors.append(f"{label}: {problem}")
                shown = False
        elif not shown:
            errors.append(f"mục “{label}” không hiển thị trang của nó")
        print(f"{OK if shown else FAILED:<4} {index + 1:>2}. {label}: {detail}")


def _check_overview(window: MainWindow, page: OverviewPage, demo: bool) -> tuple[str, str]:
    with window.db.session() as session:
        expected = year_stats(session, window.year)
    key = "guidance_documents"
    for name, value in expected.items():
        label = page.value_labels.get(name)
        if label is not None and label.text() != format_count(value):
            return (
                f"“{STAT_LABELS[name]}” hiện {label.text()}, cơ sở dữ liệu có {value}",
                "số liệu sai",
            )
    if demo and expected[key] == 0:
        return "dữ liệu mẫu không có văn bản hướng dẫn tuyên truyền nào", "không có số liệu"
    return "", (
        f"năm {window.year} có {format_count(expected[key])} "
        f"{STAT_LABELS[key][0].lower()}{STAT_LABELS[key][1:]}, khớp với cơ sở dữ liệu"
    )
