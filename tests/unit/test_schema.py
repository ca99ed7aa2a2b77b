"""The schema itself refuses rows that make no sense, whatever code writes them."""

from __future__ import annotations

from datetime import date

import pytest
from sqlalchemy import func, select, text
from sqlalchemy.exc import IntegrityError

from ttdn_desktop.core.database import Database
from ttdn_desktop.core.models import (
    Activity,
    Assessment,
    Attachment,
    AuditEntry,
    Document,
    Organization,
    PlanTarget,
    PressItem,
    Topic,
)


@pytest.fixture
def unit_id(db: Database) -> int:
    with db.session() as s:
        unit = Organization(name="Sở Thông tin và Truyền thông", kind="own_unit")
        s.add(unit)
        s.flush()
        return unit.id


def _refused(db: Database, make) -> str:  # type: ignore[no-untyped-def]
    """The database's refusal, lower case: SQLite says "NOT NULL constraint failed", PostgreSQL
    "violates not-null constraint"; both name the CHECK constraint that failed."""
    with pytest.raises(IntegrityError) as caught, db.session() as s:
        s.add(make())
        s.flush()
    return str(caught.value.orig).lower().replace("-", " ")


def _activity(unit_id: int, **overrides: object) -> Activity:
    values: dict[str, object] = {
        "unit_id": unit_id,
        "kind": "training",
        "title": "Hội nghị tập huấn",
        "start_date": date(2020, 9, 10),
    }
    values.update(overrides)
    return Activity(**values)


def _press_item(unit_id: int, **overrides: object) -> PressItem:
    values: dict[str, object] = {
        "unit_id": unit_id,
        "title": "Đường tỉnh lộ xuống cấp",
        "published_date": date(2020, 5, 4),
    }
    values.update(overrides)
    return PressItem(**values)


def test_a_valid_activity_is_stored(db: Database, unit_id: int) -> None:
    with db.session() as s:
        s.add(_activity(unit_id, end_date=date(2020, 9, 11), participants=97))
    with db.session() as s:
        assert s.scalar(select(func.count()).select_from(Activity)) == 1


@pytest.mark.parametrize(
    ("overrides", "constraint"),
    [
        ({"end_date": date(2020, 9, 9)}, "end_after_start"),
        ({"participants": -1}, "participants_non_negative"),
        ({"cost_vnd": -5_000}, "cost_vnd_non_negative"),
        ({"kind": "party"}, "ck_activities_kind"),
        ({"title": "   "}, "title_not_blank"),
    ],
)
def test_activity_constraints(
    db: Database, unit_id: int, overrides: dict[str, object], constraint: str
) -> None:
    message = _refused(db, lambda: _activity(unit_id, **overrides))
    assert constraint in message


def test_activity_without_title_or_date_is_refused(db: Database, unit_id: int) -> None:
    assert "not null" in _refused(db, lambda: _activity(unit_id, title=None))
    assert "not null" in _refused(db, lambda: _activity(unit_id, start_date=None))


@pytest.mark.parametrize(
    ("overrides", "constraint"),
    [
        ({"status": "closed"}, "ck_press_items_status"),
        ({"assessment": "neutral"}, "ck_press_items_assessment"),
        ({"status": "handled"}, "handled_has_date"),
        ({"handled_date": date(2020, 5, 1)}, "handled_after_published"),
        ({"deadline": date(2020, 5, 3)}, "deadline_after_published"),
        ({"scope": "national"}, "ck_press_items_scope"),
    ],
)
def test_press_item_constraints(
    db: Database, unit_id: int, overrides: dict[str, object], constraint: str
) -> None:
    assert constraint in _refused(db, lambda: _press_item(unit_id, **overrides))


def test_document_kind_direction_and_subject(db: Database, unit_id: int) -> None:
    def doc(**kw: object) -> Document:
        values: dict[str, object] = {
            "unit_id": unit_id,
            "kind": "plan",
            "issued_date": date(2020, 2, 28),
            "subject": "Về hoạt động thông tin đối ngoại năm 2020",
        }
        values.update(kw)
        return Document(**values)

    assert "ck_documents_kind" in _refused(db, lambda: doc(kind="memo"))
    assert "ck_documents_direction" in _refused(db, lambda: doc(direction="outgoing"))
    assert "subject_not_blank" in _refused(db, lambda: doc(subject=""))


def test_plan_target_quantity_and_count_kind(db: Database, unit_id: int) -> None:
    with db.session() as s:
        plan = Document(
            unit_id=unit_id,
            kind="plan",
            issued_date=date(2020, 2, 28),
            subject="Kế hoạch TTĐN năm 2020",
        )
        s.add(plan)
        s.flush()
        plan_id = plan.id
    assert "quantity_non_negative" in _refused(
        db, lambda: PlanTarget(plan_id=plan_id, description="Văn bản", quantity=-2)
    )
    assert "ck_plan_targets_counts_kind" in _refused(
        db, lambda: PlanTarget(plan_id=plan_id, description="Văn bản", counts_kind="letters")
    )


def test_attachment_belongs_to_exactly_one_record(db: Database, unit_id: int) -> None:
    with db.session() as s:
        activity = _activity(unit_id)
        item = _press_item(unit_id)
        s.add_all([activity, item])
        s.flush()
        ids = (activity.id, item.id)
    digest = "a" * 64
    assert "one_owner" in _refused(
        db, lambda: Attachment(file_name="anh.jpg", sha256=digest, size_bytes=10)
    )
    assert "one_owner" in _refused(
        db,
        lambda: Attachment(
            activity_id=ids[0],
            press_item_id=ids[1],
            file_name="anh.jpg",
            sha256=digest,
            size_bytes=10,
        ),
    )
    assert "sha256_length" in _refused(
        db, lambda: Attachment(activity_id=ids[0], file_name="anh.jpg", sha256="abc", size_bytes=10)
    )


def test_assessment_period_is_unique_and_ordered(db: Database, unit_id: int) -> None:
    with db.session() as s:
        s.add(
            Assessment(
                unit_id=unit_id,
                period_start=date(2020, 1, 1),
                period_end=date(2020, 12, 31),
                strengths="Ban hành kế hoạch sớm",
            )
        )
    assert "unique" in _refused(
        db,
        lambda: Assessment(
            unit_id=unit_id, period_start=date(2020, 1, 1), period_end=date(2020, 12, 31)
        ),
    )
    assert "end_after_start" in _refused(
        db,
        lambda: Assessment(
            unit_id=unit_id, period_start=date(2020, 12, 31), period_end=date(2020, 1, 1)
        ),
    )


def test_foreign_keys_are_enforced_with_explicit_delete_rules(db: Database, unit_id: int) -> None:
    assert "foreign key" in _refused(db, lambda: _activity(9999))
    with db.session() as s:
        press = Organization(name="Báo Bắc Kạn", kind="press", press_scope="local")
        topic = Topic(name="Du lịch")
        plan = Document(
            unit_id=unit_id,
            kind="plan",
            issued_date=date(2020, 2, 28),
            subject="Kế hoạch TTĐN năm 2020",
            targets=[PlanTarget(description="Hội nghị", quantity=6)],
        )
        s.add_all([press, topic, plan])
        s.flush()
        s.add(_press_item(unit_id, outlet_id=press.id, topics=[topic]))
        s.add(_activity(unit_id, plan_id=plan.id))
    with db.session() as s:
        # SET NULL: the press item outlives its outlet; CASCADE: the plan's targets go with it.
        s.execute(text("DELETE FROM organizations WHERE name = 'Báo Bắc Kạn'"))
        s.execute(text("DELETE FROM documents"))
    with db.session() as s:
        assert s.scalar(select(PressItem.outlet_id)) is None
        assert s.scalar(select(Activity.plan_id)) is None
        assert s.scalar(select(func.count()).select_from(PlanTarget)) == 0
    # RESTRICT: a topic in use and the unit that owns records cannot be deleted.
    with pytest.raises(IntegrityError), db.session() as s:
        s.execute(text("DELETE FROM topics"))
    with pytest.raises(IntegrityError), db.session() as s:
        s.execute(text("DELETE FROM organizations WHERE kind = 'own_unit'"))


def test_every_change_is_audited_in_the_same_transaction(db: Database, unit_id: int) -> None:
    with db.session() as s:
        activity = _activity(unit_id, participants=90)
        s.add(activity)
        s.flush()
        activity_id = activity.id
    with db.session() as s:
        s.get(Activity, activity_id).participants = 97
    with db.session() as s:
        entries = s.scalars(
            select(AuditEntry).where(AuditEntry.table_name == "activities").order_by(AuditEntry.id)
        ).all()
        assert [e.action for e in entries] == ["create", "update"]
        assert entries[0].record_id == activity_id
        assert entries[1].changes == {"participants": [90, 97]}
    # A refused change leaves neither the record nor its audit entry.
    _refused(db, lambda: _activity(unit_id, participants=-3))
    with db.session() as s:
        assert (
            s.scalar(
                select(func.count())
                .select_from(AuditEntry)
                .where(AuditEntry.table_name == "activities")
            )
            == 2
        )


def test_search_text_is_folded_on_every_save(db: Database, unit_id: int) -> None:
    with db.session() as s:
        activity = _activity(unit_id, title="Triển lãm Hoàng Sa", place="huyện Pác Nặm")
        s.add(activity)
    with db.session() as s:
        stored = s.get(Activity, activity.id)
        assert stored.search_text == "trien lam hoang sa huyen pac nam"
        stored.place = "Đồn Đèn"
    with db.session() as s:
        assert s.get(Activity, activity.id).search_text == "trien lam hoang sa don den"
