"""The `ttdn` command, its outputs and its refusals."""

from __future__ import annotations

import json
import os
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from ttdn_desktop import __version__
from ttdn_desktop.cli import main


def run(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    code = main(list(args))
    out, err = capsys.readouterr()
    return code, out, err


def test_version(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as exit_info:
        main(["--version"])
    assert exit_info.value.code == 0
    assert __version__ in capsys.readouterr().out


def test_help_is_vietnamese(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit):
        main(["--help"])
    out = capsys.readouterr().out
    assert "Cách dùng" in out and "nạp dữ liệu mẫu" in out and "tùy chọn" in out


def test_demo_then_stats_prints_the_seeds_figures(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    db = str(tmp_path / "x.sqlite")
    code, out, _ = run(capsys, "--db", db, "demo")
    assert code == 0 and "Đã nạp dữ liệu mẫu năm 2020" in out
    code, out, _ = run(capsys, "--db", db, "stats", "--year", "2020", "--json")
    assert code == 0
    figures = json.loads(out)
    assert {
        k: figures[k]
        for k in (
            "guidance_documents",
            "press_info_conferences",
            "press_briefings",
            "press_conferences",
            "press_items_handled",
            "trainings",
            "exhibitions",
            "exhibition_visitors",
            "media_products",
        )
    } == {
        "guidance_documents": 24,
        "press_info_conferences": 6,
        "press_briefings": 10,
        "press_conferences": 1,
        "press_items_handled": 51,
        "trainings": 2,
        "exhibitions": 1,
        "exhibition_visitors": 1850,
        "media_products": 1,
    }
    assert figures["training_participants"] > 0
    code, out, _ = run(capsys, "--db", db, "stats", "--year", "2020")
    assert code == 0
    assert "Hội nghị cung cấp thông tin cho báo chí" in out and "1850" in out.replace(".", "")


def test_demo_twice_is_refused_politely(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    db = str(tmp_path / "x.sqlite")
    assert run(capsys, "--db", db, "demo")[0] == 0
    code, _, err = run(capsys, "--db", db, "demo")
    assert code == 1 and "đã có" in err and "Traceback" not in err


def test_init_with_a_profile_then_check(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    db = str(tmp_path / "moi.sqlite")
    code, out, _ = run(
        capsys,
        "--db",
        db,
        "init",
        "--unit-name",
        "Sở Văn hóa, Thể thao và Du lịch tỉnh Thái Nguyên",
        "--parent-body",
        "UBND TỈNH THÁI NGUYÊN",
        "--body",
        "SỞ VĂN HÓA, THỂ THAO VÀ DU LỊCH",
        "--abbreviation",
        "SVHTTDL",
        "--place",
        "Thái Nguyên",
    )
    assert code == 0 and "sẵn sàng" in out and "Chưa khai báo" not in out
    code, out, _ = run(capsys, "--db", db, "check")
    assert code == 0 and "không phát hiện lỗi" in out


def test_init_without_profile_says_what_is_missing(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    code, out, _ = run(capsys, "--db", str(tmp_path / "a.sqlite"), "init")
    assert code == 0 and "Chưa khai báo đơn vị" in out


def test_init_with_an_incomplete_profile_is_refused(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    code, _, err = run(capsys, "--db", str(tmp_path / "a.sqlite"), "init", "--unit-name", "Sở A")
    assert code == 1 and "Cơ quan chủ quản" in err  # the label Cài đặt shows


def test_check_finds_a_broken_foreign_key(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    db = tmp_path / "x.sqlite"
    assert run(capsys, "--db", str(db), "demo")[0] == 0
    with sqlite3.connect(db) as conn:
        conn.execute("PRAGMA foreign_keys = OFF")
        conn.execute("UPDATE activities SET host_id = 99999 WHERE id = 1")
    conn.close()
    code, _, err = run(capsys, "--db", str(db), "check")
    assert code == 1 and "activities" in err and "không tồn tại" in err


def test_check_refuses_a_missing_database(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    code, _, err = run(capsys, "--db", str(tmp_path / "khong-co.sqlite"), "check")
    assert code == 1 and "Không tìm thấy" in err
    assert not (tmp_path / "khong-co.sqlite").exists()


def test_stats_refuses_a_file_that_is_not_a_database(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "ghi-chu.sqlite"
    path.write_text("không phải cơ sở dữ liệu", encoding="utf-8")
    code, _, err = run(capsys, "--db", str(path), "stats", "--year", "2020")
    assert code == 1 and "không phải là cơ sở dữ liệu" in err
    assert path.read_text(encoding="utf-8") == "không phải cơ sở dữ liệu"


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["stats"], "thiếu tham số bắt buộc"),
        (["stats", "--year", "hai nghìn"], "năm phải là một số"),
        (["stats", "--year", "1800"], "ngoài khoảng"),
        (["bogus"], "lựa chọn không hợp lệ"),
        ([], "thiếu tham số bắt buộc"),
    ],
)
def test_bad_command_lines_exit_2_with_a_vietnamese_message(
    args: list[str], message: str, capsys: pytest.CaptureFixture[str]
) -> None:
    with pytest.raises(SystemExit) as exit_info:
        main(args)
    assert exit_info.value.code == 2
    assert message in capsys.readouterr().err


def test_the_db_comes_from_the_environment(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    db = tmp_path / "env.sqlite"
    monkeypatch.setenv("TTDN_DB", str(db))
    assert run(capsys, "demo")[0] == 0
    assert db.exists()


def test_the_default_db_is_in_the_data_folder(
    isolated_data_dir: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert run(capsys, "init")[0] == 0
    assert (isolated_data_dir / "ttdn.sqlite").exists()


def test_unexpected_errors_are_logged_and_shown_politely(
    tmp_path: Path,
    isolated_data_dir: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    from ttdn_desktop import cli

    def explode(session, year, unit_id=None):  # type: ignore[no-untyped-def]
        raise RuntimeError("lỗi thử nghiệm")

    db = str(tmp_path / "x.sqlite")
    assert run(capsys, "--db", db, "init")[0] == 0
    monkeypatch.setattr(cli, "year_stats", explode)
    code, _, err = run(capsys, "--db", db, "stats", "--year", "2020")
    assert code == 1 and "Lỗi không mong đợi" in err and "không bị ảnh hưởng" in err
    log_text = (isolated_data_dir / "logs" / "ttdn.log").read_text(encoding="utf-8")
    assert "lỗi thử nghiệm" in log_text and "Traceback" in log_text


def test_the_installed_command_runs_as_a_process(tmp_path: Path) -> None:
    db = tmp_path / "p.sqlite"
    env = {**os.environ, "PYTHONIOENCODING": "ascii"}
    done = subprocess.run(
        [sys.executable, "-m", "ttdn_desktop.cli", "--db", str(db), "demo"],
        capture_output=True,
        env=env,
        timeout=120,
    )
    assert done.returncode == 0, done.stderr.decode("utf-8", "replace")
    # Vietnamese output survives a console that is not UTF-8.
    assert "Đã nạp dữ liệu mẫu".encode() in done.stdout
