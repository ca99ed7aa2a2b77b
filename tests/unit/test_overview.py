"""Tổng quan: figures equal `ttdn stats`, monthly counts, drill-down filters, reminders."""

from __future__ import annotations

from datetime import date, timedelta

from ttdn_desktop.core import listing, overview
from ttdn_desktop.core.database import Database
from ttdn_desktop.core.periods import Period
from ttdn_desktop.core.records import PressItemData, save
from ttdn_desktop.core.stats import period_stats, year_stats


def test_figures_equal_ttdn_stats(demo_db: Database) -> None:
    with demo_db.session() as session:
        data = overview.year_overview(session, 2020, today=date(2026, 11, 26))
        assert data.period == Period.year(2020)
        assert data.stats == year_stats(session, 2020)
        assert data.previous_stats == year_stats(session, 2019)
        for period in (Period.first_half(2020, cutoff=True), Period.quarter(2020, 3)):
            assert overview.period_figures(session, [period])[0] == period_stats(session, period)


def test_months_and_targets(demo_db: Database) -> None:
    with demo_db.session() as session:
        data = overview.year_overview(session, 2020, today=date(2026, 11, 26))
        activities = sum(sum(v) for v in data.activity_months.values())
        stats = data.stats
        assert activities == sum(stats[k] for k in overview.ACTIVITY_COUNT_KEYS.values())
        assert sum(m.count for m in data.guidance_months) == stats["guidance_documents"] == 24
        assert all(len(v) == 12 for v in data.activity_months.values())
        for target in data.targets:
            if target.counts_kind == "guidance_document":
                assert target.done == 24


def test_figure_lists_count_what_the_figure_counts(demo_db: Database) -> None:
    period = Period.year(2020)
    with demo_db.session() as session:
        stats = year_stats(session, 2020)
        # Visitors and participants are sums, not counts of records.
        exact = [k for k in stats if not k.endswith(("participants", "visitors"))]
        for key in exact:
            family, flt = overview.figure_list(key, period)
            assert listing.count_matching(session, family, flt) == stats[key], key


def _overdue_item(session, title: str = "Bài viết sai lệch về tỉnh") -> int:  # type: ignore[no-untyped-def]
    today = date.today()
    return save(
        session,
        PressItemData(
            published_date=today - timedelta(days=40),
            title=title,
            deadline=today - timedelta(days=10),
            status="in_progress",
        ),
    )


def test_reminders_for_an_overdue_item_until_handled(demo_db: Database) -> None:
    today = date.today()
    with demo_db.session() as session:
        item_id = _overdue_item(session)
    with demo_db.session() as session:
        keys = [r.key for r in overview.reminders(session, today)]
        key = f"press:{item_id}:{(today - timedelta(days=10)).isoformat()}"
        found = [r for r in overview.reminders(session, today, include_hidden=True)]
        assert key in keys or any(k.startswith("press_overdue_more") for k in keys), keys
        assert (
            any(r.key == key for r in found) or overview.press_summary(session, today).overdue_items
        )
        data = save(
            session,
            PressItemData(
                **{**_load(session, item_id), "status": "handled", "handled_date": today}
            ),
        )
        assert data == item_id
    with demo_db.session() as session:
        keys = [r.key for r in overview.reminders(session, today, include_hidden=True)]
        assert not any(k.startswith(f"press:{item_id}:") for k in keys)


def _load(session, item_id: int) -> dict:  # type: ignore[no-untyped-def]
    import dataclasses

    from ttdn_desktop.core.models import PressItem
    from ttdn_desktop.core.records import load

    return dataclasses.asdict(load(session, PressItem, item_id))


def test_dismiss_and_snooze_persist(db: Database) -> None:
    today = date(2026, 11, 26)
    with db.session() as session:
        overview.dismiss_reminder(session, "a", None)
        overview.dismiss_reminder(session, "b", today + timedelta(days=3))
    with db.session() as session:
        hidden = overview.dismissed_reminders(session)
        assert hidden == {"a": None, "b": today + timedelta(days=3)}
        assert overview._is_hidden(hidden, "b", today)
        assert not overview._is_hidden(hidden, "b", today + timedelta(days=3))
        overview.restore_reminders(session)
    with db.session() as session:
        assert overview.dismissed_reminders(session) == {}


def test_report_deadlines_and_due_dates(db: Database) -> None:
    with db.session() as session:
        assert overview.report_due_dates(session) == {"first_half": (6, 15), "annual": (12, 15)}
        deadlines = overview.report_deadlines(session, date(2026, 11, 26))
        assert [(d.kind, d.due) for d in deadlines] == [
            ("annual", date(2026, 12, 15)),
            ("first_half", date(2027, 6, 15)),
        ]
        assert deadlines[0].period == Period.year(2026, cutoff=True)
        overview.set_report_due_date(session, "annual", 12, 20)
    with db.session() as session:
        assert overview.report_deadlines(session, date(2026, 11, 26))[0].due == date(2026, 12, 20)
        late = overview.report_deadlines(session, date(2026, 12, 22))[0]
        assert late.days_left == -2 and not late.issued
