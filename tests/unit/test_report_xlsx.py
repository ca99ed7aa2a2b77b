"""The Excel renderer: a real file, read back with openpyxl and with LibreOffice."""

from __future__ import annotations

import csv
import shutil
from pathlib import Path

import openpyxl
import pytest

from ttdn_desktop.reports import nd30
from ttdn_desktop.reports.content import (
    Header,
    Paragraph,
    ReportDocument,
    Signer,
    Style,
    Table,
    TableColumn,
)
from ttdn_desktop.reports.render import render
from ttdn_desktop.reports.xlsx import DATA_SHEET, TEXT_SHEET, render_xlsx

# LibreOffice's CSV filter: comma, double quote, UTF-8, from line 1, quote every text cell.
CSV_FILTER = "csv:Text - txt - csv (StarCalc):44,34,76,1,,0,true,true,false"
FORMULA_LOOKING = ["=SUM(1,2)", "+84 209 3870 000", "-1", "@ghi chú", "\tthụt đầu dòng", "#N/A"]

needs_libreoffice = pytest.mark.skipif(
    shutil.which("soffice") is None or shutil.which("pdftotext") is None,
    reason="LibreOffice (soffice) and pdftotext are needed to read the file back",
)


@pytest.fixture(scope="module")
def demo_xlsx(demo_report: ReportDocument, tmp_path_factory: pytest.TempPathFactory) -> Path:
    return render_xlsx(demo_report, tmp_path_factory.mktemp("xlsx") / "report.xlsx")


def _header_row(sheet: openpyxl.worksheet.worksheet.Worksheet) -> int:
    for row in sheet.iter_rows(min_col=1, max_col=8):
        if [c.value for c in row[:2]] == ["STT", "Nội dung"]:
            return row[0].row
    raise AssertionError("no header row")


def _formula_doc() -> ReportDocument:
    """A document whose texts would be formulas or errors if written naively."""
    return ReportDocument(
        header=Header("UBND TỈNH X", "SỞ Y", "Số: 1/BC-Y", "X, ngày 01 tháng 01 năm 2021"),
        doc_type="BÁO CÁO",
        subject="Thử công thức",
        period_note=None,
        addressees=['=HYPERLINK("http://example.invalid")'],
        body=[Paragraph(t) for t in FORMULA_LOOKING] + [Paragraph("=1+1", Style.HEADING1)],
        distribution=["- Như trên;", "- Lưu: VT."],
        signer=Signer("KT. GIÁM ĐỐC", "PHÓ GIÁM ĐỐC", "Nguyễn Văn A"),
        tables=[
            Table(
                title="Bảng thử",
                columns=[TableColumn("Nội dung", 60), TableColumn("Số", 20, "right", True)],
                rows=[[text, n] for n, text in enumerate(FORMULA_LOOKING, start=1)],
            )
        ],
    )


def test_annex_numbers_are_numbers(demo_report: ReportDocument, demo_xlsx: Path) -> None:
    sheet = openpyxl.load_workbook(demo_xlsx)[DATA_SHEET]
    header = _header_row(sheet)
    width = len(demo_report.tables[0].columns)
    titles = [c.value for c in sheet[header][:width]]
    assert titles == [c.title for c in demo_report.tables[0].columns]
    done = titles.index("Thực hiện") + 1
    rate = titles.index("Tỷ lệ (%)") + 1
    values = [sheet.cell(row=header + i, column=done).value for i in range(2, 7)]
    assert values == [24, 6, 10, 1, 51]
    assert all(type(v) is int for v in values)
    assert sheet.cell(row=header + 2, column=rate).value == 100
    assert sheet.cell(row=header + 2, column=done).number_format == "#,##0"
    # Every row of the table is there, with the STT numbers as numbers too.
    table = demo_report.tables[0]
    for i, expected in enumerate(table.rows, start=1):
        assert [c.value for c in sheet[header + i][:width]] == expected


def test_sheet_layout(demo_report: ReportDocument, demo_xlsx: Path) -> None:
    workbook = openpyxl.load_workbook(demo_xlsx)
    assert workbook.sheetnames == [DATA_SHEET, TEXT_SHEET]
    sheet = workbook[DATA_SHEET]
    header = _header_row(sheet)
    assert sheet.freeze_panes == f"A{header + 1}"
    assert sheet.print_title_rows == f"${header}:${header}"
    assert str(sheet.page_setup.paperSize) == sheet.PAPERSIZE_A4
    assert sheet.sheet_properties.pageSetUpPr.fitToPage
    assert sheet.page_setup.fitToWidth == 1
    head = sheet.cell(row=header, column=2)
    assert head.font.b and head.alignment.wrap_text and head.border.left.style == "thin"
    assert head.fill.fgColor.rgb.endswith("D9D9D9")
    columns = demo_report.tables[0].columns
    for i, column in enumerate(columns):
        width = sheet.column_dimensions[chr(ord("A") + i)].width
        assert width == max(6, column.width_mm / 2)
    values = [c.value for row in sheet.iter_rows(max_row=header - 1) for c in row]
    for expected in (
        demo_report.header.parent_body,
        demo_report.header.body_name,
        demo_report.subject,
        demo_report.period_note,
    ):
        assert expected in values
    for r in demo_report.tables[0].bold_rows:
        assert sheet.cell(row=header + 1 + r, column=2).font.b
    note = sheet.cell(row=header + len(demo_report.tables[0].rows) + 1, column=1)
    assert note.value == demo_report.tables[0].note and note.font.i
    assert sheet.cell(row=1, column=1).font.name == nd30.FONT_FAMILY_NAME


def test_text_sheet_holds_the_whole_report(demo_report: ReportDocument, demo_xlsx: Path) -> None:
    sheet = openpyxl.load_workbook(demo_xlsx)[TEXT_SHEET]
    cells = {c.value: c for c in sheet["A"] if c.value}
    for para in demo_report.body:
        cell = cells[para.text]
        assert bool(cell.font.b) is (
            para.style is not Style.BODY and para.style is not Style.BULLET
        )
        assert cell.alignment.wrap_text
    for line in demo_report.distribution:
        assert line in cells
    assert "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM" in cells
    assert "Bắc Kạn, ngày 21 tháng 12 năm 2020" in cells
    assert "Triệu Đức Thắng" in cells


def test_distribution_lines_are_text_not_formulas(demo_xlsx: Path) -> None:
    workbook = openpyxl.load_workbook(demo_xlsx)
    sheet = workbook[TEXT_SHEET]
    cell = next(c for c in sheet["A"] if c.value == "- Như trên;")
    assert cell.data_type == "s"
    assert cell.quotePrefix
    for ws in workbook:
        assert not [c.coordinate for row in ws.iter_rows() for c in row if c.data_type == "f"]


def test_formula_looking_text_stays_text(tmp_path: Path) -> None:
    path = render_xlsx(_formula_doc(), tmp_path / "formulas.xlsx")
    workbook = openpyxl.load_workbook(path)
    data = workbook[DATA_SHEET]
    texts = {c.value: c for row in data.iter_rows() for c in row if isinstance(c.value, str)}
    for text in FORMULA_LOOKING:
        assert texts[text].data_type == "s", text
    body = {c.value: c for c in workbook[TEXT_SHEET]["A"] if c.value}
    for text in [*FORMULA_LOOKING, "=1+1", "- Như trên;"]:
        assert body[text].data_type == "s", text
    assert all(c.data_type != "f" for ws in workbook for row in ws.iter_rows() for c in row)


def test_properties_and_progress(demo_report: ReportDocument, tmp_path: Path) -> None:
    calls: list[tuple[int, int]] = []
    path = render_xlsx(demo_report, tmp_path / "r.xlsx", lambda d, t: calls.append((d, t)))
    assert calls and calls[-1][0] == calls[-1][1]
    props = openpyxl.load_workbook(path).properties
    assert props.title == f"BÁO CÁO {demo_report.subject}"
    assert props.creator == demo_report.header.body_name


def test_render_dispatches_by_extension(demo_report: ReportDocument, tmp_path: Path) -> None:
    path = render(demo_report, tmp_path / "report.xlsx")
    assert openpyxl.load_workbook(path).sheetnames == [DATA_SHEET, TEXT_SHEET]


@needs_libreoffice
def test_libreoffice_sees_numbers_and_text(
    demo_xlsx: Path, libreoffice, pdf_text, tmp_path: Path
) -> None:
    # The CSV of the first sheet quotes text cells only: an unquoted field is a number.
    raw = libreoffice(demo_xlsx, CSV_FILTER, tmp_path / "csv").read_text(encoding="utf-8")
    assert '\n1,"Văn bản cung cấp thông tin, hướng dẫn tuyên truyền","Văn bản",24,24,100,' in (raw)
    rows = list(csv.reader(raw.splitlines()))
    header = next(i for i, r in enumerate(rows) if r[:2] == ["STT", "Nội dung"])
    done = rows[header].index("Thực hiện")
    assert [rows[header + i][done] for i in range(2, 7)] == ["24", "6", "10", "1", "51"]
    assert "1.850 lượt khách tham quan" in raw

    text = " ".join(pdf_text(libreoffice(demo_xlsx, "pdf", tmp_path / "pdf")).split())
    for phrase in (
        "06 Hội nghị cung cấp thông tin cho báo chí",
        "Hoàng Sa, Trường Sa là của Việt Nam",
        "- Như trên;",
        "Số: 651/BC-STTTT",
        "Độc lập - Tự do - Hạnh phúc",
    ):
        assert phrase in text, phrase


@needs_libreoffice
def test_libreoffice_does_not_evaluate_formula_looking_text(libreoffice, tmp_path: Path) -> None:
    path = render_xlsx(_formula_doc(), tmp_path / "formulas.xlsx")
    raw = libreoffice(path, CSV_FILTER, tmp_path / "csv").read_text(encoding="utf-8")
    rows = list(csv.reader(raw.splitlines()))
    cells = [cell for row in rows for cell in row]
    for text in FORMULA_LOOKING:
        assert text in cells, text
    assert '"=SUM(1,2)",1' in raw
    assert "3" not in [row[0] for row in rows if row]


def test_registers_are_landscape_in_every_format(demo_db, tmp_path) -> None:  # type: ignore[no-untyped-def]
    import docx as python_docx
    from docx.enum.section import WD_ORIENT
    from openpyxl import load_workbook

    from ttdn_desktop.core.periods import Period
    from ttdn_desktop.reports.registers import build_register
    from ttdn_desktop.reports.render import render

    with demo_db.session() as s:
        doc = build_register(s, "guidance", Period.year(2020))
    word = python_docx.Document(str(render(doc, tmp_path / "so.docx")))
    section = word.sections[0]
    assert section.orientation == WD_ORIENT.LANDSCAPE
    assert section.page_width > section.page_height
    assert len(word.tables[-1].rows) == 1 + 24
    book = load_workbook(render(doc, tmp_path / "so.xlsx"))
    sheet = book["Số liệu"]
    assert sheet.page_setup.orientation == "landscape"
    numbers = [c.value for c in sheet["B"] if isinstance(c.value, str) and "/STTTT-" in c.value]
    assert len(numbers) == 24
