"""The Word renderer: a real file, read back with python-docx and with LibreOffice."""

from __future__ import annotations

import shutil
import unicodedata
from collections.abc import Iterator
from pathlib import Path

import docx
import pytest
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml.ns import qn
from docx.shared import Mm, Pt

from ttdn_desktop.reports import nd30
from ttdn_desktop.reports.content import (
    Header,
    Paragraph,
    ReportDocument,
    Signer,
    Style,
)
from ttdn_desktop.reports.docx import render_docx
from ttdn_desktop.reports.render import render
from ttdn_desktop.reports.vn import table_cell as cell_text

PHRASES = [
    "06 Hội nghị cung cấp thông tin cho báo chí",
    "10 Hội nghị giao ban công tác báo chí",
    "01 cuộc họp báo",
    "51 nội dung",
    "1.850 lượt",
    "Hoàng Sa, Trường Sa là của Việt Nam",
    "213/KH-STTTT",
    "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
    "Độc lập - Tự do - Hạnh phúc",
    "Số: 651/BC-STTTT",
    "Bắc Kạn, ngày 21 tháng 12 năm 2020",
]
HEADING_NAMES = {
    Style.HEADING1: "Heading 1",
    Style.HEADING2: "Heading 2",
    Style.HEADING3: "Heading 3",
}
TOLERANCE = Mm(0.5)

needs_libreoffice = pytest.mark.skipif(
    shutil.which("soffice") is None or shutil.which("pdftotext") is None,
    reason="LibreOffice (soffice) and pdftotext are needed to read the file back",
)


@pytest.fixture(scope="module")
def demo_docx(demo_report: ReportDocument, tmp_path_factory: pytest.TempPathFactory) -> Path:
    return render_docx(demo_report, tmp_path_factory.mktemp("docx") / "report.docx")


def _paragraphs(container: object) -> Iterator[object]:
    """Every paragraph, those inside (nested) tables included, in document order."""
    for block in container.iter_inner_content():  # type: ignore[attr-defined]
        if isinstance(block, docx.table.Table):
            for row in block.rows:
                for cell in row.cells:
                    yield from _paragraphs(cell)
        else:
            yield block


def _all_text(document: docx.document.Document) -> str:
    return "\n".join(p.text for p in _paragraphs(document))


def test_page_is_a4_portrait_with_the_decree_margins(demo_docx: Path) -> None:
    section = docx.Document(str(demo_docx)).sections[0]
    expected = {
        "page_width": nd30.PAGE_WIDTH_MM,
        "page_height": nd30.PAGE_HEIGHT_MM,
        "top_margin": nd30.MARGIN_TOP_MM,
        "bottom_margin": nd30.MARGIN_BOTTOM_MM,
        "left_margin": nd30.MARGIN_LEFT_MM,
        "right_margin": nd30.MARGIN_RIGHT_MM,
    }
    for name, mm in expected.items():
        assert abs(getattr(section, name) - Mm(mm)) <= TOLERANCE, name


def test_normal_style_is_times_new_roman_14_justified_with_first_line_indent(
    demo_docx: Path,
) -> None:
    normal = docx.Document(str(demo_docx)).styles["Normal"]
    assert normal.font.name == nd30.FONT_FAMILY_NAME
    assert normal.font.size == Pt(nd30.BODY_PT)
    assert str(normal.font.color.rgb) == "000000"
    fmt = normal.paragraph_format
    assert fmt.alignment == WD_ALIGN_PARAGRAPH.JUSTIFY
    assert abs(fmt.first_line_indent - Mm(nd30.FIRST_LINE_INDENT_MM)) <= TOLERANCE
    assert fmt.space_after == Pt(nd30.PARAGRAPH_SPACING_PT)
    fonts = normal.element.rPr.find(qn("w:rFonts"))
    for slot in ("w:ascii", "w:hAnsi", "w:eastAsia", "w:cs"):
        assert fonts.get(qn(slot)) == nd30.FONT_FAMILY_NAME, slot
    assert normal.element.rPr.find(qn("w:lang")).get(qn("w:val")) == "vi-VN"


def test_headings_use_the_heading_styles_in_black_times_new_roman(
    demo_report: ReportDocument, demo_docx: Path
) -> None:
    document = docx.Document(str(demo_docx))
    by_text = {p.text: p for p in document.paragraphs}
    headings = [p for p in demo_report.body if p.style in HEADING_NAMES]
    assert headings
    for para in headings:
        assert by_text[para.text].style.name == HEADING_NAMES[para.style], para.text
    for kind, name in HEADING_NAMES.items():
        style = document.styles[name]
        assert style.font.name == nd30.FONT_FAMILY_NAME
        assert style.font.size == Pt(nd30.BODY_PT)
        assert style.font.bold is True
        assert bool(style.font.italic) is (kind is Style.HEADING3)
        assert str(style.font.color.rgb) == "000000"
        assert style.font.color.theme_color is None
        assert style.base_style.name == "Normal"
        fonts = style.element.rPr.find(qn("w:rFonts"))
        assert fonts.get(qn("w:asciiTheme")) is None
        assert abs(style.paragraph_format.first_line_indent - Mm(nd30.FIRST_LINE_INDENT_MM)) <= (
            TOLERANCE
        )
    body_texts = {p.text for p in demo_report.body if p.style is Style.BODY}
    body = [p for p in document.paragraphs if p.text in body_texts]
    assert body and all(p.style.name == "Normal" for p in body)


def test_text_has_the_seed_phrases_in_nfc(demo_docx: Path) -> None:
    text = _all_text(docx.Document(str(demo_docx)))
    for phrase in PHRASES:
        assert phrase in text, phrase
    assert unicodedata.is_normalized("NFC", text)


def test_page_numbers_from_page_two_centred_at_the_top(demo_docx: Path) -> None:
    section = docx.Document(str(demo_docx)).sections[0]
    assert section.different_first_page_header_footer is True
    header_xml = section.header._element.xml
    assert "PAGE" in "".join(t.text for t in section.header._element.iter(qn("w:instrText")))
    assert 'w:fldCharType="begin"' in header_xml
    assert section.header.paragraphs[0].alignment in (None, WD_ALIGN_PARAGRAPH.CENTER)
    assert section.header.paragraphs[0].style.paragraph_format.alignment == (
        WD_ALIGN_PARAGRAPH.CENTER
    )
    first = section.first_page_header
    assert not first.is_linked_to_previous
    assert "".join(p.text for p in first.paragraphs).strip() == ""


def test_annex_table_has_grid_repeated_bold_header_and_pdf_number_format(
    demo_report: ReportDocument, demo_docx: Path
) -> None:
    document = docx.Document(str(demo_docx))
    annex = document.tables[-1]
    table = demo_report.tables[0]
    assert annex.style.name == "Table Grid"
    header = annex.rows[0]
    assert header._tr.trPr.find(qn("w:tblHeader")) is not None
    assert [c.text for c in header.cells] == [c.title for c in table.columns]
    assert all(r.bold for c in header.cells for r in c.paragraphs[0].runs)
    for column, cell in zip(table.columns, header.cells, strict=True):
        assert abs(cell.width - Mm(column.width_mm)) <= TOLERANCE
    done = [c.title for c in table.columns].index("Thực hiện")
    assert [annex.rows[i].cells[done].text for i in range(2, 7)] == ["24", "6", "10", "1", "51"]
    for r in table.bold_rows:
        runs = [run for c in annex.rows[r + 1].cells for run in c.paragraphs[0].runs]
        assert runs and all(run.bold for run in runs)
    texts = [p.text for p in document.paragraphs]
    assert table.note in texts
    assert "PHỤ LỤC" in texts
    annex_title = document.paragraphs[texts.index("PHỤ LỤC")]
    assert annex_title.paragraph_format.page_break_before is True


def test_core_properties(demo_report: ReportDocument, demo_docx: Path) -> None:
    props = docx.Document(str(demo_docx)).core_properties
    assert props.title == f"BÁO CÁO {demo_report.subject}"
    assert props.author == demo_report.header.body_name
    assert props.language == "vi-VN"


def test_cell_text_matches_the_pdf() -> None:
    assert cell_text(1850) == "1.850"
    assert cell_text(12.5) == "12,5"
    assert cell_text(1234.5) == "1.234,5"
    assert cell_text(None) == ""
    assert cell_text("- x") == "- x"


def test_a_short_document_with_one_addressee_and_no_annex(tmp_path: Path) -> None:
    doc = ReportDocument(
        header=Header(
            "UBND TỈNH BẮC KẠN", "SỞ THÔNG TIN VÀ TRUYỀN THÔNG", "Số:      /BC-STTTT", "x"
        ),
        doc_type="BÁO CÁO",
        subject="Thử",
        period_note=None,
        addressees=["UBND tỉnh Bắc Kạn"],
        body=[Paragraph("a) Ưu điểm", Style.HEADING3), Paragraph("Dòng một\nDòng hai")],
        distribution=["- Lưu: VT."],
        signer=Signer(None, None, None),
    )
    calls: list[tuple[int, int]] = []
    path = render_docx(
        doc, tmp_path / "short.docx", lambda done, total: calls.append((done, total))
    )
    assert calls and calls[-1][0] == calls[-1][1]
    document = docx.Document(str(path))
    text = _all_text(document)
    assert "Kính gửi: UBND tỉnh Bắc Kạn." in text
    assert "Dòng một\nDòng hai" in text
    assert document.paragraphs[-1].text != "PHỤ LỤC"
    assert len(document.tables) == 2  # header and signature


def test_render_dispatches_by_extension(demo_report: ReportDocument, tmp_path: Path) -> None:
    path = render(demo_report, tmp_path / "report.docx")
    assert path.is_file()
    assert "Số: 651/BC-STTTT" in _all_text(docx.Document(str(path)))
    assert not list(tmp_path.glob(".ttdn-*"))


@needs_libreoffice
def test_libreoffice_reads_the_vietnamese_text(
    demo_docx: Path, libreoffice, pdf_text, tmp_path: Path
) -> None:
    pdf = libreoffice(demo_docx, "pdf", tmp_path)
    text = " ".join(pdf_text(pdf).split())
    for phrase in PHRASES:
        assert phrase in text, phrase
    first_page = pdf_text(pdf, 1, 1)
    second_page = pdf_text(pdf, 2, 2)
    assert "BÁO CÁO" in first_page
    # No number on the first page; "2" alone on the first line of the second.
    assert second_page.split("\n", 1)[0].strip() == "2"
    assert first_page.split("\n", 1)[0].strip() != "1"


def test_header_rules_are_as_long_as_the_decree_asks(demo_docx: Path) -> None:
    header = docx.Document(str(demo_docx)).tables[0]
    left, right = header.rows[0].cells
    assert abs(left.width - Mm(nd30.HEADER_LEFT_MM)) <= TOLERANCE
    assert abs(right.width - Mm(nd30.HEADER_RIGHT_MM)) <= TOLERANCE

    def rule_mm(cell: object, column_mm: float) -> float:
        rules = [
            p
            for p in cell.paragraphs  # type: ignore[attr-defined]
            if p._p.pPr is not None and p._p.pPr.find(qn("w:pBdr")) is not None
        ]
        assert len(rules) == 1
        fmt = rules[0].paragraph_format
        return column_mm - (fmt.left_indent + fmt.right_indent) / Mm(1)

    assert rule_mm(left, nd30.HEADER_LEFT_MM) == pytest.approx(nd30.BODY_RULE_MM, abs=0.5)
    # Under the motto, as long as the motto: 13 pt bold Times New Roman is about 60 mm.
    assert 50 < rule_mm(right, nd30.HEADER_RIGHT_MM) < 70
    assert [p.text for p in left.paragraphs if p.text] == [
        "UBND TỈNH BẮC KẠN",
        "SỞ THÔNG TIN VÀ TRUYỀN THÔNG",
        "Số: 651/BC-STTTT",
    ]
    assert right.paragraphs[-1].runs[0].italic


@needs_libreoffice
def test_libreoffice_lays_it_out_like_the_pdf(
    demo_report: ReportDocument,
    demo_docx: Path,
    libreoffice,
    pdf_text,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """Word's layout (here LibreOffice's) and ReportLab's agree on the page count within one."""
    from ttdn_desktop.reports.pdf import render_pdf

    monkeypatch.setenv("TTDN_REPORT_FONT", "bundled")
    reportlab = render_pdf(demo_report, tmp_path / "reportlab.pdf")
    office = libreoffice(demo_docx, "pdf", tmp_path / "lo")
    pages_reportlab = pdf_text(reportlab).count("\f")
    pages_office = pdf_text(office).count("\f")
    assert abs(pages_reportlab - pages_office) <= 1
    # The annex starts on a page of its own in both.
    for pdf in (reportlab, office):
        pages = pdf_text(pdf).split("\f")
        annex = next(i for i, page in enumerate(pages) if "PHỤ LỤC" in page)
        assert "Nơi nhận" not in pages[annex]
