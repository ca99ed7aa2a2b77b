"""Indexes in the order the lists show: press items and activities by their date.

Every list asks for the records not in the trash, newest first. Without these indexes SQLite
read the whole table and sorted it: the first 200 of the 45,000 press items of a
100,000-record database took 24-38 ms, the count and all their ids 13 and 50 ms; with them
0.1 ms, 3 ms and 21 ms (covering: the table itself is not read). The overview's and the
reminders' "coming up" counts (activities of the next month) read the activities' index alone.

The date comes first on purpose: an index led by `deleted_at` was taken by SQLite for every
query that says `deleted_at IS NULL` (which is every query), and walking it with a table read
per row made the year's figures and the list of units six times slower than reading the table.
Documents are served well enough by ix_documents_guidance_date.
Plain CREATE INDEX: no table is rebuilt, so the search triggers of 0003 stay in place.

Revision ID: 0006
Revises: 0005
Create Date: 2026-11-26 06:30:00
"""

from __future__ import annotations

from alembic import op

revision = "0006"
down_revision = "0005"
branch_labels = None
depends_on = None

INDEXES = (
    ("ix_press_items_published_deleted", "press_items", ["published_date", "deleted_at"]),
    ("ix_activities_start_deleted_kind", "activities", ["start_date", "deleted_at", "kind"]),
)


def upgrade() -> None:
    for name, table, columns in INDEXES:
        op.create_index(name, table, columns, unique=False)


def downgrade() -> None:
    for name, table, _columns in reversed(INDEXES):
        op.drop_index(name, table_name=table)
