"""`ttdn backup`, `ttdn restore` and the attachment part of `ttdn check`."""

from __future__ import annotations

import hashlib
import sqlite3
from pathlib import Path

import pytest

from ttdn_desktop.cli import main
from ttdn_desktop.core.attachments import attach, stored_path
from ttdn_desktop.core.database import open_database
from ttdn_desktop.core.models import Activity


def run(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    code = main(list(args))
    out, err = capsys.readouterr()
    return code, out, err


def _titles(path: Path) -> list[str]:
    conn = sqlite3.connect(path)
    try:
        return [r[0] for r in conn.execute("SELECT title FROM activities ORDER BY id")]
    finally:
        conn.close()


def test_backup_list_and_restore(
    demo_db_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    db = str(demo_db_path)
    usb = tmp_path / "usb"
    usb.mkdir()
    code, out, _ = run(capsys, "--db", db, "backup", "--output", str(usb))
    assert code == 0 and "Đã sao lưu vào" in out and "Văn bản:" in out
    [backup_file] = list(usb.glob("*.ttdnbak"))
    before = _titles(demo_db_path)

    code, out, _ = run(capsys, "--db", db, "backup")  # into the automatic folder
    assert code == 0
    code, out, _ = run(capsys, "--db", db, "backup", "--list")
    assert code == 0 and "thu-cong" in out and "văn bản" in out

    conn = sqlite3.connect(demo_db_path)
    conn.execute("DELETE FROM activities")
    conn.commit()
    conn.close()
    code, out, err = run(capsys, "--db", db, "restore", str(backup_file))
    assert code == 1 and "--yes" in err  # no terminal to confirm on: nothing changes
    assert _titles(demo_db_path) == []

    code, out, _ = run(capsys, "--db", db, "restore", str(backup_file), "--yes")
    assert code == 0, out
    assert "Đơn vị:" in out and "trước khi khôi phục đã được sao lưu" in out
    assert _titles(demo_db_path) == before
    code, out, _ = run(capsys, "--db", db, "backup", "--list")
    assert "truoc-khoi-phuc" in out


def test_restore_refuses_a_damaged_file(
    demo_db_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    good = tmp_path / "a.ttdnbak"
    assert run(capsys, "--db", str(demo_db_path), "backup", "--output", str(good))[0] == 0
    cut = tmp_path / "cut.ttdnbak"
    cut.write_bytes(good.read_bytes()[:1000])
    before = demo_db_path.read_bytes()
    code, _, err = run(capsys, "--db", str(demo_db_path), "restore", str(cut), "--yes")
    assert code == 1 and "Không có gì bị thay đổi" in err
    assert demo_db_path.read_bytes() == before


def test_backup_of_a_missing_database_is_refused(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    code, _, err = run(capsys, "--db", str(tmp_path / "khong.sqlite"), "backup")
    assert code == 1 and "Không tìm thấy" in err


def test_check_reports_missing_attachment_and_relinks(
    demo_db_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    photo = tmp_path / "ảnh.jpg"
    photo.write_bytes(b"\xff\xd8anh" * 300)
    sha = hashlib.sha256(photo.read_bytes()).hexdigest()
    database = open_database(demo_db_path)
    with database.session() as s:
        attach(s, Activity, 1, photo)
    database.close()
    db = str(demo_db_path)
    assert run(capsys, "--db", db, "backup")[0] == 0
    stored_path(sha).unlink()

    code, out, err = run(capsys, "--db", db, "check")
    assert code == 1
    assert "ảnh.jpg" in err and "bị thiếu" in err and "--relink" in err
    assert "ttdn restore" in err  # the latest good backup is offered
    code, out, err = run(capsys, "--db", db, "check", "--relink", str(tmp_path))
    assert code == 0, err
    assert "Đã nối lại 1 tệp" in out and "không phát hiện lỗi" in out
    assert stored_path(sha).read_bytes() == photo.read_bytes()
