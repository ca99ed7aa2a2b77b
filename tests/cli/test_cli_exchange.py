"""`ttdn export`, `ttdn template`, `ttdn import`: outputs, refusals and exit codes."""

from __future__ import annotations

from pathlib import Path

import openpyxl
import pytest

from ttdn_desktop.cli import main


def run(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    code = main(list(args))
    out, err = capsys.readouterr()
    return code, out, err


@pytest.fixture
def demo(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> str:
    db = str(tmp_path / "demo.sqlite")
    assert run(capsys, "--db", db, "demo")[0] == 0
    return db


def test_export_year_and_one_list(demo: str, tmp_path: Path, capsys) -> None:  # type: ignore[no-untyped-def]
    out_file = tmp_path / "2020.xlsx"
    code, out, _ = run(capsys, "--db", demo, "export", "--year", "2020", "--output", str(out_file))
    assert code == 0 and "Văn bản: 33" in out
    assert openpyxl.load_workbook(out_file).sheetnames == [
        "Văn bản",
        "Hoạt động",
        "Theo dõi báo chí",
    ]
    code, out, _ = run(
        capsys,
        "--db",
        demo,
        "export",
        "--year",
        "2020",
        "--kind",
        "trainings",
        "--output",
        str(tmp_path / "t.xlsx"),
    )
    assert code == 0 and "Hoạt động:" in out


def test_template_then_dry_run_import(demo: str, tmp_path: Path, capsys) -> None:  # type: ignore[no-untyped-def]
    path = tmp_path / "mau.xlsx"
    assert run(capsys, "template", "--output", str(path))[0] == 0
    code, out, _ = run(capsys, "--db", demo, "import", str(path), "--dry-run")
    assert code == 0 and "Không có dòng dữ liệu nào" in out


def test_import_into_a_fresh_database_needs_yes(demo: str, tmp_path: Path, capsys) -> None:  # type: ignore[no-untyped-def]
    exported = tmp_path / "2020.xlsx"
    run(capsys, "--db", demo, "export", "--year", "2020", "--output", str(exported))
    fresh = str(tmp_path / "fresh.sqlite")
    code, _, _ = run(
        capsys,
        "--db",
        fresh,
        "init",
        "--unit-name",
        "Sở Thông tin và Truyền thông tỉnh Bắc Kạn",
        "--parent-body",
        "UBND TỈNH BẮC KẠN",
        "--body",
        "SỞ THÔNG TIN VÀ TRUYỀN THÔNG",
        "--abbreviation",
        "STTTT",
        "--place",
        "Bắc Kạn",
    )
    assert code == 0
    code, out, err = run(capsys, "--db", fresh, "import", str(exported))
    assert code == 1 and "--yes" in err and "Chủ đề mới (13)" in out
    code, out, _ = run(capsys, "--db", fresh, "import", str(exported), "--yes")
    assert code == 0 and "Đã nhập 111 bản ghi" in out
    code, out, _ = run(capsys, "--db", fresh, "import", str(exported))
    assert code == 0 and "Đã nhập 0 bản ghi; 111 dòng đã có" in out


def test_import_refuses_a_non_workbook(demo: str, tmp_path: Path, capsys) -> None:  # type: ignore[no-untyped-def]
    path = tmp_path / "x.xlsx"
    path.write_bytes(b"PK\x03\x04 truncated")
    code, _, err = run(capsys, "--db", demo, "import", str(path))
    assert code == 1 and err.startswith("Lỗi: ") and "x.xlsx" in err
