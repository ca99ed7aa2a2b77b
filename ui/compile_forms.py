"""Compile every Qt Designer form in `ui/` into `ttdn_desktop/gui/forms/ui_<name>.py`.

Run it after editing a form:

    .venv/bin/python ui/compile_forms.py           # write the compiled forms
    .venv/bin/python ui/compile_forms.py --check   # exit 1 if a compiled form is stale

`tests/gui/test_forms.py` runs the same comparison, so a stale form fails the tests.
"""

from __future__ import annotations

import argparse
import shutil
import subprocess
import sys
from pathlib import Path

UI_DIR = Path(__file__).resolve().parent
FORMS_DIR = UI_DIR.parent / "ttdn_desktop" / "gui" / "forms"


def uic_command() -> list[str]:
    """The `pyside6-uic` of the running interpreter's environment."""
    scripts = Path(sys.executable).parent
    for name in ("pyside6-uic", "pyside6-uic.exe"):
        candidate = scripts / name
        if candidate.exists():
            return [str(candidate)]
    found = shutil.which("pyside6-uic")
    if found:
        return [found]
    return [sys.executable, "-m", "PySide6.scripts.pyside_tool", "uic"]


def form_sources() -> list[Path]:
    return sorted(UI_DIR.glob("*.ui"))


def target_for(source: Path) -> Path:
    return FORMS_DIR / f"ui_{source.stem}.py"


def compile_form(source: Path) -> str:
    """Return the Python code `uic` makes of one form (run from `ui/` so headers are stable)."""
    result = subprocess.run(
        [*uic_command(), "-g", "python", source.name],
        cwd=source.parent,
        capture_output=True,
        check=True,
    )
    # uic writes the platform's line ends; keep the files identical on every platform.
    return result.stdout.decode("utf-8").replace("\r\n", "\n")


def stale_forms() -> list[str]:
    """Names of compiled forms that are missing or differ from what `uic` makes now."""
    stale = []
    for source in form_sources():
        target = target_for(source)
        current = target.read_text(encoding="utf-8") if target.exists() else None
        if current != compile_form(source):
            stale.append(target.name)
    known = {target_for(s).name for s in form_sources()}
    stale.extend(p.name for p in sorted(FORMS_DIR.glob("ui_*.py")) if p.name not in known)
    return stale


def write_forms() -> list[Path]:
    FORMS_DIR.mkdir(parents=True, exist_ok=True)
    init = FORMS_DIR / "__init__.py"
    if not init.exists():
        init.write_text('"""Compiled Qt Designer forms; regenerate with ui/compile_forms.py."""\n')
    written = []
    for source in form_sources():
        target = target_for(source)
        code = compile_form(source)
        if not target.exists() or target.read_text(encoding="utf-8") != code:
            target.write_text(code, encoding="utf-8", newline="\n")
            written.append(target)
    return written


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="Biên dịch các biểu mẫu Qt Designer trong ui/.")
    parser.add_argument(
        "--check",
        action="store_true",
        help="chỉ kiểm tra, báo lỗi nếu có biểu mẫu chưa được biên dịch lại",
    )
    args = parser.parse_args(argv)
    if args.check:
        stale = stale_forms()
        for name in stale:
            print(f"Biểu mẫu đã cũ, cần chạy lại ui/compile_forms.py: {name}")
        return 1 if stale else 0
    for path in write_forms():
        print(f"Đã biên dịch {path.relative_to(UI_DIR.parent)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
