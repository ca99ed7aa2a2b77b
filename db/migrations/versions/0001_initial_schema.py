"""Initial schema: organisations, topics, documents, targets, activities, press items, attachments,
assessments, audit log and settings.

Revision ID: 0001
Revises:
Create Date: 2026-11-26 03:42:24.973662
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0001"
down_revision = None
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "audit_log",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("at", sa.DateTime(), nullable=False),
        sa.Column("action", sa.String(length=10), nullable=False),
        sa.Column("table_name", sa.String(length=50), nullable=False),
        sa.Column("record_id", sa.Integer(), nullable=False),
        sa.Column("summary", sa.Text(), nullable=True),
        sa.Column("changes", sa.JSON(), nullable=True),
        sa.CheckConstraint(
            "action IN ('create', 'update', 'delete', 'restore')", name=op.f("ck_audit_log_action")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_audit_log")),
    )
    with op.batch_alter_table("audit_log", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_audit_log_at"), ["at"], unique=False)
        batch_op.create_index("ix_audit_log_record", ["table_name", "record_id"], unique=False)

    op.create_table(
        "organizations",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=500), nullable=False),
        sa.Column("short_name", sa.String(length=200), nullable=True),
        sa.Column("kind", sa.String(length=20), nullable=False),
        sa.Column("press_scope", sa.String(length=20), nullable=True),
        sa.Column("address", sa.String(length=500), nullable=True),
        sa.Column("notes", sa.Text(), nullable=True),
        sa.Column("is_active", sa.Boolean(), server_default="1", nullable=False),
        sa.Column(
            "created_at",
            sa.DateTime(),
            server_default=sa.text("(CURRENT_TIMESTAMP)"),
            nullable=False,
        ),
        sa.Column(
            "updated_at",
            sa.DateTime(),
            server_default=sa.text("(CURRENT_TIMESTAMP)"),
            nullable=False,
        ),
        sa.Column("search_text", sa.Text(), server_default="", nullable=False),
        sa.Column("deleted_at", sa.DateTime(), nullable=True),
        sa.CheckConstraint(
            "kind IN ('own_unit', 'superior', 'party', 'department', 'district', 'press', 'foreign', 'other')",
            name=op.f("ck_organizations_kind"),
        ),
        sa.CheckConstraint(
            "press_scope IS NULL OR press_scope IN ('central', 'local', 'foreign', 'social')",
            name=op.f("ck_organizations_press_scope"),
        ),
        sa.CheckConstraint("length(trim(name)) > 0", name=op.f("ck_organizations_name_not_blank")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_organizations")),
    )
    with op.batch_alter_table("organizations", schema=None) as batch_op:
        batch_op.create_index("ix_organizations_kind_name", ["kind", "name"], unique=False)

    op.create_table(
        "settings",
        sa.Column("key", sa.String(length=100), nullable=False),
        sa.Column("value", sa.JSON(), nullable=False),
        sa.PrimaryKeyConstraint("key", name=op.f("pk_settings")),
    )
    op.create_table(
        "topics",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=300), nullable=False),
        sa.Column("description", sa.Text(), nullable=True),
        sa.Column("is_active", sa.Boolean(), server_default="1", nullable=False),
        sa.Column(
            "created_at",
            sa.DateTime(),
            server_default=sa.text("(CURRENT_TIMESTAMP)"),
            nullable=False,
        ),
        sa.Column(
            "updated_at",
            sa.DateTime(),
            server_default=sa.text("(CURRENT_TIMESTAMP)"),
            nullable=False,
        ),
        sa.Column("search_text", sa.Text(), server_default="", nullable=False),
        sa.Column("deleted_at", sa.DateTime(), nullable=True),
        sa.CheckConstraint("length(trim(name)) > 0", name=op.f("ck_topics_name_not_blank")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_topics")),
        sa.UniqueConstraint("name", name=op.f("uq_topics_name")),
    )
    op.create_table(
        "assessments",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("unit_id", sa.Integer(), nullable=False),
        sa.Column("period_start", sa.Date(), nullable=False),
        sa.Column("period_end", sa.Date(), nullable=False),
        sa.Column("strengths", sa.Text(), nullable=True),
        sa.Column("shortcomings", sa.Text(), nullable=True),
        sa.Column("directions", sa.Text(), nullable=True),
        sa.Column("recommendations", sa.Text(), nullable=True),
        sa.Column(
            "updated_at",
            sa.DateTime(),
            server_default=sa.text("(CURRENT_TIMESTAMP)"),
            nullable=False,
        ),
        sa.CheckConstraint(
            "period_end >= period_start", name=op.f("ck_assessments_end_after_start")
        ),
        sa.ForeignKeyConstraint(
            ["unit_id"],
            ["organizations.id"],
            name=op.f("fk_assessments_unit_id_organizations"),
            ondelete="RESTRICT",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_assessments")),
        sa.UniqueConstraint("unit_id", "period_start", "period_end", name="uq_assessments_period"),
    )
    op.create_table(
        "documents",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("unit_id", sa.Integer(), nullable=False),
        sa.Column("kind", sa.String(length=30), nullable=False),
        sa.Column("direction", sa.String(length=10), nullable=False),
        sa.Column("number_symbol", sa.String(length=100), nullable=True),
        sa.Column("issued_date", sa.Date(), nullable=False),
        sa.Column("issuer_id", sa.Integer(), nullable=True),
        sa.Column("subject", sa.Text(), nullable=False),
        sa.Column("plan_id", sa.Integer(), nullable=True),
        sa.Column("is_press_guidance", sa.Boolean(), server_default="0", nullable=False),
        sa.Column("basis", sa.Text(), nullable=True),
        sa.Column("notes", sa.Text(), nullable=True),
        sa.Column(
            "created_at",
            sa.DateTime(),
            server_default=sa.text("(CURRENT_TIMESTAMP)"),
            nullable=False,
        ),
        sa.Column(
            "updated_at",
            sa.DateTime(),
            server_default=sa.text("(CURRENT_TIMESTAMP)"),
            nullable=False,
        ),
        sa.Column("search_text", sa.Text(), server_default="", nullable=False),
        sa.Column("deleted_at", sa.DateTime(), nullable=True),
        sa.CheckConstraint(
            "direction IN ('issued', 'incoming')", name=op.f("ck_documents_direction")
        ),
        sa.CheckConstraint(
            "kind IN ('plan', 'decision', 'circular', 'decree', 'directive', 'official_letter', 'guidance', 'report', 'notice', 'other')",
            name=op.f("ck_documents_kind"),
        ),
        sa.CheckConstraint(
            "length(trim(subject)) > 0", name=op.f("ck_documents_subject_not_blank")
        ),
        sa.ForeignKeyConstraint(
            ["issuer_id"],
            ["organizations.id"],
            name=op.f("fk_documents_issuer_id_organizations"),
            ondelete="SET NULL",
        ),
        sa.ForeignKeyConstraint(
            ["plan_id"],
            ["documents.id"],
            name=op.f("fk_documents_plan_id_documents"),
            ondelete="SET NULL",
        ),
        sa.ForeignKeyConstraint(
            ["unit_id"],
            ["organizations.id"],
            name=op.f("fk_documents_unit_id_organizations"),
            ondelete="RESTRICT",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_documents")),
    )
    with op.batch_alter_table("documents", schema=None) as batch_op:
        batch_op.create_index(
            "ix_documents_guidance_date", ["is_press_guidance", "issued_date"], unique=False
        )
        batch_op.create_index(batch_op.f("ix_documents_issuer_id"), ["issuer_id"], unique=False)
        batch_op.create_index("ix_documents_kind_date", ["kind", "issued_date"], unique=False)
        batch_op.create_index("ix_documents_number_symbol", ["number_symbol"], unique=False)
        batch_op.create_index(batch_op.f("ix_documents_plan_id"), ["plan_id"], unique=False)
        batch_op.create_index("ix_documents_unit_date", ["unit_id", "issued_date"], unique=False)

    op.create_table(
        "press_items",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("unit_id", sa.Integer(), nullable=False),
        sa.Column("outlet_id", sa.Integer(), nullable=True),
        sa.Column("scope", sa.String(length=20), nullable=True),
        sa.Column("published_date", sa.Date(), nullable=False),
        sa.Column("title", sa.Text(), nullable=False),
        sa.Column("link", sa.String(length=2000), nullable=True),
        sa.Column("summary", sa.Text(), nullable=True),
        sa.Column("field", sa.String(length=200), nullable=True),
        sa.Column("assessment", sa.String(length=20), nullable=True),
        sa.Column("proposed_handling", sa.Text(), nullable=True),
        sa.Column("assigned_id", sa.Integer(), nullable=True),
        sa.Column("transfer_ref", sa.String(length=100), nullable=True),
        sa.Column("transfer_date", sa.Date(), nullable=True),
        sa.Column("deadline", sa.Date(), nullable=True),
        sa.Column("status", sa.String(length=20), server_default="new", nullable=False),
        sa.Column("result", sa.Text(), nullable=True),
        sa.Column("handled_date", sa.Date(), nullable=True),
        sa.Column("outlet_replied", sa.Boolean(), server_default="0", nullable=False),
        sa.Column("reply_date", sa.Date(), nullable=True),
        sa.Column("notes", sa.Text(), nullable=True),
        sa.Column(
            "created_at",
            sa.DateTime(),
            server_default=sa.text("(CURRENT_TIMESTAMP)"),
            nullable=False,
        ),
        sa.Column(
            "updated_at",
            sa.DateTime(),
            server_default=sa.text("(CURRENT_TIMESTAMP)"),
            nullable=False,
        ),
        sa.Column("search_text", sa.Text(), server_default="", nullable=False),
        sa.Column("deleted_at", sa.DateTime(), nullable=True),
        sa.CheckConstraint(
            "assessment IS NULL OR assessment IN ('positive', 'reflecting', 'false')",
            name=op.f("ck_press_items_assessment"),
        ),
        sa.CheckConstraint(
            "scope IS NULL OR scope IN ('central', 'local', 'foreign', 'social')",
            name=op.f("ck_press_items_scope"),
        ),
        sa.CheckConstraint(
            "status <> 'handled' OR handled_date IS NOT NULL",
            name=op.f("ck_press_items_handled_has_date"),
        ),
        sa.CheckConstraint(
            "status IN ('new', 'in_progress', 'handled', 'follow_up')",
            name=op.f("ck_press_items_status"),
        ),
        sa.CheckConstraint(
            "deadline IS NULL OR deadline >= published_date",
            name=op.f("ck_press_items_deadline_after_published"),
        ),
        sa.CheckConstraint(
            "handled_date IS NULL OR handled_date >= published_date",
            name=op.f("ck_press_items_handled_after_published"),
        ),
        sa.CheckConstraint("length(trim(title)) > 0", name=op.f("ck_press_items_title_not_blank")),
        sa.ForeignKeyConstraint(
            ["assigned_id"],
            ["organizations.id"],
            name=op.f("fk_press_items_assigned_id_organizations"),
            ondelete="SET NULL",
        ),
        sa.ForeignKeyConstraint(
            ["outlet_id"],
            ["organizations.id"],
            name=op.f("fk_press_items_outlet_id_organizations"),
            ondelete="SET NULL",
        ),
        sa.ForeignKeyConstraint(
            ["unit_id"],
            ["organizations.id"],
            name=op.f("fk_press_items_unit_id_organizations"),
            ondelete="RESTRICT",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_press_items")),
    )
    with op.batch_alter_table("press_items", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_press_items_assigned_id"), ["assigned_id"], unique=False
        )
        batch_op.create_index(batch_op.f("ix_press_items_outlet_id"), ["outlet_id"], unique=False)
        batch_op.create_index(
            "ix_press_items_status_deadline", ["status", "deadline"], unique=False
        )
        batch_op.create_index(
            "ix_press_items_unit_published", ["unit_id", "published_date"], unique=False
        )

    op.create_table(
        "unit_profiles",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("organization_id", sa.Integer(), nullable=False),
        sa.Column("parent_body", sa.String(length=300), nullable=False),
        sa.Column("body_name", sa.String(length=300), nullable=False),
        sa.Column("abbreviation", sa.String(length=50), nullable=False),
        sa.Column("place_name", sa.String(length=100), nullable=False),
        sa.Column("address", sa.String(length=500), nullable=True),
        sa.Column("signer_authority", sa.String(length=100), nullable=True),
        sa.Column("signer_title", sa.String(length=200), nullable=True),
        sa.Column("signer_name", sa.String(length=200), nullable=True),
        sa.Column("recipients", sa.JSON(), nullable=False),
        sa.Column("distribution", sa.JSON(), nullable=False),
        sa.Column(
            "updated_at",
            sa.DateTime(),
            server_default=sa.text("(CURRENT_TIMESTAMP)"),
            nullable=False,
        ),
        sa.CheckConstraint(
            "length(trim(abbreviation)) > 0", name=op.f("ck_unit_profiles_abbreviation_not_blank")
        ),
        sa.CheckConstraint(
            "length(trim(body_name)) > 0", name=op.f("ck_unit_profiles_body_name_not_blank")
        ),
        sa.CheckConstraint(
            "length(trim(place_name)) > 0", name=op.f("ck_unit_profiles_place_name_not_blank")
        ),
        sa.ForeignKeyConstraint(
            ["organization_id"],
            ["organizations.id"],
            name=op.f("fk_unit_profiles_organization_id_organizations"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_unit_profiles")),
        sa.UniqueConstraint("organization_id", name=op.f("uq_unit_profiles_organization_id")),
    )
    op.create_table(
        "activities",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("unit_id", sa.Integer(), nullable=False),
        sa.Column("kind", sa.String(length=30), nullable=False),
        sa.Column("title", sa.Text(), nullable=False),
        sa.Column("start_date", sa.Date(), nullable=False),
        sa.Column("end_date", sa.Date(), nullable=True),
        sa.Column("place", sa.String(length=500), nullable=True),
        sa.Column("host_id", sa.Integer(), nullable=True),
        sa.Column("plan_id", sa.Integer(), nullable=True),
        sa.Column("participants", sa.Integer(), nullable=True),
        sa.Column("journalists", sa.Integer(), nullable=True),
        sa.Column("press_agencies", sa.Integer(), nullable=True),
        sa.Column("groups", sa.Integer(), nullable=True),
        sa.Column("exhibits", sa.Integer(), nullable=True),
        sa.Column("audience", sa.Text(), nullable=True),
        sa.Column("themes", sa.Text(), nullable=True),
        sa.Column("channel", sa.String(length=500), nullable=True),
        sa.Column("quantity", sa.Integer(), nullable=True),
        sa.Column("cost_vnd", sa.BigInteger(), nullable=True),
        sa.Column("questions", sa.Text(), nullable=True),
        sa.Column("result", sa.Text(), nullable=True),
        sa.Column("notes", sa.Text(), nullable=True),
        sa.Column(
            "created_at",
            sa.DateTime(),
            server_default=sa.text("(CURRENT_TIMESTAMP)"),
            nullable=False,
        ),
        sa.Column(
            "updated_at",
            sa.DateTime(),
            server_default=sa.text("(CURRENT_TIMESTAMP)"),
            nullable=False,
        ),
        sa.Column("search_text", sa.Text(), server_default="", nullable=False),
        sa.Column("deleted_at", sa.DateTime(), nullable=True),
        sa.CheckConstraint(
            "kind IN ('press_info_conference', 'press_briefing', 'press_conference', 'training', 'exhibition', 'media_product', 'central_media_promotion', 'international_delegation', 'oversight', 'other')",
            name=op.f("ck_activities_kind"),
        ),
        sa.CheckConstraint(
            "cost_vnd IS NULL OR cost_vnd >= 0", name=op.f("ck_activities_cost_vnd_non_negative")
        ),
        sa.CheckConstraint(
            "end_date IS NULL OR end_date >= start_date", name=op.f("ck_activities_end_after_start")
        ),
        sa.CheckConstraint(
            "exhibits IS NULL OR exhibits >= 0", name=op.f("ck_activities_exhibits_non_negative")
        ),
        sa.CheckConstraint(
            "groups IS NULL OR groups >= 0", name=op.f("ck_activities_groups_non_negative")
        ),
        sa.CheckConstraint(
            "journalists IS NULL OR journalists >= 0",
            name=op.f("ck_activities_journalists_non_negative"),
        ),
        sa.CheckConstraint("length(trim(title)) > 0", name=op.f("ck_activities_title_not_blank")),
        sa.CheckConstraint(
            "participants IS NULL OR participants >= 0",
            name=op.f("ck_activities_participants_non_negative"),
        ),
        sa.CheckConstraint(
            "press_agencies IS NULL OR press_agencies >= 0",
            name=op.f("ck_activities_press_agencies_non_negative"),
        ),
        sa.CheckConstraint(
            "quantity IS NULL OR quantity >= 0", name=op.f("ck_activities_quantity_non_negative")
        ),
        sa.ForeignKeyConstraint(
            ["host_id"],
            ["organizations.id"],
            name=op.f("fk_activities_host_id_organizations"),
            ondelete="SET NULL",
        ),
        sa.ForeignKeyConstraint(
            ["plan_id"],
            ["documents.id"],
            name=op.f("fk_activities_plan_id_documents"),
            ondelete="SET NULL",
        ),
        sa.ForeignKeyConstraint(
            ["unit_id"],
            ["organizations.id"],
            name=op.f("fk_activities_unit_id_organizations"),
            ondelete="RESTRICT",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_activities")),
    )
    with op.batch_alter_table("activities", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_activities_host_id"), ["host_id"], unique=False)
        batch_op.create_index("ix_activities_kind_start", ["kind", "start_date"], unique=False)
        batch_op.create_index(batch_op.f("ix_activities_plan_id"), ["plan_id"], unique=False)
        batch_op.create_index("ix_activities_unit_start", ["unit_id", "start_date"], unique=False)

    op.create_table(
        "document_recipients",
        sa.Column("document_id", sa.Integer(), nullable=False),
        sa.Column("organization_id", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["document_id"],
            ["documents.id"],
            name=op.f("fk_document_recipients_document_id_documents"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["organization_id"],
            ["organizations.id"],
            name=op.f("fk_document_recipients_organization_id_organizations"),
            ondelete="RESTRICT",
        ),
        sa.PrimaryKeyConstraint(
            "document_id", "organization_id", name=op.f("pk_document_recipients")
        ),
    )
    with op.batch_alter_table("document_recipients", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_document_recipients_organization_id"), ["organization_id"], unique=False
        )

    op.create_table(
        "document_topics",
        sa.Column("document_id", sa.Integer(), nullable=False),
        sa.Column("topic_id", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["document_id"],
            ["documents.id"],
            name=op.f("fk_document_topics_document_id_documents"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["topic_id"],
            ["topics.id"],
            name=op.f("fk_document_topics_topic_id_topics"),
            ondelete="RESTRICT",
        ),
        sa.PrimaryKeyConstraint("document_id", "topic_id", name=op.f("pk_document_topics")),
    )
    with op.batch_alter_table("document_topics", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_document_topics_topic_id"), ["topic_id"], unique=False)

    op.create_table(
        "plan_targets",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("plan_id", sa.Integer(), nullable=False),
        sa.Column("position", sa.Integer(), server_default="0", nullable=False),
        sa.Column("description", sa.Text(), nullable=False),
        sa.Column("quantity", sa.Integer(), nullable=True),
        sa.Column("unit_label", sa.String(length=100), nullable=True),
        sa.Column("deadline", sa.Date(), nullable=True),
        sa.Column("responsible_id", sa.Integer(), nullable=True),
        sa.Column("counts_kind", sa.String(length=30), nullable=True),
        sa.Column("notes", sa.Text(), nullable=True),
        sa.CheckConstraint(
            "counts_kind IS NULL OR counts_kind IN ('guidance_document', 'press_item_handled', 'press_info_conference', 'press_briefing', 'press_conference', 'training', 'exhibition', 'media_product', 'central_media_promotion', 'international_delegation', 'oversight', 'other')",
            name=op.f("ck_plan_targets_counts_kind"),
        ),
        sa.CheckConstraint(
            "length(trim(description)) > 0", name=op.f("ck_plan_targets_description_not_blank")
        ),
        sa.CheckConstraint(
            "quantity IS NULL OR quantity >= 0", name=op.f("ck_plan_targets_quantity_non_negative")
        ),
        sa.ForeignKeyConstraint(
            ["plan_id"],
            ["documents.id"],
            name=op.f("fk_plan_targets_plan_id_documents"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["responsible_id"],
            ["organizations.id"],
            name=op.f("fk_plan_targets_responsible_id_organizations"),
            ondelete="SET NULL",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_plan_targets")),
    )
    with op.batch_alter_table("plan_targets", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_plan_targets_plan_id"), ["plan_id"], unique=False)

    op.create_table(
        "press_item_topics",
        sa.Column("press_item_id", sa.Integer(), nullable=False),
        sa.Column("topic_id", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["press_item_id"],
            ["press_items.id"],
            name=op.f("fk_press_item_topics_press_item_id_press_items"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["topic_id"],
            ["topics.id"],
            name=op.f("fk_press_item_topics_topic_id_topics"),
            ondelete="RESTRICT",
        ),
        sa.PrimaryKeyConstraint("press_item_id", "topic_id", name=op.f("pk_press_item_topics")),
    )
    with op.batch_alter_table("press_item_topics", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_press_item_topics_topic_id"), ["topic_id"], unique=False
        )

    op.create_table(
        "activity_co_organizers",
        sa.Column("activity_id", sa.Integer(), nullable=False),
        sa.Column("organization_id", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["activity_id"],
            ["activities.id"],
            name=op.f("fk_activity_co_organizers_activity_id_activities"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["organization_id"],
            ["organizations.id"],
            name=op.f("fk_activity_co_organizers_organization_id_organizations"),
            ondelete="RESTRICT",
        ),
        sa.PrimaryKeyConstraint(
            "activity_id", "organization_id", name=op.f("pk_activity_co_organizers")
        ),
    )
    with op.batch_alter_table("activity_co_organizers", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_activity_co_organizers_organization_id"),
            ["organization_id"],
            unique=False,
        )

    op.create_table(
        "activity_topics",
        sa.Column("activity_id", sa.Integer(), nullable=False),
        sa.Column("topic_id", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["activity_id"],
            ["activities.id"],
            name=op.f("fk_activity_topics_activity_id_activities"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["topic_id"],
            ["topics.id"],
            name=op.f("fk_activity_topics_topic_id_topics"),
            ondelete="RESTRICT",
        ),
        sa.PrimaryKeyConstraint("activity_id", "topic_id", name=op.f("pk_activity_topics")),
    )
    with op.batch_alter_table("activity_topics", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_activity_topics_topic_id"), ["topic_id"], unique=False)

    op.create_table(
        "attachments",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("document_id", sa.Integer(), nullable=True),
        sa.Column("activity_id", sa.Integer(), nullable=True),
        sa.Column("press_item_id", sa.Integer(), nullable=True),
        sa.Column("file_name", sa.String(length=500), nullable=False),
        sa.Column("sha256", sa.String(length=64), nullable=False),
        sa.Column("size_bytes", sa.BigInteger(), nullable=False),
        sa.Column("media_type", sa.String(length=200), nullable=True),
        sa.Column("caption", sa.Text(), nullable=True),
        sa.Column(
            "added_at", sa.DateTime(), server_default=sa.text("(CURRENT_TIMESTAMP)"), nullable=False
        ),
        sa.CheckConstraint(
            "(CASE WHEN document_id IS NULL THEN 0 ELSE 1 END) + (CASE WHEN activity_id IS NULL THEN 0 ELSE 1 END) + (CASE WHEN press_item_id IS NULL THEN 0 ELSE 1 END) = 1",
            name=op.f("ck_attachments_one_owner"),
        ),
        sa.CheckConstraint("length(sha256) = 64", name=op.f("ck_attachments_sha256_length")),
        sa.CheckConstraint(
            "length(trim(file_name)) > 0", name=op.f("ck_attachments_file_name_not_blank")
        ),
        sa.CheckConstraint(
            "size_bytes IS NULL OR size_bytes >= 0",
            name=op.f("ck_attachments_size_bytes_non_negative"),
        ),
        sa.ForeignKeyConstraint(
            ["activity_id"],
            ["activities.id"],
            name=op.f("fk_attachments_activity_id_activities"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["document_id"],
            ["documents.id"],
            name=op.f("fk_attachments_document_id_documents"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["press_item_id"],
            ["press_items.id"],
            name=op.f("fk_attachments_press_item_id_press_items"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_attachments")),
    )
    with op.batch_alter_table("attachments", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_attachments_activity_id"), ["activity_id"], unique=False
        )
        batch_op.create_index(
            batch_op.f("ix_attachments_document_id"), ["document_id"], unique=False
        )
        batch_op.create_index(
            batch_op.f("ix_attachments_press_item_id"), ["press_item_id"], unique=False
        )
        batch_op.create_index(batch_op.f("ix_attachments_sha256"), ["sha256"], unique=False)


def downgrade() -> None:
    with op.batch_alter_table("attachments", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_attachments_sha256"))
        batch_op.drop_index(batch_op.f("ix_attachments_press_item_id"))
        batch_op.drop_index(batch_op.f("ix_attachments_document_id"))
        batch_op.drop_index(batch_op.f("ix_attachments_activity_id"))

    op.drop_table("attachments")
    with op.batch_alter_table("activity_topics", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_activity_topics_topic_id"))

    op.drop_table("activity_topics")
    with op.batch_alter_table("activity_co_organizers", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_activity_co_organizers_organization_id"))

    op.drop_table("activity_co_organizers")
    with op.batch_alter_table("press_item_topics", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_press_item_topics_topic_id"))

    op.drop_table("press_item_topics")
    with op.batch_alter_table("plan_targets", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_plan_targets_plan_id"))

    op.drop_table("plan_targets")
    with op.batch_alter_table("document_topics", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_document_topics_topic_id"))

    op.drop_table("document_topics")
    with op.batch_alter_table("document_recipients", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_document_recipients_organization_id"))

    op.drop_table("document_recipients")
    with op.batch_alter_table("activities", schema=None) as batch_op:
        batch_op.drop_index("ix_activities_unit_start")
        batch_op.drop_index(batch_op.f("ix_activities_plan_id"))
        batch_op.drop_index("ix_activities_kind_start")
        batch_op.drop_index(batch_op.f("ix_activities_host_id"))

    op.drop_table("activities")
    op.drop_table("unit_profiles")
    with op.batch_alter_table("press_items", schema=None) as batch_op:
        batch_op.drop_index("ix_press_items_unit_published")
        batch_op.drop_index("ix_press_items_status_deadline")
        batch_op.drop_index(batch_op.f("ix_press_items_outlet_id"))
        batch_op.drop_index(batch_op.f("ix_press_items_assigned_id"))

    op.drop_table("press_items")
    with op.batch_alter_table("documents", schema=None) as batch_op:
        batch_op.drop_index("ix_documents_unit_date")
        batch_op.drop_index(batch_op.f("ix_documents_plan_id"))
        batch_op.drop_index("ix_documents_number_symbol")
        batch_op.drop_index("ix_documents_kind_date")
        batch_op.drop_index(batch_op.f("ix_documents_issuer_id"))
        batch_op.drop_index("ix_documents_guidance_date")

    op.drop_table("documents")
    op.drop_table("assessments")
    op.drop_table("topics")
    op.drop_table("settings")
    with op.batch_alter_table("organizations", schema=None) as batch_op:
        batch_op.drop_index("ix_organizations_kind_name")

    op.drop_table("organizations")
    with op.batch_alter_table("audit_log", schema=None) as batch_op:
        batch_op.drop_index("ix_audit_log_record")
        batch_op.drop_index(batch_op.f("ix_audit_log_at"))

    op.drop_table("audit_log")
