"""Starting the program: the self-test, and a database that cannot be opened."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtWidgets import QMessageBox

from ttdn_desktop.gui import app


def run_module(args: list[str], data_dir: Path) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "TTDN_DATA_DIR": str(data_dir), "PYTHONIOENCODING": "utf-8"}
    env.pop("TTDN_DB", None)
    env.pop("QT_QPA_PLATFORM", None)  # the self-test must choose offscreen by itself
    return subprocess.run(
        [sys.executable, "-m", "ttdn_desktop", *args],
        env=env,
        capture_output=True,
        text=True,
        encoding="utf-8",
        timeout=120,
    )


def test_self_test_passes(tmp_path: Path) -> None:
    result = run_module(["--self-test"], tmp_path / "data")
    assert result.returncode == 0, result.stdout + result.stderr
    lines = result.stdout.splitlines()
    assert any("Tổng quan" in line and "24" in line for line in lines), result.stdout
    assert lines[-1].startswith("Tự kiểm tra đạt")
    assert not (tmp_path / "data" / "settings.ini").exists()


def test_self_test_reports_unopenable_database(tmp_path: Path) -> None:
    bad = tmp_path / "not-a-db.sqlite"
    bad.write_bytes(b"just text, not SQLite")
    result = run_module(["--self-test", "--db", str(bad)], tmp_path / "data")
    assert result.returncode == 1
    assert "không phải là cơ sở dữ liệu" in result.stdout
    assert bad.read_bytes() == b"just text, not SQLite"


def test_unopenable_database_shows_message(
    qapp, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    bad = tmp_path / "not-a-db.sqlite"
    bad.write_bytes(b"just text, not SQLite")
    shown: list[str] = []
    monkeypatch.setattr(
        QMessageBox, "critical", staticmethod(lambda _p, _t, text, *a: shown.append(text))
    )
    monkeypatch.setattr(sys, "excepthook", sys.excepthook)  # main() installs its own
    assert app.main(["--db", str(bad)]) == 1
    assert len(shown) == 1 and "không phải là cơ sở dữ liệu" in shown[0]


def test_excepthook_message_is_polite(tmp_path: Path) -> None:
    text = app.error_message(ValueError("hỏng"), tmp_path / "ttdn.log")
    assert "không bị mất" in text
    assert str(tmp_path / "ttdn.log") in text


def test_help_is_vietnamese(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as exit_info:
        app.main(["--help"])
    assert exit_info.value.code == 0
    out = capsys.readouterr().out
    assert "dữ liệu mẫu" in out and "--self-test" in out


def test_app_icon_loads(qapp) -> None:
    assert not app.app_icon().isNull()
