"""Data packages received from units below, and the records each one brought.

Re-receiving a package of the same unit and period replaces the records of the earlier one;
this register says which records those are. Two new tables: no existing table is rebuilt, so
the search triggers of 0003 stay in place.

Revision ID: 0005
Revises: 0004
Create Date: 2026-11-26 06:40:00
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0005"
down_revision = "0004"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "received_packages",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("unit_id", sa.Integer(), nullable=False),
        sa.Column("period_start", sa.Date(), nullable=False),
        sa.Column("period_end", sa.Date(), nullable=False),
        sa.Column("period_name", sa.String(length=200), nullable=True),
        sa.Column("file_name", sa.String(length=500), nullable=False),
        sa.Column("file_sha256", sa.String(length=64), nullable=False),
        sa.Column("format_version", sa.Integer(), nullable=False),
        sa.Column("program_version", sa.String(length=50), nullable=True),
        sa.Column("exported_at", sa.DateTime(), nullable=True),
        sa.Column(
            "received_at",
            sa.DateTime(),
            server_default=sa.text("(CURRENT_TIMESTAMP)"),
            nullable=False,
        ),
        sa.Column("counts", sa.JSON(), nullable=False),
        sa.CheckConstraint(
            "period_end >= period_start", name=op.f("ck_received_packages_end_after_start")
        ),
        sa.ForeignKeyConstraint(
            ["unit_id"],
            ["organizations.id"],
            name=op.f("fk_received_packages_unit_id_organizations"),
            ondelete="RESTRICT",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_received_packages")),
        sa.UniqueConstraint(
            "unit_id", "period_start", "period_end", name="uq_received_packages_period"
        ),
    )
    op.create_table(
        "received_package_records",
        sa.Column("package_id", sa.Integer(), nullable=False),
        sa.Column("table_name", sa.String(length=30), nullable=False),
        sa.Column("record_id", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["package_id"],
            ["received_packages.id"],
            name=op.f("fk_received_package_records_package_id_received_packages"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint(
            "package_id", "table_name", "record_id", name=op.f("pk_received_package_records")
        ),
    )
    op.create_index(
        "ix_received_package_records_record",
        "received_package_records",
        ["table_name", "record_id"],
        unique=False,
    )


def downgrade() -> None:
    op.drop_index("ix_received_package_records_record", table_name="received_package_records")
    op.drop_table("received_package_records")
    op.drop_table("received_packages")
