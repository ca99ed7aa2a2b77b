"""The starter catalogue of a new unit: added once, into an empty catalogue only."""

from __future__ import annotations

from sqlalchemy import func, select

from ttdn_desktop.core.database import Database
from ttdn_desktop.core.models import Organization, Topic
from ttdn_desktop.core.starter import (
    STARTER_CENTRAL_PRESS,
    STARTER_TOPICS,
    StarterAdded,
    add_starter_catalogue,
)
from ttdn_desktop.core.text import clean


def test_an_empty_catalogue_gets_the_topics_and_central_outlets_once(db: Database) -> None:
    with db.session() as session:
        added = add_starter_catalogue(session)
    assert added == StarterAdded(len(STARTER_TOPICS), len(STARTER_CENTRAL_PRESS))
    with db.session() as session:
        names = set(session.scalars(select(Topic.name)))
        outlets = session.execute(
            select(Organization.short_name, Organization.press_scope).where(
                Organization.kind == "press"
            )
        ).all()
        assert names == set(STARTER_TOPICS)
        assert all(clean(name) == name for name in names)  # NFC, trimmed
        assert ("TTXVN", "central") in outlets and len(outlets) == len(STARTER_CENTRAL_PRESS)
        # Again: nothing more, the catalogue is no longer empty.
        assert add_starter_catalogue(session) == StarterAdded(0, 0)
        assert session.scalar(select(func.count()).select_from(Topic)) == len(STARTER_TOPICS)


def test_a_catalogue_in_use_is_left_alone(demo_db: Database) -> None:
    with demo_db.session() as session:
        before = session.scalar(select(func.count()).select_from(Organization))
        assert add_starter_catalogue(session) == StarterAdded(0, 0)
        assert session.scalar(select(func.count()).select_from(Organization)) == before
