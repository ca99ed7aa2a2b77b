"""The lists of records behind every page: which ids match, in which order, and their cells.

A list model asks `matching_ids` once per filter or sort change (ids only, sorted by the
database) and `rows` for the few ids on screen, so a list of 100,000 records costs one id query
and one small fetch per screen. Nothing here imports Qt.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from datetime import date
from typing import Any

from sqlalchemy import Select, String, exists, func, or_, select
from sqlalchemy.ext.compiler import compiles
from sqlalchemy.orm import Session, aliased
from sqlalchemy.sql.functions import FunctionElement

from ttdn_desktop.core import labels
from ttdn_desktop.core.database import PG_VI_COLLATION
from ttdn_desktop.core.models import (
    Activity,
    Document,
    Organization,
    PressItem,
    Topic,
    activity_co_organizers,
    activity_topics,
    document_recipients,
    document_topics,
    press_item_topics,
)
from ttdn_desktop.core.periods import Period
from ttdn_desktop.core.search import search_condition
from ttdn_desktop.core.units import own_records_unit_id

Cell = str | int | date | None


class vi_order(FunctionElement[str]):
    """Order text the Vietnamese way: `vi_sort_key(x)` on SQLite (core.text.sort_key, registered
    on every connection), ICU's Vietnamese collation on PostgreSQL, the plain column elsewhere."""

    type = String()
    inherit_cache = True


@compiles(vi_order)
def _vi_order_default(element: vi_order, compiler: Any, **kw: Any) -> str:
    return str(compiler.process(element.clauses, **kw))


@compiles(vi_order, "sqlite")
def _vi_order_sqlite(element: vi_order, compiler: Any, **kw: Any) -> str:
    return f"vi_sort_key({compiler.process(element.clauses, **kw)})"


@compiles(vi_order, "postgresql")
def _vi_order_postgresql(element: vi_order, compiler: Any, **kw: Any) -> str:
    return f'({compiler.process(element.clauses, **kw)}) COLLATE "{PG_VI_COLLATION}"'


@dataclass(frozen=True)
class Column:
    key: str
    label: str
    # What the database orders by when the officer sorts on this column.
    sort: Any
    width: int = 12  # characters, a hint for the view
    align: str = "left"

    @property
    def value(self) -> Any:
        """What the cell shows: the sort expression without its Vietnamese ordering key."""
        if isinstance(self.sort, vi_order):
            return next(iter(self.sort.clauses))
        return self.sort


@dataclass
class ListFilter:
    """What the officer asked to see. Empty fields do not filter."""

    period: Period | None = None
    kinds: tuple[str, ...] = ()
    statuses: tuple[str, ...] = ()
    organization_id: int | None = None
    topic_id: int | None = None
    text: str = ""
    open_only: bool = False
    overdue_only: bool = False
    in_trash: bool = False
    unit_id: int | None = None
    today: date | None = None
    # Press items handled (status and date handled) in this period, as the figures count them.
    handled_in: Period | None = None
    # Documents issued by the unit ("issued") or received ("incoming").
    direction: str | None = None
    # The documents list with the guidance documents too (the figure "documents issued").
    with_guidance: bool = False
    # Records received from other units too; by default a list shows the own unit's only.
    all_units: bool = False


@dataclass(frozen=True)
class Family:
    """A kind of list: the records of one page."""

    key: str
    label: str
    model: Any
    columns: tuple[Column, ...]
    default_sort: str
    default_descending: bool
    kinds: tuple[str, ...] = ()
    base: Callable[[Select[Any]], Select[Any]] = field(default=lambda stmt: stmt)


_host = aliased(Organization)
_issuer = aliased(Organization)
_outlet = aliased(Organization)
_assigned = aliased(Organization)

PRESS_EVENT_KINDS = ("press_info_conference", "press_briefing", "press_conference")
EVENT_KINDS = ("exhibition", "international_delegation", "oversight", "other")
MEDIA_KINDS = ("media_product", "central_media_promotion")


def _activity_columns(extra: Sequence[Column] = ()) -> tuple[Column, ...]:
    return (
        Column("start_date", "Ngày", Activity.start_date, 10, "center"),
        Column("kind", "Loại", Activity.kind, 18),
        Column("title", "Tên hoạt động", vi_order(Activity.title), 48),
        Column("place", "Địa điểm", vi_order(Activity.place), 24),
        Column("host", "Chủ trì", vi_order(func.coalesce(_host.short_name, _host.name)), 18),
        *extra,
    )


FAMILIES: dict[str, Family] = {
    f.key: f
    for f in (
        Family(
            "documents",
            "Kế hoạch & văn bản",
            Document,
            (
                Column("issued_date", "Ngày", Document.issued_date, 10, "center"),
                Column("number_symbol", "Số, ký hiệu", Document.number_symbol, 16),
                Column("kind", "Loại", Document.kind, 12),
                Column("subject", "Trích yếu", vi_order(Document.subject), 60),
                Column(
                    "issuer",
                    "Cơ quan ban hành",
                    vi_order(func.coalesce(_issuer.short_name, _issuer.name)),
                    22,
                ),
                Column("direction", "Đi/đến", Document.direction, 8, "center"),
            ),
            "issued_date",
            True,
            kinds=tuple(labels.DOCUMENT_KINDS),
            base=lambda stmt: stmt.where(Document.is_press_guidance.is_(False)),
        ),
        Family(
            "guidance",
            "Hướng dẫn tuyên truyền",
            Document,
            (
                Column("issued_date", "Ngày", Document.issued_date, 10, "center"),
                Column("number_symbol", "Số, ký hiệu", Document.number_symbol, 18),
                Column("subject", "Trích yếu", vi_order(Document.subject), 70),
                Column("topics", "Chủ đề", None, 30),
            ),
            "issued_date",
            True,
            base=lambda stmt: stmt.where(Document.is_press_guidance.is_(True)),
        ),
        Family(
            "press_events",
            "Hội nghị & họp báo",
            Activity,
            _activity_columns(
                (
                    Column("journalists", "Phóng viên", Activity.journalists, 9, "right"),
                    Column(
                        "press_agencies", "Cơ quan báo chí", Activity.press_agencies, 9, "right"
                    ),
                )
            ),
            "start_date",
            True,
            kinds=PRESS_EVENT_KINDS,
        ),
        Family(
            "exhibitions",
            "Sự kiện & triển lãm",
            Activity,
            _activity_columns(
                (Column("participants", "Lượt người", Activity.participants, 9, "right"),)
            ),
            "start_date",
            True,
            kinds=EVENT_KINDS,
        ),
        Family(
            "media",
            "Sản phẩm truyền thông",
            Activity,
            (
                Column("start_date", "Ngày", Activity.start_date, 10, "center"),
                Column("kind", "Loại", Activity.kind, 18),
                Column("title", "Tên sản phẩm", vi_order(Activity.title), 56),
                Column("channel", "Kênh đăng, phát", vi_order(Activity.channel), 30),
                Column("quantity", "Số lượng", Activity.quantity, 8, "right"),
            ),
            "start_date",
            True,
            kinds=MEDIA_KINDS,
        ),
        Family(
            "trainings",
            "Tập huấn",
            Activity,
            _activity_columns(
                (Column("participants", "Số người", Activity.participants, 9, "right"),)
            ),
            "start_date",
            True,
            kinds=("training",),
        ),
        Family(
            "press_items",
            "Theo dõi báo chí",
            PressItem,
            (
                Column("published_date", "Ngày đăng", PressItem.published_date, 10, "center"),
                Column(
                    "outlet",
                    "Cơ quan báo chí",
                    vi_order(func.coalesce(_outlet.short_name, _outlet.name)),
                    20,
                ),
                Column("title", "Tiêu đề", vi_order(PressItem.title), 50),
                Column("assessment", "Tính chất", PressItem.assessment, 14),
                Column(
                    "assigned",
                    "Giao xử lý",
                    vi_order(func.coalesce(_assigned.short_name, _assigned.name)),
                    20,
                ),
                Column("deadline", "Hạn xử lý", PressItem.deadline, 10, "center"),
                Column("status", "Trạng thái", PressItem.status, 14),
            ),
            "published_date",
            True,
        ),
        Family(
            "organizations",
            "Cơ quan, tổ chức",
            Organization,
            (
                Column("name", "Tên", vi_order(Organization.name), 50),
                Column("short_name", "Tên viết tắt", vi_order(Organization.short_name), 18),
                Column("kind", "Loại", Organization.kind, 18),
                Column("press_scope", "Phạm vi báo chí", Organization.press_scope, 16),
            ),
            "name",
            False,
            kinds=tuple(labels.ORGANIZATION_KINDS),
        ),
        Family(
            "topics",
            "Chủ đề tuyên truyền",
            Topic,
            (
                Column("name", "Chủ đề", vi_order(Topic.name), 60),
                Column("description", "Mô tả", vi_order(Topic.description), 40),
            ),
            "name",
            False,
        ),
    )
}

_DATE_COLUMN = {
    Document: Document.issued_date,
    Activity: Activity.start_date,
    PressItem: PressItem.published_date,
}
_TOPIC_LINKS = {
    Document: (document_topics, document_topics.c.document_id),
    Activity: (activity_topics, activity_topics.c.activity_id),
    PressItem: (press_item_topics, press_item_topics.c.press_item_id),
}


_JOINED_COLUMNS = {"host", "issuer", "outlet", "assigned"}


def _joins(family: Family, stmt: Select[Any]) -> Select[Any]:
    model = family.model
    if model is Document:
        stmt = stmt.outerjoin(_issuer, Document.issuer_id == _issuer.id)
    elif model is Activity:
        stmt = stmt.outerjoin(_host, Activity.host_id == _host.id)
    elif model is PressItem:
        stmt = stmt.outerjoin(_outlet, PressItem.outlet_id == _outlet.id).outerjoin(
            _assigned, PressItem.assigned_id == _assigned.id
        )
    return stmt


def _organization_condition(model: Any, organization_id: int) -> Any:
    if model is Document:
        return or_(
            Document.issuer_id == organization_id,
            exists().where(
                document_recipients.c.document_id == Document.id,
                document_recipients.c.organization_id == organization_id,
            ),
        )
    if model is Activity:
        return or_(
            Activity.host_id == organization_id,
            exists().where(
                activity_co_organizers.c.activity_id == Activity.id,
                activity_co_organizers.c.organization_id == organization_id,
            ),
        )
    if model is PressItem:
        return or_(PressItem.outlet_id == organization_id, PressItem.assigned_id == organization_id)
    return Organization.id == organization_id


def _filtered(session: Session, family: Family, flt: ListFilter, stmt: Select[Any]) -> Select[Any]:
    model = family.model
    if not (flt.with_guidance and model is Document):
        stmt = family.base(stmt)
    stmt = stmt.where(model.deleted_at.is_not(None) if flt.in_trash else model.deleted_at.is_(None))
    if flt.direction and model is Document:
        stmt = stmt.where(Document.direction == flt.direction)
    if flt.handled_in is not None and model is PressItem:
        stmt = stmt.where(
            PressItem.status == "handled",
            PressItem.handled_date.between(flt.handled_in.start, flt.handled_in.end),
        )
    if model is Activity and family.kinds:
        stmt = stmt.where(Activity.kind.in_(flt.kinds or family.kinds))
    elif flt.kinds and model in (Document, Organization):
        stmt = stmt.where(model.kind.in_(flt.kinds))
    if flt.statuses and model is PressItem:
        stmt = stmt.where(PressItem.status.in_(flt.statuses))
    if flt.open_only and model is PressItem:
        stmt = stmt.where(PressItem.status.in_(("new", "in_progress", "follow_up")))
    if flt.overdue_only and model is PressItem:
        stmt = stmt.where(
            PressItem.status.in_(("new", "in_progress", "follow_up")),
            PressItem.deadline < (flt.today or date.today()),
        )
    if flt.period is not None and model in _DATE_COLUMN:
        stmt = stmt.where(_DATE_COLUMN[model].between(flt.period.start, flt.period.end))
    if hasattr(model, "unit_id"):
        unit_id = flt.unit_id
        if unit_id is None and not flt.all_units:
            unit_id = own_records_unit_id(session)
        if unit_id is not None:
            stmt = stmt.where(model.unit_id == unit_id)
    if flt.organization_id is not None:
        stmt = stmt.where(_organization_condition(model, flt.organization_id))
    if flt.topic_id is not None and model in _TOPIC_LINKS:
        link, owner = _TOPIC_LINKS[model]
        stmt = stmt.where(exists().where(owner == model.id, link.c.topic_id == flt.topic_id))
    condition = search_condition(model, flt.text, session.get_bind().dialect.name)
    if condition is not None:
        stmt = stmt.where(condition)
    return stmt


def matching_ids(
    session: Session,
    family_key: str,
    flt: ListFilter,
    sort_key: str | None = None,
    descending: bool | None = None,
    limit: int | None = None,
) -> list[int]:
    """The ids of the matching records, in the order the list shows them (the first `limit`)."""
    family = FAMILIES[family_key]
    model = family.model
    columns = {c.key: c for c in family.columns}
    sort_key = (
        sort_key
        if sort_key in columns and columns[sort_key].sort is not None
        else (family.default_sort)
    )
    descending = family.default_descending if descending is None else descending
    sort = columns[sort_key].sort
    stmt = select(model.id)
    # Joining the organisations costs ten times the query itself: only a sort on them needs it.
    if sort_key in _JOINED_COLUMNS:
        stmt = _joins(family, stmt)
    stmt = _filtered(session, family, flt, stmt)
    order = [
        sort.desc() if descending else sort.asc(),
        model.id.desc() if descending else model.id.asc(),
    ]
    # Straight from the driver's cursor: the ORM's result machinery tripled the time of a list
    # of 100,000 integers, and even Core's rows fetched one by one cost three times the query
    # (45,000 press items: 67 ms through `.scalars()`, 23 ms here; the SQL alone 15-30 ms).
    stmt = stmt.order_by(*order)
    if limit is not None:
        stmt = stmt.limit(limit)
    result = session.connection().execute(stmt)
    try:
        return [row[0] for row in result.cursor.fetchall()]
    finally:
        result.close()


def count_matching(session: Session, family_key: str, flt: ListFilter) -> int:
    family = FAMILIES[family_key]
    stmt = _filtered(session, family, flt, select(func.count(family.model.id)))
    return session.scalar(stmt) or 0


def rows(session: Session, family_key: str, ids: Sequence[int]) -> dict[int, tuple[Cell, ...]]:
    """The cells of the given records, in the family's column order, keyed by id."""
    family = FAMILIES[family_key]
    model = family.model
    if not ids:
        return {}
    selected = [model.id]
    keys = [c.key for c in family.columns]
    for c in family.columns:
        if c.key == "topics":
            continue
        selected.append(c.value.label(c.key) if c.sort is not None else None)
    stmt = _joins(family, select(*[s for s in selected if s is not None]))
    stmt = stmt.where(model.id.in_(list(ids)))
    result: dict[int, tuple[Cell, ...]] = {}
    fetched = {row[0]: row._mapping for row in session.execute(stmt)}
    topics = _topics_of(session, model, list(fetched)) if "topics" in keys else {}
    for record_id, mapping in fetched.items():
        cells: list[Cell] = []
        for key in keys:
            if key == "topics":
                cells.append("; ".join(topics.get(record_id, [])))
            else:
                cells.append(_display(model, key, mapping[key]))
        result[record_id] = tuple(cells)
    return result


def _topics_of(session: Session, model: Any, ids: list[int]) -> dict[int, list[str]]:
    link, owner = _TOPIC_LINKS[model]
    found: dict[int, list[str]] = {}
    stmt = (
        select(owner, Topic.name)
        .join(Topic, Topic.id == link.c.topic_id)
        .where(owner.in_(ids))
        .order_by(Topic.name)
    )
    for record_id, name in session.execute(stmt):
        found.setdefault(record_id, []).append(name)
    return found


_CODE_LABELS: dict[str, dict[str, str]] = {
    "direction": {"issued": "Đi", "incoming": "Đến"},
    "assessment": labels.PRESS_ASSESSMENTS,
    "status": labels.PRESS_STATUSES,
    "press_scope": labels.PRESS_SCOPES,
}


_KIND_LABELS: dict[Any, dict[str, str]] = {
    Activity: labels.ACTIVITY_KINDS,
    Document: labels.DOCUMENT_KINDS,
    Organization: labels.ORGANIZATION_KINDS,
}


def _display(model: Any, key: str, value: Any) -> Cell:
    if value is None:
        return None
    if key == "kind":
        return _KIND_LABELS.get(model, {}).get(value, value)
    if key in _CODE_LABELS:
        return _CODE_LABELS[key].get(value, value)
    return value


def overdue_ids(session: Session, ids: Sequence[int], today: date | None = None) -> set[int]:
    """Which of these press items are still open past their deadline (for highlighting)."""
    if not ids:
        return set()
    stmt = select(PressItem.id).where(
        PressItem.id.in_(list(ids)),
        PressItem.status.in_(("new", "in_progress", "follow_up")),
        PressItem.deadline < (today or date.today()),
    )
    return set(session.scalars(stmt))


def columns_of(family_key: str) -> tuple[Column, ...]:
    return FAMILIES[family_key].columns
