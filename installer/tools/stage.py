"""Build-time helpers of installer/build.sh (run with the build-tools venv: packaging, pefile).

    stage.py requirements LOCKED.txt OUT.txt       the locked requirements that apply on Windows
    stage.py check-wheels REQS.txt WHEEL_DIR       every one is there, at exactly that version
    stage.py trim SITE_PACKAGES APP_SOURCE         drop the Qt parts the program never loads
    stage.py licences PROGRAM_DIR SITE_PACKAGES    licence texts of everything shipped
    stage.py nsis-lists PROGRAM_DIR OUT.nsh        what upgrades and the uninstaller remove

Each subcommand exits non-zero with a message when something is missing, so the build fails.
"""

from __future__ import annotations

import re
import shutil
import sys
from pathlib import Path

from packaging.requirements import Requirement
from packaging.tags import Tag
from packaging.utils import canonicalize_name, parse_wheel_filename
from packaging.version import Version

# The environment of the embeddable CPython 3.11.9 on 64-bit Windows. `pip download --platform`
# evaluates markers against the machine it runs on, so they are evaluated here instead.
WINDOWS_ENV = {
    "implementation_name": "cpython",
    "implementation_version": "3.11.9",
    "os_name": "nt",
    "platform_machine": "AMD64",
    "platform_python_implementation": "CPython",
    "platform_release": "10",
    "platform_system": "Windows",
    "platform_version": "10.0.19045",
    "python_full_version": "3.11.9",
    "python_version": "3.11",
    "sys_platform": "win32",
    "extra": "",
}
WINDOWS_TAGS = {
    Tag(interpreter, abi, platform)
    for interpreter, abi in (("cp311", "cp311"), ("cp311", "abi3"), ("cp310", "abi3"),
                             ("cp39", "abi3"), ("cp38", "abi3"), ("cp37", "abi3"),
                             ("py3", "none"), ("py2.py3", "none"), ("cp311", "none"))
    for platform in ("win_amd64", "any")
}

# Qt modules the program imports (checked against its source by `trim`), and what they need at
# run time without an import-table reference: QtSvg for the SVG icon engine, the plugins below.
QT_MODULES = {"QtCore", "QtGui", "QtWidgets", "QtNetwork", "QtPdf", "QtPdfWidgets",
              "QtPrintSupport", "QtCharts", "QtSvg", "QtSvgWidgets", "QtOpenGL",
              "QtOpenGLWidgets"}
# (platforminputcontexts is only the virtual keyboard, which would pull in all of Qt Quick.)
QT_PLUGIN_DIRS = {"platforms", "imageformats", "iconengines", "styles", "tls",
                  "networkinformation", "generic"}
# Never needed by an installed program: build tools, QML, WebEngine's data, headers, stubs.
PYSIDE_DROP_DIRS = {"qml", "translations", "resources", "metatypes", "include", "typesystems",
                    "glue", "doc", "examples", "scripts", "lupdate", "Qt", "lib"}


def fail(message: str) -> None:
    print(f"stage.py: {message}", file=sys.stderr)
    sys.exit(1)


def cmd_requirements(locked: str, out: str) -> None:
    pins = []
    for raw in Path(locked).read_text(encoding="utf-8").splitlines():
        line = raw.split("#", 1)[0].strip()
        if not line or line.startswith("-"):
            continue
        requirement = Requirement(line)
        if requirement.marker is not None and not requirement.marker.evaluate(WINDOWS_ENV):
            print(f"  not on Windows: {line}")
            continue
        specifiers = list(requirement.specifier)
        if len(specifiers) != 1 or specifiers[0].operator != "==":
            fail(f"not an exact pin: {line}")
        pins.append(f"{canonicalize_name(requirement.name)}=={specifiers[0].version}")
    if not pins:
        fail("no requirements")
    Path(out).write_text("\n".join(pins) + "\n", encoding="utf-8")
    print(f"  {len(pins)} locked requirements for win_amd64")


def cmd_check_wheels(reqs: str, wheel_dir: str) -> None:
    found: dict[str, tuple[Version, Path]] = {}
    for wheel in Path(wheel_dir).glob("*.whl"):
        name, version, _build, tags = parse_wheel_filename(wheel.name)
        if not tags & WINDOWS_TAGS:
            fail(f"{wheel.name} does not run on CPython 3.11 win_amd64")
        found[name] = (version, wheel)
    for line in Path(reqs).read_text(encoding="utf-8").split():
        name, version = line.split("==")
        have = found.pop(canonicalize_name(name), None)
        if have is None:
            fail(f"missing Windows wheel: {line}")
        if have[0] != Version(version):
            fail(f"{have[1].name} is not the locked {line}")
    if found:
        fail(f"wheels not in the lock: {sorted(found)}")
    print("  every locked requirement has its win_amd64 wheel at the locked version")


def _imports(path: Path) -> set[str]:
    import pefile

    pe = pefile.PE(str(path), fast_load=True)
    pe.parse_data_directories(
        directories=[pefile.DIRECTORY_ENTRY["IMAGE_DIRECTORY_ENTRY_IMPORT"],
                     pefile.DIRECTORY_ENTRY["IMAGE_DIRECTORY_ENTRY_DELAY_IMPORT"]]
    )
    names = {entry.dll.decode().lower() for entry in getattr(pe, "DIRECTORY_ENTRY_IMPORT", [])}
    names |= {e.dll.decode().lower() for e in getattr(pe, "DIRECTORY_ENTRY_DELAY_IMPORT", [])}
    pe.close()
    return names


def cmd_trim(site: str, app_source: str) -> None:
    """Keep only the Qt modules the program uses and the DLLs they need.

    PySide6-Addons for Windows carries Qt WebEngine (about 300 MB) and dozens of modules the
    program never imports; the locked wheels are installed whole and then trimmed here, so the
    versions stay exactly the locked ones. The DLLs kept are the closure of the import tables of
    the kept modules and plugins; a missing one would make `import PySide6.QtX` fail, which the
    smoke test exercises on every CI run.
    """
    pyside = Path(site) / "PySide6"
    if not pyside.is_dir():
        fail(f"no PySide6 in {site}")
    used = set()
    for source in Path(app_source).rglob("*.py"):
        used |= set(re.findall(r"PySide6\.(Qt\w+)", source.read_text(encoding="utf-8")))
        for names in re.findall(r"from PySide6 import ([\w, ()\n]+)", source.read_text("utf-8")):
            used |= set(re.findall(r"Qt\w+", names))
    unknown = used - QT_MODULES
    if unknown:
        fail(f"the program imports {sorted(unknown)}: add them to QT_MODULES in stage.py")
    before = _size(pyside)

    for name in PYSIDE_DROP_DIRS:
        shutil.rmtree(pyside / name, ignore_errors=True)
    for plugin_dir in (pyside / "plugins").iterdir():
        if plugin_dir.name not in QT_PLUGIN_DIRS:
            shutil.rmtree(plugin_dir)
    for path in list(pyside.iterdir()):
        unused_module = path.suffix == ".pyd" and path.stem.split(".")[0] not in QT_MODULES
        if path.suffix in {".exe", ".pyi", ".lib"} or unused_module:
            path.unlink()

    # DLL closure from the kept modules, plugins and the shiboken runtime.
    local = {p.name.lower(): p for p in pyside.glob("*.dll")}
    shiboken = Path(site) / "shiboken6"
    roots = [*pyside.glob("*.pyd"), *(pyside / "plugins").rglob("*.dll"),
             *shiboken.glob("*.pyd"), *shiboken.glob("*.dll")]
    keep: set[str] = set()
    todo = list(roots)
    while todo:
        for dll in _imports(todo.pop()):
            if dll in local and dll not in keep:
                keep.add(dll)
                todo.append(local[dll])
    for name, path in local.items():
        if name not in keep:
            path.unlink()
    # Plugins whose Qt libraries went away would only fail to load: drop them too.
    for plugin in list((pyside / "plugins").rglob("*.dll")):
        missing = {d for d in _imports(plugin) if d.startswith("qt6") and d not in keep}
        if missing:
            plugin.unlink()
    for module in sorted(QT_MODULES):
        if not (pyside / f"{module}.pyd").exists():
            fail(f"PySide6/{module}.pyd is missing from the wheels")
    print(f"  PySide6 trimmed from {before / 1e6:.0f} MB to {_size(pyside) / 1e6:.0f} MB "
          f"({len(keep)} DLLs kept)")


def _python_version(path: Path) -> str:
    """CPython's version from python3X.dll's version resource, e.g. "3.11.9".

    CPython encodes its third field as micro * 1000 + release level * 10 + serial (3.11.9 final
    is 3.11.9150.x).
    """
    import pefile

    pe = pefile.PE(str(path), fast_load=True)
    pe.parse_data_directories(
        directories=[pefile.DIRECTORY_ENTRY["IMAGE_DIRECTORY_ENTRY_RESOURCE"]]
    )
    fixed = pe.VS_FIXEDFILEINFO[0]
    pe.close()
    return ".".join(str(n) for n in (fixed.FileVersionMS >> 16, fixed.FileVersionMS & 0xFFFF,
                                      (fixed.FileVersionLS >> 16) // 1000))


def _size(folder: Path) -> int:
    return sum(p.stat().st_size for p in folder.rglob("*") if p.is_file())


LICENCE_NAMES = re.compile(r"^(licen[cs]e|copying|notice|authors)", re.IGNORECASE)


def cmd_licences(program: str, site: str) -> None:
    """Copy every shipped component's licence into licences/ and join them in one file.

    Sources: each wheel's .dist-info (licence files and the License metadata), the embeddable
    Python's LICENSE.txt, the font's OFL (inside the project's wheel), and the LGPL-3.0 and
    GPL-3.0 texts (Debian's copies) for PySide6 and the Qt libraries, whose wheels carry only
    the Qt commercial-licence stub, and for the program itself.
    """
    root = Path(program)
    target = root / "licences"
    target.mkdir(exist_ok=True)
    components: list[str] = []  # the summary, one line per component
    sections: list[tuple[str, str]] = []  # (heading, text) of every licence file

    def add(component: str, path: Path, copy_as: str) -> None:
        text = path.read_text(encoding="utf-8", errors="replace")
        (target / copy_as).write_text(text, encoding="utf-8")
        sections.append((f"{component}: {copy_as}", text))

    python_version = _python_version(root / "python" / "python311.dll")
    python = f"Python {python_version} (the embeddable CPython runtime, PSF-2.0)"
    components.append(python)
    add(python, root / "python" / "LICENSE.txt", "python-LICENSE.txt")
    for dist in sorted(Path(site).glob("*.dist-info")):
        metadata = (dist / "METADATA").read_text(encoding="utf-8", errors="replace")
        name = re.search(r"^Name: (.+)$", metadata, re.MULTILINE).group(1).strip()
        version = re.search(r"^Version: (.+)$", metadata, re.MULTILINE).group(1).strip()
        if canonicalize_name(name) == "ttdn-desktop":
            continue  # the program itself: GPL-3.0.txt, below
        declared = re.findall(r"^License(?:-Expression)?: (.+)$", metadata, re.MULTILINE)
        files = sorted(p for p in dist.rglob("*") if p.is_file() and LICENCE_NAMES.match(p.name))
        component = f"{name} {version}" + (f" ({declared[0].strip()})" if declared else "")
        components.append(component)
        for path in files:
            add(component, path, f"{name}-{version}-{path.name}")
        if name.lower().startswith(("pyside6", "shiboken6")):
            notice = target / f"{name}-{version}-LGPL-notice.txt"
            notice.write_text(
                f"{name} {version} and the Qt {version} libraries it contains are used under the "
                "GNU Lesser General Public License version 3 (LGPL-3.0); see LGPL-3.0.txt and "
                "GPL-3.0.txt in this folder. Source code: https://code.qt.io/ (pyside-setup, "
                f"qtbase and the other Qt modules) at the tag v{version}.\n",
                encoding="utf-8",
            )
            sections.append((f"{component}: {notice.name}", notice.read_text(encoding="utf-8")))
        elif not files:
            fail(f"no licence text in the wheel of {name} {version}")
    common = Path("/usr/share/common-licenses")
    for licence, file_name, used_by in (
        ("LGPL-3", "LGPL-3.0.txt", "PySide6, shiboken6 and the Qt libraries; psycopg"),
        ("GPL-3", "GPL-3.0.txt", "TTĐN Desktop itself (GPL-3.0-or-later); the LGPL builds on it"),
    ):
        source = common / licence
        if not source.exists():
            fail(f"{source} missing (Debian's base-files provides it)")
        add(f"{file_name[:-4]} ({used_by})", source, file_name)
    fonts = list(Path(site).glob("ttdn_desktop/_data/resources/fonts/*OFL*"))
    if not fonts:
        fail("the font licence (OFL) is missing from the project's wheel")
    components.append("Liberation Serif fonts (OFL-1.1)")
    for font in fonts:
        add("Liberation Serif fonts (OFL-1.1)", font, font.name)

    with (root / "THIRD-PARTY-LICENSES.txt").open("w", encoding="utf-8", newline="\r\n") as out:
        out.write("TTĐN Desktop is free software under the GNU GPL version 3 or later "
                  "(GPL-3.0.txt).\nIt ships the components below; their licence texts follow "
                  "and are also in the licences folder.\n\n")
        for component in components:
            out.write(f"  - {component}\n")
        for heading, text in sections:
            out.write("\n" + "=" * 78 + f"\n{heading}\n" + "=" * 78 + "\n\n" + text.strip() + "\n")
    print(f"  {len(components)} components, {len(list(target.iterdir()))} licence files, "
          "THIRD-PARTY-LICENSES.txt")


def cmd_nsis_lists(program: str, out: str) -> None:
    """The program folder's top-level entries, as NSIS commands that remove exactly them.

    The installer and uninstaller never `RMDir /r $INSTDIR`: a user who picked an existing
    folder would lose its other files. They remove what the installer put there, by name.
    """
    lines = ["; Generated by installer/tools/stage.py nsis-lists: do not edit.",
             "!macro TTDN_REMOVE_PROGRAM_FILES DIR"]
    for entry in sorted(Path(program).iterdir()):
        if entry.is_dir():
            lines.append(f'  RMDir /r "${{DIR}}\\{entry.name}"')
        else:
            lines.append(f'  Delete "${{DIR}}\\{entry.name}"')
    lines += ['  Delete "${DIR}\\uninstall.exe"', '  RMDir "${DIR}"', "!macroend", ""]
    Path(out).write_text("\n".join(lines), encoding="utf-8")


COMMANDS = {
    "requirements": cmd_requirements,
    "check-wheels": cmd_check_wheels,
    "trim": cmd_trim,
    "licences": cmd_licences,
    "nsis-lists": cmd_nsis_lists,
}

if __name__ == "__main__":
    if len(sys.argv) < 2 or sys.argv[1] not in COMMANDS:
        fail(f"usage: stage.py {{{','.join(COMMANDS)}}} ARGS…")
    COMMANDS[sys.argv[1]](*sys.argv[2:])
