"""Harness only: save a picture of the main window, run by the *installed* Windows Python.

    python.exe screenshot.py OUT.png

Opens the default database of the per-user data folder (where `ttdn demo` put the demo year), as
the program would, on Qt's offscreen platform (set by the harness through WINEQT_QPA_PLATFORM),
and grabs the window. Settings go to a temporary file so that the officer's are never touched.
"""

from __future__ import annotations

import sys
import tempfile
from pathlib import Path

from PySide6.QtWidgets import QApplication

from ttdn_desktop.core.database import open_database
from ttdn_desktop.gui.app import configure_application
from ttdn_desktop.gui.main_window import MainWindow


def main(out: str) -> int:
    app = QApplication(sys.argv[:1])
    configure_application(app)
    db = open_database(None)
    with tempfile.TemporaryDirectory() as folder:
        window = MainWindow(db, settings_path=Path(folder) / "settings.ini")
        window.resize(1280, 800)
        window.show()
        for _ in range(5):
            app.processEvents()
        ok = window.grab().save(out)
        window.close()
        window.db.close()
    print(f"screenshot: {out} ({'saved' if ok else 'NOT saved'})")
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main(sys.argv[1]))
