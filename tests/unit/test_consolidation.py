"""Consolidation: figures and reports of the own unit, of one sending unit, or of all units.

A receiving database holds the demo year as its own records, and two packages: the demo year as
sent by Sở TTTT, and a smaller year sent by a district. The sums and the per-unit breakdown are
read back from the rendered PDF (pdftotext) and XLSX (openpyxl).
"""

from __future__ import annotations

import shutil
import subprocess
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path

import openpyxl
import pytest
from sqlalchemy import select

from ttdn_desktop.core import labels
from ttdn_desktop.core.database import Database, open_database
from ttdn_desktop.core.errors import ValidationError
from ttdn_desktop.core.listing import FAMILIES, ListFilter, matching_ids
from ttdn_desktop.core.models import Activity, Organization, PressItem
from ttdn_desktop.core.overview import year_overview
from ttdn_desktop.core.periods import Period
from ttdn_desktop.core.scope import (
    ALL_UNITS,
    OWN_UNIT,
    UnitScope,
    find_unit,
    other_units,
    scope_stats,
    stats_by_unit,
)
from ttdn_desktop.core.units import ProfileData, own_unit, set_own_unit
from ttdn_desktop.exchange.package import export_package
from ttdn_desktop.exchange.package_import import import_package
from ttdn_desktop.reports.annual import ReportOptions, build_report
from ttdn_desktop.reports.registers import build_annex
from ttdn_desktop.reports.render import render

YEAR = Period.year(2020, cutoff=True)
SO = "Sở Thông tin và Truyền thông tỉnh Bắc Kạn"
HUYEN = "UBND huyện Pác Nặm"
OWN = "Ban Tuyên giáo Tỉnh ủy Bắc Kạn"


def rename_own_unit(db: Database, name: str, short: str, abbreviation: str) -> None:
    with db.session() as session:
        unit = set_own_unit(
            session,
            name,
            ProfileData(f"TỈNH {short.upper()}", name.upper(), abbreviation, "Bắc Kạn"),
        )
        unit.short_name = short


@dataclass
class Setup:
    db: Database
    own_report_before: str
    dropped_trainings: int


@pytest.fixture
def setup(_demo_template: Path, tmp_path: Path) -> Setup:
    # The district: the demo year without its trainings.
    district_path = tmp_path / "district.sqlite"
    shutil.copyfile(_demo_template, district_path)
    district = open_database(district_path)
    rename_own_unit(district, HUYEN, "Huyện Pác Nặm", "UBND")
    with district.session() as session:
        trainings = session.scalars(select(Activity).where(Activity.kind == "training")).all()
        for activity in trainings:
            activity.deleted_at = datetime(2020, 12, 1)
        export_package(session, YEAR, tmp_path / "huyen.ttdn")
    district.close()
    # Sở TTTT sends the demo year as it is.
    so = open_database(_copy(_demo_template, tmp_path / "so.sqlite"))
    with so.session() as session:
        export_package(session, YEAR, tmp_path / "so.ttdn")
    so.close()
    # The receiver has the demo year as its own records.
    db = open_database(_copy(_demo_template, tmp_path / "receiver.sqlite"))
    rename_own_unit(db, OWN, "Ban Tuyên giáo", "BTGTU")
    with db.session() as session:
        before = repr(build_report(session, YEAR, _options()))
    for name in ("so.ttdn", "huyen.ttdn"):
        with db.session() as session:
            import_package(session, tmp_path / name)
    return Setup(db, before, len(trainings))


def _copy(source: Path, target: Path) -> Path:
    shutil.copyfile(source, target)
    return target


def _options(scope: UnitScope = OWN_UNIT) -> ReportOptions:
    return ReportOptions(
        number="12", issued_date=date(2020, 12, 21), today=date(2021, 1, 5), scope=scope
    )


def test_each_scope_counts_its_own_records(setup: Setup) -> None:
    with setup.db.session() as session:
        units = other_units(session)
        assert [u.name for u in units] == [SO, HUYEN]
        own = scope_stats(session, YEAR, OWN_UNIT)
        so = scope_stats(session, YEAR, UnitScope(unit_id=units[0].id))
        huyen = scope_stats(session, YEAR, UnitScope(unit_id=units[1].id))
        total = scope_stats(session, YEAR, ALL_UNITS)
    assert own == so  # both are the demo year
    assert own["trainings"] == setup.dropped_trainings > 0
    assert huyen["trainings"] == 0 and huyen["guidance_documents"] == own["guidance_documents"]
    assert total == {k: own[k] + so[k] + huyen[k] for k in own}


def test_the_breakdown_has_a_row_per_unit_and_adds_up(setup: Setup) -> None:
    with setup.db.session() as session:
        rows = stats_by_unit(session, YEAR)
        total = scope_stats(session, YEAR, ALL_UNITS)
    assert [r.name for r in rows] == [OWN, SO, HUYEN] and rows[0].is_own
    for key in total:
        assert sum(r.stats[key] for r in rows) == total[key]


def test_the_own_unit_report_does_not_change_when_packages_arrive(setup: Setup) -> None:
    with setup.db.session() as session:
        assert repr(build_report(session, YEAR, _options())) == setup.own_report_before


def test_everyday_views_show_the_own_unit_only(setup: Setup) -> None:
    """Lists, search, Tổng quan and reminders stay the own unit's once packages arrive."""
    with setup.db.session() as session:
        view = year_overview(session, 2020, today=date(2021, 1, 5))
        own = scope_stats(session, Period.year(2020), OWN_UNIT)
        assert view.stats["guidance_documents"] == own["guidance_documents"] > 0
        assert view.stats["trainings"] == own["trainings"] > 0
        assert sum(view.activity_months["training"]) == own["trainings"]
        every = ListFilter(period=YEAR, all_units=True)
        for family in ("guidance", "press_items", "trainings"):
            mine = matching_ids(session, family, ListFilter(period=YEAR))
            units = {session.get(FAMILIES[family].model, i).unit_id for i in mine}
            assert units == {own_unit(session).id}
            assert len(matching_ids(session, family, every)) > len(mine)
        found = matching_ids(session, "press_items", ListFilter(text="pac nam"))
        assert {session.get(PressItem, i).unit_id for i in found} <= {own_unit(session).id}
        assert view.press.open_items == 2  # the demo's two open items, not three times two


def test_find_unit_by_number_name_short_name_or_part(setup: Setup) -> None:
    with setup.db.session() as session:
        so = session.scalars(select(Organization).where(Organization.name == SO)).one()
        assert find_unit(session, str(so.id)).id == so.id
        assert find_unit(session, "sở tttt").id == so.id
        assert find_unit(session, "pac nam").name == HUYEN
        own = own_unit(session)
        assert own is not None and find_unit(session, "Ban Tuyên giáo").id == own.id
        with pytest.raises(ValidationError, match="Không có đơn vị nào khớp"):
            find_unit(session, "Hà Giang")
        with pytest.raises(ValidationError, match="đơn vị khớp"):
            find_unit(session, "Bắc Kạn")


def test_a_report_of_one_sending_unit(setup: Setup) -> None:
    with setup.db.session() as session:
        huyen = find_unit(session, HUYEN)
        doc = build_report(session, YEAR, _options(UnitScope(unit_id=huyen.id)))
    assert doc.subject == f"Kết quả công tác thông tin đối ngoại năm 2020 của {HUYEN}"
    assert doc.header.body_name == "BAN TUYÊN GIÁO TỈNH ỦY BẮC KẠN"  # the issuer stays the own unit
    text = "\n".join(p.text for p in doc.body)
    assert "Huyện Pác Nặm báo cáo" in text
    assert len(doc.tables) == 1  # no breakdown for one unit


def _consolidated(setup: Setup, tmp_path: Path, suffix: str) -> tuple[Path, list[int]]:
    with setup.db.session() as session:
        doc = build_report(session, YEAR, _options(ALL_UNITS))
        rows = stats_by_unit(session, YEAR)
    assert doc.subject.endswith("(tổng hợp các đơn vị)")
    breakdown = doc.tables[-1]
    assert breakdown.title == "Số liệu theo đơn vị năm 2020"
    assert [r[1] for r in breakdown.rows] == [OWN, SO, HUYEN, "Tổng cộng"]
    totals = [sum(r.stats[k] for r in rows) for k in labels.UNIT_BREAKDOWN_LABELS]
    assert breakdown.rows[-1][2:] == totals
    return render(doc, tmp_path / f"tong-hop.{suffix}"), totals


def test_the_consolidated_xlsx_has_the_breakdown_with_its_sums(
    setup: Setup, tmp_path: Path
) -> None:
    path, totals = _consolidated(setup, tmp_path, "xlsx")
    sheet = openpyxl.load_workbook(path).worksheets[0]
    values = [[c.value for c in row] for row in sheet.iter_rows()]
    header = next(i for i, r in enumerate(values) if r[1] == "Đơn vị")
    assert values[header][2 : 2 + len(totals)] == list(labels.UNIT_BREAKDOWN_LABELS.values())
    names = [values[header + i][1] for i in range(1, 5)]
    assert names == [OWN, SO, HUYEN, "Tổng cộng"]
    figures = [values[header + i][2 : 2 + len(totals)] for i in range(1, 5)]
    assert figures[3] == totals
    assert [sum(col) for col in zip(*figures[:3], strict=True)] == totals


def test_the_consolidated_pdf_prints_the_breakdown(
    setup: Setup, tmp_path: Path, pdf_text: Callable[..., str]
) -> None:
    path, totals = _consolidated(setup, tmp_path, "pdf")
    text = " ".join(pdf_text(path).split())
    assert "Số liệu theo đơn vị năm 2020" in text
    assert OWN in text and HUYEN in text
    # With -layout a table row stays on one line.
    layout = subprocess.run(
        ["pdftotext", "-layout", "-enc", "UTF-8", str(path), "-"], capture_output=True, check=True
    ).stdout.decode("utf-8")
    total_line = next(line for line in layout.splitlines() if "Tổng cộng" in line)
    assert [int(n) for n in total_line.split()[2:]] == totals


def test_the_annex_of_all_units_carries_the_breakdown(setup: Setup) -> None:
    with setup.db.session() as session:
        doc = build_annex(session, YEAR, _options(ALL_UNITS))
    assert doc.subject == "Công tác thông tin đối ngoại năm 2020 (tổng hợp các đơn vị)"
    assert doc.tables[-1].rows[-1][1] == "Tổng cộng"


def test_the_consolidated_docx_has_the_breakdown_table(setup: Setup, tmp_path: Path) -> None:
    import docx

    path, totals = _consolidated(setup, tmp_path, "docx")
    document = docx.Document(str(path))
    table = document.tables[-1]
    rows = [[cell.text for cell in row.cells] for row in table.rows]
    assert rows[0][1] == "Đơn vị" and [r[1] for r in rows[1:]] == [OWN, SO, HUYEN, "Tổng cộng"]
    assert [int(v) for v in rows[-1][2:]] == totals
    headings = [p.text for p in document.paragraphs]
    assert "Số liệu theo đơn vị năm 2020" in headings
