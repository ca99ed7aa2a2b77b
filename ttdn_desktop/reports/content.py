"""What a report says, before any renderer decides how it looks.

A builder (e.g. reports.annual) turns the database and a period into a `ReportDocument`; the PDF,
DOCX and XLSX renderers turn a `ReportDocument` into a file. Nothing here knows about files,
fonts or Qt.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import StrEnum

from ttdn_desktop.reports import nd30


class Style(StrEnum):
    HEADING1 = "heading1"  # "I. KẾT QUẢ THỰC HIỆN": bold, upper case, indented like body
    HEADING2 = "heading2"  # "1. Công tác tham mưu…": bold, indented like body
    HEADING3 = "heading3"  # "a) Ưu điểm": bold italic, indented like body
    BODY = "body"  # justified, first-line indent
    BULLET = "bullet"  # "- …" lines: justified, first-line indent


@dataclass
class Paragraph:
    text: str
    style: Style = Style.BODY


@dataclass
class Signer:
    authority: str | None  # "KT. GIÁM ĐỐC"
    title: str | None  # "PHÓ GIÁM ĐỐC"
    name: str | None


@dataclass
class Header:
    """The two-column header of Nghị định 30/2020: issuing body on the left, nation on the right."""

    parent_body: str  # "UBND TỈNH BẮC KẠN"
    body_name: str  # "SỞ THÔNG TIN VÀ TRUYỀN THÔNG"
    number_line: str  # "Số: 651/BC-STTTT" or "Số:      /BC-STTTT" when not numbered yet
    place_date: str  # "Bắc Kạn, ngày 21 tháng 12 năm 2020"

    @property
    def parent_lines(self) -> str:
        return nd30.header_lines(self.parent_body, nd30.PARENT_BODY_PT, bold=False)

    @property
    def body_lines(self) -> str:
        return nd30.header_lines(self.body_name, nd30.BODY_NAME_PT, bold=True)


@dataclass
class TableColumn:
    title: str
    width_mm: float
    align: str = "left"  # left, center, right
    is_number: bool = False


@dataclass
class Table:
    """A table of the annex or a register. Cells are str, int, float or None."""

    title: str
    columns: list[TableColumn]
    rows: list[list[str | int | float | None]]
    note: str | None = None
    # Rows (by index) printed in bold: group headings and totals.
    bold_rows: set[int] = field(default_factory=set)
    # Font size in points; None leaves the renderer's default for tables.
    font_pt: float | None = None
    # A bold line printed above the table in PDF and DOCX (the XLSX prints `title` anyway):
    # for a table that follows another in the same annex.
    heading: str | None = None


@dataclass
class ReportDocument:
    """An administrative document (báo cáo) ready to render."""

    header: Header
    doc_type: str  # "BÁO CÁO"
    subject: str  # "Kết quả công tác thông tin đối ngoại năm 2020"
    period_note: str | None  # "(Số liệu tính từ ngày 15/12/2019 đến ngày 14/12/2020)"
    addressees: list[str]  # Kính gửi
    body: list[Paragraph]
    distribution: list[str]  # Nơi nhận, the last line "Lưu: VT, …"
    signer: Signer
    tables: list[Table] = field(default_factory=list)
    # With a title, the tables form an annex after the signature; without, they follow the body.
    annex_title: str | None = None
    # Landscape pages, for registers whose tables are wide.
    landscape: bool = False
