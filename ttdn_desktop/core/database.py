"""Opening the database: engine, SQLite settings, schema migrations and integrity checks.

`open_database()` is the only way the program gets at its data. It refuses a file that is not a
SQLite database (leaving it untouched), a database of a newer schema than this program knows, and
upgrades an older one inside one transaction after writing a backup copy beside it.
"""

from __future__ import annotations

import os
import re
import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path
from typing import Any

from sqlalchemy import Engine, create_engine, event, inspect, text
from sqlalchemy.engine import URL, make_url
from sqlalchemy.exc import NoSuchModuleError, SQLAlchemyError
from sqlalchemy.orm import Session, sessionmaker
from sqlalchemy.pool import NullPool

from ttdn_desktop.core import audit  # noqa: F401  (registers the flush listeners)
from ttdn_desktop.core.errors import (
    DatabaseOpenError,
    MigrationError,
    NotADatabaseError,
    SchemaTooNewError,
)
from ttdn_desktop.core.paths import default_db_path
from ttdn_desktop.core.text import sort_key
from ttdn_desktop.resources import resource_path

SQLITE_HEADER = b"SQLite format 3\x00"
# Any constant shared by every copy of the program: the key of the upgrade's advisory lock.
PG_UPGRADE_LOCK = 0x7474646E  # "ttdn"
BUSY_TIMEOUT_MS = 10_000


def resolve_url(target: str | Path | None) -> URL:
    """Turn `--db`/`TTDN_DB` (a file path or a SQLAlchemy URL) into a URL.

    None means the environment variable TTDN_DB, then the default database in the per-user data
    folder.
    """
    if target is None or str(target).strip() == "":
        target = os.environ.get("TTDN_DB", "").strip() or default_db_path()
    raw = str(target)
    if "://" in raw:
        return make_url(raw)
    return URL.create("sqlite+pysqlite", database=str(Path(raw).expanduser().resolve()))


def _sqlite_file(url: URL) -> Path | None:
    if url.get_backend_name() != "sqlite" or not url.database or url.database == ":memory:":
        return None
    return Path(url.database)


def _refuse_foreign_file(path: Path) -> None:
    """Raise before the program changes anything in a file that is not its database.

    Runs on a plain connection without the program's PRAGMAs (switching to WAL would already
    rewrite the file header) and only reads.
    """
    if not path.exists():
        return
    if path.is_dir():
        raise NotADatabaseError(f"“{path}” là một thư mục, không phải tệp cơ sở dữ liệu.")
    with path.open("rb") as fh:
        header = fh.read(len(SQLITE_HEADER))
    not_sqlite = NotADatabaseError(
        f"Tệp “{path}” không phải là cơ sở dữ liệu của TTĐN Desktop (không phải tệp SQLite). "
        "Tệp được giữ nguyên, không bị thay đổi. Hãy chọn đúng tệp dữ liệu (.sqlite)."
    )
    if not header:
        return
    if header != SQLITE_HEADER:
        raise not_sqlite
    try:
        conn = sqlite3.connect(path)
        try:
            tables = {
                row[0]
                for row in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")
            }
        finally:
            conn.close()
    except sqlite3.DatabaseError as exc:
        raise DatabaseOpenError(
            f"Không đọc được cơ sở dữ liệu “{path}”: {_reason(exc)}. Tệp được giữ nguyên."
        ) from exc
    if tables and "alembic_version" not in tables:
        raise NotADatabaseError(
            f"Tệp “{path}” là một cơ sở dữ liệu SQLite nhưng không phải của TTĐN Desktop. "
            "Tệp được giữ nguyên, không bị thay đổi."
        )


def _make_engine(url: URL, *, foreign_keys: bool = True) -> Engine:
    if url.get_backend_name() != "sqlite":
        try:
            return create_engine(url, pool_pre_ping=True)
        except (ImportError, NoSuchModuleError) as exc:
            # A build without the extra `postgres` (psycopg), or a URL naming another driver.
            raise DatabaseOpenError(
                f"Bản cài đặt này không có trình kết nối cho “{url.drivername}” "
                f"({type(exc).__name__}: {exc}). Với PostgreSQL hãy dùng địa chỉ dạng "
                "postgresql+psycopg://người_dùng:mật_khẩu@máy_chủ/tên_csdl và bản cài có psycopg."
            ) from exc
    # NullPool: no idle connection keeps the file open (Windows locks open files), and a backup
    # or restore can replace it.
    engine = create_engine(url, poolclass=NullPool)

    @event.listens_for(engine, "connect")
    def _configure(dbapi_conn: sqlite3.Connection, _record: Any) -> None:
        # Let SQLAlchemy, not the sqlite3 module, decide where transactions begin, so that DDL
        # is transactional and a failed migration rolls back entirely.
        dbapi_conn.isolation_level = None
        cursor = dbapi_conn.cursor()
        cursor.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
        cursor.execute(f"PRAGMA foreign_keys = {'ON' if foreign_keys else 'OFF'}")
        cursor.execute("PRAGMA journal_mode = WAL")
        # FULL syncs the WAL on every commit: a power cut loses nothing that was committed.
        cursor.execute("PRAGMA synchronous = FULL")
        cursor.close()
        # Vietnamese alphabetical order for the lists (SQLite itself compares bytes).
        dbapi_conn.create_function("vi_sort_key", 1, sort_key, deterministic=True)

    @event.listens_for(engine, "begin")
    def _begin(conn: Any) -> None:
        conn.exec_driver_sql("BEGIN")

    return engine


def _alembic_config() -> Any:
    # Alembic is imported only to migrate: opening an up-to-date database, the start of every
    # session, does not pay for importing it.
    from alembic.config import Config

    cfg = Config()
    cfg.set_main_option("script_location", str(resource_path("db", "migrations")))
    return cfg


_REVISION_LINE = re.compile(r"^(down_revision|revision)\s*=\s*['\"]?([\w]+|None)['\"]?", re.M)


@cache
def _revision_graph() -> dict[str, str | None]:
    """Each revision of db/migrations/versions and the one it revises, read from the files."""
    graph: dict[str, str | None] = {}
    for script in resource_path("db", "migrations", "versions").glob("*.py"):
        found = dict(_REVISION_LINE.findall(script.read_text(encoding="utf-8")))
        if "revision" in found:
            down = found.get("down_revision")
            graph[found["revision"]] = None if down in (None, "None") else down
    return graph


def schema_head() -> str:
    """The newest schema revision this program knows."""
    graph = _revision_graph()
    heads = set(graph) - {down for down in graph.values() if down}
    if len(heads) != 1:
        raise MigrationError(f"migrations have {len(heads)} heads: {sorted(heads)}")
    return heads.pop()


def known_revisions() -> set[str]:
    return set(_revision_graph())


def _read_revision(conn: Any) -> str | None:
    if "alembic_version" not in inspect(conn).get_table_names():
        return None
    return conn.exec_driver_sql("SELECT version_num FROM alembic_version").scalar()


def current_revision(engine: Engine) -> str | None:
    with engine.connect() as conn:
        return _read_revision(conn)


@dataclass
class Database:
    """An open database: the engine, a session factory, and where it is."""

    url: URL
    engine: Engine
    path: Path | None
    backup_before_upgrade: Path | None = None
    sessions: sessionmaker[Session] = field(init=False)

    def __post_init__(self) -> None:
        self.sessions = sessionmaker(self.engine, expire_on_commit=False)

    @contextmanager
    def session(self) -> Iterator[Session]:
        """One short session per operation, committed on success, rolled back on any error."""
        with self.sessions() as session, session.begin():
            yield session

    @property
    def display_name(self) -> str:
        if self.path is not None:
            return str(self.path)
        return self.url.render_as_string(hide_password=True)

    def close(self) -> None:
        self.engine.dispose()


def open_database(target: str | Path | None = None, *, create: bool = True) -> Database:
    """Open (and create or upgrade) the database named by a path or a URL.

    Args:
        target: a file path or SQLAlchemy URL; None for the default database.
        create: create a missing SQLite file; when False a missing file is an error.

    Raises:
        DatabaseOpenError: with a Vietnamese message; the file is left as it was.
    """
    url = resolve_url(target)
    path = _sqlite_file(url)
    if path is not None:
        _refuse_foreign_file(path)
        if not path.exists():
            if not create:
                raise DatabaseOpenError(f"Không tìm thấy tệp cơ sở dữ liệu “{path}”.")
            try:
                path.parent.mkdir(parents=True, exist_ok=True)
            except OSError as exc:
                raise DatabaseOpenError(
                    f"Không tạo được thư mục dữ liệu “{path.parent}”: {exc.strerror or exc}."
                ) from exc
    engine = _make_engine(url)
    try:
        backup = _migrate(url, engine, path)
    except Exception:
        engine.dispose()
        raise
    return Database(url=url, engine=engine, path=path, backup_before_upgrade=backup)


def _migrate(url: URL, engine: Engine, path: Path | None) -> Path | None:
    """Bring the schema to the head revision; return the backup written before an upgrade."""
    try:
        with engine.connect() as conn:
            tables = set(inspect(conn).get_table_names())
            current = _read_revision(conn)
    except SQLAlchemyError as exc:
        raise DatabaseOpenError(
            f"Không mở được cơ sở dữ liệu “{path or url}”: {_reason(exc)}"
        ) from exc
    head = schema_head()
    if current == head:
        return None
    if current is None and tables - {"alembic_version"}:
        if path is None:
            raise NotADatabaseError(
                f"Cơ sở dữ liệu “{url}” trên máy chủ đã có bảng của chương trình khác. Hãy dùng "
                "một cơ sở dữ liệu riêng, trống cho TTĐN Desktop; không có gì bị thay đổi."
            )
        raise NotADatabaseError(
            f"Tệp “{path or url}” là một cơ sở dữ liệu SQLite nhưng không phải của TTĐN Desktop. "
            "Tệp được giữ nguyên, không bị thay đổi."
        )
    if current is not None and current not in known_revisions():
        raise SchemaTooNewError(
            f"Cơ sở dữ liệu “{path or url}” được tạo bởi một phiên bản TTĐN Desktop mới hơn "
            f"(phiên bản lược đồ {current}). Hãy cài phiên bản mới nhất của chương trình để mở nó; "
            "dữ liệu không bị thay đổi."
        )
    backup = None
    if current is not None and path is not None:
        # Imported here: core.backup needs this module, and only an upgrade needs it.
        from ttdn_desktop.core.backup import backup_file, backups_dir, new_backup_path

        backup = new_backup_path(backups_dir(path), "before-upgrade")
        backup_file(path, backup, reason="before-upgrade")
    try:
        upgrade(url)
    except Exception as exc:
        where = f" Bản sao trước khi nâng cấp: “{backup}”." if backup else ""
        raise MigrationError(
            f"Không nâng cấp được cơ sở dữ liệu lên phiên bản mới: {_reason(exc)}. "
            f"Dữ liệu vẫn ở phiên bản cũ, không bị thay đổi.{where}"
        ) from exc
    return backup


def upgrade(url: URL, revision: str = "head") -> None:
    """Run the migrations up to `revision` inside one transaction.

    SQLite batch migrations rebuild tables, which with foreign keys on would cascade deletes, so
    they run with foreign keys off and check them before committing.
    """
    from alembic import command

    engine = _make_engine(url, foreign_keys=False)
    try:
        with engine.begin() as conn:
            if conn.dialect.name == "postgresql":
                # Several PCs of a department may start a new version at once: one upgrades,
                # the others wait here and then find the schema already at the head.
                conn.exec_driver_sql(f"SELECT pg_advisory_xact_lock({PG_UPGRADE_LOCK})")
            cfg = _alembic_config()
            cfg.attributes["connection"] = conn
            command.upgrade(cfg, revision)
            if conn.dialect.name == "sqlite":
                broken = conn.exec_driver_sql("PRAGMA foreign_key_check").fetchall()
                if broken:
                    raise MigrationError(f"vi phạm khóa ngoại sau nâng cấp: {broken[:5]}")
    finally:
        engine.dispose()


def sqlite_backup(source: Path, destination: Path) -> None:
    """A consistent copy of a live (WAL) SQLite database through SQLite's online backup API."""
    src = sqlite3.connect(source)
    try:
        dst = sqlite3.connect(destination)
        try:
            src.backup(dst)
        finally:
            dst.close()
    finally:
        src.close()


@dataclass
class CheckReport:
    """What `check_database` found; `problems` is empty when all is well."""

    schema_revision: str | None
    schema_head: str
    problems: list[str]

    @property
    def ok(self) -> bool:
        return not self.problems


def check_database(db: Database) -> CheckReport:
    """Check the schema version, SQLite's integrity and every foreign key."""
    problems: list[str] = []
    revision = current_revision(db.engine)
    head = schema_head()
    if revision != head:
        problems.append(f"Phiên bản lược đồ là {revision}, chương trình cần {head}.")
    if db.engine.dialect.name == "sqlite":
        with db.engine.connect() as conn:
            integrity = [row[0] for row in conn.exec_driver_sql("PRAGMA integrity_check")]
            if integrity != ["ok"]:
                problems.extend(f"Lỗi toàn vẹn: {line}" for line in integrity[:20])
            for table, rowid, parent, _fk in conn.exec_driver_sql("PRAGMA foreign_key_check"):
                problems.append(
                    f"Bảng {table}, dòng {rowid}: "
                    f"tham chiếu tới bản ghi không tồn tại trong {parent}."
                )
    elif db.engine.dialect.name == "postgresql":
        problems.extend(_postgresql_problems(db.engine))
    else:
        with db.engine.connect() as conn:
            conn.execute(text("SELECT 1"))
    return CheckReport(schema_revision=revision, schema_head=head, problems=problems)


# ICU's Vietnamese order, which core.listing sorts names by on PostgreSQL. It is in every
# ICU-enabled build (Debian's, the Windows installer's) and orders a ă â … d đ … with tones as
# tie-breakers, exactly like core.text.sort_key.
PG_VI_COLLATION = "vi-VN-x-icu"


def _postgresql_problems(engine: Engine) -> list[str]:
    """What can be checked from a client on a server: the tables, constraints, and collation.

    The server keeps its own pages consistent (WAL, checksums if enabled) and always enforces
    foreign keys, so there is no integrity_check to run; a constraint added NOT VALID, a missing
    table or a server without ICU's Vietnamese order are what a client can still find.
    """
    from ttdn_desktop.core.models import Base

    problems: list[str] = []
    with engine.connect() as conn:
        present = set(inspect(conn).get_table_names())
        for table in sorted(set(Base.metadata.tables) - present):
            problems.append(f"Thiếu bảng {table} trong cơ sở dữ liệu trên máy chủ.")
        unchecked = conn.execute(
            text(
                "SELECT conrelid::regclass::text, conname FROM pg_constraint "
                "WHERE NOT convalidated AND connamespace = current_schema()::regnamespace"
            )
        ).all()
        for table, name in unchecked:
            problems.append(
                f"Ràng buộc {name} của bảng {table} chưa được kiểm tra trên dữ liệu cũ."
            )
        collation = conn.execute(
            text("SELECT 1 FROM pg_collation WHERE collname = :name"), {"name": PG_VI_COLLATION}
        ).first()
        if collation is None:
            problems.append(
                f"Máy chủ PostgreSQL không có bảng xếp thứ tự tiếng Việt “{PG_VI_COLLATION}” "
                "(cần bản PostgreSQL có ICU): danh sách không sắp xếp được theo tên."
            )
    return problems


def _reason(exc: BaseException) -> str:
    original = getattr(exc, "orig", None) or exc
    message = str(original).strip() or type(original).__name__
    lowered = message.lower()
    if "file is not a database" in lowered or "file is encrypted" in lowered:
        return "tệp không phải là cơ sở dữ liệu hoặc đã bị hỏng"
    if "database is locked" in lowered:
        return "cơ sở dữ liệu đang bị một chương trình khác khóa"
    if "readonly" in lowered or "read-only" in lowered:
        return "không có quyền ghi vào tệp hoặc thư mục"
    if "unable to open" in lowered:
        return "không mở được tệp (thư mục không tồn tại hoặc không có quyền)"
    if "disk" in lowered and "full" in lowered:
        return "ổ đĩa đã đầy"
    # PostgreSQL: the server cannot be reached, or refuses the user.
    if "connection refused" in lowered or "could not translate host name" in lowered:
        return "không kết nối được máy chủ (sai địa chỉ, máy chủ chưa chạy hoặc bị tường lửa chặn)"
    if "password authentication failed" in lowered or "no password supplied" in lowered:
        return "máy chủ từ chối tên người dùng hoặc mật khẩu trong địa chỉ cơ sở dữ liệu"
    if "does not exist" in lowered and "database" in lowered:
        return "trên máy chủ chưa có cơ sở dữ liệu này (người quản trị cần tạo nó trước)"
    return message
