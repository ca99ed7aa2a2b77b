"""The services behind Cài đặt: profile checks, report numbers, reminders and backup settings."""

from __future__ import annotations

from datetime import date, datetime, timedelta
from pathlib import Path

import pytest

from ttdn_desktop.core import backup, overview
from ttdn_desktop.core.database import Database
from ttdn_desktop.core.errors import ValidationError, ValidationErrors
from ttdn_desktop.core.issued import (
    leading_number,
    next_report_number,
    set_next_report_number,
)
from ttdn_desktop.core.models import Organization
from ttdn_desktop.core.units import ProfileData, own_unit, set_own_unit


def test_profile_reports_every_missing_field_with_its_label(db: Database) -> None:
    with pytest.raises(ValidationErrors) as caught, db.session() as session:
        set_own_unit(session, " ", ProfileData("", "SỞ X", "", "X"))
    assert caught.value.by_field() == {
        "name": "Chưa nhập “Tên đầy đủ của đơn vị”.",
        "parent_body": "Chưa nhập “Cơ quan chủ quản”.",
        "abbreviation": "Chưa nhập “Chữ viết tắt”.",
    }
    with db.session() as session:
        assert own_unit(session) is None


def test_next_number_reads_numbers_with_their_symbol(demo_db: Database) -> None:
    assert leading_number("651/BC-STTTT") == 651
    assert leading_number(" 12") == 12
    assert leading_number("BC-STTTT") is None
    with demo_db.session() as session:
        assert next_report_number(session) == 652


def test_next_number_setting_refuses_a_number_used_this_year(demo_db: Database) -> None:
    with demo_db.session() as session:
        with pytest.raises(ValidationError, match="lớn hơn 651"):
            set_next_report_number(session, 600, today=date(2020, 12, 30))
        with pytest.raises(ValidationError, match="từ 1"):
            set_next_report_number(session, 0)
        # A new year starts again from 1 (Nghị định 30/2020).
        set_next_report_number(session, 1, today=date(2021, 1, 4))
    with demo_db.session() as session:
        assert next_report_number(session) == 1


def test_reminders_can_be_turned_off_and_look_further_ahead(db: Database) -> None:
    today = date(2026, 11, 26)
    with db.session() as session:
        assert overview.reminder_settings(session) == overview.ReminderSettings(True, 7)
        # The annual report is due on 15/12: 19 days away, outside the default 7 days.
        assert not any(r.key.startswith("report:") for r in overview.reminders(session, today))
        overview.set_reminder_settings(session, overview.ReminderSettings(True, 30))
    with db.session() as session:
        assert any(r.key.startswith("report:annual") for r in overview.reminders(session, today))
        with pytest.raises(ValidationError, match="Nhắc trước"):
            overview.set_reminder_settings(session, overview.ReminderSettings(True, 0))
        overview.set_reminder_settings(session, overview.ReminderSettings(False, 30))
    with db.session() as session:
        assert overview.reminders(session, today) == []


def test_nothing_is_reminded_from_before_the_unit_was_declared(db: Database) -> None:
    with db.session() as session:
        set_own_unit(session, "Sở Thử", ProfileData("UBND TỈNH THỬ", "SỞ THỬ", "ST", "Thử"))
    today = date.today()
    with db.session() as session:
        keys = [r.key for r in overview.reminders(session, today)]
    last_month = (today.replace(day=1) - timedelta(days=1)).strftime("%Y-%m")
    assert f"guidance:{last_month}" not in keys  # the database did not exist last month
    with db.session() as session:
        unit = session.get(Organization, own_unit(session).id)  # type: ignore[union-attr]
        unit.created_at = datetime.combine(today - timedelta(days=400), datetime.min.time())
    with db.session() as session:
        keys = [r.key for r in overview.reminders(session, today)]
    assert f"guidance:{last_month}" in keys


@pytest.mark.sqlite_only("backups copy the SQLite file")
def test_backup_folder_and_tiers_are_applied(db: Database, tmp_path: Path) -> None:
    folder = tmp_path / "USB" / "sao lưu"
    with db.session() as session:
        backup.set_folder(session, str(folder))
        backup.save_policy(session, backup.RetentionPolicy(daily=2, weekly=0, monthly=0, last=1))
    assert backup.auto_backups_dir(db) == folder
    made = [backup.backup_now(db, "daily", now=datetime(2026, 11, day, 9)) for day in (20, 21, 22)]
    assert all(path.parent == folder for path in made)
    assert sorted(p.name for p in folder.glob("*.ttdnbak")) == sorted(p.name for p in made[1:])
    with db.session() as session, pytest.raises(ValidationError, match="Thư mục sao lưu"):
        backup.set_folder(session, "tuong-doi")
    with db.session() as session, pytest.raises(ValueError):
        backup.save_policy(session, backup.RetentionPolicy(daily=0))
    with db.session() as session:
        backup.set_folder(session, "")
    assert backup.auto_backups_dir(db) == backup.backups_dir(db.path)


def test_a_past_year_shows_its_own_report_deadlines(demo_db: Database) -> None:
    """The demo's 2020 overview speaks of the 2020 reports, not of today's."""
    with demo_db.session() as session:
        data = overview.year_overview(session, 2020, today=date(2026, 11, 26))
    found = {d.kind: d for d in data.deadlines}
    assert found["first_half"].title == "Báo cáo 6 tháng đầu năm 2020"
    assert found["first_half"].issued  # "651/BC-STTTT" of 15/06/2020
    assert found["annual"].due == date(2020, 12, 15)
    with demo_db.session() as session:
        current = overview.year_overview(session, 2026, today=date(2026, 11, 26))
    assert all(d.due >= date(2026, 11, 26) for d in current.deadlines)


@pytest.mark.sqlite_only("backups copy the SQLite file")
def test_command_line_finds_the_chosen_backup_folder(db: Database, tmp_path: Path) -> None:
    assert db.path is not None
    assert backup.backups_dir_of_file(db.path) == backup.backups_dir(db.path)
    folder = tmp_path / "khac"
    with db.session() as session:
        backup.set_folder(session, str(folder))
    assert backup.backups_dir_of_file(db.path) == folder
