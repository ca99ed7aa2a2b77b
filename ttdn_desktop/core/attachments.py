"""Files attached to records: copied into the data folder under their SHA-256, stored once.

The database keeps the original name, size, type and hash; the file lives at
`<data folder>/attachments/<first two hex digits>/<hash>`, so attaching the same photo twice
costs no space and a moved data folder still finds its files.
"""

from __future__ import annotations

import hashlib
import mimetypes
import os
import shutil
import tempfile
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from ttdn_desktop.core.errors import ValidationError
from ttdn_desktop.core.models import Activity, Attachment, Document, PressItem
from ttdn_desktop.core.paths import data_dir
from ttdn_desktop.core.text import clean

MAX_ATTACHMENT_BYTES = 200 * 1024 * 1024
_OWNER_COLUMNS = {Document: "document_id", Activity: "activity_id", PressItem: "press_item_id"}
IMAGE_SUFFIXES = {".jpg", ".jpeg", ".png", ".gif", ".bmp", ".webp", ".tif", ".tiff"}


@dataclass
class AttachmentInfo:
    id: int
    file_name: str
    sha256: str
    size_bytes: int
    media_type: str | None
    caption: str | None
    added_at: datetime
    path: Path

    @property
    def is_image(self) -> bool:
        return Path(self.file_name).suffix.lower() in IMAGE_SUFFIXES


def store_root() -> Path:
    # PCs sharing one PostgreSQL server must share the files too: TTDN_ATTACHMENTS_DIR names a
    # folder every PC reaches (a network share); by default the files stay in the data folder.
    shared = os.environ.get("TTDN_ATTACHMENTS_DIR", "").strip()
    return Path(shared) if shared else data_dir() / "attachments"


def stored_path(sha256: str) -> Path:
    return store_root() / sha256[:2] / sha256


def _hash_and_copy(source: Path) -> tuple[str, int]:
    """Copy the file into the store while hashing it; an existing copy is reused."""
    root = store_root()
    try:
        root.mkdir(parents=True, exist_ok=True)
        handle, temp_name = tempfile.mkstemp(prefix=".incoming-", dir=root)
    except OSError as exc:
        raise ValidationError(
            f"Không ghi được vào thư mục dữ liệu “{root}”: {exc.strerror or exc}.", "file"
        ) from exc
    digest = hashlib.sha256()
    size = 0
    try:
        with os.fdopen(handle, "wb") as out, source.open("rb") as src:
            while chunk := src.read(1 << 20):
                size += len(chunk)
                if size > MAX_ATTACHMENT_BYTES:
                    raise ValidationError(
                        f"Tệp “{source.name}” lớn hơn {MAX_ATTACHMENT_BYTES // (1024 * 1024)} MB.",
                        "file",
                    )
                digest.update(chunk)
                out.write(chunk)
            out.flush()
            os.fsync(out.fileno())
        sha = digest.hexdigest()
        target = stored_path(sha)
        if target.exists():
            return sha, size
        target.parent.mkdir(parents=True, exist_ok=True)
        os.replace(temp_name, target)
        return sha, size
    finally:
        Path(temp_name).unlink(missing_ok=True)


def attach(
    session: Session, owner_model: type, owner_id: int, source: Path, caption: str | None = None
) -> int:
    """Attach a copy of a file to a record; return the attachment's id."""
    if owner_model not in _OWNER_COLUMNS:
        raise ValueError(f"records of {owner_model} take no attachments")
    if session.get(owner_model, owner_id) is None:
        raise ValidationError("Bản ghi không còn tồn tại.", "file")
    source = Path(source)
    if not source.is_file():
        raise ValidationError(f"Không tìm thấy tệp “{source}”.", "file")
    try:
        sha, size = _hash_and_copy(source)
    except OSError as exc:
        raise ValidationError(
            f"Không đọc được tệp “{source.name}”: {exc.strerror or exc}.", "file"
        ) from exc
    attachment = Attachment(
        file_name=clean(source.name) or "tep",
        sha256=sha,
        size_bytes=size,
        media_type=mimetypes.guess_type(source.name)[0],
        caption=clean(caption),
        **{_OWNER_COLUMNS[owner_model]: owner_id},
    )
    session.add(attachment)
    session.flush()
    return attachment.id


def list_attachments(session: Session, owner_model: type, owner_id: int) -> list[AttachmentInfo]:
    column = getattr(Attachment, _OWNER_COLUMNS[owner_model])
    found = session.scalars(
        select(Attachment).where(column == owner_id).order_by(Attachment.added_at, Attachment.id)
    )
    return [
        AttachmentInfo(
            a.id,
            a.file_name,
            a.sha256,
            a.size_bytes,
            a.media_type,
            a.caption,
            a.added_at,
            stored_path(a.sha256),
        )
        for a in found
    ]


def remove(session: Session, attachment_id: int) -> None:
    """Detach a file; the stored copy goes only when no other record uses it."""
    attachment = session.get(Attachment, attachment_id)
    if attachment is None:
        return
    sha = attachment.sha256
    session.delete(attachment)
    session.flush()
    still_used = session.scalar(
        select(func.count()).select_from(Attachment).where(Attachment.sha256 == sha)
    )
    if not still_used:
        stored_path(sha).unlink(missing_ok=True)


def export_copy(info: AttachmentInfo, folder: Path) -> Path:
    """Copy an attachment out under its original name (for opening or sending)."""
    target = folder / info.file_name
    shutil.copyfile(info.path, target)
    return target
