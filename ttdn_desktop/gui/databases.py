"""Opening the databases the window offers: the officer's own one and the separate demo file."""

from __future__ import annotations

from ttdn_desktop.core.database import Database
from ttdn_desktop.core.demo import is_demo
from ttdn_desktop.core.units import own_unit


def database_is_demo(db: Database) -> bool:
    with db.session() as session:
        return is_demo(session)


def has_own_unit(db: Database) -> bool:
    with db.session() as session:
        return own_unit(session) is not None
