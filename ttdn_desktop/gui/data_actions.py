"""The “Tệp” menu's data actions: backup, restore, checking, Excel export, template and import.

Each action asks what it needs (a folder, a file, a confirmation) on the GUI thread, then runs the
core function in the thread pool through `DataJob`, with a progress dialog whose “Hủy” stops the
work through the core's progress callback. The core functions are the ones `ttdn backup`,
`ttdn restore`, `ttdn export`, `ttdn template` and `ttdn import` call.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, QRunnable, QStandardPaths, Qt, QThreadPool, Signal
from PySide6.QtWidgets import QFileDialog, QMenu, QMessageBox, QProgressDialog

from ttdn_desktop.core.backup import (
    SUFFIX,
    BackupInfo,
    RestoreResult,
    backup_now,
    create_backup,
    describe_backup,
    new_backup_path,
    restore_backup,
)
from ttdn_desktop.core.database import CheckReport, check_database, open_database
from ttdn_desktop.core.errors import TtdnError
from ttdn_desktop.core.integrity import AttachmentCheck, check_attachments
from ttdn_desktop.gui.package_actions import PackageActions

# The Excel modules (and openpyxl under them, a tenth of the start) are imported by the actions
# that use them, not while the window is being built.
if TYPE_CHECKING:
    from ttdn_desktop.exchange.excel_export import ExportResult
    from ttdn_desktop.exchange.excel_import import ImportPreview, ImportResult
    from ttdn_desktop.gui.import_dialog import ImportPreviewDialog
    from ttdn_desktop.gui.main_window import MainWindow

log = logging.getLogger(__name__)

Progress = Callable[[int, int], None]
EXCEL_FILTER = "Bảng tính Excel (*.xlsx);;Tất cả các tệp (*)"
BACKUP_FILTER = f"Bản sao lưu TTĐN (*{SUFFIX});;Tất cả các tệp (*)"
TEMPLATE_NAME = "Mẫu nhập liệu TTĐN.xlsx"
MAX_SHOWN_PROBLEMS = 30
# The kind an import announces: pages read their records again whatever the kind (only the
# reports page looks at it, for "unit"), so one broadcast refreshes every list once.
IMPORTED_KIND = "documents"


def export_file_name(year: int) -> str:
    """The proposed name of a year's workbook."""
    return f"Số liệu TTĐN năm {year}.xlsx"


class Cancelled(Exception):
    """Raised inside the progress callback when the officer pressed “Hủy”."""


class JobSignals(QObject):
    progress = Signal(int, int)  # steps done, steps in all
    finished = Signal(object)  # the function's result
    failed = Signal(str)  # a Vietnamese message; "" when cancelled


class DataJob(QRunnable):
    """Run `work(progress)` in a worker thread and report back through Qt signals."""

    def __init__(self, work: Callable[[Progress], Any]) -> None:
        super().__init__()
        self.setAutoDelete(False)  # DataActions keeps the Python object until it reports back
        self.work = work
        self.signals = JobSignals()
        self._cancel = threading.Event()

    def cancel(self) -> None:
        self._cancel.set()

    def _progress(self, done: int, total: int) -> None:
        if self._cancel.is_set():
            raise Cancelled
        self.signals.progress.emit(done, total)

    def run(self) -> None:
        try:
            result = self.work(self._progress)
            if self._cancel.is_set():
                raise Cancelled
        except Cancelled:
            self.signals.failed.emit("")
        except TtdnError as exc:
            self.signals.failed.emit(str(exc))
        except Exception as exc:  # shown to the officer, logged for us
            log.exception("data action failed")
            self.signals.failed.emit(f"Đã xảy ra lỗi không lường trước: {exc}")
        else:
            self.signals.finished.emit(result)


class DataActions(QObject):
    """The data actions of one main window; `add_to_menu` puts them in its “Tệp” menu."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        self.jobs: list[DataJob] = []
        self.preview_dialog: ImportPreviewDialog | None = None
        self.last_folder: Path | None = None
        self.packages = PackageActions(self)

    @property
    def busy(self) -> bool:
        return bool(self.jobs)

    def add_to_menu(self, menu: QMenu) -> None:
        entries = [
            ("Sao lưu…", "backupAction", self.back_up),
            ("Khôi phục…", "restoreAction", self.restore),
            ("Kiểm tra dữ liệu", "checkAction", self.check),
            (None, None, None),
            ("Xuất Excel năm đang xem…", "exportYearAction", self.export_year),
            ("Tải mẫu nhập Excel…", "templateAction", self.save_template),
            ("Nhập từ Excel…", "importAction", self.import_excel),
            (None, None, None),
            ("Xuất gói dữ liệu gửi cấp trên…", "exportPackageAction", self.packages.export_package),
            (
                "Nhận gói dữ liệu từ đơn vị cấp dưới…",
                "receivePackageAction",
                self.packages.receive_package,
            ),
        ]
        for label, name, slot in entries:
            if label is None:
                menu.addSeparator()
                continue
            action = menu.addAction(label)
            action.setObjectName(name)
            action.triggered.connect(lambda _checked=False, s=slot: s())

    # Running work off the GUI thread ---------------------------------------------------------
    def run(
        self,
        label: str,
        work: Callable[[Progress], Any],
        done: Callable[[Any], None],
        *,
        cancellable: bool = True,
        failed: Callable[[str], None] | None = None,
        title: str = "Không thực hiện được",
    ) -> DataJob:
        """Run `work` in the thread pool behind a progress dialog; call `done` with its result.

        A non-cancellable job (restore) shows a window-modal dialog so nothing else touches
        the database meanwhile; the others leave the window usable.
        """
        job = DataJob(work)
        dialog = QProgressDialog(label, "Hủy", 0, 0, self.window)
        dialog.setWindowTitle("TTĐN Desktop")
        dialog.setMinimumDuration(400)
        dialog.setAutoClose(False)
        dialog.setAutoReset(False)
        if cancellable:
            dialog.canceled.connect(job.cancel)
        else:
            dialog.setCancelButton(None)
            dialog.setWindowModality(Qt.WindowModality.WindowModal)

        def on_progress(step: int, total: int) -> None:
            dialog.setMaximum(max(total, 0))
            dialog.setValue(min(step, total) if total > 0 else 0)

        def finish() -> None:
            dialog.close()
            dialog.deleteLater()
            if job in self.jobs:
                self.jobs.remove(job)

        def on_finished(result: Any) -> None:
            finish()
            done(result)

        def on_failed(message: str) -> None:
            finish()
            if failed is not None:
                failed(message)
            elif message:
                self.warn(title, message)

        job.signals.progress.connect(on_progress)
        job.signals.finished.connect(on_finished)
        job.signals.failed.connect(on_failed)
        self.jobs.append(job)
        QThreadPool.globalInstance().start(job)
        return job

    def shutdown(self) -> None:
        """Before the window closes: stop what can stop; a restore finishes, never halved."""
        for job in list(self.jobs):
            job.cancel()
        QThreadPool.globalInstance().waitForDone()

    # Talking to the officer ------------------------------------------------------------------
    def inform(self, title: str, text: str) -> None:
        QMessageBox.information(self.window, title, text)

    def warn(self, title: str, text: str) -> None:
        QMessageBox.warning(self.window, title, text)

    def start_folder(self) -> Path:
        if self.last_folder is not None and self.last_folder.is_dir():
            return self.last_folder
        documents = QStandardPaths.writableLocation(
            QStandardPaths.StandardLocation.DocumentsLocation
        )
        return Path(documents) if documents else Path.home()

    def refuse_while_busy(self) -> bool:
        """Restore and import wait for running work (a backup being written, say) to end."""
        if not self.busy:
            return False
        self.warn(
            "Xin chờ một chút",
            "Chương trình đang làm một việc khác với dữ liệu (sao lưu, xuất, kiểm tra…). "
            "Hãy chờ việc đó xong rồi thử lại.",
        )
        return True

    def refuse_server_database(self, what: str) -> bool:
        if self.window.db.path is not None:
            return False
        self.warn(
            f"Không {what} được",
            f"{what.capitalize()} bằng chương trình chỉ áp dụng cho cơ sở dữ liệu trong tệp "
            "(SQLite). Với máy chủ PostgreSQL, hãy dùng công cụ của máy chủ (pg_dump, pg_restore).",
        )
        return True

    # Sao lưu ---------------------------------------------------------------------------------
    def back_up(self) -> DataJob | None:
        if self.refuse_server_database("sao lưu"):
            return None
        folder = QFileDialog.getExistingDirectory(
            self.window,
            "Chọn thư mục ghi bản sao lưu (ví dụ ổ USB)",
            str(self.start_folder()),
        )
        if not folder:
            return None
        self.last_folder = Path(folder)
        db = self.window.db

        def work(progress: Progress) -> BackupInfo:
            return create_backup(db, new_backup_path(Path(folder), "manual"), progress=progress)

        def done(info: BackupInfo) -> None:
            self.window.statusBar().showMessage(f"Đã sao lưu vào {info.path}", 10000)
            self.inform(
                "Đã sao lưu",
                f"Đã sao lưu dữ liệu vào tệp:\n{info.path}\n\n"
                + "\n".join(info.summary_lines()[1:]),
            )

        return self.run("Đang sao lưu dữ liệu…", work, done, title="Không sao lưu được")

    # Khôi phục -------------------------------------------------------------------------------
    def restore(self) -> DataJob | None:
        if self.refuse_while_busy() or self.refuse_server_database("khôi phục"):
            return None
        path, _filter = QFileDialog.getOpenFileName(
            self.window, "Khôi phục từ bản sao lưu", str(self.start_folder()), BACKUP_FILTER
        )
        if not path:
            return None
        self.last_folder = Path(path).parent
        return self.run(
            "Đang kiểm tra tệp sao lưu…",
            lambda _progress: describe_backup(Path(path)),
            self.confirm_restore,
            title="Không khôi phục được",
        )

    def confirm_restore(self, info: BackupInfo) -> DataJob | None:
        target = self.window.db.path
        if target is None or self.refuse_while_busy():
            return None
        answer = QMessageBox.question(
            self.window,
            "Khôi phục dữ liệu?",
            "Tệp sao lưu hợp lệ (mọi mã kiểm tra đều đúng):\n\n"
            + "\n".join(info.summary_lines())
            + f"\n\nDữ liệu đang mở ({target}) sẽ được thay bằng dữ liệu trong bản sao lưu. "
            "Dữ liệu hiện tại được sao lưu trước khi thay. Khôi phục?",
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No,
        )
        if answer != QMessageBox.StandardButton.Yes:
            return None
        # NullPool: closing leaves no connection on the file, so restore may replace it.
        self.window.db.close()

        def done(result: RestoreResult) -> None:
            try:
                db = open_database(target, create=False)
            except TtdnError as exc:
                self.warn(
                    "Không mở được dữ liệu đã khôi phục",
                    f"Đã chép bản sao lưu vào “{target}” nhưng không mở được: {exc}"
                    + (
                        f"\n\nDữ liệu trước khi khôi phục được giữ tại “{result.safety_backup}”."
                        if result.safety_backup
                        else ""
                    ),
                )
                return
            self.window.set_database(db)
            safety = (
                f"\n\nDữ liệu trước khi khôi phục đã được sao lưu tại:\n{result.safety_backup}"
                if result.safety_backup
                else ""
            )
            self.inform(
                "Đã khôi phục",
                f"Đã khôi phục dữ liệu ngày {info.created_at:%d/%m/%Y %H:%M} "
                f"({result.attachments_written} tệp đính kèm được chép lại).{safety}",
            )

        return self.run(
            "Đang khôi phục dữ liệu…",
            lambda progress: restore_backup(target, info.path, progress=progress),
            done,
            cancellable=False,
            title="Không khôi phục được",
        )

    # Kiểm tra dữ liệu ------------------------------------------------------------------------
    def check(self) -> DataJob:
        db = self.window.db

        def work(progress: Progress) -> tuple[CheckReport, AttachmentCheck]:
            return check_database(db), check_attachments(db, progress=progress)

        def done(result: tuple[CheckReport, AttachmentCheck]) -> None:
            report, attachments = result
            problems = report.problems + [p.message for p in attachments.problems]
            checked = f"Đã kiểm tra cơ sở dữ liệu và {attachments.checked} tệp đính kèm."
            if not problems:
                self.inform(
                    "Kiểm tra dữ liệu",
                    f"Không phát hiện vấn đề nào. {checked}\n"
                    f"Phiên bản lược đồ: {report.schema_revision}.",
                )
                return
            shown = "\n".join(f"• {p}" for p in problems[:MAX_SHOWN_PROBLEMS])
            more = (
                f"\n… và {len(problems) - MAX_SHOWN_PROBLEMS} vấn đề khác."
                if len(problems) > MAX_SHOWN_PROBLEMS
                else ""
            )
            self.warn(
                "Kiểm tra dữ liệu",
                f"Phát hiện {len(problems)} vấn đề. {checked}\n\n{shown}{more}\n\n"
                "Có thể khôi phục từ một bản sao lưu (Tệp › Khôi phục…).",
            )

        return self.run("Đang kiểm tra dữ liệu…", work, done, title="Không kiểm tra được")

    # Excel ------------------------------------------------------------------------------------
    def ask_save_path(self, caption: str, name: str) -> Path | None:
        chosen, _filter = QFileDialog.getSaveFileName(
            self.window, caption, str(self.start_folder() / name), EXCEL_FILTER
        )
        if not chosen:
            return None
        path = Path(chosen)
        if path.suffix.lower() != ".xlsx":
            path = path.with_name(path.name + ".xlsx")
        self.last_folder = path.parent
        return path

    def export_year(self) -> DataJob | None:
        year = self.window.year
        path = self.ask_save_path(f"Xuất số liệu năm {year} ra Excel", export_file_name(year))
        if path is None:
            return None
        db = self.window.db

        def work(progress: Progress) -> ExportResult:
            from ttdn_desktop.exchange import excel_export

            with db.session() as session:
                return excel_export.export_year(session, year, path, progress=progress)

        def done(result: ExportResult) -> None:
            counts = "\n".join(f"• {name}: {n} bản ghi" for name, n in result.rows.items())
            self.inform(
                "Đã xuất Excel", f"Đã xuất số liệu năm {year} ra:\n{result.path}\n\n{counts}"
            )

        return self.run(f"Đang xuất số liệu năm {year}…", work, done, title="Không xuất được")

    def save_template(self) -> DataJob | None:
        path = self.ask_save_path("Lưu tệp mẫu nhập Excel", TEMPLATE_NAME)
        if path is None:
            return None

        def done(written: Path) -> None:
            self.inform(
                "Đã tạo tệp mẫu",
                f"Đã lưu tệp mẫu nhập liệu:\n{written}\n\n"
                "Điền mỗi bản ghi vào một dòng của trang tính tương ứng, rồi chọn "
                "Tệp › Nhập từ Excel…",
            )

        def work(_progress: Progress) -> Path:
            from ttdn_desktop.exchange.excel_template import write_template

            return write_template(path)

        return self.run(
            "Đang tạo tệp mẫu…",
            work,
            done,
            title="Không tạo được tệp mẫu",
        )

    def import_excel(self) -> DataJob | None:
        if self.refuse_while_busy():
            return None
        chosen, _filter = QFileDialog.getOpenFileName(
            self.window, "Nhập dữ liệu từ Excel", str(self.start_folder()), EXCEL_FILTER
        )
        if not chosen:
            return None
        path = Path(chosen)
        self.last_folder = path.parent
        db = self.window.db

        def work(progress: Progress) -> ImportPreview:
            from ttdn_desktop.exchange.excel_import import preview_import

            with db.session() as session:
                return preview_import(session, path, progress)

        return self.run(
            "Đang đọc tệp Excel…",
            work,
            lambda preview: self.show_preview(path, preview),
            title="Không nhập được",
        )

    def show_preview(self, path: Path, preview: ImportPreview) -> ImportPreviewDialog:
        from ttdn_desktop.gui.import_dialog import ImportPreviewDialog

        if self.preview_dialog is not None:
            self.preview_dialog.close()
        dialog = ImportPreviewDialog(path, preview, self.window)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.accepted.connect(lambda: self.apply_import(path))
        dialog.destroyed.connect(lambda _obj=None: self._forget_preview(dialog))
        self.preview_dialog = dialog
        dialog.show()  # not modal: the officer may look at the lists meanwhile
        return dialog

    def _forget_preview(self, dialog: ImportPreviewDialog) -> None:
        if self.preview_dialog is dialog:
            self.preview_dialog = None

    def apply_import(self, path: Path) -> DataJob | None:
        if self.refuse_while_busy():
            return None
        db = self.window.db

        def work(progress: Progress) -> tuple[ImportResult, Path | None]:
            from ttdn_desktop.exchange.excel_import import import_workbook

            # excel_import makes no backup itself: keep the data as it was before importing.
            safety = backup_now(db, "before-import") if db.path is not None else None
            with db.session() as session:
                return import_workbook(session, path, accept=True, progress=progress), safety

        def done(outcome: tuple[ImportResult, Path | None]) -> None:
            result, safety = outcome
            self.window.broadcast_change(IMPORTED_KIND)
            created = sum(result.created.values())
            lines = [f"• {name}: {n} bản ghi" for name, n in result.created.items()]
            lines += [
                f"• {result.preview.count('existing')} dòng đã có được bỏ qua",
                f"• {len(result.preview.invalid)} dòng lỗi không nhập",
                f"• Thêm {result.organizations_created} cơ quan, tổ chức và "
                f"{result.topics_created} chủ đề vào danh mục",
            ]
            if safety is not None:
                lines.append(f"\nDữ liệu trước khi nhập đã được sao lưu tại:\n{safety}")
            self.window.statusBar().showMessage(f"Đã nhập {created} bản ghi từ Excel", 10000)
            self.inform(
                "Đã nhập", f"Đã nhập {created} bản ghi từ “{path.name}”.\n\n" + "\n".join(lines)
            )

        return self.run("Đang nhập dữ liệu…", work, done, cancellable=True, title="Không nhập được")
