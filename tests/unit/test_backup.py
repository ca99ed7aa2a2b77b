"""Backups: the file format, retention tiers, verification, refusals and an identical restore."""

from __future__ import annotations

import hashlib
import json
import sqlite3
import zipfile
from datetime import date, datetime, timedelta
from pathlib import Path

import pytest
from sqlalchemy import select

from ttdn_desktop.core import backup as bk
from ttdn_desktop.core.attachments import attach, stored_path
from ttdn_desktop.core.backup import (
    BackupError,
    RetentionPolicy,
    backup_now,
    choose_kept,
    create_backup,
    describe_backup,
    policy_from_settings,
    prune_backups,
    restore_backup,
    start_of_day_backup,
)
from ttdn_desktop.core.database import Database, open_database, schema_head
from ttdn_desktop.core.integrity import check_attachments, relink_attachments
from ttdn_desktop.core.models import Activity, Document, Setting

# Backups copy the SQLite file; a PostgreSQL server is backed up with pg_dump (test_postgresql.py).
SQLITE_FILE = pytest.mark.sqlite_only("backups copy the SQLite file")


def dump(path: Path) -> dict[str, list[tuple]]:
    """Every row of every table, sorted: two equal dumps are the same data."""
    conn = sqlite3.connect(path)
    try:
        tables = [
            r[0]
            for r in conn.execute(
                "SELECT name FROM sqlite_master WHERE type='table' AND name NOT LIKE 'sqlite_%'"
            )
        ]
        return {
            t: sorted(conn.execute(f'SELECT * FROM "{t}"').fetchall(), key=repr) for t in tables
        }
    finally:
        conn.close()


@pytest.fixture
def with_files(demo_db: Database, tmp_path: Path) -> list[str]:
    """Two attachments on demo records; returns their hashes."""
    hashes = []
    with demo_db.session() as s:
        activity = s.scalar(select(Activity.id))
        document = s.scalar(select(Document.id))
        for i, (model, owner) in enumerate([(Activity, activity), (Document, document)]):
            source = tmp_path / f"tệp {i}.jpg"
            source.write_bytes(f"ảnh {i} ".encode() * 5000)
            attach(s, model, owner, source)
            hashes.append(hashlib.sha256(source.read_bytes()).hexdigest())
    return hashes


@SQLITE_FILE
def test_backup_holds_manifest_database_and_attachments(
    demo_db: Database, with_files: list[str], tmp_path: Path
) -> None:
    info = create_backup(demo_db, tmp_path / "out" / "sao-luu.ttdnbak")
    with zipfile.ZipFile(info.path) as archive:
        names = set(archive.namelist())
        manifest = json.loads(archive.read("manifest.json"))
        for info_item in archive.infolist():
            assert info_item.compress_type == zipfile.ZIP_DEFLATED
        db_bytes = archive.read("database.sqlite")
    assert names == {"manifest.json", "database.sqlite"} | {
        f"attachments/{h[:2]}/{h}" for h in with_files
    }
    assert manifest["format"] == bk.FORMAT and manifest["format_version"] == 1
    assert manifest["schema_revision"] == schema_head()
    assert manifest["unit_name"] and "Bắc Kạn" in manifest["unit_name"]
    assert manifest["counts"]["attachments"] == 2 and manifest["counts"]["documents"] > 0
    assert manifest["members"]["database.sqlite"]["sha256"] == hashlib.sha256(db_bytes).hexdigest()
    # One self-contained file: a rollback journal, not a WAL database that needs its -wal.
    assert db_bytes[18:20] == b"\x01\x01"
    described = describe_backup(info.path)
    assert described.verified and described.counts == info.counts
    assert described.attachment_hashes == set(with_files)
    assert not list((tmp_path / "out").glob(".*"))  # no partial file left


@SQLITE_FILE
def test_backup_sees_committed_data_in_the_wal(db: Database, tmp_path: Path) -> None:
    with db.session() as s:
        s.add(Setting(key="x", value="trong WAL"))
    info = create_backup(db, tmp_path / "a.ttdnbak")
    with zipfile.ZipFile(info.path) as archive:
        (tmp_path / "copy.sqlite").write_bytes(archive.read("database.sqlite"))
    assert ("x", '"trong WAL"') in dump(tmp_path / "copy.sqlite")["settings"]


@SQLITE_FILE
def test_restore_gives_an_identical_database_and_attachments(
    demo_db: Database,
    demo_db_path: Path,
    with_files: list[str],
    tmp_path: Path,
    isolated_data_dir: Path,
) -> None:
    info = create_backup(demo_db, tmp_path / "sao-luu.ttdnbak")
    before = dump(demo_db_path)
    # Then things go wrong: records deleted, a file lost, another damaged.
    with demo_db.session() as s:
        s.query(Activity).delete()
    stored_path(with_files[0]).unlink()
    stored_path(with_files[1]).write_bytes(b"hong")
    demo_db.close()

    result = restore_backup(demo_db_path, info.path)
    assert result.attachments_written == 2
    assert result.safety_backup is not None and result.safety_backup.is_relative_to(
        isolated_data_dir / "backups"
    )
    assert describe_backup(result.safety_backup).reason == "before-restore"
    assert dump(demo_db_path) == before
    for sha in with_files:
        assert hashlib.sha256(stored_path(sha).read_bytes()).hexdigest() == sha
    reopened = open_database(demo_db_path, create=False)
    try:
        assert check_attachments(reopened).ok
    finally:
        reopened.close()


@SQLITE_FILE
def test_restore_into_an_empty_place(demo_db: Database, tmp_path: Path) -> None:
    info = create_backup(demo_db, tmp_path / "a.ttdnbak")
    target = tmp_path / "may-moi" / "ttdn.sqlite"
    result = restore_backup(target, info.path)
    assert result.safety_backup is None
    db = open_database(target, create=False)
    db.close()


@SQLITE_FILE
def test_a_stale_wal_of_the_old_database_never_meets_the_new_file(
    db: Database, db_path: Path, tmp_path: Path
) -> None:
    with db.session() as s:
        s.add(Setting(key="phien", value="cu"))
    info = create_backup(db, tmp_path / "a.ttdnbak")
    with db.session() as s:
        s.merge(Setting(key="phien", value="moi"))
    db.close()
    restore_backup(db_path, info.path)
    assert not Path(f"{db_path}-wal").exists() or Path(f"{db_path}-wal").stat().st_size == 0
    assert ("phien", '"cu"') in dump(db_path)["settings"]


def _corrupt(source: Path, target: Path, edit) -> Path:  # type: ignore[no-untyped-def]
    with zipfile.ZipFile(source) as src, zipfile.ZipFile(target, "w") as dst:
        members = {n: src.read(n) for n in src.namelist()}
        for name, data in edit(members).items():
            dst.writestr(name, data)
    return target


@pytest.mark.parametrize(
    ("case", "message"),
    [
        ("truncated", "hỏng"),
        ("flipped", "hỏng"),
        ("foreign", "không phải tệp sao lưu"),
        ("escape", "không an toàn"),
        ("absolute", "không an toàn"),
        ("checksum", "không khớp"),
        ("extra", "không an toàn"),
        ("newer", "mới hơn"),
        ("text", "không phải tệp sao lưu"),
    ],
)
@SQLITE_FILE
def test_a_bad_backup_is_refused_and_nothing_changes(
    db: Database, db_path: Path, tmp_path: Path, case: str, message: str
) -> None:
    with db.session() as s:
        s.add(Setting(key="giu", value=1))
    good = create_backup(db, tmp_path / "good.ttdnbak").path
    bad = tmp_path / f"{case}.ttdnbak"
    raw = good.read_bytes()
    if case == "truncated":
        bad.write_bytes(raw[: len(raw) // 2])
    elif case == "flipped":
        with zipfile.ZipFile(good) as z:
            offset = z.getinfo("database.sqlite").header_offset + 200
        bad.write_bytes(raw[:offset] + bytes([raw[offset] ^ 0xFF]) + raw[offset + 1 :])
    elif case == "foreign":
        _corrupt(good, bad, lambda m: {"readme.txt": b"x"} | {"manifest.json": b"{}"})
        bad.write_bytes(bad.read_bytes())
        with zipfile.ZipFile(bad, "w") as z:
            z.writestr("manifest.json", json.dumps({"format": "khac"}))
    elif case in ("escape", "absolute"):
        name = "../../evil.txt" if case == "escape" else "/etc/evil.txt"
        _corrupt(good, bad, lambda m: m | {name: b"x"})
    elif case == "checksum":

        def edit(m):  # type: ignore[no-untyped-def]
            manifest = json.loads(m["manifest.json"])
            manifest["members"]["database.sqlite"]["sha256"] = "0" * 64
            return m | {"manifest.json": json.dumps(manifest).encode()}

        _corrupt(good, bad, edit)
    elif case == "extra":
        _corrupt(good, bad, lambda m: m | {"attachments/zz/khac": b"x"})
    elif case == "newer":

        def edit(m):  # type: ignore[no-untyped-def]
            manifest = json.loads(m["manifest.json"])
            manifest["format_version"] = 99
            return m | {"manifest.json": json.dumps(manifest).encode()}

        _corrupt(good, bad, edit)
    else:
        bad.write_text("không phải zip", encoding="utf-8")
    db.close()
    before = db_path.read_bytes()
    data_before = sorted(p.name for p in tmp_path.rglob("*"))
    with pytest.raises(BackupError, match=message) as caught:
        restore_backup(db_path, bad)
    assert "Không có gì bị thay đổi" in str(caught.value)
    assert db_path.read_bytes() == before
    assert sorted(p.name for p in tmp_path.rglob("*")) == data_before
    assert not (tmp_path / "evil.txt").exists()


@SQLITE_FILE
def test_restore_refuses_a_backup_of_a_newer_schema(db: Database, tmp_path: Path) -> None:
    good = create_backup(db, tmp_path / "good.ttdnbak").path

    def edit(m):  # type: ignore[no-untyped-def]
        manifest = json.loads(m["manifest.json"])
        manifest["schema_revision"] = "9999_tuong_lai"
        return m | {"manifest.json": json.dumps(manifest).encode()}

    bad = _corrupt(good, tmp_path / "new.ttdnbak", edit)
    with pytest.raises(BackupError, match="mới hơn"):
        restore_backup(tmp_path / "x.sqlite", bad)
    assert not (tmp_path / "x.sqlite").exists()


@SQLITE_FILE
def test_a_full_disk_leaves_no_partial_backup(
    db: Database, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import errno
    import os

    real_replace = os.replace

    def full(src, dst):  # type: ignore[no-untyped-def]
        if str(dst).endswith(".ttdnbak"):
            raise OSError(errno.ENOSPC, "No space left on device")
        return real_replace(src, dst)

    monkeypatch.setattr(bk.os, "replace", full)
    with pytest.raises(BackupError, match="ổ đĩa đã đầy"):
        create_backup(db, tmp_path / "usb" / "a.ttdnbak")
    assert list((tmp_path / "usb").iterdir()) == []


@SQLITE_FILE
def test_a_read_only_destination_is_a_clear_message(
    db: Database, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # Tests run as root, where a chmod'ed folder is still writable: fabricate the refusal.
    import errno

    def read_only(*_a, **_k):  # type: ignore[no-untyped-def]
        raise OSError(errno.EROFS, "Read-only file system")

    monkeypatch.setattr(bk.zipfile, "ZipFile", read_only)
    with pytest.raises(BackupError, match="chỉ cho phép đọc"):
        create_backup(db, tmp_path / "a.ttdnbak")


# --- retention ------------------------------------------------------------------------------


def test_tiers_keep_seven_days_four_weeks_twelve_months() -> None:
    start = datetime(2024, 1, 1, 8, 0)
    # Two backups a day for 500 days.
    stamps = [start + timedelta(days=d, hours=h) for d in range(500) for h in (0, 5)]
    kept = choose_kept(stamps, RetentionPolicy(daily=7, weekly=4, monthly=12, last=0))
    newest = max(stamps)
    days = {t.date() for t in kept if (newest - t).days < 7}
    assert len(days) == 7
    # The newest of each kept day, never the earlier one.
    assert all(t.hour == 13 for t in kept)
    weeks = {tuple(t.isocalendar())[:2] for t in kept}
    months = {(t.year, t.month) for t in kept}
    assert len(months) == 12
    assert len(weeks) >= 4
    assert len(kept) <= 7 + 4 + 12
    assert min(kept) > newest - timedelta(days=366)


def test_tiers_with_gaps_count_days_that_have_backups() -> None:
    stamps = [datetime(2025, 3, d, 9) for d in (1, 2, 10, 20, 28)]
    kept = choose_kept(stamps, RetentionPolicy(daily=3, weekly=0, monthly=0, last=0))
    assert kept == {datetime(2025, 3, d, 9) for d in (10, 20, 28)}
    assert choose_kept([], RetentionPolicy()) == set()
    assert choose_kept(stamps, RetentionPolicy(0, 0, 0, last=2)) == {
        datetime(2025, 3, 20, 9),
        datetime(2025, 3, 28, 9),
    }


def test_policy_from_settings_ignores_bad_values() -> None:
    policy = policy_from_settings(
        {"backup.keep_daily": 3, "backup.keep_weekly": "x", "backup.keep_monthly": -1}
    )
    assert policy == RetentionPolicy(daily=3, weekly=4, monthly=12, last=3)


def test_prune_only_touches_the_programs_own_files(tmp_path: Path) -> None:
    for d in range(1, 11):
        (tmp_path / f"ttdn-202503{d:02d}-080000-hang-ngay.ttdnbak").write_bytes(b"x")
    (tmp_path / "cua-toi.ttdnbak").write_bytes(b"x")
    (tmp_path / "ghi-chu.txt").write_bytes(b"x")
    removed = prune_backups(tmp_path, RetentionPolicy(daily=2, weekly=0, monthly=0, last=0))
    assert len(removed) == 8
    left = sorted(p.name for p in tmp_path.iterdir())
    assert left == [
        "cua-toi.ttdnbak",
        "ghi-chu.txt",
        "ttdn-20250309-080000-hang-ngay.ttdnbak",
        "ttdn-20250310-080000-hang-ngay.ttdnbak",
    ]


@SQLITE_FILE
def test_backup_now_prunes_with_the_settings(db: Database, isolated_data_dir: Path) -> None:
    with db.session() as s:
        s.add(Setting(key="backup.keep_daily", value=2))
        s.add(Setting(key="backup.keep_weekly", value=0))
        s.add(Setting(key="backup.keep_monthly", value=0))
        s.add(Setting(key="backup.keep_last", value=0))
    made = [backup_now(db, "daily", now=datetime(2025, 5, d, 8)) for d in (1, 2, 3, 4)]
    assert [p.exists() for p in made] == [False, False, True, True]
    assert made[0].parent == bk.backups_dir(db.path)


@SQLITE_FILE
def test_start_of_day_backup_runs_once_a_day(db: Database, isolated_data_dir: Path) -> None:
    morning = datetime(2025, 6, 2, 8, 0)
    first = start_of_day_backup(db, morning)
    assert first is not None and "hang-ngay" in first.name
    assert start_of_day_backup(db, morning + timedelta(hours=3)) is None
    assert start_of_day_backup(db, morning + timedelta(days=1)) is not None
    assert bk.daily_backup_due(bk.backups_dir(db.path), date(2025, 6, 4))


def test_the_demo_database_is_not_backed_up_daily(demo_db: Database) -> None:
    from ttdn_desktop.core.demo import DEMO_MARK

    with demo_db.session() as s:
        s.merge(Setting(key=DEMO_MARK, value=True))
    assert start_of_day_backup(demo_db, datetime(2025, 6, 2, 8)) is None


def test_each_database_has_its_own_backup_folder(tmp_path: Path, isolated_data_dir: Path) -> None:
    from ttdn_desktop.core.paths import default_db_path

    assert bk.backups_dir(default_db_path()) == isolated_data_dir / "backups"
    other = bk.backups_dir(tmp_path / "khac.sqlite")
    assert other.parent == isolated_data_dir / "backups" and other.name.startswith("khac-")


# --- attachment check and relink ------------------------------------------------------------


def test_check_finds_missing_and_damaged_files_and_relinks_them(
    demo_db: Database, with_files: list[str], tmp_path: Path
) -> None:
    elsewhere = tmp_path / "usb" / "anh"
    elsewhere.mkdir(parents=True)
    for sha in with_files:
        (elsewhere / f"{sha[:6]}.jpg").write_bytes(stored_path(sha).read_bytes())
    stored_path(with_files[0]).unlink()
    stored_path(with_files[1]).write_bytes(b"hong")
    found = check_attachments(demo_db)
    assert found.checked == 2
    assert {(p.sha256, p.damaged) for p in found.problems} == {
        (with_files[0], False),
        (with_files[1], True),
    }
    assert any("bị thiếu" in p.message for p in found.problems)
    assert sorted(relink_attachments(found.problems, tmp_path / "usb")) == sorted(with_files)
    assert check_attachments(demo_db).ok
    assert len(list(elsewhere.iterdir())) == 2  # the found files stay where they were
    assert stored_path(with_files[1]).with_name(f"{with_files[1]}.hong").read_bytes() == b"hong"
