"""Property: importing any malformed workbook either succeeds completely or changes nothing."""

from __future__ import annotations

import io
import zipfile
from datetime import date, datetime
from pathlib import Path

import openpyxl
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import func, select

from ttdn_desktop.core.database import Database
from ttdn_desktop.core.models import Base
from ttdn_desktop.core.units import ProfileData, set_own_unit
from ttdn_desktop.exchange.excel_import import ImportRefused, import_workbook
from ttdn_desktop.exchange.sheets import ACTIVITIES, DOCUMENTS, PRESS_ITEMS

SPECS = (DOCUMENTS, ACTIVITIES, PRESS_ITEMS)
cells = st.one_of(
    st.none(),
    st.text(st.characters(categories=["L", "N", "P", "Zs"]), max_size=30),
    st.sampled_from(["Họp báo", "Công văn", "Đã xử lý xong", "=1+1", "-3", "12/KH-ABC", "Có"]),
    st.integers(min_value=-10, max_value=10**13),
    st.floats(allow_nan=True, allow_infinity=False, width=32),
    st.dates(min_value=date(1900, 1, 1), max_value=date(2200, 1, 1)),
    st.booleans(),
)


@st.composite
def workbooks(draw: st.DrawFn) -> bytes:
    workbook = openpyxl.Workbook()
    workbook.remove(workbook.active)
    for spec in draw(
        st.lists(st.sampled_from(SPECS), min_size=1, max_size=3, unique_by=lambda s: s.key)
    ):
        sheet = workbook.create_sheet(spec.name)
        headers = list(spec.headers)
        if draw(st.integers(0, 5)) == 0:  # sometimes a damaged header
            damaged = draw(st.text(st.characters(categories=["L", "N", "Zs"]), max_size=10))
            headers[draw(st.integers(0, len(headers) - 1))] = damaged
        sheet.append(headers)
        for _ in range(draw(st.integers(0, 6))):
            row = [draw(cells) for _ in headers]
            if draw(st.booleans()):  # often a plausible row, to reach the save step
                row[1] = datetime(2021, 1, draw(st.integers(1, 28)))
                kind = spec.column("kind") if spec is not PRESS_ITEMS else spec.column("status")
                index = spec.columns.index(kind) + 1
                row[index] = draw(st.sampled_from([*kind.choices.values(), "sai"]))
            for i, value in enumerate(row):
                if isinstance(value, str):
                    row[i] = "".join(ch for ch in value if ch.isprintable())
            sheet.append(row)
    buffer = io.BytesIO()
    workbook.save(buffer)
    data = buffer.getvalue()
    # Where to cut or flip is drawn as a fraction: the saved bytes carry the time of saving,
    # so their length varies between runs and must not shape what hypothesis draws.
    damage = draw(st.integers(0, 6))
    where = draw(st.floats(0, 1, exclude_max=True))
    if damage == 0:
        data = data[: int(where * (len(data) + 1))]
    elif damage == 1:
        at = int(where * len(data))
        data = data[:at] + bytes([data[at] ^ 0x55]) + data[at + 1 :]
    return data


def snapshot(db: Database) -> dict[str, int]:
    with db.session() as session:
        return {
            t.name: session.scalar(select(func.count()).select_from(t)) or 0
            for t in Base.metadata.sorted_tables
        }


@settings(
    max_examples=60,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
@given(data=workbooks(), accept=st.booleans())
def test_import_succeeds_completely_or_changes_nothing(
    db: Database, tmp_path: Path, data: bytes, accept: bool
) -> None:
    with db.session() as session:
        if session.scalar(select(func.count()).select_from(Base.metadata.tables["settings"])) == 0:
            set_own_unit(session, "Sở X", ProfileData("UBND TỈNH X", "SỞ X", "SX", "X"))
    path = tmp_path / "input.xlsx"
    path.write_bytes(data)
    before = snapshot(db)
    try:
        with db.session() as session:
            result = import_workbook(session, path, accept=accept)
    except ImportRefused:
        assert snapshot(db) == before
        return
    after = snapshot(db)
    created = {
        "documents": result.created.get(DOCUMENTS.name, 0),
        "activities": result.created.get(ACTIVITIES.name, 0),
        "press_items": result.created.get(PRESS_ITEMS.name, 0),
        "organizations": result.organizations_created,
        "topics": result.topics_created,
    }
    for table, n in created.items():
        assert after[table] - before[table] == n, table
    assert result.preview.count("valid") == sum(result.created.values())
    if not accept:
        assert not result.preview.invalid and not result.preview.new_organizations


def test_zip_without_workbook_is_refused(db: Database, tmp_path: Path) -> None:
    path = tmp_path / "x.xlsx"
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr("xl/workbook.xml", "<not really/>")
    with db.session() as session:
        set_own_unit(session, "Sở X", ProfileData("UBND TỈNH X", "SỞ X", "SX", "X"))
    before = snapshot(db)
    try:
        with db.session() as session:
            import_workbook(session, path, accept=True)
    except ImportRefused as exc:
        assert "hỏng" in str(exc)
    assert snapshot(db) == before
