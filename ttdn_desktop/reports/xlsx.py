"""XLSX renderer (openpyxl): the report's figures for the level above to add up.

Sheet "Số liệu" holds the tables of the document with real numbers (an int stays an int, so a
consolidating office can sum the "Thực hiện" column); sheet "Báo cáo" holds the whole text, one
paragraph per row. Every string is written as text, never as a formula: the distribution lines
("- Như trên;") begin with a minus sign, and a cell beginning with "=" would be evaluated.
"""

from __future__ import annotations

import math
from collections.abc import Callable, Hashable
from copy import copy
from pathlib import Path

from openpyxl import Workbook
from openpyxl.cell.cell import ILLEGAL_CHARACTERS_RE, Cell
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.styles.cell_style import StyleArray
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.worksheet import Worksheet

from ttdn_desktop import __version__
from ttdn_desktop.reports import nd30
from ttdn_desktop.reports.content import ReportDocument, Style, Table

ProgressCallback = Callable[[int, int], None]

DATA_SHEET = "Số liệu"
TEXT_SHEET = "Báo cáo"

FONT = nd30.FONT_FAMILY_NAME
CELL_PT = nd30.TABLE_PT
TITLE_PT = nd30.BODY_PT - 1
# Excel column widths count characters of the default font; a millimetre of the PDF's column is
# about half a character.
CHARS_PER_MM = 0.5
MIN_COLUMN_CHARS = 6
# The text column fits the printable width of a portrait A4 page without scaling: a character of
# the default font is about 1.9 mm in Excel (Calibri) and 2.2 mm in LibreOffice without Carlito,
# whose fit-to-width did not shrink this one-column sheet.
TEXT_COLUMN_CHARS = int(nd30.TEXT_WIDTH_MM / 2.2)
# Row heights are written, not left to the reader: Excel does not grow a row for wrapped text
# when it opens a file. A line of 12 pt text takes about 15.75 pt.
LINE_HEIGHT_FACTOR = 1.3
NUMBER_FORMAT_INT = "#,##0"
NUMBER_FORMAT_FLOAT = "#,##0.0"
HEADER_FILL = PatternFill("solid", start_color="FFD9D9D9", end_color="FFD9D9D9")
THIN = Side(style="thin", color="FF000000")
BORDER = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
# A string beginning with one of these is a formula (or becomes one when edited) in a spreadsheet.
FORMULA_TRIGGERS = ("=", "+", "-", "@", "\t", "\r")


def excel_text(value: str) -> tuple[str, bool]:
    """A string as Excel may hold it, and whether it must be marked as text.

    openpyxl refuses control characters and would store "=…" as a live formula; the second item
    says the cell needs data type "s" and a quote prefix so no reader evaluates it, even after an
    edit. Every workbook the program writes goes through here.
    """
    cleaned = ILLEGAL_CHARACTERS_RE.sub("", value) if not value.isprintable() else value
    return cleaned, cleaned.startswith(FORMULA_TRIGGERS)


_HORIZONTAL = {"left": "left", "center": "center", "right": "right"}


def render_xlsx(doc: ReportDocument, path: Path, progress: ProgressCallback | None = None) -> Path:
    """Write the document's tables and text as an Excel workbook; return the path."""
    workbook = Workbook()
    data = workbook.active
    data.title = DATA_SHEET
    _data_sheet(data, doc)
    if progress:
        progress(1, 3)
    _text_sheet(workbook.create_sheet(TEXT_SHEET), doc)
    if progress:
        progress(2, 3)
    props = workbook.properties
    props.title = f"{doc.doc_type} {doc.subject}"
    props.subject = doc.subject
    props.creator = doc.header.body_name
    props.lastModifiedBy = doc.header.body_name
    props.description = f"TTĐN Desktop {__version__}"
    props.language = "vi-VN"
    workbook.active = 0
    workbook.save(str(path))
    if progress:
        progress(3, 3)
    return path


def put(
    sheet: Worksheet,
    row: int,
    column: int,
    value: str | int | float | None,
    *,
    bold: bool = False,
    italic: bool = False,
    size: float = CELL_PT,
) -> Cell:
    """Write one cell in the document font; a string is always stored as text."""
    cell = sheet.cell(row=row, column=column)
    if isinstance(value, str):
        value, looks_like_formula = excel_text(value)
        cell.value = value
        # Text stays text: "#N/A" is not an error and "=…" not a formula.
        cell.data_type = "s"
        if looks_like_formula:
            cell.quotePrefix = True
    else:
        cell.value = value
        if isinstance(value, bool):
            pass
        elif isinstance(value, int):
            cell.number_format = NUMBER_FORMAT_INT
        elif isinstance(value, float):
            cell.number_format = NUMBER_FORMAT_FLOAT
    cell.font = Font(name=FONT, size=size, bold=bold, italic=italic)
    return cell


class _Looks:
    """Cells that look alike share one array of style indices.

    openpyxl finds each Font, Alignment, Border and fill set on a cell among the workbook's by
    hashing it, field by field: about 0.15 ms a cell, 60% of writing a long report's workbook.
    The first cell of each look is styled through openpyxl and the others copy its array, as
    openpyxl's own copying of cells does; the file is the same, byte for byte. An instance
    serves one workbook only: the indices point into that workbook's lists.
    """

    def __init__(self) -> None:
        self._arrays: dict[Hashable, StyleArray] = {}

    def put(
        self,
        sheet: Worksheet,
        row: int,
        column: int,
        value: str | int | float | None,
        look: Hashable,
        style: Callable[[Cell], object],
        *,
        bold: bool = False,
        italic: bool = False,
    ) -> Cell:
        """put(…, bold=bold, italic=italic) then style(cell); `look` names what `style` sets."""
        text, quoted = excel_text(value) if isinstance(value, str) else (None, False)
        # put's number format and quote prefix follow the value's type.
        key = (look, bold, italic, type(value), quoted)
        array = self._arrays.get(key)
        if array is None:
            cell = put(sheet, row, column, value, bold=bold, italic=italic)
            style(cell)
            self._arrays[key] = copy(cell._style)
            return cell
        cell = sheet.cell(row=row, column=column)
        if text is not None:
            cell.value = text
            cell.data_type = "s"
        else:
            cell.value = value
        cell._style = copy(array)
        return cell


def _lines(text: str, width_chars: float, bold: bool = False) -> int:
    """How many lines a wrapped text takes in a column (a slightly generous estimate).

    Measured in LibreOffice: a column N characters wide holds about 1.15 N characters of
    Vietnamese text in 12 pt Times New Roman (Liberation Serif), a little less in bold.
    """
    per_line = max(1, int(width_chars * (1.0 if bold else 1.08)) - 1)
    return sum(max(1, math.ceil(len(part) / per_line)) for part in text.split("\n"))


def _height(lines: int, size: float = CELL_PT) -> float:
    return round(lines * size * LINE_HEIGHT_FACTOR + 2, 2)


def _merged_line(
    sheet: Worksheet,
    row: int,
    columns: int,
    text: str,
    *,
    bold: bool = False,
    italic: bool = False,
    size: float = TITLE_PT,
    horizontal: str = "center",
    first_column: int = 1,
    width_chars: float | None = None,
) -> None:
    cell = put(sheet, row, first_column, text, bold=bold, italic=italic, size=size)
    cell.alignment = Alignment(horizontal=horizontal, vertical="center", wrap_text=True)
    if columns > 1:
        sheet.merge_cells(
            start_row=row,
            start_column=first_column,
            end_row=row,
            end_column=first_column + columns - 1,
        )
    if width_chars:
        sheet.row_dimensions[row].height = _height(_lines(text, width_chars, bold), size)


def _column_chars(width_mm: float) -> float:
    return max(MIN_COLUMN_CHARS, round(width_mm * CHARS_PER_MM, 1))


def _data_sheet(sheet: Worksheet, doc: ReportDocument) -> None:
    columns = max((len(t.columns) for t in doc.tables), default=1)
    widths: list[float] = [MIN_COLUMN_CHARS] * columns
    for table in doc.tables:
        for i, column in enumerate(table.columns):
            widths[i] = max(widths[i], _column_chars(column.width_mm))
    for i, chars in enumerate(widths, start=1):
        sheet.column_dimensions[get_column_letter(i)].width = chars
    total = sum(widths)

    h = doc.header
    row = 1
    header_chars = sum(widths[: min(columns, 3)])
    for text, bold in ((h.parent_lines, False), (h.body_lines, True)):
        # The height follows the lines: a merged cell is never grown to fit by Excel.
        _merged_line(
            sheet, row, min(columns, 3), text, bold=bold, size=CELL_PT, width_chars=header_chars
        )
        row += 1
    row += 1
    _merged_line(sheet, row, columns, doc.subject, bold=True, width_chars=total)
    row += 1
    if doc.period_note:
        _merged_line(sheet, row, columns, doc.period_note, italic=True, width_chars=total)
        row += 1
    row += 1

    first_header: int | None = None
    for table in doc.tables:
        _merged_line(sheet, row, columns, table.title, bold=True, width_chars=total)
        row += 1
        header_row = row
        first_header = first_header or header_row
        row = _table(sheet, table, row, widths)
        if table.note:
            _merged_line(
                sheet,
                row,
                columns,
                table.note,
                italic=True,
                size=CELL_PT,
                horizontal="left",
                width_chars=total,
            )
            row += 1
        row += 1

    if first_header is not None:
        sheet.freeze_panes = sheet.cell(row=first_header + 1, column=1)
        sheet.print_title_rows = f"{first_header}:{first_header}"
    _page_setup(sheet, doc.landscape)


def _table(sheet: Worksheet, table: Table, row: int, widths: list[float]) -> int:
    """Write the header row and the data rows from `row`; return the next free row."""
    lines = 1
    for c, column in enumerate(table.columns, start=1):
        cell = put(sheet, row, c, column.title, bold=True)
        cell.alignment = Alignment(horizontal="center", vertical="center", wrap_text=True)
        cell.fill = HEADER_FILL
        cell.border = BORDER
        lines = max(lines, _lines(column.title, widths[c - 1], bold=True))
    sheet.row_dimensions[row].height = _height(lines)
    row += 1
    looks = _Looks()
    for r, values in enumerate(table.rows):
        bold = r in table.bold_rows
        lines = 1
        for c, (column, value) in enumerate(zip(table.columns, values, strict=True), start=1):
            is_text = isinstance(value, str)
            horizontal = _HORIZONTAL.get(column.align, "left")

            def style(cell: Cell, horizontal: str = horizontal, is_text: bool = is_text) -> None:
                cell.alignment = Alignment(
                    horizontal=horizontal, vertical="center", wrap_text=is_text
                )
                cell.border = BORDER

            looks.put(sheet, row, c, value, (horizontal, is_text), style, bold=bold)
            if is_text:
                lines = max(lines, _lines(value, widths[c - 1], bold))
        sheet.row_dimensions[row].height = _height(lines)
        row += 1
    return row


def _page_setup(sheet: Worksheet, landscape: bool = False) -> None:
    sheet.page_setup.paperSize = sheet.PAPERSIZE_A4
    sheet.page_setup.orientation = "landscape" if landscape else "portrait"
    sheet.page_setup.fitToWidth = 1
    sheet.page_setup.fitToHeight = 0
    sheet.sheet_properties.pageSetUpPr.fitToPage = True
    margins = sheet.page_margins
    margins.left = nd30.MARGIN_LEFT_MM / nd30.MM_PER_INCH
    margins.right = nd30.MARGIN_RIGHT_MM / nd30.MM_PER_INCH
    margins.top = nd30.MARGIN_TOP_MM / nd30.MM_PER_INCH
    margins.bottom = nd30.MARGIN_BOTTOM_MM / nd30.MM_PER_INCH
    margins.header = nd30.MARGIN_TOP_MM / 2 / nd30.MM_PER_INCH
    margins.footer = nd30.MARGIN_BOTTOM_MM / 2 / nd30.MM_PER_INCH
    sheet.print_options.horizontalCentered = True
    # Page numbers from page 2, centred at the top, as in the printed report.
    sheet.HeaderFooter.differentFirst = True
    sheet.oddHeader.center.text = "&P"
    sheet.oddHeader.center.font = f"{FONT},Regular"


def _text_sheet(sheet: Worksheet, doc: ReportDocument) -> None:
    """The report's text, one paragraph per row in a wide wrapped column A."""
    sheet.column_dimensions["A"].width = TEXT_COLUMN_CHARS
    lines: list[tuple[str, bool, bool, str]] = []  # text, bold, italic, alignment

    def add(text: str, bold: bool = False, italic: bool = False, align: str = "left") -> None:
        lines.append((text, bold, italic, align))

    h = doc.header
    add(h.parent_lines, align="center")
    add(h.body_lines, bold=True, align="center")
    add(h.number_line, align="center")
    add(nd30.NATIONAL_TITLE, bold=True, align="center")
    add(nd30.MOTTO, bold=True, align="center")
    add(h.place_date, italic=True, align="center")
    add("")
    add(doc.doc_type, bold=True, align="center")
    add(doc.subject, bold=True, align="center")
    if doc.period_note:
        add(doc.period_note, italic=True, align="center")
    add("")
    if len(doc.addressees) == 1:
        add(f"{nd30.ADDRESSEE_LABEL} {doc.addressees[0]}.", align="center")
    elif doc.addressees:
        add(nd30.ADDRESSEE_LABEL)
        for i, name in enumerate(doc.addressees):
            add(f"- {name}{'.' if i == len(doc.addressees) - 1 else ';'}")
    add("")
    for para in doc.body:
        heading = para.style in (Style.HEADING1, Style.HEADING2, Style.HEADING3)
        add(para.text, bold=heading, italic=para.style is Style.HEADING3, align="justify")
    add("")
    add(nd30.RECIPIENTS_LABEL, bold=True, italic=True)
    for line in doc.distribution:
        add(line)
    add("")
    signer = doc.signer
    for text in (signer.authority, signer.title):
        if text:
            add(text.upper(), bold=True, align="center")
    add("")
    if signer.name:
        add(signer.name, bold=True, align="center")
    if doc.tables and doc.annex_title:
        add("")
        for line in doc.annex_title.split("\n"):
            add(line, bold=not line.startswith("("), italic=line.startswith("("), align="center")
        add(f"(Bảng số liệu: xem trang tính “{DATA_SHEET}”.)", italic=True, align="center")

    looks = _Looks()
    for row, (text, bold, italic, align) in enumerate(lines, start=1):

        def style(cell: Cell, align: str = align) -> None:
            cell.alignment = Alignment(horizontal=align, vertical="top", wrap_text=True)

        looks.put(sheet, row, 1, text, align, style, bold=bold, italic=italic)
        sheet.row_dimensions[row].height = _height(_lines(text, TEXT_COLUMN_CHARS, bold))
    _page_setup(sheet)
