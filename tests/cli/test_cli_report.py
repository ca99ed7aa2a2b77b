"""`ttdn report …` end to end, with its refusals."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pytest

from ttdn_desktop.cli import main
from ttdn_desktop.core.database import open_database
from ttdn_desktop.core.issued import list_issued, next_report_number


@pytest.fixture
def demo_file(demo_db_path: Path, monkeypatch: pytest.MonkeyPatch) -> str:
    monkeypatch.setenv("TTDN_REPORT_FONT", "bundled")
    return str(demo_db_path)


def run(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    code = main(list(args))
    out, err = capsys.readouterr()
    return code, out, err


@pytest.mark.skipif(shutil.which("pdftotext") is None, reason="needs poppler-utils")
def test_annual_report_pdf_is_issued_and_registered(
    demo_file: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out_file = tmp_path / "bc.pdf"
    code, out, err = run(
        capsys,
        "--db",
        demo_file,
        "report",
        "annual",
        "--year",
        "2020",
        "--cutoff",
        "--number",
        "651",
        "--date",
        "21/12/2020",
        "--output",
        str(out_file),
    )
    assert code == 0, err
    assert "Đã ghi báo cáo" in out
    text = subprocess.run(
        ["pdftotext", str(out_file), "-"], capture_output=True, text=True, check=True
    ).stdout
    assert "06 Hội nghị cung cấp thông tin cho báo chí" in " ".join(text.split())
    db = open_database(demo_file)
    try:
        with db.session() as s:
            issued = list_issued(s)
            assert [(r.number, r.report_kind) for r in issued] == [("651", "annual")]
            assert next_report_number(s) == 652
    finally:
        db.close()


def test_an_existing_output_is_kept_without_force(
    demo_file: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out_file = tmp_path / "bc.pdf"
    out_file.write_bytes(b"ban cu")
    code, _, err = run(
        capsys, "--db", demo_file, "report", "annual", "--year", "2020", "--output", str(out_file)
    )
    assert code == 1 and "--force" in err
    assert out_file.read_bytes() == b"ban cu"
    code, _, _ = run(
        capsys,
        "--db",
        demo_file,
        "report",
        "annual",
        "--year",
        "2020",
        "--output",
        str(out_file),
        "--force",
    )
    assert code == 0 and out_file.read_bytes().startswith(b"%PDF")


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["report", "period", "--from", "01/07/2020", "--output", "x.pdf"], "--from và --to"),
        (
            ["report", "period", "--from", "31/12/2020", "--to", "01/07/2020", "--output", "x.pdf"],
            "trước ngày bắt đầu",
        ),
        (
            ["report", "period", "--preset", "quarter", "--year", "2020", "--output", "x.pdf"],
            "--quarter",
        ),
        (["report", "period", "--output", "x.pdf"], "--year"),
        (["report", "annual", "--year", "2020", "--output", "khong-co/x.pdf"], "không tồn tại"),
        (["report", "annual", "--year", "2020", "--output", "x.odt"], "định dạng"),
    ],
)
def test_refusals_name_the_problem(
    demo_file: str,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
    args: list[str],
    message: str,
) -> None:
    monkeypatch.chdir(tmp_path)
    code, _, err = run(capsys, "--db", demo_file, *args)
    assert code == 1 and message in err


@pytest.mark.parametrize(
    "args",
    [
        ["report", "annual", "--year", "2020", "--date", "31/02/2020", "--output", "x.pdf"],
        ["report", "register", "--kind", "letters", "--year", "2020", "--output", "x.pdf"],
    ],
)
def test_bad_values_are_usage_errors(
    demo_file: str, args: list[str], capsys: pytest.CaptureFixture[str]
) -> None:
    with pytest.raises(SystemExit) as exit_info:
        main(["--db", demo_file, *args])
    assert exit_info.value.code == 2
    assert "Lỗi:" in capsys.readouterr().err


@pytest.mark.parametrize(
    "args",
    [
        ["report", "period", "--preset", "first_half", "--year", "2020", "--cutoff"],
        ["report", "period", "--from", "15/03/2020", "--to", "20/06/2020"],
        ["report", "annex", "--year", "2020"],
        ["report", "register", "--kind", "guidance", "--year", "2020"],
        ["report", "register", "--kind", "exhibition", "--year", "2020"],
    ],
)
def test_every_report_kind_writes_a_pdf(
    demo_file: str, tmp_path: Path, args: list[str], capsys: pytest.CaptureFixture[str]
) -> None:
    out_file = tmp_path / "out.pdf"
    code, _, err = run(capsys, "--db", demo_file, *args, "--output", str(out_file))
    assert code == 0, err
    assert out_file.read_bytes()[:5] == b"%PDF-"


def test_a_database_without_a_unit_is_told_what_to_do(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    db = str(tmp_path / "trong.sqlite")
    assert run(capsys, "--db", db, "init")[0] == 0
    code, _, err = run(
        capsys,
        "--db",
        db,
        "report",
        "annual",
        "--year",
        "2020",
        "--output",
        str(tmp_path / "x.pdf"),
    )
    assert code == 1 and "Chưa khai báo đơn vị" in err
