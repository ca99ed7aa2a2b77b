"""`ttdn package export|import`, `ttdn stats --unit/--all-units`, `ttdn report … --all-units`."""

from __future__ import annotations

import json
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


@pytest.fixture
def receiver(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> str:
    db = str(tmp_path / "receiver.sqlite")
    code, _, err = run(
        capsys,
        "--db",
        db,
        "init",
        "--unit-name",
        "Ủy ban nhân dân tỉnh Bắc Kạn",
        "--parent-body",
        "TỈNH BẮC KẠN",
        "--body",
        "ỦY BAN NHÂN DÂN",
        "--abbreviation",
        "UBND",
        "--place",
        "Bắc Kạn",
    )
    assert code == 0, err
    return db


def stats(capsys: pytest.CaptureFixture[str], db: str, *scope: str) -> dict[str, object]:
    code, out, err = run(capsys, "--db", db, "stats", "--year", "2020", "--json", *scope)
    assert code == 0, err
    return json.loads(out)


def export(capsys: pytest.CaptureFixture[str], db: str, path: Path, *more: str) -> tuple[int, str]:
    code, out, err = run(
        capsys, "--db", db, "package", "export", "--year", "2020", "--output", str(path), *more
    )
    return code, out + err


def test_export_then_import_at_the_level_above(
    demo: str, receiver: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    package = tmp_path / "goi.ttdn"
    code, out = export(capsys, demo, package)
    assert code == 0 and "Đã xuất gói dữ liệu năm 2020" in out and "Hoạt động: 25" in out
    code, out = export(capsys, demo, package)
    assert code == 1 and "đã có" in out and "--force" in out
    assert export(capsys, demo, package, "--force")[0] == 0

    before = stats(capsys, receiver, "--all-units")
    code, out, _ = run(capsys, "--db", receiver, "package", "import", str(package), "--dry-run")
    assert code == 0 and "mọi mã kiểm tra đều đúng" in out and "Chỉ xem trước" in out
    assert "Sở Thông tin và Truyền thông tỉnh Bắc Kạn" in out
    assert stats(capsys, receiver, "--all-units") == before

    code, out, _ = run(capsys, "--db", receiver, "package", "import", str(package))
    assert code == 0 and "Đã nhận gói: thêm 112 bản ghi" in out and "sao lưu tại" in out
    code, out, _ = run(capsys, "--db", receiver, "package", "import", str(package))
    assert code == 0 and "Thay thế gói đã nhận" in out and "xóa 112 bản ghi" in out

    sent = stats(capsys, demo)
    received = stats(capsys, receiver, "--unit", "Sở TTTT")
    assert received.pop("scope") == "Sở Thông tin và Truyền thông tỉnh Bắc Kạn"
    assert received == sent
    own = stats(capsys, receiver)
    assert own["trainings"] == 0 and "scope" not in own  # the default stays the own unit
    everything = stats(capsys, receiver, "--all-units")
    assert everything["trainings"] == sent["trainings"]
    units = everything["units"]
    assert isinstance(units, list) and len(units) == 2

    code, out, _ = run(capsys, "--db", receiver, "stats", "--year", "2020", "--all-units")
    assert code == 0 and "Theo đơn vị:" in out and "Tổng hợp tất cả đơn vị" in out

    report = tmp_path / "tong-hop.xlsx"
    code, out, err = run(
        capsys,
        "--db",
        receiver,
        "report",
        "annual",
        "--year",
        "2020",
        "--all-units",
        "--output",
        str(report),
    )
    assert code == 0, err
    rows = [[c.value for c in r] for r in openpyxl.load_workbook(report).worksheets[0].iter_rows()]
    total = next(r for r in rows if r[1] == "Tổng cộng")
    assert total[2] == sent["guidance_documents"]


def test_refusals_exit_non_zero_with_a_message(
    demo: str, receiver: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    not_zip = tmp_path / "x.ttdn"
    not_zip.write_text("không phải gói", encoding="utf-8")
    code, _, err = run(capsys, "--db", receiver, "package", "import", str(not_zip))
    assert code == 1 and err.startswith("Lỗi: ") and "không phải gói dữ liệu TTĐN" in err

    package = tmp_path / "goi.ttdn"
    assert export(capsys, demo, package)[0] == 0
    truncated = tmp_path / "cut.ttdn"
    truncated.write_bytes(package.read_bytes()[:-100])
    code, _, err = run(capsys, "--db", receiver, "package", "import", str(truncated))
    assert code == 1 and "hỏng" in err

    # The sender cannot receive its own package.
    code, _, err = run(capsys, "--db", demo, "package", "import", str(package))
    assert code == 1 and "chính đơn vị" in err

    code, _, err = run(capsys, "--db", demo, "stats", "--year", "2020", "--unit", "Hà Giang")
    assert code == 1 and "Không có đơn vị nào khớp" in err

    with pytest.raises(SystemExit) as usage:
        main(["package", "import"])
    assert usage.value.code == 2 and "TỆP.ttdn" in capsys.readouterr().err


def test_export_with_attachments_and_a_quarter(
    demo: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    code, out = export(
        capsys,
        demo,
        tmp_path / "q.ttdn",
        "--preset",
        "quarter",
        "--quarter",
        "3",
        "--with-attachments",
    )
    assert code == 0 and "Đã xuất gói dữ liệu quý III năm 2020" in out
