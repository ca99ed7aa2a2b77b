"""The “Tệp” menu's data actions: backup, restore, check, Excel export, template and import."""

from __future__ import annotations

import hashlib
from collections.abc import Callable
from pathlib import Path
from typing import Any

import openpyxl
import pytest
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QFileDialog, QMessageBox
from pytestqt.qtbot import QtBot
from sqlalchemy import func, select

from ttdn_desktop.core import records
from ttdn_desktop.core.backup import SUFFIX, backups_dir, describe_backup
from ttdn_desktop.core.database import Database, open_database
from ttdn_desktop.core.models import Activity, Document, PressItem
from ttdn_desktop.core.units import own_profile, own_unit, set_own_unit
from ttdn_desktop.exchange.excel_export import export_year
from ttdn_desktop.exchange.sheets import RECORD_SHEETS
from ttdn_desktop.gui.data_actions import DataJob, export_file_name
from ttdn_desktop.gui.import_dialog import ImportPreviewDialog
from ttdn_desktop.gui.main_window import MainWindow

DEMO_YEAR = 2020
DEMO_DOCUMENTS = 9  # the “Kế hoạch & văn bản” list of the demo year
WAIT_MS = 30_000


class Messages:
    """QMessageBox's static functions, patched: what was said, and Yes to every question."""

    def __init__(self, monkeypatch: pytest.MonkeyPatch) -> None:
        self.said: list[tuple[str, str, str]] = []
        self.answer = QMessageBox.StandardButton.Yes
        for kind in ("information", "warning", "critical"):
            monkeypatch.setattr(QMessageBox, kind, self._recorder(kind))
        monkeypatch.setattr(QMessageBox, "question", self._question)

    def _recorder(self, kind: str) -> Callable[..., Any]:
        def record(parent: Any, title: str, text: str, *args: Any, **kwargs: Any) -> Any:
            self.said.append((kind, title, text))
            return QMessageBox.StandardButton.Ok

        return record

    def _question(self, parent: Any, title: str, text: str, *args: Any, **kwargs: Any) -> Any:
        self.said.append(("question", title, text))
        return self.answer

    def kinds(self) -> list[str]:
        return [kind for kind, _title, _text in self.said]

    def last(self, kind: str) -> str:
        return [text for k, _title, text in self.said if k == kind][-1]


@pytest.fixture
def messages(monkeypatch: pytest.MonkeyPatch) -> Messages:
    return Messages(monkeypatch)


@pytest.fixture
def files(monkeypatch: pytest.MonkeyPatch) -> dict[str, Any]:
    """QFileDialog patched: set "folder", "open" or "save"; the proposed paths are kept."""
    chosen: dict[str, Any] = {"folder": "", "open": "", "save": "", "proposed": []}

    def folder(*args: Any, **kwargs: Any) -> str:
        return str(chosen["folder"])

    def open_name(*args: Any, **kwargs: Any) -> tuple[str, str]:
        return str(chosen["open"]), ""

    def save_name(parent: Any, caption: str, proposed: str, *args: Any, **kwargs: Any) -> Any:
        chosen["proposed"].append(proposed)
        return str(chosen["save"]), ""

    monkeypatch.setattr(QFileDialog, "getExistingDirectory", folder)
    monkeypatch.setattr(QFileDialog, "getOpenFileName", open_name)
    monkeypatch.setattr(QFileDialog, "getSaveFileName", save_name)
    return chosen


def trigger(qtbot: QtBot, window: MainWindow, name: str) -> None:
    action = window.findChild(QAction, name)
    assert action is not None, name
    action.trigger()
    qtbot.waitUntil(lambda: not window.data_actions.busy, timeout=WAIT_MS)


def document_count(db: Database) -> int:
    with db.session() as session:
        return (
            session.scalar(select(func.count(Document.id)).where(Document.deleted_at.is_(None)))
            or 0
        )


def shown_documents(qtbot: QtBot, window: MainWindow, expected: int) -> None:
    window.show_section("documents")
    page = window.pages["documents"]
    qtbot.waitUntil(lambda: page.model.rowCount() == expected, timeout=WAIT_MS)  # type: ignore[attr-defined]


def file_sha(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


@pytest.fixture
def backup_of_demo(
    qtbot: QtBot, make_window, gui_demo_db: Database, messages: Messages, files, tmp_path: Path
) -> tuple[MainWindow, Path]:
    window = make_window(gui_demo_db)
    usb = tmp_path / "usb"
    usb.mkdir()
    files["folder"] = usb
    trigger(qtbot, window, "backupAction")
    written = list(usb.glob(f"*{SUFFIX}"))
    assert len(written) == 1
    return window, written[0]


# --- the menu ---------------------------------------------------------------------------------


def test_file_menu_lists_the_data_actions(make_window, gui_demo_db: Database) -> None:
    window = make_window(gui_demo_db)
    file_menu = window.menuBar().actions()[0].menu()
    labels = [a.text() for a in file_menu.actions()]
    for label in (
        "Sao lưu…",
        "Khôi phục…",
        "Kiểm tra dữ liệu",
        "Xuất Excel năm đang xem…",
        "Tải mẫu nhập Excel…",
        "Nhập từ Excel…",
    ):
        assert label in labels


# --- backup and restore ---------------------------------------------------------------------


def test_backup_writes_a_verified_file_and_says_where(
    backup_of_demo: tuple[MainWindow, Path], messages: Messages
) -> None:
    _window, path = backup_of_demo
    info = describe_backup(path)  # verifies every member
    assert info.verified and info.counts.get("documents", 0) > 0
    assert messages.kinds() == ["information"]
    assert str(path) in messages.last("information")


def test_cancelled_folder_choice_does_nothing(
    qtbot: QtBot, make_window, gui_demo_db: Database, messages: Messages, files
) -> None:
    window = make_window(gui_demo_db)
    trigger(qtbot, window, "backupAction")
    assert messages.said == []


def test_restore_brings_back_a_deleted_record(
    qtbot: QtBot, backup_of_demo: tuple[MainWindow, Path], messages: Messages, files
) -> None:
    window, backup = backup_of_demo
    db_path = window.db.path
    assert db_path is not None
    shown_documents(qtbot, window, DEMO_DOCUMENTS)
    first = window.pages["documents"].model.id_at(0)  # type: ignore[attr-defined]
    with window.db.session() as session:
        records.trash(session, Document, [first])
    window.broadcast_change("documents")
    shown_documents(qtbot, window, DEMO_DOCUMENTS - 1)
    before = document_count(window.db)

    files["open"] = backup
    trigger(qtbot, window, "restoreAction")

    kinds = messages.kinds()
    assert kinds[-2:] == ["question", "information"], messages.said
    question = [text for kind, _t, text in messages.said if kind == "question"][-1]
    assert "Đơn vị:" in question and "Thời điểm sao lưu:" in question
    assert window.db.path == db_path
    assert document_count(window.db) == before + 1
    shown_documents(qtbot, window, DEMO_DOCUMENTS)
    # The data replaced was backed up first, in the automatic backups folder.
    assert any("truoc-khoi-phuc" in p.name for p in backups_dir(db_path).iterdir())


def test_restore_declined_changes_nothing(
    qtbot: QtBot, backup_of_demo: tuple[MainWindow, Path], messages: Messages, files
) -> None:
    window, backup = backup_of_demo
    db = window.db
    messages.answer = QMessageBox.StandardButton.No
    files["open"] = backup
    trigger(qtbot, window, "restoreAction")
    assert window.db is db
    assert messages.kinds()[-1] == "question"


def test_restore_of_a_damaged_file_shows_why_and_changes_nothing(
    qtbot: QtBot, backup_of_demo: tuple[MainWindow, Path], messages: Messages, files, tmp_path
) -> None:
    window, backup = backup_of_demo
    db = window.db
    assert db.path is not None
    damaged = tmp_path / f"hong{SUFFIX}"
    data = backup.read_bytes()
    damaged.write_bytes(data[: len(data) // 2])
    foreign = tmp_path / f"la{SUFFIX}"
    foreign.write_text("không phải bản sao lưu", encoding="utf-8")
    sha_before, count_before = file_sha(db.path), document_count(db)
    for bad in (damaged, foreign):
        messages.said.clear()
        files["open"] = bad
        trigger(qtbot, window, "restoreAction")
        assert messages.kinds() == ["warning"], messages.said
        assert "không" in messages.last("warning").lower()
        assert window.db is db
    assert file_sha(db.path) == sha_before
    assert document_count(db) == count_before
    shown_documents(qtbot, window, DEMO_DOCUMENTS)


# --- check ------------------------------------------------------------------------------------


def test_check_finds_no_problem_in_the_demo(
    qtbot: QtBot, make_window, gui_demo_db: Database, messages: Messages
) -> None:
    window = make_window(gui_demo_db)
    trigger(qtbot, window, "checkAction")
    assert messages.kinds() == ["information"], messages.said
    assert "Không phát hiện vấn đề nào" in messages.last("information")


# --- Excel ------------------------------------------------------------------------------------


def test_export_writes_a_sheet_per_kind(
    qtbot: QtBot, make_window, gui_demo_db: Database, messages: Messages, files, tmp_path
) -> None:
    window = make_window(gui_demo_db)
    assert window.year == DEMO_YEAR
    files["save"] = tmp_path / "xuat"  # the extension is added
    trigger(qtbot, window, "exportYearAction")
    assert Path(files["proposed"][-1]).name == export_file_name(DEMO_YEAR)
    assert export_file_name(DEMO_YEAR) == "Số liệu TTĐN năm 2020.xlsx"
    written = tmp_path / "xuat.xlsx"
    workbook = openpyxl.load_workbook(written, read_only=True)
    try:
        assert {s.name for s in RECORD_SHEETS.values()} <= set(workbook.sheetnames)
    finally:
        workbook.close()
    assert messages.kinds() == ["information"]
    assert str(written) in messages.last("information")


def test_template_is_written(
    qtbot: QtBot, make_window, gui_demo_db: Database, messages: Messages, files, tmp_path
) -> None:
    window = make_window(gui_demo_db)
    files["save"] = tmp_path / "mau.xlsx"
    trigger(qtbot, window, "templateAction")
    assert (tmp_path / "mau.xlsx").is_file()
    assert messages.kinds() == ["information"]


@pytest.fixture
def unit_only_db(gui_demo_db: Database, tmp_path: Path):  # type: ignore[no-untyped-def]
    """A database with the demo's own unit and no records."""
    with gui_demo_db.session() as session:
        name, profile = own_unit(session).name, own_profile(session)  # type: ignore[union-attr]
    database = open_database(tmp_path / "unit-only.sqlite")
    with database.session() as session:
        set_own_unit(session, name, profile)  # type: ignore[arg-type]
    yield database
    database.close()


@pytest.fixture
def demo_workbook(gui_demo_db: Database, tmp_path: Path) -> Path:
    path = tmp_path / "demo-2020.xlsx"
    with gui_demo_db.session() as session:
        export_year(session, DEMO_YEAR, path)
    return path


def counts(db: Database) -> tuple[int, int, int]:
    with db.session() as session:
        return (
            session.scalar(select(func.count(Document.id))) or 0,
            session.scalar(select(func.count(Activity.id))) or 0,
            session.scalar(select(func.count(PressItem.id))) or 0,
        )


def open_preview(
    qtbot: QtBot, window: MainWindow, files: dict[str, Any], workbook: Path
) -> ImportPreviewDialog:
    files["open"] = workbook
    trigger(qtbot, window, "importAction")
    dialog = window.data_actions.preview_dialog
    assert dialog is not None and dialog.isVisible()
    return dialog


def test_import_of_an_exported_workbook_previews_then_imports(
    qtbot: QtBot, make_window, unit_only_db: Database, demo_workbook: Path, messages, files
) -> None:
    window = make_window(unit_only_db)
    dialog = open_preview(qtbot, window, files, demo_workbook)
    assert counts(unit_only_db) == (0, 0, 0)  # the preview writes nothing
    summary = dialog.summary.text()
    assert "Văn bản: 33 dòng hợp lệ" in summary
    assert "13 chủ đề mới" in summary
    assert dialog.problems.rowCount() == 0
    assert dialog.import_button.isEnabled()

    dialog.import_button.click()
    qtbot.waitUntil(lambda: not window.data_actions.busy, timeout=WAIT_MS)
    assert counts(unit_only_db) == (33, 25, 53)
    assert messages.kinds() == ["information"], messages.said
    assert "Đã nhập 111 bản ghi" in messages.last("information")
    assert unit_only_db.path is not None
    assert any("truoc-nhap" in p.name for p in backups_dir(unit_only_db.path).iterdir())
    window.set_year(DEMO_YEAR)
    shown_documents(qtbot, window, DEMO_DOCUMENTS)


def test_import_cancelled_in_the_preview_changes_nothing(
    qtbot: QtBot, make_window, unit_only_db: Database, demo_workbook: Path, messages, files
) -> None:
    window = make_window(unit_only_db)
    dialog = open_preview(qtbot, window, files, demo_workbook)
    dialog.cancel_button.click()
    qtbot.waitUntil(lambda: window.data_actions.preview_dialog is None, timeout=WAIT_MS)
    assert not window.data_actions.busy
    assert counts(unit_only_db) == (0, 0, 0)
    assert messages.said == []


def test_import_preview_lists_the_problems(
    qtbot: QtBot, make_window, unit_only_db: Database, demo_workbook: Path, messages, files
) -> None:
    workbook = openpyxl.load_workbook(demo_workbook)
    sheet = workbook[RECORD_SHEETS["documents"].name]
    headers = [c.value for c in sheet[3]]
    date_column = next(i for i, h in enumerate(headers, start=1) if h and "Ngày" in str(h))
    sheet.cell(row=4, column=date_column, value="không phải ngày")
    workbook.save(demo_workbook)
    window = make_window(unit_only_db)
    dialog = open_preview(qtbot, window, files, demo_workbook)
    assert dialog.problems.rowCount() >= 1
    assert dialog.problems.item(0, 0).text() == RECORD_SHEETS["documents"].name
    assert dialog.problems.item(0, 1).text() == "4"


def test_import_of_a_file_that_is_not_a_workbook_says_why(
    qtbot: QtBot, make_window, unit_only_db: Database, messages, files, tmp_path
) -> None:
    bad = tmp_path / "sai.xlsx"
    bad.write_text("không phải Excel", encoding="utf-8")
    window = make_window(unit_only_db)
    files["open"] = bad
    trigger(qtbot, window, "importAction")
    assert window.data_actions.preview_dialog is None
    assert messages.kinds() == ["warning"], messages.said


def test_a_cancelled_job_reports_nothing_done(qtbot: QtBot) -> None:
    def work(progress: Callable[[int, int], None]) -> str:
        progress(1, 2)
        return "xong"

    job = DataJob(work)
    job.cancel()
    with qtbot.waitSignal(job.signals.failed) as failed:
        job.run()
    assert failed.args == [""]


def test_restore_waits_for_running_work(
    qtbot: QtBot, make_window, gui_demo_db: Database, messages: Messages, files
) -> None:
    window = make_window(gui_demo_db)
    window.data_actions.jobs.append(DataJob(lambda _progress: None))  # as if a backup ran
    try:
        assert window.data_actions.restore() is None
    finally:
        window.data_actions.jobs.clear()
    assert messages.kinds() == ["warning"]
    assert window.db is gui_demo_db
