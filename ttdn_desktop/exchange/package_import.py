"""Receiving a data package at the level above: the records go in under the sending unit.

`read_package` has verified the whole file before anything here runs. The records are then
written in one savepoint: all of them, or nothing. The sending unit is found by name among the
organisations (or created as a non-own unit). A package of the same unit for the same period,
or for a period inside the new one, is replaced: the records it brought are deleted unless
another package still carries them. A record the new package carries again (same natural key
as one of that unit's records: number and year of a document; kind, title and start of an
activity; date, title and outlet of a press item) is updated and shared instead of copied, so
packages of overlapping periods never count a record twice.
"""

from __future__ import annotations

import hashlib
import os
import tempfile
import zipfile
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date, datetime
from pathlib import Path
from typing import Any

from sqlalchemy import delete, insert, select
from sqlalchemy.exc import DBAPIError, IntegrityError
from sqlalchemy.orm import Session, selectinload

from ttdn_desktop.core.attachments import store_root, stored_path
from ttdn_desktop.core.models import (
    Activity,
    Assessment,
    Attachment,
    AuditEntry,
    Document,
    Organization,
    PlanTarget,
    PressItem,
    ReceivedPackage,
    ReceivedPackageRecord,
    Topic,
)
from ttdn_desktop.core.text import fold
from ttdn_desktop.core.units import require_own_unit
from ttdn_desktop.exchange.package import Package, PackageRefused, PackageUnit, read_package
from ttdn_desktop.exchange.package_records import (
    ACTIVITY_FIELDS,
    ASSESSMENT_FIELDS,
    DOCUMENT_FIELDS,
    KIND_LABELS,
    PRESS_FIELDS,
    REF_COLUMNS,
    TARGET_FIELDS,
    F,
)

Progress = Callable[[int, int], None]
_BATCH = 500  # ids per DELETE, under SQLite's limit of bound parameters
MODELS: dict[str, type[Any]] = {
    "documents": Document,
    "activities": Activity,
    "press_items": PressItem,
    "assessments": Assessment,
}


@dataclass
class ReplacedPackage:
    period_text: str
    file_name: str
    received_at: str


@dataclass
class PackagePreview:
    """What receiving the package would do, for the officer to confirm."""

    package: Package
    sender_name: str
    sender_exists: bool
    replaces: list[ReplacedPackage]
    new_organizations: list[str]
    new_topics: list[str]

    def summary_lines(self) -> list[str]:
        lines = self.package.summary_lines()
        lines.append(
            f"Lưu dưới đơn vị: {self.sender_name}"
            + ("" if self.sender_exists else " (đơn vị mới, sẽ được thêm vào danh mục)")
        )
        for old in self.replaces:
            lines.append(
                f"Thay thế gói đã nhận ngày {old.received_at} ({old.period_text}, "
                f"tệp “{old.file_name}”)"
            )
        if not self.replaces:
            lines.append("Chưa nhận gói nào của đơn vị này cho kỳ này.")
        if self.new_organizations:
            lines.append(f"Thêm {len(self.new_organizations)} cơ quan, tổ chức mới vào danh mục")
        if self.new_topics:
            lines.append(f"Thêm {len(self.new_topics)} chủ đề mới vào danh mục")
        return lines


@dataclass
class PackageImportResult:
    preview: PackagePreview
    unit_id: int
    created: dict[str, int] = field(default_factory=dict)
    updated: int = 0
    removed: int = 0
    attachments_written: int = 0


# --- the sending unit and the catalogues ------------------------------------------------------


def _guess_kind(name: str) -> str:
    """District-level bodies and departments are told apart by their names."""
    key = fold(name)
    if any(word in key for word in ("huyen", "thanh pho", "thi xa", "quan ")):
        return "district"
    if key.startswith(("so ", "ban ", "phong ", "trung tam ")):
        return "department"
    return "other"


def _organizations(session: Session) -> dict[str, Organization]:
    found: dict[str, Organization] = {}
    for org in session.scalars(
        select(Organization).where(Organization.deleted_at.is_(None)).order_by(Organization.id)
    ):
        found.setdefault(org.name.casefold(), org)
    return found


def _sender(session: Session, unit: PackageUnit, create: bool) -> Organization | None:
    own = require_own_unit(session)
    if fold(unit.name) == fold(own.name):
        raise PackageRefused(
            f"Gói dữ liệu này do chính đơn vị “{own.name}” xuất ra; chỉ nhận gói của đơn vị khác "
            "(cấp dưới). Dữ liệu không bị thay đổi."
        )
    found = _organizations(session).get(unit.name.casefold())
    if found is not None and found.kind == "own_unit":
        found = None
    if found is None and create:
        found = Organization(
            name=unit.name,
            short_name=unit.short_name or unit.abbreviation,
            kind=_guess_kind(unit.name),
        )
        session.add(found)
        session.flush()
    return found


def _replaced(session: Session, unit_id: int | None, package: Package) -> list[ReceivedPackage]:
    if unit_id is None:
        return []
    return list(
        session.scalars(
            select(ReceivedPackage)
            .where(
                ReceivedPackage.unit_id == unit_id,
                ReceivedPackage.period_start >= package.period.start,
                ReceivedPackage.period_end <= package.period.end,
            )
            .order_by(ReceivedPackage.period_start)
        )
    )


def _describe(old: ReceivedPackage) -> ReplacedPackage:
    return ReplacedPackage(
        period_text=(
            f"{old.period_name + ', ' if old.period_name else ''}"
            f"{old.period_start:%d/%m/%Y} – {old.period_end:%d/%m/%Y}"
        ),
        file_name=old.file_name,
        received_at=f"{old.received_at:%d/%m/%Y %H:%M}" if old.received_at else "?",
    )


def preview_package(
    session: Session, source: Path | Package, progress: Progress | None = None
) -> PackagePreview:
    """Verify the package and say what receiving it would do; the database is not changed."""
    package = source if isinstance(source, Package) else read_package(Path(source), progress)
    sender = _sender(session, package.unit, create=False)
    organizations = _organizations(session)
    topics = {name.casefold() for name in session.scalars(select(Topic.name))}
    new_orgs = [
        row["name"]
        for row in package.records["organizations"]
        if row["kind"] != "own_unit" and row["name"].casefold() not in organizations
    ]
    new_topics = [
        row["name"] for row in package.records["topics"] if row["name"].casefold() not in topics
    ]
    return PackagePreview(
        package=package,
        sender_name=sender.name if sender else package.unit.name,
        sender_exists=sender is not None,
        replaces=[_describe(p) for p in _replaced(session, sender.id if sender else None, package)],
        new_organizations=sorted(set(new_orgs)),
        new_topics=sorted(set(new_topics)),
    )


# --- writing the records ----------------------------------------------------------------------


def _doc_key(kind: str, direction: str, number: str | None, day: date, subject: str) -> tuple:
    if number:
        return ("d", kind, direction, number.upper(), day.year)
    return ("d", kind, direction, None, day, subject)


def _activity_key(kind: str, title: str, start: date) -> tuple:
    return ("a", kind, title, start)


def _press_key(published: date, title: str, outlet: str | None) -> tuple:
    return ("p", published, title, outlet.casefold() if outlet else None)


class _Writer:
    def __init__(self, session: Session, package: Package, sender: Organization) -> None:
        self.session = session
        self.package = package
        self.sender = sender
        self.org_ids: dict[int, int] = {}
        self.org_objects: dict[int, Organization] = {}
        self.topic_objects: dict[int, Topic] = {}
        self.org_names: dict[int, str] = {}
        self.topic_ids: dict[int, int] = {}
        self.doc_objects: dict[int, Document] = {}
        self.links: set[tuple[str, Document | Activity | PressItem | Assessment]] = set()
        self.result_created: dict[str, int] = {}
        self.updated = 0
        self.existing: dict[tuple, Any] = {}

    # Catalogues ----------------------------------------------------------------------------
    def catalogues(self) -> None:
        """Map the package's organisations and topics to the catalogue, adding what is missing.

        New entries are added together and flushed once: a flush per entry (with its audit
        row) made receiving the demo year take a second.
        """
        organizations = _organizations(self.session)
        chosen: dict[int, Organization] = {}
        for row in self.package.records["organizations"]:
            self.org_names[row["ref"]] = row["name"]
            if row["kind"] == "own_unit":
                chosen[row["ref"]] = self.sender
                continue
            org = organizations.get(row["name"].casefold())
            if org is None:
                org = Organization(
                    name=row["name"],
                    short_name=row["short_name"],
                    kind=row["kind"],
                    press_scope=row["press_scope"],
                    address=row["address"],
                )
                self.session.add(org)
                organizations[row["name"].casefold()] = org
            chosen[row["ref"]] = org
        topics = {t.name.casefold(): t for t in self.session.scalars(select(Topic))}
        chosen_topics: dict[int, Topic] = {}
        for row in self.package.records["topics"]:
            topic = topics.get(row["name"].casefold())
            if topic is None:
                topic = Topic(name=row["name"], description=row["description"])
                self.session.add(topic)
                topics[row["name"].casefold()] = topic
            chosen_topics[row["ref"]] = topic
        self.session.flush()
        self.org_objects = chosen
        self.topic_objects = chosen_topics
        self.org_ids = {ref: org.id for ref, org in chosen.items()}
        self.topic_ids = {ref: topic.id for ref, topic in chosen_topics.items()}

    def index_existing(self) -> None:
        """The sending unit's records still in the database, by natural key."""
        unit_id = self.sender.id
        for doc in self.session.scalars(
            select(Document).where(Document.unit_id == unit_id, Document.deleted_at.is_(None))
        ):
            key = _doc_key(doc.kind, doc.direction, doc.number_symbol, doc.issued_date, doc.subject)
            self.existing.setdefault(key, doc)
        for act in self.session.scalars(
            select(Activity).where(Activity.unit_id == unit_id, Activity.deleted_at.is_(None))
        ):
            self.existing.setdefault(_activity_key(act.kind, act.title, act.start_date), act)
        for item in self.session.scalars(
            select(PressItem)
            .where(PressItem.unit_id == unit_id, PressItem.deleted_at.is_(None))
            .options(selectinload(PressItem.outlet))
        ):
            outlet = item.outlet.name if item.outlet else None
            self.existing.setdefault(_press_key(item.published_date, item.title, outlet), item)
        for assessment in self.session.scalars(
            select(Assessment).where(Assessment.unit_id == unit_id)
        ):
            self.existing.setdefault(
                ("s", assessment.period_start, assessment.period_end), assessment
            )

    # Records -------------------------------------------------------------------------------
    def _fill(self, obj: Any, row: dict[str, Any], fields: tuple[F, ...]) -> None:
        for f in fields:
            value = row[f.name]
            if f.kind == "org":
                setattr(obj, REF_COLUMNS[f.name], self.org_ids[value] if value else None)
            elif f.kind == "doc":
                continue  # plans are linked once every document exists
            elif f.kind == "orgs":
                # The objects themselves: a session.get per link cost a query and a flush.
                setattr(obj, f.name, list(dict.fromkeys(self.org_objects[r] for r in value)))
            elif f.kind == "topics":
                setattr(obj, f.name, list(dict.fromkeys(self.topic_objects[r] for r in value)))
            elif f.kind == "targets":
                obj.targets = [self._target(t) for t in value]
            elif f.kind == "attachments":
                obj.attachments = [
                    Attachment(**a)
                    for a in value
                    if a["sha256"] in self.package.attachment_members
                    or stored_path(a["sha256"]).is_file()
                ]
            else:
                setattr(obj, f.name, value)

    def _target(self, row: dict[str, Any]) -> PlanTarget:
        target = PlanTarget()
        for f in TARGET_FIELDS:
            value = row[f.name]
            if f.kind == "org":
                target.responsible_id = self.org_ids[value] if value else None
            else:
                setattr(target, f.name, 0 if f.name == "position" and value is None else value)
        return target

    def _place(self, kind: str, key: tuple, model: type[Any]) -> Any:
        obj = self.existing.get(key)
        if obj is None:
            obj = model(unit_id=self.sender.id)
            self.session.add(obj)
            self.result_created[kind] = self.result_created.get(kind, 0) + 1
        else:
            self.updated += 1
        return obj

    def write(self, progress: Progress | None) -> None:
        records = self.package.records
        total = sum(len(records[k]) for k in MODELS)
        done = 0

        def step() -> None:
            nonlocal done
            done += 1
            if progress is not None and (done % 50 == 0 or done == total):
                progress(done, total)

        for row in records["documents"]:
            key = _doc_key(
                row["kind"],
                row["direction"],
                row["number_symbol"],
                row["issued_date"],
                row["subject"],
            )
            doc = self._place("documents", key, Document)
            self._fill(doc, row, DOCUMENT_FIELDS)
            self.doc_objects[row["ref"]] = doc
            self.links.add(("documents", doc))
            step()
        self.session.flush()
        for row in records["documents"]:
            plan = self.doc_objects.get(row["plan"]) if row["plan"] else None
            self.doc_objects[row["ref"]].plan_id = plan.id if plan is not None else None
        for row in records["activities"]:
            act = self._place(
                "activities", _activity_key(row["kind"], row["title"], row["start_date"]), Activity
            )
            self._fill(act, row, ACTIVITY_FIELDS)
            plan = self.doc_objects.get(row["plan"]) if row["plan"] else None
            act.plan_id = plan.id if plan is not None else None
            self.links.add(("activities", act))
            step()
        for row in records["press_items"]:
            outlet = self.org_names.get(row["outlet"]) if row["outlet"] else None
            item = self._place(
                "press_items",
                _press_key(row["published_date"], row["title"], outlet),
                PressItem,
            )
            self._fill(item, row, PRESS_FIELDS)
            self.links.add(("press_items", item))
            step()
        for row in records["assessments"]:
            assessment = self._place(
                "assessments", ("s", row["period_start"], row["period_end"]), Assessment
            )
            self._fill(assessment, row, ASSESSMENT_FIELDS)
            self.existing[("s", row["period_start"], row["period_end"])] = assessment
            self.links.add(("assessments", assessment))
            step()
        self.session.flush()


def _remove_replaced(session: Session, replaced: list[ReceivedPackage]) -> int:
    """Delete the earlier packages and the records no other package still carries."""
    if not replaced:
        return 0
    ids = [p.id for p in replaced]
    links = session.execute(
        select(ReceivedPackageRecord.table_name, ReceivedPackageRecord.record_id).where(
            ReceivedPackageRecord.package_id.in_(ids)
        )
    ).all()
    session.execute(delete(ReceivedPackageRecord).where(ReceivedPackageRecord.package_id.in_(ids)))
    for package in replaced:
        session.delete(package)
    session.flush()
    still = set(
        session.execute(
            select(ReceivedPackageRecord.table_name, ReceivedPackageRecord.record_id)
        ).all()
    )
    gone: dict[str, list[int]] = {}
    for table, record_id in links:
        if table in MODELS and (table, record_id) not in still:
            gone.setdefault(table, []).append(record_id)
    # One DELETE per batch, not one ORM delete per record (which loads every collection first:
    # minutes for a year of a big unit). The schema's ON DELETE rules drop the topics, links,
    # targets and attachments with them; the audit log says why each record went.
    now = datetime.now()
    removed = 0
    for table, record_ids in gone.items():
        model = MODELS[table]
        for start in range(0, len(record_ids), _BATCH):
            batch = record_ids[start : start + _BATCH]
            session.execute(
                insert(AuditEntry.__table__),
                [
                    {
                        "at": now,
                        "action": "delete",
                        "table_name": table,
                        "record_id": record_id,
                        "summary": "Thay bằng gói dữ liệu nhận lại",
                        "changes": {"permanently": True},
                    }
                    for record_id in batch
                ],
            )
            result = session.execute(
                delete(model)
                .where(model.id.in_(batch))
                .execution_options(synchronize_session=False)
            )
            removed += result.rowcount or 0
    session.expire_all()
    return removed


def _write_attachments(package: Package) -> int:
    """Copy the package's files into the attachment store, checking each hash again."""
    written = 0
    if not package.attachment_members:
        return 0
    root = store_root()
    try:
        root.mkdir(parents=True, exist_ok=True)
        with zipfile.ZipFile(package.path) as archive:
            for sha, name in package.attachment_members.items():
                target = stored_path(sha)
                if target.is_file():
                    continue
                handle, temp_name = tempfile.mkstemp(prefix=".incoming-", dir=root)
                try:
                    digest = hashlib.sha256()
                    with os.fdopen(handle, "wb") as out, archive.open(name) as member:
                        while chunk := member.read(1 << 20):
                            digest.update(chunk)
                            out.write(chunk)
                        out.flush()
                        os.fsync(out.fileno())
                    if digest.hexdigest() != sha:
                        raise PackageRefused(
                            f"Tệp đính kèm “{name}” trong gói đã thay đổi trong lúc nhận. Dữ liệu "
                            "không bị thay đổi."
                        )
                    target.parent.mkdir(parents=True, exist_ok=True)
                    os.replace(temp_name, target)
                    written += 1
                finally:
                    Path(temp_name).unlink(missing_ok=True)
    except PackageRefused:
        raise
    except Exception as exc:  # a file changed or damaged since it was verified, a full disk…
        raise PackageRefused(
            f"Không chép được tệp đính kèm của gói vào thư mục dữ liệu: {exc}. Dữ liệu không bị "
            "thay đổi."
        ) from exc
    return written


def import_package(
    session: Session, source: Path | Package, progress: Progress | None = None
) -> PackageImportResult:
    """Receive a package: its records under the sending unit, replacing an earlier package.

    Everything happens in one savepoint of the caller's session: all of it, or nothing.

    Raises:
        PackageRefused: nothing was changed; the message says why.
    """
    package = source if isinstance(source, Package) else read_package(Path(source), progress)
    preview = preview_package(session, package)
    savepoint = session.begin_nested()
    try:
        sender = _sender(session, package.unit, create=True)
        assert sender is not None
        removed = _remove_replaced(session, _replaced(session, sender.id, package))
        writer = _Writer(session, package, sender)
        writer.catalogues()
        writer.index_existing()
        writer.write(progress)
        received = ReceivedPackage(
            unit_id=sender.id,
            period_start=package.period.start,
            period_end=package.period.end,
            period_name=package.period.name or None,
            file_name=package.path.name[:500],
            file_sha256=package.sha256,
            format_version=package.format_version,
            program_version=package.program_version,
            exported_at=package.exported_at,
            counts=dict(package.counts),
        )
        session.add(received)
        session.flush()
        session.add_all(
            ReceivedPackageRecord(package_id=received.id, table_name=table, record_id=obj.id)
            for table, obj in {(t, o.id): (t, o) for t, o in writer.links}.values()
        )
        session.flush()
        written = _write_attachments(package)
    except (IntegrityError, DBAPIError) as exc:
        savepoint.rollback()
        reason = str(exc.orig) if getattr(exc, "orig", None) is not None else str(exc)
        raise PackageRefused(
            f"Không nhận được gói dữ liệu “{package.path.name}”: bản ghi trong gói vi phạm ràng "
            f"buộc dữ liệu ({reason[:200]}). Dữ liệu không bị thay đổi."
        ) from exc
    except BaseException:
        savepoint.rollback()
        raise
    savepoint.commit()
    return PackageImportResult(
        preview=preview,
        unit_id=sender.id,
        created=writer.result_created,
        updated=writer.updated,
        removed=removed,
        attachments_written=written,
    )


def counts_line(counts: dict[str, int]) -> str:
    return ", ".join(f"{KIND_LABELS.get(k, k)}: {n}" for k, n in counts.items() if n)
