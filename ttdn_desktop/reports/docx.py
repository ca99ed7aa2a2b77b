"""DOCX renderer (python-docx) of an administrative document in the format of Nghị định 30/2020.

The officer opens the file in Word to adjust the wording before signing, so the body uses real
Word styles ("Normal", "Heading 1-3") instead of direct formatting: changing the font or the
spacing of the whole report is one edit of a style, and the headings show in the navigation pane.
The header, title block and signature mirror the PDF renderer (`reports.pdf`); every measure comes
from `reports.nd30`.
"""

from __future__ import annotations

from collections.abc import Callable
from functools import cache
from pathlib import Path

from docx import Document as new_document
from docx.document import Document
from docx.enum.section import WD_ORIENT
from docx.enum.style import WD_STYLE_TYPE
from docx.enum.table import WD_CELL_VERTICAL_ALIGNMENT, WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Mm, Pt, RGBColor
from docx.styles.style import ParagraphStyle
from docx.table import Table as DocxTable
from docx.table import _Cell
from docx.text.paragraph import Paragraph as DocxParagraph
from docx.text.run import Run

from ttdn_desktop import __version__
from ttdn_desktop.reports import nd30, vn
from ttdn_desktop.reports.content import ReportDocument, Style, Table

ProgressCallback = Callable[[int, int], None]

LANGUAGE = "vi-VN"
BLACK = RGBColor(0, 0, 0)
TWIPS_PER_PT = 20

# Our own paragraph styles, all based on "Normal": the header and signature blocks, table cells.
PLAIN_STYLE = "ND30 Plain"  # no indent, no spacing, centred
TABLE_STYLE = "ND30 Table Text"
HEADING_STYLES = {
    Style.HEADING1: "Heading 1",
    Style.HEADING2: "Heading 2",
    Style.HEADING3: "Heading 3",
}
# Style ids, written straight into w:pStyle: python-docx's lookup by name scans every style
# and took three quarters of the render time.
_STYLE_IDS = {
    PLAIN_STYLE: "ND30Plain",
    TABLE_STYLE: "ND30TableText",
    "Header": "Header",
    "Heading 1": "Heading1",
    "Heading 2": "Heading2",
    "Heading 3": "Heading3",
}

# Rule paragraphs: an empty paragraph this small carries the bottom border.
_RULE_MARK_PT = 2
# Column widths of the blocks that mirror the PDF: Kính gửi label, Nơi nhận column.
ADDRESSEE_LABEL_MM = 45.0
RECIPIENTS_COLUMN_MM = 80.0
# Cell padding of the annex tables. The PDF's 3 pt at the sides wraps "STT" in its 10 mm column.
TABLE_PADDING_PT = 2
# Room between a rule and the line above it.
_RULE_GAP_PT = 2


def render_docx(doc: ReportDocument, path: Path, progress: ProgressCallback | None = None) -> Path:
    """Write the document as an editable A4 Word file; return the path."""
    document = new_document()
    _setup_page(document, doc.landscape)
    _setup_styles(document)
    _setup_properties(document, doc)
    _page_numbers(document)
    if progress:
        progress(1, 4)
    _header(document, doc)
    _title(document, doc)
    if progress:
        progress(2, 4)
    _body(document, doc)
    if doc.annex_title:
        _signature(document, doc)
        _annex(document, doc)
    else:
        _annex(document, doc)
        if doc.distribution or doc.signer.name:
            _signature(document, doc)
    if progress:
        progress(3, 4)
    document.save(str(path))
    if progress:
        progress(4, 4)
    return path


# Page, styles, properties ------------------------------------------------------------------------


def _setup_page(document: Document, landscape: bool) -> None:
    section = document.sections[0]
    section.orientation = WD_ORIENT.LANDSCAPE if landscape else WD_ORIENT.PORTRAIT
    width, height = nd30.PAGE_WIDTH_MM, nd30.PAGE_HEIGHT_MM
    section.page_width = Mm(height if landscape else width)
    section.page_height = Mm(width if landscape else height)
    section.top_margin = Mm(nd30.MARGIN_TOP_MM)
    section.bottom_margin = Mm(nd30.MARGIN_BOTTOM_MM)
    section.left_margin = Mm(nd30.MARGIN_LEFT_MM)
    section.right_margin = Mm(nd30.MARGIN_RIGHT_MM)
    # The page number sits centred in the top margin, as in the PDF.
    section.header_distance = Mm(nd30.MARGIN_TOP_MM / 2 - nd30.PAGE_NUMBER_PT / 2 / nd30.PT_PER_MM)
    section.footer_distance = Mm(nd30.MARGIN_BOTTOM_MM / 2)


def _set_fonts(rpr_parent: object, *, size: float | None = None) -> None:
    """Name the document font in every script slot and drop the theme fonts that would win."""
    rpr = rpr_parent.get_or_add_rPr()  # type: ignore[attr-defined]
    fonts = rpr.find(qn("w:rFonts"))
    if fonts is None:
        fonts = OxmlElement("w:rFonts")
        rpr.insert(0, fonts)
    for theme in ("w:asciiTheme", "w:hAnsiTheme", "w:eastAsiaTheme", "w:cstheme"):
        fonts.attrib.pop(qn(theme), None)
    for slot in ("w:ascii", "w:hAnsi", "w:eastAsia", "w:cs"):
        fonts.set(qn(slot), nd30.FONT_FAMILY_NAME)
    if size is not None:
        for tag in ("w:sz", "w:szCs"):
            element = rpr.find(qn(tag))
            if element is None:
                element = OxmlElement(tag)
                rpr.append(element)
            element.set(qn("w:val"), str(round(size * 2)))
    lang = rpr.find(qn("w:lang"))
    if lang is None:
        lang = OxmlElement("w:lang")
        rpr.append(lang)
    lang.set(qn("w:val"), LANGUAGE)
    lang.set(qn("w:eastAsia"), LANGUAGE)


def _setup_styles(document: Document) -> None:
    styles = document.styles
    defaults = styles.element.find(qn("w:docDefaults"))
    rpr_default = defaults.find(qn("w:rPrDefault"))
    _set_fonts(_RPrHolder(rpr_default), size=nd30.BODY_PT)
    ppr_spacing = defaults.find(qn("w:pPrDefault")).find(qn("w:pPr")).find(qn("w:spacing"))
    ppr_spacing.set(qn("w:after"), "0")
    ppr_spacing.set(qn("w:line"), "240")

    normal = styles["Normal"]
    _set_fonts(normal.element, size=nd30.BODY_PT)
    normal.font.name = nd30.FONT_FAMILY_NAME
    normal.font.size = Pt(nd30.BODY_PT)
    normal.font.color.rgb = BLACK
    fmt = normal.paragraph_format
    fmt.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
    fmt.first_line_indent = Mm(nd30.FIRST_LINE_INDENT_MM)
    fmt.space_before = Pt(0)
    fmt.space_after = Pt(nd30.PARAGRAPH_SPACING_PT)
    # Word's "single" already is about 1.15 times the size of Times New Roman (nd30.LINE_SPACING).
    fmt.line_spacing = 1.0
    fmt.widow_control = True

    for kind, name in HEADING_STYLES.items():
        heading = styles[name]
        _set_fonts(heading.element, size=nd30.BODY_PT)
        heading.base_style = normal
        heading.font.name = nd30.FONT_FAMILY_NAME
        heading.font.size = Pt(nd30.BODY_PT)
        heading.font.bold = True
        heading.font.italic = kind is Style.HEADING3
        heading.font.color.rgb = BLACK
        _drop_theme_color(heading)
        hfmt = heading.paragraph_format
        hfmt.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
        hfmt.first_line_indent = Mm(nd30.FIRST_LINE_INDENT_MM)
        hfmt.space_before = Pt(nd30.PARAGRAPH_SPACING_PT if kind is Style.HEADING1 else 0)
        hfmt.space_after = Pt(nd30.PARAGRAPH_SPACING_PT)
        hfmt.line_spacing = 1.0
        hfmt.keep_with_next = True

    header = styles["Header"]
    header.font.size = Pt(nd30.PAGE_NUMBER_PT)
    header.paragraph_format.alignment = WD_ALIGN_PARAGRAPH.CENTER
    header.paragraph_format.first_line_indent = Mm(0)
    header.paragraph_format.space_after = Pt(0)

    plain = _add_paragraph_style(document, PLAIN_STYLE)
    plain.paragraph_format.alignment = WD_ALIGN_PARAGRAPH.CENTER
    plain.paragraph_format.first_line_indent = Mm(0)
    plain.paragraph_format.space_after = Pt(0)

    cell = _add_paragraph_style(document, TABLE_STYLE)
    cell.font.size = Pt(nd30.TABLE_PT)
    cell.paragraph_format.alignment = WD_ALIGN_PARAGRAPH.LEFT
    cell.paragraph_format.first_line_indent = Mm(0)
    cell.paragraph_format.space_after = Pt(0)


class _RPrHolder:
    """Lets `_set_fonts` reach the w:rPr of the document defaults like that of a style."""

    def __init__(self, parent: object) -> None:
        self.parent = parent

    def get_or_add_rPr(self) -> object:
        rpr = self.parent.find(qn("w:rPr"))  # type: ignore[attr-defined]
        if rpr is None:
            rpr = OxmlElement("w:rPr")
            self.parent.append(rpr)  # type: ignore[attr-defined]
        return rpr


def _drop_theme_color(style: ParagraphStyle) -> None:
    # python-docx keeps the accent theme attributes beside the new value; Word would follow them.
    color = style.element.rPr.find(qn("w:color"))
    if color is not None:
        for attr in ("w:themeColor", "w:themeShade", "w:themeTint"):
            color.attrib.pop(qn(attr), None)


def _add_paragraph_style(document: Document, name: str) -> ParagraphStyle:
    style = document.styles.add_style(name, WD_STYLE_TYPE.PARAGRAPH)
    style.style_id = _STYLE_IDS[name]
    style.base_style = document.styles["Normal"]
    style.quick_style = False
    return style


def _setup_properties(document: Document, doc: ReportDocument) -> None:
    props = document.core_properties
    props.title = f"{doc.doc_type} {doc.subject}"
    props.subject = doc.subject
    props.author = doc.header.body_name
    props.last_modified_by = doc.header.body_name
    props.comments = f"TTĐN Desktop {__version__}"
    props.language = LANGUAGE
    props.keywords = "thông tin đối ngoại"
    props.revision = 1


def _page_numbers(document: Document) -> None:
    """Page numbers from page 2, centred at the top (the first page has an empty header)."""
    section = document.sections[0]
    section.different_first_page_header_footer = True
    first = section.first_page_header
    first.is_linked_to_previous = False
    _set_style(first.paragraphs[0], "Header")
    header = section.header
    header.is_linked_to_previous = False
    paragraph = header.paragraphs[0]
    _set_style(paragraph, "Header")
    _add_field(paragraph, "PAGE", "2")


def _new_paragraph(container: Document | _Cell, style: str | None = None) -> DocxParagraph:
    paragraph = container.add_paragraph()
    if style is not None:
        _set_style(paragraph, style)
    return paragraph


def _add_run(paragraph: DocxParagraph, text: str) -> Run:
    """paragraph.add_run(text), the same XML without python-docx's loop over every character
    (looking for tabs and line breaks): that loop was half the time of writing a long report.
    Text with a tab or a break still goes through python-docx."""
    run = paragraph.add_run()
    if "\t" in text or "\n" in text or "\r" in text:
        run.text = text
    elif text:
        run._r.add_t(text)  # adds xml:space="preserve" for edge spaces, as run.text does
    return run


def _set_style(paragraph: DocxParagraph, style: str) -> None:
    paragraph._p.style = _STYLE_IDS[style]


def _add_field(paragraph: DocxParagraph, instruction: str, shown: str) -> None:
    run = paragraph.add_run()
    begin = OxmlElement("w:fldChar")
    begin.set(qn("w:fldCharType"), "begin")
    run._r.append(begin)
    run = paragraph.add_run()
    text = OxmlElement("w:instrText")
    text.set(qn("xml:space"), "preserve")
    text.text = f" {instruction} "
    run._r.append(text)
    run = paragraph.add_run()
    separate = OxmlElement("w:fldChar")
    separate.set(qn("w:fldCharType"), "separate")
    run._r.append(separate)
    paragraph.add_run(shown)
    run = paragraph.add_run()
    end = OxmlElement("w:fldChar")
    end.set(qn("w:fldCharType"), "end")
    run._r.append(end)


# Building blocks -------------------------------------------------------------------------------


def _line(
    container: Document | _Cell,
    text: str,
    size: float,
    *,
    bold: bool = False,
    italic: bool = False,
    align: WD_ALIGN_PARAGRAPH = WD_ALIGN_PARAGRAPH.CENTER,
    space_before: float = 0,
    space_after: float = 0,
    first: bool = False,
) -> DocxParagraph:
    """A paragraph of the header, title or signature blocks: plain style, one formatted run."""
    if first and isinstance(container, _Cell):
        paragraph = container.paragraphs[0]
        _set_style(paragraph, PLAIN_STYLE)
    else:
        paragraph = _new_paragraph(container, PLAIN_STYLE)
    fmt = paragraph.paragraph_format
    fmt.alignment = align
    if space_before:
        fmt.space_before = Pt(space_before)
    if space_after:
        fmt.space_after = Pt(space_after)
    lines = text.split("\n")
    for i, part in enumerate(lines):
        run = paragraph.add_run(part)
        run.font.size = Pt(size)
        run.font.bold = bold or None
        run.font.italic = italic or None
        if i < len(lines) - 1:
            run.add_break(WD_BREAK.LINE)
    _mark_size(paragraph, size)
    return paragraph


def _mark_size(paragraph: DocxParagraph, size: float) -> None:
    """Give the paragraph mark the text's size, so an empty line is as tall as its neighbours."""
    ppr = paragraph._p.get_or_add_pPr()
    rpr = ppr.find(qn("w:rPr"))
    if rpr is None:
        rpr = OxmlElement("w:rPr")
        ppr.append(rpr)
    for tag in ("w:sz", "w:szCs"):
        element = rpr.find(qn(tag))
        if element is None:
            element = OxmlElement(tag)
            rpr.append(element)
        element.set(qn("w:val"), str(round(size * 2)))


def _rule(
    container: Document | _Cell,
    width_mm: float,
    column_mm: float,
    *,
    space_after: float = 0,
) -> DocxParagraph:
    """A centred horizontal stroke: the bottom border of a tiny empty paragraph.

    The paragraph's side indents leave exactly `width_mm` of border in a column `column_mm` wide.
    A border stays where Word and LibreOffice put the text, unlike a floating drawn line.
    """
    paragraph = _new_paragraph(container, PLAIN_STYLE)
    fmt = paragraph.paragraph_format
    side = max(0.0, (column_mm - width_mm) / 2)
    fmt.left_indent = Mm(side)
    fmt.right_indent = Mm(side)
    fmt.line_spacing = Pt(_RULE_MARK_PT)
    fmt.space_before = Pt(_RULE_GAP_PT)
    if space_after:
        fmt.space_after = Pt(space_after)
    _mark_size(paragraph, _RULE_MARK_PT)
    ppr = paragraph._p.get_or_add_pPr()
    borders = OxmlElement("w:pBdr")
    bottom = OxmlElement("w:bottom")
    bottom.set(qn("w:val"), "single")
    # Border widths are in eighths of a point.
    bottom.set(qn("w:sz"), str(max(2, round(nd30.RULE_WIDTH_PT * 8))))
    bottom.set(qn("w:space"), "1")
    bottom.set(qn("w:color"), "000000")
    borders.append(bottom)
    # w:pBdr must come before w:spacing and w:ind in w:pPr.
    anchor = ppr.find(qn("w:spacing"))
    if anchor is None:
        anchor = ppr.find(qn("w:ind"))
    if anchor is not None:
        anchor.addprevious(borders)
    else:
        ppr.append(borders)
    return paragraph


@cache
def _text_width_mm(text: str, size: float, bold: bool) -> float:
    """The printed width of a line in the document font (Liberation Serif has TNR's metrics)."""
    from reportlab.pdfbase.ttfonts import TTFont

    files = nd30.document_font()
    font = TTFont("ttdn-measure", str(files.bold if bold else files.regular))
    return font.stringWidth(text, size) / nd30.PT_PER_MM


def _layout_table(
    container: Document | _Cell,
    widths_mm: list[float],
    rows: int = 1,
    *,
    borders: bool = False,
    padding_pt: float = 0,
) -> DocxTable:
    """A table with fixed column widths; borderless tables lay out the header and signature."""
    table = container.add_table(rows=rows, cols=len(widths_mm))
    if borders:
        table.style = "Table Grid"
    table.alignment = WD_TABLE_ALIGNMENT.CENTER if borders else WD_TABLE_ALIGNMENT.LEFT
    table.autofit = False
    tbl_pr = table._tbl.tblPr
    existing = tbl_pr.find(qn("w:tblW"))
    if existing is not None:
        tbl_pr.remove(existing)
    width = OxmlElement("w:tblW")
    width.set(qn("w:w"), str(round(sum(widths_mm) * nd30.PT_PER_MM * TWIPS_PER_PT)))
    width.set(qn("w:type"), "dxa")
    _insert_tbl_pr(tbl_pr, width)
    margins = OxmlElement("w:tblCellMar")
    for side in ("top", "left", "bottom", "right"):
        margin = OxmlElement(f"w:{side}")
        value = padding_pt if side in ("left", "right") or borders else 0
        margin.set(qn("w:w"), str(round(value * TWIPS_PER_PT)))
        margin.set(qn("w:type"), "dxa")
        margins.append(margin)
    _insert_tbl_pr(tbl_pr, margins)
    if not borders:
        none = OxmlElement("w:tblBorders")
        for side in ("top", "left", "bottom", "right", "insideH", "insideV"):
            edge = OxmlElement(f"w:{side}")
            edge.set(qn("w:val"), "nil")
            none.append(edge)
        _insert_tbl_pr(tbl_pr, none)
    for col, w in zip(table.columns, widths_mm, strict=True):
        col.width = Mm(w)
    for row in table.rows:
        for cell, w in zip(row.cells, widths_mm, strict=True):
            cell.width = Mm(w)
    return table


# The order of w:tblPr children that Word insists on.
_TBL_PR_ORDER = [
    "w:tblStyle",
    "w:tblpPr",
    "w:tblOverlap",
    "w:bidiVisual",
    "w:tblStyleRowBandSize",
    "w:tblStyleColBandSize",
    "w:tblW",
    "w:jc",
    "w:tblCellSpacing",
    "w:tblInd",
    "w:tblBorders",
    "w:shd",
    "w:tblLayout",
    "w:tblCellMar",
    "w:tblLook",
]


def _insert_tbl_pr(tbl_pr: object, element: object) -> None:
    """Insert a child of w:tblPr at its schema position, then reorder all children to match."""
    tbl_pr.append(element)  # type: ignore[attr-defined]
    children = list(tbl_pr)  # type: ignore[call-overload]
    rank = {qn(tag): i for i, tag in enumerate(_TBL_PR_ORDER)}
    children.sort(key=lambda e: rank.get(e.tag, len(rank)))
    for child in children:
        tbl_pr.append(child)  # type: ignore[attr-defined]


def _keep_row_together(table: DocxTable) -> None:
    for row in table.rows:
        tr_pr = row._tr.get_or_add_trPr()
        tr_pr.append(OxmlElement("w:cantSplit"))


# The document ----------------------------------------------------------------------------------


def _header(document: Document, doc: ReportDocument) -> None:
    h = doc.header
    right_mm = nd30.text_width_mm(doc.landscape) - nd30.HEADER_LEFT_MM
    table = _layout_table(document, [nd30.HEADER_LEFT_MM, right_mm])
    left, right = table.rows[0].cells
    _line(left, h.parent_lines, nd30.PARENT_BODY_PT, first=True)
    _line(left, h.body_lines, nd30.BODY_NAME_PT, bold=True)
    _rule(left, nd30.BODY_RULE_MM, nd30.HEADER_LEFT_MM, space_after=4)
    if h.number_line:
        _line(left, h.number_line, nd30.NUMBER_PT)

    _line(right, nd30.NATIONAL_TITLE, nd30.NATIONAL_TITLE_PT, bold=True, first=True)
    _line(right, nd30.MOTTO, nd30.MOTTO_PT, bold=True)
    motto_mm = _text_width_mm(nd30.MOTTO, nd30.MOTTO_PT, True)
    _rule(right, motto_mm, right_mm, space_after=4)
    _line(right, h.place_date, nd30.PLACE_DATE_PT, italic=True)
    _keep_row_together(table)


def _title(document: Document, doc: ReportDocument) -> None:
    _line(document, doc.doc_type, nd30.DOC_TYPE_PT, bold=True, space_before=14)
    _line(document, doc.subject, nd30.SUBJECT_PT, bold=True)
    _rule(document, nd30.SUBJECT_RULE_MM, nd30.text_width_mm(doc.landscape), space_after=4)
    if doc.period_note:
        _line(document, doc.period_note, nd30.BODY_PT - 1, italic=True)
    spacer = _line(document, "", nd30.BODY_PT)
    spacer.paragraph_format.line_spacing = Pt(10)
    if doc.addressees:
        _addressees(document, doc.addressees, nd30.text_width_mm(doc.landscape))


def _addressees(document: Document, names: list[str], width_mm: float) -> None:
    if len(names) == 1:
        _line(
            document,
            f"{nd30.ADDRESSEE_LABEL} {names[0]}.",
            nd30.BODY_PT,
            space_after=nd30.PARAGRAPH_SPACING_PT,
        )
        return
    widths = [ADDRESSEE_LABEL_MM, width_mm - ADDRESSEE_LABEL_MM]
    table = _layout_table(document, widths, padding_pt=3)
    label, lines = table.rows[0].cells
    _line(label, nd30.ADDRESSEE_LABEL, nd30.BODY_PT, align=WD_ALIGN_PARAGRAPH.RIGHT, first=True)
    for i, name in enumerate(names):
        end = "." if i == len(names) - 1 else ";"
        _line(
            lines,
            f"- {name}{end}",
            nd30.BODY_PT,
            align=WD_ALIGN_PARAGRAPH.LEFT,
            first=i == 0,
        )
    # Room between the addressees and the body, as the PDF's cell padding gives.
    _line(document, "", nd30.PARAGRAPH_SPACING_PT)


def _body(document: Document, doc: ReportDocument) -> None:
    for para in doc.body:
        paragraph = _new_paragraph(document, HEADING_STYLES.get(para.style))
        lines = para.text.split("\n")
        for i, part in enumerate(lines):
            run = _add_run(paragraph, part)
            if i < len(lines) - 1:
                run.add_break(WD_BREAK.LINE)


def _signature(document: Document, doc: ReportDocument) -> None:
    widths = [RECIPIENTS_COLUMN_MM, nd30.text_width_mm(doc.landscape) - RECIPIENTS_COLUMN_MM]
    # The last body paragraph stays with the signature block, as the PDF keeps them together.
    last = document.paragraphs[-1] if document.paragraphs else None
    if last is not None:
        last.paragraph_format.keep_with_next = True
    _line(document, "", nd30.PARAGRAPH_SPACING_PT).paragraph_format.keep_with_next = True
    table = _layout_table(document, widths)
    left, right = table.rows[0].cells
    _line(
        left,
        nd30.RECIPIENTS_LABEL,
        nd30.RECIPIENTS_LABEL_PT,
        bold=True,
        italic=True,
        align=WD_ALIGN_PARAGRAPH.LEFT,
        first=True,
    )
    for line in doc.distribution:
        _line(left, line, nd30.RECIPIENTS_PT, align=WD_ALIGN_PARAGRAPH.LEFT)

    signer = doc.signer
    first = True
    for text in (signer.authority, signer.title):
        if text:
            _line(right, text.upper(), nd30.SIGNER_PT, bold=True, first=first)
            first = False
    name = _line(right, signer.name or "", nd30.SIGNER_PT, bold=True, first=first)
    name.paragraph_format.space_before = Mm(nd30.SIGNATURE_SPACE_MM)
    _keep_row_together(table)


def _annex(document: Document, doc: ReportDocument) -> None:
    if not doc.tables:
        return
    lines = doc.annex_title.split("\n") if doc.annex_title else []
    first: DocxParagraph | None = None
    for line in lines:
        if line.startswith("("):
            paragraph = _line(document, line, nd30.BODY_PT - 1, italic=True)
        else:
            paragraph = _line(document, line, nd30.BODY_PT, bold=True)
        first = first or paragraph
    if lines:
        _rule(document, nd30.SUBJECT_RULE_MM, nd30.text_width_mm(doc.landscape), space_after=10)
    for i, table in enumerate(doc.tables):
        if first is None and i == 0:
            first = _new_paragraph(document, PLAIN_STYLE)
        if table.heading:
            _line(document, table.heading, nd30.BODY_PT, bold=True, space_before=6)
        _table(document, table)
        if table.note:
            _line(
                document,
                table.note,
                nd30.TABLE_PT,
                italic=True,
                align=WD_ALIGN_PARAGRAPH.LEFT,
                space_before=4,
            )
        _line(document, "", nd30.TABLE_PT)
    if first is not None and doc.annex_title:
        first.paragraph_format.page_break_before = True


_ALIGN = {
    "left": WD_ALIGN_PARAGRAPH.LEFT,
    "center": WD_ALIGN_PARAGRAPH.CENTER,
    "right": WD_ALIGN_PARAGRAPH.RIGHT,
}


def _table(document: Document, table: Table) -> DocxTable:
    """A bordered table with a bold header row that repeats on every page."""
    widths = [c.width_mm for c in table.columns]
    result = _layout_table(
        document, widths, rows=1 + len(table.rows), borders=True, padding_pt=TABLE_PADDING_PT
    )
    header = result.rows[0]
    tr_pr = header._tr.get_or_add_trPr()
    tr_pr.append(OxmlElement("w:tblHeader"))
    tr_pr.append(OxmlElement("w:cantSplit"))
    for cell, column in zip(header.cells, table.columns, strict=True):
        _cell(cell, column.title, WD_ALIGN_PARAGRAPH.CENTER, bold=True)
    for r, (row, values) in enumerate(zip(result.rows[1:], table.rows, strict=True)):
        row._tr.get_or_add_trPr().append(OxmlElement("w:cantSplit"))
        bold = r in table.bold_rows
        for cell, column, value in zip(row.cells, table.columns, values, strict=True):
            _cell(cell, vn.table_cell(value), _ALIGN[column.align], bold=bold)
    return result


def _cell(cell: _Cell, text: str, align: WD_ALIGN_PARAGRAPH, *, bold: bool) -> None:
    cell.vertical_alignment = WD_CELL_VERTICAL_ALIGNMENT.CENTER
    paragraph = cell.paragraphs[0]
    _set_style(paragraph, TABLE_STYLE)
    paragraph.paragraph_format.alignment = align
    if text:
        run = _add_run(paragraph, text)
        run.font.bold = bold or None
