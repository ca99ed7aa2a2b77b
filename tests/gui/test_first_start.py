"""The welcome on an empty database, and the unit profile dialog."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QDialog, QLabel
from pytestqt.qtbot import QtBot
from sqlalchemy import func, select

from ttdn_desktop.core.database import Database
from ttdn_desktop.core.models import Topic
from ttdn_desktop.core.starter import STARTER_TOPICS
from ttdn_desktop.core.units import own_profile
from ttdn_desktop.gui.first_start import FirstStartChoice, FirstStartDialog
from ttdn_desktop.gui.pages import records as records_page
from ttdn_desktop.gui.pages.settings import SettingsPage
from ttdn_desktop.gui.profile_dialog import UnitProfileDialog

VALID = {
    "parent_body": "UBND TỈNH BẮC KẠN",
    "body_name": "SỞ THÔNG TIN VÀ TRUYỀN THÔNG",
    "abbreviation": "STTTT",
    "place_name": "Bắc Kạn",
    "signer_authority": "KT. GIÁM ĐỐC",
    "signer_title": "PHÓ GIÁM ĐỐC",
    "signer_name": "Đinh Văn Bình",
}


@pytest.fixture
def welcome_calls(monkeypatch: pytest.MonkeyPatch) -> list[FirstStartDialog]:
    """Record the welcome dialogs instead of running them modally (a test must never block)."""
    calls: list[FirstStartDialog] = []

    def fake_exec(dialog: FirstStartDialog) -> int:
        calls.append(dialog)
        return QDialog.DialogCode.Rejected.value

    monkeypatch.setattr(FirstStartDialog, "exec", fake_exec)
    return calls


def test_welcome_on_empty_database(make_window, empty_db: Database, welcome_calls) -> None:
    window = make_window(empty_db)
    assert window.offer_first_start() is True
    assert len(welcome_calls) == 1
    form = welcome_calls[0].form
    assert form.ownUnitButton.text() == "Bắt đầu với đơn vị của tôi"
    assert form.demoButton.text() == "Xem dữ liệu mẫu năm 2020"


def test_no_welcome_on_demo(make_window, gui_demo_db: Database, welcome_calls) -> None:
    window = make_window(gui_demo_db)
    assert window.offer_first_start() is False
    assert welcome_calls == []


def test_welcome_own_unit_path_opens_profile(
    make_window, empty_db: Database, monkeypatch: pytest.MonkeyPatch
) -> None:
    opened: list[UnitProfileDialog] = []

    def choose_own_unit(dialog: FirstStartDialog) -> int:
        dialog.form.ownUnitButton.click()
        return dialog.result()

    def fill_profile(dialog: UnitProfileDialog) -> int:
        opened.append(dialog)
        dialog.line_edit("name").setText("Sở Thông tin và Truyền thông tỉnh Bắc Kạn")
        for field, value in VALID.items():
            dialog.line_edit(field).setText(value)
        dialog.save()
        return dialog.result()

    monkeypatch.setattr(FirstStartDialog, "exec", choose_own_unit)
    monkeypatch.setattr(UnitProfileDialog, "exec", fill_profile)
    window = make_window(empty_db)
    window.offer_first_start()
    assert len(opened) == 1
    overview = window.pages["overview"]
    assert overview.unit_label.text() == "Sở Thông tin và Truyền thông tỉnh Bắc Kạn"
    settings = window.pages["settings"]
    assert isinstance(settings, SettingsPage)
    assert settings.field_text("body_name") == "SỞ THÔNG TIN VÀ TRUYỀN THÔNG"
    assert window.offer_first_start() is False


def test_welcome_demo_path_switches_to_demo(
    make_window, empty_db: Database, monkeypatch: pytest.MonkeyPatch, gui_demo_db: Database
) -> None:
    from ttdn_desktop.core.paths import demo_db_path

    monkeypatch.setattr(FirstStartDialog, "exec", lambda d: d.form.demoButton.click() or d.result())
    window = make_window(empty_db)
    window.offer_first_start()
    assert window.db.path == demo_db_path()
    assert window.is_demo and window.demo_banner.isVisible()
    assert window.pages["overview"].value_labels["guidance_documents"].text() == "24"
    window.db.close()


def test_profile_refuses_empty_body_name(qtbot: QtBot, empty_db: Database, type_text) -> None:
    dialog = UnitProfileDialog(empty_db)
    qtbot.addWidget(dialog)
    dialog.show()
    type_text(dialog.line_edit("name"), "Sở Thông tin và Truyền thông tỉnh Bắc Kạn")
    assert dialog.line_edit("name").text() == "Sở Thông tin và Truyền thông tỉnh Bắc Kạn"
    for field, value in VALID.items():
        if field != "body_name":
            dialog.line_edit(field).setText(value)
    dialog.form.buttonBox.accepted.emit()

    assert dialog.result() != QDialog.DialogCode.Accepted.value
    assert dialog.error_text("body_name") == "Chưa nhập “Tên cơ quan in ở tiêu đề”."
    assert dialog.form.bodyNameError.isVisible()
    assert not dialog.form.parentBodyError.isVisible()
    with empty_db.session() as session:
        assert own_profile(session) is None


def test_profile_saves_valid_unit(qtbot: QtBot, empty_db: Database, type_text) -> None:
    dialog = UnitProfileDialog(empty_db)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.line_edit("name").setText("Sở Thông tin và Truyền thông tỉnh Bắc Kạn")
    for field, value in VALID.items():
        if field != "body_name":
            dialog.line_edit(field).setText(value)
    dialog.save()
    assert dialog.form.bodyNameError.isVisible()

    type_text(dialog.line_edit("body_name"), "SỞ THÔNG TIN VÀ TRUYỀN THÔNG")
    # The message goes as the field is filled, before the next Lưu.
    assert not dialog.form.bodyNameError.isVisible()
    dialog.list_edit("recipients").setPlainText(
        "Bộ Thông tin và Truyền thông;\n\nUBND tỉnh Bắc Kạn."
    )
    dialog.list_edit("distribution").setPlainText("- Như trên;\n- Lưu: VT, TTBCXB.")
    dialog.save()

    assert dialog.result() == QDialog.DialogCode.Accepted.value
    assert not dialog.form.bodyNameError.isVisible()
    with empty_db.session() as session:
        profile = own_profile(session)
    assert profile is not None
    assert profile.body_name == "SỞ THÔNG TIN VÀ TRUYỀN THÔNG"
    assert profile.signer_name == "Đinh Văn Bình"
    assert profile.recipients == ["Bộ Thông tin và Truyền thông;", "UBND tỉnh Bắc Kạn."]
    assert profile.distribution == ["- Như trên;", "- Lưu: VT, TTBCXB."]

    again = UnitProfileDialog(empty_db)
    qtbot.addWidget(again)
    assert again.line_edit("body_name").text() == "SỞ THÔNG TIN VÀ TRUYỀN THÔNG"
    assert again.list_edit("recipients").toPlainText() == (
        "Bộ Thông tin và Truyền thông;\nUBND tỉnh Bắc Kạn."
    )


def test_profile_refuses_empty_unit_name(qtbot: QtBot, empty_db: Database) -> None:
    dialog = UnitProfileDialog(empty_db)
    qtbot.addWidget(dialog)
    dialog.show()
    for field, value in VALID.items():
        dialog.line_edit(field).setText(value)
    dialog.save()
    assert dialog.error_text("name") == "Chưa nhập “Tên đầy đủ của đơn vị”."
    with empty_db.session() as session:
        assert own_profile(session) is None


def test_choice_enum_values() -> None:
    assert {c.value for c in FirstStartChoice} == {"own_unit", "demo"}


def test_own_unit_path_lands_on_the_plan_with_add_focused(
    make_window, empty_db: Database, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Bắt đầu với đơn vị của tôi: the profile, then Kế hoạch & văn bản, ready to add the plan."""

    def fill_profile(dialog: UnitProfileDialog) -> int:
        dialog.line_edit("name").setText("Sở Thông tin và Truyền thông tỉnh Bắc Kạn")
        for field, value in VALID.items():
            dialog.line_edit(field).setText(value)
        dialog.save()
        return dialog.result()

    monkeypatch.setattr(FirstStartDialog, "exec", lambda d: d.form.ownUnitButton.click() or 1)
    monkeypatch.setattr(UnitProfileDialog, "exec", fill_profile)
    window = make_window(empty_db)
    window.offer_first_start()
    assert window.current_section() == "documents"
    # Topics and central outlets to pick from in the first records.
    with empty_db.session() as session:
        assert session.scalar(select(func.count()).select_from(Topic)) == len(STARTER_TOPICS)
    records = window.pages["documents"].records
    plan_button = records.empty_plan_button
    assert plan_button is not None and plan_button.isVisible()
    assert plan_button.text() == f"Thêm kế hoạch TTĐN năm {window.year}"
    assert window.focusWidget() is plan_button
    # The button opens the editor already set to Kế hoạch (its targets tab shown).
    opened: list[object] = []
    monkeypatch.setattr(
        records_page, "open_editor", lambda *a, **k: opened.append(k.get("initial"))
    )
    plan_button.click()
    assert len(opened) == 1 and getattr(opened[0], "kind", None) == "plan"


def test_own_unit_path_cancelled_profile_stays_put(
    make_window, empty_db: Database, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(FirstStartDialog, "exec", lambda d: d.form.ownUnitButton.click() or 1)
    monkeypatch.setattr(UnitProfileDialog, "exec", lambda d: QDialog.DialogCode.Rejected.value)
    window = make_window(empty_db)
    window.offer_first_start()
    assert window.current_section() == "overview"


def test_demo_path_has_a_way_back_to_the_real_data(
    make_window, empty_db: Database, monkeypatch: pytest.MonkeyPatch, welcome_calls
) -> None:
    from ttdn_desktop.core.paths import default_db_path, demo_db_path

    window = make_window(empty_db)
    window.home_target = str(default_db_path())
    window.open_demo()
    assert window.db.path == demo_db_path()
    assert window.demo_banner.isVisible()
    assert "dữ liệu mẫu" in window.findChild(QLabel, "demoBannerText").text()
    window.home_button.click()
    assert window.db.path == default_db_path()
    assert not window.is_demo and not window.demo_banner.isVisible()
    assert len(welcome_calls) == 1  # the real database has no unit yet: welcomed again
    window.db.close()


@pytest.mark.parametrize(
    "section",
    ["documents", "guidance", "press_events", "press_items", "exhibitions", "media", "trainings"],
)
def test_empty_pages_say_what_belongs_there_and_offer_add(
    make_window, empty_db: Database, section: str
) -> None:
    window = make_window(empty_db)
    window.show_section(section)
    records = window.pages[section].records
    assert records.empty_state.isVisible()
    assert records.empty_text.text() == window.pages[section].description
    assert records.empty_text.isVisible()
    assert records.empty_add_button.isVisible()
    assert records.empty_add_button.text().startswith("Thêm ")
