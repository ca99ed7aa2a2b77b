"""Every benchmark, each against the fastest possible baseline measured in the same run.

    python bench/run.py [--records 100000] [--large 0|1000000] [--json bench/results/latest.json]

Prints a table (figure, program, baseline, ratio, target) and writes the same as JSON. Databases
are generated once into bench/.cache (reproducible from the seed) and reused by later runs.
Times are medians of several runs; ratios compare medians. `--large` adds the list, search and
overview figures on a rollup of that many records.
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
from datetime import date
from pathlib import Path
from typing import Any

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


def timed_pair(
    program: Callable[[], object], baseline: Callable[[], object], repeat: int = 3
) -> tuple[float, float]:
    """Median wall times in milliseconds of two long runs, taken in turn."""
    samples: tuple[list[float], list[float]] = ([], [])
    for _ in range(repeat):
        for fn, into in ((program, samples[0]), (baseline, samples[1])):
            started = time.perf_counter()
            fn()
            into.append((time.perf_counter() - started) * 1000)
    return statistics.median(samples[0]), statistics.median(samples[1])


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


def bench_list(path: Path, records: int, target: str = "≤ 50 ms") -> Figure:
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
        target,
        "press items: ~45% of the records; the view painted with its first screen of cells",
    )


def bench_overview(path: Path, year: int, records: int) -> Figure:
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
        f"Số liệu một năm ({year}, {records:,} bản ghi)",
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


def bench_export(path: Path, records: int, tmp: Path) -> Figure:
    """Every record of the database into one workbook (one sheet per record kind) vs openpyxl's
    write-only mode appending the very same cell values, read beforehand."""
    from openpyxl import Workbook

    from ttdn_desktop.exchange.excel_export import RECORD_SHEETS, _Names, export_period, record_rows

    everything = Period.custom(date(1900, 1, 1), date(2999, 12, 31))
    db = open_database(path)
    try:
        # The same cells, in the same sheets and order, read once outside the timing.
        sheets: list[tuple[str, list[list[Any]]]] = []
        with db.session() as s:
            names = _Names(s)
            for key, spec in RECORD_SHEETS.items():
                ids = _export_ids(s, key, everything)
                sheets.append((spec.name, list(record_rows(s, spec, ids, names))))

        def program() -> None:
            with db.session() as s:
                export_period(s, everything, tmp / "xuat.xlsx")

        def baseline() -> None:
            book = Workbook(write_only=True)
            for name, values in sheets:
                sheet = book.create_sheet(name)
                for row in values:
                    sheet.append(row)
            book.save(str(tmp / "truc-tiep.xlsx"))

        # Each run takes seconds: the two alternate, so a busy machine slows both alike.
        program_ms, baseline_ms = timed_pair(program, baseline, repeat=3)
    finally:
        db.close()
    written = sum(len(values) for _, values in sheets)
    return Figure(
        f"Xuất Excel {written:,} dòng",
        program_ms,
        baseline_ms,
        "≤ 1.3×",
        f"export_period over all {records:,} records (reading, dates, styles, widths) vs "
        "write-only openpyxl appending the same values",
    )


def _export_ids(session: Any, key: str, period: Period) -> list[int]:
    """The ids export_period writes for one record kind, in its order (own unit, by date)."""
    from sqlalchemy import select

    from ttdn_desktop.core.units import own_unit
    from ttdn_desktop.exchange.excel_export import _DATE_COLUMNS, _MODELS

    model, column = _MODELS[key], _DATE_COLUMNS[key]
    stmt = select(model.id).where(
        model.deleted_at.is_(None), column.between(period.start, period.end)
    )
    unit = own_unit(session)
    if unit is not None:
        stmt = stmt.where(model.unit_id == unit.id)
    return list(session.scalars(stmt.order_by(column, model.id)))


def bench_backup(path: Path, records: int, tmp: Path) -> Figure:
    """Sao lưu (a checked archive: snapshot, hashes, deflate, fsync) vs the backup API alone."""
    from ttdn_desktop.core.backup import backup_file

    attachments = tmp / "tep-dinh-kem"  # generated attachments are metadata only
    attachments.mkdir(exist_ok=True)

    def program() -> None:
        backup_file(path, tmp / "sao-luu.ttdnbak", attachments_root=attachments)

    def baseline() -> None:
        target = tmp / "api.sqlite"
        target.unlink(missing_ok=True)
        src, dst = sqlite3.connect(path), sqlite3.connect(target)
        try:
            src.backup(dst)
        finally:
            dst.close()
            src.close()

    program_ms, baseline_ms = timed_pair(program, baseline, repeat=3)
    size = path.stat().st_size / 1024 / 1024
    return Figure(
        f"Sao lưu CSDL {records:,} bản ghi",
        program_ms,
        baseline_ms,
        "(không đặt)",
        f"{size:.0f} MB database; the program also hashes, compresses and syncs the archive",
    )


def _child_env() -> dict[str, str]:
    """The environment of measured processes. An installed program has its bytecode cached, so
    PYTHONDONTWRITEBYTECODE (set on some development machines) would add seconds of compiling
    to every start; the first, unmeasured run writes the cache."""
    env = {**os.environ, "PYTHONPATH": str(HERE.parent)}
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    return env


def _process_ms(code: str, repeat: int = 5) -> float:
    samples = []
    for _ in range(repeat + 1):
        started = time.perf_counter()
        subprocess.run(
            [sys.executable, "-c", code],
            check=True,
            capture_output=True,
            env=_child_env(),
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
            env=_child_env(),
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
        help="also measure the list, search and overview on a database of this many records",
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
        figures.append(bench_overview(path, END_YEAR, args.records))
        if args.large:
            large = database(args.large)
            figures.append(bench_list(large, args.large, "(không đặt)"))
            figures.append(
                bench_search(large, f"Tìm kiếm một phím, {args.large:,} bản ghi", "≤ 100 ms")
            )
            figures.append(bench_overview(large, END_YEAR, args.large))
        figures.extend(bench_report(year_db, END_YEAR, tmp))
        figures.append(bench_export(path, args.records, tmp))
        figures.append(bench_backup(path, args.records, tmp))
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
