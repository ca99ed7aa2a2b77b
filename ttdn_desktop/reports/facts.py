"""What happened in a period, read from the database as plain data for the report builders.

One function reads; the builders only phrase. Records in the trash never count.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from datetime import date
from typing import Any, NamedTuple

from sqlalchemy import ColumnElement, Row, and_, select, true
from sqlalchemy.orm import Session
from sqlalchemy.sql.base import ReadOnlyColumnCollection

from ttdn_desktop.core import labels
from ttdn_desktop.core.errors import ValidationError
from ttdn_desktop.core.models import (
    Activity,
    Assessment,
    Document,
    Organization,
    PlanTarget,
    PressItem,
    Topic,
    activity_co_organizers,
    document_topics,
)
from ttdn_desktop.core.periods import Period
from ttdn_desktop.core.scope import OWN_UNIT, UnitFigures, UnitScope, stats_by_unit
from ttdn_desktop.core.stats import ACTIVITY_COUNT_KEYS, period_stats
from ttdn_desktop.core.targets import plan_title_of, targets_in_period
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


# The report reads plain rows of just the columns it phrases, through Core, one query per table
# or link table, grouped here: loading the same rows as ORM objects with their eager-loaded
# collections took 1.27 s of the 1.66 s of reading a 5,000-record year under cProfile (issue
# #10), for data the builders only read once. Table columns (not the mapped attributes) keep
# the statements plain Core, so their rows skip the ORM's loading machinery too.
_DOCS = Document.__table__.c
_ACTS = Activity.__table__.c
_PRESS = PressItem.__table__.c
_ORGS = Organization.__table__.c
_TOPICS = Topic.__table__.c
_TARGETS = PlanTarget.__table__.c
_DOC_TOPICS = document_topics.c
_CO_ORGANIZERS = activity_co_organizers.c
# Ids per IN (…): under the 999 bound parameters of older SQLite builds.
_BATCH = 500


class _DocRow(NamedTuple):
    """The columns of a document that a report phrases. Plain tuples: a Row's attribute access
    costs ~0.5 µs, a named tuple's a tenth of it, over ~30,000 reads for a 5,000-record year."""

    id: int
    kind: str
    number_symbol: str | None
    issued_date: date
    subject: str
    issuer_id: int | None
    direction: str
    is_press_guidance: bool
    plan_id: int | None


class _ActivityRow(NamedTuple):
    id: int
    unit_id: int
    kind: str
    title: str
    start_date: date
    end_date: date | None
    place: str | None
    host_id: int | None
    plan_id: int | None
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


class _Org(NamedTuple):
    name: str
    short: str  # the short name, or the name when it has none
    kind: str


def _columns(
    table: ReadOnlyColumnCollection[str, Any], names: tuple[str, ...]
) -> list[ColumnElement[Any]]:
    """The table's columns of these names (a row type's fields), in their order."""
    return [table[name] for name in names]


def _batches(ids: Iterable[int]) -> Iterator[list[int]]:
    ordered = sorted(set(ids))
    for start in range(0, len(ordered), _BATCH):
        yield ordered[start : start + _BATCH]


def _organizations(session: Session, ids: Iterable[int]) -> dict[int, _Org]:
    """The organisations a report names, by id: deleted ones too, as a record keeps naming its
    host or issuer after the catalogue entry went to the trash."""
    found: dict[int, _Org] = {}
    for batch in _batches(ids):
        for org_id, name, short_name, kind in session.execute(
            select(_ORGS.id, _ORGS.name, _ORGS.short_name, _ORGS.kind).where(_ORGS.id.in_(batch))
        ).all():
            found[org_id] = _Org(name, short_name or name, kind)
    return found


def _grouped(rows: Iterable[Row[Any]]) -> dict[int, list[Any]]:
    """(owner id, value) rows as each owner's list of values, in row order. Callers pass
    `.all()`: iterating a result fetches one row per driver call, fetching all at once is
    several times faster."""
    groups: dict[int, list[Any]] = {}
    for owner, value in rows:
        groups.setdefault(owner, []).append(value)
    return groups


def _topics(session: Session, documents: ColumnElement[bool]) -> dict[int, list[str]]:
    """Topic names of the documents that `documents` (a condition on the link table) selects, in
    the order the link table's primary key gives them, as the ORM collections had them."""
    return _grouped(
        session.execute(
            select(_DOC_TOPICS.document_id, _TOPICS.name)
            .join_from(document_topics, Topic.__table__, _TOPICS.id == _DOC_TOPICS.topic_id)
            .where(documents)
            .order_by(_DOC_TOPICS.document_id, _DOC_TOPICS.topic_id)
        ).all()
    )


class _Documents:
    """Documents as rows by id, their topics and the organisations that issued them: those of
    the period and the plans that they and the activities implement."""

    def __init__(self, session: Session, in_period: ColumnElement[bool]) -> None:
        self.session = session
        self.rows = [
            _DocRow(*row)
            for row in session.execute(
                select(*_columns(_DOCS, _DocRow._fields))
                .where(in_period)
                .order_by(_DOCS.issued_date, _DOCS.id)
            ).all()
        ]
        self.by_id = {row.id: row for row in self.rows}
        ids = select(_DOCS.id).where(in_period).scalar_subquery()
        self.topics = _topics(session, _DOC_TOPICS.document_id.in_(ids))
        self.orgs: dict[int, _Org] = {}

    def add(self, ids: Iterable[int | None], with_topics: bool = True) -> None:
        """Also read the documents `ids`, whatever their date or trash state (a plan cited)."""
        missing = {i for i in ids if i is not None and i not in self.by_id}
        for batch in _batches(missing):
            for row in self.session.execute(
                select(*_columns(_DOCS, _DocRow._fields)).where(_DOCS.id.in_(batch))
            ).all():
                self.by_id[row.id] = _DocRow(*row)
            if with_topics:
                self.topics.update(_topics(self.session, _DOC_TOPICS.document_id.in_(batch)))

    def finish(self, more_orgs: Iterable[int]) -> None:
        """Read the plans the documents implement (for their numbers) and every organisation
        named: the documents' issuers and `more_orgs`."""
        self.add([row.plan_id for row in self.by_id.values()], with_topics=False)
        issuers = {row.issuer_id for row in self.by_id.values() if row.issuer_id is not None}
        self.orgs = _organizations(self.session, issuers | set(more_orgs))

    def ref(self, document_id: int) -> DocumentRef:
        row = self.by_id[document_id]
        issuer = self.orgs.get(row.issuer_id) if row.issuer_id is not None else None
        plan = self.by_id.get(row.plan_id) if row.plan_id is not None else None
        return DocumentRef(
            kind=row.kind,
            number_symbol=row.number_symbol,
            issued_date=row.issued_date,
            subject=row.subject,
            issuer=issuer.name if issuer else None,
            issuer_short=issuer.short if issuer else None,
            direction=row.direction,
            is_press_guidance=row.is_press_guidance,
            plan_number=plan.number_symbol if plan else None,
            topics=list(self.topics.get(document_id, ())),
        )


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

    def mine(unit_id: ColumnElement[Any]) -> ColumnElement[bool]:
        return true() if scope.all_units else unit_id == unit.id

    documents = _Documents(
        session,
        and_(
            mine(_DOCS.unit_id),
            _DOCS.deleted_at.is_(None),
            _DOCS.issued_date.between(period.start, period.end),
        ),
    )

    activities_in_period = and_(
        mine(_ACTS.unit_id),
        _ACTS.deleted_at.is_(None),
        _ACTS.start_date.between(period.start, period.end),
    )
    activities = [
        _ActivityRow(*row)
        for row in session.execute(
            select(*_columns(_ACTS, _ActivityRow._fields))
            .where(activities_in_period)
            .order_by(_ACTS.start_date, _ACTS.id)
        ).all()
    ]
    co_organizers = _grouped(
        session.execute(
            select(_CO_ORGANIZERS.activity_id, _CO_ORGANIZERS.organization_id)
            .where(
                _CO_ORGANIZERS.activity_id.in_(
                    select(_ACTS.id).where(activities_in_period).scalar_subquery()
                )
            )
            .order_by(_CO_ORGANIZERS.activity_id, _CO_ORGANIZERS.organization_id)
        ).all()
    )
    documents.add(a.plan_id for a in activities)
    documents.finish(
        {a.host_id for a in activities if a.host_id is not None}
        | {o for ids in co_organizers.values() for o in ids}
    )
    orgs = documents.orgs

    def facts_of(a: _ActivityRow) -> ActivityFacts:
        host = orgs.get(a.host_id) if a.host_id is not None else None
        # The host and co-organisers other than the own unit, each once.
        hosts = [a.host_id] if host else []
        partners = [
            orgs[o]
            for o in dict.fromkeys(hosts + co_organizers.get(a.id, []))
            if o != a.unit_id and o in orgs
        ]
        return ActivityFacts(
            kind=a.kind,
            title=a.title,
            start=a.start_date,
            end=a.end_date,
            place=a.place,
            host=host.short if host else None,
            host_kind=host.kind if host else None,
            partners=[o.short for o in partners],
            partner_kinds=[o.kind for o in partners],
            plan=documents.ref(a.plan_id) if a.plan_id is not None else None,
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

    handled = session.execute(
        select(_PRESS.assessment, _PRESS.scope, _PRESS.outlet_replied).where(
            mine(_PRESS.unit_id),
            _PRESS.deleted_at.is_(None),
            _PRESS.status == "handled",
            _PRESS.handled_date.between(period.start, period.end),
        )
    ).all()
    open_deadlines = session.scalars(
        select(_PRESS.deadline).where(
            mine(_PRESS.unit_id),
            _PRESS.deleted_at.is_(None),
            _PRESS.status.in_(("new", "in_progress", "follow_up")),
            _PRESS.published_date <= period.end,
        )
    ).all()
    stats = period_stats(session, period, None if scope.all_units else unit.id)
    press = PressFacts(
        received=stats["press_items_received"],
        handled=len(handled),
        handled_by_assessment=dict(
            Counter(assessment or "unknown" for assessment, _, _ in handled)
        ),
        handled_by_scope=dict(Counter(scope or "unknown" for _, scope, _ in handled)),
        replied=sum(1 for _, _, replied in handled if replied),
        open_items=len(open_deadlines),
        overdue_items=sum(1 for deadline in open_deadlines if deadline and deadline < today),
    )

    targets = session.execute(
        select(
            _TARGETS.description,
            _TARGETS.quantity,
            _TARGETS.unit_label,
            _TARGETS.counts_kind,
            _DOCS.kind,
            _DOCS.number_symbol,
            _DOCS.issued_date,
        )
        .join_from(PlanTarget.__table__, Document.__table__, _TARGETS.plan_id == _DOCS.id)
        .where(
            _DOCS.unit_id == unit.id,
            _DOCS.deleted_at.is_(None),
            _DOCS.kind == "plan",
            _DOCS.direction == "issued",
            targets_in_period(period),
        )
        .order_by(_DOCS.issued_date, _DOCS.id, _TARGETS.position)
    ).all()

    guidance_per_month: Counter[tuple[int, int]] = Counter(
        (d.issued_date.year, d.issued_date.month)
        for d in documents.rows
        if d.is_press_guidance and d.direction == "issued"
    )
    facts = PeriodFacts(
        period=period,
        unit_name=unit.name,
        unit_short_name=(unit.short_name or unit.name)
        + (" và các đơn vị" if scope.all_units else ""),
        profile=profile,
        stats=stats,
        documents=[documents.ref(d.id) for d in documents.rows],
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
            plan_title=plan_title_of(t.kind, t.number_symbol, t.issued_date),
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
