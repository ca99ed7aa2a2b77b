"""PDF renderer (ReportLab) of an administrative document in the format of Nghị định 30/2020."""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import cache
from pathlib import Path
from typing import Any
from xml.sax.saxutils import escape

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER, TA_JUSTIFY, TA_LEFT, TA_RIGHT
from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import (
    BaseDocTemplate,
    CondPageBreak,
    Flowable,
    Frame,
    KeepTogether,
    PageBreak,
    PageTemplate,
    Spacer,
)
from reportlab.platypus import Paragraph as RLParagraph
from reportlab.platypus import Table as RLTable
from reportlab.platypus import TableStyle as RLTableStyle

from ttdn_desktop import __version__
from ttdn_desktop.reports import nd30, vn
from ttdn_desktop.reports.content import Paragraph, ReportDocument, Style, Table

FAMILY = "TTDNSerif"
_SPACE_RUN = re.compile(r" {2,}")
ProgressCallback = Callable[[int, int], None]


@cache
def register_fonts() -> str:
    """Register the document font's four faces once; return the family name to use."""
    files = nd30.document_font()
    faces = {
        FAMILY: files.regular,
        f"{FAMILY}-Bold": files.bold,
        f"{FAMILY}-Italic": files.italic,
        f"{FAMILY}-BoldItalic": files.bold_italic,
    }
    for name, path in faces.items():
        pdfmetrics.registerFont(TTFont(name, str(path)))
    pdfmetrics.registerFontFamily(
        FAMILY,
        normal=FAMILY,
        bold=f"{FAMILY}-Bold",
        italic=f"{FAMILY}-Italic",
        boldItalic=f"{FAMILY}-BoldItalic",
    )
    return FAMILY


def _face(bold: bool = False, italic: bool = False) -> str:
    suffix = {
        (False, False): "",
        (True, False): "-Bold",
        (False, True): "-Italic",
        (True, True): "-BoldItalic",
    }[(bold, italic)]
    return FAMILY + suffix


def _style(
    name: str,
    size: float,
    *,
    bold: bool = False,
    italic: bool = False,
    align: int = TA_CENTER,
    indent: float = 0,
    space_after: float = 0,
    space_before: float = 0,
    leading: float | None = None,
) -> ParagraphStyle:
    return ParagraphStyle(
        name,
        fontName=_face(bold, italic),
        fontSize=size,
        leading=leading or size * nd30.LINE_SPACING * 1.05,
        alignment=align,
        firstLineIndent=indent,
        spaceAfter=space_after,
        spaceBefore=space_before,
        textColor=colors.black,
    )


class Rule(Flowable):
    """A centred horizontal stroke of a given width: the short rules of the header."""

    def __init__(self, width: float, space_before: float = 1, space_after: float = 3) -> None:
        super().__init__()
        self.rule_width = width
        self.spaceBefore = space_before
        self.spaceAfter = space_after

    def wrap(self, avail_width: float, avail_height: float) -> tuple[float, float]:
        self.avail_width = avail_width
        return avail_width, nd30.RULE_WIDTH_PT

    def draw(self) -> None:
        x = (self.avail_width - self.rule_width) / 2
        self.canv.setLineWidth(nd30.RULE_WIDTH_PT)
        self.canv.line(x, 0, x + self.rule_width, 0)


def _table_style(commands: list[tuple[Any, ...]]) -> RLTableStyle:
    # A cell's font defaults to Helvetica, which would land unembedded in the PDF.
    return RLTableStyle([("FONT", (0, 0), (-1, -1), FAMILY, nd30.TABLE_PT), *commands])


def _p(text: str, style: ParagraphStyle) -> RLParagraph:
    # Runs of spaces are kept: they are the blanks left for the number and the day, filled in
    # by hand when the report is signed ("Số:      /BC-STTTT"), which a paragraph would collapse.
    markup = _SPACE_RUN.sub(lambda m: "&nbsp;" * len(m.group()), escape(text))
    return RLParagraph(markup.replace("\n", "<br/>"), style)


def _header(doc: ReportDocument, width: float) -> RLTable:
    h = doc.header
    left = [
        _p(h.parent_lines, _style("parent", nd30.PARENT_BODY_PT)),
        _p(h.body_lines, _style("body_name", nd30.BODY_NAME_PT, bold=True)),
        Rule(nd30.BODY_RULE_MM * mm, space_before=3),
        Spacer(1, 2),
    ]
    if h.number_line:
        left.append(_p(h.number_line, _style("number", nd30.NUMBER_PT)))
    motto_width = pdfmetrics.stringWidth(nd30.MOTTO, _face(bold=True), nd30.MOTTO_PT)
    right = [
        _p(nd30.NATIONAL_TITLE, _style("nation", nd30.NATIONAL_TITLE_PT, bold=True)),
        _p(nd30.MOTTO, _style("motto", nd30.MOTTO_PT, bold=True)),
        Rule(motto_width),
        Spacer(1, 2),
        _p(h.place_date, _style("place_date", nd30.PLACE_DATE_PT, italic=True)),
    ]
    table = RLTable(
        [[left, right]], colWidths=[nd30.HEADER_LEFT_MM * mm, width - nd30.HEADER_LEFT_MM * mm]
    )
    table.setStyle(
        _table_style(
            [
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("LEFTPADDING", (0, 0), (-1, -1), 0),
                ("RIGHTPADDING", (0, 0), (-1, -1), 0),
                ("TOPPADDING", (0, 0), (-1, -1), 0),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 0),
            ]
        )
    )
    return table


def _title(doc: ReportDocument, width: float) -> list[Flowable]:
    flow: list[Flowable] = [
        Spacer(1, 14),
        _p(doc.doc_type, _style("doc_type", nd30.DOC_TYPE_PT, bold=True)),
        _p(doc.subject, _style("subject", nd30.SUBJECT_PT, bold=True)),
        Rule(nd30.SUBJECT_RULE_MM * mm, space_before=4, space_after=4),
    ]
    if doc.period_note:
        flow.append(_p(doc.period_note, _style("period", nd30.BODY_PT - 1, italic=True)))
    flow.append(Spacer(1, 10))
    if doc.addressees:
        flow.append(_addressees(doc.addressees, width))
    return flow


def _addressees(names: list[str], width: float) -> Flowable:
    style = _style("to", nd30.BODY_PT, align=TA_LEFT)
    if len(names) == 1:
        return _p(f"{nd30.ADDRESSEE_LABEL} {names[0]}.", _style("to1", nd30.BODY_PT))
    lines = [_p(f"- {n}{'.' if i == len(names) - 1 else ';'}", style) for i, n in enumerate(names)]
    label = _p(nd30.ADDRESSEE_LABEL, _style("to_label", nd30.BODY_PT, align=TA_RIGHT))
    table = RLTable([[label, lines]], colWidths=[45 * mm, width - 45 * mm])
    table.setStyle(
        _table_style(
            [
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("LEFTPADDING", (0, 0), (-1, -1), 3),
                ("RIGHTPADDING", (0, 0), (-1, -1), 3),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 6),
            ]
        )
    )
    return table


def body_styles() -> dict[Style, ParagraphStyle]:
    indent = nd30.FIRST_LINE_INDENT_MM * mm
    spacing = nd30.PARAGRAPH_SPACING_PT
    size = nd30.BODY_PT
    return {
        Style.HEADING1: _style(
            "h1",
            size,
            bold=True,
            align=TA_JUSTIFY,
            indent=indent,
            space_after=spacing,
            space_before=spacing,
        ),
        Style.HEADING2: _style(
            "h2", size, bold=True, align=TA_JUSTIFY, indent=indent, space_after=spacing
        ),
        Style.HEADING3: _style(
            "h3", size, bold=True, italic=True, align=TA_JUSTIFY, indent=indent, space_after=spacing
        ),
        Style.BODY: _style("body", size, align=TA_JUSTIFY, indent=indent, space_after=spacing),
        Style.BULLET: _style("bullet", size, align=TA_JUSTIFY, indent=indent, space_after=spacing),
    }


def _body(paragraphs: list[Paragraph]) -> list[Flowable]:
    styles = body_styles()
    flow: list[Flowable] = []
    for para in paragraphs:
        if para.style is Style.HEADING1:
            # A heading never ends a page alone.
            flow.append(CondPageBreak(4 * nd30.BODY_PT))
        flow.append(_p(para.text, styles[para.style]))
    return flow


def _signature(doc: ReportDocument, width: float, last: Flowable | None = None) -> Flowable:
    """Nơi nhận and the signer; `last` (the closing paragraph) stays on their page."""
    label = _p(
        nd30.RECIPIENTS_LABEL,
        _style("to_l", nd30.RECIPIENTS_LABEL_PT, bold=True, italic=True, align=TA_LEFT),
    )
    lines = [
        _p(
            line,
            _style("to_i", nd30.RECIPIENTS_PT, align=TA_LEFT, leading=nd30.RECIPIENTS_PT * 1.15),
        )
        for line in doc.distribution
    ]
    signer = doc.signer
    sign_style = _style("sign", nd30.SIGNER_PT, bold=True)
    right: list[Flowable] = []
    if signer.authority:
        right.append(_p(signer.authority.upper(), sign_style))
    if signer.title:
        right.append(_p(signer.title.upper(), sign_style))
    right.append(Spacer(1, nd30.SIGNATURE_SPACE_MM * mm))
    if signer.name:
        right.append(_p(signer.name, sign_style))
    table = RLTable([[[label, *lines], right]], colWidths=[80 * mm, width - 80 * mm])
    table.setStyle(
        _table_style(
            [
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("LEFTPADDING", (0, 0), (-1, -1), 0),
                ("RIGHTPADDING", (0, 0), (-1, -1), 0),
            ]
        )
    )
    return KeepTogether([*([last] if last is not None else []), Spacer(1, 6), table])


def table_flowable(table: Table, size: float = nd30.TABLE_PT) -> RLTable:
    """A bordered table with a bold, repeated header row."""
    aligns = {"left": TA_LEFT, "center": TA_CENTER, "right": TA_RIGHT}
    head = _style("th", size, bold=True, leading=size * 1.2)
    data: list[list[Any]] = [[_p(c.title, head) for c in table.columns]]
    for r, row in enumerate(table.rows):
        bold = r in table.bold_rows
        cells = []
        for c, value in zip(table.columns, row, strict=True):
            style = _style(
                f"td{c.align}{bold}", size, bold=bold, align=aligns[c.align], leading=size * 1.2
            )
            cells.append(_p(vn.table_cell(value), style))
        data.append(cells)
    result = RLTable(data, colWidths=[c.width_mm * mm for c in table.columns], repeatRows=1)
    result.setStyle(
        _table_style(
            [
                ("GRID", (0, 0), (-1, -1), 0.5, colors.black),
                ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
                ("LEFTPADDING", (0, 0), (-1, -1), 3),
                ("RIGHTPADDING", (0, 0), (-1, -1), 3),
            ]
        )
    )
    return result


def _tables(doc: ReportDocument) -> list[Flowable]:
    """The tables: an annex on a page of its own when titled, else right after the body."""
    if not doc.tables:
        return []
    flow: list[Flowable] = []
    if doc.annex_title:
        flow.append(PageBreak())
        lines = doc.annex_title.split("\n")
        flow.append(_p(lines[0], _style("annex", nd30.BODY_PT, bold=True)))
        for line in lines[1:]:
            if line.startswith("("):
                flow.append(_p(line, _style("annex_i", nd30.BODY_PT - 1, italic=True)))
            else:
                flow.append(_p(line, _style("annex_b", nd30.BODY_PT, bold=True)))
        flow.append(Rule(nd30.SUBJECT_RULE_MM * mm, space_before=4, space_after=10))
    for table in doc.tables:
        if table.heading:
            flow.append(_p(table.heading, _style("annex_b", nd30.BODY_PT, bold=True)))
            flow.append(Spacer(1, 6))
        flow.append(table_flowable(table, table.font_pt or nd30.TABLE_PT))
        if table.note:
            flow.append(Spacer(1, 4))
            flow.append(_p(table.note, _style("note", nd30.TABLE_PT, italic=True, align=TA_LEFT)))
        flow.append(Spacer(1, 12))
    return flow


def _page_number(canvas: Canvas, template: BaseDocTemplate) -> None:
    # Nghị định 30: page numbers from page 2, centred in the top margin.
    page_height = template.pagesize[1]
    canvas.saveState()
    canvas.setFont(FAMILY, nd30.PAGE_NUMBER_PT)
    canvas.drawCentredString(
        template.leftMargin + template.width / 2,
        page_height - nd30.MARGIN_TOP_MM * mm / 2 - nd30.PAGE_NUMBER_PT / 3,
        str(canvas.getPageNumber()),
    )
    canvas.restoreState()


def render_pdf(doc: ReportDocument, path: Path, progress: ProgressCallback | None = None) -> Path:
    """Write the document as an A4 PDF with its fonts embedded; return the path."""
    register_fonts()
    template = BaseDocTemplate(
        str(path),
        pagesize=landscape(A4) if doc.landscape else A4,
        leftMargin=nd30.MARGIN_LEFT_MM * mm,
        rightMargin=nd30.MARGIN_RIGHT_MM * mm,
        topMargin=nd30.MARGIN_TOP_MM * mm,
        bottomMargin=nd30.MARGIN_BOTTOM_MM * mm,
        title=f"{doc.doc_type} {doc.subject}",
        author=doc.header.body_name,
        subject=doc.subject,
        creator=f"TTĐN Desktop {__version__}",
        # Without this ReportLab starts every page in Helvetica, an unembedded font.
        initialFontName=FAMILY,
    )
    # Frames without ReportLab's default 6 pt padding: the text area is exactly the margins.
    frames = [
        Frame(
            template.leftMargin,
            template.bottomMargin,
            template.width,
            template.height,
            leftPadding=0,
            rightPadding=0,
            topPadding=0,
            bottomPadding=0,
            id=name,
        )
        for name in ("first", "later")
    ]
    template.addPageTemplates(
        [
            PageTemplate(id="first", frames=[frames[0]], autoNextPageTemplate="later"),
            PageTemplate(id="later", frames=[frames[1]], onPage=_page_number),
        ]
    )
    width = nd30.text_width_mm(doc.landscape) * mm
    story: list[Flowable] = [_header(doc, width), *_title(doc, width)]
    if progress:
        progress(1, 3)
    body = _body(doc.body)
    signed = bool(doc.annex_title or doc.distribution or doc.signer.name)
    # A signature never stands alone on a page: when it follows the body directly, the closing
    # paragraph goes with it.
    follows_body = bool(doc.annex_title) or not doc.tables
    last = body.pop() if signed and body and follows_body else None
    story += body
    if doc.annex_title:
        story.append(_signature(doc, width, last))
        story += _tables(doc)
    else:
        story += _tables(doc)
        if signed:
            story.append(_signature(doc, width, last))
    if progress:
        progress(2, 3)
    template.build(story)
    if progress:
        progress(3, 3)
    return path
