"""Creating, upgrading and refusing databases."""

from __future__ import annotations

import sqlite3
from datetime import date
from pathlib import Path

import pytest
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from sqlalchemy import inspect, select

from ttdn_desktop.core.backup import backups_dir, describe_backup
from ttdn_desktop.core.database import (
    check_database,
    current_revision,
    open_database,
    resolve_url,
    schema_head,
    upgrade,
)
from ttdn_desktop.core.errors import DatabaseOpenError, NotADatabaseError, SchemaTooNewError
from ttdn_desktop.core.models import Activity, Base
from ttdn_desktop.core.search import env_include_name


def test_a_new_database_is_created_at_the_head_revision(db_path: Path) -> None:
    db = open_database(db_path)
    try:
        assert current_revision(db.engine) == schema_head()
        assert db.backup_before_upgrade is None
        assert check_database(db).ok
        with db.engine.connect() as conn:
            assert conn.exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"
            assert conn.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1
            assert conn.exec_driver_sql("PRAGMA synchronous").scalar() == 2  # FULL
            assert conn.exec_driver_sql("PRAGMA busy_timeout").scalar() >= 5000
    finally:
        db.close()


def test_the_migrations_build_exactly_the_model(db_path: Path) -> None:
    db = open_database(db_path)
    try:
        with db.engine.connect() as conn:
            context = MigrationContext.configure(
                conn, opts={"include_name": env_include_name, "compare_type": True}
            )
            diff = compare_metadata(context, Base.metadata)
        assert diff == []
    finally:
        db.close()


def test_an_older_database_is_backed_up_then_upgraded_with_its_data(db_path: Path) -> None:
    upgrade(resolve_url(db_path), "0001")
    with sqlite3.connect(db_path) as conn:
        conn.execute(
            "INSERT INTO organizations (id, name, kind) VALUES (1, 'Sở Thông tin', 'own_unit')"
        )
        conn.execute(
            "INSERT INTO activities (unit_id, kind, title, start_date) "
            "VALUES (1, 'exhibition', 'Triển lãm Hoàng Sa', '2020-10-15')"
        )
    conn.close()

    db = open_database(db_path)
    try:
        assert current_revision(db.engine) == schema_head()
        assert "issued_reports" in inspect(db.engine).get_table_names()
        with db.session() as s:
            assert s.scalar(select(Activity.title)) == "Triển lãm Hoàng Sa"
            assert s.scalar(select(Activity.start_date)) == date(2020, 10, 15)
        backup = db.backup_before_upgrade
        assert backup is not None and backup.parent == backups_dir(db_path)
        assert "truoc-nang-cap" in backup.name
    finally:
        db.close()
    info = describe_backup(backup)  # verifies every checksum
    assert (info.schema_revision, info.reason) == ("0001", "before-upgrade")
    assert info.counts.get("activities") == 1


def test_a_database_of_a_newer_program_is_refused_untouched(db_path: Path) -> None:
    open_database(db_path).close()
    with sqlite3.connect(db_path) as conn:
        conn.execute("UPDATE alembic_version SET version_num = '9999'")
    conn.close()
    before = db_path.read_bytes()
    with pytest.raises(SchemaTooNewError, match="phiên bản TTĐN Desktop mới hơn"):
        open_database(db_path)
    assert db_path.read_bytes() == before


def test_a_file_that_is_not_a_database_is_refused_untouched(tmp_path: Path) -> None:
    path = tmp_path / "bao-cao.sqlite"
    content = "Đây là một tệp văn bản, không phải cơ sở dữ liệu.\n".encode() * 100
    path.write_bytes(content)
    with pytest.raises(NotADatabaseError, match="không phải là cơ sở dữ liệu"):
        open_database(path)
    assert path.read_bytes() == content
    assert not Path(f"{path}-wal").exists()


def test_another_programs_sqlite_database_is_refused_untouched(tmp_path: Path) -> None:
    path = tmp_path / "khac.sqlite"
    with sqlite3.connect(path) as conn:
        conn.execute("CREATE TABLE contacts (name TEXT)")
    conn.close()
    before = path.read_bytes()
    with pytest.raises(NotADatabaseError, match="không phải của TTĐN Desktop"):
        open_database(path)
    assert path.read_bytes() == before


def test_a_missing_file_is_an_error_when_creation_is_not_wanted(tmp_path: Path) -> None:
    with pytest.raises(DatabaseOpenError, match="Không tìm thấy"):
        open_database(tmp_path / "khong-co.sqlite", create=False)
    assert not (tmp_path / "khong-co.sqlite").exists()


def test_a_directory_is_not_a_database(tmp_path: Path) -> None:
    with pytest.raises(NotADatabaseError, match="thư mục"):
        open_database(tmp_path)


def test_a_failed_upgrade_leaves_the_old_database_as_it_was(
    db_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    upgrade(resolve_url(db_path), "0001")
    from ttdn_desktop.core import database

    def broken_upgrade(url, revision="head"):  # type: ignore[no-untyped-def]
        raise RuntimeError("ổ đĩa bị rút ra giữa chừng")

    monkeypatch.setattr(database, "upgrade", broken_upgrade)
    with pytest.raises(DatabaseOpenError, match="Dữ liệu vẫn ở phiên bản cũ"):
        open_database(db_path)
    with sqlite3.connect(db_path) as conn:
        assert conn.execute("SELECT version_num FROM alembic_version").fetchone() == ("0001",)
    conn.close()


def test_an_upgrade_that_fails_midway_rolls_back_every_step(db_path: Path) -> None:
    """DDL runs in the same transaction: a failing step undoes the steps before it."""
    upgrade(resolve_url(db_path), "0001")
    with sqlite3.connect(db_path) as conn:
        # A table in the way makes 0002's CREATE TABLE fail after alembic began the step.
        conn.execute("CREATE TABLE issued_reports (x INTEGER)")
    conn.close()
    with pytest.raises(DatabaseOpenError):
        open_database(db_path)
    with sqlite3.connect(db_path) as conn:
        assert conn.execute("SELECT version_num FROM alembic_version").fetchone() == ("0001",)
        columns = [row[1] for row in conn.execute("PRAGMA table_info(issued_reports)")]
        assert columns == ["x"]
    conn.close()


def test_url_or_path(tmp_path: Path) -> None:
    assert resolve_url(tmp_path / "a.sqlite").database == str(tmp_path / "a.sqlite")
    url = resolve_url("postgresql+psycopg://ttdn:secret@localhost/ttdn")
    assert url.get_backend_name() == "postgresql"
    assert url.database == "ttdn"


def test_the_head_read_from_the_files_is_alembics_head() -> None:
    from alembic.config import Config
    from alembic.script import ScriptDirectory

    from ttdn_desktop.core.database import known_revisions
    from ttdn_desktop.resources import resource_path

    cfg = Config()
    cfg.set_main_option("script_location", str(resource_path("db", "migrations")))
    script = ScriptDirectory.from_config(cfg)
    assert schema_head() == script.get_current_head()
    assert known_revisions() == {rev.revision for rev in script.walk_revisions()}
