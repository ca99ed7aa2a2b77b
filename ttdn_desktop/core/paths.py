"""Where the officer's data lives: the per-user data folder and the default database."""

from __future__ import annotations

import os
import sys
from pathlib import Path

APP_FOLDER = "TTDN Desktop"
DEFAULT_DB_NAME = "ttdn.sqlite"


def data_dir() -> Path:
    """Return the per-user data folder, without creating it.

    Windows: %APPDATA%\\TTDN Desktop (roams with the profile, never inside the program folder, so
    upgrades and uninstalls keep it). Elsewhere: $XDG_DATA_HOME/ttdn-desktop. `TTDN_DATA_DIR`
    overrides both, for tests and portable use.
    """
    override = os.environ.get("TTDN_DATA_DIR")
    if override:
        return Path(override)
    if sys.platform == "win32":
        base = os.environ.get("APPDATA") or str(Path.home() / "AppData" / "Roaming")
        return Path(base) / APP_FOLDER
    base = os.environ.get("XDG_DATA_HOME") or str(Path.home() / ".local" / "share")
    return Path(base) / "ttdn-desktop"


def default_db_path() -> Path:
    return data_dir() / DEFAULT_DB_NAME


def demo_db_path() -> Path:
    """The demo year lives in its own file so it never mixes with the officer's real records."""
    return data_dir() / "demo-2020.sqlite"
