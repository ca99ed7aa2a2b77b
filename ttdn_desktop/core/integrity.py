"""The attachment half of `ttdn check`: every attached file is in the store with its hash.

A problem is offered only the fixes that cannot lose anything: re-linking a file found elsewhere
with the same SHA-256 (a copy, the original stays), or restoring the latest good backup.
"""

from __future__ import annotations

import hashlib
import os
import tempfile
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from sqlalchemy import func, select

from ttdn_desktop.core.attachments import store_root
from ttdn_desktop.core.database import Database
from ttdn_desktop.core.models import Attachment


@dataclass
class AttachmentProblem:
    """One stored file that is missing or whose content no longer matches its hash."""

    sha256: str
    size_bytes: int
    file_names: list[str]
    damaged: bool  # False: missing

    @property
    def message(self) -> str:
        names = ", ".join(f"“{n}”" for n in self.file_names[:3])
        more = f" và {len(self.file_names) - 3} tệp khác" if len(self.file_names) > 3 else ""
        state = "bị hỏng (nội dung không khớp mã băm)" if self.damaged else "bị thiếu"
        return f"Tệp đính kèm {names}{more} {state}; mã băm {self.sha256[:12]}…"


@dataclass
class AttachmentCheck:
    checked: int
    problems: list[AttachmentProblem] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return not self.problems


def _sha256(path: Path) -> str | None:
    try:
        with path.open("rb") as fh:
            return hashlib.file_digest(fh, "sha256").hexdigest()
    except OSError:
        return None


def check_attachments(
    db: Database, root: Path | None = None, progress: Callable[[int, int], None] | None = None
) -> AttachmentCheck:
    """Hash every stored file the database refers to (each distinct hash once)."""
    root = root or store_root()
    with db.session() as session:
        rows = session.execute(
            select(Attachment.sha256, func.max(Attachment.size_bytes), Attachment.file_name)
            .group_by(Attachment.sha256, Attachment.file_name)
            .order_by(Attachment.sha256, Attachment.file_name)
        ).all()
    wanted: dict[str, tuple[int, list[str]]] = {}
    for sha, size, name in rows:
        wanted.setdefault(sha, (int(size or 0), []))[1].append(name)
    result = AttachmentCheck(checked=len(wanted))
    for done, (sha, (size, names)) in enumerate(sorted(wanted.items()), start=1):
        path = root / sha[:2] / sha
        if not path.is_file():
            result.problems.append(AttachmentProblem(sha, size, names, damaged=False))
        elif _sha256(path) != sha:
            result.problems.append(AttachmentProblem(sha, size, names, damaged=True))
        if progress:
            progress(done, len(wanted))
    return result


def relink_attachments(
    problems: list[AttachmentProblem], folder: Path, root: Path | None = None
) -> list[str]:
    """Look in `folder` (and below) for files with the missing hashes and copy them into the store.

    Files are compared by size first, then hashed. A damaged stored file is kept beside the good
    one as `<hash>.hong`. The found files themselves are left where they are.

    Returns:
        The hashes that were put back.
    """
    root = root or store_root()
    by_size: dict[int, set[str]] = {}
    for problem in problems:
        by_size.setdefault(problem.size_bytes, set()).add(problem.sha256)
    fixed: list[str] = []
    for dirpath, _dirs, files in os.walk(folder):
        for file_name in files:
            candidate = Path(dirpath) / file_name
            try:
                size = candidate.stat().st_size
            except OSError:
                continue
            hashes = by_size.get(size)
            if not hashes:
                continue
            sha = _sha256(candidate)
            if sha not in hashes:
                continue
            _put_in_store(candidate, sha, root)
            hashes.discard(sha)
            fixed.append(sha)
    return fixed


def _put_in_store(source: Path, sha: str, root: Path) -> None:
    target = root / sha[:2] / sha
    target.parent.mkdir(parents=True, exist_ok=True)
    handle, temp_name = tempfile.mkstemp(prefix=".noi-lai-", dir=target.parent)
    try:
        digest = hashlib.sha256()
        with os.fdopen(handle, "wb") as out, source.open("rb") as src:
            while chunk := src.read(1 << 20):
                digest.update(chunk)
                out.write(chunk)
            out.flush()
            os.fsync(out.fileno())
        if digest.hexdigest() != sha:
            return  # the file changed while being copied: leave the store as it was
        if target.exists():
            os.replace(target, target.with_name(f"{sha}.hong"))
        os.replace(temp_name, target)
    finally:
        Path(temp_name).unlink(missing_ok=True)
