"""Data packages (.ttdn): export, verification before anything is written, import, replacement.

Every package here is a real zip file on disk and every database a real SQLite file. The bad
packages are built from a good one by rewriting members (with or without fixing the manifest's
checksums), so each test reaches exactly the check it names.
"""

from __future__ import annotations

import hashlib
import io
import json
import zipfile
from collections.abc import Iterator
from datetime import date, datetime
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import func, select

from ttdn_desktop.core.attachments import attach, stored_path
from ttdn_desktop.core.database import Database, open_database
from ttdn_desktop.core.models import (
    Activity,
    Attachment,
    Base,
    Document,
    Organization,
    PressItem,
    ReceivedPackage,
    ReceivedPackageRecord,
)
from ttdn_desktop.core.periods import Period
from ttdn_desktop.core.stats import period_stats
from ttdn_desktop.core.units import ProfileData, own_unit_id, set_own_unit
from ttdn_desktop.exchange import package as pkg
from ttdn_desktop.exchange.package import (
    MANIFEST,
    RECORD_MEMBERS,
    PackageRefused,
    export_package,
    proposed_package_name,
    read_package,
)
from ttdn_desktop.exchange.package_import import import_package, preview_package

YEAR = Period.year(2020, cutoff=True)


def new_receiver(path: Path) -> Database:
    db = open_database(path)
    with db.session() as session:
        set_own_unit(
            session,
            "Ban Tuyên giáo Tỉnh ủy Bắc Kạn",
            ProfileData("TỈNH ỦY BẮC KẠN", "BAN TUYÊN GIÁO", "BTG", "Bắc Kạn"),
        )
    return db


@pytest.fixture
def package_file(demo_db: Database, tmp_path: Path) -> Path:
    with demo_db.session() as session:
        export_package(session, YEAR, tmp_path / "goi.ttdn", now=datetime(2020, 12, 20, 9, 0))
    return tmp_path / "goi.ttdn"


@pytest.fixture
def receiver(tmp_path: Path) -> Iterator[Database]:
    db = new_receiver(tmp_path / "receiver.sqlite")
    yield db
    db.close()


def snapshot(db: Database) -> dict[str, list[tuple[Any, ...]]]:
    """Every row of every table: "the database exactly as before" means this is equal."""
    with db.engine.connect() as conn:
        return {
            table.name: sorted(map(tuple, conn.execute(table.select()).all()), key=repr)
            for table in Base.metadata.sorted_tables
        }


def members_of(path: Path) -> dict[str, bytes]:
    with zipfile.ZipFile(path) as archive:
        return {name: archive.read(name) for name in archive.namelist()}


def write_zip(path: Path, members: dict[str, bytes], *, fix_manifest: bool = True) -> Path:
    """Write members into a zip; with `fix_manifest`, the manifest's checksums match them."""
    if fix_manifest and MANIFEST in members:
        manifest = json.loads(members[MANIFEST])
        manifest["members"] = {
            name: {"size": len(data), "sha256": hashlib.sha256(data).hexdigest()}
            for name, data in members.items()
            if name != MANIFEST
        }
        members = {**members, MANIFEST: json.dumps(manifest, ensure_ascii=False).encode()}
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, data in members.items():
            archive.writestr(name, data)
    return path


def with_records(source: Path, target: Path, kind: str, change: Any) -> Path:
    members = members_of(source)
    rows = json.loads(members[RECORD_MEMBERS[kind]])
    change(rows)
    members[RECORD_MEMBERS[kind]] = json.dumps(rows, ensure_ascii=False).encode()
    return write_zip(target, members)


def unit_stats(db: Database, name: str) -> dict[str, int]:
    with db.session() as session:
        unit_id = session.scalar(select(Organization.id).where(Organization.name == name))
        assert unit_id is not None
        return period_stats(session, YEAR, unit_id)


def receive(db: Database, path: Path) -> Any:
    with db.session() as session:
        return import_package(session, path)


def refused(db: Database, path: Path, *words: str) -> str:
    """Import must fail naming the problem, and leave every row as it was."""
    before = snapshot(db)
    with pytest.raises(PackageRefused) as caught:
        receive(db, path)
    assert snapshot(db) == before
    message = str(caught.value)
    for word in words:
        assert word in message, message
    assert "Dữ liệu không bị thay đổi" in message
    return message


SENDER = "Sở Thông tin và Truyền thông tỉnh Bắc Kạn"


# --- export -----------------------------------------------------------------------------------


def test_the_package_holds_a_manifest_with_checksums_and_the_records(package_file: Path) -> None:
    members = members_of(package_file)
    manifest = json.loads(members[MANIFEST])
    assert manifest["format"] == "ttdn-desktop-package" and manifest["format_version"] == 1
    assert manifest["unit"]["name"] == SENDER
    assert manifest["unit"]["abbreviation"] == "STTTT"
    assert manifest["period"] == {
        "start": "2019-12-15",
        "end": "2020-12-14",
        "name": "năm 2020",
        "cutoff": True,
    }
    assert manifest["counts"]["activities"] == 25 and manifest["counts"]["press_items"] == 51
    for name, entry in manifest["members"].items():
        assert hashlib.sha256(members[name]).hexdigest() == entry["sha256"]
        assert len(members[name]) == entry["size"]
    assert set(manifest["members"]) == set(RECORD_MEMBERS.values())
    activities = json.loads(members[RECORD_MEMBERS["activities"]])
    exhibition = next(a for a in activities if a["kind"] == "exhibition")
    assert exhibition["participants"] == 1850 and exhibition["start_date"] == "2020-10-15"


def test_export_refuses_to_overwrite_without_force(demo_db: Database, package_file: Path) -> None:
    with demo_db.session() as session:
        with pytest.raises(PackageRefused, match="đã có"):
            export_package(session, YEAR, package_file)
        assert export_package(session, YEAR, package_file, overwrite=True).path == package_file


def test_proposed_name_is_vietnamese_and_safe() -> None:
    name = proposed_package_name("Sở TTTT", Period.custom(date(2020, 1, 1), date(2020, 3, 31)))
    assert name == "Gói dữ liệu TTĐN Sở TTTT từ ngày 01-01-2020 đến ngày 31-03-2020.ttdn"
    assert proposed_package_name("Sở TTTT", YEAR) == "Gói dữ liệu TTĐN Sở TTTT năm 2020.ttdn"


# --- import -----------------------------------------------------------------------------------


def test_round_trip_gives_the_sending_unit_the_same_figures(
    demo_db: Database, package_file: Path, receiver: Database
) -> None:
    with demo_db.session() as session:
        expected = period_stats(session, YEAR, own_unit_id(session))
    result = receive(receiver, package_file)
    assert result.created["activities"] == 25 and result.created["press_items"] == 51
    assert unit_stats(receiver, SENDER) == expected
    with receiver.session() as session:
        sender = session.get(Organization, result.unit_id)
        assert sender is not None and sender.kind == "department" and sender.short_name == "Sở TTTT"
        assert own_unit_id(session) != sender.id
        # The own unit has nothing: the records belong to the sender only.
        assert period_stats(session, YEAR, own_unit_id(session))["trainings"] == 0
        plan_linked = session.scalar(
            select(func.count()).where(Activity.unit_id == sender.id, Activity.plan_id.is_not(None))
        )
        assert plan_linked and plan_linked > 0


def test_reimport_replaces_instead_of_duplicating(
    demo_db: Database, package_file: Path, receiver: Database, tmp_path: Path
) -> None:
    receive(receiver, package_file)
    first = unit_stats(receiver, SENDER)
    with receiver.session() as session:
        preview = preview_package(session, package_file)
    assert preview.replaces and "Thay thế gói" in "\n".join(preview.summary_lines())
    receive(receiver, package_file)
    assert unit_stats(receiver, SENDER) == first
    with receiver.session() as session:
        assert session.scalar(select(func.count()).select_from(ReceivedPackage)) == 1
        assert session.scalar(select(func.count()).select_from(Activity)) == 25
    # The sender deletes a training and sends again: the level above loses it too.
    with demo_db.session() as session:
        training = session.scalars(select(Activity).where(Activity.kind == "training")).first()
        assert training is not None
        training.deleted_at = datetime(2020, 12, 1)
    again = tmp_path / "again.ttdn"
    with demo_db.session() as session:
        export_package(session, YEAR, again)
    result = receive(receiver, again)
    assert result.removed > 0
    assert unit_stats(receiver, SENDER)["trainings"] == first["trainings"] - 1
    with receiver.session() as session:
        linked = session.scalar(select(func.count()).select_from(ReceivedPackageRecord))
        records = sum(
            session.scalar(select(func.count()).select_from(m)) or 0
            for m in (Document, Activity, PressItem)
        )
        assert linked == records + 1  # the assessment is linked too


def test_a_year_replaces_the_quarters_already_received(
    demo_db: Database, receiver: Database, tmp_path: Path
) -> None:
    quarter = Period.quarter(2020, 3)
    with demo_db.session() as session:
        export_package(session, quarter, tmp_path / "q3.ttdn")
        export_package(session, Period.year(2020), tmp_path / "year.ttdn")
        expected = period_stats(session, Period.year(2020), own_unit_id(session))
    receive(receiver, tmp_path / "q3.ttdn")
    receive(receiver, tmp_path / "year.ttdn")
    with receiver.session() as session:
        assert session.scalar(select(func.count()).select_from(ReceivedPackage)) == 1
        sender = session.scalar(select(Organization.id).where(Organization.name == SENDER))
        assert period_stats(session, Period.year(2020), sender) == expected


def test_attachments_travel_with_the_package(
    demo_db: Database, receiver: Database, tmp_path: Path
) -> None:
    photo = tmp_path / "ảnh hội nghị.jpg"
    photo.write_bytes(b"\xff\xd8" + bytes(range(256)) * 40)
    with demo_db.session() as session:
        training = session.scalars(select(Activity).where(Activity.kind == "training")).first()
        assert training is not None
        attach(session, Activity, training.id, photo, "Toàn cảnh")
        result = export_package(session, YEAR, tmp_path / "p.ttdn", with_attachments=True)
    assert result.counts["attachments"] == 1
    sha = hashlib.sha256(photo.read_bytes()).hexdigest()
    assert f"attachments/{sha[:2]}/{sha}" in members_of(tmp_path / "p.ttdn")
    stored_path(sha).unlink()  # the level above is another computer
    imported = receive(receiver, tmp_path / "p.ttdn")
    assert imported.attachments_written == 1
    assert stored_path(sha).read_bytes() == photo.read_bytes()
    with receiver.session() as session:
        attachment = session.scalars(select(Attachment)).one()
        assert attachment.file_name == "ảnh hội nghị.jpg" and attachment.caption == "Toàn cảnh"


def test_a_package_of_the_own_unit_is_refused(demo_db: Database, package_file: Path) -> None:
    refused(demo_db, package_file, "chính đơn vị")


# --- bad input: each refused by name, the database untouched ----------------------------------


def test_not_a_zip(receiver: Database, tmp_path: Path) -> None:
    path = tmp_path / "x.ttdn"
    path.write_text("Đây không phải tệp nén", encoding="utf-8")
    refused(receiver, path, "không phải gói dữ liệu")


def test_truncated(receiver: Database, package_file: Path, tmp_path: Path) -> None:
    data = package_file.read_bytes()
    for cut in (len(data) // 2, len(data) - 10):
        path = tmp_path / f"cut{cut}.ttdn"
        path.write_bytes(data[:cut])
        refused(receiver, path, "hỏng")


def test_corrupted_member_data(receiver: Database, package_file: Path, tmp_path: Path) -> None:
    data = bytearray(package_file.read_bytes())
    with zipfile.ZipFile(package_file) as archive:
        info = archive.getinfo(RECORD_MEMBERS["activities"])
    middle = info.header_offset + 30 + len(info.filename) + info.compress_size // 2
    data[middle] ^= 0xFF
    path = tmp_path / "flipped.ttdn"
    path.write_bytes(bytes(data))
    refused(receiver, path, "activities")


@pytest.mark.parametrize(
    ("name", "why"),
    [
        ("../../evil.json", "thoát ra ngoài"),
        ("records/../../evil.json", "thoát ra ngoài"),
        ("/etc/evil.json", "tuyệt đối"),
        ("C:/Windows/evil.json", "ổ đĩa"),
        ("C:evil.json", "ổ đĩa"),
        ("records\\..\\evil.json", "gạch ngược"),
    ],
)
def test_member_path_escaping(
    receiver: Database, package_file: Path, tmp_path: Path, name: str, why: str
) -> None:
    members = members_of(package_file)
    members[name] = b"[]"
    refused(receiver, write_zip(tmp_path / "escape.ttdn", members), "không an toàn", why)


def test_unknown_member(receiver: Database, package_file: Path, tmp_path: Path) -> None:
    members = members_of(package_file)
    members["records/extra.json"] = b"[]"
    refused(receiver, write_zip(tmp_path / "extra.ttdn", members), "mục lạ")


def test_zip_bomb_by_declared_size(
    receiver: Database, package_file: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(pkg, "MAX_RECORDS_BYTES", 1024 * 1024)
    members = members_of(package_file)
    members[RECORD_MEMBERS["topics"]] = b"[" + b" " * (3 * 1024 * 1024) + b"]"
    refused(receiver, write_zip(tmp_path / "big.ttdn", members), "bom nén", "khai báo")


def test_zip_bomb_by_ratio(receiver: Database, package_file: Path, tmp_path: Path) -> None:
    members = members_of(package_file)
    members[RECORD_MEMBERS["topics"]] = b"[" + b" " * (20 * 1024 * 1024) + b"]"
    refused(receiver, write_zip(tmp_path / "ratio.ttdn", members), "bom nén", "tỷ lệ")


def test_zip_bomb_by_total_size(
    receiver: Database, package_file: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(pkg, "MAX_TOTAL_BYTES", 10 * 1024)
    refused(receiver, package_file, "bom nén", "tổng dung lượng")


def test_a_header_that_lies_about_the_size_is_not_trusted(
    receiver: Database, package_file: Path, tmp_path: Path
) -> None:
    """The central directory says 100 bytes; the data inflates to far more: read is bounded."""
    members = members_of(package_file)
    members[RECORD_MEMBERS["topics"]] = b"[" + b" " * 500_000 + b"]"
    path = write_zip(tmp_path / "liar.ttdn", members)
    data = bytearray(path.read_bytes())
    with zipfile.ZipFile(path) as archive:
        info = archive.getinfo(RECORD_MEMBERS["topics"])
    # Rewrite the uncompressed size in the local header and in the central directory.
    data[info.header_offset + 22 : info.header_offset + 26] = (100).to_bytes(4, "little")
    name = info.filename.encode()
    position = data.find(b"PK\x01\x02")
    while position != -1:
        length = int.from_bytes(data[position + 28 : position + 30], "little")
        if data[position + 46 : position + 46 + length] == name:
            data[position + 24 : position + 28] = (100).to_bytes(4, "little")
        position = data.find(b"PK\x01\x02", position + 4)
    path.write_bytes(bytes(data))
    refused(receiver, path)


def test_checksum_mismatch(receiver: Database, package_file: Path, tmp_path: Path) -> None:
    members = members_of(package_file)
    rows = json.loads(members[RECORD_MEMBERS["activities"]])
    rows[0]["participants"] = 999_999
    members[RECORD_MEMBERS["activities"]] = json.dumps(rows).encode()
    path = write_zip(tmp_path / "edited.ttdn", members, fix_manifest=False)
    refused(receiver, path, "mã kiểm tra", "records/activities.json")


def test_unknown_format_version(receiver: Database, package_file: Path, tmp_path: Path) -> None:
    members = members_of(package_file)
    manifest = json.loads(members[MANIFEST])
    manifest["format_version"] = 99
    members[MANIFEST] = json.dumps(manifest).encode()
    refused(receiver, write_zip(tmp_path / "v99.ttdn", members), "phiên bản 99")


def test_missing_manifest_and_foreign_manifest(
    receiver: Database, package_file: Path, tmp_path: Path
) -> None:
    members = members_of(package_file)
    del members[MANIFEST]
    refused(receiver, write_zip(tmp_path / "nomanifest.ttdn", members), "thiếu bản kê")
    members = members_of(package_file)
    members[MANIFEST] = json.dumps({"format": "something-else"}).encode()
    refused(receiver, write_zip(tmp_path / "foreign.ttdn", members, fix_manifest=False), "bản kê")


def test_missing_members(receiver: Database, package_file: Path, tmp_path: Path) -> None:
    # Listed in the manifest, absent from the zip.
    members = members_of(package_file)
    del members[RECORD_MEMBERS["press_items"]]
    path = write_zip(tmp_path / "lacking.ttdn", members, fix_manifest=False)
    refused(receiver, path, "thiếu mục", "records/press_items.json")
    # Absent from both.
    refused(receiver, write_zip(tmp_path / "lacking2.ttdn", members), "thiếu mục")


def test_malformed_json(receiver: Database, package_file: Path, tmp_path: Path) -> None:
    members = members_of(package_file)
    members[RECORD_MEMBERS["documents"]] = b'[{"ref": 1, "kind": '
    refused(receiver, write_zip(tmp_path / "json.ttdn", members), "JSON", "documents")


@pytest.mark.parametrize(
    ("kind", "field", "value", "why"),
    [
        ("activities", "participants", -5, "số âm"),
        ("activities", "participants", "nhiều", "không phải số"),
        ("activities", "start_date", "31/02/2020", "không phải ngày"),
        ("activities", "kind", "party", "mã không hợp lệ"),
        ("activities", "title", "   ", "trống"),
        ("activities", "host", 9999, "tham chiếu"),
        ("press_items", "status", "done", "mã không hợp lệ"),
        ("documents", "topics", [1, 9999], "tham chiếu"),
        # Varied text, so that it does not look like a zip bomb before it is read.
        ("documents", "subject", "".join(f"{i:x}" for i in range(400_000)), "quá 1.000.000"),
        ("organizations", "name", None, "trống"),
    ],
)
def test_malformed_records(
    receiver: Database,
    package_file: Path,
    tmp_path: Path,
    kind: str,
    field: str,
    value: Any,
    why: str,
) -> None:
    def change(rows: list[dict[str, Any]]) -> None:
        rows[0][field] = value

    path = with_records(package_file, tmp_path / "bad.ttdn", kind, change)
    refused(receiver, path, why, f"“{field}”")


def test_records_that_break_a_rule_of_the_schema(
    receiver: Database, package_file: Path, tmp_path: Path
) -> None:
    """Well-formed fields that the schema refuses together: the whole import is undone."""

    def change(rows: list[dict[str, Any]]) -> None:
        rows[-1]["status"] = "handled"
        rows[-1]["handled_date"] = None

    path = with_records(package_file, tmp_path / "rule.ttdn", "press_items", change)
    refused(receiver, path, "ràng buộc")


def test_a_file_that_does_not_exist(receiver: Database, tmp_path: Path) -> None:
    with pytest.raises(PackageRefused, match="Không tìm thấy"):
        read_package(tmp_path / "none.ttdn")


# --- property: any malformed package is received completely or not at all ---------------------

json_values = st.recursive(
    st.one_of(
        st.none(),
        st.booleans(),
        st.integers(min_value=-(10**13), max_value=10**13),
        st.text(max_size=20),
        st.sampled_from(["2020-02-30", "2020-06-01", "training", "handled", "", "   "]),
    ),
    lambda children: (
        st.lists(children, max_size=3) | st.dictionaries(st.text(max_size=5), children)
    ),
    max_leaves=6,
)


@st.composite
def damaged_packages(draw: st.DrawFn, members: dict[str, bytes]) -> bytes:
    members = dict(members)
    for _ in range(draw(st.integers(1, 3))):
        kind = draw(st.sampled_from(list(RECORD_MEMBERS)))
        rows = json.loads(members[RECORD_MEMBERS[kind]])
        if not rows:
            continue
        row = rows[draw(st.integers(0, len(rows) - 1))]
        field = draw(st.sampled_from([*row.keys(), "ref", "extra"]))
        if draw(st.integers(0, 3)) == 0:
            row.pop(field, None)
        else:
            row[field] = draw(json_values)
        members[RECORD_MEMBERS[kind]] = json.dumps(rows, ensure_ascii=False).encode()
    buffer = io.BytesIO()
    manifest = json.loads(members[MANIFEST])
    manifest["members"] = {
        name: {"size": len(data), "sha256": hashlib.sha256(data).hexdigest()}
        for name, data in members.items()
        if name != MANIFEST
    }
    members[MANIFEST] = json.dumps(manifest).encode()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, data in members.items():
            archive.writestr(name, data)
    data = buffer.getvalue()
    if draw(st.integers(0, 4)) == 0:  # sometimes damage the bytes as well
        position = int(draw(st.floats(0, 0.999)) * len(data))
        data = data[:position] + bytes([data[position] ^ 0x5A]) + data[position + 1 :]
    return data


def test_any_damaged_package_is_received_completely_or_not_at_all(
    package_file: Path, tmp_path: Path
) -> None:
    members = members_of(package_file)
    db = new_receiver(tmp_path / "property.sqlite")
    path = tmp_path / "damaged.ttdn"
    outcomes = {"refused": 0, "received": 0}

    @settings(
        max_examples=40,
        deadline=None,
        suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
    )
    @given(damaged_packages(members))
    def check(data: bytes) -> None:
        path.write_bytes(data)
        before = snapshot(db)
        try:
            with db.session() as session:
                result = import_package(session, path)
        except PackageRefused:
            assert snapshot(db) == before
            outcomes["refused"] += 1
            return
        outcomes["received"] += 1
        with db.session() as session:
            package = session.scalars(
                select(ReceivedPackage).where(ReceivedPackage.unit_id == result.unit_id)
            ).one()
            linked = session.scalar(
                select(func.count())
                .select_from(ReceivedPackageRecord)
                .where(ReceivedPackageRecord.package_id == package.id)
            )
        carried = sum(package.counts[k] for k in ("documents", "activities", "press_items"))
        carried += package.counts["assessments"]
        # Every record of the package went in (new, or merged into one it carries again).
        assert sum(result.created.values()) + result.updated == carried
        assert 0 < linked <= carried

    try:
        check()
    finally:
        db.close()
    assert outcomes["refused"] > 0


def test_an_unknown_compression_method(
    receiver: Database, package_file: Path, tmp_path: Path
) -> None:
    """A member the reader cannot decompress (method 99) is refused like a damaged one."""
    data = bytearray(package_file.read_bytes())
    with zipfile.ZipFile(package_file) as archive:
        info = archive.getinfo(RECORD_MEMBERS["topics"])
    data[info.header_offset + 8 : info.header_offset + 10] = (99).to_bytes(2, "little")
    name = info.filename.encode()
    position = data.find(b"PK\x01\x02")
    while position != -1:
        length = int.from_bytes(data[position + 28 : position + 30], "little")
        if data[position + 46 : position + 46 + length] == name:
            data[position + 10 : position + 12] = (99).to_bytes(2, "little")
        position = data.find(b"PK\x01\x02", position + 4)
    path = tmp_path / "method99.ttdn"
    path.write_bytes(bytes(data))
    refused(receiver, path, "records/topics.json", "không đọc được")


def test_json_nested_too_deep(receiver: Database, package_file: Path, tmp_path: Path) -> None:
    members = members_of(package_file)
    members[RECORD_MEMBERS["topics"]] = b"[" * 200_000 + b"]" * 200_000
    refused(receiver, write_zip(tmp_path / "deep.ttdn", members), "JSON")
