"""Creating, editing, duplicating and deleting records, with every check before anything is saved.

Forms work on plain dataclasses (`DocumentData`, `ActivityData`, …): `load(session, family, id)`
fills one from the database, `save(session, data)` checks it and writes it in the caller's
transaction, raising `ValidationErrors` (one message per field) and writing nothing when a
check fails. Deleting moves records to the trash; `restore` brings them back.
"""

from __future__ import annotations

import calendar
import dataclasses
import re
from dataclasses import dataclass
from datetime import date, datetime
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from ttdn_desktop.core import labels
from ttdn_desktop.core.errors import ValidationError, ValidationErrors
from ttdn_desktop.core.models import (
    Activity,
    Document,
    Organization,
    PlanTarget,
    PressItem,
    Topic,
)
from ttdn_desktop.core.units import require_own_unit
from ttdn_desktop.core.validation import Checker, number_symbol_problem


@dataclass
class TargetData:
    description: str | None = None
    quantity: int | None = None
    unit_label: str | None = None
    deadline: date | None = None
    responsible_id: int | None = None
    counts_kind: str | None = None
    notes: str | None = None


@dataclass
class DocumentData:
    id: int | None = None
    kind: str = "official_letter"
    direction: str = "issued"
    number_symbol: str | None = None
    issued_date: date | None = None
    issuer_id: int | None = None
    subject: str | None = None
    plan_id: int | None = None
    is_press_guidance: bool = False
    basis: str | None = None
    notes: str | None = None
    topic_ids: list[int] = dataclasses.field(default_factory=list)
    recipient_ids: list[int] = dataclasses.field(default_factory=list)
    targets: list[TargetData] = dataclasses.field(default_factory=list)


@dataclass
class ActivityData:
    id: int | None = None
    kind: str = "other"
    title: str | None = None
    start_date: date | None = None
    end_date: date | None = None
    place: str | None = None
    host_id: int | None = None
    plan_id: int | None = None
    participants: int | None = None
    journalists: int | None = None
    press_agencies: int | None = None
    groups: int | None = None
    exhibits: int | None = None
    audience: str | None = None
    themes: str | None = None
    channel: str | None = None
    quantity: int | None = None
    cost_vnd: int | None = None
    questions: str | None = None
    result: str | None = None
    notes: str | None = None
    co_organizer_ids: list[int] = dataclasses.field(default_factory=list)
    topic_ids: list[int] = dataclasses.field(default_factory=list)


@dataclass
class PressItemData:
    id: int | None = None
    outlet_id: int | None = None
    scope: str | None = None
    published_date: date | None = None
    title: str | None = None
    link: str | None = None
    summary: str | None = None
    field: str | None = None
    assessment: str | None = None
    proposed_handling: str | None = None
    assigned_id: int | None = None
    transfer_ref: str | None = None
    transfer_date: date | None = None
    deadline: date | None = None
    status: str = "new"
    result: str | None = None
    handled_date: date | None = None
    outlet_replied: bool = False
    reply_date: date | None = None
    notes: str | None = None
    topic_ids: list[int] = dataclasses.field(default_factory=list)


@dataclass
class OrganizationData:
    id: int | None = None
    name: str | None = None
    short_name: str | None = None
    kind: str = "other"
    press_scope: str | None = None
    address: str | None = None
    notes: str | None = None


@dataclass
class TopicData:
    id: int | None = None
    name: str | None = None
    description: str | None = None


RecordData = DocumentData | ActivityData | PressItemData | OrganizationData | TopicData

MODELS: dict[type, Any] = {
    DocumentData: Document,
    ActivityData: Activity,
    PressItemData: PressItem,
    OrganizationData: Organization,
    TopicData: Topic,
}
FAMILY_MODELS: dict[str, Any] = {
    "documents": Document,
    "guidance": Document,
    "press_events": Activity,
    "exhibitions": Activity,
    "media": Activity,
    "trainings": Activity,
    "press_items": PressItem,
    "organizations": Organization,
    "topics": Topic,
}
_DATA_OF_MODEL = {model: data for data, model in MODELS.items()}


# --- loading -------------------------------------------------------------------------------


def load(session: Session, model: Any, record_id: int) -> RecordData:
    """The record as form data (relations as id lists)."""
    record = session.get(model, record_id)
    if record is None:
        raise ValidationError("Bản ghi không còn tồn tại (có thể đã bị xóa hẳn).")
    data_type = _DATA_OF_MODEL[model]
    values: dict[str, Any] = {}
    for f in dataclasses.fields(data_type):
        if f.name == "topic_ids":
            values[f.name] = [t.id for t in record.topics]
        elif f.name == "recipient_ids":
            values[f.name] = [o.id for o in record.recipients]
        elif f.name == "co_organizer_ids":
            values[f.name] = [o.id for o in record.co_organizers]
        elif f.name == "targets":
            values[f.name] = [
                TargetData(
                    t.description,
                    t.quantity,
                    t.unit_label,
                    t.deadline,
                    t.responsible_id,
                    t.counts_kind,
                    t.notes,
                )
                for t in record.targets
            ]
        else:
            values[f.name] = getattr(record, f.name)
    return data_type(**values)


# --- checking ------------------------------------------------------------------------------


def _check_document(session: Session, data: DocumentData, unit_id: int) -> DocumentData:
    c = Checker()
    c.choice("kind", "Loại văn bản", data.kind, labels.DOCUMENT_KINDS)
    c.choice("direction", "Văn bản đi/đến", data.direction, labels.DOCUMENT_DIRECTIONS)
    number = c.text("number_symbol", "Số, ký hiệu", data.number_symbol, limit=100)
    c.required_date("issued_date", "Ngày ban hành", data.issued_date)
    subject = c.text("subject", "Trích yếu", data.subject, required=True)
    if number:
        problem = number_symbol_problem(number)
        if problem:
            c.fail("number_symbol", problem)
        elif data.issued_date is not None:
            clash = _same_number(session, data, number, unit_id)
            if clash is not None:
                c.fail(
                    "number_symbol",
                    f"Số, ký hiệu {number} đã dùng cho văn bản khác cùng năm "
                    f"{data.issued_date.year} (ngày {clash.issued_date:%d/%m/%Y}: "
                    f"{_shorten(clash.subject)}).",
                )
    elif data.direction == "issued" and data.kind != "other":
        c.fail("number_symbol", "Văn bản đơn vị ban hành cần có số, ký hiệu.")
    if data.plan_id is not None and data.plan_id == data.id:
        c.fail("plan_id", "Một văn bản không thể thực hiện chính nó.")
    targets = []
    for i, t in enumerate(data.targets, start=1):
        description = c.text(f"targets.{i}", f"Chỉ tiêu {i}", t.description, required=True)
        c.count(f"targets.{i}", f"Số lượng của chỉ tiêu {i}", t.quantity)
        c.choice(
            f"targets.{i}",
            f"Loại hoạt động của chỉ tiêu {i}",
            t.counts_kind,
            labels.TARGET_COUNT_KINDS,
            required=False,
        )
        targets.append(
            dataclasses.replace(
                t,
                description=description,
                unit_label=c.text(f"targets.{i}", "Đơn vị tính", t.unit_label, limit=100),
                notes=c.text(f"targets.{i}", "Ghi chú", t.notes),
            )
        )
    if data.targets and data.kind != "plan":
        c.fail("targets", "Chỉ kế hoạch mới có chỉ tiêu.")
    cleaned = dataclasses.replace(
        data,
        number_symbol=number,
        subject=subject,
        basis=c.text("basis", "Căn cứ", data.basis),
        notes=c.text("notes", "Ghi chú", data.notes),
        targets=targets,
    )
    c.raise_if_any()
    return cleaned


def _same_number(
    session: Session, data: DocumentData, number: str, unit_id: int
) -> Document | None:
    assert data.issued_date is not None
    stmt = select(Document).where(
        func.upper(Document.number_symbol) == number.upper(),
        Document.deleted_at.is_(None),
        Document.direction == data.direction,
        Document.issued_date.between(
            date(data.issued_date.year, 1, 1), date(data.issued_date.year, 12, 31)
        ),
    )
    if data.direction == "issued":
        stmt = stmt.where(Document.unit_id == unit_id)
    elif data.issuer_id is not None:
        stmt = stmt.where(Document.issuer_id == data.issuer_id)
    if data.id is not None:
        stmt = stmt.where(Document.id != data.id)
    return session.scalars(stmt.limit(1)).first()


def _check_activity(data: ActivityData) -> ActivityData:
    c = Checker()
    c.choice("kind", "Loại hoạt động", data.kind, labels.ACTIVITY_KINDS)
    title = c.text("title", "Tên hoạt động", data.title, required=True)
    c.required_date("start_date", "Ngày bắt đầu", data.start_date)
    c.order(
        "end_date", data.start_date, data.end_date, "Ngày kết thúc không được trước ngày bắt đầu."
    )
    for name, label in labels.ACTIVITY_COUNT_FIELDS.items():
        c.count(name, label, getattr(data, name))
    texts = {
        "place": ("Địa điểm", 500),
        "audience": ("Thành phần tham dự", 20_000),
        "themes": ("Chuyên đề", 20_000),
        "channel": ("Kênh đăng, phát", 500),
        "questions": ("Câu hỏi, trả lời", 20_000),
        "result": ("Kết quả", 20_000),
        "notes": ("Ghi chú", 20_000),
    }
    cleaned = dataclasses.replace(
        data,
        title=title,
        **{
            name: c.text(name, label, getattr(data, name), limit=limit)
            for name, (label, limit) in texts.items()
        },
    )
    c.raise_if_any()
    return cleaned


def _check_press_item(data: PressItemData) -> PressItemData:
    c = Checker()
    title = c.text("title", "Tiêu đề", data.title, required=True)
    c.required_date("published_date", "Ngày đăng", data.published_date)
    c.choice("status", "Trạng thái", data.status, labels.PRESS_STATUSES)
    c.choice("assessment", "Tính chất", data.assessment, labels.PRESS_ASSESSMENTS, required=False)
    c.choice("scope", "Phạm vi", data.scope, labels.PRESS_SCOPES, required=False)
    c.order("deadline", data.published_date, data.deadline, "Hạn xử lý không được trước ngày đăng.")
    c.order(
        "handled_date",
        data.published_date,
        data.handled_date,
        "Ngày xử lý xong không được trước ngày đăng.",
    )
    c.order(
        "reply_date",
        data.published_date,
        data.reply_date,
        "Ngày phản hồi không được trước ngày đăng.",
    )
    if data.status == "handled" and data.handled_date is None:
        c.fail("handled_date", "Đã xử lý xong thì cần ghi ngày xử lý xong.")
    link = c.text("link", "Đường dẫn", data.link, limit=2000)
    if link and not re.match(r"^(https?://|www\.)", link, re.IGNORECASE):
        c.fail("link", "Đường dẫn phải bắt đầu bằng http://, https:// hoặc www.")
    texts = ("summary", "field", "proposed_handling", "transfer_ref", "result", "notes")
    limits = {"field": 200, "transfer_ref": 100}
    names = {
        "summary": "Tóm tắt",
        "field": "Lĩnh vực",
        "proposed_handling": "Đề xuất xử lý",
        "transfer_ref": "Số văn bản chuyển",
        "result": "Kết quả",
        "notes": "Ghi chú",
    }
    cleaned = dataclasses.replace(
        data,
        title=title,
        link=link,
        **{n: c.text(n, names[n], getattr(data, n), limit=limits.get(n, 20_000)) for n in texts},
    )
    c.raise_if_any()
    return cleaned


def _check_organization(session: Session, data: OrganizationData) -> OrganizationData:
    c = Checker()
    name = c.text("name", "Tên cơ quan, tổ chức", data.name, required=True, limit=500)
    c.choice("kind", "Loại", data.kind, labels.ORGANIZATION_KINDS)
    c.choice(
        "press_scope", "Phạm vi báo chí", data.press_scope, labels.PRESS_SCOPES, required=False
    )
    if data.press_scope and data.kind != "press":
        c.fail("press_scope", "Chỉ cơ quan báo chí mới có phạm vi báo chí.")
    if name:
        stmt = select(Organization.id).where(
            func.lower(Organization.name) == name.lower(), Organization.deleted_at.is_(None)
        )
        if data.id is not None:
            stmt = stmt.where(Organization.id != data.id)
        if session.scalar(stmt) is not None:
            c.fail("name", f"Đã có cơ quan, tổ chức “{name}” trong danh mục.")
    cleaned = dataclasses.replace(
        data,
        name=name,
        short_name=c.text("short_name", "Tên viết tắt", data.short_name, limit=200),
        address=c.text("address", "Địa chỉ", data.address, limit=500),
        notes=c.text("notes", "Ghi chú", data.notes),
    )
    c.raise_if_any()
    return cleaned


def _check_topic(session: Session, data: TopicData) -> TopicData:
    c = Checker()
    name = c.text("name", "Tên chủ đề", data.name, required=True, limit=300)
    if name:
        stmt = select(Topic.id).where(func.lower(Topic.name) == name.lower())
        if data.id is not None:
            stmt = stmt.where(Topic.id != data.id)
        if session.scalar(stmt) is not None:
            c.fail("name", f"Đã có chủ đề “{name}”.")
    cleaned = dataclasses.replace(
        data, name=name, description=c.text("description", "Mô tả", data.description)
    )
    c.raise_if_any()
    return cleaned


# --- saving --------------------------------------------------------------------------------


def save(session: Session, data: RecordData) -> int:
    """Check and write a record (new when `data.id` is None); return its id.

    Raises:
        ValidationErrors: every problem found; nothing is written.
    """
    model = MODELS[type(data)]
    unit = require_own_unit(session) if model in (Document, Activity, PressItem) else None
    if isinstance(data, DocumentData):
        assert unit is not None
        data = _check_document(session, data, unit.id)
    elif isinstance(data, ActivityData):
        data = _check_activity(data)
    elif isinstance(data, PressItemData):
        data = _check_press_item(data)
    elif isinstance(data, OrganizationData):
        data = _check_organization(session, data)
    else:
        data = _check_topic(session, data)

    record = session.get(model, data.id) if data.id is not None else None
    if data.id is not None and record is None:
        raise ValidationError("Bản ghi không còn tồn tại (có thể đã bị xóa hẳn).")
    if record is None:
        record = model()
        if unit is not None:
            record.unit_id = unit.id
        session.add(record)
    relations = {
        "topic_ids": (Topic, "topics"),
        "recipient_ids": (Organization, "recipients"),
        "co_organizer_ids": (Organization, "co_organizers"),
    }
    for f in dataclasses.fields(data):
        value = getattr(data, f.name)
        if f.name == "id":
            continue
        if f.name in relations:
            target, attribute = relations[f.name]
            setattr(record, attribute, _existing(session, target, value))
        elif f.name == "targets":
            record.targets = [
                PlanTarget(position=i, **dataclasses.asdict(t))
                for i, t in enumerate(value, start=1)
            ]
        else:
            setattr(record, f.name, value)
    session.flush()
    return int(record.id)


def _existing(session: Session, model: Any, ids: list[int]) -> list[Any]:
    if not ids:
        return []
    found = list(session.scalars(select(model).where(model.id.in_(ids))))
    if len(found) != len(set(ids)):
        raise ValidationErrors(
            [ValidationError("Một mục đã chọn không còn trong danh mục; hãy chọn lại.", field=None)]
        )
    order = {record_id: i for i, record_id in enumerate(ids)}
    return sorted(found, key=lambda r: order[r.id])


# --- trash ---------------------------------------------------------------------------------


def trash(session: Session, model: Any, ids: list[int]) -> int:
    """Move records to the trash; return how many moved."""
    now = datetime.now()
    moved = 0
    for record in session.scalars(
        select(model).where(model.id.in_(ids), model.deleted_at.is_(None))
    ):
        if model is Organization and record.kind == "own_unit":
            raise ValidationError("Không thể xóa đơn vị của mình khỏi danh mục.")
        record.deleted_at = now
        moved += 1
    session.flush()
    return moved


def restore(session: Session, model: Any, ids: list[int]) -> int:
    """Bring records back from the trash; return how many came back."""
    back = 0
    for record in session.scalars(
        select(model).where(model.id.in_(ids), model.deleted_at.is_not(None))
    ):
        record.deleted_at = None
        back += 1
    session.flush()
    return back


# --- fast entry ----------------------------------------------------------------------------

_LEADING_NUMBER = re.compile(r"^(\d+)[a-z]?(.*)$")


def next_number(session: Session, number_symbol: str | None, year: int) -> str | None:
    """The next number with the same symbol in the year: 1372/STTTT-TTBCXB -> 1373/STTTT-TTBCXB."""
    match = _LEADING_NUMBER.match(number_symbol or "")
    if match is None:
        return None
    tail = match.group(2)
    used = session.scalars(
        select(Document.number_symbol).where(
            Document.number_symbol.like(f"%{tail}"),
            Document.issued_date.between(date(year, 1, 1), date(year, 12, 31)),
        )
    )
    numbers = [
        int(m.group(1))
        for n in used
        if (m := _LEADING_NUMBER.match(n or "")) and m.group(2) == tail
    ]
    return f"{max([int(match.group(1)), *numbers]) + 1}{tail}"


def add_months(day: date, months: int) -> date:
    """The same day `months` later, kept inside the month (31/01 + 1 month = 29/02 or 28/02)."""
    index = day.month - 1 + months
    year, month = day.year + index // 12, index % 12 + 1
    return date(year, month, min(day.day, calendar.monthrange(year, month)[1]))


def duplicate(session: Session, model: Any, record_id: int) -> RecordData:
    """An unsaved copy for the next occurrence: a month later, with the next number proposed."""
    data = load(session, model, record_id)
    data = dataclasses.replace(data, id=None)
    if isinstance(data, DocumentData) and data.issued_date is not None:
        day = add_months(data.issued_date, 1)
        data = dataclasses.replace(
            data,
            issued_date=day,
            number_symbol=next_number(session, data.number_symbol, day.year),
        )
    elif isinstance(data, ActivityData) and data.start_date is not None:
        span = (data.end_date - data.start_date) if data.end_date else None
        start = add_months(data.start_date, 1)
        data = dataclasses.replace(
            data, start_date=start, end_date=start + span if span is not None else None
        )
    elif isinstance(data, PressItemData):
        data = dataclasses.replace(
            data,
            status="new",
            handled_date=None,
            result=None,
            outlet_replied=False,
            reply_date=None,
        )
    elif isinstance(data, OrganizationData | TopicData):
        data = dataclasses.replace(data, name=f"{data.name} (bản sao)")
    return data


def add_series(
    session: Session,
    first: DocumentData | ActivityData,
    *,
    every_days: int = 0,
    every_months: int = 0,
    until: date,
) -> list[int]:
    """Save the first record and its repetitions up to `until` (e.g. a guidance every fortnight).

    Documents get consecutive numbers after the first one's. All or nothing: one failing check
    saves none.
    """
    if first.id is not None:
        raise ValidationError("Chuỗi bắt đầu từ một bản ghi mới, chưa lưu.", "series")
    if (every_days <= 0) == (every_months <= 0):
        raise ValidationError("Hãy chọn lặp lại theo số ngày hoặc theo số tháng.", "series")
    start = first.issued_date if isinstance(first, DocumentData) else first.start_date
    if start is None:
        raise ValidationError("Chưa nhập ngày của lần đầu.", "series")
    if until < start:
        raise ValidationError("Ngày kết thúc chuỗi phải sau lần đầu.", "series")
    ids: list[int] = []
    current = first
    index = 0
    day = start
    with session.begin_nested():
        while day <= until:
            if len(ids) >= 400:
                raise ValidationError("Chuỗi quá dài (hơn 400 bản ghi).", "series")
            ids.append(save(session, current))
            index += 1
            day = (
                add_months(start, every_months * index)
                if every_months
                else date.fromordinal(start.toordinal() + every_days * index)
            )
            if isinstance(current, DocumentData):
                current = dataclasses.replace(
                    current,
                    issued_date=day,
                    number_symbol=next_number(session, current.number_symbol, day.year),
                )
            else:
                span = (
                    (current.end_date - current.start_date)
                    if (current.end_date and current.start_date)
                    else None
                )
                current = dataclasses.replace(
                    current, start_date=day, end_date=day + span if span is not None else None
                )
    return ids


def _shorten(text: str, limit: int = 80) -> str:
    return text if len(text) <= limit else text[: limit - 1] + "…"
