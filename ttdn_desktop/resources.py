"""One place that finds the files kept outside the Python package.

`db/`, `ui/` and `resources/` live at the top of a checkout. A wheel carries them inside the package
as `ttdn_desktop/_data/<name>`; a frozen build may unpack them next to the executable. Every caller
asks this module instead of building paths from `__file__` itself.
"""

from __future__ import annotations

import sys
from functools import cache
from pathlib import Path

_PACKAGE_DIR = Path(__file__).resolve().parent
_TOP_LEVEL = ("db", "ui", "resources")


@cache
def _roots() -> tuple[Path, ...]:
    candidates = [_PACKAGE_DIR / "_data", _PACKAGE_DIR.parent]
    frozen_dir = getattr(sys, "_MEIPASS", None)
    if frozen_dir:
        candidates.insert(0, Path(frozen_dir))
    return tuple(candidates)


def resource_path(*parts: str) -> Path:
    """Return the path of a bundled file or folder.

    Args:
        *parts: path components starting with one of ``db``, ``ui`` or ``resources``.

    Raises:
        FileNotFoundError: when no known location holds it (a broken installation).
    """
    if not parts or parts[0] not in _TOP_LEVEL:
        raise ValueError(f"resource paths start with one of {_TOP_LEVEL}: {parts!r}")
    for root in _roots():
        candidate = root.joinpath(*parts)
        if candidate.exists():
            return candidate
    searched = ", ".join(str(r) for r in _roots())
    raise FileNotFoundError(
        f"Thiếu tệp của chương trình: {'/'.join(parts)} (đã tìm trong {searched})"
    )
