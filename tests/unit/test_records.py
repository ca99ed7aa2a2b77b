"""Records through the service: create, edit, duplicate, delete, restore, undo, and every check."""

from __future__ import annotations

import unicodedata
from datetime import date

import pytest
from sqlalchemy import func, select

from ttdn_desktop.core.database import Database
from ttdn_desktop.core.errors import ValidationError, ValidationErrors
from ttdn_desktop.core.listing import ListFilter, count_matching, matching_ids, rows
from ttdn_desktop.core.models import Activity, AuditEntry, Document, Organization, PressItem, Topic
from ttdn_desktop.core.periods import Period
from ttdn_desktop.core.records import (
    ActivityData,
    DocumentData,
    OrganizationData,
    PressItemData,
    TopicData,
    add_months,
    add_series,
    duplicate,
    load,
    next_number,
    restore,
    save,
    trash,
)
from ttdn_desktop.core.undo import UndoStack, add_series_tracked, save_tracked, trash_tracked


def errors_of(db: Database, data) -> dict[str | None, str]:  # type: ignore[no-untyped-def]
    with pytest.raises(ValidationErrors) as caught, db.session() as s:
        save(s, data)
    return caught.value.by_field()


def test_every_kind_round_trips_through_create_edit_duplicate_delete_restore(
    demo_db: Database,
) -> None:
    with demo_db.session() as s:
        press = s.scalar(select(Organization.id).where(Organization.kind == "press"))
        topic = s.scalar(select(Topic.id))
    samples = [
        DocumentData(
            kind="plan",
            number_symbol="12/KH-STTTT",
            issued_date=date(2021, 1, 8),
            subject="Về hoạt động thông tin đối ngoại năm 2021",
            topic_ids=[topic],
        ),
        DocumentData(
            kind="official_letter",
            number_symbol="30/STTTT-TTBCXB",
            issued_date=date(2021, 1, 5),
            is_press_guidance=True,
            subject="V/v cung cấp thông tin tháng 01/2021",
            recipient_ids=[press],
        ),
        ActivityData(
            kind="press_briefing",
            title="Giao ban báo chí tháng 01/2021",
            start_date=date(2021, 1, 20),
            journalists=15,
        ),
        ActivityData(
            kind="exhibition",
            title="Triển lãm ảnh Ba Bể",
            start_date=date(2021, 3, 1),
            end_date=date(2021, 3, 3),
            participants=900,
        ),
        ActivityData(
            kind="media_product",
            title="Phóng sự Ba Bể",
            start_date=date(2021, 2, 1),
            quantity=2,
            channel="VTV1",
        ),
        ActivityData(
            kind="training",
            title="Tập huấn TTĐN 2021",
            start_date=date(2021, 9, 9),
            participants=80,
        ),
        PressItemData(
            title="Đường lên Pác Nặm sạt lở",
            published_date=date(2021, 6, 1),
            outlet_id=press,
            deadline=date(2021, 6, 10),
            topic_ids=[topic],
        ),
        OrganizationData(name="Báo Thái Nguyên", kind="press", press_scope="local"),
        TopicData(name="Chuyển đổi số"),
    ]
    for data in samples:
        model = {
            DocumentData: Document,
            ActivityData: Activity,
            PressItemData: PressItem,
            OrganizationData: Organization,
            TopicData: Topic,
        }[type(data)]
        with demo_db.session() as s:
            record_id = save(s, data)
        with demo_db.session() as s:
            loaded = load(s, model, record_id)
            assert loaded.id == record_id
            text_field = (
                "subject"
                if model is Document
                else ("name" if model in (Organization, Topic) else "title")
            )
            setattr(loaded, text_field, getattr(loaded, text_field) + " (sửa)")
            save(s, loaded)
        with demo_db.session() as s:
            assert getattr(load(s, model, record_id), text_field).endswith("(sửa)")
            copy = duplicate(s, model, record_id)
            assert copy.id is None
            copy_id = save(s, copy)
            assert copy_id != record_id
        with demo_db.session() as s:
            assert trash(s, model, [record_id]) == 1
            assert s.get(model, record_id).deleted_at is not None
        with demo_db.session() as s:
            assert restore(s, model, [record_id]) == 1
            assert s.get(model, record_id).deleted_at is None
    with demo_db.session() as s:
        actions = set(s.scalars(select(AuditEntry.action)))
    assert actions >= {"create", "update", "delete", "restore"}


def test_document_checks(demo_db: Database) -> None:
    problems = errors_of(
        demo_db,
        DocumentData(
            kind="plan", number_symbol="213/kh-stttt", issued_date=date(2020, 5, 5), subject=" "
        ),
    )
    assert "in hoa" in problems["number_symbol"]
    assert problems["subject"] == "Chưa nhập “Trích yếu”."
    problems = errors_of(
        demo_db,
        DocumentData(kind="plan", number_symbol="KH 213", issued_date=None, subject="Kế hoạch"),
    )
    assert "không được có dấu cách" in problems["number_symbol"]
    assert problems["issued_date"] == "Chưa nhập “Ngày ban hành”."
    duplicate_number = errors_of(
        demo_db,
        DocumentData(
            kind="plan",
            number_symbol="213/KH-STTTT",
            issued_date=date(2020, 7, 1),
            subject="Kế hoạch khác",
        ),
    )
    assert "đã dùng cho văn bản khác cùng năm 2020" in duplicate_number["number_symbol"]
    # The same number in another year is a new document.
    with demo_db.session() as s:
        save(
            s,
            DocumentData(
                kind="plan",
                number_symbol="213/KH-STTTT",
                issued_date=date(2021, 7, 1),
                subject="Kế hoạch năm 2021",
            ),
        )
    for good in ("34/2017/QĐ-UBND", "412-TB/TU", "3376/BTTTT-TTĐN", "15a/STTTT-VP"):
        with demo_db.session() as s:
            save(
                s,
                DocumentData(
                    kind="other",
                    direction="incoming",
                    number_symbol=good,
                    issued_date=date(2022, 1, 1),
                    subject=f"Văn bản {good}",
                ),
            )


def test_activity_and_press_item_checks(demo_db: Database) -> None:
    problems = errors_of(
        demo_db,
        ActivityData(
            kind="exhibition",
            title="",
            start_date=date(2020, 10, 17),
            end_date=date(2020, 10, 15),
            participants=-5,
        ),
    )
    assert problems == {
        "title": "Chưa nhập “Tên hoạt động”.",
        "end_date": "Ngày kết thúc không được trước ngày bắt đầu.",
        "participants": "“Số người tham dự” không được là số âm.",
    }
    problems = errors_of(
        demo_db,
        PressItemData(
            title="Tin",
            published_date=date(2020, 5, 5),
            deadline=date(2020, 5, 1),
            status="handled",
            link="ftp://x",
        ),
    )
    assert problems["deadline"] == "Hạn xử lý không được trước ngày đăng."
    assert problems["handled_date"] == "Đã xử lý xong thì cần ghi ngày xử lý xong."
    assert "http" in problems["link"]
    assert (
        "Đã có cơ quan"
        in errors_of(demo_db, OrganizationData(name="báo bắc kạn", kind="press"))["name"]
    )
    assert (
        "Chỉ cơ quan báo chí"
        in errors_of(
            demo_db, OrganizationData(name="Sở Mới", kind="department", press_scope="local")
        )["press_scope"]
    )


def test_nothing_is_half_saved(demo_db: Database) -> None:
    with demo_db.session() as s:
        before = s.scalar(select(func.count()).select_from(Activity))
    errors_of(demo_db, ActivityData(kind="training", title="X", start_date=None))
    with demo_db.session() as s:
        assert s.scalar(select(func.count()).select_from(Activity)) == before


@pytest.mark.parametrize(
    "text",
    [
        "Ư" * 10_000,
        "Hội nghị 🎉 báo chí 👍",
        unicodedata.normalize("NFD", "Triển lãm Hoàng Sa ở Pác Nặm"),
        "=SUM(A1:A9)",
        "+84 912 345 678",
        "  khoảng trắng quanh  ",
    ],
)
def test_any_text_is_stored_faithfully_in_nfc(demo_db: Database, text: str) -> None:
    with demo_db.session() as s:
        record_id = save(s, ActivityData(kind="other", title=text, start_date=date(2021, 1, 1)))
    with demo_db.session() as s:
        stored = s.get(Activity, record_id).title
    assert stored == unicodedata.normalize("NFC", text).strip()


def test_nul_and_oversized_text_are_refused_with_a_message(demo_db: Database) -> None:
    problems = errors_of(
        demo_db, ActivityData(kind="other", title="a\x00b", start_date=date(2021, 1, 1))
    )
    assert "NUL" in problems["title"]
    problems = errors_of(
        demo_db, ActivityData(kind="other", title="x", place="p" * 501, start_date=date(2021, 1, 1))
    )
    assert "vượt quá giới hạn 500 ký tự" in problems["place"]


def test_accent_insensitive_search(demo_db: Database) -> None:
    with demo_db.session() as s:
        found = matching_ids(s, "press_events", ListFilter(text="hoi nghi bao chi"))
        assert len(found) >= 6
        for record_id in found:
            words = s.get(Activity, record_id).search_text
            assert all(w in words for w in ("hoi", "nghi", "bao", "chi"))
        titles = rows(s, "press_events", found)
        assert any(str(r[2]).startswith("Hội nghị cung cấp thông tin") for r in titles.values())
        pac_nam = matching_ids(s, "exhibitions", ListFilter(text="pac nam"))
        assert len(pac_nam) == 1
        assert matching_ids(s, "exhibitions", ListFilter(text="PÁC   NẶM")) == pac_nam
        dong = matching_ids(s, "press_items", ListFilter(text="dong"))
        assert dong and all("dong" in s.get(PressItem, i).search_text for i in dong)
        # Short words go through LIKE, long ones through the trigram index, together.
        assert matching_ids(s, "press_events", ListFilter(text="ba hop bao")) != []
        assert matching_ids(s, "press_items", ListFilter(text="khongcochu")) == []


def test_search_follows_edits_and_deletes(demo_db: Database) -> None:
    with demo_db.session() as s:
        record_id = save(
            s,
            ActivityData(
                kind="training", title="Lớp bồi dưỡng Đồn Đèn", start_date=date(2021, 4, 4)
            ),
        )
    with demo_db.session() as s:
        assert matching_ids(s, "trainings", ListFilter(text="don den")) == [record_id]
        data = load(s, Activity, record_id)
        data.title = "Lớp bồi dưỡng Nà Phặc"
        save(s, data)
    with demo_db.session() as s:
        assert matching_ids(s, "trainings", ListFilter(text="don den")) == []
        assert matching_ids(s, "trainings", ListFilter(text="na phac")) == [record_id]
        trash(s, Activity, [record_id])
    with demo_db.session() as s:
        assert matching_ids(s, "trainings", ListFilter(text="na phac")) == []
        assert matching_ids(s, "trainings", ListFilter(text="na phac", in_trash=True)) == [
            record_id
        ]


def test_filters_and_sorting(demo_db: Database) -> None:
    with demo_db.session() as s:
        year = ListFilter(period=Period.year(2020))
        assert count_matching(s, "guidance", year) == 24
        assert count_matching(s, "press_items", ListFilter(open_only=True)) == 2
        assert count_matching(s, "press_items", ListFilter(statuses=("handled",))) == 51
        assert count_matching(s, "press_events", ListFilter(kinds=("press_briefing",))) == 10
        ascending = matching_ids(s, "press_events", year, "start_date", False)
        descending = matching_ids(s, "press_events", year, "start_date", True)
        assert ascending == list(reversed(descending))
        by_title = rows(s, "press_events", matching_ids(s, "press_events", year, "title", False))
        titles = [by_title[i][2] for i in matching_ids(s, "press_events", year, "title", False)]
        assert titles == sorted(titles)
        btg = s.scalar(select(Organization.id).where(Organization.name.like("Ban Tuyên giáo%")))
        assert count_matching(s, "press_events", ListFilter(organization_id=btg)) >= 10
        topic = s.scalar(select(Topic.id).where(Topic.name.like("Biển, đảo%")))
        assert count_matching(s, "exhibitions", ListFilter(topic_id=topic)) >= 1


def test_undo_takes_back_create_update_and_delete(demo_db: Database) -> None:
    stack = UndoStack()
    with demo_db.session() as s:
        record_id = save_tracked(s, TopicData(name="Kinh tế số"), stack, "Thêm chủ đề")
    with demo_db.session() as s:
        data = load(s, Topic, record_id)
        data.name = "Kinh tế số và xã hội số"
        save_tracked(s, data, stack, "Sửa chủ đề")
    with demo_db.session() as s:
        trash_tracked(s, Topic, [record_id], stack, "Xóa chủ đề")
    assert len(stack) == 3
    with demo_db.session() as s:
        assert stack.undo(s).action == "delete"
    with demo_db.session() as s:
        assert s.get(Topic, record_id).deleted_at is None
        assert stack.undo(s).action == "update"
    with demo_db.session() as s:
        assert s.get(Topic, record_id).name == "Kinh tế số"
        assert stack.undo(s).action == "create"
    with demo_db.session() as s:
        assert s.get(Topic, record_id).deleted_at is not None
        assert stack.undo(s) is None


def test_next_numbers_and_series(demo_db: Database) -> None:
    with demo_db.session() as s:
        assert next_number(s, "1372/STTTT-TTBCXB", 2020) == "1373/STTTT-TTBCXB"
        assert next_number(s, "14/STTTT-TTBCXB", 2020) == "1373/STTTT-TTBCXB"
        guidance = duplicate(
            s,
            Document,
            s.scalar(select(Document.id).where(Document.number_symbol == "1372/STTTT-TTBCXB")),
        )
        assert guidance.issued_date == date(2021, 1, 14)
        assert guidance.number_symbol == "1373/STTTT-TTBCXB"
    assert add_months(date(2021, 1, 31), 1) == date(2021, 2, 28)
    with demo_db.session() as s:
        ids = add_series(
            s,
            DocumentData(
                kind="official_letter",
                number_symbol="1/STTTT-TTBCXB",
                issued_date=date(2021, 1, 4),
                is_press_guidance=True,
                subject="V/v cung cấp thông tin định kỳ",
            ),
            every_days=14,
            until=date(2021, 12, 31),
        )
    assert len(ids) == 26
    with demo_db.session() as s:
        numbers = [s.get(Document, i).number_symbol for i in ids]
    assert numbers[:3] == ["1/STTTT-TTBCXB", "2/STTTT-TTBCXB", "3/STTTT-TTBCXB"]


def test_a_failing_series_saves_nothing(demo_db: Database, monkeypatch: pytest.MonkeyPatch) -> None:
    from ttdn_desktop.core import records

    real_save = records.save
    calls = []

    def save_then_fail(session, data):  # type: ignore[no-untyped-def]
        calls.append(data)
        if len(calls) == 3:
            raise ValidationErrors([])
        return real_save(session, data)

    monkeypatch.setattr(records, "save", save_then_fail)
    with demo_db.session() as s:
        before = s.scalar(select(func.count()).select_from(Document))
    with pytest.raises(ValidationErrors), demo_db.session() as s:
        add_series(
            s,
            DocumentData(
                kind="official_letter",
                number_symbol="1/STTTT-VP",
                issued_date=date(2021, 1, 1),
                subject="Chuỗi",
            ),
            every_months=1,
            until=date(2021, 12, 31),
        )
    with demo_db.session() as s:
        assert s.scalar(select(func.count()).select_from(Document)) == before


def test_an_undo_entry_exists_only_once_committed(demo_db: Database) -> None:
    stack = UndoStack()
    with pytest.raises(RuntimeError), demo_db.session() as s:
        save_tracked(s, TopicData(name="Chủ đề bị hủy"), stack, "Thêm chủ đề")
        raise RuntimeError("the transaction fails after the save")
    assert len(stack) == 0
    with demo_db.session() as s:
        ids = add_series_tracked(
            s,
            ActivityData(kind="press_briefing", title="Giao ban", start_date=date(2022, 1, 5)),
            stack,
            "Thêm chuỗi",
            every_months=1,
            until=date(2022, 6, 30),
        )
    assert len(ids) == 6 and len(stack) == 1
    with demo_db.session() as s:
        stack.undo(s)
    with demo_db.session() as s:
        assert all(s.get(Activity, i).deleted_at is not None for i in ids)
    assert len(stack) == 0


def test_a_series_starts_from_a_new_record(demo_db: Database) -> None:
    with pytest.raises(ValidationError, match="bản ghi mới"), demo_db.session() as s:
        add_series(
            s,
            ActivityData(id=1, kind="other", title="x", start_date=date(2022, 1, 1)),
            every_days=7,
            until=date(2022, 2, 1),
        )


def test_kind_labels_follow_the_record_family(demo_db: Database) -> None:
    with demo_db.session() as s:
        other = save(s, OrganizationData(name="Hội Doanh nhân trẻ", kind="other"))
        cells = rows(s, "organizations", [other])[other]
    assert cells[2] == "Khác"


def test_lists_sort_in_vietnamese_alphabetical_order(demo_db: Database) -> None:
    from ttdn_desktop.core.text import sort_key

    with demo_db.session() as s:
        for name in ("Đài Tiếng nói Việt Nam", "Dân trí", "Em Ơi Media", "Ánh Dương"):
            if not s.scalar(select(Organization.id).where(Organization.name == name)):
                save(s, OrganizationData(name=name, kind="other"))
    with demo_db.session() as s:
        ids = matching_ids(s, "organizations", ListFilter())
        names = [rows(s, "organizations", [i])[i][0] for i in ids]
    assert names == sorted(names, key=sort_key)
    assert (
        names.index("Dân trí") < names.index("Đài Tiếng nói Việt Nam") < names.index("Em Ơi Media")
    )
    assert names.index("Ánh Dương") < names.index("Ban Dân tộc tỉnh Bắc Kạn")
