"""Harness only: check the seed's figures in the annual reports written by the installed program.

    python check_reports.py REPORT.pdf REPORT.docx REPORT.xlsx

Runs on Linux (the project's venv: python-docx, openpyxl; pdftotext from poppler-utils). Text may
be split across runs, cells or lines, so each file's text is joined and whitespace-normalised
before the figures are looked for.
"""

from __future__ import annotations

import re
import subprocess
import sys

EXPECTED = (
    "06 Hội nghị cung cấp thông tin cho báo chí",
    "10 Hội nghị giao ban",
    "01 cuộc họp báo",
    "51 nội dung",
    "1.850 lượt",
)


def pdf_text(path: str) -> str:
    return subprocess.run(["pdftotext", "-layout", path, "-"], check=True, capture_output=True,
                          text=True).stdout


def docx_text(path: str) -> str:
    import docx

    document = docx.Document(path)
    parts = [p.text for p in document.paragraphs]
    for table in document.tables:
        for row in table.rows:
            parts.extend(cell.text for cell in row.cells)
    return "\n".join(parts)


def xlsx_text(path: str) -> str:
    import openpyxl

    book = openpyxl.load_workbook(path, read_only=True)
    parts = []
    for sheet in book.worksheets:
        for row in sheet.iter_rows(values_only=True):
            parts.append(" ".join(str(v) for v in row if v is not None))
    return "\n".join(parts)


def normalised(text: str) -> str:
    return re.sub(r"\s+", " ", text).casefold()


def main(paths: list[str]) -> int:
    readers = {".pdf": pdf_text, ".docx": docx_text, ".xlsx": xlsx_text}
    failed = False
    for path in paths:
        text = normalised(readers[path[path.rindex("."):]](path))
        missing = [f for f in EXPECTED if normalised(f) not in text]
        print(f"{path}: " + ("the seed's figures are there" if not missing
                             else f"MISSING {missing}"))
        failed |= bool(missing)
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
