"""Accent-insensitive search index: FTS5 trigram tables over the folded search text (SQLite).

A trigram index answers substring searches ("pac nam" inside "huyen pac nam") in a few
milliseconds at 100,000 rows, ordering included, where LIKE over the column walks the table.
The tables hold no text of their own (external content) and triggers keep them in step.
On PostgreSQL the program searches with LIKE over the same column; this revision adds pg_trgm GIN
indexes there, which answer such LIKE '%…%' patterns, when the server lets the user create the
extension (pg_trgm is "trusted" since PostgreSQL 13: a database owner may). Without it the search
still works, only by reading the table.

Note for later revisions: a batch ("move and copy") migration of documents, activities or
press_items drops their triggers with the old table; recreate them with `create_search_index`.

Revision ID: 0003
Revises: 0002
Create Date: 2026-11-26 04:05:00
"""

from __future__ import annotations

from alembic import op
from sqlalchemy.exc import DBAPIError

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None

SEARCHED_TABLES = ("documents", "activities", "press_items")


def create_search_index(table: str) -> None:
    fts = f"{table}_fts"
    op.execute(
        f"CREATE VIRTUAL TABLE IF NOT EXISTS {fts} USING fts5("
        f"search_text, content='{table}', content_rowid='id', tokenize='trigram')"
    )
    op.execute(
        f"CREATE TRIGGER IF NOT EXISTS {fts}_ai AFTER INSERT ON {table} BEGIN "
        f"INSERT INTO {fts}(rowid, search_text) VALUES (new.id, new.search_text); END"
    )
    op.execute(
        f"CREATE TRIGGER IF NOT EXISTS {fts}_ad AFTER DELETE ON {table} BEGIN "
        f"INSERT INTO {fts}({fts}, rowid, search_text) "
        f"VALUES ('delete', old.id, old.search_text); END"
    )
    op.execute(
        f"CREATE TRIGGER IF NOT EXISTS {fts}_au AFTER UPDATE OF search_text ON {table} BEGIN "
        f"INSERT INTO {fts}({fts}, rowid, search_text) "
        f"VALUES ('delete', old.id, old.search_text); "
        f"INSERT INTO {fts}(rowid, search_text) VALUES (new.id, new.search_text); END"
    )
    op.execute(f"INSERT INTO {fts}({fts}) VALUES ('rebuild')")


def _create_trigram_indexes() -> None:
    """PostgreSQL: GIN trigram indexes on search_text, skipped if pg_trgm cannot be created."""
    bind = op.get_bind()
    try:
        # A savepoint: a refused CREATE EXTENSION must not abort the whole upgrade transaction.
        with bind.begin_nested():
            bind.exec_driver_sql("CREATE EXTENSION IF NOT EXISTS pg_trgm")
    except DBAPIError:
        return
    for table in SEARCHED_TABLES:
        op.execute(
            f"CREATE INDEX IF NOT EXISTS ix_{table}_search_trgm ON {table} "
            "USING gin (search_text gin_trgm_ops)"
        )


def upgrade() -> None:
    dialect = op.get_bind().dialect.name
    if dialect == "postgresql":
        _create_trigram_indexes()
    if dialect != "sqlite":
        return
    for table in SEARCHED_TABLES:
        create_search_index(table)


def downgrade() -> None:
    if op.get_bind().dialect.name == "postgresql":
        for table in SEARCHED_TABLES:
            op.execute(f"DROP INDEX IF EXISTS ix_{table}_search_trgm")
    if op.get_bind().dialect.name != "sqlite":
        return
    for table in SEARCHED_TABLES:
        for suffix in ("ai", "ad", "au"):
            op.execute(f"DROP TRIGGER IF EXISTS {table}_fts_{suffix}")
        op.execute(f"DROP TABLE IF EXISTS {table}_fts")
