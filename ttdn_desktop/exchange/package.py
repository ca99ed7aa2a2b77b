"""Data packages sent upward (``.ttdn``): the own unit's records of a period, in one zip file.

A package holds

- ``manifest.json``: format and program version, the sending unit (name, short name, parent body,
  abbreviation), the period, counts per kind, the period's key figures, and the SHA-256 and size
  of every other member;
- ``records/<kind>.json``: organisations and topics the records name, documents (with plan
  targets, topics, recipients), activities (with counts, co-organisers, topics), press items,
  assessments; references between them are numbers local to the package;
- optionally ``attachments/<2 hex>/<sha256>``: the files attached to those records.

Reading trusts nothing in the file: the size, member names, declared and actual decompressed
sizes, compression ratio, every checksum and every record's fields are checked before the
database is touched (see `read_package`); package_import then stores the records under the
sending unit.
"""

from __future__ import annotations

import hashlib
import json
import os
import re
import tempfile
import unicodedata
import zipfile
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from datetime import date, datetime
from pathlib import Path
from typing import Any

from sqlalchemy import or_, select
from sqlalchemy.orm import Session, selectinload

from ttdn_desktop import __version__
from ttdn_desktop.core.attachments import stored_path
from ttdn_desktop.core.errors import TtdnError
from ttdn_desktop.core.models import (
    Activity,
    Assessment,
    Document,
    Organization,
    PlanTarget,
    PressItem,
    Topic,
)
from ttdn_desktop.core.periods import Period
from ttdn_desktop.core.stats import period_stats
from ttdn_desktop.core.targets import targets_in_period
from ttdn_desktop.core.units import own_profile, require_own_unit
from ttdn_desktop.exchange.package_records import (
    ACTIVITY_FIELDS,
    ASSESSMENT_FIELDS,
    ATTACHMENT_FIELDS,
    DOCUMENT_FIELDS,
    KIND_LABELS,
    ORG_FIELDS,
    PRESS_FIELDS,
    RECORD_KINDS,
    RECORD_MEMBERS,
    REF_COLUMNS,
    SHA256,
    TARGET_FIELDS,
    TOPIC_FIELDS,
    F,
    RecordProblem,
    check_records,
    clean_text,
)

FORMAT = "ttdn-desktop-package"
FORMAT_VERSION = 1
SUFFIX = ".ttdn"
MANIFEST = "manifest.json"
ATTACHMENT_DIR = "attachments"

# Limits of what a package may be; module constants so tests can lower them.
MAX_PACKAGE_BYTES = 1024 * 1024 * 1024
MAX_MEMBERS = 20_000
MAX_MANIFEST_BYTES = 1024 * 1024
MAX_RECORDS_BYTES = 64 * 1024 * 1024  # one records/*.json
MAX_ATTACHMENT_BYTES = 200 * 1024 * 1024  # as core.attachments accepts
MAX_TOTAL_BYTES = 2 * 1024 * 1024 * 1024  # everything decompressed
MAX_RATIO = 200  # decompressed / compressed, for members over RATIO_FLOOR
RATIO_FLOOR = 1024 * 1024
MAX_RECORDS = 200_000  # records of one kind
MAX_COUNT = 10**12
_CHUNK = 1 << 20

_SHA = re.compile(r"^[0-9a-f]{64}$")
_FORBIDDEN = re.compile(r'[<>:"/\\|?*\x00-\x1f]')
Progress = Callable[[int, int], None]


class PackageRefused(TtdnError):
    """A package cannot be written or received; nothing was changed."""


def _n(number: int) -> str:
    return f"{number:,}".replace(",", ".")


def _mb(size: int) -> str:
    return f"{_n(size // 1024 // 1024)} MB"


# --- what a package holds, once read ----------------------------------------------------------


@dataclass
class PackageUnit:
    name: str
    short_name: str | None
    parent_body: str | None
    body_name: str | None
    abbreviation: str | None

    @property
    def label(self) -> str:
        return self.name if not self.short_name else f"{self.name} ({self.short_name})"


@dataclass
class Package:
    """A package read and verified: every checksum matched and every record is well formed."""

    path: Path
    sha256: str
    size_bytes: int
    format_version: int
    program_version: str
    exported_at: datetime | None
    unit: PackageUnit
    period: Period
    counts: dict[str, int]
    stats: dict[str, int]
    records: dict[str, list[dict[str, Any]]]
    attachment_members: dict[str, str] = field(default_factory=dict)  # sha256 -> member name

    def summary_lines(self) -> list[str]:
        lines = [
            f"Tệp: {self.path}",
            f"Đơn vị gửi: {self.unit.label}",
            f"Kỳ số liệu: {self.period.title} ({self.period.range_text})",
        ]
        if self.exported_at is not None:
            lines.append(f"Thời điểm xuất: {self.exported_at:%d/%m/%Y %H:%M}")
        lines.append(f"Phiên bản chương trình gửi: {self.program_version}")
        lines += [
            f"{label}: {_n(self.counts.get(kind, 0))}"
            for kind, label in KIND_LABELS.items()
            if kind != "attachments" or self.counts.get(kind)
        ]
        return lines


# --- writing ----------------------------------------------------------------------------------


def proposed_package_name(unit_short_name: str, period: Period) -> str:
    """'Gói dữ liệu TTĐN STTTT năm 2020.ttdn': Vietnamese, NFC, safe on Windows."""
    stem = _FORBIDDEN.sub("-", f"Gói dữ liệu TTĐN {unit_short_name} {period.title}")
    stem = unicodedata.normalize("NFC", " ".join(stem.split())).rstrip(". ")
    return f"{stem[:150]}{SUFFIX}"


@dataclass
class PackageExport:
    path: Path
    counts: dict[str, int]
    size_bytes: int
    missing_attachments: list[str]


def _value(value: Any) -> Any:
    if isinstance(value, datetime | date):
        return value.isoformat()
    return value


class _Refs:
    """Numbers local to the package for the organisations, topics and documents it names."""

    def __init__(self) -> None:
        self.organizations: dict[int, int] = {}
        self.topics: dict[int, int] = {}
        self.documents: dict[int, int] = {}

    @staticmethod
    def _ref(table: dict[int, int], key: int | None) -> int | None:
        if key is None:
            return None
        return table.setdefault(key, len(table) + 1)

    def org(self, org_id: int | None) -> int | None:
        return self._ref(self.organizations, org_id)

    def topic(self, topic_id: int | None) -> int | None:
        return self._ref(self.topics, topic_id)


def _record(obj: Any, fields: Iterable[F], refs: _Refs) -> dict[str, Any]:
    out: dict[str, Any] = {}
    for f in fields:
        if f.kind == "org":
            out[f.name] = refs.org(getattr(obj, REF_COLUMNS[f.name]))
        elif f.kind == "doc":
            plan_id = getattr(obj, REF_COLUMNS[f.name])
            out[f.name] = refs.documents.get(plan_id) if plan_id is not None else None
        elif f.kind == "orgs":
            out[f.name] = [refs.org(o.id) for o in getattr(obj, f.name)]
        elif f.kind == "topics":
            out[f.name] = [refs.topic(t.id) for t in getattr(obj, f.name)]
        elif f.kind == "targets":
            out[f.name] = [_record(t, TARGET_FIELDS, refs) for t in obj.targets]
        elif f.kind == "attachments":
            out[f.name] = [_record(a, ATTACHMENT_FIELDS, refs) for a in obj.attachments]
        else:
            out[f.name] = _value(getattr(obj, f.name))
    return out


def collect_records(
    session: Session, period: Period
) -> tuple[dict[str, list[dict[str, Any]]], set[str]]:
    """The own unit's records of the period as package records, and the attachment hashes.

    Documents are those dated in the period, plus the plans the records of the period carry
    out and the plans whose targets the period answers for (marked "context": they are outside
    the period and count nothing there). Press items are those published or handled in the
    period, and those still open at its end, so the figures of the period come out the same at
    the level above.
    """
    unit = require_own_unit(session)
    refs = _Refs()
    refs.org(unit.id)  # the sender itself is organisation 1
    not_deleted = Document.deleted_at.is_(None)
    in_period = Document.issued_date.between(period.start, period.end)
    doc_options = (
        selectinload(Document.topics),
        selectinload(Document.recipients),
        selectinload(Document.targets),
        selectinload(Document.attachments),
    )
    documents = list(
        session.scalars(
            select(Document)
            .where(Document.unit_id == unit.id, not_deleted, in_period)
            .options(*doc_options)
            .order_by(Document.issued_date, Document.id)
        )
    )
    activities = list(
        session.scalars(
            select(Activity)
            .where(
                Activity.unit_id == unit.id,
                Activity.deleted_at.is_(None),
                Activity.start_date.between(period.start, period.end),
            )
            .options(
                selectinload(Activity.co_organizers),
                selectinload(Activity.topics),
                selectinload(Activity.attachments),
            )
            .order_by(Activity.start_date, Activity.id)
        )
    )
    press_items = list(
        session.scalars(
            select(PressItem)
            .where(
                PressItem.unit_id == unit.id,
                PressItem.deleted_at.is_(None),
                or_(
                    PressItem.published_date.between(period.start, period.end),
                    PressItem.handled_date.between(period.start, period.end),
                    (PressItem.status != "handled") & (PressItem.published_date <= period.end),
                ),
            )
            .options(selectinload(PressItem.topics), selectinload(PressItem.attachments))
            .order_by(PressItem.published_date, PressItem.id)
        )
    )
    # Plans outside the period that the period's records or targets refer to.
    known = {d.id for d in documents}
    wanted = {r.plan_id for r in [*documents, *activities] if r.plan_id is not None}
    wanted |= set(
        session.scalars(
            select(Document.id)
            .join(PlanTarget, PlanTarget.plan_id == Document.id)
            .where(
                Document.unit_id == unit.id,
                not_deleted,
                Document.kind == "plan",
                targets_in_period(period),
            )
        )
    )
    context = list(
        session.scalars(
            select(Document)
            .where(Document.id.in_(wanted - known), Document.unit_id == unit.id, not_deleted)
            .options(*doc_options)
            .order_by(Document.issued_date, Document.id)
        )
    )
    all_documents = context + documents
    for doc in all_documents:
        refs.documents[doc.id] = len(refs.documents) + 1
    records: dict[str, list[dict[str, Any]]] = {}
    records["documents"] = []
    for doc in all_documents:
        row = {"ref": refs.documents[doc.id], **_record(doc, DOCUMENT_FIELDS, refs)}
        row["context"] = doc.id not in known
        records["documents"].append(row)
    records["activities"] = [_record(a, ACTIVITY_FIELDS, refs) for a in activities]
    records["press_items"] = [_record(p, PRESS_FIELDS, refs) for p in press_items]
    assessments = session.scalars(
        select(Assessment)
        .where(
            Assessment.unit_id == unit.id,
            Assessment.period_start <= period.end,
            Assessment.period_end >= period.start,
        )
        .order_by(Assessment.period_start, Assessment.id)
    )
    records["assessments"] = [_record(a, ASSESSMENT_FIELDS, refs) for a in assessments]
    organizations = {
        o.id: o
        for o in session.scalars(
            select(Organization).where(Organization.id.in_(refs.organizations))
        )
    }
    records["organizations"] = [
        {"ref": ref, **_record(organizations[org_id], ORG_FIELDS, refs)}
        for org_id, ref in refs.organizations.items()
    ]
    topics = {t.id: t for t in session.scalars(select(Topic).where(Topic.id.in_(refs.topics)))}
    records["topics"] = [
        {"ref": ref, **_record(topics[topic_id], TOPIC_FIELDS, refs)}
        for topic_id, ref in refs.topics.items()
    ]
    hashes = {
        a.sha256 for owner in [*all_documents, *activities, *press_items] for a in owner.attachments
    }
    return {kind: records[kind] for kind in RECORD_KINDS}, hashes


def export_package(
    session: Session,
    period: Period,
    path: Path,
    *,
    with_attachments: bool = False,
    overwrite: bool = False,
    progress: Progress | None = None,
    now: datetime | None = None,
) -> PackageExport:
    """Write the own unit's records of the period into a package; the file appears whole or not.

    Raises:
        PackageRefused: the file exists (without `overwrite`), the folder cannot be written, or
            no unit is declared; the message says which, in Vietnamese.
    """
    path = Path(path)
    if path.exists() and not overwrite:
        raise PackageRefused(f"Tệp “{path}” đã có. Chọn tên khác, hoặc dùng --force để ghi đè.")
    if not path.parent.is_dir():
        raise PackageRefused(f"Thư mục “{path.parent}” không tồn tại.")
    unit = require_own_unit(session)
    profile = own_profile(session)
    records, hashes = collect_records(session, period)
    missing = sorted(h for h in hashes if not stored_path(h).is_file()) if with_attachments else []
    attached = sorted(hashes - set(missing)) if with_attachments else []
    counts = {kind: len(records[kind]) for kind in RECORD_KINDS}
    counts["attachments"] = len(attached)
    total = len(RECORD_KINDS) + len(attached) + 1
    members: dict[str, dict[str, Any]] = {}
    try:
        handle, temp_name = tempfile.mkstemp(prefix=".ttdn-", suffix=SUFFIX, dir=path.parent)
        os.close(handle)
    except OSError as exc:
        raise PackageRefused(
            f"Không ghi được vào thư mục “{path.parent}”: {exc.strerror or exc}."
        ) from exc
    temp = Path(temp_name)
    try:
        with zipfile.ZipFile(temp, "w", compression=zipfile.ZIP_DEFLATED) as archive:
            for done, kind in enumerate(RECORD_KINDS, start=1):
                data = json.dumps(records[kind], ensure_ascii=False, indent=1).encode("utf-8")
                name = RECORD_MEMBERS[kind]
                archive.writestr(name, data)
                members[name] = {"size": len(data), "sha256": hashlib.sha256(data).hexdigest()}
                if progress is not None:
                    progress(done, total)
            for done, sha in enumerate(attached, start=len(RECORD_KINDS) + 1):
                name = f"{ATTACHMENT_DIR}/{sha[:2]}/{sha}"
                source = stored_path(sha)
                # Stored, not deflated: photos and scans are compressed already.
                archive.write(source, name, compress_type=zipfile.ZIP_STORED)
                members[name] = {"size": source.stat().st_size, "sha256": sha}
                if progress is not None:
                    progress(done, total)
            manifest = {
                "format": FORMAT,
                "format_version": FORMAT_VERSION,
                "program_version": __version__,
                "exported_at": (now or datetime.now()).replace(microsecond=0).isoformat(),
                "unit": {
                    "name": unit.name,
                    "short_name": unit.short_name,
                    "parent_body": profile.parent_body if profile else None,
                    "body_name": profile.body_name if profile else None,
                    "abbreviation": profile.abbreviation if profile else None,
                },
                "period": {
                    "start": period.start.isoformat(),
                    "end": period.end.isoformat(),
                    "name": period.name,
                    "cutoff": period.cutoff,
                },
                "counts": counts,
                "stats": period_stats(session, period, unit.id),
                "missing_attachments": missing,
                "members": members,
            }
            archive.writestr(
                MANIFEST, json.dumps(manifest, ensure_ascii=False, indent=1).encode("utf-8")
            )
        if progress is not None:
            progress(total, total)
        with temp.open("rb") as written:
            os.fsync(written.fileno())
        os.replace(temp, path)
    except OSError as exc:
        raise PackageRefused(f"Không ghi được tệp “{path}”: {exc.strerror or exc}.") from exc
    finally:
        temp.unlink(missing_ok=True)
    return PackageExport(path, counts, path.stat().st_size, missing)


# --- reading and verifying --------------------------------------------------------------------


def _refuse(path: Path, why: str) -> PackageRefused:
    return PackageRefused(
        f"Không nhận được gói dữ liệu “{path.name}”: {why}. Dữ liệu không bị thay đổi."
    )


def _unsafe_reason(name: str) -> str | None:
    """Why a member name could escape the folder it is unpacked into, or None."""
    if "\\" in name:
        return "có dấu gạch ngược (\\)"
    if name.startswith("/"):
        return "là đường dẫn tuyệt đối"
    if re.match(r"^[A-Za-z]:", name):
        return "có tên ổ đĩa"
    if any(part in ("..", ".") for part in name.split("/")):
        return "chứa “..”, thoát ra ngoài thư mục"
    if "\x00" in name:
        return "chứa ký tự NUL"
    return None


def _expected_member(name: str) -> bool:
    if name == MANIFEST or name in RECORD_MEMBERS.values():
        return True
    parts = name.split("/")
    return (
        len(parts) == 3
        and parts[0] == ATTACHMENT_DIR
        and SHA256.match(parts[2]) is not None
        and parts[1] == parts[2][:2]
    )


def _read_bounded(
    archive: zipfile.ZipFile, info: zipfile.ZipInfo, limit: int, path: Path
) -> tuple[bytes | None, str, int]:
    """Read a member, never more than `limit` bytes whatever its header says.

    Returns the bytes (None for attachments, which are only hashed), the SHA-256 and the size.
    """
    digest = hashlib.sha256()
    size = 0
    keep = not info.filename.startswith(ATTACHMENT_DIR)
    parts: list[bytes] = []
    try:
        with archive.open(info) as member:
            while chunk := member.read(_CHUNK):
                size += len(chunk)
                if size > limit:
                    break
                digest.update(chunk)
                if keep:
                    parts.append(chunk)
    except Exception as exc:  # damaged data, CRC, encryption, unknown compression: all refused
        raise _refuse(
            path, f"tệp bị hỏng hoặc không trọn vẹn, mục “{info.filename}” không đọc được"
        ) from exc
    if size > limit:
        raise _refuse(
            path, f"mục “{info.filename}” giải nén ra hơn {_mb(limit)} (nghi là “bom nén”)"
        )
    return (b"".join(parts) if keep else None), digest.hexdigest(), size


def _json_member(data: bytes, name: str, path: Path) -> Any:
    try:
        return json.loads(data.decode("utf-8"))
    except (UnicodeDecodeError, ValueError, RecursionError) as exc:
        raise _refuse(path, f"mục “{name}” không phải JSON hợp lệ") from exc


def read_package(path: Path, progress: Progress | None = None) -> Package:
    """Open a package and verify all of it: structure, sizes, checksums, records.

    Raises:
        PackageRefused: naming the problem, in Vietnamese.
    """
    path = Path(path)
    if not path.is_file():
        raise PackageRefused(f"Không tìm thấy tệp gói dữ liệu “{path}”.")
    size = path.stat().st_size
    if size > MAX_PACKAGE_BYTES:
        raise _refuse(path, f"tệp nặng {_mb(size)}, quá giới hạn {_mb(MAX_PACKAGE_BYTES)}")
    if not zipfile.is_zipfile(path):
        raise _refuse(
            path,
            "không phải gói dữ liệu TTĐN (tệp .ttdn là tệp nén zip), hoặc tệp bị hỏng, bị cắt "
            "cụt khi chép",
        )
    try:
        archive = zipfile.ZipFile(path)
    except (zipfile.BadZipFile, OSError, ValueError, EOFError) as exc:
        raise _refuse(path, "tệp bị hỏng hoặc không trọn vẹn (bị cắt cụt khi chép)") from exc
    digest = hashlib.sha256()
    with path.open("rb") as whole:
        while chunk := whole.read(_CHUNK):
            digest.update(chunk)
    with archive:
        infos = archive.infolist()
        if len(infos) > MAX_MEMBERS:
            raise _refuse(path, f"tệp chứa {_n(len(infos))} mục, quá giới hạn {_n(MAX_MEMBERS)}")
        names = [i.filename for i in infos]
        for name in names:
            reason = _unsafe_reason(name)
            if reason is not None:
                raise _refuse(path, f"mục “{name[:120]}” có đường dẫn không an toàn ({reason})")
            if not _expected_member(name):
                raise _refuse(path, f"tệp chứa mục lạ “{name[:120]}”")
        if len(set(names)) != len(names):
            raise _refuse(path, "tệp chứa mục trùng tên")
        if MANIFEST not in names:
            raise _refuse(path, "không phải gói dữ liệu TTĐN (thiếu bản kê manifest.json)")
        declared = 0
        for info in infos:
            limit = _member_limit(info.filename)
            if info.file_size > limit:
                raise _refuse(
                    path,
                    f"mục “{info.filename}” khai báo {_mb(info.file_size)} khi giải nén, quá "
                    f"giới hạn {_mb(limit)} (nghi là “bom nén”)",
                )
            if info.file_size > RATIO_FLOOR and info.file_size > MAX_RATIO * max(
                info.compress_size, 1
            ):
                raise _refuse(
                    path,
                    f"mục “{info.filename}” nén với tỷ lệ bất thường "
                    f"{info.file_size // max(info.compress_size, 1)}:1 (nghi là “bom nén”)",
                )
            declared += info.file_size
        if declared > MAX_TOTAL_BYTES:
            raise _refuse(
                path,
                f"tổng dung lượng giải nén {_mb(declared)}, quá giới hạn {_mb(MAX_TOTAL_BYTES)} "
                "(nghi là “bom nén”)",
            )
        by_name = {i.filename: i for i in infos}
        raw, _sha, _size = _read_bounded(archive, by_name[MANIFEST], MAX_MANIFEST_BYTES, path)
        assert raw is not None
        manifest = _json_member(raw, MANIFEST, path)
        members, package_meta = _check_manifest(manifest, path)
        if set(members) != set(names) - {MANIFEST}:
            extra = sorted(set(names) - {MANIFEST} - set(members))
            lacking = sorted(set(members) - set(names))
            if lacking:
                raise _refuse(path, f"thiếu mục “{lacking[0]}” mà bản kê liệt kê")
            raise _refuse(path, f"mục “{extra[0]}” không có trong bản kê")
        missing_records = [m for m in RECORD_MEMBERS.values() if m not in members]
        if missing_records:
            raise _refuse(path, f"thiếu mục “{missing_records[0]}”")
        contents: dict[str, bytes] = {}
        total = len(members)
        for done, (name, entry) in enumerate(sorted(members.items()), start=1):
            data, sha, actual = _read_bounded(archive, by_name[name], _member_limit(name), path)
            if actual != entry["size"] or sha != entry["sha256"]:
                raise _refuse(
                    path,
                    f"mã kiểm tra (SHA-256) của mục “{name}” không khớp bản kê: tệp đã bị sửa "
                    "hoặc bị hỏng",
                )
            if name.startswith(ATTACHMENT_DIR) and sha != name.rsplit("/", 1)[1]:
                raise _refuse(path, f"tệp đính kèm “{name}” không đúng mã băm trong tên")
            if data is not None:
                contents[name] = data
            if progress is not None:
                progress(done, total)
    records = {
        kind: _json_member(contents[RECORD_MEMBERS[kind]], RECORD_MEMBERS[kind], path)
        for kind in RECORD_KINDS
    }
    try:
        checked = check_records(records)
    except RecordProblem as exc:
        raise _refuse(path, str(exc)) from exc
    attachments = {
        name.rsplit("/", 1)[1]: name for name in members if name.startswith(ATTACHMENT_DIR)
    }
    counts = {kind: len(checked[kind]) for kind in RECORD_KINDS}
    counts["attachments"] = len(attachments)
    return Package(
        path=path,
        sha256=digest.hexdigest(),
        size_bytes=size,
        records=checked,
        counts=counts,
        attachment_members=attachments,
        **package_meta,
    )


def _member_limit(name: str) -> int:
    if name == MANIFEST:
        return MAX_MANIFEST_BYTES
    if name.startswith(ATTACHMENT_DIR):
        return MAX_ATTACHMENT_BYTES
    return MAX_RECORDS_BYTES


def _check_manifest(manifest: Any, path: Path) -> tuple[dict[str, dict[str, Any]], dict[str, Any]]:
    if not isinstance(manifest, dict) or manifest.get("format") != FORMAT:
        raise _refuse(path, "không phải gói dữ liệu TTĐN (bản kê không đúng định dạng)")
    version = manifest.get("format_version")
    if not isinstance(version, int) or isinstance(version, bool) or version < 1:
        raise _refuse(path, "bản kê không ghi phiên bản định dạng hợp lệ")
    if version > FORMAT_VERSION:
        raise _refuse(
            path,
            f"gói theo định dạng phiên bản {version}, chương trình này chỉ đọc được đến phiên "
            f"bản {FORMAT_VERSION}; hãy cài phiên bản TTĐN Desktop mới nhất",
        )
    bad = "bản kê (manifest.json) không hợp lệ"
    members = manifest.get("members")
    if not isinstance(members, dict):
        raise _refuse(path, f"{bad}: thiếu danh sách mục")
    for name, entry in members.items():
        if not (
            isinstance(entry, dict)
            and isinstance(entry.get("size"), int)
            and not isinstance(entry.get("size"), bool)
            and entry["size"] >= 0
            and isinstance(entry.get("sha256"), str)
            and SHA256.match(entry["sha256"])
        ):
            raise _refuse(path, f"{bad}: mục “{str(name)[:120]}” thiếu kích thước hoặc mã SHA-256")
    unit = manifest.get("unit")
    if not isinstance(unit, dict) or not isinstance(unit.get("name"), str):
        raise _refuse(path, f"{bad}: thiếu tên đơn vị gửi")
    unit_values: dict[str, str | None] = {}
    for key, limit in (
        ("name", 500),
        ("short_name", 200),
        ("parent_body", 300),
        ("body_name", 300),
        ("abbreviation", 50),
    ):
        value = unit.get(key)
        if value is not None and not isinstance(value, str):
            raise _refuse(path, f"{bad}: thông tin đơn vị gửi sai kiểu")
        text = clean_text(value)
        if text is not None and len(text) > limit:
            raise _refuse(path, f"{bad}: thông tin đơn vị gửi quá dài")
        unit_values[key] = text
    if not unit_values["name"]:
        raise _refuse(path, f"{bad}: thiếu tên đơn vị gửi")
    period = manifest.get("period")
    try:
        if not isinstance(period, dict):
            raise ValueError("period")
        start = date.fromisoformat(str(period["start"]))
        end = date.fromisoformat(str(period["end"]))
        name = period.get("name") or ""
        if not isinstance(name, str) or len(name) > 200:
            raise ValueError("name")
        the_period = Period(start, end, clean_text(name) or "", bool(period.get("cutoff")))
    except (KeyError, ValueError, TypeError) as exc:
        raise _refuse(path, f"{bad}: kỳ số liệu không đọc được") from exc
    exported_at = None
    if manifest.get("exported_at") is not None:
        try:
            exported_at = datetime.fromisoformat(str(manifest["exported_at"]))
        except ValueError as exc:
            raise _refuse(path, f"{bad}: thời điểm xuất không đọc được") from exc
    stats = manifest.get("stats") or {}
    if not isinstance(stats, dict) or not all(
        isinstance(v, int) and not isinstance(v, bool) for v in stats.values()
    ):
        raise _refuse(path, f"{bad}: số liệu tổng hợp sai kiểu")
    return members, {
        "format_version": version,
        "program_version": str(manifest.get("program_version") or "?")[:50],
        "exported_at": exported_at,
        "unit": PackageUnit(
            name=unit_values["name"] or "",
            short_name=unit_values["short_name"],
            parent_body=unit_values["parent_body"],
            body_name=unit_values["body_name"],
            abbreviation=unit_values["abbreviation"],
        ),
        "period": the_period,
        "stats": dict(stats),
    }
