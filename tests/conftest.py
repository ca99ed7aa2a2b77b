"""Fixtures shared by every test: an isolated data folder and real databases.

The database fixtures (`db`, `demo_db`) give SQLite files by default. With `--backend postgresql`
(and TTDN_TEST_PG_URL naming a database on a server where that user may create databases) they
give fresh PostgreSQL databases instead, and only the tests that use them run: the others do not
touch a database and have already run on SQLite. Tests marked `sqlite_only` are skipped there.
"""

from __future__ import annotations

import itertools
import os
import shutil
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest
from sqlalchemy import Engine, create_engine
from sqlalchemy.engine import make_url
from sqlalchemy.exc import DBAPIError
from sqlalchemy.pool import NullPool

# Qt must never look for a screen in tests.
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from ttdn_desktop.core.database import Database, open_database
from ttdn_desktop.core.demo import load_demo

# The fixtures that open a database of the chosen backend; a test using none of them is SQLite's.
DB_FIXTURES = {"db", "demo_db", "pg_server"}


def pytest_addoption(parser: pytest.Parser) -> None:
    parser.addoption(
        "--backend",
        choices=("sqlite", "postgresql"),
        default="sqlite",
        help="database of the `db` and `demo_db` fixtures; postgresql needs TTDN_TEST_PG_URL",
    )


def pytest_configure(config: pytest.Config) -> None:
    config.addinivalue_line(
        "markers", "sqlite_only(reason): the test is about SQLite itself (files, PRAGMAs, FTS5)"
    )
    if config.getoption("--backend") == "postgresql" and not os.environ.get("TTDN_TEST_PG_URL"):
        raise pytest.UsageError("--backend postgresql needs TTDN_TEST_PG_URL (see .ci/postgres)")


def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    if config.getoption("--backend") != "postgresql":
        return
    kept, dropped = [], []
    for item in items:
        uses_db = DB_FIXTURES & set(getattr(item, "fixturenames", ()))
        (kept if uses_db else dropped).append(item)
        marker = item.get_closest_marker("sqlite_only")
        if uses_db and marker is not None:
            reason = marker.args[0] if marker.args else marker.kwargs.get("reason", "SQLite")
            item.add_marker(pytest.mark.skip(reason=f"SQLite only: {reason}"))
    if dropped:
        config.hook.pytest_deselected(items=dropped)
        items[:] = kept


class PgServer:
    """Fresh databases on the test server, each a copy of a migrated template.

    `CREATE DATABASE … TEMPLATE` copies a migrated (or demo-filled) database in a few tens of
    milliseconds, so every test gets its own database without running the migrations again.
    """

    def __init__(self, url: str) -> None:
        self.url = make_url(url)
        self.prefix = f"ttdn_t{os.getpid()}"
        self._numbers = itertools.count(1)
        self._templates: dict[str, str] = {}
        self._admin: Engine = create_engine(
            self.url, isolation_level="AUTOCOMMIT", poolclass=NullPool
        )

    def _url_of(self, name: str) -> str:
        return self.url.set(database=name).render_as_string(hide_password=False)

    def _execute(self, sql: str) -> None:
        with self._admin.connect() as conn:
            conn.exec_driver_sql(sql)

    def template(self, kind: str) -> str:
        """The name of the template database: "empty" (migrated) or "demo" (the demo year)."""
        if kind not in self._templates:
            name = f"{self.prefix}_{kind}"
            self._execute(f"DROP DATABASE IF EXISTS {name} WITH (FORCE)")
            self._execute(f"CREATE DATABASE {name}")
            database = open_database(self._url_of(name))
            try:
                if kind == "demo":
                    with database.session() as session:
                        load_demo(session)
            finally:
                database.close()
            self._templates[kind] = name
        return self._templates[kind]

    def create(self, kind: str = "empty") -> str:
        """A new database copied from a template; returns its URL."""
        template = self.template(kind)
        name = f"{self.prefix}_{next(self._numbers)}"
        self._execute(f"CREATE DATABASE {name} TEMPLATE {template}")
        return self._url_of(name)

    def drop(self, url: str) -> None:
        # An autovacuum worker of the server may still be in the database, and a user who is not
        # a superuser may not end it: try again for a moment.
        for attempt in range(20):
            try:
                self._execute(f"DROP DATABASE IF EXISTS {make_url(url).database} WITH (FORCE)")
                return
            except DBAPIError:
                if attempt == 19:
                    raise
                time.sleep(0.25)

    def close(self) -> None:
        for name in self._templates.values():
            self._execute(f"DROP DATABASE IF EXISTS {name} WITH (FORCE)")
        self._admin.dispose()


@pytest.fixture(scope="session")
def pg_server(request: pytest.FixtureRequest) -> Iterator[PgServer | None]:
    """The PostgreSQL test server with `--backend postgresql`, else None."""
    if request.config.getoption("--backend") != "postgresql":
        yield None
        return
    server = PgServer(os.environ["TTDN_TEST_PG_URL"])
    yield server
    server.close()


@contextmanager
def _pg_database(server: PgServer, kind: str) -> Iterator[Database]:
    url = server.create(kind)
    database = open_database(url)
    try:
        yield database
    finally:
        database.close()
        server.drop(url)


@pytest.fixture(autouse=True)
def isolated_data_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """No test reads or writes the real per-user data folder."""
    data = tmp_path / "data"
    monkeypatch.setenv("TTDN_DATA_DIR", str(data))
    monkeypatch.delenv("TTDN_DB", raising=False)
    return data


@pytest.fixture
def db_path(tmp_path: Path) -> Path:
    return tmp_path / "ttdn.sqlite"


@pytest.fixture
def db(db_path: Path, pg_server: PgServer | None) -> Iterator[Database]:
    if pg_server is not None:
        with _pg_database(pg_server, "empty") as database:
            yield database
        return
    database = open_database(db_path)
    yield database
    database.close()


@pytest.fixture(scope="session")
def _demo_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("demo") / "demo-template.sqlite"
    database = open_database(path)
    with database.session() as session:
        load_demo(session)
    database.close()
    return path


@pytest.fixture
def demo_db_path(_demo_template: Path, tmp_path: Path) -> Path:
    """A fresh copy of a database holding the demo year (loading it once per run)."""
    # The last connection to close checkpoints the WAL into the main file, so one file is all.
    assert not Path(f"{_demo_template}-wal").exists()
    path = tmp_path / "demo.sqlite"
    shutil.copyfile(_demo_template, path)
    return path


@pytest.fixture
def demo_db(request: pytest.FixtureRequest, pg_server: PgServer | None) -> Iterator[Database]:
    if pg_server is not None:
        with _pg_database(pg_server, "demo") as database:
            yield database
        return
    database = open_database(request.getfixturevalue("demo_db_path"))
    yield database
    database.close()
