"""Every benchmark, each against the fastest possible baseline measured in the same run.

    python bench/run.py [--records 100000] [--large 0|1000000] [--json bench/results/latest.json]

Prints a table (figure, program, baseline, ratio, target) and writes the same as JSON. Databases
are generated once into bench/.cache (reproducible from the seed) and reused by later runs.
Times are medians of several runs; ratios compare medians.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import textwrap
import time
from collections.abc import Callable
from dataclasses import asdict, dataclass
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
HERE = Path(__file__).resolve().parent
# Benchmarks never write into the officer's data folder (backups before upgrades, settings).
os.environ.setdefault("TTDN_DATA_DIR", str(HERE / ".cache" / "data"))
os.environ.setdefault("TTDN_REPORT_FONT", "bundled")
sys.path.insert(0, str(HERE.parent))

from bench.generate import generate  # noqa: E402
from ttdn_desktop.core.database import open_database  # noqa: E402
from ttdn_desktop.core.listing import ListFilter, matching_ids, rows  # noqa: E402
from ttdn_desktop.core.periods import Period  # noqa: E402
from ttdn_desktop.core.stats import year_stats  # noqa: E402

CACHE = HERE / ".cache"
# The generator ends its years here (bench.generate.generate's default).
END_YEAR = 2025


@dataclass
class Figure:
    name: str
    program_ms: float
    baseline_ms: float
    target: str
    note: str = ""

    @property
    def ratio(self) -> float:
        return self.program_ms / self.baseline_ms if self.baseline_ms else float("inf")


def timed(fn: Callable[[], object], repeat: int = 7, warmup: int = 1) -> float:
    """Median wall time of `fn` in milliseconds."""
    for _ in range(warmup):
        fn()
    samples = []
    for _ in range(repeat):
        started = time.perf_counter()
        fn()
        samples.append((time.perf_counter() - started) * 1000)
    return statistics.median(samples)


def database(records: int, years: int = 10) -> Path:
    CACHE.mkdir(exist_ok=True)
    path = CACHE / f"bench-{records}-{years}y.sqlite"
    if not path.exists():
        temp = path.with_suffix(".partial")
        temp.unlink(missing_ok=True)
        db = open_database(temp)
        try:
            generate(db, records, years, seed=1, progress=True)
        finally:
            db.close()
        temp.rename(path)
    return path


def bench_search(path: Path, label: str, target: str) -> Figure:
    db = open_database(path)
    query = "hoi nghi bao chi ba be"
    try:

        def program() -> None:
            with db.session() as s:
                ids = matching_ids(s, "press_events", ListFilter(text=query))
                rows(s, "press_events", ids[:60])

        program_ms = timed(program)
    finally:
        db.close()
    raw = sqlite3.connect(path)
    sql = (
        "SELECT id, start_date, kind, title, place FROM activities WHERE id IN "
        "(SELECT rowid FROM activities_fts WHERE activities_fts MATCH ?) "
        "AND kind IN ('press_info_conference','press_briefing','press_conference') "
        "AND deleted_at IS NULL ORDER BY start_date DESC, id DESC"
    )
    baseline_ms = timed(
        lambda: raw.execute(sql, ('"hoi" AND "nghi" AND "bao" AND "chi"',)).fetchall()
    )
    raw.close()
    return Figure(
        label,
        program_ms,
        baseline_ms,
        target,
        "ids of every match, sorted, plus the cells of the first screen",
    )


def bench_list(path: Path, records: int) -> Figure:
    """Open the largest list (press items) and paint its first screen, as the page does."""
    from PySide6.QtWidgets import QApplication, QTableView

    from ttdn_desktop.gui.record_model import RecordTableModel

    app = QApplication.instance() or QApplication([])
    db = open_database(path)
    try:

        def program() -> None:
            model = RecordTableModel(db, "press_items")
            model.set_filter(ListFilter())
            view = QTableView()
            view.setModel(model)
            view.resize(1200, 700)
            view.grab()  # paints the visible rows: the cells Qt asks for are fetched now
            view.deleteLater()
            app.processEvents()

        program_ms = timed(program)
    finally:
        db.close()
    raw = sqlite3.connect(path)
    baseline_ms = timed(
        lambda: raw.execute(
            "SELECT id, published_date, title, status, deadline FROM press_items "
            "WHERE deleted_at IS NULL ORDER BY published_date DESC, id DESC LIMIT 60"
        ).fetchall()
    )
    raw.close()
    return Figure(
        f"Mở danh sách ({records:,} bản ghi) và vẽ màn hình đầu",
        program_ms,
        baseline_ms,
        "≤ 50 ms",
        "press items: ~45% of the records; ids of all matches",
    )


def bench_overview(path: Path, year: int) -> Figure:
    db = open_database(path)
    try:

        def program() -> None:
            with db.session() as s:
                year_stats(s, year)

        program_ms = timed(program)
    finally:
        db.close()
    raw = sqlite3.connect(path)
    start, end = f"{year}-01-01", f"{year}-12-31"

    def baseline() -> None:
        raw.execute(
            "SELECT kind, count(*), sum(participants) FROM activities WHERE start_date "
            "BETWEEN ? AND ? AND deleted_at IS NULL GROUP BY kind",
            (start, end),
        ).fetchall()
        raw.execute(
            "SELECT count(*) FROM documents WHERE issued_date BETWEEN ? AND ? AND "
            "is_press_guidance = 1 AND deleted_at IS NULL",
            (start, end),
        ).fetchall()
        raw.execute(
            "SELECT count(*) FROM press_items WHERE handled_date BETWEEN ? AND ? AND "
            "status = 'handled' AND deleted_at IS NULL",
            (start, end),
        ).fetchall()

    baseline_ms = timed(baseline)
    raw.close()
    return Figure(
        f"Số liệu một năm ({year})",
        program_ms,
        baseline_ms,
        "≤ 2×",
        "year_stats: all figures of the overview vs the three raw aggregates",
    )


def bench_report(path: Path, year: int, tmp: Path) -> list[Figure]:
    from docx import Document as WordDocument
    from openpyxl import Workbook
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.platypus import Paragraph, SimpleDocTemplate

    from ttdn_desktop.reports.annual import ReportOptions, build_report
    from ttdn_desktop.reports.pdf import FAMILY, register_fonts
    from ttdn_desktop.reports.render import render

    db = open_database(path)
    figures = []
    try:
        with db.session() as s:
            doc = build_report(s, Period.year(year), ReportOptions(number="1"))
        register_fonts()
        paragraphs = [p.text for p in doc.body]
        for fmt in ("pdf", "docx", "xlsx"):

            def program(fmt: str = fmt) -> None:
                with db.session() as s:
                    built = build_report(s, Period.year(year), ReportOptions(number="1"))
                render(built, tmp / f"bao-cao.{fmt}", overwrite=True)

            program_ms = timed(program, repeat=5)
            if fmt == "pdf":

                def baseline() -> None:
                    style = ParagraphStyle("b", fontName=FAMILY, fontSize=14, leading=16)
                    SimpleDocTemplate(str(tmp / "direct.pdf"), pagesize=A4).build(
                        [Paragraph(t, style) for t in paragraphs]
                    )
            elif fmt == "docx":

                def baseline() -> None:
                    word = WordDocument()
                    for t in paragraphs:
                        word.add_paragraph(t)
                    word.save(str(tmp / "direct.docx"))
            else:

                def baseline() -> None:
                    book = Workbook(write_only=True)
                    sheet = book.create_sheet()
                    for t in paragraphs:
                        sheet.append([t])
                    book.save(str(tmp / "direct.xlsx"))

            baseline_ms = timed(baseline, repeat=5)
            figures.append(
                Figure(
                    f"Báo cáo năm, {fmt.upper()}",
                    program_ms,
                    baseline_ms,
                    "≤ 2×",
                    "reading the records and building the content included",
                )
            )
    finally:
        db.close()
    return figures


def _process_ms(code: str, repeat: int = 5) -> float:
    samples = []
    for _ in range(repeat + 1):
        started = time.perf_counter()
        subprocess.run(
            [sys.executable, "-c", code],
            check=True,
            capture_output=True,
            env={**os.environ, "PYTHONPATH": str(HERE.parent)},
        )
        samples.append((time.perf_counter() - started) * 1000)
    return statistics.median(samples[1:])


def bench_startup(path: Path, data_dir: Path) -> Figure:
    program = textwrap.dedent(f"""
        import os
        os.environ["TTDN_DATA_DIR"] = {str(data_dir)!r}
        from PySide6.QtWidgets import QApplication
        app = QApplication([])
        from ttdn_desktop.core.database import open_database
        from ttdn_desktop.gui.main_window import MainWindow
        window = MainWindow(open_database({str(path)!r}))
        window.show()
        app.processEvents()
        window.repaint()
    """)
    bare = textwrap.dedent("""
        from PySide6.QtWidgets import QApplication, QMainWindow
        app = QApplication([])
        window = QMainWindow()
        window.show()
        app.processEvents()
        window.repaint()
    """)
    return Figure(
        "Khởi động đến cửa sổ chính",
        _process_ms(program),
        _process_ms(bare),
        "≤ 1.5×",
        "whole processes, offscreen; program opens the 100k database",
    )


def bench_memory(path: Path, empty: Path, data_dir: Path) -> Figure:
    code = textwrap.dedent("""
        import os, resource, sys
        os.environ["TTDN_DATA_DIR"] = sys.argv[2]
        from PySide6.QtWidgets import QApplication
        app = QApplication([])
        from ttdn_desktop.core.database import open_database
        from ttdn_desktop.gui.main_window import MainWindow
        window = MainWindow(open_database(sys.argv[1]))
        window.resize(1366, 768)
        window.show()
        for index in range(window.navigation.count()):
            window.navigation.setCurrentRow(index)
            app.processEvents()
        print(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss)
    """)

    def peak_kb(db_path: Path) -> float:
        done = subprocess.run(
            [sys.executable, "-c", code, str(db_path), str(data_dir)],
            check=True,
            capture_output=True,
            text=True,
            env={**os.environ, "PYTHONPATH": str(HERE.parent)},
        )
        return float(done.stdout.strip().splitlines()[-1])

    full, bare = peak_kb(path), peak_kb(empty)
    return Figure(
        "Bộ nhớ đỉnh, MB (100k so với rỗng)",
        full / 1024,
        bare / 1024,
        "≤ +80 MB",
        f"difference {(full - bare) / 1024:.1f} MB; every page visited",
    )


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="Đo hiệu năng TTĐN Desktop.")
    parser.add_argument("--records", type=int, default=100_000)
    parser.add_argument(
        "--large",
        type=int,
        default=0,
        help="also measure search on a database of this many records",
    )
    parser.add_argument("--json", type=Path, default=HERE / "results" / "latest.json")
    args = parser.parse_args(argv)

    path = database(args.records)
    year_db = database(5_000, years=1)
    figures: list[Figure] = []
    with tempfile.TemporaryDirectory() as folder:
        tmp = Path(folder)
        empty = tmp / "empty.sqlite"
        open_database(empty).close()
        figures.append(bench_startup(path, tmp / "data"))
        figures.append(bench_list(path, args.records))
        figures.append(
            bench_search(path, f"Tìm kiếm một phím, {args.records:,} bản ghi", "≤ 20 ms")
        )
        if args.large:
            figures.append(
                bench_search(
                    database(args.large), f"Tìm kiếm một phím, {args.large:,} bản ghi", "≤ 100 ms"
                )
            )
        figures.append(bench_overview(path, END_YEAR))
        figures.extend(bench_report(year_db, END_YEAR, tmp))
        figures.append(bench_memory(path, empty, tmp / "data"))

    width = max(len(f.name) for f in figures)
    print(f"{'Phép đo':<{width}}  {'Chương trình':>12}  {'Cơ sở':>10}  {'Tỷ lệ':>7}  Mục tiêu")
    for f in figures:
        print(
            f"{f.name:<{width}}  {f.program_ms:>12.1f}  {f.baseline_ms:>10.1f}  "
            f"{f.ratio:>6.2f}×  {f.target}"
        )
    args.json.parent.mkdir(parents=True, exist_ok=True)
    args.json.write_text(
        json.dumps(
            {
                "machine": {
                    "platform": platform.platform(),
                    "python": platform.python_version(),
                    "processor": platform.processor(),
                    "cpus": os.cpu_count(),
                },
                "records": args.records,
                "figures": [{**asdict(f), "ratio": round(f.ratio, 3)} for f in figures],
            },
            ensure_ascii=False,
            indent=2,
        ),
        encoding="utf-8",
    )
    print(f"\nĐã ghi {args.json}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
