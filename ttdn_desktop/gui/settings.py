"""The window's remembered state: an INI file in the per-user data folder."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSettings

from ttdn_desktop.core.paths import data_dir

SETTINGS_FILE = "settings.ini"


def settings_path() -> Path:
    """`settings.ini` beside the database, so `TTDN_DATA_DIR` isolates it in tests."""
    return data_dir() / SETTINGS_FILE


def open_settings(path: Path | None = None) -> QSettings:
    """The program's settings in INI format (readable and portable, never the Windows registry)."""
    target = path or settings_path()
    target.parent.mkdir(parents=True, exist_ok=True)
    return QSettings(str(target), QSettings.Format.IniFormat)
