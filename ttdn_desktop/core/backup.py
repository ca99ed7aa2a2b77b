"""Backups: one file holding a consistent copy of the database and the attachments it uses.

A backup is a zip container (``.ttdnbak``) with

- ``manifest.json``: format and program version, creation time, the unit, the schema revision,
  counts per kind of record, and the SHA-256 and size of every other member;
- ``database.sqlite``: a copy made through SQLite's online backup API (never a plain copy of a
  live WAL file), switched to a rollback journal so it is one self-contained file;
- ``attachments/<2 hex>/<sha256>``: every attached file the copied database refers to.

Automatic backups go to ``<data folder>/backups`` (on the first start of each day, before a
restore and before an import) and are kept by tiers: the newest of each of the last 7 days, 4
weeks and 12 months, and always the last 3; the numbers are Setting keys. Restoring verifies every
checksum before touching anything, backs up the current data, puts the attachments back and then
replaces the database file atomically.
"""

from __future__ import annotations

import hashlib
import json
import logging
import os
import re
import shutil
import sqlite3
import tempfile
import zipfile
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from datetime import date, datetime
from pathlib import Path, PurePosixPath
from typing import IO, Any

from sqlalchemy.orm import Session

from ttdn_desktop import __version__
from ttdn_desktop.core.database import SQLITE_HEADER, Database, known_revisions
from ttdn_desktop.core.errors import TtdnError, ValidationError
from ttdn_desktop.core.models import Setting
from ttdn_desktop.core.paths import data_dir, default_db_path

log = logging.getLogger(__name__)

FORMAT = "ttdn-desktop-backup"
FORMAT_VERSION = 1
SUFFIX = ".ttdnbak"
MANIFEST = "manifest.json"
DB_MEMBER = "database.sqlite"
ATTACHMENT_DIR = "attachments"
_CHUNK = 1 << 20
BACKUP_ZIP_LEVEL = 1

# Kinds counted in the manifest, with the words the officer reads.
KIND_LABELS: dict[str, str] = {
    "documents": "Văn bản",
    "activities": "Hoạt động",
    "press_items": "Tin bài báo chí",
    "organizations": "Cơ quan, tổ chức",
    "topics": "Chủ đề",
    "attachments": "Tệp đính kèm",
}
_TRASHABLE = {"documents", "activities", "press_items", "organizations", "topics"}

# Why a backup was made; the slug ends the file name.
REASONS: dict[str, str] = {
    "daily": "hang-ngay",
    "manual": "thu-cong",
    "before-restore": "truoc-khoi-phuc",
    "before-import": "truoc-nhap",
    "before-upgrade": "truoc-nang-cap",
}
REASON_LABELS: dict[str, str] = {
    "daily": "tự động hằng ngày",
    "manual": "sao lưu thủ công",
    "before-restore": "trước khi khôi phục",
    "before-import": "trước khi nhập dữ liệu",
    "before-upgrade": "trước khi nâng cấp",
}
_NAME = re.compile(r"^ttdn-(\d{8}-\d{6})-([a-z-]+?)(?:-(\d+))?\.ttdnbak$")
_SHA = re.compile(r"^[0-9a-f]{64}$")

Progress = Callable[[int, int], None]


class BackupError(TtdnError):
    """A backup cannot be made or a backup file cannot be used; nothing was changed."""


@dataclass
class BackupInfo:
    """What a backup file holds, read from its manifest (and verified when asked)."""

    path: Path
    created_at: datetime
    program_version: str
    unit_name: str | None
    schema_revision: str | None
    counts: dict[str, int]
    reason: str
    size_bytes: int
    members: dict[str, dict[str, Any]] = field(repr=False, default_factory=dict)
    missing_attachments: list[str] = field(default_factory=list)
    verified: bool = False

    @property
    def attachment_hashes(self) -> set[str]:
        return {
            PurePosixPath(name).name for name in self.members if name.startswith(ATTACHMENT_DIR)
        }

    def summary_lines(self) -> list[str]:
        """The backup described in Vietnamese, one fact per line."""
        lines = [
            f"Tệp: {self.path}",
            f"Thời điểm sao lưu: {self.created_at:%d/%m/%Y %H:%M:%S}",
            f"Lý do: {REASON_LABELS.get(self.reason, self.reason)}",
            f"Đơn vị: {self.unit_name or '(chưa khai báo)'}",
            f"Phiên bản lược đồ: {self.schema_revision or '(trống)'}",
            f"Phiên bản chương trình: {self.program_version}",
        ]
        lines += [f"{label}: {self.counts.get(key, 0)}" for key, label in KIND_LABELS.items()]
        if self.missing_attachments:
            lines.append(
                f"Thiếu {len(self.missing_attachments)} tệp đính kèm (không có trong thư mục dữ "
                "liệu lúc sao lưu)."
            )
        return lines


# --- retention -------------------------------------------------------------------------------


@dataclass(frozen=True)
class RetentionPolicy:
    daily: int = 7
    weekly: int = 4
    monthly: int = 12
    last: int = 3


SETTING_KEYS = {
    "daily": "backup.keep_daily",
    "weekly": "backup.keep_weekly",
    "monthly": "backup.keep_monthly",
    "last": "backup.keep_last",
}


def policy_from_settings(values: dict[str, Any]) -> RetentionPolicy:
    """Build the policy from Setting values keyed as SETTING_KEYS; bad values keep the default."""
    default = RetentionPolicy()
    chosen: dict[str, int] = {}
    for name, key in SETTING_KEYS.items():
        value = values.get(key)
        if isinstance(value, int) and not isinstance(value, bool) and 0 <= value <= 1000:
            chosen[name] = value
        else:
            chosen[name] = getattr(default, name)
    return RetentionPolicy(**chosen)


# How many backups each tier may keep, as Cài đặt offers them.
POLICY_LIMITS: dict[str, tuple[int, int]] = {
    "daily": (1, 365),
    "weekly": (0, 520),
    "monthly": (0, 240),
    "last": (1, 100),
}
FOLDER_KEY = "backup.folder"


def save_policy(session: Session, policy: RetentionPolicy) -> None:
    """Store the retention tiers (Cài đặt); the next automatic backup prunes by them.

    Raises:
        ValueError: for a number outside POLICY_LIMITS (the form's spin boxes never send one).
    """
    for name, key in SETTING_KEYS.items():
        value = getattr(policy, name)
        low, high = POLICY_LIMITS[name]
        if not low <= value <= high:
            raise ValueError(f"{name} must be {low}-{high}")
        session.merge(Setting(key=key, value=value))


def policy_of_session(session: Session) -> RetentionPolicy:
    values = {
        key: getattr(session.get(Setting, key), "value", None) for key in SETTING_KEYS.values()
    }
    return policy_from_settings(values)


def chosen_folder(session: Session) -> Path | None:
    """The backup folder set in Cài đặt, or None for the default one."""
    setting = session.get(Setting, FOLDER_KEY)
    value = setting.value if setting is not None else None
    return Path(value) if isinstance(value, str) and value.strip() else None


def set_folder(session: Session, folder: str | None) -> None:
    """Choose where automatic backups go; None or "" returns to the default folder.

    Raises:
        ValidationError: when the folder cannot be created or written (checked now, not at the
            next start, so the message stands next to the field).
    """
    text = (folder or "").strip()
    if not text:
        setting = session.get(Setting, FOLDER_KEY)
        if setting is not None:
            session.delete(setting)
        return
    path = Path(text).expanduser()
    if not path.is_absolute():
        raise ValidationError(
            "“Thư mục sao lưu” phải là đường dẫn đầy đủ (ví dụ D:\\Sao lưu TTĐN).",
            field="backup_folder",
        )
    try:
        path.mkdir(parents=True, exist_ok=True)
        with tempfile.NamedTemporaryFile(dir=path, prefix=".ttdn-", delete=True):
            pass
    except OSError as exc:
        raise ValidationError(
            f"Không ghi được vào “Thư mục sao lưu”: {describe_os_error(exc)}", field="backup_folder"
        ) from exc
    session.merge(Setting(key=FOLDER_KEY, value=str(path)))


def backups_dir_of_file(db_path: Path) -> Path:
    """Where the automatic backups of a database file go, read without opening it as a Database.

    For the command line, which lists backups of a file it does not migrate or lock: the folder
    chosen in Cài đặt when the file names one, else the default.
    """
    try:
        conn = sqlite3.connect(f"{Path(db_path).resolve().as_uri()}?mode=ro", uri=True)
        try:
            row = conn.execute("SELECT value FROM settings WHERE key = ?", (FOLDER_KEY,)).fetchone()
        finally:
            conn.close()
        value = json.loads(row[0]) if row and row[0] else None
    except (sqlite3.Error, ValueError, OSError):
        value = None
    return Path(value) if isinstance(value, str) and value.strip() else backups_dir(db_path)


def auto_backups_dir(db: Database) -> Path:
    """Where the automatic backups of this database go: the chosen folder or the default."""
    with db.session() as session:
        chosen = chosen_folder(session)
    if chosen is not None:
        try:
            chosen.mkdir(parents=True, exist_ok=True)
            return chosen
        except OSError as exc:
            # A USB drive left at home must not cost the day's backup: use the default folder.
            log.warning("backup folder %s unusable (%s); using the default", chosen, exc)
    return backups_dir(db.path)


def read_policy(db: Database) -> RetentionPolicy:
    with db.session() as session:
        return policy_of_session(session)


def choose_kept(stamps: Iterable[datetime], policy: RetentionPolicy) -> set[datetime]:
    """Which backups to keep: a pure function of their times.

    Kept: the newest `last` backups; the newest backup of each of the `daily` most recent days
    that have one; likewise per ISO week for `weekly` and per month for `monthly`.
    """
    ordered = sorted(set(stamps), reverse=True)
    kept = set(ordered[: policy.last])
    tiers: list[tuple[int, Callable[[datetime], object]]] = [
        (policy.daily, lambda t: t.date()),
        (policy.weekly, lambda t: tuple(t.isocalendar())[:2]),
        (policy.monthly, lambda t: (t.year, t.month)),
    ]
    for limit, bucket_of in tiers:
        seen: set[object] = set()
        for stamp in ordered:
            bucket = bucket_of(stamp)
            if bucket in seen:
                continue
            if len(seen) >= limit:
                break
            seen.add(bucket)
            kept.add(stamp)
    return kept


def backup_stamp(path: Path) -> datetime | None:
    """The time in an automatic backup's file name, or None for any other file."""
    found = _NAME.match(path.name)
    if not found:
        return None
    try:
        return datetime.strptime(found.group(1), "%Y%m%d-%H%M%S")
    except ValueError:
        return None


def prune_backups(folder: Path, policy: RetentionPolicy) -> list[Path]:
    """Delete the automatic backups the policy does not keep; return what was deleted.

    Only files named like the program's own backups are ever considered.
    """
    by_stamp: dict[datetime, list[Path]] = {}
    for path in folder.glob(f"ttdn-*{SUFFIX}"):
        stamp = backup_stamp(path)
        if stamp is not None:
            by_stamp.setdefault(stamp, []).append(path)
    kept = choose_kept(by_stamp, policy)
    removed: list[Path] = []
    for stamp, paths in by_stamp.items():
        if stamp in kept:
            continue
        for path in paths:
            try:
                path.unlink()
                removed.append(path)
            except OSError as exc:
                log.warning("cannot delete old backup %s: %s", path, exc)
    return removed


# --- where backups go -----------------------------------------------------------------------


def backups_dir(db_path: Path | None = None) -> Path:
    """The automatic backups of a database: `<data folder>/backups`, a subfolder per other file."""
    root = data_dir() / "backups"
    if db_path is None or _same_file(db_path, default_db_path()):
        return root
    key = hashlib.sha256(str(Path(db_path).resolve()).encode("utf-8")).hexdigest()[:8]
    stem = re.sub(r"[^\w.-]+", "-", Path(db_path).stem, flags=re.ASCII).strip("-") or "csdl"
    return root / f"{stem}-{key}"


def _same_file(a: Path, b: Path) -> bool:
    return os.path.normcase(str(Path(a).resolve())) == os.path.normcase(str(Path(b).resolve()))


def list_backups(folder: Path) -> list[BackupInfo]:
    """Backups in a folder, newest first, described from their manifests (not verified)."""
    found: list[BackupInfo] = []
    if not folder.is_dir():
        return found
    for path in folder.glob(f"*{SUFFIX}"):
        try:
            found.append(describe_backup(path, verify=False))
        except BackupError as exc:
            log.warning("unreadable backup %s: %s", path, exc)
    return sorted(found, key=lambda info: info.created_at, reverse=True)


def latest_good_backup(folder: Path) -> BackupInfo | None:
    """The newest backup in the folder whose every checksum is right."""
    for info in list_backups(folder):
        try:
            return describe_backup(info.path)
        except BackupError:
            continue
    return None


def daily_backup_due(folder: Path, today: date) -> bool:
    """True when no automatic backup in the folder was made today (read from the file names)."""
    if not folder.is_dir():
        return True
    return not any(
        (stamp := backup_stamp(path)) is not None and stamp.date() == today
        for path in folder.glob(f"ttdn-*{SUFFIX}")
    )


# --- making a backup ------------------------------------------------------------------------


def _snapshot(source: Path, destination: Path) -> None:
    """Copy a live database through the online backup API into one self-contained file."""
    src = sqlite3.connect(source, timeout=10)
    try:
        dst = sqlite3.connect(destination)
        try:
            src.backup(dst)
            dst.execute("PRAGMA journal_mode = DELETE")
        finally:
            dst.close()
    finally:
        src.close()


def _read_snapshot(path: Path) -> tuple[str | None, str | None, dict[str, int], set[str]]:
    """Schema revision, unit name, counts per kind and attachment hashes of a database copy."""
    conn = sqlite3.connect(f"{path.as_uri()}?mode=ro", uri=True)
    try:
        tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")}
        revision = None
        if "alembic_version" in tables:
            row = conn.execute("SELECT version_num FROM alembic_version").fetchone()
            revision = row[0] if row else None
        counts: dict[str, int] = {}
        for table in KIND_LABELS:
            if table not in tables:
                continue
            where = " WHERE deleted_at IS NULL" if table in _TRASHABLE else ""
            counts[table] = conn.execute(f"SELECT count(*) FROM {table}{where}").fetchone()[0]
        unit_name = None
        if {"settings", "organizations"} <= tables:
            row = conn.execute("SELECT value FROM settings WHERE key = 'own_unit_id'").fetchone()
            if row and row[0] is not None:
                try:
                    value = json.loads(row[0]) if isinstance(row[0], str) else row[0]
                    unit_id = int(value)
                except (TypeError, ValueError):
                    unit_id = None
                if unit_id is not None:
                    found = conn.execute(
                        "SELECT name FROM organizations WHERE id = ?", (unit_id,)
                    ).fetchone()
                    unit_name = found[0] if found else None
        hashes: set[str] = set()
        if "attachments" in tables:
            hashes = {r[0] for r in conn.execute("SELECT DISTINCT sha256 FROM attachments")}
    finally:
        conn.close()
    return revision, unit_name, counts, hashes


def _copy_hashing(source: IO[bytes], target: IO[bytes]) -> tuple[str, int]:
    digest = hashlib.sha256()
    size = 0
    while chunk := source.read(_CHUNK):
        digest.update(chunk)
        size += len(chunk)
        target.write(chunk)
    return digest.hexdigest(), size


def _fsync_dir(folder: Path) -> None:
    if os.name != "posix":
        return  # Windows cannot open a directory; NTFS journals the rename itself
    fd = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def backup_file(
    db_path: Path,
    destination: Path,
    *,
    reason: str = "manual",
    attachments_root: Path | None = None,
    progress: Progress | None = None,
    now: datetime | None = None,
) -> BackupInfo:
    """Write a backup of the SQLite database at `db_path` (and its attachments) to `destination`.

    The file appears only when complete (written beside, synced, renamed).

    Raises:
        BackupError: with a Vietnamese message; no partial file is left.
    """
    from ttdn_desktop.core.attachments import store_root

    db_path = Path(db_path)
    destination = Path(destination)
    root = attachments_root or store_root()
    if not db_path.is_file():
        raise BackupError(f"Không tìm thấy tệp cơ sở dữ liệu “{db_path}” để sao lưu.")
    created = (now or datetime.now()).replace(microsecond=0)
    try:
        destination.parent.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise BackupError(
            f"Không tạo được thư mục “{destination.parent}” để ghi bản sao lưu: "
            f"{describe_os_error(exc)}."
        ) from exc
    partial = destination.with_name(f".{destination.name}.{os.getpid()}.dang-ghi")
    try:
        with tempfile.TemporaryDirectory(prefix="ttdn-backup-") as work:
            snapshot = Path(work) / DB_MEMBER
            try:
                _snapshot(db_path, snapshot)
            except sqlite3.Error as exc:
                raise BackupError(
                    f"Không đọc được cơ sở dữ liệu “{db_path}” để sao lưu: {exc}."
                ) from exc
            revision, unit_name, counts, hashes = _read_snapshot(snapshot)
            members: dict[str, dict[str, Any]] = {}
            missing: list[str] = []
            total = len(hashes) + 1
            # Level 1: on a 77 MB database level 6 spent 2.8 s of CPU for 19 MB where level 1
            # spends 0.8 s for 22 MB; the backup runs at every first start of the day.
            with zipfile.ZipFile(
                partial, "w", compression=zipfile.ZIP_DEFLATED, compresslevel=BACKUP_ZIP_LEVEL
            ) as archive:
                with snapshot.open("rb") as src, archive.open(DB_MEMBER, "w") as out:
                    sha, size = _copy_hashing(src, out)
                members[DB_MEMBER] = {"sha256": sha, "size": size}
                if progress:
                    progress(1, total)
                for done, expected in enumerate(sorted(hashes), start=2):
                    name = f"{ATTACHMENT_DIR}/{expected[:2]}/{expected}"
                    stored = root / expected[:2] / expected
                    if not _SHA.match(expected) or not stored.is_file():
                        missing.append(expected)
                        continue
                    with stored.open("rb") as src, archive.open(name, "w", force_zip64=True) as out:
                        sha, size = _copy_hashing(src, out)
                    if sha != expected:
                        # The stored copy is damaged: keep it out rather than spread the damage.
                        log.warning("attachment %s is damaged (hash %s)", expected, sha)
                        missing.append(expected)
                        _drop_last_member(archive, name)
                        continue
                    members[name] = {"sha256": sha, "size": size}
                    if progress:
                        progress(done, total)
                manifest = {
                    "format": FORMAT,
                    "format_version": FORMAT_VERSION,
                    "program_version": __version__,
                    "created_at": created.isoformat(),
                    "reason": reason,
                    "unit_name": unit_name,
                    "schema_revision": revision,
                    "counts": counts,
                    "missing_attachments": sorted(missing),
                    "members": members,
                }
                archive.writestr(MANIFEST, json.dumps(manifest, ensure_ascii=False, indent=2))
            with partial.open("rb+") as fh:
                os.fsync(fh.fileno())
        os.replace(partial, destination)
        _fsync_dir(destination.parent)
    except OSError as exc:
        raise BackupError(
            f"Không ghi được bản sao lưu “{destination}”: {describe_os_error(exc)}. "
            "Dữ liệu hiện tại không bị ảnh hưởng."
        ) from exc
    finally:
        partial.unlink(missing_ok=True)
    if missing:
        log.warning("backup %s lacks %d attachment files", destination, len(missing))
    return BackupInfo(
        path=destination,
        created_at=created,
        program_version=__version__,
        unit_name=unit_name,
        schema_revision=revision,
        counts=counts,
        reason=reason,
        size_bytes=destination.stat().st_size,
        members=members,
        missing_attachments=sorted(missing),
        verified=True,
    )


def _drop_last_member(archive: zipfile.ZipFile, name: str) -> None:
    """Forget a member just written (its bytes stay as dead space; the manifest omits it)."""
    archive.filelist = [info for info in archive.filelist if info.filename != name]
    archive.NameToInfo.pop(name, None)


def create_backup(
    db: Database, destination: Path, *, reason: str = "manual", progress: Progress | None = None
) -> BackupInfo:
    """Back up an open database to a chosen file (the "Sao lưu" action)."""
    if db.path is None:
        raise BackupError(
            "Sao lưu bằng chương trình chỉ áp dụng cho cơ sở dữ liệu trong tệp (SQLite). "
            "Với máy chủ PostgreSQL, hãy dùng công cụ sao lưu của máy chủ (pg_dump)."
        )
    return backup_file(db.path, destination, reason=reason, progress=progress)


def new_backup_path(folder: Path, reason: str, now: datetime | None = None) -> Path:
    """A free file name for an automatic backup in `folder` (created if missing)."""
    folder.mkdir(parents=True, exist_ok=True)
    return _auto_name(folder, reason, (now or datetime.now()).replace(microsecond=0))


def _auto_name(folder: Path, reason: str, now: datetime) -> Path:
    base = f"ttdn-{now:%Y%m%d-%H%M%S}-{REASONS.get(reason, 'khac')}"
    path = folder / f"{base}{SUFFIX}"
    number = 2
    while path.exists():
        path = folder / f"{base}-{number}{SUFFIX}"
        number += 1
    return path


def backup_now(
    db: Database, reason: str, *, now: datetime | None = None, progress: Progress | None = None
) -> Path:
    """Write an automatic backup into the backups folder, then prune it by the retention tiers.

    Args:
        reason: one of REASONS ("daily", "before-import", "before-restore", …).

    Returns:
        The new backup file.
    """
    if db.path is None:
        raise BackupError("Chỉ sao lưu tự động được cơ sở dữ liệu trong tệp (SQLite).")
    now = (now or datetime.now()).replace(microsecond=0)
    folder = auto_backups_dir(db)
    target = _auto_name(folder, reason, now)
    backup_file(db.path, target, reason=reason, progress=progress, now=now)
    try:
        prune_backups(folder, read_policy(db))
    except Exception:  # pruning must never make a successful backup look failed
        log.exception("pruning backups failed")
    return target


def start_of_day_backup(db: Database, now: datetime | None = None) -> Path | None:
    """The automatic backup of the first start of each day; None when not due or not a file.

    Whether today's backup exists is read from the file names in the backups folder, so nothing is
    written into the database and a read-only database still gets its backup.
    """
    if db.path is None:
        return None
    from ttdn_desktop.core.demo import is_demo

    with db.session() as session:
        if is_demo(session):
            return None
    now = now or datetime.now()
    if not daily_backup_due(auto_backups_dir(db), now.date()):
        return None
    return backup_now(db, "daily", now=now)


# --- reading and verifying a backup ---------------------------------------------------------


def _refuse(path: Path, why: str) -> BackupError:
    return BackupError(f"Không dùng được tệp sao lưu “{path}”: {why}. Không có gì bị thay đổi.")


def _safe_member(name: str) -> bool:
    if name in (MANIFEST, DB_MEMBER):
        return True
    parts = name.split("/")
    return (
        len(parts) == 3
        and parts[0] == ATTACHMENT_DIR
        and _SHA.match(parts[2]) is not None
        and parts[1] == parts[2][:2]
    )


def describe_backup(path: Path, *, verify: bool = True) -> BackupInfo:
    """Read what a backup holds; with `verify`, check every member's size and SHA-256 first.

    Raises:
        BackupError: a missing, damaged, truncated, foreign or unsafe file, in Vietnamese.
    """
    path = Path(path)
    if not path.is_file():
        raise BackupError(f"Không tìm thấy tệp sao lưu “{path}”.")
    damaged = "tệp bị hỏng hoặc không đầy đủ (có thể bị cắt cụt khi chép)"
    try:
        archive = zipfile.ZipFile(path)
    except zipfile.BadZipFile as exc:
        raise _refuse(path, f"không phải tệp sao lưu của TTĐN Desktop, hoặc {damaged}") from exc
    except OSError as exc:
        raise _refuse(path, f"không đọc được tệp ({describe_os_error(exc)})") from exc
    with archive:
        names = archive.namelist()
        unsafe = [n for n in names if not _safe_member(n)]
        if unsafe:
            raise _refuse(path, f"tệp chứa mục lạ hoặc đường dẫn không an toàn (“{unsafe[0]}”)")
        if len(set(names)) != len(names):
            raise _refuse(path, "tệp chứa mục trùng tên")
        if MANIFEST not in names:
            raise _refuse(path, "không phải tệp sao lưu của TTĐN Desktop (thiếu bản kê)")
        try:
            manifest = json.loads(archive.read(MANIFEST).decode("utf-8"))
        except (zipfile.BadZipFile, OSError, ValueError, EOFError) as exc:
            raise _refuse(path, damaged) from exc
        if not isinstance(manifest, dict) or manifest.get("format") != FORMAT:
            raise _refuse(path, "không phải tệp sao lưu của TTĐN Desktop")
        version = manifest.get("format_version")
        if not isinstance(version, int) or version > FORMAT_VERSION:
            raise _refuse(
                path, "tệp do phiên bản TTĐN Desktop mới hơn tạo ra; hãy cài phiên bản mới nhất"
            )
        members = manifest.get("members")
        try:
            created = datetime.fromisoformat(str(manifest.get("created_at")))
            if not isinstance(members, dict) or DB_MEMBER not in members:
                raise ValueError("members")
            for entry in members.values():
                if not (
                    isinstance(entry, dict)
                    and isinstance(entry.get("size"), int)
                    and _SHA.match(str(entry.get("sha256")))
                ):
                    raise ValueError("member entry")
        except ValueError as exc:
            raise _refuse(path, "bản kê của tệp không hợp lệ") from exc
        if set(members) != set(names) - {MANIFEST}:
            raise _refuse(path, f"danh sách tệp bên trong không khớp bản kê; {damaged}")
        for name, entry in members.items():
            if name.startswith(ATTACHMENT_DIR) and entry["sha256"] != name.rsplit("/", 1)[1]:
                raise _refuse(path, "bản kê ghi sai mã băm của tệp đính kèm")
        if verify:
            for name, entry in members.items():
                try:
                    with archive.open(name) as member:
                        digest = hashlib.sha256()
                        size = 0
                        head = b""
                        while chunk := member.read(_CHUNK):
                            if not head:
                                head = chunk[: len(SQLITE_HEADER)]
                            digest.update(chunk)
                            size += len(chunk)
                except (zipfile.BadZipFile, OSError, EOFError, zlib_error()) as exc:
                    raise _refuse(path, f"{damaged} (mục “{name}”)") from exc
                if size != entry["size"] or digest.hexdigest() != entry["sha256"]:
                    raise _refuse(path, f"mã kiểm tra của “{name}” không khớp; {damaged}")
                if name == DB_MEMBER and head != SQLITE_HEADER:
                    raise _refuse(path, "bản sao cơ sở dữ liệu bên trong không phải tệp SQLite")
    counts = manifest.get("counts") or {}
    return BackupInfo(
        path=path,
        created_at=created,
        program_version=str(manifest.get("program_version", "?")),
        unit_name=manifest.get("unit_name"),
        schema_revision=manifest.get("schema_revision"),
        counts={k: int(v) for k, v in counts.items() if isinstance(v, int)},
        reason=str(manifest.get("reason", "manual")),
        size_bytes=path.stat().st_size,
        members=members,
        missing_attachments=list(manifest.get("missing_attachments") or []),
        verified=verify,
    )


def zlib_error() -> type[Exception]:
    import zlib

    return zlib.error


# --- restoring ------------------------------------------------------------------------------


@dataclass
class RestoreResult:
    info: BackupInfo
    safety_backup: Path | None
    attachments_written: int


def _write_member(archive: zipfile.ZipFile, name: str, expected: str, target: Path) -> None:
    """Extract one member beside `target`, check its hash, sync it and rename it into place."""
    target.parent.mkdir(parents=True, exist_ok=True)
    handle, temp_name = tempfile.mkstemp(prefix=".dang-khoi-phuc-", dir=target.parent)
    try:
        with os.fdopen(handle, "wb") as out, archive.open(name) as src:
            sha, _size = _copy_hashing(src, out)
            out.flush()
            os.fsync(out.fileno())
        if sha != expected:
            raise BackupError(f"Mục “{name}” của tệp sao lưu bị hỏng khi giải nén.")
        os.replace(temp_name, target)
    finally:
        Path(temp_name).unlink(missing_ok=True)


def _file_sha256(path: Path) -> str | None:
    try:
        with path.open("rb") as fh:
            return hashlib.file_digest(fh, "sha256").hexdigest()
    except OSError:
        return None


def _safety_copy(target: Path, now: datetime) -> Path:
    """Back up the data about to be replaced; a damaged file is kept as it is, beside the others."""
    folder = backups_dir(target)
    destination = _auto_name(folder, "before-restore", now)
    try:
        backup_file(target, destination, reason="before-restore", now=now)
        return destination
    except BackupError as exc:
        if not isinstance(exc.__cause__, sqlite3.Error):
            raise
    # The current file cannot be read as a database (the reason to restore, often): keep its
    # bytes untouched so nothing is ever lost.
    raw = destination.with_suffix(".tep-goc")
    folder.mkdir(parents=True, exist_ok=True)
    shutil.copyfile(target, raw)
    for extra in ("-wal", "-shm"):
        side = Path(f"{target}{extra}")
        if side.exists():
            shutil.copyfile(side, Path(f"{raw}{extra}"))
    return raw


def _checkpoint(target: Path) -> None:
    """Fold the WAL of the current database into its file so no old WAL meets the new file."""
    try:
        conn = sqlite3.connect(target, timeout=5)
        try:
            conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        finally:
            conn.close()
    except sqlite3.Error as exc:
        log.warning("checkpoint before restore failed: %s", exc)


def restore_backup(
    target_db_path: Path,
    backup_path: Path,
    *,
    attachments_root: Path | None = None,
    now: datetime | None = None,
    progress: Progress | None = None,
) -> RestoreResult:
    """Replace the database at `target_db_path` with the one in a backup, with its attachments.

    Close every engine on the target first (with NullPool nothing else holds the file). Order:
    verify the backup, back up the current data, put back the attachments (only adds files), then
    replace the database file atomically: a power cut leaves either the old or the new database.

    Raises:
        BackupError: the backup is unusable or the copy could not be written; the current
            database is then unchanged.
    """
    from ttdn_desktop.core.attachments import store_root

    target = Path(target_db_path)
    root = attachments_root or store_root()
    info = describe_backup(backup_path)
    if info.schema_revision is not None and info.schema_revision not in known_revisions():
        raise _refuse(
            info.path,
            f"bản sao lưu có phiên bản lược đồ {info.schema_revision}, mới hơn chương trình này; "
            "hãy cài phiên bản mới nhất của TTĐN Desktop",
        )
    now = now or datetime.now()
    safety = None
    try:
        if target.exists():
            _checkpoint(target)
            safety = _safety_copy(target, now)
        else:
            target.parent.mkdir(parents=True, exist_ok=True)
        written = 0
        total = len(info.members)
        with zipfile.ZipFile(info.path) as archive:
            for done, (name, entry) in enumerate(sorted(info.members.items()), start=1):
                if name == DB_MEMBER:
                    continue
                sha = entry["sha256"]
                stored = root / sha[:2] / sha
                if _file_sha256(stored) != sha:
                    _write_member(archive, name, sha, stored)
                    written += 1
                if progress:
                    progress(done, total)
            staged = target.with_name(f".{target.name}.dang-khoi-phuc")
            _write_member(archive, DB_MEMBER, info.members[DB_MEMBER]["sha256"], staged)
        try:
            # Leftover WAL or shared-memory files belong to the old database: an old WAL applied
            # to the new file would damage it. They were checkpointed above.
            for extra in ("-wal", "-shm", "-journal"):
                Path(f"{target}{extra}").unlink(missing_ok=True)
            os.replace(staged, target)
            _fsync_dir(target.parent)
        finally:
            staged.unlink(missing_ok=True)
    except OSError as exc:
        raise BackupError(
            f"Không khôi phục được vào “{target}”: {describe_os_error(exc)}. "
            + (f"Dữ liệu trước khi khôi phục đã được sao lưu tại “{safety}”." if safety else "")
        ) from exc
    if progress:
        progress(len(info.members), len(info.members))
    log.info("restored %s from %s (safety copy %s)", target, info.path, safety)
    return RestoreResult(info=info, safety_backup=safety, attachments_written=written)


# --- messages -------------------------------------------------------------------------------


def describe_os_error(exc: OSError) -> str:
    """A Vietnamese reason for a file-system error: full disk, read-only, no permission …"""
    import errno

    code = exc.errno
    if code in (errno.ENOSPC, getattr(errno, "EDQUOT", -1)):
        return "ổ đĩa đã đầy; hãy giải phóng dung lượng hoặc chọn ổ khác"
    if code == errno.EROFS:
        return "ổ đĩa chỉ cho phép đọc (ví dụ USB bị khóa ghi); hãy chọn nơi khác"
    if code in (errno.EACCES, errno.EPERM):
        return "không có quyền ghi vào thư mục hoặc tệp này"
    if code == errno.ENOENT:
        return "không tìm thấy thư mục hoặc tệp"
    if code == errno.ENOTDIR:
        return "một phần của đường dẫn là tệp chứ không phải thư mục"
    return exc.strerror or str(exc)
