"""The annual report's content: the seed's figures and phrases, from the demo records."""

from __future__ import annotations

from datetime import date

import pytest

from ttdn_desktop.core.database import Database
from ttdn_desktop.core.issued import AssessmentFields, load_assessment, save_assessment
from ttdn_desktop.core.periods import Period
from ttdn_desktop.reports import vn
from ttdn_desktop.reports.annual import ReportOptions, build_report
from ttdn_desktop.reports.content import ReportDocument, Style
from ttdn_desktop.reports.registers import build_annex, build_register

SEED_PHRASES = [
    "06 Hội nghị cung cấp thông tin cho báo chí",
    "10 Hội nghị giao ban công tác báo chí",
    "01 cuộc họp báo",
    "51 nội dung thông tin báo chí",
    "1.850 lượt",
    "Hoàng Sa, Trường Sa là của Việt Nam - Những bằng chứng lịch sử và pháp lý",
    "Kế hoạch số 213/KH-STTTT ngày 28/02/2020",
    "Kế hoạch số 214/KH-STTTT ngày 28/02/2020",
    "Kế hoạch số 215/KH-STTTT ngày 28/02/2020",
    "Kế hoạch số 59/KH-UBND",
    "định kỳ hằng tháng, Sở TTTT ban hành 02 văn bản",
    "01 chương trình truyền hình",
    "Báo chí với thông tin đối ngoại; Xử lý khủng hoảng truyền thông",
    "gần 100 đại biểu",
    "Quyết định số 34/2017/QĐ-UBND",
    "Thông tư số 03/2019/TT-BTTTT",
    "từ 15 - 17/10/2020",
]


def text_of(doc: ReportDocument) -> str:
    return "\n".join(p.text for p in doc.body)


@pytest.fixture
def report_2020(demo_db: Database) -> ReportDocument:
    with demo_db.session() as s:
        return build_report(
            s,
            Period.year(2020, cutoff=True),
            ReportOptions(number="651", issued_date=date(2020, 12, 21)),
        )


def test_the_report_reads_like_the_seed(report_2020: ReportDocument) -> None:
    text = text_of(report_2020)
    missing = [p for p in SEED_PHRASES if p not in text]
    assert not missing


def test_the_outline_follows_the_seed(report_2020: ReportDocument) -> None:
    headings = [p.text for p in report_2020.body if p.style is Style.HEADING1]
    assert headings == [
        "I. KẾT QUẢ THỰC HIỆN",
        "II. ĐÁNH GIÁ",
        "III. PHƯƠNG HƯỚNG, NHIỆM VỤ NĂM 2021",
        "IV. KIẾN NGHỊ, ĐỀ XUẤT",
    ]
    subsections = [p.text for p in report_2020.body if p.style is Style.HEADING2]
    assert len(subsections) == 8 + 2


def test_header_signature_and_period(report_2020: ReportDocument) -> None:
    h = report_2020.header
    assert (h.parent_body, h.body_name) == ("UBND TỈNH BẮC KẠN", "SỞ THÔNG TIN VÀ TRUYỀN THÔNG")
    assert h.number_line == "Số: 651/BC-STTTT"
    assert h.place_date == "Bắc Kạn, ngày 21 tháng 12 năm 2020"
    assert report_2020.subject == "Kết quả công tác thông tin đối ngoại năm 2020"
    assert report_2020.period_note == "(Số liệu tính từ ngày 15/12/2019 đến ngày 14/12/2020)"
    assert report_2020.distribution[-1] == "- Lưu: VT, TTBCXB."
    assert report_2020.signer.authority == "KT. GIÁM ĐỐC"


def test_the_assessment_comes_from_the_record(report_2020: ReportDocument) -> None:
    text = text_of(report_2020)
    assert "Sở không có cán bộ chuyên trách về công tác thông tin đối ngoại" in text
    assert "sự quan tâm chỉ đạo của Tỉnh ủy, UBND tỉnh, Ban Tuyên giáo Tỉnh ủy" in text


def test_drafts_replace_an_empty_assessment(demo_db: Database) -> None:
    with demo_db.session() as s:
        doc = build_report(s, Period.first_half(2020), ReportOptions())
    text = text_of(doc)
    assert "Công tác thông tin đối ngoại được Sở TTTT triển khai kịp thời" in text
    assert "PHƯƠNG HƯỚNG, NHIỆM VỤ KỲ TỚI" in text
    # Half a year: 12 guidance documents, and the half year's press events.
    assert "12 văn bản" in text


def test_a_saved_assessment_is_used_for_its_period(demo_db: Database) -> None:
    period = Period.quarter(2020, 3)
    with demo_db.session() as s:
        save_assessment(s, period, AssessmentFields(strengths="  Quý III làm tốt.  "))
    with demo_db.session() as s:
        assert load_assessment(s, period) == AssessmentFields(strengths="Quý III làm tốt.")
        doc = build_report(s, period, ReportOptions())
    assert "Quý III làm tốt." in text_of(doc)


def test_the_annex_counts_against_the_plan(report_2020: ReportDocument) -> None:
    rows = report_2020.tables[0].rows
    by_name = {r[1]: r for r in rows if isinstance(r[0], int)}
    guidance = by_name["Văn bản cung cấp thông tin, hướng dẫn tuyên truyền"]
    assert guidance[3:6] == [24, 24, 100]
    handled = by_name["Tin, bài báo chí được xử lý"]
    assert handled[3:6] == [50, 51, 102]


def test_comparison_with_the_previous_year(demo_db: Database) -> None:
    with demo_db.session() as s:
        doc = build_report(s, Period.year(2020), ReportOptions(compare_previous=True))
    assert "So sánh với cùng kỳ năm trước" in text_of(doc)
    assert "(cùng kỳ: 00)" in text_of(doc)


def test_an_empty_year_says_so_instead_of_inventing(demo_db: Database) -> None:
    with demo_db.session() as s:
        doc = build_report(s, Period.year(2019), ReportOptions())
    text = text_of(doc)
    assert "chưa có hoạt động nào được ghi nhận" in text
    assert "Hội nghị cung cấp thông tin" not in text


def test_registers_and_annex(demo_db: Database) -> None:
    with demo_db.session() as s:
        press = build_register(s, "press_items", Period.year(2020))
        guidance = build_register(s, "guidance", Period.year(2020))
        trainings = build_register(s, "training", Period.year(2020))
        annex = build_annex(s, Period.year(2020))
    assert len(press.tables[0].rows) == 53 and press.landscape
    assert len(guidance.tables[0].rows) == 24
    assert [r[5] for r in trainings.tables[0].rows] == [97, 85]
    assert annex.tables and annex.annex_title is None


@pytest.mark.parametrize(
    ("n", "text"),
    [(0, "00"), (6, "06"), (10, "10"), (51, "51"), (1850, "1.850"), (1_250_000, "1.250.000")],
)
def test_counts_are_written_like_the_seed(n: int, text: str) -> None:
    assert vn.count(n) == text


def test_long_dates_and_percentages() -> None:
    assert vn.long_date(date(2021, 2, 5)) == "ngày 05 tháng 02 năm 2021"
    assert vn.long_date(date(2021, 3, 28)) == "ngày 28 tháng 3 năm 2021"
    assert vn.long_date(date(2020, 12, 21)) == "ngày 21 tháng 12 năm 2020"
    assert vn.percent(223, 275) == 81  # 81.09
    assert vn.percent(1, 8) == 13  # 12.5 rounds half up
    assert vn.percent(3, 0) is None
    assert vn.day_span(date(2020, 10, 15), date(2020, 10, 17)) == "15-17/10/2020"


def test_a_citation_names_the_kind_once() -> None:
    from ttdn_desktop.reports.annual import cite
    from ttdn_desktop.reports.facts import DocumentRef

    def ref(subject: str) -> DocumentRef:
        return DocumentRef(
            "plan", "25/KH-SVHTTDL", date(2026, 2, 10), subject, None, None, "issued", False, None
        )

    assert cite(ref("Kế hoạch hoạt động thông tin đối ngoại năm 2026")) == (
        "Kế hoạch số 25/KH-SVHTTDL ngày 10/02/2026 về hoạt động thông tin đối ngoại năm 2026"
    )
    assert cite(ref("Hoạt động thông tin đối ngoại năm 2026")) == (
        "Kế hoạch số 25/KH-SVHTTDL ngày 10/02/2026 về hoạt động thông tin đối ngoại năm 2026"
    )
