from __future__ import annotations

import hashlib
from pathlib import Path

import pytest
from sqlalchemy import select

from ttdn_desktop.core.attachments import attach, list_attachments, remove, stored_path
from ttdn_desktop.core.database import Database
from ttdn_desktop.core.errors import ValidationError
from ttdn_desktop.core.models import Activity, Document


def test_files_are_copied_by_hash_deduplicated_and_removed(
    demo_db: Database, tmp_path: Path, isolated_data_dir: Path
) -> None:
    photo = tmp_path / "Hội nghị tập huấn 2020.jpg"
    photo.write_bytes(b"\xff\xd8" + b"anh" * 1000)
    sha = hashlib.sha256(photo.read_bytes()).hexdigest()
    with demo_db.session() as s:
        activity_id = s.scalar(select(Activity.id).where(Activity.kind == "training"))
        document_id = s.scalar(select(Document.id))
        first = attach(s, Activity, activity_id, photo, caption="Ảnh hội nghị")
        second = attach(s, Document, document_id, photo)
    assert stored_path(sha).read_bytes() == photo.read_bytes()
    assert stored_path(sha).is_relative_to(isolated_data_dir)
    with demo_db.session() as s:
        [info] = list_attachments(s, Activity, activity_id)
        assert (info.file_name, info.size_bytes, info.is_image) == (photo.name, 3002, True)
        remove(s, first)
    assert stored_path(sha).exists()  # still used by the document
    with demo_db.session() as s:
        remove(s, second)
        assert list_attachments(s, Document, document_id) == []
    assert not stored_path(sha).exists()


def test_a_missing_file_is_a_clear_error(demo_db: Database, tmp_path: Path) -> None:
    with pytest.raises(ValidationError, match="Không tìm thấy tệp"), demo_db.session() as s:
        attach(s, Activity, 1, tmp_path / "khong-co.pdf")
