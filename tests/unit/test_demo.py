"""The demo year holds every activity of the seed report, with the seed's figures."""

from __future__ import annotations

import unicodedata
from collections import Counter
from datetime import date
from pathlib import Path

import pytest
from sqlalchemy import select

from ttdn_desktop.core.database import Database, check_database, open_database
from ttdn_desktop.core.demo import DemoAlreadyLoaded, load_demo, read_demo
from ttdn_desktop.core.models import Activity, Assessment, Document, PressItem
from ttdn_desktop.core.stats import year_stats
from ttdn_desktop.core.units import ProfileData, own_profile, set_own_unit

SEED = Path(__file__).resolve().parents[3] / "shared" / "seed" / "000_523d21c6b823080d.txt"

# Every figure the seed report states, as `ttdn stats` names it.
SEED_FIGURES = {
    "guidance_documents": 24,  # "Định kỳ hằng tháng, Sở ban hành 02 văn bản"
    "press_info_conferences": 6,  # "06 Hội nghị cung cấp thông tin cho báo chí"
    "press_briefings": 10,  # "10 Hội nghị giao ban công tác báo chí"
    "press_conferences": 1,  # "01 cuộc họp báo"
    "press_items_handled": 51,  # "tiếp thu, xử lý 51 nội dung thông tin báo chí"
    "exhibitions": 1,
    "exhibition_visitors": 1850,  # "thu hút 1.850 lượt"
    "media_products": 1,  # "01 chương trình truyền hình"
    "trainings": 2,  # two trainings in September 2020
}


def test_the_demo_year_has_the_seeds_figures(demo_db: Database) -> None:
    with demo_db.session() as s:
        counts = year_stats(s, 2020)
    assert {key: counts[key] for key in SEED_FIGURES} == SEED_FIGURES
    with demo_db.session() as s:
        assert year_stats(s, 2019)["guidance_documents"] == 0


def test_two_guidance_documents_each_month(demo_db: Database) -> None:
    with demo_db.session() as s:
        dates = s.scalars(select(Document.issued_date).where(Document.is_press_guidance)).all()
    assert Counter(d.month for d in dates) == {month: 2 for month in range(1, 13)}


def test_the_seeds_documents_and_exhibition_are_recorded(demo_db: Database) -> None:
    with demo_db.session() as s:
        numbers = set(s.scalars(select(Document.number_symbol)))
        exhibition = s.scalars(select(Activity).where(Activity.kind == "exhibition")).one()
        trainings = s.scalars(select(Activity).where(Activity.kind == "training")).all()
        assert {
            "213/KH-STTTT",
            "214/KH-STTTT",
            "215/KH-STTTT",
            "59/KH-UBND",
            "34/2017/QĐ-UBND",
            "03/2019/TT-BTTTT",
        } <= numbers
        assert "Hoàng Sa, Trường Sa là của Việt Nam" in exhibition.title
        assert (exhibition.start_date, exhibition.end_date) == (
            date(2020, 10, 15),
            date(2020, 10, 17),
        )
        assert exhibition.participants == 1850
        assert "Pác Nặm" in (exhibition.place or "")
        assert exhibition.plan is not None and exhibition.plan.number_symbol == "59/KH-UBND"
        assert [t.start_date.month for t in trainings] == [9, 9]
        assert any("Xử lý khủng hoảng truyền thông" in (t.themes or "") for t in trainings)
        press_conference = s.scalars(select(Activity).where(Activity.kind == "press_conference"))
        assert len(press_conference.all()) == 1


def test_the_assessment_carries_the_seeds_words(demo_db: Database) -> None:
    with demo_db.session() as s:
        assessment = s.scalars(select(Assessment)).one()
        profile = own_profile(s)
    assert "kiêm nhiệm" in (assessment.shortcomings or "")
    assert "Bộ TTTT" in (assessment.recommendations or "") or "Bộ Thông tin" in (
        assessment.recommendations or ""
    )
    assert profile is not None
    assert (profile.parent_body, profile.body_name, profile.abbreviation, profile.place_name) == (
        "UBND TỈNH BẮC KẠN",
        "SỞ THÔNG TIN VÀ TRUYỀN THÔNG",
        "STTTT",
        "Bắc Kạn",
    )


def test_every_demo_text_is_nfc() -> None:
    def strings(value: object):  # type: ignore[no-untyped-def]
        if isinstance(value, str):
            yield value
        elif isinstance(value, dict):
            for v in value.values():
                yield from strings(v)
        elif isinstance(value, list):
            for v in value:
                yield from strings(v)

    texts = list(strings(read_demo()))
    assert len(texts) > 500
    assert all(unicodedata.is_normalized("NFC", t) for t in texts)


def test_open_press_items_exist_besides_the_handled_ones(demo_db: Database) -> None:
    with demo_db.session() as s:
        statuses = Counter(s.scalars(select(PressItem.status)))
    assert statuses["handled"] == 51
    assert statuses["new"] + statuses["in_progress"] >= 1


def test_the_demo_database_passes_the_check(demo_db: Database) -> None:
    assert check_database(demo_db).ok


def test_the_demo_is_not_loaded_twice(demo_db: Database) -> None:
    with pytest.raises(DemoAlreadyLoaded, match="đã có"), demo_db.session() as s:
        load_demo(s)
    with demo_db.session() as s:
        assert year_stats(s, 2020)["guidance_documents"] == 24


def test_the_demo_never_mixes_with_a_real_unit(db: Database) -> None:
    with db.session() as s:
        set_own_unit(
            s,
            "Sở Văn hóa, Thể thao và Du lịch tỉnh Thái Nguyên",
            ProfileData(
                parent_body="UBND TỈNH THÁI NGUYÊN",
                body_name="SỞ VĂN HÓA, THỂ THAO VÀ DU LỊCH",
                abbreviation="SVHTTDL",
                place_name="Thái Nguyên",
            ),
        )
    with pytest.raises(DemoAlreadyLoaded, match="Thái Nguyên"), db.session() as s:
        load_demo(s)
    with db.session() as s:
        assert s.scalars(select(Document)).first() is None


def test_the_seed_is_where_the_figures_come_from() -> None:
    """Guards the figures above against the seed text itself (kept beside the project)."""
    if not SEED.is_file():
        pytest.skip(f"the seed report is not beside the project ({SEED})")
    seed = SEED.read_text(encoding="utf-8")
    for phrase in (
        "06 Hội nghị cung cấp thông tin cho báo chí",
        "10 Hội nghị giao ban",
        "01 cuộc họp báo",
        "51 nội dung",
        "1.850 lượt",
        "02 văn bản",
        "01 chương trình truyền hình",
    ):
        assert phrase in seed


def test_loading_into_a_fresh_file(tmp_path: Path) -> None:
    db = open_database(tmp_path / "fresh.sqlite")
    try:
        with db.session() as s:
            added = load_demo(s)
        assert added["documents"] >= 30 and added["press_items"] >= 51
    finally:
        db.close()
