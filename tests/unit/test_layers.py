"""The layers of architecture.md: core, reports and exchange never import Qt."""

from __future__ import annotations

import pkgutil
import subprocess
import sys

import ttdn_desktop.core
import ttdn_desktop.exchange
import ttdn_desktop.reports


def test_core_reports_and_exchange_import_no_qt() -> None:
    modules = [
        info.name
        for package in (ttdn_desktop.core, ttdn_desktop.reports, ttdn_desktop.exchange)
        for info in pkgutil.walk_packages(package.__path__, prefix=package.__name__ + ".")
    ]
    assert len(modules) > 20
    code = (
        "import importlib, sys\n"
        f"for name in {modules!r}:\n"
        "    importlib.import_module(name)\n"
        "print(sorted(m for m in sys.modules if m.split('.')[0] in ('PySide6', 'shiboken6')))\n"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == "[]"
