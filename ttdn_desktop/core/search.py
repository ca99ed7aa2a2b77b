"""Accent-insensitive search over the folded `search_text` of records.

"hoi nghi bao chi" finds "Hội nghị báo chí", "dong" finds "Đông", "pac nam" finds "Pác Nặm":
the query is folded like the stored text (core.text.fold) and every word must occur. On SQLite,
words of three letters or more go through the FTS5 trigram index of revision 0003; shorter words
and other databases use LIKE on the column.
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import and_, column, text
from sqlalchemy import table as table_clause
from sqlalchemy.sql.elements import ColumnElement

from ttdn_desktop.core.text import fold

INDEXED_TABLES = ("documents", "activities", "press_items")
# FTS5 trigram needs at least three characters to use the index.
TRIGRAM = 3


def env_include_name(name: str | None, type_: str, parent_names: Any) -> bool:
    """Alembic filter: the FTS5 tables (SQLite) and trigram indexes (PostgreSQL) of revision 0003
    are made by hand, not by autogenerate."""
    if name is not None and type_ == "index" and name.endswith("_search_trgm"):
        return False
    return not (type_ == "table" and name is not None and "_fts" in name)


def query_words(query: str) -> list[str]:
    return fold(query).split()


def _like_pattern(word: str) -> str:
    escaped = word.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
    return f"%{escaped}%"


def search_condition(model: Any, query: str, dialect: str) -> ColumnElement[bool] | None:
    """A WHERE condition matching records whose words contain every word of the query.

    Returns None for an empty query (no filtering).
    """
    words = query_words(query)
    if not words:
        return None
    table = model.__tablename__
    conditions: list[ColumnElement[bool]] = []
    long_words = [w for w in words if len(w) >= TRIGRAM]
    if dialect == "sqlite" and table in INDEXED_TABLES and long_words:
        match = " AND ".join('"' + w.replace('"', '""') + '"' for w in long_words)
        # The index joined as a table (it enters the FROM clause through this condition), not
        # `id IN (SELECT rowid …)`: with the subquery SQLite walked the list's date index and
        # probed the subquery's rows for every record (51 ms for "hoi nghi bao chi ba be" over
        # 100,000 records); joined, the index drives and only its matches are read (17 ms).
        fts = table_clause(f"{table}_fts", column("rowid"))
        conditions.append(model.id == fts.c.rowid)
        conditions.append(text(f"{table}_fts MATCH :match").bindparams(match=match))
        words = [w for w in words if len(w) < TRIGRAM]
    conditions.extend(model.search_text.like(_like_pattern(w), escape="\\") for w in words)
    return and_(*conditions)
