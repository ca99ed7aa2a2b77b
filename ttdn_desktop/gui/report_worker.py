"""Building and rendering reports off the GUI thread, for the “Báo cáo” page.

`ReportRequest` says what to build (which report, which period, which options) as plain data;
`build_document` turns it into a `ReportDocument` in one short session; `RenderTask` runs
build-and-render in a thread pool and reports back through Qt signals. The core functions know
nothing of Qt: cancelling works through their progress callback.
"""

from __future__ import annotations

import copy
import logging
import threading
from dataclasses import dataclass, field
from pathlib import Path

from PySide6.QtCore import QObject, QRunnable, Signal

from ttdn_desktop.core.database import Database
from ttdn_desktop.core.errors import TtdnError
from ttdn_desktop.core.periods import Period
from ttdn_desktop.reports.annual import ReportOptions, build_report
from ttdn_desktop.reports.content import ReportDocument
from ttdn_desktop.reports.registers import build_annex, build_register
from ttdn_desktop.reports.render import render

log = logging.getLogger(__name__)

# What the page can produce: code -> Vietnamese label.
REPORT_CHOICES: dict[str, str] = {
    "report": "Báo cáo kết quả công tác TTĐN",
    "annex": "Phụ lục số liệu",
    "register": "Sổ theo dõi",
}


@dataclass
class ReportRequest:
    """Everything that decides the content of one document; equal requests give equal documents."""

    choice: str  # a key of REPORT_CHOICES
    period: Period
    options: ReportOptions = field(default_factory=ReportOptions)
    register_kind: str | None = None

    @property
    def issued_kind(self) -> str:
        """How the register of issued reports names it: "annual" for a year, else "period"."""
        return "annual" if self.period.name.startswith("năm") else "period"

    @property
    def is_numbered_report(self) -> bool:
        """An annual or periodic report with a number: saving it enters the issued register."""
        return self.choice == "report" and bool((self.options.number or "").strip())


def build_document(db: Database, request: ReportRequest) -> ReportDocument:
    """Build the document a request describes (one short session; the request is not changed).

    Raises:
        TtdnError: e.g. ValidationError when the database has no unit yet.
    """
    # build_report fills options.previous_stats: work on a copy so requests stay comparable.
    options = copy.deepcopy(request.options)
    with db.session() as session:
        if request.choice == "annex":
            return build_annex(session, request.period, options)
        if request.choice == "register":
            return build_register(session, request.register_kind or "", request.period, options)
        return build_report(session, request.period, options)


class Cancelled(Exception):
    """Raised inside the progress callback when the officer pressed “Hủy”."""


class TaskSignals(QObject):
    # (the task, steps done, steps in all)
    progress = Signal(object, int, int)
    # (the task, the document, the written path)
    finished = Signal(object, object, object)
    # (the task, a Vietnamese message)
    failed = Signal(object, str)


class RenderTask(QRunnable):
    """Build (unless given a document) and render one report to `path`, in a worker thread.

    Args:
        db: the open database.
        path: where the file goes; its extension or `fmt` chooses the format.
        request: what to build, when `document` is None.
        document: an already built document (e.g. the one whose name the save dialog proposed).
        fmt: "pdf", "docx" or "xlsx"; None for the path's extension.
        purpose: what the page does with the result ("preview", "save").
    """

    def __init__(
        self,
        db: Database,
        path: Path,
        *,
        request: ReportRequest | None = None,
        document: ReportDocument | None = None,
        fmt: str | None = None,
        purpose: str = "preview",
    ) -> None:
        super().__init__()
        if request is None and document is None:
            raise ValueError("a request or a document is needed")
        self.setAutoDelete(False)  # the page keeps the Python object until it reports back
        self.db = db
        self.path = path
        self.request = request
        self.document = document
        self.fmt = fmt
        self.purpose = purpose
        self.signals = TaskSignals()
        self._cancel = threading.Event()

    def cancel(self) -> None:
        self._cancel.set()

    @property
    def cancelled(self) -> bool:
        return self._cancel.is_set()

    def _progress(self, done: int, total: int) -> None:
        if self._cancel.is_set():
            raise Cancelled
        self.signals.progress.emit(self, done, total)

    def run(self) -> None:
        try:
            document = self.document
            if document is None:
                assert self.request is not None
                document = build_document(self.db, self.request)
            if self._cancel.is_set():
                raise Cancelled
            self.signals.progress.emit(self, 0, 1)
            written = render(document, self.path, self.fmt, overwrite=True, progress=self._progress)
        except Cancelled:
            self.signals.failed.emit(self, "")
        except TtdnError as exc:
            self.signals.failed.emit(self, str(exc))
        except ImportError as exc:
            log.warning("renderer missing: %s", exc)
            self.signals.failed.emit(
                self, "Phiên bản này chưa ghi được định dạng tệp đã chọn. Hãy chọn định dạng khác."
            )
        except Exception as exc:  # shown to the officer, logged for us
            log.exception("report rendering failed")
            self.signals.failed.emit(
                self, f"Không lập được báo cáo do lỗi không lường trước: {exc}"
            )
        else:
            self.signals.finished.emit(self, document, written)
