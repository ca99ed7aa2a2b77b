"""Excel export: a list as the officer sees it (filters and sort applied), or a whole year.

Every sheet has a title row (unit and period), a header row in Vietnamese, then one row per
record: dates are real dates shown dd/mm/yyyy, numbers are numbers, text is always text (a
title beginning with "=" or "-" is never a formula). The header row is frozen and filtered.
Workbooks are written in openpyxl's write-only mode: 100,000 rows stream to disk without
holding a worksheet in memory. A workbook exported here imports back unchanged (excel_import).
"""

from __future__ import annotations

import itertools
from collections.abc import Callable, Iterator, Sequence
from copy import copy
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any

from openpyxl import Workbook
from openpyxl.cell import WriteOnlyCell
from openpyxl.styles import Alignment, Font, PatternFill
from openpyxl.utils import get_column_letter
from sqlalchemy import select
from sqlalchemy.orm import Session

from ttdn_desktop import __version__
from ttdn_desktop.core import listing
from ttdn_desktop.core.errors import TtdnError
from ttdn_desktop.core.listing import ListFilter
from ttdn_desktop.core.models import (
    Activity,
    Document,
    Organization,
    PressItem,
    Topic,
    activity_co_organizers,
    activity_topics,
    document_recipients,
    document_topics,
    press_item_topics,
)
from ttdn_desktop.core.periods import Period
from ttdn_desktop.core.units import own_profile, own_unit
from ttdn_desktop.exchange.sheets import (
    BOOL,
    CHOICE,
    DATE,
    DATE_FORMAT,
    INT,
    INT_FORMAT,
    LIST_SEPARATOR,
    ORG,
    ORGS,
    PLAN,
    RECORD_SHEETS,
    ROW_NUMBER_HEADER,
    TOPICS,
    YES,
    RecordSheet,
)
from ttdn_desktop.reports.xlsx import FORMULA_TRIGGERS, excel_text

ProgressCallback = Callable[[int, int], None]

FIRST_DATA_ROW = 4  # title, subtitle, header, then the records
HEADER_ROW = 3
CHUNK = 2000  # ids per query; well under SQLite's bound-parameter limit
MIN_WIDTH = 6
MAX_WIDTH = 60
WIDTH_SAMPLE = 2000  # rows whose text sets the column widths
HEADER_FILL = PatternFill("solid", start_color="FFD9D9D9", end_color="FFD9D9D9")

_MODELS: dict[str, Any] = {"documents": Document, "activities": Activity, "press_items": PressItem}
_DATE_COLUMNS: dict[str, Any] = {
    "documents": Document.issued_date,
    "activities": Activity.start_date,
    "press_items": PressItem.published_date,
}
_TOPIC_LINKS = {
    "documents": (document_topics, "document_id"),
    "activities": (activity_topics, "activity_id"),
    "press_items": (press_item_topics, "press_item_id"),
}
_ORG_LINKS = {
    "recipient_ids": (document_recipients, "document_id"),
    "co_organizer_ids": (activity_co_organizers, "activity_id"),
}


class ExportError(TtdnError):
    """The workbook could not be written (nothing usable was left at the path)."""


@dataclass(frozen=True)
class ExportResult:
    path: Path
    rows: dict[str, int]  # sheet name -> records written


# --- text that stays text -------------------------------------------------------------------


def safe_text(sheet: Any, value: str) -> str | WriteOnlyCell:
    """A string as a write-only cell value that every reader keeps as text.

    openpyxl stores "=…" as a formula and refuses control characters; a string that begins like
    a formula (see reports.xlsx.FORMULA_TRIGGERS) becomes an explicit text cell with a quote
    prefix, so neither Excel nor LibreOffice evaluates it, even after an edit.
    """
    value, looks_like_formula = excel_text(value)
    if looks_like_formula:
        cell = WriteOnlyCell(sheet)
        cell._value = value
        cell.data_type = "s"
        cell.quotePrefix = True
        return cell
    return value


class _SheetWriter:
    """Writes one sheet: title, header, rows; typed cells with shared styles."""

    def __init__(self, workbook: Workbook, name: str, headers: Sequence[str], kinds: Sequence[str]):
        self.sheet = workbook.create_sheet(name)
        self.headers = list(headers)
        self.kinds = list(kinds)
        proto = WriteOnlyCell(self.sheet)
        proto.number_format = DATE_FORMAT
        proto.alignment = Alignment(horizontal="center")
        self._date_style = proto._style
        proto = WriteOnlyCell(self.sheet)
        proto.number_format = INT_FORMAT
        self._int_style = proto._style
        self._dates = [i for i, kind in enumerate(self.kinds) if kind == DATE]
        self._ints = [i for i, kind in enumerate(self.kinds) if kind == INT]
        self._texts = [i for i, kind in enumerate(self.kinds) if kind not in (DATE, INT)]
        self.rows = 0

    def start(self, title: str, subtitle: str, sample: Sequence[Sequence[Any]]) -> None:
        """Widths, frozen header and the title rows; must come before the first record."""
        sheet = self.sheet
        for i, chars in enumerate(self._widths(sample), start=1):
            sheet.column_dimensions[get_column_letter(i)].width = chars
        sheet.freeze_panes = f"A{FIRST_DATA_ROW}"
        first = WriteOnlyCell(sheet, value=title)
        first.font = Font(bold=True, size=13)
        sheet.append([first])
        second = WriteOnlyCell(sheet, value=subtitle)
        second.font = Font(italic=True)
        sheet.append([second])
        header = []
        for text in self.headers:
            cell = WriteOnlyCell(sheet, value=text)
            cell.font = Font(bold=True)
            cell.fill = HEADER_FILL
            cell.alignment = Alignment(horizontal="center", vertical="center", wrap_text=True)
            header.append(cell)
        sheet.append(header)

    def _widths(self, sample: Sequence[Sequence[Any]]) -> list[float]:
        widths = [max(MIN_WIDTH, min(MAX_WIDTH, len(h) + 2)) for h in self.headers]
        for values in sample[:WIDTH_SAMPLE]:
            for i, value in enumerate(values):
                if value is None:
                    continue
                if isinstance(value, date):
                    length = 11
                elif isinstance(value, int):
                    length = len(f"{value:,}") + 1
                else:
                    length = len(str(value)) + 1
                if length > widths[i]:
                    widths[i] = min(MAX_WIDTH, length)
        return widths

    def append(self, values: list[Any]) -> None:
        """Write one row; `values` (one per header) is taken over and changed in place."""
        sheet = self.sheet
        row = values
        # Typed cells are built directly: the value is already of the right type, so openpyxl's
        # conversion would only cost time (a third of the export's writing, measured).
        for i in self._dates:
            value = row[i]
            if value is not None:
                cell = WriteOnlyCell(sheet)
                cell._style = copy(self._date_style)
                cell._value = value
                cell.data_type = "d"
                row[i] = cell
        for i in self._ints:
            value = row[i]
            # Thousands separators only where they show; a plain int costs a third as much.
            if value is not None and value >= 1000:
                cell = WriteOnlyCell(sheet)
                cell._style = copy(self._int_style)
                cell._value = value
                cell.data_type = "n"
                row[i] = cell
        for i in self._texts:
            value = row[i]
            if value.__class__ is str:
                if not value:
                    row[i] = None
                elif value.startswith(FORMULA_TRIGGERS) or not value.isprintable():
                    row[i] = safe_text(sheet, value)
        sheet.append(row)
        self.rows += 1

    def finish(self) -> None:
        last = get_column_letter(len(self.headers))
        self.sheet.auto_filter.ref = f"A{HEADER_ROW}:{last}{HEADER_ROW + max(self.rows, 1)}"
        self.sheet.print_title_rows = f"{HEADER_ROW}:{HEADER_ROW}"
        self.sheet.page_setup.orientation = "landscape"


# --- reading records in sheet order ---------------------------------------------------------


class _Names:
    """Names of organisations, topics and plans, loaded once per export."""

    def __init__(self, session: Session) -> None:
        def pairs(stmt: Any) -> dict[int, str]:
            return {key: value for key, value in session.execute(stmt)}

        self.organizations = pairs(select(Organization.id, Organization.name))
        self.topics = pairs(select(Topic.id, Topic.name))
        self.plans = pairs(
            select(Document.id, Document.number_symbol).where(Document.kind == "plan")
        )


def record_rows(
    session: Session, spec: RecordSheet, ids: Sequence[int], names: _Names | None = None
) -> Iterator[list[Any]]:
    """The sheet values of the given records, in the order of `ids` (chunked queries)."""
    names = names or _Names(session)
    model = _MODELS[spec.key]
    scalar_fields = [c.field for c in spec.columns if c.kind not in (ORGS, TOPICS)]
    link, owner = _TOPIC_LINKS[spec.key]
    plan = _converters(spec, scalar_fields, names)
    for start in range(0, len(ids), CHUNK):
        chunk = list(ids[start : start + CHUNK])
        fetched = {
            row[0]: row[1:]
            for row in session.connection().execute(
                select(model.id, *[getattr(model, f) for f in scalar_fields]).where(
                    model.id.in_(chunk)
                )
            )
        }
        topics: dict[int, list[str]] = {}
        for record_id, topic_id in session.execute(
            select(link.c[owner], link.c.topic_id).where(link.c[owner].in_(chunk))
        ):
            topics.setdefault(record_id, []).append(names.topics.get(topic_id, ""))
        orgs: dict[tuple[str, int], list[str]] = {}
        for column in spec.columns:
            if column.kind == ORGS:
                table, owner_column = _ORG_LINKS[column.field]
                for record_id, org_id in session.execute(
                    select(table.c[owner_column], table.c.organization_id).where(
                        table.c[owner_column].in_(chunk)
                    )
                ):
                    orgs.setdefault((column.field, record_id), []).append(
                        names.organizations.get(org_id, "")
                    )
        for number, record_id in enumerate(chunk, start=start + 1):
            found = fetched.get(record_id)
            if found is None:
                continue
            values: list[Any] = [number]
            for kind, index, convert in plan:
                if kind == TOPICS:
                    values.append(LIST_SEPARATOR.join(sorted(topics.get(record_id, ()))) or None)
                elif kind == ORGS:
                    values.append(LIST_SEPARATOR.join(orgs.get((index, record_id), ())) or None)
                else:
                    value = found[index]
                    values.append(value if convert is None or value is None else convert(value))
            yield values


def _converters(
    spec: RecordSheet, scalar_fields: list[str], names: _Names
) -> list[tuple[str, Any, Callable[[Any], Any] | None]]:
    """For each column: its kind, where its value is, and how a stored value becomes a cell."""
    plan: list[tuple[str, Any, Callable[[Any], Any] | None]] = []
    for column in spec.columns:
        if column.kind in (TOPICS, ORGS):
            plan.append((column.kind, column.field, None))
            continue
        index = scalar_fields.index(column.field)
        convert: Callable[[Any], Any] | None = None
        if column.kind == CHOICE:
            choices = column.choices
            convert = lambda v, c=choices: c.get(v, v)  # noqa: E731
        elif column.kind == BOOL:
            convert = lambda v: YES if v else None  # noqa: E731
        elif column.kind == ORG:
            convert = names.organizations.get
        elif column.kind == PLAN:
            convert = names.plans.get
        plan.append((column.kind, index, convert))
    return plan


# --- workbooks ------------------------------------------------------------------------------


def _unit_name(session: Session) -> str:
    """The unit's full name as written in sentences, else the body name of its profile."""
    unit = own_unit(session)
    if unit is not None:
        return unit.name
    profile = own_profile(session)
    return profile.body_name if profile is not None else "TTĐN Desktop"


def _new_workbook(session: Session, subject: str) -> Workbook:
    workbook = Workbook(write_only=True)
    props = workbook.properties
    props.title = subject
    props.creator = _unit_name(session)
    props.description = f"TTĐN Desktop {__version__}"
    props.language = "vi-VN"
    return workbook


def _subtitle() -> str:
    return f"Xuất từ TTĐN Desktop {__version__} ngày {date.today():%d/%m/%Y}"


def _save(workbook: Workbook, path: Path) -> None:
    path = Path(path)
    partial = path.with_name(path.name + ".partial")
    try:
        workbook.save(str(partial))
        partial.replace(path)
    except OSError as exc:
        partial.unlink(missing_ok=True)
        raise ExportError(f"Không ghi được tệp {path}: {exc.strerror or exc}.") from exc


def _write_record_sheet(
    workbook: Workbook,
    session: Session,
    spec: RecordSheet,
    ids: Sequence[int],
    title: str,
    names: _Names,
    tick: Callable[[], None],
) -> int:
    writer = _SheetWriter(workbook, spec.name, spec.headers, [INT, *(c.kind for c in spec.columns)])
    rows = record_rows(session, spec, ids, names)
    sample: list[list[Any]] = []
    for values in rows:
        sample.append(values)
        if len(sample) >= WIDTH_SAMPLE:
            break
    writer.start(title, _subtitle(), sample)
    for values in sample:
        writer.append(values)
        tick()
    for values in rows:
        writer.append(values)
        tick()
    writer.finish()
    return writer.rows


def _counter(total: int, progress: ProgressCallback | None) -> Callable[[], None]:
    done = 0
    step = max(1, total // 100)

    def tick() -> None:
        nonlocal done
        done += 1
        if progress is not None and (done % step == 0 or done == total):
            progress(done, total)

    return tick


def export_period(
    session: Session,
    period: Period,
    path: Path,
    *,
    kinds: Sequence[str] = tuple(RECORD_SHEETS),
    progress: ProgressCallback | None = None,
) -> ExportResult:
    """Write the own unit's records of a period, one sheet per record kind, by date.

    Args:
        kinds: record sheets to write, keys of sheets.RECORD_SHEETS.
        progress: called with (rows written, rows in all).
    """
    unit = own_unit(session)
    unit_name = _unit_name(session)
    ids_by_kind: dict[str, list[int]] = {}
    for key in kinds:
        model = _MODELS[key]
        column = _DATE_COLUMNS[key]
        stmt = select(model.id).where(
            model.deleted_at.is_(None), column.between(period.start, period.end)
        )
        if unit is not None:
            stmt = stmt.where(model.unit_id == unit.id)
        ids_by_kind[key] = list(
            session.connection().execute(stmt.order_by(column, model.id)).scalars()
        )
    total = sum(len(ids) for ids in ids_by_kind.values())
    tick = _counter(total, progress)
    workbook = _new_workbook(session, f"Dữ liệu công tác TTĐN {period.title}")
    names = _Names(session)
    written: dict[str, int] = {}
    for key, ids in ids_by_kind.items():
        spec = RECORD_SHEETS[key]
        title = f"{unit_name}: {spec.name.lower()}, {period.title}"
        written[spec.name] = _write_record_sheet(workbook, session, spec, ids, title, names, tick)
    _save(workbook, path)
    if progress is not None and total == 0:
        progress(0, 0)
    return ExportResult(Path(path), written)


def export_year(
    session: Session,
    year: int,
    path: Path,
    *,
    kinds: Sequence[str] = tuple(RECORD_SHEETS),
    progress: ProgressCallback | None = None,
) -> ExportResult:
    """Write a whole year (1 January to 31 December), one sheet per record kind."""
    return export_period(session, Period.year(year), path, kinds=kinds, progress=progress)


def export_list(
    session: Session,
    family_key: str,
    flt: ListFilter,
    path: Path,
    *,
    sort_key: str | None = None,
    descending: bool | None = None,
    progress: ProgressCallback | None = None,
) -> ExportResult:
    """Write one list as shown: the same records, filter and order as the page.

    Record lists (documents, activities, press items) are written with every column of their
    record sheet, so the file can be imported back; catalogue lists with the page's columns.
    """
    from ttdn_desktop.exchange.sheets import FAMILY_SHEETS

    if family_key not in listing.FAMILIES:
        raise ExportError(f"Không có danh sách “{family_key}”.")
    family = listing.FAMILIES[family_key]
    ids = listing.matching_ids(session, family_key, flt, sort_key, descending)
    tick = _counter(len(ids), progress)
    period = flt.period.title if flt.period is not None else "toàn bộ thời gian"
    title = f"{_unit_name(session)}: {family.label.lower()}, {period}"
    workbook = _new_workbook(session, title)
    if family_key in FAMILY_SHEETS:
        spec = RECORD_SHEETS[FAMILY_SHEETS[family_key]]
        count = _write_record_sheet(workbook, session, spec, ids, title, _Names(session), tick)
        name = spec.name
    else:
        name = family.label[:31]
        count = _write_plain_list(workbook, session, family, ids, title, tick)
    _save(workbook, path)
    return ExportResult(Path(path), {name: count})


def _write_plain_list(
    workbook: Workbook,
    session: Session,
    family: listing.Family,
    ids: Sequence[int],
    title: str,
    tick: Callable[[], None],
) -> int:
    headers = [ROW_NUMBER_HEADER, *(c.label for c in family.columns)]
    kinds = [INT, *("text" for _ in family.columns)]

    def rows() -> Iterator[list[Any]]:
        for start in range(0, len(ids), CHUNK):
            chunk = ids[start : start + CHUNK]
            cells = listing.rows(session, family.key, chunk)
            for number, record_id in enumerate(chunk, start=start + 1):
                if record_id in cells:
                    values = list(cells[record_id])
                    yield [number, *values]

    all_rows = rows()
    sample = [r for _, r in zip(range(WIDTH_SAMPLE), all_rows, strict=False)]
    for values in sample:
        for i, value in enumerate(values):
            if isinstance(value, date):
                kinds[i] = DATE
    writer = _SheetWriter(workbook, family.label[:31], headers, kinds)
    writer.start(title, _subtitle(), sample)
    for values in itertools.chain(sample, all_rows):
        writer.append(values)
        tick()
    writer.finish()
    return writer.rows
