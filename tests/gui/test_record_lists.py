"""The record lists of every section, the trash and Ctrl+Z, over the real demo database."""

from __future__ import annotations

import os
import time
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QApplication, QMessageBox, QTableView
from pytestqt.qtbot import QtBot
from sqlalchemy import insert

from ttdn_desktop.core import listing, records
from ttdn_desktop.core.database import Database, open_database
from ttdn_desktop.core.listing import ListFilter
from ttdn_desktop.core.models import Activity, PressItem
from ttdn_desktop.core.records import ActivityData, PressItemData
from ttdn_desktop.core.undo import UndoStack, save_tracked
from ttdn_desktop.core.units import ProfileData, set_own_unit
from ttdn_desktop.gui.main_window import MainWindow
from ttdn_desktop.gui.pages import records as records_page
from ttdn_desktop.gui.pages.records import RecordList, RecordListPage
from ttdn_desktop.gui.pages.trash import TrashPage
from ttdn_desktop.gui.record_model import OVERDUE_BACKGROUND, PAGE_SIZE, RecordTableModel

DEMO_COUNTS = {
    "documents": 9,
    "guidance": 24,
    "press_events": 17,
    "press_items": 53,
    "exhibitions": 4,
    "media": 2,
    "trainings": 2,
}
TITLE = 2  # the column of titles in the activity lists


def list_page(window: MainWindow, section: str) -> RecordListPage:
    window.show_section(section)
    page = window.pages[section]
    assert isinstance(page, RecordListPage)
    return page


def texts(model: RecordTableModel, column: int) -> list[str]:
    return [model.index(row, column).data() for row in range(model.rowCount())]


@pytest.fixture
def yes(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """Answer Yes to every question; the questions asked are kept."""
    asked: list[str] = []

    def question(parent, title, text, *args, **kwargs):  # type: ignore[no-untyped-def]
        asked.append(text)
        return QMessageBox.StandardButton.Yes

    monkeypatch.setattr(QMessageBox, "question", question)
    return asked


def test_sections_list_the_demo_year(make_window, gui_demo_db: Database) -> None:
    window = make_window(gui_demo_db)
    for section, count in DEMO_COUNTS.items():
        page = list_page(window, section)
        assert page.model.rowCount() == count, section
        assert page.records.status_label.text() == f"{count} bản ghi" or section == "press_items"
        assert page.records.views.currentWidget() is page.records.table
        assert [c.label for c in listing.columns_of(section)] == [
            page.model.headerData(i, Qt.Orientation.Horizontal)
            for i in range(page.model.columnCount())
        ]
    assert window.pages["press_items"].records.status_label.text().startswith("53 bản ghi")
    guidance = list_page(window, "guidance").model
    # Newest first, dates as dd/mm/yyyy.
    assert guidance.index(0, 0).data() == "14/12/2020"
    catalogues = window.pages["catalogues"]
    assert catalogues.organizations.model.rowCount() == 56
    assert catalogues.topics.model.rowCount() == 13

    window.year_selector.setValue(2019)
    # The demo's plans rest on two documents of 2019; nothing else happened that year.
    assert list_page(window, "documents").model.rowCount() == 2
    for section in DEMO_COUNTS.keys() - {"documents"}:
        page = list_page(window, section)
        records_list = page.records
        assert page.model.rowCount() == 0, section
        assert records_list.status_label.text() == "0 bản ghi"
        assert records_list.views.currentWidget() is records_list.empty_state
        assert records_list.empty_title.text() == f"Chưa có {records_list.noun} nào trong năm 2019."
        assert records_list.empty_text.isVisible()
        assert records_list.empty_text.text() == page.description
        assert records_list.empty_add_button.isVisible()
        assert not records_list.clear_filters_button.isVisible()

    page = list_page(window, "guidance")
    page.records.period_combo.setCurrentIndex(page.records.period_combo.findText("Tất cả các năm"))
    assert page.model.rowCount() == 24


def test_cells_numbers_and_tooltips(make_window, gui_demo_db: Database) -> None:
    window = make_window(gui_demo_db)
    model = list_page(window, "exhibitions").model
    visitors = [c.key for c in model.columns].index("participants")
    place = [c.key for c in model.columns].index("place")
    row = next(r for r in range(model.rowCount()) if "Pác Nặm" in model.index(r, place).data())
    cell = model.index(row, visitors)
    assert cell.data() == "1.850"
    assert cell.data(Qt.ItemDataRole.TextAlignmentRole) & Qt.AlignmentFlag.AlignRight
    title = model.index(row, TITLE)
    assert title.data(Qt.ItemDataRole.ToolTipRole) == title.data()  # long: the whole text
    assert model.index(row, 0).data(Qt.ItemDataRole.ToolTipRole) is None  # a date fits
    assert model.index(row, 0).data() == "15/10/2020"


def test_search_forgives_missing_diacritics(
    make_window, gui_demo_db: Database, qtbot: QtBot, type_text
) -> None:
    window = make_window(gui_demo_db)
    page = list_page(window, "exhibitions")
    assert page.model.rowCount() == 4
    type_text(page.records.search_box, "pac nam")
    assert page.model.rowCount() == 4  # waits for the pause in typing
    qtbot.waitUntil(lambda: page.model.rowCount() == 1, timeout=2000)
    assert "Pác Nặm" in page.model.index(0, 3).data()  # the place
    assert page.records.status_label.text() == "1 bản ghi"

    events = list_page(window, "press_events")
    type_text(events.records.search_box, "hoi nghi bao chi")
    qtbot.waitUntil(lambda: events.model.filter.text == "hoi nghi bao chi", timeout=2000)
    found = texts(events.model, TITLE)
    conferences = [t for t in found if t.startswith("Hội nghị")]
    assert len(conferences) == 16  # every conference and briefing of the year
    events.records.search_box.clear()
    type_text(events.records.search_box, "Hội nghị cung cấp")
    qtbot.waitUntil(lambda: events.model.rowCount() == 6, timeout=2000)
    assert all(t.startswith("Hội nghị cung cấp thông tin") for t in texts(events.model, TITLE))

    type_text(events.records.search_box, " zzzz")
    qtbot.waitUntil(lambda: events.model.rowCount() == 0, timeout=2000)
    assert events.records.empty_title.text().startswith("Không có bản ghi nào khớp")
    assert events.records.clear_filters_button.isVisible()
    qtbot.mouseClick(events.records.clear_filters_button, Qt.MouseButton.LeftButton)
    assert events.model.rowCount() == 17
    assert events.records.search_box.text() == ""


def test_ctrl_f_focuses_search(make_window, gui_demo_db: Database, qtbot: QtBot) -> None:
    window = make_window(gui_demo_db)
    page = list_page(window, "guidance")
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    page.records.table.setFocus()
    qtbot.keyClick(page.records.table, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert page.records.search_box.hasFocus()


def test_header_click_sorts_by_database(make_window, gui_demo_db: Database, qtbot: QtBot) -> None:
    window = make_window(gui_demo_db)
    page = list_page(window, "press_items")
    table: QTableView = page.records.table
    model = page.model
    title = [c.key for c in model.columns].index("title")
    header = table.horizontalHeader()

    def click_title() -> None:
        x = header.sectionViewportPosition(title) + header.sectionSize(title) // 2
        qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton, pos=QPoint(x, 5))

    def expected_first(descending: bool) -> int:
        with gui_demo_db.session() as session:
            flt = page.records.current_filter()
            return listing.matching_ids(session, "press_items", flt, "title", descending)[0]

    assert model.sort_key == "published_date"
    click_title()
    assert model.sort_key == "title"
    descending = header.sortIndicatorOrder() == Qt.SortOrder.DescendingOrder
    assert model.id_at(0) == expected_first(descending)
    first = model.index(0, title).data()
    click_title()
    assert model.descending is not descending
    assert model.id_at(0) == expected_first(not descending)
    assert model.index(0, title).data() != first


def test_selection_survives_refresh_and_sort(make_window, gui_demo_db: Database) -> None:
    window = make_window(gui_demo_db)
    page = list_page(window, "guidance")
    chosen = [page.model.id_at(3), page.model.id_at(5)]
    page.records.select_ids(chosen, chosen[0])
    window.broadcast_change("documents")
    assert page.records.selected_ids() == chosen
    page.model.sort(1, Qt.SortOrder.AscendingOrder)
    assert sorted(page.records.selected_ids()) == sorted(chosen)


def test_delete_trash_restore_and_undo(
    make_window, gui_demo_db: Database, qtbot: QtBot, yes: list[str]
) -> None:
    window = make_window(gui_demo_db)
    assert not window.undo_action.isEnabled()
    assert window.undo_action.text() == "Hoàn tác"
    page = list_page(window, "guidance")
    records_list = page.records
    first, second = page.model.id_at(0), page.model.id_at(1)
    records_list.select_ids([first, second])
    records_list.delete_action.trigger()
    assert "Chuyển 2 bản ghi" in yes[-1]
    assert page.model.rowCount() == 22
    assert first not in page.model.ids and second not in page.model.ids
    assert window.undo_action.isEnabled()
    assert window.undo_action.text() == "Hoàn tác: Xóa 2 bản ghi"
    assert window.pages["overview"].value_labels["guidance_documents"].text() == "22"

    # Ctrl+Z brings them back.
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    qtbot.keyClick(records_list.table, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert page.model.rowCount() == 24
    assert not window.undo_action.isEnabled()

    # The Delete key on the table, then the trash page and "Khôi phục".
    records_list.select_ids([first], first)
    records_list.table.setFocus()
    qtbot.keyClick(records_list.table, Qt.Key.Key_Delete)
    assert "Chuyển 1 bản ghi" in yes[-1]
    assert first not in page.model.ids

    window.show_section("trash")
    trash = window.pages["trash"]
    assert isinstance(trash, TrashPage)
    assert window.current_section() == "trash"
    assert window.trash_navigation.currentRow() == 0
    assert window.navigation.currentRow() == -1
    assert trash.family() == "guidance"  # the first family with something in the trash
    assert trash.family_combo.currentText() == "Hướng dẫn tuyên truyền (1)"
    trash_list = trash.list_of("guidance")
    assert trash_list.model.ids == [first]
    trash_list.select_ids([first])
    trash_list.restore_action.trigger()
    assert trash_list.model.rowCount() == 0
    assert trash_list.empty_title.isVisible()
    assert window.undo_action.text() == "Hoàn tác: Khôi phục 1 bản ghi"
    assert page._stale  # hidden pages read again when shown, not at every change
    assert first in list_page(window, "guidance").model.ids

    window.show_section("trash")
    window.undo_action.trigger()  # undoes the restore: back in the trash
    assert trash_list.model.ids == [first]
    assert first not in list_page(window, "guidance").model.ids
    window.undo_action.trigger()  # undoes the delete
    assert first in page.model.ids
    window.show_section("trash")
    assert trash_list.model.rowCount() == 0

    window.show_section("guidance")
    assert window.trash_navigation.currentRow() == -1
    assert window.current_page() is page


def test_confirmation_no_keeps_records(
    make_window, gui_demo_db: Database, monkeypatch: pytest.MonkeyPatch
) -> None:
    window = make_window(gui_demo_db)
    monkeypatch.setattr(
        QMessageBox, "question", lambda *args, **kwargs: QMessageBox.StandardButton.No
    )
    page = list_page(window, "press_events")
    page.records.select_ids([page.model.id_at(0)])
    page.records.delete_action.trigger()
    assert page.model.rowCount() == 17
    assert len(window.undo_stack) == 0


def test_add_calls_the_editor_and_shows_the_new_record(
    make_window, gui_demo_db: Database, monkeypatch: pytest.MonkeyPatch, qtbot: QtBot
) -> None:
    window = make_window(gui_demo_db)
    calls: list[tuple] = []

    def editor(parent, db, family, record_id, undo, *, initial=None):  # type: ignore[no-untyped-def]
        calls.append((family, record_id, undo, initial))
        data = initial or ActivityData(
            kind="exhibition", title="Triển lãm ảnh Biên giới xanh", start_date=date(2020, 5, 5)
        )
        with db.session() as session:
            return save_tracked(session, data, undo, "Thêm sự kiện")

    monkeypatch.setattr(records_page, "open_editor", editor)
    page = list_page(window, "exhibitions")
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    qtbot.keyClick(page.records.table, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    assert calls[-1][:2] == ("exhibitions", None)
    assert calls[-1][2] is window.undo_stack
    assert page.model.rowCount() == 5
    new_id = page.records.selected_ids()[0]
    assert "Biên giới xanh" in page.model.index(page.model.row_of(new_id), TITLE).data()
    assert window.undo_action.text() == "Hoàn tác: Thêm sự kiện"

    # Nhân bản: the editor opens on an unsaved copy a month later.
    page.records.duplicate_action.trigger()
    family, record_id, _undo, initial = calls[-1]
    assert (family, record_id) == ("exhibitions", None)
    assert initial.id is None and initial.start_date == date(2020, 6, 5)
    assert page.model.rowCount() == 6

    window.undo_action.trigger()
    window.undo_action.trigger()
    assert page.model.rowCount() == 4

    # The empty state's button adds the first record too.
    window.year_selector.setValue(2019)
    assert page.records.empty_add_button.isVisible()
    before = len(calls)
    qtbot.mouseClick(page.records.empty_add_button, Qt.MouseButton.LeftButton)
    assert len(calls) == before + 1


def test_edit_opens_the_selected_record(
    make_window, gui_demo_db: Database, monkeypatch: pytest.MonkeyPatch, qtbot: QtBot
) -> None:
    window = make_window(gui_demo_db)
    opened: list[tuple[str, int | None]] = []

    def editor(parent, db, family, record_id, undo, *, initial=None):  # type: ignore[no-untyped-def]
        opened.append((family, record_id))
        return None  # cancelled

    monkeypatch.setattr(records_page, "open_editor", editor)
    page = list_page(window, "press_items")
    table = page.records.table
    target = page.model.id_at(2)
    page.records.select_ids([target], target)
    assert page.records.status_action.isEnabled()
    page.records.status_action.trigger()
    assert opened[-1] == ("press_items", target)
    rect = table.visualRect(page.model.index(2, 2))
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    qtbot.mouseDClick(table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert opened[-1] == ("press_items", target)
    assert len(opened) == 2
    table.setFocus()
    qtbot.keyClick(table, Qt.Key.Key_Return)
    assert len(opened) == 3
    page.records.select_ids([])
    assert not page.records.edit_action.isEnabled()
    assert not page.records.delete_action.isEnabled()


def test_press_item_filters_and_overdue(make_window, gui_demo_db: Database) -> None:
    with gui_demo_db.session() as session:
        overdue = records.save(
            session,
            PressItemData(
                title="Bài phản ánh chậm giải quyết hồ sơ đất đai",
                published_date=date(2020, 11, 2),
                deadline=date(2020, 11, 20),
                status="in_progress",
                assessment="reflecting",
            ),
        )
        handled = records.save(
            session,
            PressItemData(
                title="Bài đã xử lý xong",
                published_date=date(2020, 11, 3),
                deadline=date(2020, 11, 10),
                status="handled",
                handled_date=date(2020, 11, 9),
            ),
        )
    window = make_window(gui_demo_db)
    page = list_page(window, "press_items")
    records_list = page.records
    model = page.model
    assert model.rowCount() == 55

    def background(record_id: int):  # type: ignore[no-untyped-def]
        return model.index(model.row_of(record_id), 2).data(Qt.ItemDataRole.BackgroundRole)

    assert background(overdue).color() == OVERDUE_BACKGROUND
    assert "Quá hạn" in model.index(model.row_of(overdue), 0).data(Qt.ItemDataRole.ToolTipRole)
    assert background(handled) is None
    assert "việc quá hạn" in records_list.status_label.text()

    records_list.open_only.setChecked(True)
    assert model.rowCount() == 3  # the demo's two open items and the new one
    records_list.overdue_only.setChecked(True)
    assert overdue in model.ids and handled not in model.ids
    records_list.clear_filters()

    with gui_demo_db.session() as session:
        records.trash(session, PressItem, [overdue, handled])
    window.broadcast_change("press_items")
    records_list.open_only.setChecked(True)
    assert model.rowCount() == 2
    statuses = set(texts(model, 6))
    assert statuses <= {"Mới tiếp nhận", "Đang xử lý", "Tiếp tục theo dõi"}
    records_list.open_only.setChecked(False)

    status = records_list.status_combo
    status.setCurrentIndex(status.findData("handled"))
    assert set(texts(model, 6)) == {"Đã xử lý xong"}


def test_organisation_and_kind_filters(make_window, gui_demo_db: Database) -> None:
    window = make_window(gui_demo_db)
    page = list_page(window, "press_events")
    kinds = page.records.kind_combo
    kinds.setCurrentIndex(kinds.findData("press_conference"))
    assert page.model.rowCount() == 1
    kinds.setCurrentIndex(0)
    organizations = page.records.organization_combo
    assert organizations.isEditable()
    index = organizations.findText("Ban Tuyên giáo", Qt.MatchFlag.MatchStartsWith)
    assert index > 0
    organizations.setCurrentIndex(index)
    hosts = [c.key for c in page.model.columns].index("host")
    assert 0 < page.model.rowCount() < 17
    assert "Ban Tuyên giáo Tỉnh ủy" in texts(page.model, hosts)
    organizations.setEditText("không có cơ quan này")
    page.records.settle_organization()
    assert organizations.currentText() == organizations.itemText(index)


def test_model_reads_only_the_rows_on_screen(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, qtbot: QtBot
) -> None:
    db = open_database(tmp_path / "big.sqlite")
    try:
        with db.session() as session:
            unit = set_own_unit(
                session,
                "Sở Thông tin và Truyền thông tỉnh Thử",
                ProfileData("UBND TỈNH THỬ", "SỞ THÔNG TIN VÀ TRUYỀN THÔNG", "STTTT", "Thử"),
            )
            unit_id = unit.id
        started = time.perf_counter()
        with db.session() as session:
            session.execute(
                insert(Activity.__table__),
                [
                    {
                        "unit_id": unit_id,
                        "kind": "press_conference",
                        "title": f"Họp báo số {n}",
                        "start_date": date(2000 + n % 25, 1 + n % 12, 1 + n % 28),
                        "search_text": f"hop bao so {n}",
                        "journalists": n % 40,
                    }
                    for n in range(100_000)
                ],
            )
        inserted = time.perf_counter() - started
        calls: list[int] = []
        real_rows = listing.rows

        def counting_rows(session, family, ids):  # type: ignore[no-untyped-def]
            if family == "press_events":  # not the organisations and topics of the filters
                calls.append(len(ids))
            return real_rows(session, family, ids)

        monkeypatch.setattr(listing, "rows", counting_rows)
        model = RecordTableModel(db, "press_events")
        model.set_filter(ListFilter())
        assert model.rowCount() == 100_000
        assert calls == []
        assert model.index(0, 0).data() == "28/12/2024" or model.index(0, 0).data()
        for row in range(40):
            assert model.index(row, TITLE).data().startswith("Họp báo số")
        assert calls == [PAGE_SIZE]
        assert model.cached_rows == PAGE_SIZE
        model.index(99_999, TITLE).data()
        assert len(calls) == 2 and model.cached_rows == 2 * PAGE_SIZE

        # A real view over it asks only for what it draws.
        calls.clear()
        records_list = RecordList(db, "press_events", 2020)
        qtbot.addWidget(records_list)
        records_list.resize(1000, 700)
        records_list.show()
        qtbot.waitExposed(records_list)
        records_list.period_combo.setCurrentIndex(
            records_list.period_combo.findText("Tất cả các năm")
        )
        QApplication.processEvents()
        assert records_list.model.rowCount() == 100_000
        assert records_list.status_label.text() == "100.000 bản ghi"
        assert 1 <= len(calls) <= 2, calls
        assert records_list.model.cached_rows <= 2 * PAGE_SIZE

        # Sorting asks the database again; still one page of cells.
        calls.clear()
        journalists = [c.key for c in records_list.model.columns].index("journalists")
        records_list.table.sortByColumn(journalists, Qt.SortOrder.DescendingOrder)
        QApplication.processEvents()
        assert records_list.model.index(0, journalists).data() == "39"
        assert 1 <= len(calls) <= 2, calls

        # Searching 100,000 rows, as typed.
        records_list.search_box.setText("so 99999")
        records_list.refresh()
        assert records_list.model.rowCount() == 1
        assert inserted < 60
    finally:
        db.close()


def test_trash_page_standalone_and_undo_stack_shared(gui_demo_db: Database, qtbot: QtBot) -> None:
    stack = UndoStack()
    page = TrashPage(gui_demo_db, 2020)
    qtbot.addWidget(page)
    page.undo_stack = stack
    with gui_demo_db.session() as session:
        topic = listing.matching_ids(session, "topics", ListFilter())[0]
        records.trash(session, records.FAMILY_MODELS["topics"], [topic])
    page.refresh()
    assert page.counts["topics"] == 1
    page.set_family("topics")
    trash_list = page.list_of("topics")
    assert trash_list.undo_stack is stack
    trash_list.select_ids([topic])
    trash_list.restore_selected()
    assert len(stack) == 1 and stack.last is not None
    assert stack.last.description == "Khôi phục 1 bản ghi"


TARGET = os.environ.get("TTDN_SCREENSHOTS")


@pytest.mark.skipif(not TARGET, reason="TTDN_SCREENSHOTS chưa đặt")
def test_list_screenshots(make_window, gui_demo_db: Database, yes: list[str]) -> None:
    folder = Path(TARGET or ".")
    folder.mkdir(parents=True, exist_ok=True)
    window = make_window(gui_demo_db)
    window.resize(1366, 768)

    def save(name: str) -> None:
        QApplication.processEvents()
        assert window.grab().save(str(folder / f"list-{name}.png"))

    for section in [*DEMO_COUNTS, "catalogues"]:
        window.show_section(section)
        save(section)
    window.pages["catalogues"].tabs.setCurrentIndex(1)
    save("catalogues-topics")
    page = list_page(window, "press_items")
    page.records.open_only.setChecked(True)
    save("press_items-open")
    page.records.open_only.setChecked(False)
    page.records.select_ids([page.model.id_at(0), page.model.id_at(1)])
    page.records.delete_action.trigger()
    window.show_section("trash")
    save("trash")
    window.resize(760, 660)
    window.show_section("press_items")
    save("press_items-narrow")
    window.resize(1366, 768)
    window.year_selector.setValue(2019)
    window.show_section("press_events")
    save("empty")


def test_topics_column_does_not_sort(make_window, gui_demo_db: Database) -> None:
    window = make_window(gui_demo_db)
    page = list_page(window, "guidance")
    first = page.model.id_at(0)
    header = page.records.table.horizontalHeader()
    header.setSortIndicator(3, Qt.SortOrder.AscendingOrder)  # "Chủ đề": no database order
    assert page.model.id_at(0) == first
    assert header.sortIndicatorSection() == 0
    assert page.model.sort_key == "issued_date"
