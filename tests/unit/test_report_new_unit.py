"""A report of a unit that has only just started: true statements only, in its own name."""

from __future__ import annotations

import shutil
import subprocess
from datetime import date
from pathlib import Path

import pytest

from ttdn_desktop.core.database import Database
from ttdn_desktop.core.periods import Period
from ttdn_desktop.core.records import PressItemData, save
from ttdn_desktop.core.units import ProfileData, set_own_unit
from ttdn_desktop.reports.annual import ReportOptions, build_report
from ttdn_desktop.reports.render import render

UNIT = "Sở Văn hóa, Thể thao và Du lịch tỉnh Thái Nguyên"


@pytest.fixture
def new_unit(db: Database) -> Database:
    with db.session() as s:
        set_own_unit(
            s,
            UNIT,
            ProfileData(
                parent_body="UBND TỈNH THÁI NGUYÊN",
                body_name="SỞ VĂN HÓA, THỂ THAO VÀ DU LỊCH",
                abbreviation="SVHTTDL",
                place_name="Thái Nguyên",
                signer_title="GIÁM ĐỐC",
                signer_name="Nguyễn Văn An",
                distribution=["Lưu: VT"],
            ),
        )
        save(s, PressItemData(title="Bài báo về lễ hội", published_date=date(2026, 3, 2)))
    return db


def test_drafts_speak_only_of_months_that_are_over_and_of_plans_that_exist(
    new_unit: Database,
) -> None:
    with new_unit.session() as s:
        doc = build_report(s, Period.year(2026), ReportOptions(today=date(2026, 11, 26)))
    text = "\n".join(p.text for p in doc.body)
    assert "10 tháng chưa đủ 02 văn bản" in text
    assert "tháng 11" not in text and "tháng 1, 2, 3, 4, 5, 6, 7, 8, 9, 10)" in text
    assert "bám sát kế hoạch" not in text
    # The unit is named as it is written, never by its abbreviation code.
    assert f"{UNIT} báo cáo kết quả" in text and "SVHTTDL báo cáo" not in text
    # Nothing handled yet: said in words, not as "00 nội dung".
    assert "chưa có nội dung nào được xử lý xong" in text and "xử lý 00" not in text


@pytest.mark.skipif(shutil.which("pdftotext") is None, reason="needs poppler-utils")
def test_the_signature_keeps_the_closing_paragraph_on_its_page(
    new_unit: Database, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("TTDN_REPORT_FONT", "bundled")
    with new_unit.session() as s:
        doc = build_report(s, Period.year(2026), ReportOptions(with_annex=False))
    path = render(doc, tmp_path / "bc.pdf")
    text = subprocess.run(
        ["pdftotext", str(path), "-"], capture_output=True, text=True, check=True
    ).stdout
    pages = text.split("\f")
    signed = next(p for p in pages if "Nơi nhận" in p)
    assert "Trên đây là báo cáo" in signed


@pytest.mark.skipif(shutil.which("pdftotext") is None, reason="needs poppler-utils")
def test_a_long_body_name_breaks_between_phrases_in_every_format(
    new_unit: Database, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import docx
    import openpyxl

    monkeypatch.setenv("TTDN_REPORT_FONT", "bundled")
    with new_unit.session() as s:
        doc = build_report(s, Period.year(2026), ReportOptions(today=date(2026, 11, 26)))
    assert doc.header.body_lines == "SỞ VĂN HÓA,\nTHỂ THAO VÀ DU LỊCH"
    render(doc, tmp_path / "r.pdf")
    first_page = subprocess.run(
        ["pdftotext", "-l", "1", "-layout", str(tmp_path / "r.pdf"), "-"],
        check=True,
        capture_output=True,
        text=True,
    ).stdout
    lines = [line.strip() for line in first_page.splitlines()]
    assert any(line.startswith("SỞ VĂN HÓA,") and "DU" not in line for line in lines)
    assert any(line.startswith("THỂ THAO VÀ DU LỊCH") for line in lines)
    render(doc, tmp_path / "r.docx")
    header = docx.Document(str(tmp_path / "r.docx")).tables[0].cell(0, 0).text
    assert "SỞ VĂN HÓA,\nTHỂ THAO VÀ DU LỊCH" in header
    render(doc, tmp_path / "r.xlsx")
    cells = [
        c.value
        for row in openpyxl.load_workbook(tmp_path / "r.xlsx").active.iter_rows()
        for c in row
        if c.value
    ]
    assert "SỞ VĂN HÓA,\nTHỂ THAO VÀ DU LỊCH" in cells


def test_header_lines_keep_phrases_whole() -> None:
    from ttdn_desktop.reports.nd30 import BODY_NAME_PT, header_lines

    def lines(text: str) -> list[str]:
        return header_lines(text, BODY_NAME_PT, bold=True).split("\n")

    assert lines("SỞ THÔNG TIN VÀ TRUYỀN THÔNG") == ["SỞ THÔNG TIN VÀ TRUYỀN THÔNG"]
    assert lines("SỞ NÔNG NGHIỆP VÀ PHÁT TRIỂN NÔNG THÔN") == [
        "SỞ NÔNG NGHIỆP",
        "VÀ PHÁT TRIỂN NÔNG THÔN",
    ]
    assert lines("ỦY BAN NHÂN DÂN THÀNH PHỐ HỒ CHÍ MINH") == [
        "ỦY BAN NHÂN DÂN",
        "THÀNH PHỐ HỒ CHÍ MINH",
    ]
    # One word wider than the column is left to the renderer rather than lost.
    assert lines("X" * 80) == ["X" * 80]


def test_a_number_below_ten_is_printed_with_a_leading_zero(new_unit: Database) -> None:
    with new_unit.session() as s:
        doc = build_report(
            s, Period.year(2026), ReportOptions(number="7", today=date(2026, 11, 26))
        )
        assert doc.header.number_line == "Số: 07/BC-SVHTTDL"
        doc = build_report(
            s, Period.year(2026), ReportOptions(number="12", today=date(2026, 11, 26))
        )
        assert doc.header.number_line == "Số: 12/BC-SVHTTDL"
