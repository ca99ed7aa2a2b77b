"""Register of issued reports: what was sent upward, with the names it was issued under.

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-26 04:00:00
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "issued_reports",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("unit_id", sa.Integer(), nullable=False),
        sa.Column("report_kind", sa.String(length=30), nullable=False),
        sa.Column("number", sa.String(length=100), nullable=True),
        sa.Column("issued_date", sa.Date(), nullable=False),
        sa.Column("period_start", sa.Date(), nullable=False),
        sa.Column("period_end", sa.Date(), nullable=False),
        sa.Column("title", sa.Text(), nullable=False),
        sa.Column("file_name", sa.String(length=500), nullable=True),
        sa.Column("file_sha256", sa.String(length=64), nullable=True),
        sa.Column("header", sa.JSON(), nullable=False),
        sa.Column(
            "created_at",
            sa.DateTime(),
            server_default=sa.text("(CURRENT_TIMESTAMP)"),
            nullable=False,
        ),
        sa.CheckConstraint(
            "length(trim(title)) > 0", name=op.f("ck_issued_reports_title_not_blank")
        ),
        sa.CheckConstraint(
            "period_end >= period_start", name=op.f("ck_issued_reports_end_after_start")
        ),
        sa.ForeignKeyConstraint(
            ["unit_id"],
            ["organizations.id"],
            name=op.f("fk_issued_reports_unit_id_organizations"),
            ondelete="RESTRICT",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_issued_reports")),
    )
    with op.batch_alter_table("issued_reports", schema=None) as batch_op:
        batch_op.create_index(
            "ix_issued_reports_unit_date", ["unit_id", "issued_date"], unique=False
        )


def downgrade() -> None:
    with op.batch_alter_table("issued_reports", schema=None) as batch_op:
        batch_op.drop_index("ix_issued_reports_unit_date")
    op.drop_table("issued_reports")
