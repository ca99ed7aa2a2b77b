"""Printing a rendered report: each page of the PDF drawn as an image onto a QPrinter.

The preview and the printout are the same PDF: ReportLab lays it out once, QtPdf rasterises each
page at the printer's resolution (capped, so an A4 page stays a few tens of megabytes).
"""

from __future__ import annotations

from PySide6.QtCore import QRect, QSize, Qt
from PySide6.QtGui import QPageLayout, QPageSize, QPainter
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPrintSupport import QPrinter

# 300 dpi prints 14 pt text crisply; 1200 dpi would make 560 MB images of an A4 page.
MAX_PRINT_DPI = 300
POINTS_PER_INCH = 72


def make_printer() -> QPrinter:
    """An A4 printer in high resolution, capped at MAX_PRINT_DPI."""
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setPageSize(QPageSize(QPageSize.PageSizeId.A4))
    if printer.resolution() > MAX_PRINT_DPI:
        printer.setResolution(MAX_PRINT_DPI)
    printer.setDocName("Báo cáo TTĐN")
    return printer


def match_orientation(printer: QPrinter, document: QPdfDocument) -> None:
    """Turn the paper like the document's first page (registers are landscape)."""
    if document.pageCount() < 1:
        return
    size = document.pagePointSize(0)
    landscape = size.width() > size.height()
    printer.setPageOrientation(
        QPageLayout.Orientation.Landscape if landscape else QPageLayout.Orientation.Portrait
    )


def page_range(printer: QPrinter, page_count: int) -> range:
    """The pages (0-based) the print dialog asked for; all of them when it asked for none."""
    first, last = printer.fromPage(), printer.toPage()
    if first <= 0 or last <= 0:
        return range(page_count)
    return range(max(first, 1) - 1, min(last, page_count))


def print_pdf(document: QPdfDocument, printer: QPrinter) -> int:
    """Draw the pages of a loaded PDF onto the printer, the whole sheet each (the PDF has margins).

    Returns:
        the number of pages sent.

    Raises:
        RuntimeError: the printer could not be opened.
    """
    pages = page_range(printer, document.pageCount())
    if not pages:
        return 0
    printer.setFullPage(True)
    painter = QPainter()
    if not painter.begin(printer):
        raise RuntimeError("printer not ready")
    sent = 0
    try:
        dpi = min(printer.resolution(), MAX_PRINT_DPI)
        for index in pages:
            if sent:
                printer.newPage()
            point_size = document.pagePointSize(index)
            image_size = QSize(
                round(point_size.width() * dpi / POINTS_PER_INCH),
                round(point_size.height() * dpi / POINTS_PER_INCH),
            )
            image = document.render(index, image_size)
            paper: QRect = painter.viewport()
            # Keep the page's proportions: centre it on the sheet, scaled to fit.
            scaled = image_size.scaled(paper.size(), Qt.AspectRatioMode.KeepAspectRatio)
            target = QRect(
                paper.x() + (paper.width() - scaled.width()) // 2,
                paper.y() + (paper.height() - scaled.height()) // 2,
                scaled.width(),
                scaled.height(),
            )
            painter.drawImage(target, image)
            sent += 1
    finally:
        painter.end()
    return sent
