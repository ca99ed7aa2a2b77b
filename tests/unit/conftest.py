"""Fixtures of the report renderer tests: the demo report, and LibreOffice as a real reader."""

from __future__ import annotations

import shutil
import subprocess
from collections.abc import Callable
from datetime import date
from pathlib import Path

import pytest

from ttdn_desktop.core.database import open_database
from ttdn_desktop.core.periods import Period
from ttdn_desktop.reports.annual import ReportOptions, build_report
from ttdn_desktop.reports.content import ReportDocument

LIBREOFFICE_TIMEOUT_S = 120


@pytest.fixture(scope="session")
def demo_report(_demo_template: Path, tmp_path_factory: pytest.TempPathFactory) -> ReportDocument:
    """The 2020 report of the demo year, numbered 651 and dated 21/12/2020 (built once a run)."""
    path = tmp_path_factory.mktemp("report-db") / "demo.sqlite"
    shutil.copyfile(_demo_template, path)
    database = open_database(path)
    try:
        with database.session() as session:
            return build_report(
                session,
                Period.year(2020, cutoff=True),
                ReportOptions(number="651", issued_date=date(2020, 12, 21)),
            )
    finally:
        database.close()


Convert = Callable[[Path, str, Path], Path]


@pytest.fixture(scope="session")
def libreoffice(tmp_path_factory: pytest.TempPathFactory) -> Convert:
    """`convert(file, target, outdir)`: LibreOffice headless with a profile of this run only.

    `target` is what follows --convert-to ("pdf", or "csv:…" with filter options). A private
    profile keeps a running LibreOffice of the user, or another test run, from locking us out.
    """
    profile = tmp_path_factory.mktemp("lo-profile")

    def convert(source: Path, target: str, outdir: Path) -> Path:
        outdir.mkdir(parents=True, exist_ok=True)
        result = subprocess.run(
            [
                "soffice",
                f"-env:UserInstallation={profile.as_uri()}",
                "--headless",
                "--norestore",
                "--convert-to",
                target,
                "--outdir",
                str(outdir),
                str(source),
            ],
            capture_output=True,
            text=True,
            timeout=LIBREOFFICE_TIMEOUT_S,
            check=False,
        )
        extension = target.split(":", 1)[0]
        produced = outdir / f"{source.stem}.{extension}"
        assert result.returncode == 0, result.stderr
        assert produced.is_file(), f"LibreOffice wrote nothing: {result.stdout}{result.stderr}"
        return produced

    return convert


@pytest.fixture(scope="session")
def pdf_text() -> Callable[..., str]:
    """`pdf_text(path, first=None, last=None)`: the text of a PDF as pdftotext reads it."""
    return _pdf_text


def _pdf_text(path: Path, first: int | None = None, last: int | None = None) -> str:
    command = ["pdftotext", "-enc", "UTF-8"]
    if first is not None:
        command += ["-f", str(first)]
    if last is not None:
        command += ["-l", str(last)]
    result = subprocess.run([*command, str(path), "-"], capture_output=True, check=True, timeout=60)
    return result.stdout.decode("utf-8")
