"""Registers (sổ theo dõi) of each kind of record for a period, and the annex on its own."""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session, selectinload

from ttdn_desktop.core import labels
from ttdn_desktop.core.models import Activity, Document, PressItem
from ttdn_desktop.core.periods import Period
from ttdn_desktop.core.units import own_profile, require_own_unit
from ttdn_desktop.reports import vn
from ttdn_desktop.reports.annual import ReportOptions, report_header
from ttdn_desktop.reports.content import ReportDocument, Signer, Table, TableColumn
from ttdn_desktop.reports.facts import gather
from ttdn_desktop.reports.tables import statistics_annex, unit_breakdown

REGISTER_KINDS: dict[str, str] = {
    "guidance": "văn bản cung cấp thông tin, hướng dẫn tuyên truyền",
    "documents": "kế hoạch và văn bản",
    "press_items": "thông tin báo chí được theo dõi, xử lý",
    **{kind: label[:1].lower() + label[1:] for kind, label in labels.ACTIVITY_KINDS.items()},
}

REGISTER_DOC_TYPE = "SỔ THEO DÕI"
NO_SIGNER = Signer(None, None, None)
# Registers are wide and long: a smaller size keeps dates on one line.
REGISTER_PT = 11.0


def build_register(
    session: Session, kind: str, period: Period, options: ReportOptions | None = None
) -> ReportDocument:
    """The register of one kind of record for a period, as a landscape document."""
    if kind not in REGISTER_KINDS:
        raise ValueError(f"unknown register kind {kind!r}")
    unit = require_own_unit(session)
    profile = own_profile(session)
    assert profile is not None
    options = options or ReportOptions()
    if kind == "press_items":
        table = _press_items(session, unit.id, period)
    elif kind in ("guidance", "documents"):
        table = _documents(session, unit.id, period, guidance=kind == "guidance")
    else:
        table = _activities(session, unit.id, period, kind)
    return ReportDocument(
        header=report_header(profile, options, symbol=None),
        doc_type=REGISTER_DOC_TYPE,
        subject=f"{vn.upper_first(REGISTER_KINDS[kind])} {period.title}",
        period_note=f"(Số liệu tính {period.range_text})",
        addressees=[],
        body=[],
        distribution=[],
        signer=NO_SIGNER,
        tables=[table],
        landscape=True,
    )


def build_annex(
    session: Session, period: Period, options: ReportOptions | None = None
) -> ReportDocument:
    """The statistics annex as a document of its own, signed like the report."""
    options = options or ReportOptions()
    facts = gather(session, period, options.today, options.scope)
    profile = facts.profile
    note = f" {facts.scope_note}" if facts.scope_note else ""
    return ReportDocument(
        header=report_header(profile, options, symbol=None),
        doc_type="BIỂU SỐ LIỆU",
        subject=f"Công tác thông tin đối ngoại {period.title}{note}",
        period_note=f"(Số liệu tính {period.range_text})",
        addressees=[],
        body=[],
        distribution=[],
        signer=Signer(profile.signer_authority, profile.signer_title, profile.signer_name),
        tables=statistics_annex(facts) + ([unit_breakdown(facts)] if facts.breakdown else []),
    )


def _documents(session: Session, unit_id: int, period: Period, guidance: bool) -> Table:
    stmt = (
        select(Document)
        .where(
            Document.unit_id == unit_id,
            Document.deleted_at.is_(None),
            Document.issued_date.between(period.start, period.end),
        )
        .options(
            selectinload(Document.topics),
            selectinload(Document.recipients),
            selectinload(Document.issuer),
        )
        .order_by(Document.issued_date, Document.id)
    )
    if guidance:
        stmt = stmt.where(Document.is_press_guidance.is_(True))
    docs = session.scalars(stmt).all()
    if guidance:
        columns = [
            TableColumn("STT", 11, "center"),
            TableColumn("Số, ký hiệu", 38),
            TableColumn("Ngày", 22, "center"),
            TableColumn("Trích yếu", 91),
            TableColumn("Chủ đề", 50),
            TableColumn("Nơi nhận", 40),
        ]
        rows = [
            [
                i,
                d.number_symbol or "",
                vn.dmy(d.issued_date),
                d.subject,
                "; ".join(t.name for t in d.topics),
                "; ".join(o.short_name or o.name for o in d.recipients),
            ]
            for i, d in enumerate(docs, start=1)
        ]
    else:
        columns = [
            TableColumn("STT", 11, "center"),
            TableColumn("Loại văn bản", 25),
            TableColumn("Số, ký hiệu", 38),
            TableColumn("Ngày", 22, "center"),
            TableColumn("Cơ quan ban hành", 42),
            TableColumn("Trích yếu", 89),
            TableColumn("Đi/đến", 25, "center"),
        ]
        rows = [
            [
                i,
                labels.DOCUMENT_KINDS[d.kind],
                d.number_symbol or "",
                vn.dmy(d.issued_date),
                (d.issuer.short_name or d.issuer.name) if d.issuer else "",
                d.subject,
                "Đi" if d.direction == "issued" else "Đến",
            ]
            for i, d in enumerate(docs, start=1)
        ]
    return Table(title="", columns=columns, rows=rows, font_pt=REGISTER_PT)  # type: ignore[arg-type]


def _activities(session: Session, unit_id: int, period: Period, kind: str) -> Table:
    activities = session.scalars(
        select(Activity)
        .where(
            Activity.unit_id == unit_id,
            Activity.deleted_at.is_(None),
            Activity.kind == kind,
            Activity.start_date.between(period.start, period.end),
        )
        .options(
            selectinload(Activity.host),
            selectinload(Activity.co_organizers),
            selectinload(Activity.plan),
        )
        .order_by(Activity.start_date, Activity.id)
    ).all()
    columns = [
        TableColumn("STT", 11, "center"),
        TableColumn("Tên hoạt động", 84),
        TableColumn("Thời gian", 27, "center"),
        TableColumn("Địa điểm", 45),
        TableColumn("Chủ trì, phối hợp", 50),
        TableColumn("Số người", 17, "center", is_number=True),
        TableColumn("Thực hiện kế hoạch", 18),
    ]
    rows: list[list[str | int | float | None]] = []
    for i, a in enumerate(activities, start=1):
        organisers = [o.short_name or o.name for o in ([a.host] if a.host else [])]
        organisers += [o.short_name or o.name for o in a.co_organizers]
        rows.append(
            [
                i,
                a.title,
                vn.day_span(a.start_date, a.end_date),
                a.place or "",
                "; ".join(dict.fromkeys(organisers)),
                a.participants,
                a.plan.number_symbol if a.plan and a.plan.number_symbol else "",
            ]
        )
    return Table(title="", columns=columns, rows=rows, font_pt=REGISTER_PT)


def _press_items(session: Session, unit_id: int, period: Period) -> Table:
    items = session.scalars(
        select(PressItem)
        .where(
            PressItem.unit_id == unit_id,
            PressItem.deleted_at.is_(None),
            PressItem.published_date.between(period.start, period.end),
        )
        .options(selectinload(PressItem.outlet), selectinload(PressItem.assigned))
        .order_by(PressItem.published_date, PressItem.id)
    ).all()
    columns = [
        TableColumn("STT", 11, "center"),
        TableColumn("Ngày đăng", 22, "center"),
        TableColumn("Cơ quan báo chí", 32),
        TableColumn("Tiêu đề", 56),
        TableColumn("Tính chất", 22),
        TableColumn("Giao xử lý", 33),
        TableColumn("Hạn xử lý", 22, "center"),
        TableColumn("Kết quả", 54),
    ]
    rows: list[list[str | int | float | None]] = []
    for i, p in enumerate(items, start=1):
        status = labels.PRESS_STATUSES[p.status]
        result = f"{status}" + (f" ngày {vn.dmy(p.handled_date)}" if p.handled_date else "")
        if p.result:
            result += f": {p.result}"
        rows.append(
            [
                i,
                vn.dmy(p.published_date),
                (p.outlet.short_name or p.outlet.name) if p.outlet else "",
                p.title,
                labels.PRESS_ASSESSMENTS.get(p.assessment or "", ""),
                (p.assigned.short_name or p.assigned.name) if p.assigned else "",
                vn.dmy(p.deadline) if p.deadline else "",
                result,
            ]
        )
    return Table(title="", columns=columns, rows=rows, font_pt=REGISTER_PT)
