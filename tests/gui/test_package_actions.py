"""Tệp › Xuất gói dữ liệu / Nhận gói dữ liệu, and the unit choice of the Báo cáo page."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QFileDialog, QMessageBox
from pytestqt.qtbot import QtBot
from sqlalchemy import func, select

from ttdn_desktop.core.database import Database
from ttdn_desktop.core.models import Activity, Organization, ReceivedPackage
from ttdn_desktop.core.periods import Period
from ttdn_desktop.core.scope import ALL_UNITS, OWN_UNIT, UnitScope
from ttdn_desktop.core.units import ProfileData, set_own_unit
from ttdn_desktop.gui.main_window import MainWindow
from ttdn_desktop.gui.package_actions import ExportChoice, PackageActions, PackageExportDialog
from ttdn_desktop.gui.pages.reports import ReportsPage

WAIT_MS = 30_000
SENDER = "Sở Thông tin và Truyền thông tỉnh Bắc Kạn"


class Dialogs:
    """QMessageBox and QFileDialog patched: what was said, Yes to questions, chosen files."""

    def __init__(self, monkeypatch: pytest.MonkeyPatch) -> None:
        self.said: list[tuple[str, str, str]] = []
        self.open_path = ""
        self.save_path = ""
        self.proposed: list[str] = []
        for kind in ("information", "warning", "critical"):
            monkeypatch.setattr(QMessageBox, kind, self._recorder(kind))
        monkeypatch.setattr(QMessageBox, "question", self._recorder("question"))
        monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (self.open_path, ""))
        monkeypatch.setattr(QFileDialog, "getSaveFileName", self._save)

    def _recorder(self, kind: str) -> Callable[..., Any]:
        def record(parent: Any, title: str, text: str, *args: Any, **kwargs: Any) -> Any:
            self.said.append((kind, title, text))
            return QMessageBox.StandardButton.Yes

        return record

    def _save(self, parent: Any, caption: str, proposed: str, *args: Any, **kwargs: Any) -> Any:
        self.proposed.append(proposed)
        return self.save_path, ""

    def last(self, kind: str) -> str:
        return [text for k, _title, text in self.said if k == kind][-1]

    def kinds(self) -> list[str]:
        return [k for k, _title, _text in self.said]


@pytest.fixture
def dialogs(monkeypatch: pytest.MonkeyPatch) -> Dialogs:
    return Dialogs(monkeypatch)


def trigger(qtbot: QtBot, window: MainWindow, name: str) -> None:
    action = window.findChild(QAction, name)
    assert action is not None, name
    action.trigger()
    qtbot.waitUntil(lambda: not window.data_actions.busy, timeout=WAIT_MS)


@pytest.fixture
def receiver(empty_db: Database) -> Database:
    with empty_db.session() as session:
        set_own_unit(
            session,
            "Ủy ban nhân dân tỉnh Bắc Kạn",
            ProfileData("TỈNH BẮC KẠN", "ỦY BAN NHÂN DÂN", "UBND", "Bắc Kạn"),
        )
    return empty_db


def test_the_export_dialog_offers_the_periods(qtbot: QtBot) -> None:
    dialog = PackageExportDialog(2020)
    qtbot.addWidget(dialog)
    assert dialog.choice().period == Period.year(2020)
    dialog.kind.setCurrentIndex(dialog.kind.findData("quarter"))
    dialog.quarter.setCurrentIndex(dialog.quarter.findData(3))
    dialog.cutoff.setChecked(True)
    assert dialog.choice().period == Period.quarter(2020, 3, cutoff=True)
    assert "15/06/2020" in dialog.range_label.text()


def test_send_then_receive_then_report_per_unit(
    qtbot: QtBot,
    make_window: Callable[[Database], MainWindow],
    gui_demo_db: Database,
    receiver: Database,
    dialogs: Dialogs,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    # The unit below exports its year.
    monkeypatch.setattr(
        PackageActions,
        "ask_export_choice",
        lambda self: ExportChoice(Period.year(2020, cutoff=True), False),
    )
    sender = make_window(gui_demo_db)
    package = tmp_path / "goi"
    dialogs.save_path = str(package)
    trigger(qtbot, sender, "exportPackageAction")
    assert Path(dialogs.proposed[-1]).name == "Gói dữ liệu TTĐN Sở TTTT năm 2020.ttdn"
    package = package.with_name("goi.ttdn")  # the suffix is added
    assert package.is_file(), dialogs.said
    assert "Đã xuất gói dữ liệu năm 2020" in dialogs.last("information")
    assert "Hoạt động: 25" in dialogs.last("information")

    # The level above: no other unit yet, so no unit choice on the Báo cáo page.
    window = make_window(receiver)
    window.show_section("reports")
    page = window.pages["reports"]
    assert isinstance(page, ReportsPage)
    assert not page.options.unit_choice.isVisible()
    assert page.options.scope() == OWN_UNIT

    dialogs.open_path = str(package)
    trigger(qtbot, window, "receivePackageAction")
    question = dialogs.last("question")
    assert "mọi mã kiểm tra đều đúng" in question
    assert f"Đơn vị gửi: {SENDER}" in question and "Hoạt động: 25" in question
    assert "từ ngày 15/12/2019 đến ngày 14/12/2020" in question
    assert "Chưa nhận gói nào" in question
    assert "Đã nhận gói dữ liệu năm 2020" in dialogs.last("information")
    assert "sao lưu tại" in dialogs.last("information")
    with receiver.session() as session:
        unit_id = session.scalar(select(Organization.id).where(Organization.name == SENDER))
        assert session.scalar(select(func.count()).where(Activity.unit_id == unit_id)) == 25

    # The page now offers the unit, and the sum of all.
    qtbot.waitUntil(lambda: page.options.unit_choice.isVisible(), timeout=WAIT_MS)
    choice = page.options.unit_choice
    assert [choice.itemText(i) for i in range(choice.count())] == [
        "Đơn vị mình",
        SENDER,
        "Tổng hợp tất cả đơn vị",
    ]
    choice.setCurrentIndex(1)
    request = page.options.request()
    assert request is not None and request.options.scope == UnitScope(unit_id=unit_id)
    choice.setCurrentIndex(2)
    request = page.options.request()
    assert request is not None and request.options.scope == ALL_UNITS

    # The lists keep to the own unit (nothing yet) and offer the sending unit's records.
    window.year_selector.setValue(2020)
    window.show_section("trainings")
    trainings = window.pages["trainings"].records
    assert trainings.unit_group is not None and trainings.unit_group.isVisible()
    assert trainings.model.rowCount() == 0
    units = trainings.unit_combo
    assert [units.itemText(i) for i in range(units.count())] == [
        "Đơn vị mình",
        SENDER,
        "Tổng hợp tất cả đơn vị",
    ]
    units.setCurrentIndex(1)
    assert trainings.model.rowCount() == 2
    units.setCurrentIndex(0)
    assert trainings.model.rowCount() == 0

    # Receiving it again says it replaces the earlier one, and does not duplicate.
    trigger(qtbot, window, "receivePackageAction")
    assert "Thay thế gói đã nhận" in dialogs.last("question")
    with receiver.session() as session:
        assert session.scalar(select(func.count()).select_from(ReceivedPackage)) == 1
        assert session.scalar(select(func.count()).select_from(Activity)) == 25


def test_a_bad_package_is_refused_and_nothing_changes(
    qtbot: QtBot,
    make_window: Callable[[Database], MainWindow],
    receiver: Database,
    dialogs: Dialogs,
    tmp_path: Path,
) -> None:
    bad = tmp_path / "hong.ttdn"
    bad.write_bytes(b"PK\x03\x04 not really a zip")
    window = make_window(receiver)
    dialogs.open_path = str(bad)
    trigger(qtbot, window, "receivePackageAction")
    assert dialogs.kinds() == ["warning"]
    assert "Không nhận được gói dữ liệu “hong.ttdn”" in dialogs.last("warning")
    with receiver.session() as session:
        assert session.scalar(select(func.count()).select_from(Organization)) == 1
