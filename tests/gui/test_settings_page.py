"""Cài đặt: every group applies at once, survives a restart, and refuses bad values in place."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QUrl
from PySide6.QtGui import QDesktopServices

from ttdn_desktop.core import backup
from ttdn_desktop.core.database import Database, open_database
from ttdn_desktop.core.overview import reminder_settings
from ttdn_desktop.core.units import own_profile, own_unit
from ttdn_desktop.gui.pages.settings import SettingsPage

PROFILE = {
    "name": "Sở Văn hóa, Thể thao và Du lịch tỉnh Thái Nguyên",
    "parent_body": "UBND TỈNH THÁI NGUYÊN",
    "body_name": "SỞ VĂN HÓA, THỂ THAO VÀ DU LỊCH",
    "abbreviation": "SVHTTDL",
    "place_name": "Thái Nguyên",
    "signer_authority": "KT. GIÁM ĐỐC",
    "signer_title": "PHÓ GIÁM ĐỐC",
    "signer_name": "Nguyễn Thị Hòa",
}


def settings_page(window) -> SettingsPage:  # type: ignore[no-untyped-def]
    window.show_section("settings")
    page = window.pages["settings"]
    assert isinstance(page, SettingsPage)
    return page


def test_settings_survive_a_restart(make_window, tmp_path: Path, type_text) -> None:  # type: ignore[no-untyped-def]
    db_path = tmp_path / "that.sqlite"
    db = open_database(db_path)
    window = make_window(db)
    page = settings_page(window)
    for field, value in PROFILE.items():
        type_text(page.line_edits[field], value)
        page.line_edits[field].editingFinished.emit()
    page.list_edits["recipients"].setPlainText("Bộ Văn hóa, Thể thao và Du lịch\nUBND tỉnh")
    page.list_edits["distribution"].setPlainText("Như trên\nLưu: VT, QLVH")
    assert page.apply_profile()
    page.number_edit.setValue(37)
    page.number_edit.editingFinished.emit()
    page.tier_edits["daily"].setValue(10)
    page.tier_edits["monthly"].setValue(24)
    folder = tmp_path / "sao lưu"
    page.backup_folder_edit.setText(str(folder))
    page.backup_folder_edit.editingFinished.emit()
    page.reminder_days.setValue(14)
    page.reminders_enabled.setChecked(False)
    assert "Đã lưu" in page.profile_status.text()
    window.close()
    db.close()

    again_db = open_database(db_path)
    again = make_window(again_db)
    page = settings_page(again)
    for field, value in PROFILE.items():
        assert page.field_text(field) == value
    assert page.field_text("recipients") == "Bộ Văn hóa, Thể thao và Du lịch\nUBND tỉnh"
    assert page.number_edit.value() == 37
    assert page.tier_edits["daily"].value() == 10
    assert page.tier_edits["monthly"].value() == 24
    assert page.backup_folder_edit.text() == str(folder)
    assert not page.reminders_enabled.isChecked()
    assert page.reminder_days.value() == 14
    # Applied, not only shown: the services read the same values.
    assert backup.read_policy(again_db).daily == 10
    assert backup.auto_backups_dir(again_db) == folder
    with again_db.session() as session:
        assert reminder_settings(session).enabled is False
    assert again.reminders.items == []
    assert "tắt" in again.reminders.summary.text()
    assert again.pages["overview"].unit_label.text() == PROFILE["name"]
    again.close()
    again_db.close()


def test_invalid_profile_shows_every_message_and_saves_nothing(
    make_window, gui_demo_db: Database
) -> None:
    window = make_window(gui_demo_db)
    page = settings_page(window)
    for field in ("body_name", "abbreviation", "place_name"):
        page.line_edits[field].clear()
        page.mark_touched(field)
    page.line_edits["signer_name"].setText("Người Khác")
    page.mark_touched("signer_name")
    assert page.apply_profile(show_all=True) is False

    # One message per wrong field at once, quoting the field's own label.
    assert page.profile_error("body_name") == "Chưa nhập “Tên cơ quan in ở tiêu đề”."
    assert page.profile_error("abbreviation") == "Chưa nhập “Chữ viết tắt”."
    assert page.profile_error("place_name") == "Chưa nhập “Địa danh”."
    assert page.profile_errors["body_name"].isVisible()
    assert page.profile_error("parent_body") == ""
    assert not page.profile_errors["parent_body"].isVisible()
    label = page.findChild(type(page.profile_errors["body_name"]), "profileError_body_name")
    assert label is page.profile_errors["body_name"]
    with gui_demo_db.session() as session:
        profile = own_profile(session)
    assert profile is not None
    assert profile.body_name == "SỞ THÔNG TIN VÀ TRUYỀN THÔNG"
    assert profile.signer_name != "Người Khác"

    page.line_edits["body_name"].setText("SỞ THÔNG TIN VÀ TRUYỀN THÔNG")
    page.line_edits["abbreviation"].setText("STTTT")
    page.line_edits["place_name"].setText("Bắc Kạn")
    assert page.apply_profile(show_all=True)
    assert not page.profile_errors["body_name"].isVisible()
    with gui_demo_db.session() as session:
        assert own_profile(session).signer_name == "Người Khác"  # type: ignore[union-attr]


def test_new_unit_form_stays_quiet_until_fields_are_touched(make_window, empty_db) -> None:  # type: ignore[no-untyped-def]
    window = make_window(empty_db)
    page = settings_page(window)
    page.line_edits["name"].setText("Sở Thử")
    page.mark_touched("name")
    assert page.apply_profile() is False
    # Only the edited field could speak, and it is fine: no red on an untouched new form.
    assert all(page.profile_error(field) == "" for field in page.profile_errors)
    assert page.apply_profile(show_all=True) is False
    assert page.profile_error("parent_body") == "Chưa nhập “Cơ quan chủ quản”."
    with empty_db.session() as session:
        assert own_unit(session) is None


def test_bad_backup_folder_is_refused_next_to_the_field(make_window, gui_demo_db) -> None:  # type: ignore[no-untyped-def]
    window = make_window(gui_demo_db)
    page = settings_page(window)
    page.backup_folder_edit.setText("thu-muc-tuong-doi")
    assert page.apply_backup_folder() is False
    assert page.backup_folder_error.isVisible()
    assert "Thư mục sao lưu" in page.backup_folder_error.text()
    with gui_demo_db.session() as session:
        assert backup.chosen_folder(session) is None


def test_next_number_is_proposed_from_reports_already_issued(make_window, gui_demo_db) -> None:  # type: ignore[no-untyped-def]
    window = make_window(gui_demo_db)
    page = settings_page(window)
    # The demo issued "651/BC-STTTT": the number carries its symbol and still counts.
    assert page.number_edit.value() == 652
    assert "651" in page.number_hint.text()


def test_open_data_folder_opens_a_local_file_url(
    make_window, gui_demo_db, monkeypatch: pytest.MonkeyPatch
) -> None:  # type: ignore[no-untyped-def]
    opened: list[QUrl] = []
    monkeypatch.setattr(QDesktopServices, "openUrl", lambda url: opened.append(url) or True)
    window = make_window(gui_demo_db)
    page = settings_page(window)
    page.open_folder_button.click()
    assert len(opened) == 1
    assert opened[0].isLocalFile()
    assert Path(opened[0].toLocalFile()) == gui_demo_db.path.parent  # type: ignore[union-attr]
    assert page.database_label.text() == gui_demo_db.display_name
    assert page.revision_label.text()


def test_lock_group_slot_exists(make_window, empty_db) -> None:  # type: ignore[no-untyped-def]
    page = settings_page(make_window(empty_db))
    assert callable(page._add_lock_group)


def test_a_number_used_this_year_is_refused_next_to_the_field(make_window, gui_demo_db) -> None:  # type: ignore[no-untyped-def]
    from datetime import date

    from ttdn_desktop.core.issued import next_report_number, record_issued
    from ttdn_desktop.core.periods import Period

    today = date.today()
    with gui_demo_db.session() as session:
        record_issued(
            session,
            report_kind="annual",
            number="40/BC-STTTT",
            issued_date=today,
            period=Period.year(today.year),
            title="Báo cáo thử",
            file_path=None,
            header={},
        )
    window = make_window(gui_demo_db)
    page = settings_page(window)
    assert page.number_edit.value() == 652  # one past every number used, the demo's 651 too
    page.number_edit.setValue(40)
    page.number_edit.editingFinished.emit()
    assert page.number_error.isVisible()
    assert page.number_error.text().startswith("“Số báo cáo tiếp theo” phải lớn hơn 40")
    with gui_demo_db.session() as session:
        assert next_report_number(session) == 652
    page.number_edit.setValue(41)
    page.number_edit.editingFinished.emit()
    assert not page.number_error.isVisible()
    with gui_demo_db.session() as session:
        assert next_report_number(session) == 41
