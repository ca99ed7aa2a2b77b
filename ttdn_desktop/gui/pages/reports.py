"""The “Báo cáo” section: choose a report and a period, preview it, print it, save it.

The left column holds the choices (report_options); on the right, the preview of the rendered PDF
(report_preview), the period's assessment (report_assessment) and the register of reports sent
(report_issued). Building and rendering run in a thread pool (report_worker); printing draws the
previewed PDF's pages onto the printer (report_print), so what is printed is what was seen.
"""

from __future__ import annotations

import importlib.util
import logging
import tempfile
from dataclasses import asdict
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QStandardPaths, Qt, QThreadPool, QUrl
from PySide6.QtGui import QDesktopServices, QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QDialog,
    QFileDialog,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QProgressBar,
    QPushButton,
    QScrollArea,
    QSplitter,
    QTableView,
    QTabWidget,
    QToolBar,
    QVBoxLayout,
    QWidget,
)

from ttdn_desktop.core.database import Database
from ttdn_desktop.core.errors import TtdnError
from ttdn_desktop.core.issued import (
    AssessmentFields,
    list_issued,
    load_assessment,
    next_report_number,
    record_issued,
    save_assessment,
)
from ttdn_desktop.core.labels import SECTIONS
from ttdn_desktop.core.periods import Period
from ttdn_desktop.core.scope import other_units
from ttdn_desktop.core.units import own_profile
from ttdn_desktop.gui.pages.base import BuiltWhenShown
from ttdn_desktop.gui.report_assessment import (
    ASSESSMENT_FIELDS,
    AssessmentEditor,
    AssessmentSource,
)
from ttdn_desktop.gui.report_issued import DATE, FILE, NUMBER, PERIOD, TITLE, IssuedReportsModel
from ttdn_desktop.gui.report_widgets import MessageBar, OptionsScrollArea

# The report machinery (the builders and writers, QtPdf, QtPrintSupport: 30–60 ms) is imported
# when the page is first built or used, not with the window at start.
if TYPE_CHECKING:
    from PySide6.QtPrintSupport import QPrinter

    from ttdn_desktop.gui.report_options import ReportOptionsPanel
    from ttdn_desktop.gui.report_preview import ReportPreview
    from ttdn_desktop.gui.report_worker import RenderTask, ReportRequest
    from ttdn_desktop.reports.content import ReportDocument

log = logging.getLogger(__name__)

SAVE_FILTERS: dict[str, str] = {
    "pdf": "Tệp PDF (*.pdf)",
    "docx": "Tài liệu Word (*.docx)",
    "xlsx": "Bảng tính Excel (*.xlsx)",
}
SAVE_LABELS: dict[str, str] = {"pdf": "Lưu PDF…", "docx": "Lưu Word…", "xlsx": "Lưu Excel…"}
SAVE_TIPS: dict[str, str] = {
    "pdf": "Lưu báo cáo thành tệp PDF, đúng như bản xem trước",
    "docx": "Lưu báo cáo thành tệp Word (DOCX) để sửa tiếp",
    "xlsx": "Lưu các bảng số liệu thành tệp Excel (XLSX)",
}
PREVIEW_TAB, ASSESSMENT_TAB, ISSUED_TAB = range(3)


def renderer_available(fmt: str) -> bool:
    """Whether this build can write `fmt` (the DOCX and XLSX writers came later than PDF)."""
    return fmt == "pdf" or importlib.util.find_spec(f"ttdn_desktop.reports.{fmt}") is not None


def documents_folder() -> Path:
    folder = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    return Path(folder) if folder else Path.home()


class ReportsPage(BuiltWhenShown):
    section = "reports"
    title = SECTIONS["reports"]
    built_attributes = frozenset(
        {
            "options",
            "message",
            "tabs",
            "preview",
            "assessment",
            "preview_button",
            "print_button",
            "save_buttons",
            "progress_row",
            "progress_label",
            "progress",
            "cancel_button",
            "issued_model",
            "issued_table",
        }
    )

    def __init__(self, db: Database, year: int, parent: QWidget | None = None) -> None:
        super().__init__(db, year, parent)
        self.pool = QThreadPool(self)  # destroyed with the page, after its tasks finish
        self.pool.setMaxThreadCount(2)
        self.task: RenderTask | None = None
        self.abandoned: list[RenderTask] = []
        self.temp_dir = tempfile.TemporaryDirectory(prefix="ttdn-xem-truoc-")
        self.preview_count = 0
        self.preview_document: ReportDocument | None = None
        self.preview_request: ReportRequest | None = None
        self.printer: QPrinter | None = None  # kept alive: a temporary printer crashes dialogs
        self.save_folder: Path | None = None
        self.proposed_number = ""
        self.assessment_period: Period | None = None
        self.assessment_stale = True
        # The widgets and what they show come on first show (BuiltWhenShown): reading the
        # defaults, units and register cost 0.1 s of every start on 100,000 records.

    # Building the page -------------------------------------------------------------------------
    def build(self) -> None:
        self.setup_ui()
        self.refresh()

    def setup_ui(self) -> None:
        layout = QHBoxLayout(self)
        layout.setContentsMargins(8, 8, 8, 8)
        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.setObjectName("reportsSplitter")
        splitter.setChildrenCollapsible(False)
        splitter.addWidget(self.setup_options_column())
        splitter.addWidget(self.setup_right_side())
        splitter.setStretchFactor(0, 0)
        splitter.setStretchFactor(1, 1)
        layout.addWidget(splitter)

    def setup_options_column(self) -> QScrollArea:
        column = QWidget()
        column.setObjectName("reportOptionsColumn")
        inner = QVBoxLayout(column)
        inner.setContentsMargins(4, 4, 8, 4)
        inner.setSpacing(8)
        inner.addWidget(self.heading(self.title))
        from ttdn_desktop.gui.report_options import ReportOptionsPanel

        self.options: ReportOptionsPanel = ReportOptionsPanel(self.year)
        self.options.period_changed.connect(self.on_period_changed)
        self.options.options_changed.connect(self.on_options_changed)
        inner.addWidget(self.options, 1)
        scroll = OptionsScrollArea()
        scroll.setObjectName("reportOptionsScroll")
        scroll.setWidget(column)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        # Below its natural width (a small window) the column scrolls sideways rather than clip.
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAsNeeded)
        return scroll

    def setup_right_side(self) -> QWidget:
        side = QWidget()
        layout = QVBoxLayout(side)
        layout.setContentsMargins(8, 0, 0, 0)
        layout.setSpacing(6)
        self.message = MessageBar()
        layout.addWidget(self.message)
        layout.addWidget(self.setup_actions())
        layout.addWidget(self.setup_progress())
        self.tabs = QTabWidget()
        self.tabs.setObjectName("reportTabs")
        from ttdn_desktop.gui.report_preview import ReportPreview

        self.preview: ReportPreview = ReportPreview()
        self.assessment = AssessmentEditor()
        self.assessment.save_requested.connect(self.save_assessment_now)
        self.assessment.edited.connect(self.mark_preview_stale)
        self.tabs.addTab(self.preview, "Xem trước")
        self.tabs.addTab(self.assessment, "Đánh giá, nhận xét của kỳ")
        self.tabs.addTab(self.setup_issued_table(), "Sổ báo cáo đã gửi")
        self.tabs.setTabToolTip(PREVIEW_TAB, "Bản xem trước, đúng như khi in")
        self.tabs.setTabToolTip(
            ASSESSMENT_TAB, "Ưu điểm, tồn tại, phương hướng và kiến nghị in trong báo cáo"
        )
        self.tabs.setTabToolTip(ISSUED_TAB, "Các báo cáo có số đã lưu thành tệp")
        layout.addWidget(self.tabs, 1)
        return side

    def setup_actions(self) -> QToolBar:
        # A tool bar of push buttons: in a narrow window the ones that do not fit move into its
        # » menu instead of widening the window or being cut.
        bar = QToolBar("Thao tác với báo cáo")
        bar.setObjectName("reportActions")
        bar.setMovable(False)
        bar.setFloatable(False)
        bar.setStyleSheet("QToolBar { border: none; spacing: 6px; }")
        self.preview_button = QPushButton("Xem trước")
        self.preview_button.setObjectName("previewButton")
        self.preview_button.setToolTip("Lập báo cáo theo các lựa chọn và hiện bản xem trước")
        self.preview_button.clicked.connect(self.start_preview)
        self.print_button = QPushButton("In…")
        self.print_button.setObjectName("printButton")
        self.print_button.setToolTip("In bản đang xem trước ra máy in (khổ A4)")
        self.print_button.clicked.connect(self.print_report)
        bar.addWidget(self.preview_button)
        bar.addWidget(self.print_button)
        bar.addSeparator()
        from ttdn_desktop.reports.render import FORMATS

        self.save_buttons: dict[str, QPushButton] = {}
        for fmt in FORMATS:
            button = QPushButton(SAVE_LABELS[fmt])
            button.setObjectName(f"save_{fmt}")
            available = renderer_available(fmt)
            button.setToolTip(
                SAVE_TIPS[fmt] if available else "Phiên bản này chưa lưu được định dạng này"
            )
            button.setProperty("available", available)
            button.clicked.connect(lambda _checked=False, f=fmt: self.save_as(f))
            bar.addWidget(button)
            self.save_buttons[fmt] = button
        return bar

    def setup_progress(self) -> QWidget:
        self.progress_row = QWidget()
        row = QHBoxLayout(self.progress_row)
        row.setContentsMargins(0, 0, 0, 0)
        self.progress_label = QLabel()
        self.progress_label.setObjectName("progressLabel")
        self.progress_label.setWordWrap(True)  # a long file name must not widen the window
        self.progress = QProgressBar()
        self.progress.setObjectName("reportProgress")
        self.progress.setTextVisible(False)
        self.cancel_button = QPushButton("Hủy")
        self.cancel_button.setObjectName("cancelButton")
        self.cancel_button.setToolTip("Dừng lập báo cáo; kết quả dở dang bị bỏ đi")
        self.cancel_button.clicked.connect(self.cancel_task)
        row.addWidget(self.progress_label)
        row.addWidget(self.progress, 1)
        row.addWidget(self.cancel_button)
        self.progress_row.hide()
        return self.progress_row

    def setup_issued_table(self) -> QWidget:
        box = QWidget()
        layout = QVBoxLayout(box)
        layout.setContentsMargins(8, 8, 8, 8)
        note = QLabel(
            "Các báo cáo có số đã được lưu thành tệp từ chương trình, mới nhất ở trên. "
            "Bấm đúp vào một dòng để mở thư mục chứa tệp."
        )
        note.setWordWrap(True)
        layout.addWidget(note)
        self.issued_model = IssuedReportsModel()
        self.issued_table = QTableView()
        self.issued_table.setObjectName("issuedTable")
        self.issued_table.setModel(self.issued_model)
        self.issued_table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.issued_table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.issued_table.setAlternatingRowColors(True)
        self.issued_table.verticalHeader().hide()
        # Titles wrap onto a second line rather than being cut; file names elide in the middle.
        self.issued_table.setWordWrap(True)
        self.issued_table.setTextElideMode(Qt.TextElideMode.ElideMiddle)
        self.issued_table.verticalHeader().setSectionResizeMode(
            QHeaderView.ResizeMode.ResizeToContents
        )
        header = self.issued_table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(TITLE, QHeaderView.ResizeMode.Stretch)
        header.setStretchLastSection(False)
        metrics = self.issued_table.fontMetrics()
        for column, sample in (
            (NUMBER, "00000"),
            (DATE, "00/00/0000"),
            (PERIOD, "00/00/0000 – 00/00/0000"),
            (FILE, "Báo cáo 651-BC-STTTT.pdf"),
        ):
            header.resizeSection(column, metrics.horizontalAdvance(sample) + 24)
        self.issued_table.doubleClicked.connect(self.open_issued_folder)
        layout.addWidget(self.issued_table, 1)
        return box

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)  # builds the page the first time
        if self.assessment_stale:
            self.load_assessment_fields()

    # Reading the database ----------------------------------------------------------------------
    def refresh(self) -> None:
        """Read everything again (a new database, or the first show); pending edits are dropped."""
        if not self.is_built:
            return  # the build reads it all
        self.cancel_task()
        self.message.clear()
        self.clear_preview()
        self.assessment.dirty = False  # typed for the database that was just closed
        self.options.set_year(self.year)
        self.load_defaults()
        self.load_units()
        self.load_assessment_fields()
        self.load_issued()

    def set_year(self, year: int) -> None:
        if year != self.year:
            self.year = year
            if self.is_built:
                self.options.set_year(year)  # the period changes: see on_period_changed

    def on_data_changed(self, kind: str) -> None:
        if not self.is_built:
            return
        if kind == "unit":
            self.load_defaults()
            self.message.clear()
        self.load_units()  # a received package may bring a unit to choose
        if not self.assessment.dirty:
            self.load_assessment_fields()
        self.load_issued()
        self.mark_preview_stale()

    def load_defaults(self) -> None:
        """The next number and the unit profile's Kính gửi and Nơi nhận."""
        with self.db.session() as session:
            number = str(next_report_number(session))
            profile = own_profile(session)
        self.proposed_number = number
        self.options.set_defaults(
            number,
            profile.recipients if profile else [],
            profile.distribution if profile else [],
        )

    def load_units(self) -> None:
        """The units whose packages were received: the “Số liệu của” choice lists them."""
        with self.db.session() as session:
            units = [(u.id, u.name) for u in other_units(session)]
        self.options.set_units(units)

    def load_assessment_fields(self) -> None:
        """The period's saved assessment, else what the report would print (nearby or draft).

        Drafts read the whole period's records, so a hidden page waits until it is shown: the
        main window builds every page at start and must not pay for this then.
        """
        if not self.isVisible():
            self.assessment_stale = True
            return
        self.assessment_stale = False
        period = self.options.period()
        self.assessment_period = period
        if period is None:
            self.assessment.show_fields(AssessmentFields(), AssessmentSource.UNAVAILABLE, "")
            return
        try:
            with self.db.session() as session:
                saved = load_assessment(session, period)
                if saved is not None:
                    fields, source = saved, AssessmentSource.SAVED
                else:
                    from ttdn_desktop.reports.annual import draft_assessment
                    from ttdn_desktop.reports.facts import gather

                    facts = gather(session, period)
                    drafts = draft_assessment(facts)
                    nearby = facts.assessment
                    # Field by field, what the report prints: the nearby text, else the draft.
                    fields = AssessmentFields(
                        **{
                            key: getattr(nearby, key) or getattr(drafts, key)
                            for key in ASSESSMENT_FIELDS
                        }
                    )
                    source = AssessmentSource.DRAFT if nearby.is_empty else AssessmentSource.NEARBY
        except TtdnError as exc:
            self.assessment.show_fields(AssessmentFields(), AssessmentSource.UNAVAILABLE, "")
            self.show_error(str(exc))
            return
        self.assessment.show_fields(fields, source, period.title)

    def load_issued(self) -> None:
        with self.db.session() as session:
            rows = list_issued(session)
        self.issued_model.set_rows(rows)

    # Reacting to the options -------------------------------------------------------------------
    def on_period_changed(self) -> None:
        self.commit_assessment()  # edits belong to the period they were typed for
        self.load_assessment_fields()
        self.propose_number()

    def on_options_changed(self) -> None:
        self.mark_preview_stale()

    def propose_number(self) -> None:
        """Offer the next free number again when the field still holds a used or proposed one."""
        try:
            with self.db.session() as session:
                used = {row.number for row in list_issued(session) if row.number}
                number = str(next_report_number(session))
        except TtdnError:
            return
        current = self.options.number.text().strip()
        if current in used or current == self.proposed_number:
            self.options.number.setText(number)
        self.proposed_number = number

    def mark_preview_stale(self) -> None:
        self.preview.set_stale(True)

    # The assessment ----------------------------------------------------------------------------
    def save_assessment_now(self) -> None:
        if self.commit_assessment(force=True):
            self.message.show_message(
                f"Đã lưu nhận xét {self.assessment_period.title if self.assessment_period else ''}."
            )

    def commit_assessment(self, force: bool = False) -> bool:
        """Save the edited texts for the period they were shown for.

        Returns:
            False when saving failed (the message says why), else True.
        """
        period = self.assessment_period
        if period is None or not (self.assessment.dirty or force):
            return True
        if self.assessment.source is AssessmentSource.UNAVAILABLE:
            return True
        try:
            with self.db.session() as session:
                save_assessment(session, period, self.assessment.fields())
        except TtdnError as exc:
            self.show_error(f"Chưa lưu được nhận xét: {exc}")
            return False
        self.assessment.mark_saved()
        return True

    # Preview -----------------------------------------------------------------------------------
    def current_request(self) -> ReportRequest | None:
        request = self.options.request()
        if request is None:
            self.show_error(self.options.period_error() or "Kỳ báo cáo chưa hợp lệ.")
        return request

    def start_preview(self) -> None:
        if self.task is not None:
            return
        request = self.current_request()
        if request is None or not self.commit_assessment():
            return
        self.message.clear()
        self.preview_count += 1
        path = Path(self.temp_dir.name) / f"xem-truoc-{self.preview_count}.pdf"
        from ttdn_desktop.gui.report_worker import RenderTask

        task = RenderTask(self.db, path, request=request, fmt="pdf", purpose="preview")
        self.start_task(task, "Đang lập báo cáo…")

    def clear_preview(self) -> None:
        self.preview.clear()
        self.preview_document = None
        self.preview_request = None
        self.update_buttons()

    def show_preview(self, task: RenderTask, document: ReportDocument, path: Path) -> None:
        old = self.preview.path
        if not self.preview.load(path):
            self.show_error("Không mở được bản xem trước vừa lập.")
            return
        if old is not None and old != path:
            old.unlink(missing_ok=True)
        self.preview_document = document
        self.preview_request = task.request
        self.tabs.setCurrentIndex(PREVIEW_TAB)
        self.update_buttons()

    # Saving ------------------------------------------------------------------------------------
    def document_for_saving(self, request: ReportRequest) -> ReportDocument | None:
        """The previewed document when the options did not change since, else a fresh one."""
        if self.preview_document is not None and self.preview_request == request:
            return self.preview_document
        from ttdn_desktop.gui.report_worker import build_document

        try:
            return build_document(self.db, request)
        except TtdnError as exc:
            self.show_error(str(exc))
            return None

    def save_as(self, fmt: str) -> None:
        if self.task is not None:
            return
        if not renderer_available(fmt):
            self.show_error("Phiên bản này chưa lưu được định dạng này.")
            return
        request = self.current_request()
        if request is None or not self.commit_assessment():
            return
        document = self.document_for_saving(request)
        if document is None:
            return
        from ttdn_desktop.gui.report_worker import RenderTask
        from ttdn_desktop.reports.render import FORMATS, proposed_file_name

        folder = self.save_folder or documents_folder()
        chosen, _filter = QFileDialog.getSaveFileName(
            self,
            f"Lưu báo cáo dạng {FORMATS[fmt]}",
            str(folder / proposed_file_name(document, fmt)),
            SAVE_FILTERS[fmt],
        )
        if not chosen:
            return
        path = Path(chosen)
        if path.suffix.lower() != f".{fmt}":
            path = path.with_name(f"{path.name}.{fmt}")
        self.save_folder = path.parent
        self.message.clear()
        task = RenderTask(
            self.db, path, request=request, document=document, fmt=fmt, purpose="save"
        )
        self.start_task(task, f"Đang lưu {path.name}…")

    def saved(self, task: RenderTask, document: ReportDocument, path: Path) -> None:
        request = task.request
        text = f"Đã lưu “{path.name}”."
        if (
            request is not None
            and request.is_numbered_report
            and not self.options.official.isChecked()
        ):
            text += " Bản nháp: chưa ghi vào “Sổ báo cáo đã gửi”, số chưa bị dùng."
        elif request is not None and request.is_numbered_report:
            try:
                recorded = self.record(request, document, path)
            except TtdnError as exc:
                self.show_error(f"Đã lưu tệp nhưng chưa ghi được vào sổ báo cáo: {exc}")
                return
            if recorded:
                text += f" Báo cáo số {request.options.number} đã được ghi vào “Sổ báo cáo đã gửi”."
            self.load_issued()
        self.message.show_message(text, "info", folder=path.parent)

    def record(self, request: ReportRequest, document: ReportDocument, path: Path) -> bool:
        """Enter the report in the issued register, once per number, date and period."""
        options = request.options
        issued = options.issued_date or date.today()
        with self.db.session() as session:
            already = any(
                row.number == options.number
                and row.issued_date == issued
                and (row.period_start, row.period_end) == (request.period.start, request.period.end)
                for row in list_issued(session)
            )
            if already:
                return False
            record_issued(
                session,
                report_kind=request.issued_kind,
                number=options.number,
                issued_date=issued,
                period=request.period,
                title=document.subject,
                file_path=path.resolve(),
                header=asdict(document.header),
            )
        return True

    def open_issued_folder(self) -> None:
        index = self.issued_table.currentIndex()
        path = self.issued_model.path_at(index.row()) if index.isValid() else None
        if path is None:
            return
        if path.parent.is_dir():
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(path.parent)))
        else:
            self.show_error(f"Không còn thư mục “{path.parent}”.")

    # Printing ----------------------------------------------------------------------------------
    def print_report(self) -> None:
        count = self.preview.page_count()
        if not count:
            self.show_error("Hãy bấm “Xem trước” để lập báo cáo trước khi in.")
            return
        from PySide6.QtPrintSupport import QAbstractPrintDialog, QPrintDialog

        from ttdn_desktop.gui.report_print import make_printer, match_orientation, print_pdf

        if self.printer is None:
            self.printer = make_printer()
        match_orientation(self.printer, self.preview.pdf)
        dialog = QPrintDialog(self.printer, self)
        dialog.setWindowTitle("In báo cáo")
        dialog.setMinMax(1, count)
        dialog.setOption(QAbstractPrintDialog.PrintDialogOption.PrintPageRange, True)
        dialog.setOption(QAbstractPrintDialog.PrintDialogOption.PrintToFile, True)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            sent = print_pdf(self.preview.pdf, self.printer)
        except RuntimeError:
            self.show_error("Không mở được máy in. Hãy kiểm tra máy in rồi thử lại.")
            return
        finally:
            QApplication.restoreOverrideCursor()
        name = self.printer.printerName() or self.printer.outputFileName()
        where = f" tới {name}" if name else ""
        self.message.show_message(f"Đã gửi {sent} trang{where}.")

    # Running tasks -----------------------------------------------------------------------------
    def start_task(self, task: RenderTask, label: str) -> None:
        self.task = task
        task.signals.progress.connect(self.on_task_progress)
        task.signals.finished.connect(self.on_task_finished)
        task.signals.failed.connect(self.on_task_failed)
        self.progress_label.setText(label)
        self.progress.setRange(0, 0)  # building: no steps known yet
        self.progress_row.show()
        self.update_buttons()
        self.pool.start(task)

    def cancel_task(self) -> None:
        """Stop the running task; whatever it still produces is discarded."""
        task = self.task
        if task is None:
            return
        task.cancel()
        self.abandoned.append(task)  # its signals may still arrive: keep it until then
        self.task = None
        self.progress_row.hide()
        self.update_buttons()

    def on_task_progress(self, task: RenderTask, done: int, total: int) -> None:
        if task is not self.task:
            return
        self.progress.setRange(0, total)
        self.progress.setValue(done)

    def take_task(self, task: RenderTask) -> bool:
        """Finish with a task; False when it is not the running one (it was cancelled)."""
        if task in self.abandoned:
            self.abandoned.remove(task)
            return False
        if task is not self.task:
            return False
        self.task = None
        self.progress_row.hide()
        self.update_buttons()
        return True

    def on_task_finished(self, task: RenderTask, document: ReportDocument, path: Path) -> None:
        if not self.take_task(task):
            if task.purpose == "preview":
                path.unlink(missing_ok=True)
            return
        if task.purpose == "preview":
            self.show_preview(task, document, path)
        else:
            self.saved(task, document, path)

    def on_task_failed(self, task: RenderTask, message: str) -> None:
        if not self.take_task(task):
            return
        if message:
            self.show_error(message)

    def update_buttons(self) -> None:
        idle = self.task is None
        self.preview_button.setEnabled(idle)
        self.print_button.setEnabled(idle and self.preview.page_count() > 0)
        for button in self.save_buttons.values():
            button.setEnabled(idle and bool(button.property("available")))

    def wait_for_tasks(self, msecs: int = 30_000) -> bool:
        """Block until no task runs (for closing and tests); True when all finished."""
        return self.pool.waitForDone(msecs)

    # Messages ----------------------------------------------------------------------------------
    def show_error(self, text: str) -> None:
        self.message.show_message(text, "error")
