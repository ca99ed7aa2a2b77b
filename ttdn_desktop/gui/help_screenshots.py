"""Take the user guide's pictures from the real program, and print the guide to PDF.

    QT_QPA_PLATFORM=offscreen python -m ttdn_desktop.gui.help_screenshots \
        --output resources/help/images --pdf resources/help/huong-dan-su-dung.pdf

The pictures are the real windows on the demo year (in a temporary data folder and database, so
nothing of the officer's is touched), offscreen, at one fixed size: run it after changing a page
and the guide shows the program as it is. `SHOTS` names every picture; the guide
(resources/help/huong-dan.html) refers to exactly these, which tests/gui/test_help.py checks.
"""

from __future__ import annotations

import argparse
import os
import re
import sys
import tempfile
from collections.abc import Iterable
from pathlib import Path
from typing import TYPE_CHECKING

from ttdn_desktop.core.labels import SECTIONS

if TYPE_CHECKING:
    from ttdn_desktop.core.database import Database

WINDOW_SIZE = (1180, 760)
# Every section in the order of the navigation, then the trash: one picture each.
SECTION_SHOTS: tuple[str, ...] = (*SECTIONS, "trash")
SHOTS: tuple[str, ...] = ("first-start", *SECTION_SHOTS)


def take_screenshots(db: Database, output: Path, names: Iterable[str] | None = None) -> list[Path]:
    """Save the pictures named (all of SHOTS by default) as `<name>.png` in `output`.

    Args:
        db: an open database holding the demo year (the window takes it over and closes it).
    """
    from PySide6.QtWidgets import QApplication

    from ttdn_desktop.gui.first_start import FirstStartDialog
    from ttdn_desktop.gui.main_window import MainWindow

    wanted = list(names) if names is not None else list(SHOTS)
    unknown = set(wanted) - set(SHOTS)
    if unknown:
        raise ValueError(f"unknown screenshots: {sorted(unknown)}")
    output.mkdir(parents=True, exist_ok=True)
    saved: list[Path] = []

    def save(widget, name: str) -> None:  # type: ignore[no-untyped-def]
        QApplication.processEvents()
        path = output / f"{name}.png"
        if not widget.grab().save(str(path)):
            raise OSError(f"cannot write {path}")
        saved.append(path)

    if "first-start" in wanted:
        welcome = FirstStartDialog()
        welcome.show()
        save(welcome, "first-start")
        welcome.close()
    sections = [name for name in wanted if name in SECTION_SHOTS]
    if sections:
        window = MainWindow(db)
        window.reminders.hide()  # the pages are the subject; the panel has its own paragraph
        window.resize(*WINDOW_SIZE)
        window.show()
        for section in sections:
            window.show_section(section)
            if section == "reports":
                _show_preview(window.pages[section])
            save(window, section)
        window.close()
    return saved


def _show_preview(page) -> None:  # type: ignore[no-untyped-def]
    """The Báo cáo picture shows the report itself, as the officer sees it after Xem trước."""
    import time

    from PySide6.QtWidgets import QApplication

    page.preview_button.click()
    deadline = time.monotonic() + 60
    while page.task is not None and time.monotonic() < deadline:
        QApplication.processEvents()
        time.sleep(0.02)
    for _ in range(20):  # the view paints its first page after the document is loaded
        QApplication.processEvents()
        time.sleep(0.01)


def write_pdf(html_path: Path, pdf_path: Path) -> Path:
    """Print the guide to an A4 PDF with its pictures (QTextDocument, no browser engine)."""
    from PySide6.QtCore import QMarginsF, QUrl
    from PySide6.QtGui import QImage, QPageLayout, QPageSize, QPdfWriter, QTextDocument

    document = QTextDocument()
    document.setBaseUrl(QUrl.fromLocalFile(str(html_path.parent) + "/"))
    document.setMetaInformation(QTextDocument.MetaInformation.DocumentTitle, "Hướng dẫn sử dụng")
    html = html_path.read_text(encoding="utf-8")
    # Printing does not fetch relative images by itself: hand each picture to the document.
    from ttdn_desktop.gui.help_window import guide_images

    for name in guide_images(html):
        image = QImage(str(html_path.parent / name))
        document.addResource(QTextDocument.ResourceType.ImageResource, QUrl(name), image)
    # The page of a printed A4 is narrower than the help window: shrink the pictures to fit.
    html = re.sub(
        r'(<img [^>]*width=")(\d+)"', lambda m: f'{m.group(1)}{int(m.group(2)) * 3 // 4}"', html
    )
    document.setHtml(html)
    pdf_path.parent.mkdir(parents=True, exist_ok=True)
    writer = QPdfWriter(str(pdf_path))
    writer.setTitle("Hướng dẫn sử dụng TTĐN Desktop")
    writer.setCreator("TTĐN Desktop")
    writer.setResolution(120)
    writer.setPageLayout(
        QPageLayout(
            QPageSize(QPageSize.PageSizeId.A4),
            QPageLayout.Orientation.Portrait,
            QMarginsF(18, 15, 15, 15),
            QPageLayout.Unit.Millimeter,
        )
    )
    document.print_(writer)
    return pdf_path


def _demo_database() -> Database:
    from ttdn_desktop.core.database import open_database
    from ttdn_desktop.core.demo import load_demo
    from ttdn_desktop.core.paths import demo_db_path

    # Where the program keeps the demo, so the pictures name the file the officer will see.
    db = open_database(demo_db_path())
    with db.session() as session:
        load_demo(session)
    return db


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="Chụp ảnh màn hình cho hướng dẫn sử dụng")
    parser.add_argument("--output", type=Path, required=True, help="thư mục lưu ảnh")
    parser.add_argument("--only", nargs="*", choices=SHOTS, help="chỉ chụp các ảnh này")
    parser.add_argument("--pdf", type=Path, help="cũng in hướng dẫn ra tệp PDF này")
    args = parser.parse_args(argv)
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    with tempfile.TemporaryDirectory(prefix="ttdn-help-") as temp:
        # A data folder of its own: window settings and the demo never touch the officer's.
        os.environ["TTDN_DATA_DIR"] = str(Path(temp) / "TTDN Desktop")
        from PySide6.QtWidgets import QApplication

        from ttdn_desktop.gui.app import configure_application

        app = QApplication.instance() or QApplication(sys.argv[:1])
        configure_application(app)  # type: ignore[arg-type]
        db = _demo_database()
        try:
            for path in take_screenshots(db, args.output, args.only):
                print(path)
        finally:
            db.close()
        if args.pdf is not None:
            from ttdn_desktop.gui.help_window import help_path

            print(write_pdf(help_path(), args.pdf))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
