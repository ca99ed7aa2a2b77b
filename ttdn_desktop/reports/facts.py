"""What happened in a period, read from the database as plain data for the report builders.

One function reads; the builders only phrase. Records in the trash never count.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from datetime import date

from sqlalchemy import ColumnElement, select, true
from sqlalchemy.orm import Session, selectinload

from ttdn_desktop.core import labels
from ttdn_desktop.core.errors import ValidationError
from ttdn_desktop.core.models import (
    Activity,
    Assessment,
    Document,
    Organization,
    PlanTarget,
    PressItem,
)
from ttdn_desktop.core.periods import Period
from ttdn_desktop.core.scope import OWN_UNIT, UnitFigures, UnitScope, stats_by_unit
from ttdn_desktop.core.stats import ACTIVITY_COUNT_KEYS, period_stats
from ttdn_desktop.core.targets import plan_title, targets_in_period
from ttdn_desktop.core.units import ProfileData, own_profile, require_own_unit


@dataclass
class DocumentRef:
    kind: str
    number_symbol: str | None
    issued_date: date
    subject: str
    issuer: str | None
    issuer_short: str | None
    direction: str
    is_press_guidance: bool
    plan_number: str | None
    topics: list[str] = field(default_factory=list)


@dataclass
class ActivityFacts:
    kind: str
    title: str
    start: date
    end: date | None
    place: str | None
    host: str | None
    host_kind: str | None
    partners: list[str]  # co-organisers, and the host when it is not the own unit
    partner_kinds: list[str]
    plan: DocumentRef | None
    participants: int | None
    journalists: int | None
    press_agencies: int | None
    groups: int | None
    exhibits: int | None
    audience: str | None
    themes: str | None
    channel: str | None
    quantity: int | None
    result: str | None
    questions: str | None


@dataclass
class PressFacts:
    received: int
    handled: int
    handled_by_assessment: dict[str, int]
    handled_by_scope: dict[str, int]
    replied: int
    open_items: int
    overdue_items: int


@dataclass
class TargetFacts:
    plan_title: str  # "Kế hoạch số 213/KH-STTTT ngày 28/02/2020"
    description: str
    quantity: int | None
    unit_label: str | None
    counts_kind: str | None
    done: int | None


@dataclass
class AssessmentText:
    strengths: str | None = None
    shortcomings: str | None = None
    directions: str | None = None
    recommendations: str | None = None

    @property
    def is_empty(self) -> bool:
        return not any((self.strengths, self.shortcomings, self.directions, self.recommendations))


@dataclass
class PeriodFacts:
    period: Period
    unit_name: str
    unit_short_name: str
    profile: ProfileData
    stats: dict[str, int]
    documents: list[DocumentRef]
    activities: list[ActivityFacts]
    press: PressFacts
    targets: list[TargetFacts]
    assessment: AssessmentText
    guidance_per_month: dict[tuple[int, int], int]
    today: date  # what "already over" means for the drafts
    # A report for another unit or for all units says so after its subject ("của …").
    scope_note: str | None = None
    # All units: each unit's figures, for the per-unit breakdown table.
    breakdown: list[UnitFigures] = field(default_factory=list)

    def of_kind(self, kind: str) -> list[ActivityFacts]:
        return [a for a in self.activities if a.kind == kind]

    def done_for(self, counts_kind: str) -> int:
        if counts_kind == "guidance_document":
            return self.stats["guidance_documents"]
        if counts_kind == "press_item_handled":
            return self.stats["press_items_handled"]
        return self.stats[ACTIVITY_COUNT_KEYS[counts_kind]]


def _doc_ref(doc: Document) -> DocumentRef:
    return DocumentRef(
        kind=doc.kind,
        number_symbol=doc.number_symbol,
        issued_date=doc.issued_date,
        subject=doc.subject,
        issuer=doc.issuer.name if doc.issuer else None,
        issuer_short=(doc.issuer.short_name or doc.issuer.name) if doc.issuer else None,
        direction=doc.direction,
        is_press_guidance=doc.is_press_guidance,
        plan_number=doc.plan.number_symbol if doc.plan else None,
        topics=[t.name for t in doc.topics],
    )


def _name(org: Organization | None) -> str | None:
    return (org.short_name or org.name) if org else None


def gather(
    session: Session, period: Period, today: date | None = None, scope: UnitScope = OWN_UNIT
) -> PeriodFacts:
    """Read everything a report needs for the period: of the own unit (the default), of one
    sending unit, or of all units together (with each unit's figures for a breakdown).

    The header and signature are always the own unit's: it is the one issuing the report.
    """
    own = require_own_unit(session)
    profile = own_profile(session)
    assert profile is not None  # require_own_unit made sure the unit exists; profile goes with it
    today = today or date.today()
    unit = own
    if scope.unit_id is not None and not scope.all_units:
        found = session.get(Organization, scope.unit_id)
        if found is None:
            raise ValidationError(f"Không tìm thấy đơn vị số {scope.unit_id}.")
        unit = found

    def mine(model: type[Document] | type[Activity] | type[PressItem]) -> ColumnElement[bool]:
        return true() if scope.all_units else model.unit_id == unit.id

    documents = session.scalars(
        select(Document)
        .where(
            mine(Document),
            Document.deleted_at.is_(None),
            Document.issued_date.between(period.start, period.end),
        )
        .options(
            selectinload(Document.topics),
            selectinload(Document.issuer),
            selectinload(Document.plan),
        )
        .order_by(Document.issued_date, Document.id)
    ).all()

    activities = session.scalars(
        select(Activity)
        .where(
            mine(Activity),
            Activity.deleted_at.is_(None),
            Activity.start_date.between(period.start, period.end),
        )
        .options(
            selectinload(Activity.co_organizers),
            selectinload(Activity.host),
            selectinload(Activity.plan).selectinload(Document.issuer),
        )
        .order_by(Activity.start_date, Activity.id)
    ).all()

    def facts_of(a: Activity) -> ActivityFacts:
        # The host and co-organisers other than the own unit, each once.
        hosts = [a.host] if a.host else []
        partners = list(
            dict.fromkeys(o for o in hosts + list(a.co_organizers) if o.id != a.unit_id)
        )
        return ActivityFacts(
            kind=a.kind,
            title=a.title,
            start=a.start_date,
            end=a.end_date,
            place=a.place,
            host=_name(a.host),
            host_kind=a.host.kind if a.host else None,
            partners=[_name(o) or "" for o in partners],
            partner_kinds=[o.kind for o in partners],
            plan=_doc_ref(a.plan) if a.plan else None,
            participants=a.participants,
            journalists=a.journalists,
            press_agencies=a.press_agencies,
            groups=a.groups,
            exhibits=a.exhibits,
            audience=a.audience,
            themes=a.themes,
            channel=a.channel,
            quantity=a.quantity,
            result=a.result,
            questions=a.questions,
        )

    activity_facts = [facts_of(a) for a in activities]

    handled = session.scalars(
        select(PressItem).where(
            mine(PressItem),
            PressItem.deleted_at.is_(None),
            PressItem.status == "handled",
            PressItem.handled_date.between(period.start, period.end),
        )
    ).all()
    open_items = session.scalars(
        select(PressItem).where(
            mine(PressItem),
            PressItem.deleted_at.is_(None),
            PressItem.status.in_(("new", "in_progress", "follow_up")),
            PressItem.published_date <= period.end,
        )
    ).all()
    stats = period_stats(session, period, None if scope.all_units else unit.id)
    press = PressFacts(
        received=stats["press_items_received"],
        handled=len(handled),
        handled_by_assessment=dict(Counter(p.assessment or "unknown" for p in handled)),
        handled_by_scope=dict(Counter(p.scope or "unknown" for p in handled)),
        replied=sum(1 for p in handled if p.outlet_replied),
        open_items=len(open_items),
        overdue_items=sum(1 for p in open_items if p.deadline and p.deadline < today),
    )

    targets = session.scalars(
        select(PlanTarget)
        .join(Document, PlanTarget.plan_id == Document.id)
        .where(
            Document.unit_id == unit.id,
            Document.deleted_at.is_(None),
            Document.kind == "plan",
            Document.direction == "issued",
            targets_in_period(period),
        )
        .options(selectinload(PlanTarget.plan))
        .order_by(Document.issued_date, Document.id, PlanTarget.position)
    ).all()

    guidance_per_month: Counter[tuple[int, int]] = Counter(
        (d.issued_date.year, d.issued_date.month)
        for d in documents
        if d.is_press_guidance and d.direction == "issued"
    )
    facts = PeriodFacts(
        period=period,
        unit_name=unit.name,
        unit_short_name=(unit.short_name or unit.name)
        + (" và các đơn vị" if scope.all_units else ""),
        profile=profile,
        stats=stats,
        documents=[_doc_ref(d) for d in documents],
        activities=activity_facts,
        press=press,
        targets=[],
        assessment=_assessment(session, unit.id, period),
        guidance_per_month=dict(guidance_per_month),
        today=today,
        scope_note=(
            "(tổng hợp các đơn vị)"
            if scope.all_units
            else (f"của {unit.name}" if unit.id != own.id else None)
        ),
        breakdown=stats_by_unit(session, period) if scope.all_units else [],
    )
    facts.targets = [
        TargetFacts(
            plan_title=plan_title(t.plan),
            description=t.description,
            quantity=t.quantity,
            unit_label=t.unit_label,
            counts_kind=t.counts_kind,
            done=facts.done_for(t.counts_kind) if t.counts_kind else None,
        )
        for t in targets
    ]
    return facts


def _assessment(session: Session, unit_id: int, period: Period) -> AssessmentText:
    """The officer's assessment of this period, or of the period that overlaps it most."""
    rows = session.scalars(
        select(Assessment).where(
            Assessment.unit_id == unit_id,
            Assessment.period_start <= period.end,
            Assessment.period_end >= period.start,
        )
    ).all()
    length = (period.end - period.start).days + 1

    def overlap(a: Assessment) -> int:
        return (min(a.period_end, period.end) - max(a.period_start, period.start)).days + 1

    def span(a: Assessment) -> int:
        return (a.period_end - a.period_start).days + 1

    fitting = [a for a in rows if overlap(a) >= 0.8 * length and overlap(a) >= 0.8 * span(a)]
    if not fitting:
        return AssessmentText()
    best = max(fitting, key=overlap)
    return AssessmentText(best.strengths, best.shortcomings, best.directions, best.recommendations)


def kind_label(kind: str) -> str:
    return labels.DOCUMENT_KINDS.get(kind, "Văn bản")
