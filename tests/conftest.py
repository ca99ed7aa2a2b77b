"""Fixtures shared by every test: an isolated data folder and real SQLite databases."""

from __future__ import annotations

import os
import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest

# Qt must never look for a screen in tests.
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from ttdn_desktop.core.database import Database, open_database
from ttdn_desktop.core.demo import load_demo


@pytest.fixture(autouse=True)
def isolated_data_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """No test reads or writes the real per-user data folder."""
    data = tmp_path / "data"
    monkeypatch.setenv("TTDN_DATA_DIR", str(data))
    monkeypatch.delenv("TTDN_DB", raising=False)
    return data


@pytest.fixture
def db_path(tmp_path: Path) -> Path:
    return tmp_path / "ttdn.sqlite"


@pytest.fixture
def db(db_path: Path) -> Iterator[Database]:
    database = open_database(db_path)
    yield database
    database.close()


@pytest.fixture(scope="session")
def _demo_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("demo") / "demo-template.sqlite"
    database = open_database(path)
    with database.session() as session:
        load_demo(session)
    database.close()
    return path


@pytest.fixture
def demo_db_path(_demo_template: Path, tmp_path: Path) -> Path:
    """A fresh copy of a database holding the demo year (loading it once per run)."""
    # The last connection to close checkpoints the WAL into the main file, so one file is all.
    assert not Path(f"{_demo_template}-wal").exists()
    path = tmp_path / "demo.sqlite"
    shutil.copyfile(_demo_template, path)
    return path


@pytest.fixture
def demo_db(demo_db_path: Path) -> Iterator[Database]:
    database = open_database(demo_db_path)
    yield database
    database.close()
