"""The record editors on real widgets over the demo year: saving, messages, undo, attachments."""

from __future__ import annotations

import os
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import QDate, Qt, QTimer
from PySide6.QtGui import QColor, QImage
from PySide6.QtWidgets import QApplication, QDialog, QMessageBox

from ttdn_desktop.core import listing, records
from ttdn_desktop.core.database import Database
from ttdn_desktop.core.listing import ListFilter
from ttdn_desktop.core.models import Activity, Document, Organization, PressItem, Topic
from ttdn_desktop.core.undo import UndoStack
from ttdn_desktop.gui.editors import FAMILIES, make_editor
from ttdn_desktop.gui.editors.base import DISCARD_QUESTION

YES = QMessageBox.StandardButton.Yes
NO = QMessageBox.StandardButton.No


@pytest.fixture
def undo() -> UndoStack:
    return UndoStack()


@pytest.fixture
def open_editor(qtbot, gui_demo_db: Database, undo: UndoStack):  # type: ignore[no-untyped-def]
    opened = []

    def make(family: str, record_id: int | None = None, **kwargs):  # type: ignore[no-untyped-def]
        editor = make_editor(None, gui_demo_db, family, record_id, undo, **kwargs)
        editor.show()
        opened.append(editor)
        return editor

    yield make
    for editor in opened:  # closing a changed editor would ask; end it without asking
        QDialog.done(editor, QDialog.DialogCode.Rejected.value)
        editor.deleteLater()


@pytest.fixture
def answer(monkeypatch):  # type: ignore[no-untyped-def]
    """Answer every QMessageBox with the given button; returns the texts asked."""
    asked: list[str] = []

    def set_answer(button: QMessageBox.StandardButton) -> list[str]:
        def fake_exec(box: QMessageBox) -> int:
            asked.append(box.text())
            return int(button.value)

        monkeypatch.setattr(QMessageBox, "exec", fake_exec)
        return asked

    return set_answer


def find_id(db: Database, family: str, **flt) -> int:  # type: ignore[no-untyped-def]
    with db.session() as session:
        return listing.matching_ids(session, family, ListFilter(**flt))[0]


def organization_id(db: Database, name: str) -> int:
    with db.session() as session:
        ids = listing.matching_ids(session, "organizations", ListFilter(text=name))
        cells = listing.rows(session, "organizations", ids)
    return next(i for i in ids if cells[i][0] == name)


def load(db: Database, model, record_id: int):  # type: ignore[no-untyped-def]
    with db.session() as session:
        return records.load(session, model, record_id)


def count(db: Database, family: str) -> int:
    with db.session() as session:
        return listing.count_matching(session, family, ListFilter())


# --- creating and editing -----------------------------------------------------------------


def test_create_a_plan_with_targets(open_editor, gui_demo_db, undo, type_text) -> None:
    editor = open_editor("documents")
    f = editor.form
    f.kindCombo.setCurrentIndex(f.kindCombo.findData("plan"))
    f.numberSymbolEdit.setText("301/KH-STTTT")
    f.issuedDateEdit.setDate(QDate(2021, 1, 15))
    type_text(f.subjectEdit, "Về hoạt động thông tin đối ngoại năm 2021")
    type_text(f.basisEdit, "Kế hoạch số 12/KH-UBND của UBND tỉnh Bắc Kạn")
    topic = f.topicsPicker.combo.itemData(0, Qt.ItemDataRole.UserRole)
    f.topicsPicker.add(topic)
    press = organization_id(gui_demo_db, "Báo Bắc Kạn")
    f.recipientsPicker.add(press)
    assert f.tabs.isTabVisible(f.tabs.indexOf(f.targetsTab))
    f.addTargetButton.click()
    f.targetsTable.item(0, 0).setText("Hội nghị cung cấp thông tin cho báo chí")
    f.targetsTable.cellWidget(0, 1).setText("6")
    # "Tính theo" is proposed from the wording, so the target counts without a further step.
    assert f.targetsTable.cellWidget(0, 5).currentData() == "press_info_conference"
    f.addTargetButton.click()
    f.targetsTable.item(1, 0).setText("Tổ chức họp báo định kỳ")
    f.targetsTable.cellWidget(1, 1).setText("2")
    kind = f.targetsTable.cellWidget(1, 5)
    assert kind.currentData() == "press_conference"
    # A choice the officer made is kept when the wording changes.
    kind.setCurrentIndex(kind.findData("press_briefing"))
    f.targetsTable.item(1, 0).setText("Tổ chức họp báo, giao ban")
    assert kind.currentData() == "press_briefing"

    new_id = editor.save()

    assert new_id is not None and not editor.isVisible()
    data = load(gui_demo_db, Document, new_id)
    assert (data.kind, data.number_symbol, data.issued_date) == (
        "plan",
        "301/KH-STTTT",
        date(2021, 1, 15),
    )
    assert data.subject == "Về hoạt động thông tin đối ngoại năm 2021"
    assert data.basis == "Kế hoạch số 12/KH-UBND của UBND tỉnh Bắc Kạn"
    assert data.topic_ids == [topic] and data.recipient_ids == [press]
    assert [(t.description, t.quantity, t.counts_kind) for t in data.targets] == [
        ("Hội nghị cung cấp thông tin cho báo chí", 6, "press_info_conference"),
        ("Tổ chức họp báo, giao ban", 2, "press_briefing"),
    ]
    assert undo.last is not None and undo.last.action == "create" and undo.last.ids == [new_id]
    assert "301/KH-STTTT" in undo.last.description


def test_create_guidance_is_press_guidance(open_editor, gui_demo_db, type_text) -> None:
    editor = open_editor("guidance")
    assert editor.form.isPressGuidanceCheck.isChecked()
    editor.form.numberSymbolEdit.setText("999/STTTT-TTBCXB")
    type_text(editor.form.subjectEdit, "V/v cung cấp thông tin, định hướng tuyên truyền tháng 01")
    new_id = editor.save()
    data = load(gui_demo_db, Document, new_id)
    assert data.is_press_guidance and data.kind == "official_letter"
    assert data.issuer_id is not None  # the own unit, proposed


@pytest.mark.parametrize(
    ("family", "kind"),
    [
        ("press_events", "press_conference"),
        ("exhibitions", "international_delegation"),
        ("media", "central_media_promotion"),
        ("trainings", "training"),
    ],
)
def test_create_activity_of_each_family(
    open_editor, gui_demo_db, undo, type_text, family, kind
) -> None:
    editor = open_editor(family)
    f = editor.form
    kinds = [f.kindCombo.itemData(i) for i in range(f.kindCombo.count())]
    assert kind in kinds and set(kinds) <= set(listing.FAMILIES[family].kinds)
    f.kindCombo.setCurrentIndex(f.kindCombo.findData(kind))
    type_text(f.titleEdit, "Hoạt động thử nghiệm ở Pác Nặm")
    f.startDateEdit.setDate(QDate(2020, 6, 2))
    f.endDateEdit.setValue(date(2020, 6, 3))
    type_text(f.placeEdit, "Nhà văn hóa huyện Pác Nặm")
    f.participantsEdit.setText("1.250")
    f.costVndEdit.setText("15000000")
    host = organization_id(gui_demo_db, "Ban Tuyên giáo Tỉnh ủy Bắc Kạn")
    f.hostPicker.setValue(host)
    type_text(f.resultEdit, "Đạt yêu cầu đề ra")
    new_id = editor.save()
    data = load(gui_demo_db, Activity, new_id)
    assert (data.kind, data.title, data.start_date, data.end_date) == (
        kind,
        "Hoạt động thử nghiệm ở Pác Nặm",
        date(2020, 6, 2),
        date(2020, 6, 3),
    )
    assert (data.place, data.host_id, data.participants, data.cost_vnd) == (
        "Nhà văn hóa huyện Pác Nặm",
        host,
        1250,
        15_000_000,
    )
    assert data.result == "Đạt yêu cầu đề ra"
    assert data.journalists is None and data.quantity is None
    assert undo.last.action == "create"


def test_create_press_item_with_workflow(open_editor, gui_demo_db, type_text) -> None:
    editor = open_editor("press_items")
    f = editor.form
    outlet = organization_id(gui_demo_db, "Báo Bắc Kạn")
    f.outletPicker.setValue(outlet)
    assert f.scopeCombo.currentData() == "local"  # proposed from the outlet
    f.publishedDateEdit.setDate(QDate(2020, 9, 1))
    type_text(f.titleEdit, "Đường vào xã Bằng Vân sạt lở")
    f.linkEdit.setText("https://baobackan.vn/duong-vao-bang-van")
    f.assessmentCombo.setCurrentIndex(f.assessmentCombo.findData("reflecting"))
    f.assignedPicker.setValue(organization_id(gui_demo_db, "Sở Giao thông vận tải tỉnh Bắc Kạn"))
    f.deadlineEdit.setValue(date(2020, 9, 15))
    assert f.handledDateEdit.value() is None
    f.statusCombo.setCurrentIndex(f.statusCombo.findData("handled"))
    assert f.handledDateEdit.value() == date.today()  # proposed
    f.handledDateEdit.setValue(date(2020, 9, 10))
    type_text(f.resultEdit, "Đã khắc phục")
    new_id = editor.save()
    data = load(gui_demo_db, PressItem, new_id)
    assert (data.outlet_id, data.scope, data.assessment, data.status) == (
        outlet,
        "local",
        "reflecting",
        "handled",
    )
    assert (data.deadline, data.handled_date, data.transfer_date) == (
        date(2020, 9, 15),
        date(2020, 9, 10),
        None,
    )
    assert data.title == "Đường vào xã Bằng Vân sạt lở" and data.result == "Đã khắc phục"


def test_create_organization_and_topic(open_editor, gui_demo_db, type_text) -> None:
    editor = open_editor("organizations")
    f = editor.form
    type_text(f.nameEdit, "Báo Nông thôn Ngày nay")
    f.kindCombo.setCurrentIndex(f.kindCombo.findData("press"))
    f.pressScopeCombo.setCurrentIndex(f.pressScopeCombo.findData("central"))
    new_id = editor.save()
    data = load(gui_demo_db, Organization, new_id)
    assert (data.name, data.kind, data.press_scope) == (
        "Báo Nông thôn Ngày nay",
        "press",
        "central",
    )

    topic_editor = open_editor("topics")
    type_text(topic_editor.form.nameEdit, "Chuyển đổi số")
    topic_id = topic_editor.save()
    assert load(gui_demo_db, Topic, topic_id).name == "Chuyển đổi số"


def test_edit_a_record_is_saved_and_undoable(open_editor, gui_demo_db, undo, type_text) -> None:
    record_id = find_id(gui_demo_db, "press_events")
    before = load(gui_demo_db, Activity, record_id)
    editor = open_editor("press_events", record_id)
    assert not editor.is_dirty()
    editor.form.journalistsEdit.setText("40")
    type_text(editor.form.notesEdit, "Ghi chú thêm")
    assert editor.save() == record_id
    after = load(gui_demo_db, Activity, record_id)
    assert after.journalists == 40 and after.notes == "Ghi chú thêm"
    assert after.title == before.title and after.topic_ids == before.topic_ids
    change = undo.last
    assert change.action == "update" and change.before == before
    with gui_demo_db.session() as session:
        undo.undo(session)
    assert load(gui_demo_db, Activity, record_id) == before


# --- messages next to the fields ----------------------------------------------------------


def test_document_messages_next_to_fields(open_editor, gui_demo_db) -> None:
    before = count(gui_demo_db, "documents")
    editor = open_editor("documents")
    f = editor.form
    f.kindCombo.setCurrentIndex(f.kindCombo.findData("plan"))
    f.issuedDateEdit.setDate(QDate(2020, 3, 1))
    f.numberSymbolEdit.setText("213/kh-stttt")
    assert editor.save() is None
    assert editor.isVisible()
    assert "Trích yếu" in editor.error_text("subject")
    assert "in hoa" in editor.error_text("number_symbol")
    assert editor.form.subjectError.isVisible() and editor.form.numberSymbolError.isVisible()
    assert editor.focusWidget() is f.numberSymbolEdit  # the first field with a message

    f.numberSymbolEdit.setText("213/KH-STTTT")
    f.subjectEdit.setPlainText("Kế hoạch trùng số")
    assert editor.save() is None
    assert "đã dùng" in editor.error_text("number_symbol")
    assert "2020" in editor.error_text("number_symbol")
    assert editor.error_text("subject") == "" and not f.subjectError.isVisible()
    assert count(gui_demo_db, "documents") == before


def test_target_without_description_is_flagged(open_editor, gui_demo_db) -> None:
    editor = open_editor("documents", find_id(gui_demo_db, "documents", kinds=("plan",)))
    editor.form.addTargetButton.click()
    assert editor.save() is None
    assert "Chỉ tiêu" in editor.error_text("targets.3")
    assert editor.form.tabs.currentWidget() is editor.form.targetsTab


def test_activity_end_before_start_and_counts(open_editor, gui_demo_db, type_text) -> None:
    before = count(gui_demo_db, "press_events")
    editor = open_editor("press_events")
    f = editor.form
    f.startDateEdit.setDate(QDate(2020, 5, 10))
    f.endDateEdit.setValue(date(2020, 5, 9))
    assert editor.save() is None
    assert "Tên hoạt động" in editor.error_text("title")
    assert "trước ngày bắt đầu" in editor.error_text("end_date")
    assert editor.form.tabs.currentWidget() is editor.form.generalTab
    # A count cannot be negative: the field does not take a minus sign at all.
    f.participantsEdit.clear()
    type_text(f.participantsEdit, "-5")
    assert f.participantsEdit.text() == "5"
    assert f.participantsEdit.value() == 5
    assert count(gui_demo_db, "press_events") == before


def test_press_item_link_and_handled_date_messages(open_editor, gui_demo_db, type_text) -> None:
    editor = open_editor("press_items")
    f = editor.form
    type_text(f.titleEdit, "Tin thử")
    f.linkEdit.setText("baobackan.vn/tin")
    f.statusCombo.setCurrentIndex(f.statusCombo.findData("handled"))
    f.handledDateEdit.setValue(None)
    assert editor.save() is None
    assert "http" in editor.error_text("link")
    assert "ngày xử lý xong" in editor.error_text("handled_date")


# --- empty optional values -----------------------------------------------------------------


def test_optional_dates_and_counts_left_empty_are_none(open_editor, gui_demo_db, type_text) -> None:
    editor = open_editor("exhibitions")
    type_text(editor.form.titleEdit, "Trưng bày ảnh")
    editor.form.participantsEdit.setText("")
    new_id = editor.save()
    data = load(gui_demo_db, Activity, new_id)
    assert data.end_date is None
    numbers = ("participants", "journalists", "press_agencies", "groups", "exhibits")
    assert all(getattr(data, n) is None for n in (*numbers, "quantity", "cost_vnd"))

    press = open_editor("press_items")
    type_text(press.form.titleEdit, "Tin chưa xử lý")
    item = load(gui_demo_db, PressItem, press.save())
    assert (item.transfer_date, item.deadline, item.handled_date, item.reply_date) == (None,) * 4
    assert item.scope is None and item.assessment is None and item.outlet_id is None

    # A date ticked off again is empty again.
    edit = open_editor("press_events").form.endDateEdit
    edit.checkBox.setChecked(True)
    assert edit.value() is not None
    edit.checkBox.setChecked(False)
    assert edit.value() is None


# --- pickers ---------------------------------------------------------------------------------


def test_picker_finds_without_accents(open_editor) -> None:
    combo = open_editor("press_items").form.outletPicker.combo
    combo.filter.set_needle("bac kan 24h")
    names = [combo.filter.index(r, 0).data() for r in range(combo.filter.rowCount())]
    assert names == ["Trang Facebook “Bắc Kạn 24h”"]
    combo.filter.set_needle("ĐÀI")
    assert combo.filter.rowCount() >= 2


def test_add_a_topic_on_the_spot(open_editor, gui_demo_db, type_text) -> None:
    editor = open_editor("guidance")
    editor.form.numberSymbolEdit.setText("998/STTTT-TTBCXB")
    editor.form.subjectEdit.setPlainText("Hướng dẫn tuyên truyền về chuyển đổi số")
    picker = editor.form.topicsPicker
    type_text(picker.combo.lineEdit(), "Chuyển đổi số quốc gia")
    seen: list[str] = []

    def fill_new_topic() -> None:
        dialog = QApplication.activeModalWidget()
        seen.append(dialog.form.nameEdit.text())
        dialog.save()

    QTimer.singleShot(0, fill_new_topic)
    picker.addButton.click()

    assert seen == ["Chuyển đổi số quốc gia"]  # what was typed is the proposed name
    with gui_demo_db.session() as session:
        ids = listing.matching_ids(session, "topics", ListFilter(text="chuyen doi so quoc gia"))
    assert len(ids) == 1
    assert picker.values() == ids
    assert editor.form.topicsPicker.combo.findData(ids[0], Qt.ItemDataRole.UserRole) >= 0
    new_id = editor.save()
    assert load(gui_demo_db, Document, new_id).topic_ids == ids


# --- cancelling ------------------------------------------------------------------------------


def test_cancel_with_changes_asks(open_editor, gui_demo_db, answer, type_text) -> None:
    record_id = find_id(gui_demo_db, "trainings")
    before = load(gui_demo_db, Activity, record_id)
    editor = open_editor("trainings", record_id)
    type_text(editor.form.placeEdit, " (sửa)")
    asked = answer(NO)
    editor.form.cancelButton.click()
    assert asked == [DISCARD_QUESTION]
    assert editor.isVisible()

    asked = answer(YES)
    editor.reject()  # Esc
    assert asked == [DISCARD_QUESTION, DISCARD_QUESTION]
    assert not editor.isVisible()
    assert load(gui_demo_db, Activity, record_id) == before


def test_cancel_without_changes_does_not_ask(open_editor, gui_demo_db, answer) -> None:
    editor = open_editor("documents", find_id(gui_demo_db, "documents", kinds=("plan",)))
    asked = answer(NO)
    editor.form.cancelButton.click()
    assert asked == [] and not editor.isVisible()


# --- plans and their targets -----------------------------------------------------------------


def plan_213(db: Database) -> int:
    with db.session() as session:
        ids = listing.matching_ids(session, "documents", ListFilter(text="213/KH-STTTT"))
    return ids[0]


def test_plan_targets_show_their_progress_and_are_edited_inside(
    open_editor, gui_demo_db, undo
) -> None:
    plan_id = plan_213(gui_demo_db)
    editor = open_editor("documents", plan_id)
    f = editor.form
    assert f.tabs.isTabVisible(f.tabs.indexOf(f.targetsTab))
    targets = editor.targets
    guidance_row = next(
        row
        for row in range(f.targetsTable.rowCount())
        if targets.target(row).counts_kind == "guidance_document"
    )
    assert targets.progress(guidance_row) == "24/24"
    f.targetsTable.cellWidget(guidance_row, 1).setText("30")
    assert targets.progress(guidance_row) == "24/30"
    rows_before = f.targetsTable.rowCount()
    f.targetsTable.selectRow(rows_before - 1)
    f.removeTargetButton.click()
    assert editor.save() == plan_id
    data = load(gui_demo_db, Document, plan_id)
    assert len(data.targets) == rows_before - 1
    assert data.targets[guidance_row].quantity == 30
    assert undo.last.action == "update" and len(undo.last.before.targets) == rows_before


def test_plan_targets_tab_only_for_plans(open_editor) -> None:
    f = open_editor("documents").form
    f.kindCombo.setCurrentIndex(f.kindCombo.findData("official_letter"))
    assert not f.tabs.isTabVisible(f.tabs.indexOf(f.targetsTab))
    f.kindCombo.setCurrentIndex(f.kindCombo.findData("plan"))
    assert f.tabs.isTabVisible(f.tabs.indexOf(f.targetsTab))


# --- fast entry and series -----------------------------------------------------------------


def test_save_and_add_next_keeps_going(open_editor, gui_demo_db, type_text) -> None:
    editor = open_editor("guidance")
    editor.form.numberSymbolEdit.setText("900/STTTT-TTBCXB")
    editor.form.issuedDateEdit.setDate(QDate(2021, 3, 1))
    type_text(editor.form.subjectEdit, "Hướng dẫn tuyên truyền tháng 3")
    first = editor.save(then_new=True)
    assert first is not None and editor.isVisible()
    assert editor.record_id is None and editor.form.subjectEdit.toPlainText() == ""
    assert editor.form.numberSymbolEdit.text() == "901/STTTT-TTBCXB"
    assert editor.form.isPressGuidanceCheck.isChecked()
    assert editor.saved_id == first


def test_series_every_month(open_editor, gui_demo_db, undo, type_text) -> None:
    editor = open_editor("press_events")
    type_text(editor.form.titleEdit, "Giao ban báo chí định kỳ")
    editor.form.startDateEdit.setDate(QDate(2021, 1, 20))
    data = editor.collect()
    ids = editor.save_series(data, every_days=0, every_months=1, until=date(2021, 6, 30))
    assert len(ids) == 6 and not editor.isVisible()
    starts = [load(gui_demo_db, Activity, i).start_date for i in ids]
    assert starts[0] == date(2021, 1, 20) and starts[-1] == date(2021, 6, 20)
    assert undo.last.action == "create" and undo.last.ids == ids


# --- attachments -----------------------------------------------------------------------------


def test_attachments_add_list_remove(open_editor, gui_demo_db, tmp_path: Path, answer) -> None:
    image = QImage(40, 30, QImage.Format.Format_RGB32)
    image.fill(QColor("#2a7"))
    png = tmp_path / "ảnh hội nghị.png"
    assert image.save(str(png))
    editor = open_editor("press_events", find_id(gui_demo_db, "press_events"))
    panel = editor.form.attachmentsPanel
    assert panel.addButton.isEnabled()
    panel.add_files([png])
    assert panel.list.count() == 1
    item = panel.list.item(0)
    assert item.text().startswith("ảnh hội nghị.png")
    assert not item.icon().isNull()
    panel.list.setCurrentRow(0)
    opened: list[Path] = []
    import ttdn_desktop.gui.editors.attachments as attachments_module

    original = attachments_module.open_file
    attachments_module.open_file = lambda path: opened.append(path) or True
    try:
        panel.open_selected()
    finally:
        attachments_module.open_file = original
    assert opened and opened[0].exists()

    answer(NO)
    panel.remove_selected()
    assert panel.list.count() == 1
    asked = answer(YES)
    panel.remove_selected()
    assert "ảnh hội nghị.png" in asked[0]
    assert panel.list.count() == 0


def test_new_record_cannot_take_attachments_yet(open_editor) -> None:
    panel = open_editor("press_items").form.attachmentsPanel
    assert not panel.addButton.isEnabled()
    assert "lưu bản ghi trước" in panel.hint.text().lower()


def test_every_family_opens(open_editor, gui_demo_db) -> None:
    for family in FAMILIES:
        flt = {"kinds": ("plan",)} if family == "documents" else {}
        editor = open_editor(family, find_id(gui_demo_db, family, **flt))
        assert editor.windowTitle().startswith("Sửa")
        assert not editor.is_dirty()
        editor.close()


# --- screenshots -----------------------------------------------------------------------------

SHOTS = os.environ.get("TTDN_SCREENSHOTS")


@pytest.mark.skipif(not SHOTS, reason="TTDN_SCREENSHOTS chưa đặt")
def test_editor_screenshots(open_editor, gui_demo_db, tmp_path: Path) -> None:
    folder = Path(SHOTS or ".")
    if not folder.is_absolute():
        folder = Path(__file__).resolve().parents[2] / folder
    folder.mkdir(parents=True, exist_ok=True)

    def save(widget, name: str) -> None:  # type: ignore[no-untyped-def]
        QApplication.processEvents()
        assert widget.grab().save(str(folder / name))

    plan = open_editor("documents", plan_213(gui_demo_db))
    save(plan, "editor-document-plan.png")
    plan.form.tabs.setCurrentWidget(plan.form.targetsTab)
    QApplication.processEvents()
    save(plan, "editor-document-plan-targets.png")
    save(open_editor("guidance", find_id(gui_demo_db, "guidance")), "editor-guidance.png")
    for family in ("press_events", "exhibitions", "media", "trainings"):
        editor = open_editor(family, find_id(gui_demo_db, family))
        save(editor, f"editor-{family}.png")
        editor.form.tabs.setCurrentWidget(editor.form.detailsTab)
        save(editor, f"editor-{family}-details.png")
    press = open_editor("press_items", find_id(gui_demo_db, "press_items"))
    save(press, "editor-press-item.png")
    image = QImage(120, 80, QImage.Format.Format_RGB32)
    image.fill(QColor("#4a90d9"))
    image.save(str(tmp_path / "hoi-nghi.png"))
    press.form.attachmentsPanel.add_files([tmp_path / "hoi-nghi.png"])
    press.form.tabs.setCurrentWidget(press.form.attachmentsTab)
    save(press, "editor-press-item-attachments.png")
    save(open_editor("organizations", find_id(gui_demo_db, "organizations")), "editor-org.png")
    save(open_editor("topics", find_id(gui_demo_db, "topics")), "editor-topic.png")

    errors = open_editor("press_events")
    errors.form.startDateEdit.setDate(QDate(2020, 5, 10))
    errors.form.endDateEdit.setValue(date(2020, 5, 9))
    errors.save()
    save(errors, "editor-activity-errors.png")
    doc = open_editor("documents")
    doc.form.numberSymbolEdit.setText("213/kh-stttt")
    doc.save()
    save(doc, "editor-document-errors.png")


def test_a_new_plan_opens_on_its_kind_with_the_targets_tab(open_editor) -> None:  # type: ignore[no-untyped-def]
    editor = open_editor("documents", initial=records.DocumentData(kind="plan", direction="issued"))
    f = editor.form
    assert f.kindCombo.currentData() == "plan"
    assert f.tabs.isTabVisible(f.tabs.indexOf(f.targetsTab))
    # An issued document needs its number: the label carries the "*" of required fields.
    assert f.numberSymbolLabel.text() == "Số, ký hiệu: *"
    f.directionCombo.setCurrentIndex(f.directionCombo.findData("incoming"))
    assert f.numberSymbolLabel.text() == "Số, ký hiệu:"
