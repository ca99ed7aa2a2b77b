"""The Tổng quan page: figures of `ttdn stats`, drill-down, chart, reminders panel."""

from __future__ import annotations

import os
from datetime import date, timedelta
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from ttdn_desktop.core import overview
from ttdn_desktop.core.database import Database
from ttdn_desktop.core.periods import Period
from ttdn_desktop.core.records import PressItemData, save
from ttdn_desktop.core.stats import year_stats
from ttdn_desktop.gui.formatting import format_count


def test_figures_equal_year_stats(make_window, gui_demo_db: Database) -> None:
    window = make_window(gui_demo_db)
    page = window.pages["overview"]
    with gui_demo_db.session() as session:
        expected = year_stats(session, 2020)
    assert page.figures == expected
    for key, value in expected.items():
        assert page.value_labels[key].text() == format_count(value)
    assert page.value_labels["guidance_documents"].text() == "24"


def test_drill_down_opens_filtered_list(make_window, gui_demo_db: Database, qtbot) -> None:
    window = make_window(gui_demo_db)
    window.show_section("overview")
    page = window.pages["overview"]
    qtbot.mouseClick(page.value_labels["guidance_documents"], Qt.MouseButton.LeftButton)
    assert window.current_section() == "guidance"
    guidance = window.pages["guidance"]
    assert guidance.records.current_filter().period == Period.year(2020)
    assert guidance.model.rowCount() == 24

    window.show_section("overview")
    page.open_month("guidance", 3)
    flt = guidance.records.current_filter()
    assert flt.period == overview.month_period(2020, 3)
    assert guidance.model.rowCount() == page.data.guidance_months[2].count

    window.show_section("overview")
    qtbot.mouseClick(page.value_labels["press_items_open"], Qt.MouseButton.LeftButton)
    press = window.pages["press_items"]
    assert window.current_section() == "press_items"
    assert press.records.current_filter().statuses == ("new", "in_progress")
    assert press.model.rowCount() == page.figures["press_items_open"]


def test_chart_has_twelve_months(make_window, gui_demo_db: Database) -> None:
    window = make_window(gui_demo_db)
    chart = window.pages["overview"].chart
    assert chart.months_axis.count() == 12
    total = 0
    for bar_set in chart.sets.values():
        assert bar_set.count() == 12
        total += sum(bar_set.at(i) for i in range(12))
    figures = window.pages["overview"].figures
    assert total == sum(figures[k] for k in overview.ACTIVITY_COUNT_KEYS.values())
    assert total > 0


def test_reminders_panel(make_window, gui_demo_db: Database) -> None:
    today = date.today()
    with gui_demo_db.session() as session:
        item = save(
            session,
            PressItemData(
                published_date=today - timedelta(days=3),
                title="Tin sai lệch cần xử lý gấp",
                deadline=today + timedelta(days=2),
                status="new",
            ),
        )
    window = make_window(gui_demo_db)
    panel = window.reminders
    key = f"press_due:{item}:{(today + timedelta(days=2)).isoformat()}"
    assert key in panel.reminder_keys()
    assert panel.isVisible()
    panel.snooze(key, 3)
    assert key not in panel.reminder_keys()
    with gui_demo_db.session() as session:
        assert overview.dismissed_reminders(session)[key] == today + timedelta(days=3)
        assert panel.daily.isActive()


def test_screenshots(make_window, gui_demo_db: Database, empty_db: Database) -> None:
    target = os.environ.get("TTDN_SCREENSHOTS")
    if not target:
        return
    folder = Path(target)
    folder.mkdir(parents=True, exist_ok=True)
    for db, name in ((gui_demo_db, "overview-demo.png"), (empty_db, "overview-empty.png")):
        window = make_window(db)
        window.resize(1280, 800)
        window.show_section("overview")
        QApplication.processEvents()
        assert window.grab().save(str(folder / name))
        page = window.pages["overview"]
        page.resize(1000, 1700)
        QApplication.processEvents()
