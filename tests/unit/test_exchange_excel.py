"""Excel export, template and import: real files, read back with openpyxl and LibreOffice."""

from __future__ import annotations

import csv
import shutil
import zipfile
from datetime import date
from pathlib import Path

import openpyxl
import pytest
from sqlalchemy import func, select

from ttdn_desktop.core.database import Database, open_database
from ttdn_desktop.core.listing import ListFilter
from ttdn_desktop.core.models import Activity, Base, Document, Organization, PressItem
from ttdn_desktop.core.periods import Period
from ttdn_desktop.core.records import ActivityData, save
from ttdn_desktop.core.units import own_profile, own_unit, set_own_unit
from ttdn_desktop.exchange.excel_export import export_list, export_year, safe_text
from ttdn_desktop.exchange.excel_import import (
    MAX_ROWS,
    ImportRefused,
    import_workbook,
    preview_import,
)
from ttdn_desktop.exchange.excel_template import write_template
from ttdn_desktop.exchange.sheets import ACTIVITIES, DOCUMENTS, PRESS_ITEMS

# ... the last "true": cells as shown, so a date reads as its dd/mm/yyyy format.
CSV_FILTER = "csv:Text - txt - csv (StarCalc):44,34,76,1,,0,true,true,true"
FORMULA_LOOKING = ["=SUM(1,2)", "+84 209 3870 000", "-1", "@ghi chú", "\tthụt đầu dòng", "=1+1"]
needs_libreoffice = pytest.mark.skipif(
    shutil.which("soffice") is None, reason="LibreOffice (soffice) is needed to read the file back"
)


def snapshot(db: Database) -> dict[str, int]:
    """The row count of every table."""
    with db.session() as session:
        return {
            t.name: session.scalar(select(func.count()).select_from(t)) or 0
            for t in Base.metadata.sorted_tables
        }


@pytest.fixture
def demo_xlsx(demo_db: Database, tmp_path: Path) -> Path:
    with demo_db.session() as session:
        export_year(session, 2020, tmp_path / "demo-2020.xlsx")
    return tmp_path / "demo-2020.xlsx"


@pytest.fixture
def fresh_db(demo_db: Database, tmp_path: Path) -> Database:
    """An empty database with the same own unit as the demo one."""
    with demo_db.session() as session:
        name, profile = own_unit(session).name, own_profile(session)  # type: ignore[union-attr]
    database = open_database(tmp_path / "fresh.sqlite")
    with database.session() as session:
        set_own_unit(session, name, profile)  # type: ignore[arg-type]
    yield database  # type: ignore[misc]
    database.close()


def workbook_with(tmp_path: Path, sheet_rows: dict[str, list[list[object]]]) -> Path:
    """A workbook like the template's: title row, blank row, header, then the given rows."""
    specs = {s.name: s for s in (DOCUMENTS, ACTIVITIES, PRESS_ITEMS)}
    workbook = openpyxl.Workbook()
    workbook.remove(workbook.active)
    for name, rows in sheet_rows.items():
        sheet = workbook.create_sheet(name)
        sheet.append(["Tiêu đề"])
        sheet.append([])
        sheet.append(specs[name].headers)
        for row in rows:
            sheet.append(row)
    path = tmp_path / "input.xlsx"
    workbook.save(path)
    return path


def activity_row(**values: object) -> list[object]:
    row: list[object] = [1] + [None] * len(ACTIVITIES.columns)
    defaults = {"start_date": date(2021, 3, 1), "kind": "Họp báo", "title": "Họp báo quý I"}
    for key, value in {**defaults, **values}.items():
        index = [c.field for c in ACTIVITIES.columns].index(key) + 1
        row[index] = value
    return row


# --- export ---------------------------------------------------------------------------------


def test_year_export_has_typed_cells_title_frozen_header_and_filter(demo_xlsx: Path) -> None:
    workbook = openpyxl.load_workbook(demo_xlsx)
    assert workbook.sheetnames == ["Văn bản", "Hoạt động", "Theo dõi báo chí"]
    sheet = workbook["Hoạt động"]
    assert "Bắc Kạn" in sheet["A1"].value
    assert "năm 2020" in sheet["A1"].value
    assert [c.value for c in sheet[3]] == ACTIVITIES.headers
    assert sheet.freeze_panes == "A4"
    assert sheet.auto_filter.ref == f"A3:{openpyxl.utils.get_column_letter(23)}{3 + 25}"
    first = sheet["B4"]
    assert first.is_date and first.number_format == "dd/mm/yyyy"
    row = next(r for r in sheet.iter_rows(min_row=4) if r[9].value == 48)
    assert isinstance(row[9].value, int) and row[1].value.date() == date(2020, 1, 16)
    assert sheet.column_dimensions["E"].width > sheet.column_dimensions["A"].width


def test_list_export_keeps_the_filter_and_order(demo_db: Database, tmp_path: Path) -> None:
    path = tmp_path / "press.xlsx"
    flt = ListFilter(period=Period.year(2020), statuses=("handled",))
    with demo_db.session() as session:
        result = export_list(session, "press_items", flt, path, sort_key="published_date")
        handled = session.scalar(
            select(func.count(PressItem.id)).where(PressItem.status == "handled")
        )
    assert result.rows == {"Theo dõi báo chí": handled}
    sheet = openpyxl.load_workbook(path)["Theo dõi báo chí"]
    days = [row[1].value for row in sheet.iter_rows(min_row=4)]
    assert days == sorted(days, reverse=True)
    statuses = {row[14].value for row in sheet.iter_rows(min_row=4)}
    assert statuses == {"Đã xử lý xong"}


def test_catalogue_list_exports_with_its_columns(demo_db: Database, tmp_path: Path) -> None:
    with demo_db.session() as session:
        result = export_list(session, "organizations", ListFilter(), tmp_path / "o.xlsx")
    assert next(iter(result.rows.values())) > 40


def _formula_activity(demo_db: Database) -> None:
    with demo_db.session() as session:
        for i, text in enumerate(FORMULA_LOOKING):
            save(
                session,
                ActivityData(kind="other", title=text, start_date=date(2020, 5, 1 + i), place=text),
            )


def test_formula_looking_text_is_stored_as_text(demo_db: Database, tmp_path: Path) -> None:
    _formula_activity(demo_db)
    with demo_db.session() as session:
        export_year(session, 2020, tmp_path / "f.xlsx")
    sheet = openpyxl.load_workbook(tmp_path / "f.xlsx")["Hoạt động"]
    cells = [c for row in sheet.iter_rows(min_row=4) for c in row if c.value in FORMULA_LOOKING]
    # The forms trim surrounding whitespace, so the tab never reaches the database.
    assert {c.value for c in cells} == set(FORMULA_LOOKING) - {"\tthụt đầu dòng"}
    assert all(c.data_type == "s" for c in cells)


def test_safe_text_marks_every_formula_trigger() -> None:
    workbook = openpyxl.Workbook(write_only=True)
    sheet = workbook.create_sheet("x")
    for text in ["=1", "+1", "-1", "@x", "\tx", "\rx"]:
        cell = safe_text(sheet, text)
        assert not isinstance(cell, str) and cell.data_type == "s" and cell.quotePrefix
    assert safe_text(sheet, "Bình thường") == "Bình thường"
    assert safe_text(sheet, "a\x01b") == "ab"


@needs_libreoffice
def test_libreoffice_sees_text_dates_and_numbers(
    demo_db: Database, libreoffice, tmp_path: Path
) -> None:
    _formula_activity(demo_db)
    with demo_db.session() as session:
        export_year(session, 2020, tmp_path / "f.xlsx", kinds=("activities",))
    raw = libreoffice(tmp_path / "f.xlsx", CSV_FILTER, tmp_path / "csv").read_text("utf-8")
    cells = [cell for row in csv.reader(raw.splitlines()) for cell in row]
    for text in FORMULA_LOOKING:
        if text.startswith("\t"):
            assert any(c.endswith(text.strip()) for c in cells), text
        else:
            assert text in cells, text
    # Text cells are quoted by the filter: =SUM(1,2) and =1+1 stayed text, not 3 and 2.
    assert '"=SUM(1,2)"' in raw and '"=1+1"' in raw
    assert "16/01/2020" in cells  # a real date, shown dd/mm/yyyy
    assert '"16/01/2020"' not in raw  # ...and not text: the filter quotes text cells only
    assert ",48," in raw  # a number, unquoted


# --- template -------------------------------------------------------------------------------


def test_template_has_headers_sample_and_lists(db: Database, tmp_path: Path) -> None:
    path = write_template(tmp_path / "mau.xlsx")
    workbook = openpyxl.load_workbook(path)
    sheet = workbook["Hoạt động"]
    assert [c.value for c in sheet[3]] == ACTIVITIES.headers
    assert sheet["A4"].value == "MẪU"
    formulas = {v.formula1 for v in sheet.data_validations.dataValidation if v.type == "list"}
    assert formulas, "no drop-down lists"
    lists = workbook["Danh sách chọn"]
    values = {c.value for col in lists.iter_cols() for c in col}
    assert "Họp báo" in values and "Đã xử lý xong" in values
    with db.session() as session:
        set_own_unit(session, "Sở X", own_profile_stub())
    with db.session() as session:
        preview = preview_import(session, path)
    assert preview.rows == []  # the sample rows are skipped


def own_profile_stub():  # type: ignore[no-untyped-def]
    from ttdn_desktop.core.units import ProfileData

    return ProfileData("UBND TỈNH X", "SỞ X", "SX", "X")


# --- import ---------------------------------------------------------------------------------


def test_round_trip_of_the_demo_year(
    demo_xlsx: Path, fresh_db: Database, demo_db: Database
) -> None:
    with fresh_db.session() as session:
        preview = preview_import(session, demo_xlsx)
    assert preview.invalid == []
    assert preview.count("valid") == 33 + 25 + 53
    assert len(preview.new_topics) == 13
    with fresh_db.session() as session:
        result = import_workbook(session, demo_xlsx, accept=True)
    assert result.created == {"Văn bản": 33, "Hoạt động": 25, "Theo dõi báo chí": 53}

    def sample(db: Database) -> list[object]:
        with db.session() as session:
            activity = session.scalars(select(Activity).where(Activity.participants == 48)).one()
            press = session.scalars(select(PressItem).order_by(PressItem.published_date)).first()
            plan = session.scalars(select(Document).where(Document.kind == "plan")).first()
            return [
                (activity.title, activity.start_date, activity.journalists, activity.host.name),
                sorted(t.name for t in activity.topics),
                sorted(o.name for o in activity.co_organizers),
                activity.plan.number_symbol if activity.plan else None,
                (press.title, press.status, press.handled_date, press.outlet_replied),
                (press.outlet.name, press.assigned.name, press.link, press.scope),
                (plan.number_symbol, plan.subject, plan.issued_date),
            ]

    assert sample(fresh_db) == sample(demo_db)
    # Exported again, the new database gives the same workbook cells.
    with fresh_db.session() as session:
        assert session.scalar(select(func.count(Organization.id))) >= 50


def test_importing_twice_creates_no_duplicates(demo_xlsx: Path, fresh_db: Database) -> None:
    with fresh_db.session() as session:
        import_workbook(session, demo_xlsx, accept=True)
    before = snapshot(fresh_db)
    with fresh_db.session() as session:
        result = import_workbook(session, demo_xlsx)
    assert result.created == {} and result.preview.count("existing") == 111
    assert snapshot(fresh_db) == before


def test_export_imports_back_unchanged_into_its_own_database(
    demo_xlsx: Path, demo_db: Database
) -> None:
    before = snapshot(demo_db)
    with demo_db.session() as session:
        result = import_workbook(session, demo_xlsx)
    assert result.preview.count("existing") == 111 and result.created == {}
    assert snapshot(demo_db) == before


@pytest.mark.parametrize(
    ("values", "column", "reason"),
    [
        ({"start_date": "32/13/2021"}, "B (Ngày bắt đầu)", "không phải là ngày"),
        ({"start_date": None}, "B (Ngày bắt đầu)", "Chưa nhập"),
        ({"participants": -5}, "J (Số người tham dự)", "số âm"),
        ({"participants": "nhiều"}, "J (Số người tham dự)", "không phải là số"),
        ({"kind": "Hội thảo"}, "D (Loại hoạt động)", "không có trong danh sách"),
        ({"title": None}, "E (Tên hoạt động)", "Chưa nhập"),
        ({"place": "x" * 600}, "F (Địa điểm)", "vượt quá giới hạn"),
        ({"notes": "x" * 1_048_576}, "W (Ghi chú)", "vượt quá giới hạn"),
        ({"end_date": date(2021, 2, 1)}, "C (Ngày kết thúc)", "không được trước"),
    ],
)
def test_preview_names_sheet_row_column_and_reason(
    fresh_db: Database, tmp_path: Path, values: dict[str, object], column: str, reason: str
) -> None:
    path = workbook_with(
        tmp_path, {"Hoạt động": [activity_row(title="Dòng đúng"), activity_row(**values)]}
    )
    before = snapshot(fresh_db)
    with fresh_db.session() as session:
        preview = preview_import(session, path)
    assert snapshot(fresh_db) == before
    assert [r.status for r in preview.rows] == ["valid", "invalid"]
    (problem,) = preview.invalid[0].problems
    assert problem[0] == column and reason in problem[1]
    line = next(preview.problem_lines())
    assert line.startswith("Trang tính “Hoạt động”, dòng 5, cột ")
    # Without consent nothing is imported; with it, the valid row only.
    with fresh_db.session() as session, pytest.raises(ImportRefused, match="1 dòng có lỗi"):
        import_workbook(session, path)
    assert snapshot(fresh_db) == before
    with fresh_db.session() as session:
        result = import_workbook(session, path, accept=True)
    assert result.created == {"Hoạt động": 1}


def test_new_organisations_and_topics_only_with_consent(fresh_db: Database, tmp_path: Path) -> None:
    path = workbook_with(
        tmp_path,
        {"Hoạt động": [activity_row(host_id="Báo Mới Toanh", topic_ids="Chủ đề A; Chủ đề B")]},
    )
    before = snapshot(fresh_db)
    with fresh_db.session() as session:
        preview = preview_import(session, path)
    assert preview.new_organizations == ["Báo Mới Toanh"]
    assert preview.new_topics == ["Chủ đề A", "Chủ đề B"]
    with fresh_db.session() as session, pytest.raises(ImportRefused, match="1 cơ quan"):
        import_workbook(session, path)
    assert snapshot(fresh_db) == before
    with fresh_db.session() as session:
        result = import_workbook(session, path, accept=True)
    assert (result.organizations_created, result.topics_created) == (1, 2)


def _refused(db: Database, path: Path, match: str) -> None:
    before = snapshot(db)
    with db.session() as session, pytest.raises(ImportRefused, match=match):
        import_workbook(session, path, accept=True)
    with db.session() as session, pytest.raises(ImportRefused, match=match):
        preview_import(session, path)
    assert snapshot(db) == before


def test_refuses_a_file_that_is_not_a_workbook(fresh_db: Database, tmp_path: Path) -> None:
    path = tmp_path / "note.xlsx"
    path.write_text("không phải Excel", encoding="utf-8")
    _refused(fresh_db, path, "không phải sổ tính Excel")
    zipped = tmp_path / "other.xlsx"
    with zipfile.ZipFile(zipped, "w") as archive:
        archive.writestr("a.txt", "x")
    _refused(fresh_db, zipped, "không phải sổ tính Excel")


def test_refuses_a_truncated_or_corrupted_workbook(
    demo_xlsx: Path, fresh_db: Database, tmp_path: Path
) -> None:
    data = demo_xlsx.read_bytes()
    truncated = tmp_path / "cut.xlsx"
    truncated.write_bytes(data[: len(data) // 2])
    _refused(fresh_db, truncated, "hỏng")
    corrupted = tmp_path / "bad.xlsx"
    middle = len(data) // 2
    corrupted.write_bytes(
        data[:middle] + bytes(b ^ 0xFF for b in data[middle : middle + 64]) + data[middle + 64 :]
    )
    _refused(fresh_db, corrupted, "hỏng")


def test_refuses_a_wrong_header(fresh_db: Database, tmp_path: Path) -> None:
    path = workbook_with(tmp_path, {"Hoạt động": [activity_row()]})
    workbook = openpyxl.load_workbook(path)
    workbook["Hoạt động"]["D3"] = "Loại"
    workbook.save(path)
    _refused(fresh_db, path, "cột D: tiêu đề là “Loại”, cần “Loại hoạt động”")


def test_refuses_too_many_rows(fresh_db: Database, tmp_path: Path) -> None:
    workbook = openpyxl.Workbook(write_only=True)
    sheet = workbook.create_sheet("Hoạt động")
    sheet.append(ACTIVITIES.headers)
    row = activity_row()
    for _ in range(MAX_ROWS + 1):
        sheet.append(row)
    path = tmp_path / "big.xlsx"
    workbook.save(path)
    _refused(fresh_db, path, "hơn 20.000 dòng")
