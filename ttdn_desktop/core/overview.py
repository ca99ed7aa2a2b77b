"""The year at a glance (Tổng quan): figures, plan progress, monthly counts, deadlines, reminders.

Everything here is read with aggregate queries (counts grouped by month or kind) and a few rows
with a LIMIT, never by loading a year's records, so the page stays fast at 100,000 records.
Each figure knows the list behind it (`figure_list`, `target_list`, `month_list`): a family of
`core.listing` and a `ListFilter`. Report due dates and dismissed or snoozed reminders are kept
in the `Setting` table. Nothing here imports Qt.
"""

from __future__ import annotations

import calendar
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from typing import Any

from sqlalchemy import extract, func, select
from sqlalchemy.orm import Session

from ttdn_desktop.core import labels
from ttdn_desktop.core.errors import ValidationError
from ttdn_desktop.core.listing import FAMILIES, ListFilter
from ttdn_desktop.core.models import (
    Activity,
    Document,
    IssuedReport,
    PlanTarget,
    PressItem,
    Setting,
)
from ttdn_desktop.core.periods import Period
from ttdn_desktop.core.stats import ACTIVITY_COUNT_KEYS
from ttdn_desktop.core.targets import plan_title, targets_in_period
from ttdn_desktop.core.units import own_records_unit_id, own_unit, own_unit_id

# The obligation of the seed: "định kỳ hằng tháng, Sở ban hành 02 văn bản".
GUIDANCE_PER_MONTH = 2
REMINDER_DAYS = 7  # what is due within this many days is reminded of
UPCOMING_DAYS = 30
OPEN_STATUSES = ("new", "in_progress", "follow_up")

REPORT_DUE_KEY = "report_due_dates"
REMINDERS_KEY = "dismissed_reminders"
REMINDER_SETTINGS_KEY = "reminder_settings"
REMINDER_DAYS_RANGE = (1, 60)
# When each report is due, as (month, day): the day after the data cut-off of NĐ 09/2019.
DEFAULT_REPORT_DUE: dict[str, tuple[int, int]] = {"first_half": (6, 15), "annual": (12, 15)}
REPORT_KINDS: dict[str, str] = {
    "first_half": "Báo cáo 6 tháng đầu năm",
    "annual": "Báo cáo năm",
}
EARLIEST = date(1900, 1, 1)


# --- the figures -----------------------------------------------------------------------------


def figures_period(year: int, today: date | None = None) -> Period:
    """The period the page counts: the whole year, or up to today for the year in progress."""
    today = today or date.today()
    whole = Period.year(year)
    if whole.contains(today) and today < whole.end:
        return Period(whole.start, today, f"năm {year} (đến ngày {today:%d/%m/%Y})")
    return whole


@dataclass
class TargetProgress:
    plan_title: str
    description: str
    quantity: int | None
    unit_label: str | None
    counts_kind: str | None
    done: int | None

    @property
    def percent(self) -> int | None:
        """Done over planned, rounded half up; None without a quantity or a kind to count."""
        if self.done is None or not self.quantity:
            return None
        return (200 * self.done + self.quantity) // (2 * self.quantity)


@dataclass
class MonthGuidance:
    year: int
    month: int
    count: int
    required: int = GUIDANCE_PER_MONTH
    state: str = "future"  # "done", "short" (over and short), "current" (in progress), "future"

    @property
    def short(self) -> bool:
        return self.state == "short"


@dataclass
class PressRef:
    id: int
    title: str
    published_date: date
    deadline: date | None
    status: str


@dataclass
class EventRef:
    id: int
    kind: str
    title: str
    start_date: date
    end_date: date | None
    place: str | None


@dataclass
class PressSummary:
    open_items: int
    overdue_items: int
    due_soon_items: int
    overdue: list[PressRef] = field(default_factory=list)
    due_soon: list[PressRef] = field(default_factory=list)


@dataclass
class ReportDeadline:
    kind: str  # a key of REPORT_KINDS
    title: str  # "Báo cáo 6 tháng đầu năm 2026"
    period: Period  # with the cut-off of NĐ 09/2019
    due: date
    days_left: int  # negative when late
    issued: bool


@dataclass
class YearOverview:
    year: int
    today: date
    period: Period
    previous_period: Period
    stats: dict[str, int]
    previous_stats: dict[str, int]
    targets: list[TargetProgress]
    activity_months: dict[str, list[int]]  # kind -> 12 counts, January first
    guidance_months: list[MonthGuidance]
    press: PressSummary
    upcoming: list[EventRef]
    upcoming_total: int
    deadlines: list[ReportDeadline]


def _live(model: Any, unit_id: int | None) -> list[Any]:
    """Not in the trash, and of that unit when one is given."""
    conditions = [model.deleted_at.is_(None)]
    if unit_id is not None:
        conditions.append(model.unit_id == unit_id)
    return conditions


def _own(session: Session, model: Any) -> list[Any]:
    """Not in the trash, and the own unit's once other units' packages were received."""
    return _live(model, own_records_unit_id(session))


def year_overview(session: Session, year: int, today: date | None = None) -> YearOverview:
    """Everything the Tổng quan page shows for a year, from aggregate queries."""
    today = today or date.today()
    period = figures_period(year, today)
    previous = period.previous_year()
    upcoming, upcoming_total = upcoming_events(session, today)
    unit_id = own_records_unit_id(session)
    stats, previous_stats = period_figures(session, [period, previous], unit_id)
    return YearOverview(
        year=year,
        today=today,
        period=period,
        previous_period=previous,
        stats=stats,
        previous_stats=previous_stats,
        targets=target_progress(session, year, period),
        activity_months=activity_months(session, year),
        guidance_months=guidance_months(session, year, today),
        press=press_summary(session, today),
        upcoming=upcoming,
        upcoming_total=upcoming_total,
        # A past year shows its own reports (the demo's 2020, not today's 2026 deadlines).
        deadlines=(
            report_deadlines(session, today)
            if year >= today.year
            else year_report_deadlines(session, year, today)
        ),
    )


def period_figures(
    session: Session, periods: list[Period], unit_id: int | None = None
) -> list[dict[str, int]]:
    """`stats.period_stats` of several periods at once: one aggregate pass per table.

    The same counts by the same rules (the tests hold them equal); one scan of each table with a
    filtered count per period instead of one query per figure and period, which at 100,000
    records is several times faster (the handled press items, counted through the status index,
    cost 130 ms on their own).
    """
    results: list[dict[str, int]] = [
        dict.fromkeys(ACTIVITY_COUNT_KEYS.values(), 0) for _ in periods
    ]

    first = min(p.start for p in periods)
    last = max(p.end for p in periods)

    columns: list[Any] = []
    for p in periods:
        inside = Activity.start_date.between(p.start, p.end)
        columns += [func.count().filter(inside), func.sum(Activity.participants).filter(inside)]
    rows = session.execute(
        select(Activity.kind, *columns)
        .where(*_live(Activity, unit_id), Activity.start_date.between(first, last))
        .group_by(Activity.kind)
    ).all()
    for result in results:
        result["training_participants"] = 0
        result["exhibition_visitors"] = 0
    for kind, *values in rows:
        for index, result in enumerate(results):
            number, participants = values[2 * index], values[2 * index + 1]
            result[ACTIVITY_COUNT_KEYS[kind]] = int(number or 0)
            if kind == "training":
                result["training_participants"] = int(participants or 0)
            elif kind == "exhibition":
                result["exhibition_visitors"] = int(participants or 0)

    columns = []
    for p in periods:
        inside = Document.issued_date.between(p.start, p.end)
        columns += [
            func.count().filter(inside, Document.is_press_guidance.is_(True)),
            func.count().filter(inside),
            func.count().filter(inside, Document.kind == "plan"),
        ]
    values = session.execute(
        select(*columns).where(
            *_live(Document, unit_id),
            Document.direction == "issued",
            Document.issued_date.between(first, last),
        )
    ).one()
    for index, result in enumerate(results):
        result["guidance_documents"] = int(values[3 * index] or 0)
        result["documents_issued"] = int(values[3 * index + 1] or 0)
        result["plans_issued"] = int(values[3 * index + 2] or 0)

    # Press items: three queries, each bounded by an index, instead of one pass over every
    # press item of every year with six filtered counts (at 100,000 records 30–45 ms against
    # 1 + 9 + 10 ms). Received and handled are bounded by the periods' dates; open items have
    # no lower bound (one left open years ago still counts) and are bounded by their status.
    received = session.execute(
        select(
            *(
                func.count().filter(PressItem.published_date.between(p.start, p.end))
                for p in periods
            )
        ).where(*_live(PressItem, unit_id), PressItem.published_date.between(first, last))
    ).one()
    handled = session.execute(
        select(
            *(func.count().filter(PressItem.handled_date.between(p.start, p.end)) for p in periods)
        ).where(
            *_live(PressItem, unit_id),
            PressItem.status == "handled",
            PressItem.handled_date.between(first, last),
        )
    ).one()
    still_open = session.execute(
        select(*(func.count().filter(PressItem.published_date <= p.end) for p in periods)).where(
            *_live(PressItem, unit_id), PressItem.status.in_(("new", "in_progress"))
        )
    ).one()
    for index, result in enumerate(results):
        result["press_items_received"] = int(received[index] or 0)
        result["press_items_handled"] = int(handled[index] or 0)
        result["press_items_open"] = int(still_open[index] or 0)
    return results


def done_key(counts_kind: str) -> str:
    """The figure of `period_stats` a plan target of this kind counts (as reports.facts does)."""
    if counts_kind == "guidance_document":
        return "guidance_documents"
    if counts_kind == "press_item_handled":
        return "press_items_handled"
    return ACTIVITY_COUNT_KEYS[counts_kind]


def target_progress(
    session: Session, year: int, done_in: Period | None = None
) -> list[TargetProgress]:
    """The own unit's plan targets for the year and what was recorded against them.

    The targets are those the annual report lists (`reports.facts`); what counts as done is the
    own unit's figure of the kind in `done_in` (the year, or up to today).
    """
    unit_id = own_unit_id(session)
    if unit_id is None:
        return []
    period = Period.year(year)
    rows = session.execute(
        select(
            PlanTarget.description,
            PlanTarget.quantity,
            PlanTarget.unit_label,
            PlanTarget.counts_kind,
            Document.kind,
            Document.number_symbol,
            Document.issued_date,
        )
        .join(Document, PlanTarget.plan_id == Document.id)
        .where(
            # Plans with targets first: without it SQLite walks every document of the unit.
            Document.id.in_(select(PlanTarget.plan_id)),
            Document.unit_id == unit_id,
            Document.deleted_at.is_(None),
            Document.kind == "plan",
            Document.direction == "issued",
            targets_in_period(period),
        )
        .order_by(Document.issued_date, Document.id, PlanTarget.position)
    ).all()
    if not rows:
        return []
    stats = period_figures(session, [done_in or period], unit_id)[0]
    progress = []
    for description, quantity, unit_label, counts_kind, kind, number, issued in rows:
        plan = Document(kind=kind, number_symbol=number, issued_date=issued)
        progress.append(
            TargetProgress(
                plan_title=plan_title(plan),
                description=description,
                quantity=quantity,
                unit_label=unit_label,
                counts_kind=counts_kind,
                done=stats[done_key(counts_kind)] if counts_kind else None,
            )
        )
    return progress


def activity_months(session: Session, year: int) -> dict[str, list[int]]:
    """Activities of each kind started in each month of the year (every kind, zeros included)."""
    month = extract("month", Activity.start_date)
    rows = session.execute(
        select(Activity.kind, month, func.count())
        .where(
            *_own(session, Activity),
            Activity.start_date.between(date(year, 1, 1), date(year, 12, 31)),
        )
        .group_by(Activity.kind, month)
    ).all()
    counts = {kind: [0] * 12 for kind in labels.ACTIVITY_KINDS}
    for kind, number, total in rows:
        counts.setdefault(kind, [0] * 12)[int(number) - 1] = int(total)
    return counts


def guidance_months(session: Session, year: int, today: date | None = None) -> list[MonthGuidance]:
    """Guidance documents issued in each month of the year against the two-a-month obligation."""
    today = today or date.today()
    month = extract("month", Document.issued_date)
    rows = session.execute(
        select(month, func.count())
        .where(
            *_own(session, Document),
            Document.is_press_guidance.is_(True),
            Document.direction == "issued",
            Document.issued_date.between(date(year, 1, 1), date(year, 12, 31)),
        )
        .group_by(month)
    ).all()
    found = {int(m): int(n) for m, n in rows}
    months = []
    for number in range(1, 13):
        count = found.get(number, 0)
        last = date(year, number, calendar.monthrange(year, number)[1])
        if count >= GUIDANCE_PER_MONTH:
            state = "done"
        elif last < today:
            state = "short"
        elif date(year, number, 1) <= today:
            state = "current"
        else:
            state = "future"
        months.append(MonthGuidance(year, number, count, GUIDANCE_PER_MONTH, state))
    return months


def _press_refs(session: Session, *conditions: Any, limit: int) -> list[PressRef]:
    rows = session.execute(
        select(
            PressItem.id,
            PressItem.title,
            PressItem.published_date,
            PressItem.deadline,
            PressItem.status,
        )
        .where(*_own(session, PressItem), PressItem.status.in_(OPEN_STATUSES), *conditions)
        .order_by(PressItem.deadline, PressItem.id)
        .limit(limit)
    ).all()
    return [PressRef(*row) for row in rows]


def press_summary(
    session: Session, today: date | None = None, limit: int = 5, days: int = REMINDER_DAYS
) -> PressSummary:
    """Press items still open, those past their deadline and those due within `days` days.

    "Open" is what the lists call open (new, in progress, followed further), whatever the year:
    an item left open in an earlier year is still work to do.
    """
    today = today or date.today()
    soon = today + timedelta(days=days)
    counts = session.execute(
        select(
            func.count(),
            func.count().filter(PressItem.deadline < today),
            func.count().filter(PressItem.deadline.between(today, soon)),
        ).where(*_own(session, PressItem), PressItem.status.in_(OPEN_STATUSES))
    ).one()
    return PressSummary(
        open_items=int(counts[0]),
        overdue_items=int(counts[1]),
        due_soon_items=int(counts[2]),
        overdue=_press_refs(session, PressItem.deadline < today, limit=limit),
        due_soon=_press_refs(session, PressItem.deadline.between(today, soon), limit=limit),
    )


def upcoming_events(
    session: Session, today: date | None = None, days: int = UPCOMING_DAYS, limit: int = 8
) -> tuple[list[EventRef], int]:
    """Activities starting within the next `days` days (the first `limit`) and how many in all."""
    today = today or date.today()
    window = (
        *_own(session, Activity),
        Activity.start_date.between(today, today + timedelta(days=days)),
    )
    total = session.scalar(select(func.count()).where(*window)) or 0
    rows = session.execute(
        select(
            Activity.id,
            Activity.kind,
            Activity.title,
            Activity.start_date,
            Activity.end_date,
            Activity.place,
        )
        .where(*window)
        .order_by(Activity.start_date, Activity.id)
        .limit(limit)
    ).all()
    return [EventRef(*row) for row in rows], int(total)


# --- reporting deadlines ---------------------------------------------------------------------


def _day(year: int, month: int, day: int) -> date:
    return date(year, month, min(day, calendar.monthrange(year, month)[1]))


def report_due_dates(session: Session) -> dict[str, tuple[int, int]]:
    """When each periodic report is due, as (month, day): the setting, or the defaults."""
    setting = session.get(Setting, REPORT_DUE_KEY)
    stored = setting.value if setting is not None and isinstance(setting.value, dict) else {}
    due = dict(DEFAULT_REPORT_DUE)
    for kind, value in stored.items():
        if kind in due and isinstance(value, list) and len(value) == 2:
            month, day = int(value[0]), int(value[1])
            if 1 <= month <= 12 and 1 <= day <= 31:
                due[kind] = (month, day)
    return due


def set_report_due_date(session: Session, kind: str, month: int, day: int) -> None:
    """Set the day a report is due each year (for Cài đặt)."""
    if kind not in REPORT_KINDS:
        raise ValueError(f"unknown report kind {kind!r}")
    _day(2000, month, day)  # raises ValueError on an impossible month or day
    if not 1 <= day <= 31:
        raise ValueError("day must be 1-31")
    due = {k: list(v) for k, v in report_due_dates(session).items()}
    due[kind] = [month, day]
    session.merge(Setting(key=REPORT_DUE_KEY, value=due))


def report_period(kind: str, year: int) -> Period:
    """The data period of the report under NĐ 09/2019 (the cut-off on the 14th)."""
    if kind == "first_half":
        return Period.first_half(year, cutoff=True)
    return Period.year(year, cutoff=True)


def _issued(session: Session, period: Period) -> bool:
    """Whether a report over (about) this period was recorded as issued."""
    slack = timedelta(days=20)
    found = session.scalar(
        select(func.count()).where(
            IssuedReport.period_start.between(period.start - slack, period.start + slack),
            IssuedReport.period_end.between(period.end - slack, period.end + slack),
        )
    )
    return bool(found)


def report_deadlines(session: Session, today: date | None = None) -> list[ReportDeadline]:
    """The next due date of each periodic report, sooner first.

    A report stays "next" until it is recorded as issued or 30 days past its due date.
    """
    today = today or date.today()
    due_dates = report_due_dates(session)
    deadlines = []
    for kind, (month, day) in due_dates.items():
        for year in (today.year - 1, today.year, today.year + 1):
            due = _day(year, month, day)
            period = report_period(kind, year)
            if due < today - timedelta(days=30):
                continue
            issued = _issued(session, period)
            if issued and due < today:
                continue
            title = f"{REPORT_KINDS[kind]} {year}"
            deadlines.append(ReportDeadline(kind, title, period, due, (due - today).days, issued))
            break
    return sorted(deadlines, key=lambda d: d.due)


def _report_document_issued(session: Session, period: Period, due: date) -> bool:
    """Whether a report of the period was recorded as an issued document (kind báo cáo).

    The demo, like an officer who keeps earlier reports in Kế hoạch & văn bản, has its
    6-month report "651/BC-STTTT" as a document rather than in the register of issued reports.
    """
    found = session.scalar(
        select(func.count()).where(
            Document.kind == "report",
            Document.direction == "issued",
            *_own(session, Document),
            Document.issued_date.between(period.end - timedelta(days=20), due + timedelta(days=45)),
        )
    )
    return bool(found)


def year_report_deadlines(
    session: Session, year: int, today: date | None = None
) -> list[ReportDeadline]:
    """The periodic reports of one (past) year, with whether each was sent."""
    today = today or date.today()
    deadlines = []
    for kind, (month, day) in report_due_dates(session).items():
        due = _day(year, month, day)
        period = report_period(kind, year)
        issued = _issued(session, period) or _report_document_issued(session, period, due)
        title = f"{REPORT_KINDS[kind]} {year}"
        deadlines.append(ReportDeadline(kind, title, period, due, (due - today).days, issued))
    return sorted(deadlines, key=lambda d: d.due)


# --- drill-down: the list behind each figure -------------------------------------------------


def family_of_kind(kind: str) -> str:
    """The list (family of `core.listing`) that shows activities of this kind."""
    for key, family in FAMILIES.items():
        if family.model is Activity and kind in family.kinds:
            return key
    raise KeyError(kind)


_KIND_OF_FIGURE = {value: kind for kind, value in ACTIVITY_COUNT_KEYS.items()}
_KIND_OF_FIGURE["training_participants"] = "training"
_KIND_OF_FIGURE["exhibition_visitors"] = "exhibition"


def until(period: Period) -> Period:
    """Everything up to the end of the period (open press items count from any year)."""
    return Period(EARLIEST, period.end, f"đến ngày {period.end:%d/%m/%Y}")


def figure_list(key: str, period: Period) -> tuple[str, ListFilter]:
    """The list behind a figure of `period_stats`: (family, filter), counting the same records."""
    if key in _KIND_OF_FIGURE:
        kind = _KIND_OF_FIGURE[key]
        return family_of_kind(kind), ListFilter(period=period, kinds=(kind,))
    if key == "guidance_documents":
        return "guidance", ListFilter(period=period)
    if key == "press_items_received":
        return "press_items", ListFilter(period=period)
    if key == "press_items_handled":
        return "press_items", ListFilter(handled_in=period)
    if key == "press_items_open":
        return "press_items", ListFilter(period=until(period), statuses=("new", "in_progress"))
    if key == "plans_issued":
        return "documents", ListFilter(period=period, kinds=("plan",), direction="issued")
    if key == "documents_issued":
        return "documents", ListFilter(period=period, direction="issued", with_guidance=True)
    raise KeyError(key)


def target_list(counts_kind: str, period: Period) -> tuple[str, ListFilter]:
    """The list of what counts toward a plan target of this kind."""
    return figure_list(done_key(counts_kind), period)


def month_period(year: int, month: int) -> Period:
    last = calendar.monthrange(year, month)[1]
    return Period(date(year, month, 1), date(year, month, last), f"tháng {month}/{year}")


def month_list(
    family: str, year: int, month: int, kinds: tuple[str, ...] = ()
) -> tuple[str, ListFilter]:
    """The list of a family's records of one month (a bar of the chart, a guidance month)."""
    return family, ListFilter(period=month_period(year, month), kinds=kinds)


def press_list(
    which: str, today: date | None = None, days: int = REMINDER_DAYS
) -> tuple[str, ListFilter]:
    """The press items still open ("open"), past their deadline ("overdue") or due soon."""
    today = today or date.today()
    if which == "overdue":
        return "press_items", ListFilter(overdue_only=True, today=today)
    if which == "due_soon":
        soon = Period(today, today + timedelta(days=days), "")
        return "press_items", ListFilter(open_only=True, today=today, period=soon)
    return "press_items", ListFilter(open_only=True)


# --- reminders -------------------------------------------------------------------------------


@dataclass
class Reminder:
    key: str  # stable: dismissing it hides this very thing, not the next one
    text: str
    due: date | None
    overdue: bool
    family: str | None = None  # the list that shows it; None for the Báo cáo page
    filter: ListFilter | None = None


def dismissed_reminders(session: Session) -> dict[str, date | None]:
    """Reminders the officer dismissed (None) or snoozed until a day."""
    setting = session.get(Setting, REMINDERS_KEY)
    stored = setting.value if setting is not None and isinstance(setting.value, dict) else {}
    found: dict[str, date | None] = {}
    for key, value in stored.items():
        try:
            found[str(key)] = date.fromisoformat(value) if value else None
        except (TypeError, ValueError):
            continue
    return found


def dismiss_reminder(session: Session, key: str, until: date | None = None) -> None:
    """Hide a reminder for good (`until` None) or snooze it until that day."""
    stored = {k: (v.isoformat() if v else None) for k, v in dismissed_reminders(session).items()}
    stored[key] = until.isoformat() if until else None
    session.merge(Setting(key=REMINDERS_KEY, value=stored))


def restore_reminders(session: Session) -> None:
    """Show every dismissed and snoozed reminder again."""
    setting = session.get(Setting, REMINDERS_KEY)
    if setting is not None:
        session.delete(setting)


@dataclass
class ReminderSettings:
    """Whether Việc cần làm reminds at all, and how many days ahead it looks."""

    enabled: bool = True
    days_ahead: int = REMINDER_DAYS


def reminder_settings(session: Session) -> ReminderSettings:
    setting = session.get(Setting, REMINDER_SETTINGS_KEY)
    stored = setting.value if setting is not None and isinstance(setting.value, dict) else {}
    found = ReminderSettings()
    if isinstance(stored.get("enabled"), bool):
        found.enabled = stored["enabled"]
    days = stored.get("days_ahead")
    low, high = REMINDER_DAYS_RANGE
    if isinstance(days, int) and not isinstance(days, bool) and low <= days <= high:
        found.days_ahead = days
    return found


def set_reminder_settings(session: Session, settings: ReminderSettings) -> None:
    """Store the reminder settings (Cài đặt).

    Raises:
        ValidationError: for a number of days outside REMINDER_DAYS_RANGE.
    """
    low, high = REMINDER_DAYS_RANGE
    if not low <= settings.days_ahead <= high:
        raise ValidationError(
            f"“Nhắc trước (ngày)” phải từ {low} đến {high} ngày.", field="reminder_days"
        )
    session.merge(
        Setting(
            key=REMINDER_SETTINGS_KEY,
            value={"enabled": settings.enabled, "days_ahead": settings.days_ahead},
        )
    )


def _unit_since(session: Session) -> date | None:
    """The day the own unit was declared: nothing before it is reminded of.

    A database started in November must not nag about October's guidance documents or June's
    report, which were never kept in it.
    """
    unit = own_unit(session)
    created = getattr(unit, "created_at", None) if unit is not None else None
    return created.date() if isinstance(created, datetime) else None


def _late(days: int) -> str:
    return f"quá hạn {days} ngày" if days > 0 else "đến hạn hôm nay"


def _left(days: int) -> str:
    return "hôm nay" if days == 0 else f"còn {days} ngày"


def _short_title(text: str, limit: int = 70) -> str:
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"


def reminders(
    session: Session, today: date | None = None, *, include_hidden: bool = False
) -> list[Reminder]:
    """What is overdue or due within 7 days, minus what the officer dismissed or snoozed.

    Press items past their deadline or due within 7 days (the five most urgent one by one, the
    rest together), a month that fell short of two guidance documents (the last month, and the
    current one in its last 7 days), and a report due within 7 days or late.
    """
    today = today or date.today()
    settings = reminder_settings(session)
    if not settings.enabled:
        return []
    days_ahead = settings.days_ahead
    since = _unit_since(session)
    found: list[Reminder] = []
    press = press_summary(session, today, days=days_ahead)
    for item in press.overdue:
        assert item.deadline is not None
        days = (today - item.deadline).days
        found.append(
            Reminder(
                f"press:{item.id}:{item.deadline.isoformat()}",
                f"Tin, bài “{_short_title(item.title)}” {_late(days)} xử lý "
                f"(hạn {item.deadline:%d/%m/%Y}).",
                item.deadline,
                True,
                *press_list("overdue", today),
            )
        )
    if press.overdue_items > len(press.overdue):
        more = press.overdue_items - len(press.overdue)
        found.append(
            Reminder(
                f"press_overdue_more:{more}",
                f"Còn {more:,} tin, bài khác đã quá hạn xử lý.".replace(",", "."),
                None,
                True,
                *press_list("overdue", today),
            )
        )
    for item in press.due_soon:
        assert item.deadline is not None
        found.append(
            Reminder(
                f"press_due:{item.id}:{item.deadline.isoformat()}",
                f"Tin, bài “{_short_title(item.title)}” đến hạn xử lý ngày "
                f"{item.deadline:%d/%m/%Y} ({_left((item.deadline - today).days)}).",
                item.deadline,
                False,
                *press_list("due_soon", today, days_ahead),
            )
        )
    if own_unit_id(session) is not None:
        found.extend(_guidance_reminders(session, today, days_ahead, since))
    for deadline in report_deadlines(session, today):
        if deadline.issued or deadline.days_left > days_ahead:
            continue
        if since is not None and deadline.due < since:
            continue
        late = deadline.days_left < 0
        when = _late(-deadline.days_left) if late else _left(deadline.days_left)
        found.append(
            Reminder(
                f"report:{deadline.kind}:{deadline.due.isoformat()}",
                f"{deadline.title} (số liệu {deadline.period.range_text}) phải gửi trước ngày "
                f"{deadline.due:%d/%m/%Y}: {when}.",
                deadline.due,
                late,
            )
        )
    if include_hidden:
        return found
    hidden = dismissed_reminders(session)
    return [r for r in found if not _is_hidden(hidden, r.key, today)]


def _is_hidden(hidden: dict[str, date | None], key: str, today: date) -> bool:
    if key not in hidden:
        return False
    until = hidden[key]
    return until is None or today < until


def _guidance_reminders(
    session: Session, today: date, days_ahead: int = REMINDER_DAYS, since: date | None = None
) -> list[Reminder]:
    found = []
    first_of_month = today.replace(day=1)
    last_month = first_of_month - timedelta(days=1)
    checks = [(last_month.year, last_month.month, True)]
    month_end = _day(today.year, today.month, 31)
    if (month_end - today).days < days_ahead:
        checks.append((today.year, today.month, False))
    for year, month, over in checks:
        if since is not None and since > date(year, month, 1):
            # The month began before the unit was kept in this database: what it lacks may
            # simply never have been recorded here. The first whole month is checked.
            continue
        count = guidance_months(session, year, today)[month - 1].count
        if count >= GUIDANCE_PER_MONTH:
            continue
        if over:
            text = (
                f"Tháng {month}/{year} chỉ ban hành {count}/{GUIDANCE_PER_MONTH} văn bản "
                "cung cấp thông tin, hướng dẫn tuyên truyền."
            )
            key, due = f"guidance:{year}-{month:02d}", _day(year, month, 31)
        else:
            due = month_end
            text = (
                f"Tháng {month}/{year} mới có {count}/{GUIDANCE_PER_MONTH} văn bản hướng dẫn "
                f"tuyên truyền; tháng kết thúc ngày {due:%d/%m/%Y} ({_left((due - today).days)})."
            )
            key = f"guidance_due:{year}-{month:02d}"
        found.append(Reminder(key, text, due, over, *month_list("guidance", year, month)))
    return found
