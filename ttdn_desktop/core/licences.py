"""The licences of everything the program ships, read from the installed distributions.

`components()` walks the dependency tree of the installed `ttdn-desktop` distribution and reads
each one's licence from its metadata (License-Expression, License, classifiers) and its licence
files; it adds what pip does not describe: the Python runtime, the Qt libraries inside the
PySide6 wheels (LGPLv3, whose text those wheels do not carry) and the bundled Liberation font.

`python -m ttdn_desktop.core.licences --output resources/licences/THIRD-PARTY-LICENSES.txt`
writes all of it into the file shipped with the program, which the About dialog shows. That file
is the in-program source; an installer may collect the same texts by its own means.
"""

from __future__ import annotations

import argparse
import importlib.metadata as md
import re
import sys
import sysconfig
from dataclasses import dataclass, field
from pathlib import Path

from ttdn_desktop import __version__

ROOT_DIST = "ttdn-desktop"
SHIPPED_FILE = ("resources", "licences", "THIRD-PARTY-LICENSES.txt")
_LICENCE_FILE = re.compile(r"(LICEN[CS]E|COPYING|NOTICE|AUTHORS)", re.IGNORECASE)
# Full texts of licences named by an expression but not carried by the wheel (PySide6).
COMMON_LICENCES = Path("/usr/share/common-licenses")
INDEX_START = "== Danh sách thành phần (component, version, licence) =="
INDEX_END = "== Hết danh sách =="


@dataclass
class Component:
    name: str
    version: str
    licence: str
    note: str = ""
    texts: list[tuple[str, str]] = field(default_factory=list)  # (file name, text)


def _key(name: str) -> str:
    return re.sub(r"[-_.]+", "-", name).lower()


def _requirements(dist: md.Distribution) -> list[str]:
    """Names of the distributions `dist` needs at run time (extras and markers left out)."""
    names = []
    for requirement in dist.requires or []:
        spec, _sep, marker = requirement.partition(";")
        if "extra" in marker:
            continue
        if marker.strip() and not _marker_applies(marker):
            continue
        names.append(re.split(r"[\s<>=!~\[(]", spec.strip(), maxsplit=1)[0])
    return names


def _marker_applies(marker: str) -> bool:
    """A rough check of environment markers: only the Python version ones matter here."""
    found = re.search(r"python_version\s*([<>=!]=?)\s*['\"]([\d.]+)['\"]", marker)
    if not found:
        return True
    op, wanted = found.groups()
    have = sys.version_info[:2]
    version = tuple(int(p) for p in wanted.split(".")[:2])
    return {
        "<": have < version,
        "<=": have <= version,
        ">": have > version,
        ">=": have >= version,
        "==": have == version,
        "!=": have != version,
    }.get(op, True)


def _licence_of(dist: md.Distribution) -> str:
    meta = dist.metadata
    expression = meta.get("License-Expression")
    if expression:
        return expression.strip()
    text = (meta.get("License") or "").strip()
    if text and len(text) < 80 and "\n" not in text:
        return text
    classifiers = [
        c.split("::")[-1].strip()
        for c in meta.get_all("Classifier") or []
        if c.startswith("License ::")
    ]
    if classifiers:
        return ", ".join(classifiers)
    return text.splitlines()[0] if text else "(không ghi trong metadata)"


def _licence_texts(dist: md.Distribution) -> list[tuple[str, str]]:
    texts = []
    for file in dist.files or []:
        path = str(file)
        # Files inside the package (fonts, tests) are not this distribution's own licence.
        if ".dist-info/" not in path or not _LICENCE_FILE.search(Path(path).name):
            continue
        try:
            texts.append((Path(path).name, dist.locate_file(file).read_text(encoding="utf-8")))
        except (OSError, UnicodeDecodeError):
            continue
    return texts


def installed_distributions(root: str = ROOT_DIST) -> list[md.Distribution]:
    """The distribution `root` needs to run, directly or not, sorted by name (itself excluded)."""
    seen: dict[str, md.Distribution] = {}
    pending = [root]
    while pending:
        name = pending.pop()
        key = _key(name)
        if key in seen:
            continue
        try:
            dist = md.distribution(name)
        except md.PackageNotFoundError:
            continue
        seen[key] = dist
        pending.extend(_requirements(dist))
    seen.pop(_key(root), None)
    return sorted(seen.values(), key=lambda d: _key(d.metadata["Name"]))


def _read(path: Path) -> str | None:
    try:
        return path.read_text(encoding="utf-8")
    except OSError:
        return None


def components(*, with_texts: bool = True) -> list[Component]:
    """Everything shipped with its licence; the texts only when asked (they are long)."""
    found: list[Component] = []
    python_licence = Path(sysconfig.get_paths()["stdlib"]) / "LICENSE.txt"
    python = Component(
        "Python",
        ".".join(str(p) for p in sys.version_info[:3]),
        "PSF-2.0",
        "Trình thông dịch và thư viện chuẩn Python",
    )
    if with_texts and (text := _read(python_licence)):
        python.texts.append(("LICENSE.txt", text))
    found.append(python)
    qt_version = _qt_version()
    qt = Component(
        "Qt",
        qt_version,
        "LGPL-3.0-only",
        "Các thư viện Qt nằm trong gói PySide6; có thể thay bằng bản Qt khác cùng phiên bản "
        "(giấy phép LGPL). Mã nguồn: https://download.qt.io/official_releases/qt/",
    )
    if with_texts:
        for name in ("LGPL-3", "GPL-3"):
            if text := _read(COMMON_LICENCES / name):
                qt.texts.append((name, text))
    found.append(qt)
    for dist in installed_distributions():
        component = Component(dist.metadata["Name"], dist.version, _licence_of(dist))
        if _key(component.name).startswith(("pyside6", "shiboken6")):
            component.note = "Giấy phép LGPL-3.0 (văn bản đầy đủ: xem mục Qt)."
        if with_texts:
            component.texts = _licence_texts(dist)
        found.append(component)
    font = Component(
        "Liberation Serif (phông chữ)",
        "2.x",
        "OFL-1.1",
        "Phông chữ đi kèm trong resources/fonts, dùng khi máy không có Times New Roman.",
    )
    if with_texts:
        from ttdn_desktop.resources import resource_path

        font_licence = resource_path("resources", "fonts", "LICENSE-LiberationSerif-OFL.txt")
        if text := _read(font_licence):
            font.texts.append((font_licence.name, text))
    found.append(font)
    return found


def _qt_version() -> str:
    try:
        return md.version("PySide6-Essentials")
    except md.PackageNotFoundError:
        return "6"


def index_line(component: Component) -> str:
    return f"{component.name}\t{component.version}\t{component.licence}"


def render(found: list[Component]) -> str:
    """The shipped file: an index, then each component's licence texts in full."""
    lines = [
        f"TTĐN Desktop {__version__}: giấy phép của các thành phần đi kèm",
        "Third-party licences of the components shipped with TTĐN Desktop",
        "",
        "TTĐN Desktop itself is licensed under GPL-3.0-or-later.",
        "",
        INDEX_START,
        *(index_line(c) for c in found),
        INDEX_END,
        "",
    ]
    rule = "=" * 78
    for component in found:
        lines += [rule, f"{component.name} {component.version}: {component.licence}"]
        if component.note:
            lines.append(component.note)
        lines.append(rule)
        for name, text in component.texts:
            lines += ["", f"--- {name} ---", "", text.rstrip(), ""]
        lines.append("")
    return "\n".join(lines).rstrip() + "\n"


def read_index(text: str) -> list[Component]:
    """The components listed at the top of a shipped file (when no metadata is at hand)."""
    inside = False
    found = []
    for line in text.splitlines():
        if line == INDEX_START:
            inside = True
        elif line == INDEX_END:
            break
        elif inside and line.count("\t") == 2:
            name, version, licence = line.split("\t")
            found.append(Component(name, version, licence))
    return found


def shipped_file() -> Path:
    from ttdn_desktop.resources import resource_path

    return resource_path(*SHIPPED_FILE)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="Write THIRD-PARTY-LICENSES.txt")
    parser.add_argument("--output", type=Path, required=True)
    args = parser.parse_args(argv)
    args.output.parent.mkdir(parents=True, exist_ok=True)
    args.output.write_text(render(components()), encoding="utf-8")
    print(args.output)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
