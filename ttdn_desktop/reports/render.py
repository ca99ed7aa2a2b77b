"""One entry to every renderer: choose by format, write atomically, propose a file name."""

from __future__ import annotations

import os
import re
import tempfile
import unicodedata
from collections.abc import Callable
from pathlib import Path

from ttdn_desktop.core.errors import TtdnError
from ttdn_desktop.reports.content import ReportDocument

FORMATS: dict[str, str] = {"pdf": "PDF", "docx": "Word (DOCX)", "xlsx": "Excel (XLSX)"}
ProgressCallback = Callable[[int, int], None]

# Characters Windows refuses in file names.
_FORBIDDEN = re.compile(r'[<>:"/\\|?*\x00-\x1f]')


class OutputError(TtdnError):
    """The report cannot be written where asked."""


def format_of(path: Path, fmt: str | None = None) -> str:
    chosen = (fmt or path.suffix.lstrip(".")).lower()
    if chosen not in FORMATS:
        raise OutputError(
            f"Không rõ định dạng của tệp “{path.name}”: hãy dùng đuôi .pdf, .docx hoặc .xlsx."
        )
    return chosen


def proposed_file_name(doc: ReportDocument, fmt: str) -> str:
    """A Vietnamese file name safe on Windows: 'Báo cáo 651-BC-STTTT Kết quả … năm 2020.pdf'."""
    number = doc.header.number_line.removeprefix("Số:").strip()
    numbered = bool(number) and not number.startswith("/")
    label = (
        f"{doc.doc_type.capitalize()} {number.replace('/', '-')}"
        if numbered
        else (doc.doc_type.capitalize())
    )
    stem = _FORBIDDEN.sub("-", f"{label} {doc.subject}")
    stem = unicodedata.normalize("NFC", " ".join(stem.split())).rstrip(". ")
    return f"{stem[:150]}.{fmt}"


def render(
    doc: ReportDocument,
    path: Path,
    fmt: str | None = None,
    *,
    overwrite: bool = False,
    progress: ProgressCallback | None = None,
) -> Path:
    """Write the document in the format named by `fmt` or by the file's extension.

    The file appears complete or not at all: it is written beside the target and renamed.

    Raises:
        OutputError: the format is unknown, the file exists (without `overwrite`), or the folder
            cannot be written; the message says which, in Vietnamese.
    """
    chosen = format_of(path, fmt)
    path = Path(path)
    if path.exists() and not overwrite:
        raise OutputError(f"Tệp “{path}” đã có. Chọn tên khác, hoặc dùng --force để ghi đè.")
    if not path.parent.is_dir():
        raise OutputError(f"Thư mục “{path.parent}” không tồn tại.")
    renderer = _renderer(chosen)
    try:
        handle, temp_name = tempfile.mkstemp(prefix=".ttdn-", suffix=f".{chosen}", dir=path.parent)
        os.close(handle)
    except OSError as exc:
        raise OutputError(
            f"Không ghi được vào thư mục “{path.parent}”: {exc.strerror or exc}."
        ) from exc
    temp = Path(temp_name)
    try:
        renderer(doc, temp, progress)
        os.replace(temp, path)
    except OSError as exc:
        raise OutputError(f"Không ghi được tệp “{path}”: {exc.strerror or exc}.") from exc
    finally:
        temp.unlink(missing_ok=True)
    return path


def _renderer(fmt: str) -> Callable[[ReportDocument, Path, ProgressCallback | None], Path]:
    # Imported on use: each renderer pulls in a large library the others do not need.
    if fmt == "pdf":
        from ttdn_desktop.reports.pdf import render_pdf

        return render_pdf
    if fmt == "docx":
        from ttdn_desktop.reports.docx import render_docx

        return render_docx
    from ttdn_desktop.reports.xlsx import render_xlsx

    return render_xlsx
