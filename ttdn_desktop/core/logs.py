"""The program's log: a rotating file in the data folder, so an error can be traced afterwards."""

from __future__ import annotations

import logging
import logging.handlers
from pathlib import Path

from ttdn_desktop.core.paths import data_dir

LOG_NAME = "ttdn.log"


def log_path() -> Path:
    return data_dir() / "logs" / LOG_NAME


def setup_logging(level: int = logging.INFO) -> Path | None:
    """Send the program's log to the rotating file; return its path, or None if it cannot be made.

    A log that cannot be written (read-only profile, full disk) must not stop the program.
    """
    root = logging.getLogger()
    path = log_path()
    if any(getattr(h, "baseFilename", None) == str(path) for h in root.handlers):
        return path
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        handler = logging.handlers.RotatingFileHandler(
            path, maxBytes=1_000_000, backupCount=5, encoding="utf-8"
        )
    except OSError:
        return None
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    root.addHandler(handler)
    root.setLevel(level)
    return path
