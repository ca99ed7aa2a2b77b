"""The “Báo cáo” page over the demo year: period, assessment, preview, print, save, errors."""

from __future__ import annotations

import os
from collections.abc import Callable
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import QUrl
from PySide6.QtGui import QDesktopServices, QTextCursor
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import QApplication, QDialog, QFileDialog
from pytestqt.qtbot import QtBot

from ttdn_desktop.core.database import Database
from ttdn_desktop.core.issued import IssuedReportRow, list_issued, load_assessment
from ttdn_desktop.core.periods import Period
from ttdn_desktop.gui.main_window import MainWindow
from ttdn_desktop.gui.pages.reports import ReportsPage
from ttdn_desktop.gui.report_assessment import AssessmentSource
from ttdn_desktop.gui.report_issued import IssuedReportsModel
from ttdn_desktop.gui.report_print import make_printer
from ttdn_desktop.reports.annual import draft_assessment
from ttdn_desktop.reports.facts import gather

PRESS_LINE = "06 Hội nghị cung cấp thông tin cho báo chí"
WAIT_MS = 60_000


@pytest.fixture
def open_page(make_window, qtbot: QtBot):  # type: ignore[no-untyped-def]
    """Open the reports section of a window over a database; wait for its tasks afterwards."""
    pages: list[ReportsPage] = []

    def open_(db: Database) -> tuple[MainWindow, ReportsPage]:
        window = make_window(db)
        window.show_section("reports")
        page = window.pages["reports"]
        assert isinstance(page, ReportsPage)
        pages.append(page)
        return window, page

    yield open_
    for page in pages:
        page.cancel_task()
        assert page.wait_for_tasks()


def wait_idle(qtbot: QtBot, page: ReportsPage) -> None:
    qtbot.waitUntil(lambda: page.task is None, timeout=WAIT_MS)


def preview(qtbot: QtBot, page: ReportsPage) -> None:
    page.preview_button.click()
    assert page.task is not None
    assert page.progress_row.isVisible()
    wait_idle(qtbot, page)
    assert not page.progress_row.isVisible()


def pdf_text(document: QPdfDocument) -> str:
    """The document's text with every run of white space (line breaks too) as one space."""
    text = " ".join(document.getAllText(i).text() for i in range(document.pageCount()))
    return " ".join(text.split())


def test_period_follows_year_and_cutoff(open_page, gui_demo_db: Database) -> None:
    window, page = open_page(gui_demo_db)
    label = page.options.range_label
    assert page.isVisible() and label.isVisible()
    # The official periodic report counts by the cut-off dates unless the officer unticks them.
    assert page.options.cutoff.isChecked()
    assert "từ ngày 15/12/2019 đến ngày 14/12/2020" in label.text()
    assert "năm 2020" in label.text()

    page.options.cutoff.setChecked(False)
    assert "từ ngày 01/01/2020 đến ngày 31/12/2020" in label.text()
    page.options.cutoff.setChecked(True)
    assert "Nghị định 09/2019" in page.options.cutoff.toolTip()

    window.year_selector.setValue(2021)
    assert "từ ngày 15/12/2020 đến ngày 14/12/2021" in label.text()

    page.options.cutoff.setChecked(False)
    page.options.set_period_kind("quarter", 2)
    assert page.options.quarter.isVisible()
    assert "quý II năm 2021" in label.text()
    assert "từ ngày 01/04/2021 đến ngày 30/06/2021" in label.text()

    page.options.set_period_kind("custom")
    assert page.options.start_date.isVisible() and not page.options.quarter.isVisible()
    assert not page.options.cutoff.isEnabled()
    assert page.options.start_date.displayFormat() == "dd/MM/yyyy"
    page.options.end_date.setDate(page.options.start_date.date().addDays(-1))
    assert "trước ngày bắt đầu" in label.text()
    assert page.options.request() is None


def test_defaults_come_from_profile(open_page, gui_demo_db: Database, type_text: Callable) -> None:
    _window, page = open_page(gui_demo_db)
    options = page.options
    # The demo already issued "651/BC-STTTT" (a document of kind báo cáo): the next is 652.
    assert options.number.text() == "652"
    # Only the number is typed: letters and the symbol are not taken.
    options.number.clear()
    type_text(options.number, "6a/BC5")
    assert options.number.text() == "65"
    options.number.setText("652")
    assert options.issued_date.date().toPython() == date.today()
    assert "Bộ Thông tin và Truyền thông" in options.addressees.toPlainText()
    assert options.distribution.toPlainText().splitlines()[-1].startswith("Lưu: VT")
    assert options.with_annex.isChecked() and not options.compare.isChecked()
    request = options.request()
    assert request is not None and request.options.number == "652"
    assert request.options.addressees == [
        "Bộ Thông tin và Truyền thông (Cục Thông tin đối ngoại)",
        "UBND tỉnh Bắc Kạn",
    ]

    assert not options.register_kind.isEnabled()
    options.set_choice("register")
    assert options.register_kind.isEnabled()
    assert not options.number.isEnabled()
    request = options.request()
    assert request is not None and request.register_kind == "guidance"
    assert request.options.number is None


def test_assessment_loads_saves_and_drafts(
    open_page, gui_demo_db: Database, type_text: Callable
) -> None:
    _window, page = open_page(gui_demo_db)
    editor = page.assessment
    assert editor.source is AssessmentSource.SAVED
    assert "kiêm nhiệm" in editor.edits["shortcomings"].toPlainText()
    assert "Hoàng Sa, Trường Sa" in editor.edits["strengths"].toPlainText()

    page.options.set_period_kind("first_half")
    assert editor.source is AssessmentSource.DRAFT
    assert "Bản nháp đề xuất" in editor.status_label.text()
    first_half = Period.first_half(2020, cutoff=True)
    with gui_demo_db.session() as session:
        drafts = draft_assessment(gather(session, first_half))
        assert load_assessment(session, first_half) is None
    assert editor.edits["strengths"].toPlainText() == drafts.strengths
    assert editor.edits["directions"].toPlainText() == drafts.directions

    recommendations = editor.edits["recommendations"]
    recommendations.clear()
    type_text(recommendations, "Đề nghị Bộ tổ chức tập huấn.")
    assert editor.dirty and "chưa lưu" in editor.status_label.text()
    editor.save_button.click()
    assert not editor.dirty and editor.source is AssessmentSource.SAVED
    with gui_demo_db.session() as session:
        saved = load_assessment(session, first_half)
    assert saved is not None
    assert saved.recommendations == "Đề nghị Bộ tổ chức tập huấn."
    assert saved.strengths == drafts.strengths

    # Edits not saved by hand are kept when the period changes.
    editor.edits["directions"].moveCursor(QTextCursor.MoveOperation.End)
    type_text(editor.edits["directions"], " Thêm.")
    page.options.set_period_kind("year")
    assert "kiêm nhiệm" in editor.edits["shortcomings"].toPlainText()
    with gui_demo_db.session() as session:
        saved = load_assessment(session, first_half)
    assert saved is not None and (saved.directions or "").endswith("Thêm.")


def test_preview_shows_the_report(open_page, gui_demo_db: Database, qtbot: QtBot) -> None:
    _window, page = open_page(gui_demo_db)
    assert not page.print_button.isEnabled()
    preview(qtbot, page)
    assert not page.message.isVisible(), page.message.text.text()
    document = page.preview.pdf
    assert document.status() == QPdfDocument.Status.Ready
    assert document.pageCount() >= 3
    assert PRESS_LINE in pdf_text(document)
    assert page.preview.stack.currentWidget() is page.preview.view
    assert page.preview.page_count_label.text() == f"/ {document.pageCount()}"
    assert page.print_button.isEnabled()

    page.preview.next_button.click()
    assert page.preview.page_spin.value() == 2
    page.preview.zoom.setCurrentIndex(page.preview.zoom.findText("100%"))
    assert page.preview.view.zoomFactor() == 1.0

    # A changed option says the preview is behind; a new preview replaces the file.
    first = page.preview.path
    page.options.compare.setChecked(True)
    assert "Xem trước" in page.preview.stale_label.text()
    preview(qtbot, page)
    assert page.preview.stale_label.text() == ""
    assert first is not None and not first.exists()
    assert "cùng kỳ năm" in pdf_text(page.preview.pdf)


def test_cancel_discards_the_result(open_page, gui_demo_db: Database, qtbot: QtBot) -> None:
    _window, page = open_page(gui_demo_db)
    page.preview_button.click()
    page.cancel_button.click()
    assert page.task is None and not page.progress_row.isVisible()
    assert page.wait_for_tasks()
    qtbot.wait(50)  # let the abandoned task's signal arrive
    QApplication.processEvents()
    assert page.preview.page_count() == 0
    assert page.abandoned == []
    assert page.preview_button.isEnabled()


def test_save_pdf_records_the_report(
    open_page, gui_demo_db: Database, qtbot: QtBot, tmp_path: Path, monkeypatch
) -> None:
    _window, page = open_page(gui_demo_db)
    page.options.number.setText("651")
    # A draft first: saved, but neither entered in the register nor using up the number.
    draft = tmp_path / "ban-nhap.pdf"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(lambda *_a: (str(draft), "")))
    assert not page.options.official.isChecked()
    page.save_buttons["pdf"].click()
    wait_idle(qtbot, page)
    assert draft.read_bytes().startswith(b"%PDF")
    assert "Bản nháp" in page.message.text.text()
    with gui_demo_db.session() as session:
        assert list_issued(session) == []

    page.options.official.setChecked(True)
    target = tmp_path / "bao-cao"  # no extension: the page adds it
    asked: list[str] = []

    def fake_save(_parent, _caption, proposed, _filter):  # type: ignore[no-untyped-def]
        asked.append(proposed)
        return str(target), _filter

    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(fake_save))
    page.save_buttons["pdf"].click()
    wait_idle(qtbot, page)

    assert Path(asked[0]).name == (
        "Báo cáo 651-BC-STTTT Kết quả công tác thông tin đối ngoại năm 2020.pdf"
    )
    written = tmp_path / "bao-cao.pdf"
    assert written.read_bytes().startswith(b"%PDF")
    with gui_demo_db.session() as session:
        issued = list_issued(session)
    assert [(r.number, r.report_kind, r.issued_date) for r in issued] == [
        ("651", "annual", date.today())
    ]
    assert issued[0].file_name == str(written.resolve())
    model = page.issued_model
    assert model.rowCount() == 1
    assert model.index(0, 0).data() == "651"
    assert model.index(0, 4).data() == "bao-cao.pdf"
    assert page.message.isVisible() and page.message.kind == "info"
    assert "bao-cao.pdf" in page.message.text.text()
    assert "Sổ báo cáo đã gửi" in page.message.text.text()

    opened: list[QUrl] = []
    monkeypatch.setattr(QDesktopServices, "openUrl", staticmethod(opened.append))
    page.message.open_folder_button.click()
    assert opened and opened[0].isLocalFile()
    assert Path(opened[0].toLocalFile()) == tmp_path

    # Saving the same report again (overwriting) does not enter it twice.
    page.save_buttons["pdf"].click()
    wait_idle(qtbot, page)
    with gui_demo_db.session() as session:
        assert len(list_issued(session)) == 1
    # A new period proposes the next free number.
    page.options.set_period_kind("first_half")
    assert page.options.number.text() == "652"


def test_save_word(
    open_page, gui_demo_db: Database, qtbot: QtBot, tmp_path: Path, monkeypatch
) -> None:
    pytest.importorskip("ttdn_desktop.reports.docx")
    _window, page = open_page(gui_demo_db)
    page.options.number.setText("")
    target = tmp_path / "bao-cao.docx"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(lambda *_a: (str(target), "")))
    page.save_buttons["docx"].click()
    wait_idle(qtbot, page)
    assert page.message.kind == "info", page.message.text.text()
    assert target.read_bytes().startswith(b"PK")
    with gui_demo_db.session() as session:
        assert list_issued(session) == []  # no number: nothing to enter


def test_print_sends_every_page(
    open_page, gui_demo_db: Database, qtbot: QtBot, tmp_path: Path, monkeypatch
) -> None:
    _window, page = open_page(gui_demo_db)
    preview(qtbot, page)
    count = page.preview.page_count()
    printer = make_printer()
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    output = tmp_path / "in.pdf"
    printer.setOutputFileName(str(output))
    page.printer = printer
    monkeypatch.setattr(QPrintDialog, "exec", lambda _self: QDialog.DialogCode.Accepted)
    page.print_button.click()
    assert output.is_file()
    printed = QPdfDocument()
    assert printed.load(str(output)) == QPdfDocument.Error.None_
    assert printed.pageCount() == count
    size = printed.pagePointSize(0)
    assert round(size.width()) == 595 and round(size.height()) == 842  # A4 portrait
    assert f"Đã gửi {count} trang" in page.message.text.text()


def test_print_cancelled_prints_nothing(
    open_page, gui_demo_db: Database, qtbot: QtBot, tmp_path: Path, monkeypatch
) -> None:
    _window, page = open_page(gui_demo_db)
    preview(qtbot, page)
    page.printer = make_printer()
    page.printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    page.printer.setOutputFileName(str(tmp_path / "none.pdf"))
    monkeypatch.setattr(QPrintDialog, "exec", lambda _self: QDialog.DialogCode.Rejected)
    page.print_button.click()
    assert not (tmp_path / "none.pdf").exists()


def test_register_preview_is_landscape(open_page, gui_demo_db: Database, qtbot: QtBot) -> None:
    _window, page = open_page(gui_demo_db)
    page.options.set_choice("register")
    page.options.register_kind.setCurrentIndex(page.options.register_kind.findData("guidance"))
    preview(qtbot, page)
    size = page.preview.pdf.pagePointSize(0)
    assert size.width() > size.height()
    assert "SỔ THEO DÕI" in pdf_text(page.preview.pdf)


def test_without_unit_says_so(open_page, empty_db: Database, qtbot: QtBot) -> None:
    _window, page = open_page(empty_db)
    assert page.message.isVisible() and page.message.kind == "error"
    assert "Chưa khai báo đơn vị" in page.message.text.text()
    assert page.assessment.source is AssessmentSource.UNAVAILABLE
    page.message.clear()
    preview(qtbot, page)
    assert page.message.kind == "error"
    assert "Chưa khai báo đơn vị" in page.message.text.text()
    assert page.preview.page_count() == 0
    assert not page.print_button.isEnabled()


def test_issued_model_without_widgets() -> None:
    row = IssuedReportRow(
        1, "annual", "651", date(2020, 12, 21), date(2019, 12, 15), date(2020, 12, 14),
        "Kết quả công tác thông tin đối ngoại năm 2020", "/tmp/x/bc.pdf",
    )  # fmt: skip
    model = IssuedReportsModel([row])
    assert model.columnCount() == 5 and model.rowCount() == 1
    values = [model.index(0, c).data() for c in range(5)]
    assert values == ["651", "21/12/2020", "15/12/2019 – 14/12/2020", row.title, "bc.pdf"]
    assert model.path_at(0) == Path("/tmp/x/bc.pdf")


SCREENSHOTS = os.environ.get("TTDN_SCREENSHOTS")


@pytest.mark.skipif(not SCREENSHOTS, reason="TTDN_SCREENSHOTS chưa đặt")
def test_screenshots(  # type: ignore[no-untyped-def]
    open_page, gui_demo_db: Database, empty_db: Database, qtbot: QtBot, tmp_path, monkeypatch
) -> None:
    folder = Path(SCREENSHOTS or ".")
    folder.mkdir(parents=True, exist_ok=True)

    def save(widget, name: str) -> None:  # type: ignore[no-untyped-def]
        QApplication.processEvents()
        assert widget.grab().save(str(folder / name))

    window, page = open_page(gui_demo_db)
    window.resize(1366, 768)
    save(window, "reports-start.png")
    preview(qtbot, page)
    qtbot.wait(200)
    save(window, "reports-preview.png")
    page.tabs.setCurrentIndex(1)
    save(window, "reports-assessment.png")
    page.options.set_period_kind("quarter", 3)
    page.options.cutoff.setChecked(True)
    save(window, "reports-assessment-draft.png")
    page.options.set_period_kind("year")
    page.options.cutoff.setChecked(False)
    page.options.number.setText("651")
    target = tmp_path / "Báo cáo 651-BC-STTTT Kết quả công tác thông tin đối ngoại năm 2020.pdf"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(lambda *_a: (str(target), "")))
    page.save_buttons["pdf"].click()
    wait_idle(qtbot, page)
    page.options.set_choice("register")
    page.tabs.setCurrentIndex(2)
    save(window, "reports-issued.png")

    page.options.set_choice("report")
    page.tabs.setCurrentIndex(0)
    window.resize(1024, 640)  # a small laptop: the column scrolls, the buttons fold into »
    save(window, "reports-narrow.png")

    empty_window, _empty_page = open_page(empty_db)
    empty_window.resize(1366, 768)
    save(empty_window, "reports-no-unit.png")
