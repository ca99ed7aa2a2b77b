"""The PDF as a reader sees it: text, fonts, page size, margins and page numbers."""

from __future__ import annotations

import re
import shutil
import subprocess
from datetime import date
from pathlib import Path

import pytest

from ttdn_desktop.core.database import Database
from ttdn_desktop.core.periods import Period
from ttdn_desktop.reports import nd30
from ttdn_desktop.reports.annual import ReportOptions, build_report
from ttdn_desktop.reports.registers import build_register
from ttdn_desktop.reports.render import OutputError, proposed_file_name, render

pytestmark = pytest.mark.skipif(
    shutil.which("pdftotext") is None, reason="poppler-utils (pdftotext) is not installed"
)
PT_PER_MM = 72 / 25.4


@pytest.fixture(autouse=True)
def bundled_font(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("TTDN_REPORT_FONT", "bundled")


@pytest.fixture
def report_pdf(demo_db: Database, tmp_path: Path) -> Path:
    with demo_db.session() as s:
        doc = build_report(
            s,
            Period.year(2020, cutoff=True),
            ReportOptions(number="651", issued_date=date(2020, 12, 21)),
        )
    return render(doc, tmp_path / "bao-cao.pdf")


def pdf_text(path: Path, *args: str) -> str:
    done = subprocess.run(
        ["pdftotext", *args, str(path), "-"], capture_output=True, check=True, timeout=60
    )
    return done.stdout.decode("utf-8")


def words(path: Path) -> list[tuple[int, float, float, float, float, str]]:
    """(page, xMin, yMin, xMax, yMax, word) in points from the top left of each page."""
    html = pdf_text(path, "-bbox")
    found = []
    for number, page in enumerate(html.split("<page ")[1:], start=1):
        for m in re.finditer(
            r'<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">([^<]*)</word>',
            page,
        ):
            x0, y0, x1, y1 = (float(m.group(i)) for i in range(1, 5))
            found.append((number, x0, y0, x1, y1, m.group(5)))
    return found


def test_the_text_read_back_is_the_vietnamese_that_went_in(report_pdf: Path) -> None:
    text = " ".join(pdf_text(report_pdf).split())
    for phrase in (
        "06 Hội nghị cung cấp thông tin cho báo chí",
        "10 Hội nghị giao ban công tác báo chí",
        "01 cuộc họp báo",
        "51 nội dung",
        "1.850 lượt",
        "Hoàng Sa, Trường Sa là của Việt Nam",
        "213/KH-STTTT",
        "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
        "Độc lập - Tự do - Hạnh phúc",
        "Số: 651/BC-STTTT",
        "Bắc Kạn, ngày 21 tháng 12 năm 2020",
        "BÁO CÁO",
        "Kính gửi:",
        "Nơi nhận:",
        "KT. GIÁM ĐỐC",
        "Triệu Đức Thắng",
        "PHỤ LỤC",
    ):
        assert phrase in text, phrase


def test_fonts_are_embedded(report_pdf: Path) -> None:
    listing = subprocess.run(
        ["pdffonts", str(report_pdf)], capture_output=True, check=True, text=True
    ).stdout.splitlines()[2:]
    assert listing, "no fonts listed"
    for line in listing:
        assert " yes " in line and "LiberationSerif" in line, line


def test_a4_and_margins_within_the_decree(report_pdf: Path) -> None:
    info = subprocess.run(
        ["pdfinfo", str(report_pdf)], capture_output=True, check=True, text=True
    ).stdout
    size = re.search(r"Page size:\s+([\d.]+) x ([\d.]+) pts", info)
    assert size is not None
    assert abs(float(size.group(1)) / PT_PER_MM - 210) < 0.5
    assert abs(float(size.group(2)) / PT_PER_MM - 297) < 0.5
    body = [w for w in words(report_pdf) if not (w[2] < 20 * PT_PER_MM and w[5].isdigit())]
    left = min(w[1] for w in body) / PT_PER_MM
    right = 210 - max(w[3] for w in body) / PT_PER_MM
    top = min(w[2] for w in body) / PT_PER_MM
    bottom = 297 - max(w[4] for w in body) / PT_PER_MM
    # Justified lines run from margin to margin, so the extreme words sit on the margins.
    assert abs(left - nd30.MARGIN_LEFT_MM) < 0.3, left
    assert abs(right - nd30.MARGIN_RIGHT_MM) < 0.3, right
    assert 30 - 0.01 <= left <= 35, left
    assert 15 - 0.01 <= right <= 20, right
    assert 20 <= top <= 25, top
    assert bottom >= 20, bottom
    assert nd30.MARGIN_LEFT_MM == 30 and nd30.MARGIN_RIGHT_MM == 15


def test_page_numbers_start_on_page_two(report_pdf: Path) -> None:
    found = words(report_pdf)
    pages = max(w[0] for w in found)
    assert pages >= 3
    in_top_margin = {
        w[0]: w[5] for w in found if w[4] < nd30.MARGIN_TOP_MM * PT_PER_MM and w[5].isdigit()
    }
    assert 1 not in in_top_margin
    assert all(in_top_margin.get(p) == str(p) for p in range(2, pages + 1))


def test_a_register_is_landscape(demo_db: Database, tmp_path: Path) -> None:
    with demo_db.session() as s:
        doc = build_register(s, "press_items", Period.year(2020))
    path = render(doc, tmp_path / "so.pdf")
    info = subprocess.run(["pdfinfo", str(path)], capture_output=True, text=True).stdout
    assert "842 x 595" in info or "841.89 x 595.276" in info
    assert "SỔ THEO DÕI" in pdf_text(path)


def test_existing_files_and_bad_folders_are_refused(report_pdf: Path, tmp_path: Path) -> None:
    before = report_pdf.read_bytes()
    from ttdn_desktop.reports.content import Header, ReportDocument, Signer

    doc = ReportDocument(
        header=Header("UBND TỈNH A", "SỞ A", "Số: 1/BC-SA", "A, ngày 01 tháng 01 năm 2021"),
        doc_type="BÁO CÁO",
        subject="Thử",
        period_note=None,
        addressees=[],
        body=[],
        distribution=[],
        signer=Signer(None, None, None),
    )
    with pytest.raises(OutputError, match="đã có"):
        render(doc, report_pdf)
    assert report_pdf.read_bytes() == before
    with pytest.raises(OutputError, match="không tồn tại"):
        render(doc, tmp_path / "khong-co" / "x.pdf")
    with pytest.raises(OutputError, match="định dạng"):
        render(doc, tmp_path / "x.odt")
    assert render(doc, report_pdf, overwrite=True) == report_pdf
    assert not list(tmp_path.glob(".ttdn-*"))


def test_proposed_file_names_are_vietnamese_and_safe(demo_db: Database) -> None:
    with demo_db.session() as s:
        doc = build_report(s, Period.year(2020), ReportOptions(number="651"))
        blank = build_report(s, Period.quarter(2020, 3), ReportOptions())
    assert proposed_file_name(doc, "pdf") == (
        "Báo cáo 651-BC-STTTT Kết quả công tác thông tin đối ngoại năm 2020.pdf"
    )
    assert proposed_file_name(blank, "docx") == (
        "Báo cáo Kết quả công tác thông tin đối ngoại quý III năm 2020.docx"
    )
