"""The register of reports sent upward, and the assessment paragraphs of each period."""

from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from ttdn_desktop.core.errors import ValidationError
from ttdn_desktop.core.models import Assessment, Document, IssuedReport, Setting
from ttdn_desktop.core.periods import Period
from ttdn_desktop.core.text import clean
from ttdn_desktop.core.units import require_own_unit

NEXT_NUMBER_KEY = "next_report_number"


@dataclass
class IssuedReportRow:
    id: int
    report_kind: str
    number: str | None
    issued_date: date
    period_start: date
    period_end: date
    title: str
    file_name: str | None


def record_issued(
    session: Session,
    *,
    report_kind: str,
    number: str | None,
    issued_date: date,
    period: Period,
    title: str,
    file_path: Path | None,
    header: dict[str, Any],
) -> int:
    """Keep a report that was issued, with a hash of the file and the names it carried."""
    unit = require_own_unit(session)
    digest = None
    if file_path is not None and file_path.is_file():
        digest = hashlib.sha256(file_path.read_bytes()).hexdigest()
    row = IssuedReport(
        unit_id=unit.id,
        report_kind=report_kind,
        number=clean(number),
        issued_date=issued_date,
        period_start=period.start,
        period_end=period.end,
        title=clean(title) or title,
        file_name=str(file_path) if file_path else None,
        file_sha256=digest,
        header=header,
    )
    session.add(row)
    session.flush()
    used = leading_number(number)
    if used is not None:
        current = next_report_number(session)
        session.merge(Setting(key=NEXT_NUMBER_KEY, value=max(current, used + 1)))
    return row.id


def list_issued(session: Session) -> list[IssuedReportRow]:
    rows = session.scalars(
        select(IssuedReport).order_by(IssuedReport.issued_date.desc(), IssuedReport.id.desc())
    ).all()
    return [
        IssuedReportRow(
            r.id,
            r.report_kind,
            r.number,
            r.issued_date,
            r.period_start,
            r.period_end,
            r.title,
            r.file_name,
        )
        for r in rows
    ]


def leading_number(text: str | None) -> int | None:
    """The register number at the start of a document number: 651 in "651/BC-STTTT"."""
    found = re.match(r"\s*(\d+)", text or "")
    return int(found.group(1)) if found else None


def highest_issued_number(session: Session, year: int | None = None) -> int | None:
    """The highest number used by a report: in the register of issued reports, or recorded
    as an issued document of kind "báo cáo" (the demo's "651/BC-STTTT" is one), of one year
    when given.
    """
    registered = select(IssuedReport.number)
    documents = select(Document.number_symbol).where(
        Document.kind == "report", Document.direction == "issued", Document.deleted_at.is_(None)
    )
    if year is not None:
        first, last = date(year, 1, 1), date(year, 12, 31)
        registered = registered.where(IssuedReport.issued_date.between(first, last))
        documents = documents.where(Document.issued_date.between(first, last))
    texts = [*session.scalars(registered), *session.scalars(documents)]
    numbers = [leading_number(text) for text in texts]
    return max((n for n in numbers if n is not None), default=None)


def next_report_number(session: Session) -> int:
    """The number to propose for the next report.

    The number set in Cài đặt (kept one past each report recorded since), or else one past the
    highest in the register: the demo's "651/BC-STTTT" proposes 652 although the number carries
    its symbol.
    """
    setting = session.get(Setting, NEXT_NUMBER_KEY)
    if setting is not None and isinstance(setting.value, int) and setting.value > 0:
        return setting.value
    return (highest_issued_number(session) or 0) + 1


def set_next_report_number(session: Session, number: int, today: date | None = None) -> None:
    """Set the number the next report proposes (Cài đặt).

    Numbers start again from 1 each year (Nghị định 30/2020), so only a number already used by a
    report issued this year is refused.

    Raises:
        ValidationError: for a number below 1 or one this year's register already used.
    """
    if number < 1:
        raise ValidationError("“Số báo cáo tiếp theo” phải từ 1 trở lên.", field="next_number")
    year = (today or date.today()).year
    highest = highest_issued_number(session, year)
    if highest is not None and number <= highest:
        raise ValidationError(
            f"“Số báo cáo tiếp theo” phải lớn hơn {highest}: năm {year} đã có báo cáo số "
            f"{highest}.",
            field="next_number",
        )
    session.merge(Setting(key=NEXT_NUMBER_KEY, value=number))


@dataclass
class AssessmentFields:
    strengths: str | None = None
    shortcomings: str | None = None
    directions: str | None = None
    recommendations: str | None = None


def _assessment_row(session: Session, period: Period) -> Assessment | None:
    unit = require_own_unit(session)
    return session.scalars(
        select(Assessment).where(
            Assessment.unit_id == unit.id,
            Assessment.period_start == period.start,
            Assessment.period_end == period.end,
        )
    ).first()


def load_assessment(session: Session, period: Period) -> AssessmentFields | None:
    """The assessment saved for exactly this period, or None."""
    row = _assessment_row(session, period)
    if row is None:
        return None
    return AssessmentFields(row.strengths, row.shortcomings, row.directions, row.recommendations)


def save_assessment(session: Session, period: Period, fields: AssessmentFields) -> None:
    """Create or replace the assessment of the period (text NFC, trimmed)."""
    row = _assessment_row(session, period)
    if row is None:
        row = Assessment(
            unit_id=require_own_unit(session).id,
            period_start=period.start,
            period_end=period.end,
        )
        session.add(row)
    row.strengths = clean(fields.strengths)
    row.shortcomings = clean(fields.shortcomings)
    row.directions = clean(fields.directions)
    row.recommendations = clean(fields.recommendations)


def count_issued(session: Session) -> int:
    return session.scalar(select(func.count()).select_from(IssuedReport)) or 0
