"""What is particular to a PostgreSQL server: upgrading an older schema there, the check, the
Vietnamese order, and backups refused with a pointer to pg_dump.

These run with `pytest tests/unit --backend postgresql` (TTDN_TEST_PG_URL, see .ci/postgres);
every other database and service test runs on the server too through the `db` fixtures.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import create_engine, func, select, text
from sqlalchemy.engine import make_url

from ttdn_desktop.cli import main as ttdn
from ttdn_desktop.core import listing
from ttdn_desktop.core.attachments import store_root
from ttdn_desktop.core.backup import BackupError, backup_now, create_backup, start_of_day_backup
from ttdn_desktop.core.database import (
    PG_VI_COLLATION,
    Database,
    check_database,
    current_revision,
    open_database,
    schema_head,
    upgrade,
)
from ttdn_desktop.core.errors import DatabaseOpenError
from ttdn_desktop.core.models import Document, Organization
from ttdn_desktop.core.paths import data_dir


@pytest.fixture
def server(pg_server):  # type: ignore[no-untyped-def]
    if pg_server is None:
        pytest.skip("needs a PostgreSQL server: --backend postgresql")
    return pg_server


@pytest.fixture
def blank_url(server) -> Iterator[str]:  # type: ignore[no-untyped-def]
    """An empty database on the server (not even migrated)."""
    name = f"{server.prefix}_blank"
    server._execute(f"DROP DATABASE IF EXISTS {name} WITH (FORCE)")
    server._execute(f"CREATE DATABASE {name}")
    url = server._url_of(name)
    yield url
    server.drop(url)


def test_upgrade_from_0002_keeps_rows_and_builds_the_search_index(blank_url: str) -> None:
    url = make_url(blank_url)
    upgrade(url, "0002")
    engine = create_engine(url)
    with engine.begin() as conn:
        conn.execute(
            text(
                "INSERT INTO organizations (id, name, kind, search_text) "
                "VALUES (1, 'Sở Thông tin và Truyền thông', 'own_unit', '')"
            )
        )
        conn.execute(
            text(
                "INSERT INTO documents (unit_id, kind, direction, issued_date, subject, "
                "search_text) VALUES (1, 'plan', 'issued', '2020-02-28', "
                "'Kế hoạch TTĐN năm 2020', 'ke hoach ttdn nam 2020')"
            )
        )
        conn.execute(text("SELECT setval('organizations_id_seq', 1)"))
    engine.dispose()
    database = open_database(blank_url, create=False)
    try:
        assert current_revision(database.engine) == schema_head()
        assert check_database(database).ok
        with database.session() as session:
            assert session.scalar(select(func.count()).select_from(Document)) == 1
            ids = listing.matching_ids(session, "documents", listing.ListFilter(text="KE HOẠCH"))
            assert len(ids) == 1
            indexes = set(
                session.scalars(
                    text("SELECT indexname FROM pg_indexes WHERE indexname LIKE :p"),
                    {"p": "%_search_trgm"},
                )
            )
        assert indexes == {
            f"ix_{t}_search_trgm" for t in ("documents", "activities", "press_items")
        }
    finally:
        database.close()


def test_the_check_finds_what_a_client_can_see(db: Database, server) -> None:  # type: ignore[no-untyped-def]
    assert check_database(db).problems == []
    with db.engine.begin() as conn:
        conn.execute(text("DROP TABLE issued_reports"))
    problems = check_database(db).problems
    assert problems == ["Thiếu bảng issued_reports trong cơ sở dữ liệu trên máy chủ."]


def test_names_sort_in_vietnamese_order_on_the_server(db: Database, server) -> None:  # type: ignore[no-untyped-def]
    names = ["Em", "Đông Hà", "Dương Minh", "ăn uống", "Ân Thi", "an toàn", "Bắc Kạn", "Ông Ích"]
    with db.session() as session:
        session.add_all(Organization(name=n, kind="other") for n in names)
    with db.session() as session:
        ids = listing.matching_ids(session, "organizations", listing.ListFilter(), "name", False)
        rows = listing.rows(session, "organizations", ids)
        order = [rows[i][0] for i in ids]
        collation = session.scalar(
            text("SELECT collname FROM pg_collation WHERE collname = :c"), {"c": PG_VI_COLLATION}
        )
    assert order == [
        "an toàn",
        "ăn uống",
        "Ân Thi",
        "Bắc Kạn",
        "Dương Minh",
        "Đông Hà",
        "Em",
        "Ông Ích",
    ]
    assert collation == PG_VI_COLLATION


def test_backups_are_refused_with_a_pointer_to_pg_dump(
    db: Database,
    server,  # type: ignore[no-untyped-def]
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
) -> None:
    with pytest.raises(BackupError, match="pg_dump"):
        create_backup(db, tmp_path / "x.ttdnbak")
    with pytest.raises(BackupError, match="SQLite"):
        backup_now(db, "manual")
    assert start_of_day_backup(db) is None
    url = db.url.render_as_string(hide_password=False)
    assert ttdn(["--db", url, "backup", "--output", str(tmp_path)]) != 0
    assert "pg_dump" in capsys.readouterr().err
    assert list(tmp_path.iterdir()) == []


def test_the_command_line_counts_the_demo_year_on_the_server(
    demo_db: Database,
    server,  # type: ignore[no-untyped-def]
    capsys: pytest.CaptureFixture[str],
) -> None:
    url = demo_db.url.render_as_string(hide_password=False)
    assert ttdn(["--db", url, "stats", "--year", "2020", "--json"]) == 0
    figures = json.loads(capsys.readouterr().out)
    assert figures["guidance_documents"] == 24 and figures["press_items_handled"] == 51
    assert figures["exhibition_visitors"] == 1850


def test_attachments_can_live_in_a_folder_every_pc_reaches(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    assert store_root() == data_dir() / "attachments"
    monkeypatch.setenv("TTDN_ATTACHMENTS_DIR", str(tmp_path / "shared"))
    assert store_root() == tmp_path / "shared"


def test_a_missing_driver_is_a_clear_message() -> None:
    with pytest.raises(DatabaseOpenError, match="không có trình kết nối"):
        open_database("postgresql+nosuchdriver://ttdn:x@127.0.0.1/ttdn")


def test_an_unreachable_server_is_a_clear_message(server) -> None:  # type: ignore[no-untyped-def]
    url = server.url.set(port=1).render_as_string(hide_password=False)
    with pytest.raises(DatabaseOpenError, match="không kết nối được máy chủ") as caught:
        open_database(url)
    assert "ttdn:ttdn@" not in str(caught.value)  # the password is not shown


def test_ttdn_check_passes_on_the_server(
    db: Database,
    server,  # type: ignore[no-untyped-def]
    capsys: pytest.CaptureFixture[str],
) -> None:
    url = db.url.render_as_string(hide_password=False)
    assert ttdn(["--db", url, "check"]) == 0, capsys.readouterr()


def test_a_database_of_another_program_is_left_alone(blank_url: str) -> None:
    engine = create_engine(blank_url)
    with engine.begin() as conn:
        conn.execute(text("CREATE TABLE payroll (id integer PRIMARY KEY)"))
    engine.dispose()
    with pytest.raises(DatabaseOpenError, match="chương trình khác"):
        open_database(blank_url)
    engine = create_engine(blank_url)
    with engine.connect() as conn:
        tables = set(
            conn.scalars(text("SELECT tablename FROM pg_tables WHERE schemaname = 'public'"))
        )
    engine.dispose()
    assert tables == {"payroll"}
