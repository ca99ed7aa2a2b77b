"""Opening the databases the window offers: the officer's own one and the separate demo file."""

from __future__ import annotations

import os

from ttdn_desktop.core.database import Database
from ttdn_desktop.core.demo import is_demo
from ttdn_desktop.core.units import own_unit


def own_target(db_option: str | None = None) -> str | None:
    """The officer's database as `--db` names it: the option, then `TTDN_DB`, then the default."""
    return db_option or os.environ.get("TTDN_DB") or None


def database_is_demo(db: Database) -> bool:
    with db.session() as session:
        return is_demo(session)


def has_own_unit(db: Database) -> bool:
    with db.session() as session:
        return own_unit(session) is not None
