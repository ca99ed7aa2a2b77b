"""The data model: every record of TTĐN work, with its rules in the schema itself.

Conventions:
- Every record belongs to a unit (`unit_id`), the organisation that did the work: the own unit for
  what the officer records, a sending unit for what arrives in a data package from below.
- Records that the officer can delete carry `deleted_at`; deleting moves them to the trash.
- `search_text` holds the accent-insensitive key of the record's words (see core.text.fold); it is
  kept up to date by core.database on every flush.
- Codes (kinds, statuses) are English words checked by CHECK constraints; their Vietnamese labels
  live in core.labels.
"""

from __future__ import annotations

from datetime import date, datetime
from typing import Any, ClassVar

from sqlalchemy import (
    JSON,
    BigInteger,
    Boolean,
    CheckConstraint,
    Column,
    Date,
    DateTime,
    ForeignKey,
    Index,
    Integer,
    MetaData,
    String,
    Table,
    Text,
    UniqueConstraint,
    func,
)
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, relationship

from ttdn_desktop.core import labels

# Named constraints make Alembic batch migrations on SQLite predictable.
NAMING_CONVENTION = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING_CONVENTION)


def _in(column: str, codes: dict[str, str], nullable: bool = False) -> str:
    values = ", ".join(f"'{code}'" for code in codes)
    condition = f"{column} IN ({values})"
    return f"{column} IS NULL OR {condition}" if nullable else condition


def _non_negative(*columns: str) -> list[CheckConstraint]:
    return [CheckConstraint(f"{c} IS NULL OR {c} >= 0", name=f"{c}_non_negative") for c in columns]


def _not_blank(column: str) -> CheckConstraint:
    return CheckConstraint(f"length(trim({column})) > 0", name=f"{column}_not_blank")


class Timestamps:
    created_at: Mapped[datetime] = mapped_column(DateTime, server_default=func.current_timestamp())
    updated_at: Mapped[datetime] = mapped_column(
        DateTime, server_default=func.current_timestamp(), onupdate=func.current_timestamp()
    )


class Searchable:
    """A record whose words are folded into `search_text` on every flush."""

    search_fields: ClassVar[tuple[str, ...]] = ()
    search_text: Mapped[str] = mapped_column(Text, default="", server_default="")


class Trashable:
    deleted_at: Mapped[datetime | None] = mapped_column(DateTime)


def _link_table(
    name: str, owner_table: str, owner_column: str, target_table: str, target_column: str
) -> Table:
    """An association table; deleting the record drops its links, a linked catalogue entry stays."""
    return Table(
        name,
        Base.metadata,
        Column(owner_column, ForeignKey(f"{owner_table}.id", ondelete="CASCADE"), primary_key=True),
        Column(
            target_column,
            ForeignKey(f"{target_table}.id", ondelete="RESTRICT"),
            primary_key=True,
            index=True,
        ),
    )


document_topics = _link_table("document_topics", "documents", "document_id", "topics", "topic_id")
document_recipients = _link_table(
    "document_recipients", "documents", "document_id", "organizations", "organization_id"
)
activity_topics = _link_table("activity_topics", "activities", "activity_id", "topics", "topic_id")
activity_co_organizers = _link_table(
    "activity_co_organizers", "activities", "activity_id", "organizations", "organization_id"
)
press_item_topics = _link_table(
    "press_item_topics", "press_items", "press_item_id", "topics", "topic_id"
)


class Organization(Timestamps, Searchable, Trashable, Base):
    """Any body the work touches: own unit, superiors, partners, press agencies, foreign bodies."""

    __tablename__ = "organizations"
    search_fields = ("name", "short_name", "address")

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(500))
    short_name: Mapped[str | None] = mapped_column(String(200))
    kind: Mapped[str] = mapped_column(String(20))
    press_scope: Mapped[str | None] = mapped_column(String(20))
    address: Mapped[str | None] = mapped_column(String(500))
    notes: Mapped[str | None] = mapped_column(Text)
    is_active: Mapped[bool] = mapped_column(Boolean, default=True, server_default="1")

    profile: Mapped[UnitProfile | None] = relationship(back_populates="organization")

    __table_args__ = (
        CheckConstraint(_in("kind", labels.ORGANIZATION_KINDS), name="kind"),
        CheckConstraint(_in("press_scope", labels.PRESS_SCOPES, nullable=True), name="press_scope"),
        _not_blank("name"),
        Index("ix_organizations_kind_name", "kind", "name"),
    )


class UnitProfile(Base):
    """How a unit signs its reports: the names printed in the header, the signer, the recipients.

    All of it is data because units are renamed and merged (the 2025 reorganisation); an issued
    report keeps a copy of the profile it was printed with.
    """

    __tablename__ = "unit_profiles"

    id: Mapped[int] = mapped_column(primary_key=True)
    organization_id: Mapped[int] = mapped_column(
        ForeignKey("organizations.id", ondelete="CASCADE"), unique=True
    )
    parent_body: Mapped[str] = mapped_column(String(300))
    body_name: Mapped[str] = mapped_column(String(300))
    abbreviation: Mapped[str] = mapped_column(String(50))
    place_name: Mapped[str] = mapped_column(String(100))
    address: Mapped[str | None] = mapped_column(String(500))
    signer_authority: Mapped[str | None] = mapped_column(String(100))
    signer_title: Mapped[str | None] = mapped_column(String(200))
    signer_name: Mapped[str | None] = mapped_column(String(200))
    recipients: Mapped[list[str]] = mapped_column(JSON, default=list)
    distribution: Mapped[list[str]] = mapped_column(JSON, default=list)
    updated_at: Mapped[datetime] = mapped_column(
        DateTime, server_default=func.current_timestamp(), onupdate=func.current_timestamp()
    )

    organization: Mapped[Organization] = relationship(back_populates="profile")

    __table_args__ = (
        _not_blank("body_name"),
        _not_blank("abbreviation"),
        _not_blank("place_name"),
    )


class Topic(Timestamps, Searchable, Trashable, Base):
    """A theme of propaganda (chủ đề tuyên truyền)."""

    __tablename__ = "topics"
    search_fields = ("name", "description")

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(300), unique=True)
    description: Mapped[str | None] = mapped_column(Text)
    is_active: Mapped[bool] = mapped_column(Boolean, default=True, server_default="1")

    __table_args__ = (_not_blank("name"),)


class Document(Timestamps, Searchable, Trashable, Base):
    """A plan, decision, circular, official letter… issued by the unit or received by it.

    A guidance document for the press (văn bản cung cấp thông tin, hướng dẫn tuyên truyền) is a
    document with `is_press_guidance` set, its topics and its recipients.
    """

    __tablename__ = "documents"
    search_fields = ("number_symbol", "subject", "basis", "notes")

    id: Mapped[int] = mapped_column(primary_key=True)
    unit_id: Mapped[int] = mapped_column(ForeignKey("organizations.id", ondelete="RESTRICT"))
    kind: Mapped[str] = mapped_column(String(30))
    direction: Mapped[str] = mapped_column(String(10), default="issued")
    number_symbol: Mapped[str | None] = mapped_column(String(100))
    issued_date: Mapped[date] = mapped_column(Date)
    issuer_id: Mapped[int | None] = mapped_column(
        ForeignKey("organizations.id", ondelete="SET NULL"), index=True
    )
    subject: Mapped[str] = mapped_column(Text)
    plan_id: Mapped[int | None] = mapped_column(
        ForeignKey("documents.id", ondelete="SET NULL"), index=True
    )
    is_press_guidance: Mapped[bool] = mapped_column(Boolean, default=False, server_default="0")
    basis: Mapped[str | None] = mapped_column(Text)
    notes: Mapped[str | None] = mapped_column(Text)

    issuer: Mapped[Organization | None] = relationship(foreign_keys=[issuer_id])
    unit: Mapped[Organization] = relationship(foreign_keys=[unit_id])
    plan: Mapped[Document | None] = relationship(remote_side=[id], foreign_keys=[plan_id])
    topics: Mapped[list[Topic]] = relationship(secondary=document_topics)
    recipients: Mapped[list[Organization]] = relationship(secondary=document_recipients)
    targets: Mapped[list[PlanTarget]] = relationship(
        back_populates="plan", cascade="all, delete-orphan", order_by="PlanTarget.position"
    )
    attachments: Mapped[list[Attachment]] = relationship(
        cascade="all, delete-orphan", foreign_keys="Attachment.document_id"
    )

    __table_args__ = (
        CheckConstraint(_in("kind", labels.DOCUMENT_KINDS), name="kind"),
        CheckConstraint(_in("direction", labels.DOCUMENT_DIRECTIONS), name="direction"),
        _not_blank("subject"),
        Index("ix_documents_unit_date", "unit_id", "issued_date"),
        Index("ix_documents_kind_date", "kind", "issued_date"),
        Index("ix_documents_guidance_date", "is_press_guidance", "issued_date"),
        Index("ix_documents_number_symbol", "number_symbol"),
    )


class PlanTarget(Base):
    """A task of a plan: the quantity it promises and the kind of record that counts toward it."""

    __tablename__ = "plan_targets"

    id: Mapped[int] = mapped_column(primary_key=True)
    plan_id: Mapped[int] = mapped_column(ForeignKey("documents.id", ondelete="CASCADE"), index=True)
    position: Mapped[int] = mapped_column(Integer, default=0, server_default="0")
    description: Mapped[str] = mapped_column(Text)
    quantity: Mapped[int | None] = mapped_column(Integer)
    unit_label: Mapped[str | None] = mapped_column(String(100))
    deadline: Mapped[date | None] = mapped_column(Date)
    responsible_id: Mapped[int | None] = mapped_column(
        ForeignKey("organizations.id", ondelete="SET NULL")
    )
    counts_kind: Mapped[str | None] = mapped_column(String(30))
    notes: Mapped[str | None] = mapped_column(Text)

    plan: Mapped[Document] = relationship(back_populates="targets")
    responsible: Mapped[Organization | None] = relationship()

    __table_args__ = (
        CheckConstraint(
            _in("counts_kind", labels.TARGET_COUNT_KINDS, nullable=True), name="counts_kind"
        ),
        _not_blank("description"),
        *_non_negative("quantity"),
    )


class Activity(Timestamps, Searchable, Trashable, Base):
    """A piece of TTĐN work with a date: a press event, training, exhibition, media product…"""

    __tablename__ = "activities"
    search_fields = ("title", "place", "audience", "themes", "channel", "result", "notes")

    id: Mapped[int] = mapped_column(primary_key=True)
    unit_id: Mapped[int] = mapped_column(ForeignKey("organizations.id", ondelete="RESTRICT"))
    kind: Mapped[str] = mapped_column(String(30))
    title: Mapped[str] = mapped_column(Text)
    start_date: Mapped[date] = mapped_column(Date)
    end_date: Mapped[date | None] = mapped_column(Date)
    place: Mapped[str | None] = mapped_column(String(500))
    host_id: Mapped[int | None] = mapped_column(
        ForeignKey("organizations.id", ondelete="SET NULL"), index=True
    )
    plan_id: Mapped[int | None] = mapped_column(
        ForeignKey("documents.id", ondelete="SET NULL"), index=True
    )
    # Participants of a meeting or training; visitors (lượt) of an exhibition.
    participants: Mapped[int | None] = mapped_column(Integer)
    journalists: Mapped[int | None] = mapped_column(Integer)
    press_agencies: Mapped[int | None] = mapped_column(Integer)
    groups: Mapped[int | None] = mapped_column(Integer)
    exhibits: Mapped[int | None] = mapped_column(Integer)
    audience: Mapped[str | None] = mapped_column(Text)
    themes: Mapped[str | None] = mapped_column(Text)
    channel: Mapped[str | None] = mapped_column(String(500))
    quantity: Mapped[int | None] = mapped_column(Integer)
    cost_vnd: Mapped[int | None] = mapped_column(BigInteger)
    questions: Mapped[str | None] = mapped_column(Text)
    result: Mapped[str | None] = mapped_column(Text)
    notes: Mapped[str | None] = mapped_column(Text)

    unit: Mapped[Organization] = relationship(foreign_keys=[unit_id])
    host: Mapped[Organization | None] = relationship(foreign_keys=[host_id])
    plan: Mapped[Document | None] = relationship()
    co_organizers: Mapped[list[Organization]] = relationship(secondary=activity_co_organizers)
    topics: Mapped[list[Topic]] = relationship(secondary=activity_topics)
    attachments: Mapped[list[Attachment]] = relationship(
        cascade="all, delete-orphan", foreign_keys="Attachment.activity_id"
    )

    __table_args__ = (
        CheckConstraint(_in("kind", labels.ACTIVITY_KINDS), name="kind"),
        CheckConstraint("end_date IS NULL OR end_date >= start_date", name="end_after_start"),
        _not_blank("title"),
        *_non_negative(*labels.ACTIVITY_COUNT_FIELDS),
        Index("ix_activities_kind_start", "kind", "start_date"),
        Index("ix_activities_unit_start", "unit_id", "start_date"),
        # The lists' order (migration 0006); the date first, see there why.
        Index("ix_activities_start_deleted_kind", "start_date", "deleted_at", "kind"),
    )


class PressItem(Timestamps, Searchable, Trashable, Base):
    """Press coverage followed to its final result (theo dõi, xử lý thông tin báo chí)."""

    __tablename__ = "press_items"
    search_fields = ("title", "summary", "field", "proposed_handling", "result", "transfer_ref")

    id: Mapped[int] = mapped_column(primary_key=True)
    unit_id: Mapped[int] = mapped_column(ForeignKey("organizations.id", ondelete="RESTRICT"))
    outlet_id: Mapped[int | None] = mapped_column(
        ForeignKey("organizations.id", ondelete="SET NULL"), index=True
    )
    scope: Mapped[str | None] = mapped_column(String(20))
    published_date: Mapped[date] = mapped_column(Date)
    title: Mapped[str] = mapped_column(Text)
    link: Mapped[str | None] = mapped_column(String(2000))
    summary: Mapped[str | None] = mapped_column(Text)
    field: Mapped[str | None] = mapped_column(String(200))
    assessment: Mapped[str | None] = mapped_column(String(20))
    proposed_handling: Mapped[str | None] = mapped_column(Text)
    assigned_id: Mapped[int | None] = mapped_column(
        ForeignKey("organizations.id", ondelete="SET NULL"), index=True
    )
    transfer_ref: Mapped[str | None] = mapped_column(String(100))
    transfer_date: Mapped[date | None] = mapped_column(Date)
    deadline: Mapped[date | None] = mapped_column(Date)
    status: Mapped[str] = mapped_column(String(20), default="new", server_default="new")
    result: Mapped[str | None] = mapped_column(Text)
    handled_date: Mapped[date | None] = mapped_column(Date)
    outlet_replied: Mapped[bool] = mapped_column(Boolean, default=False, server_default="0")
    reply_date: Mapped[date | None] = mapped_column(Date)
    notes: Mapped[str | None] = mapped_column(Text)

    unit: Mapped[Organization] = relationship(foreign_keys=[unit_id])
    outlet: Mapped[Organization | None] = relationship(foreign_keys=[outlet_id])
    assigned: Mapped[Organization | None] = relationship(foreign_keys=[assigned_id])
    topics: Mapped[list[Topic]] = relationship(secondary=press_item_topics)
    attachments: Mapped[list[Attachment]] = relationship(
        cascade="all, delete-orphan", foreign_keys="Attachment.press_item_id"
    )

    __table_args__ = (
        CheckConstraint(_in("scope", labels.PRESS_SCOPES, nullable=True), name="scope"),
        CheckConstraint(
            _in("assessment", labels.PRESS_ASSESSMENTS, nullable=True), name="assessment"
        ),
        CheckConstraint(_in("status", labels.PRESS_STATUSES), name="status"),
        CheckConstraint(
            "handled_date IS NULL OR handled_date >= published_date", name="handled_after_published"
        ),
        CheckConstraint(
            "deadline IS NULL OR deadline >= published_date", name="deadline_after_published"
        ),
        CheckConstraint("status <> 'handled' OR handled_date IS NOT NULL", name="handled_has_date"),
        _not_blank("title"),
        Index("ix_press_items_unit_published", "unit_id", "published_date"),
        Index("ix_press_items_status_deadline", "status", "deadline"),
        Index("ix_press_items_status_handled", "status", "handled_date"),
        Index("ix_press_items_published_deleted", "published_date", "deleted_at"),  # see 0006
    )


class Attachment(Base):
    """A file attached to one record: the signed scan, photos of an event.

    The file itself lives in the data folder under its SHA-256, so the same photo attached twice
    is stored once.
    """

    __tablename__ = "attachments"

    id: Mapped[int] = mapped_column(primary_key=True)
    document_id: Mapped[int | None] = mapped_column(
        ForeignKey("documents.id", ondelete="CASCADE"), index=True
    )
    activity_id: Mapped[int | None] = mapped_column(
        ForeignKey("activities.id", ondelete="CASCADE"), index=True
    )
    press_item_id: Mapped[int | None] = mapped_column(
        ForeignKey("press_items.id", ondelete="CASCADE"), index=True
    )
    file_name: Mapped[str] = mapped_column(String(500))
    sha256: Mapped[str] = mapped_column(String(64), index=True)
    size_bytes: Mapped[int] = mapped_column(BigInteger)
    media_type: Mapped[str | None] = mapped_column(String(200))
    caption: Mapped[str | None] = mapped_column(Text)
    added_at: Mapped[datetime] = mapped_column(DateTime, server_default=func.current_timestamp())

    __table_args__ = (
        CheckConstraint(
            "(CASE WHEN document_id IS NULL THEN 0 ELSE 1 END)"
            " + (CASE WHEN activity_id IS NULL THEN 0 ELSE 1 END)"
            " + (CASE WHEN press_item_id IS NULL THEN 0 ELSE 1 END) = 1",
            name="one_owner",
        ),
        CheckConstraint("length(sha256) = 64", name="sha256_length"),
        _not_blank("file_name"),
        *_non_negative("size_bytes"),
    )


class Assessment(Base):
    """The officer's own words about a period: strengths, shortcomings, directions, requests."""

    __tablename__ = "assessments"

    id: Mapped[int] = mapped_column(primary_key=True)
    unit_id: Mapped[int] = mapped_column(ForeignKey("organizations.id", ondelete="RESTRICT"))
    period_start: Mapped[date] = mapped_column(Date)
    period_end: Mapped[date] = mapped_column(Date)
    strengths: Mapped[str | None] = mapped_column(Text)
    shortcomings: Mapped[str | None] = mapped_column(Text)
    directions: Mapped[str | None] = mapped_column(Text)
    recommendations: Mapped[str | None] = mapped_column(Text)
    updated_at: Mapped[datetime] = mapped_column(
        DateTime, server_default=func.current_timestamp(), onupdate=func.current_timestamp()
    )

    __table_args__ = (
        UniqueConstraint("unit_id", "period_start", "period_end", name="uq_assessments_period"),
        CheckConstraint("period_end >= period_start", name="end_after_start"),
    )


class AuditEntry(Base):
    """One change to one record, written in the same transaction as the change."""

    __tablename__ = "audit_log"

    id: Mapped[int] = mapped_column(primary_key=True)
    at: Mapped[datetime] = mapped_column(DateTime, index=True)
    action: Mapped[str] = mapped_column(String(10))
    table_name: Mapped[str] = mapped_column(String(50))
    record_id: Mapped[int] = mapped_column(Integer)
    summary: Mapped[str | None] = mapped_column(Text)
    changes: Mapped[dict[str, Any] | None] = mapped_column(JSON)

    __table_args__ = (
        CheckConstraint(_in("action", labels.AUDIT_ACTIONS), name="action"),
        Index("ix_audit_log_record", "table_name", "record_id"),
    )


class Setting(Base):
    """A program setting kept with the data, so it travels with backups."""

    __tablename__ = "settings"

    key: Mapped[str] = mapped_column(String(100), primary_key=True)
    value: Mapped[Any] = mapped_column(JSON)


class IssuedReport(Base):
    """A report the unit sent upward: number, date, period, and the names it was issued under."""

    __tablename__ = "issued_reports"

    id: Mapped[int] = mapped_column(primary_key=True)
    unit_id: Mapped[int] = mapped_column(ForeignKey("organizations.id", ondelete="RESTRICT"))
    report_kind: Mapped[str] = mapped_column(String(30))
    number: Mapped[str | None] = mapped_column(String(100))
    issued_date: Mapped[date] = mapped_column(Date)
    period_start: Mapped[date] = mapped_column(Date)
    period_end: Mapped[date] = mapped_column(Date)
    title: Mapped[str] = mapped_column(Text)
    file_name: Mapped[str | None] = mapped_column(String(500))
    file_sha256: Mapped[str | None] = mapped_column(String(64))
    header: Mapped[dict[str, Any]] = mapped_column(JSON, default=dict)
    created_at: Mapped[datetime] = mapped_column(DateTime, server_default=func.current_timestamp())

    __table_args__ = (
        CheckConstraint("period_end >= period_start", name="end_after_start"),
        _not_blank("title"),
        Index("ix_issued_reports_unit_date", "unit_id", "issued_date"),
    )


class ReceivedPackage(Base):
    """A data package received from a unit below: who sent it, for which period, which file.

    Re-receiving a package of the same unit and period replaces the earlier one, so the records
    it brought are listed in `received_package_records`.
    """

    __tablename__ = "received_packages"

    id: Mapped[int] = mapped_column(primary_key=True)
    unit_id: Mapped[int] = mapped_column(ForeignKey("organizations.id", ondelete="RESTRICT"))
    period_start: Mapped[date] = mapped_column(Date)
    period_end: Mapped[date] = mapped_column(Date)
    period_name: Mapped[str | None] = mapped_column(String(200))
    file_name: Mapped[str] = mapped_column(String(500))
    file_sha256: Mapped[str] = mapped_column(String(64))
    format_version: Mapped[int] = mapped_column(Integer)
    program_version: Mapped[str | None] = mapped_column(String(50))
    exported_at: Mapped[datetime | None] = mapped_column(DateTime)
    received_at: Mapped[datetime] = mapped_column(DateTime, server_default=func.current_timestamp())
    counts: Mapped[dict[str, Any]] = mapped_column(JSON, default=dict)

    unit: Mapped[Organization] = relationship()

    __table_args__ = (
        UniqueConstraint(
            "unit_id", "period_start", "period_end", name="uq_received_packages_period"
        ),
        CheckConstraint("period_end >= period_start", name="end_after_start"),
    )


class ReceivedPackageRecord(Base):
    """One record a received package brought (documents, activities, press items, assessments)."""

    __tablename__ = "received_package_records"

    package_id: Mapped[int] = mapped_column(
        ForeignKey("received_packages.id", ondelete="CASCADE"), primary_key=True
    )
    table_name: Mapped[str] = mapped_column(String(30), primary_key=True)
    record_id: Mapped[int] = mapped_column(Integer, primary_key=True)

    __table_args__ = (Index("ix_received_package_records_record", "table_name", "record_id"),)


AUDITED_MODELS: tuple[type[Base], ...] = (
    Organization,
    UnitProfile,
    Topic,
    Document,
    PlanTarget,
    Activity,
    PressItem,
    Attachment,
    Assessment,
    IssuedReport,
)
