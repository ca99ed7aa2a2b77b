"""Excel import: read a filled workbook into a preview, then import all valid rows or nothing.

Every path here reads a file someone else made. The file is checked before openpyxl parses it
(size, zip structure, uncompressed size), each sheet's header must be exactly the template's,
and each cell is converted with a Vietnamese reason when it cannot be (a date that is not a
date, a negative number, an unknown kind, a cell over the size limit). Rows then go through
core.records.save, the same checks, normalisation and audit as the forms, inside a savepoint:
the preview rolls it back; the import keeps it, or nothing at all when anything fails.

Rows already in the database (by natural key) are reported as "đã có" and skipped, so
importing the same workbook twice creates nothing new.
"""

from __future__ import annotations

import re
import unicodedata
import zipfile
import zlib
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from datetime import date, datetime
from pathlib import Path
from typing import Any

from openpyxl import load_workbook
from openpyxl.utils import get_column_letter
from sqlalchemy import func, select
from sqlalchemy.orm import Session

from ttdn_desktop.core.errors import TtdnError, ValidationError, ValidationErrors
from ttdn_desktop.core.models import Activity, Document, Organization, PressItem, Topic
from ttdn_desktop.core.records import OrganizationData, TopicData, save
from ttdn_desktop.core.text import clean, fold
from ttdn_desktop.core.units import require_own_unit
from ttdn_desktop.exchange.excel_template import LISTS_SHEET
from ttdn_desktop.exchange.sheets import (
    BOOL,
    CELL_CHAR_LIMIT,
    CHOICE,
    DATE,
    INT,
    ORG,
    ORGS,
    PLAN,
    RECORD_SHEETS,
    ROW_NUMBER_HEADER,
    SAMPLE_MARK,
    SHEET_BY_NAME,
    TOPICS,
    RecordSheet,
    SheetColumn,
)

ProgressCallback = Callable[[int, int], None]

MAX_ROWS = 20_000  # data rows per import, all sheets together
MAX_FILE_BYTES = 50 * 1024 * 1024
MAX_UNCOMPRESSED_BYTES = 400 * 1024 * 1024
HEADER_SEARCH_ROWS = 10
ORG_NAME_LIMIT = 500
TOPIC_NAME_LIMIT = 300
MAX_COUNT = 10**12

VALID = "valid"
INVALID = "invalid"
EXISTING = "existing"
STATUS_LABELS = {VALID: "hợp lệ", INVALID: "lỗi", EXISTING: "đã có"}

_OLE_SIGNATURE = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
_INTEGER = re.compile(r"^-?\d{1,3}(?:[.,\s]\d{3})+$|^-?\d+$")
_YES_WORDS = {"co", "x", "yes", "true", "1", "dung"}
_NO_WORDS = {"khong", "no", "false", "0", "sai"}
_DIRECTION_ALIASES = {"di": "issued", "den": "incoming"}


class ImportRefused(TtdnError):
    """The file cannot be imported at all; the database was not touched."""


def _n(number: int) -> str:
    return f"{number:,}".replace(",", ".")


@dataclass
class RowOutcome:
    """One data row of the workbook and what import makes of it."""

    sheet: str
    row: int
    status: str
    label: str = ""
    # (column letter and header, reason) for each problem; column "" for the whole row.
    problems: list[tuple[str, str]] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)


@dataclass
class ImportPreview:
    rows: list[RowOutcome]
    new_organizations: list[str]
    new_topics: list[str]
    ignored_sheets: list[str]

    def count(self, status: str, sheet: str | None = None) -> int:
        return sum(1 for r in self.rows if r.status == status and sheet in (None, r.sheet))

    @property
    def invalid(self) -> list[RowOutcome]:
        return [r for r in self.rows if r.status == INVALID]

    def problem_lines(self) -> Iterator[str]:
        """'Trang tính “Văn bản”, dòng 7, cột B (Ngày ban hành): …' for every problem."""
        for r in self.invalid:
            for column, reason in r.problems:
                where = f", cột {column}" if column else ""
                yield f"Trang tính “{r.sheet}”, dòng {r.row}{where}: {reason}"


@dataclass
class ImportResult:
    preview: ImportPreview
    created: dict[str, int]  # sheet name -> records created
    organizations_created: int
    topics_created: int


# --- reading the file -----------------------------------------------------------------------


@dataclass
class _Row:
    sheet: RecordSheet
    number: int
    values: dict[str, Any]
    problems: list[tuple[str, str]]


@dataclass
class _Parsed:
    rows: list[_Row]
    ignored_sheets: list[str]


def _check_file(path: Path) -> None:
    name = path.name
    if not path.is_file():
        raise ImportRefused(f"Không tìm thấy tệp {path}.")
    size = path.stat().st_size
    if size > MAX_FILE_BYTES:
        raise ImportRefused(
            f"Tệp {name} nặng {_n(size // 1024 // 1024)} MB, quá giới hạn "
            f"{_n(MAX_FILE_BYTES // 1024 // 1024)} MB của một lần nhập."
        )
    with path.open("rb") as handle:
        head = handle.read(8)
    if head == _OLE_SIGNATURE:
        raise ImportRefused(
            f"Tệp {name} là sổ tính Excel đời cũ (.xls). Hãy mở bằng Excel hoặc LibreOffice, "
            "lưu lại dạng .xlsx rồi nhập."
        )
    if not zipfile.is_zipfile(path):
        raise ImportRefused(f"Tệp {name} không phải sổ tính Excel (.xlsx) hoặc đã bị hỏng.")
    try:
        with zipfile.ZipFile(path) as archive:
            members = archive.infolist()
            names = {m.filename for m in members}
            total = sum(m.file_size for m in members)
            bad = archive.testzip()
    except (zipfile.BadZipFile, zlib.error, OSError, EOFError, ValueError) as exc:
        raise ImportRefused(f"Tệp {name} bị hỏng hoặc không trọn vẹn ({exc}).") from exc
    if "xl/workbook.xml" not in names:
        raise ImportRefused(f"Tệp {name} là tệp nén nhưng không phải sổ tính Excel (.xlsx).")
    if total > MAX_UNCOMPRESSED_BYTES:
        raise ImportRefused(
            f"Tệp {name} khi giải nén chiếm {_n(total // 1024 // 1024)} MB, quá giới hạn "
            f"{_n(MAX_UNCOMPRESSED_BYTES // 1024 // 1024)} MB."
        )
    if bad is not None:
        raise ImportRefused(f"Tệp {name} bị hỏng: phần “{bad}” không đọc được.")


def _header_text(value: Any) -> str:
    return fold(unicodedata.normalize("NFC", str(value))) if value is not None else ""


def _read(path: Path, progress: ProgressCallback | None) -> _Parsed:
    path = Path(path)
    _check_file(path)
    try:
        workbook = load_workbook(path, read_only=True, data_only=True)
    except Exception as exc:  # openpyxl raises anything from KeyError to XML syntax errors
        raise ImportRefused(f"Tệp {path.name} bị hỏng, không đọc được sổ tính: {exc}.") from exc
    try:
        return _read_sheets(workbook, path.name, progress)
    except ImportRefused:
        raise
    except Exception as exc:
        raise ImportRefused(f"Tệp {path.name} bị hỏng, không đọc hết được: {exc}.") from exc
    finally:
        workbook.close()


def _read_sheets(workbook: Any, name: str, progress: ProgressCallback | None) -> _Parsed:
    rows: list[_Row] = []
    ignored: list[str] = []
    by_name = {_header_text(k): v for k, v in SHEET_BY_NAME.items()}
    found = False
    for sheet in workbook.worksheets:
        spec = by_name.get(_header_text(sheet.title))
        if spec is None:
            if sheet.title != LISTS_SHEET:
                ignored.append(sheet.title)
            continue
        found = True
        rows.extend(_read_sheet(sheet, spec, len(rows), progress))
    if not found:
        expected = ", ".join(f"“{s.name}”" for s in RECORD_SHEETS.values())
        raise ImportRefused(
            f"Tệp {name} không có trang tính nào để nhập: cần ít nhất một trong {expected} "
            "(hãy dùng mẫu nhập liệu của chương trình)."
        )
    return _Parsed(rows, ignored)


def _read_sheet(
    sheet: Any, spec: RecordSheet, before: int, progress: ProgressCallback | None
) -> Iterator[_Row]:
    expected = spec.headers
    width = len(expected)
    header_row: int | None = None
    for number, values in enumerate(sheet.iter_rows(values_only=True), start=1):
        if header_row is None:
            if number > HEADER_SEARCH_ROWS:
                break
            if values and _header_text(values[0]) == fold(ROW_NUMBER_HEADER):
                _check_header(spec, values, number)
                header_row = number
            continue
        cells = list(values[:width]) + [None] * (width - len(values[:width]))
        extra = [v for v in values[width:] if v not in (None, "")]
        if all(v is None or (isinstance(v, str) and not v.strip()) for v in cells) and not extra:
            continue
        if _header_text(cells[0]) == fold(SAMPLE_MARK):
            continue
        before += 1
        if before > MAX_ROWS:
            raise ImportRefused(
                f"Tệp có hơn {_n(MAX_ROWS)} dòng dữ liệu, quá giới hạn của một lần nhập. "
                "Hãy chia thành nhiều tệp nhỏ hơn (ví dụ mỗi tệp một năm)."
            )
        if progress is not None and before % 200 == 0:
            progress(before, 0)
        yield _parse_row(spec, number, cells[1:], bool(extra))
    if header_row is None:
        raise ImportRefused(
            f"Trang tính “{spec.name}” không có dòng tiêu đề: trong {HEADER_SEARCH_ROWS} dòng "
            f"đầu không có dòng nào bắt đầu bằng ô “{ROW_NUMBER_HEADER}”. Hãy dùng mẫu nhập "
            "liệu của chương trình."
        )


def _check_header(spec: RecordSheet, values: tuple[Any, ...], row: int) -> None:
    expected = spec.headers
    for i, header in enumerate(expected):
        actual = values[i] if i < len(values) else None
        if _header_text(actual) != fold(header):
            shown = "trống" if actual in (None, "") else f"“{str(actual)[:80]}”"
            raise ImportRefused(
                f"Trang tính “{spec.name}”, dòng {row}, cột {get_column_letter(i + 1)}: tiêu đề "
                f"là {shown}, cần “{header}”. Tiêu đề phải đúng như mẫu nhập liệu."
            )
    for i in range(len(expected), len(values)):
        if values[i] not in (None, ""):
            raise ImportRefused(
                f"Trang tính “{spec.name}”, dòng {row}, cột {get_column_letter(i + 1)}: cột "
                f"“{str(values[i])[:80]}” không có trong mẫu nhập liệu."
            )


def _parse_row(spec: RecordSheet, number: int, cells: list[Any], extra: bool) -> _Row:
    values: dict[str, Any] = {}
    problems: list[tuple[str, str]] = []
    if extra:
        problems.append(("", "Có dữ liệu ở cột ngoài mẫu nhập liệu."))
    for i, (column, raw) in enumerate(zip(spec.columns, cells, strict=True), start=2):
        where = f"{get_column_letter(i)} ({column.header})"
        try:
            values[column.field] = _convert(column, raw)
        except ValueError as exc:
            problems.append((where, str(exc)))
    return _Row(spec, number, values, problems)


def _text_of(column: SheetColumn, raw: Any) -> str | None:
    if raw is None:
        return None
    if isinstance(raw, bool):
        raise ValueError(f"“{column.header}” phải là chữ, không phải giá trị đúng/sai.")
    if isinstance(raw, float) and raw.is_integer():
        raw = int(raw)
    if isinstance(raw, datetime):
        raw = f"{raw:%d/%m/%Y}"
    text = str(raw)
    if len(text) > CELL_CHAR_LIMIT:
        raise ValueError(
            f"Ô dài {_n(len(text))} ký tự, vượt quá giới hạn {_n(CELL_CHAR_LIMIT)} ký tự của một ô."
        )
    if "\x00" in text:
        raise ValueError(f"“{column.header}” chứa ký tự không hợp lệ (ký tự NUL).")
    return clean(text)


def _convert(column: SheetColumn, raw: Any) -> Any:
    kind = column.kind
    if isinstance(raw, str) and not raw.strip():
        raw = None
    if kind == DATE:
        return _date_of(column, raw)
    if kind == INT:
        return _int_of(column, raw)
    if kind == BOOL:
        return _bool_of(column, raw)
    text = _text_of(column, raw)
    if text is None:
        if column.required and kind != CHOICE:
            raise ValueError(f"Chưa nhập “{column.header}”.")
        if column.required:
            raise ValueError(f"Chưa chọn “{column.header}”.")
        return [] if kind in (ORGS, TOPICS) else None
    if kind == CHOICE:
        return _choice_of(column, text)
    if kind in (ORGS, TOPICS):
        limit = TOPIC_NAME_LIMIT if kind == TOPICS else ORG_NAME_LIMIT
        names: list[str] = []
        for part in re.split(r"[;\n]", text):
            name = clean(part)
            if name and name.casefold() not in {n.casefold() for n in names}:
                _limit(column, name, limit)
                names.append(name)
        return names
    _limit(column, text, ORG_NAME_LIMIT if kind == ORG else column.limit)
    return text


def _limit(column: SheetColumn, text: str, limit: int) -> None:
    if len(text) > limit:
        raise ValueError(
            f"“{column.header}” dài {_n(len(text))} ký tự, vượt quá giới hạn {_n(limit)} ký tự."
        )


def _date_of(column: SheetColumn, raw: Any) -> date | None:
    if raw is None:
        if column.required:
            raise ValueError(f"Chưa nhập “{column.header}”.")
        return None
    if isinstance(raw, datetime):
        day = raw.date()
    elif isinstance(raw, date):
        day = raw
    elif isinstance(raw, str):
        text = raw.strip()
        for pattern in ("%d/%m/%Y", "%d-%m-%Y", "%d.%m.%Y", "%Y-%m-%d"):
            try:
                day = datetime.strptime(text, pattern).date()
                break
            except ValueError:
                continue
        else:
            raise ValueError(
                f"“{column.header}” không phải là ngày: “{text[:40]}” (cần dạng ngày/tháng/năm, "
                "ví dụ 21/12/2020)."
            ) from None
    else:
        raise ValueError(
            f"“{column.header}” không phải là ngày: {str(raw)[:40]} (cần dạng ngày/tháng/năm, "
            "ví dụ 21/12/2020)."
        )
    if not 1945 <= day.year <= 2100:
        raise ValueError(f"“{column.header}” ngoài khoảng năm 1945–2100: {day:%d/%m/%Y}.")
    return day


def _int_of(column: SheetColumn, raw: Any) -> int | None:
    if raw is None:
        return None
    if isinstance(raw, bool | datetime | date):
        raise ValueError(f"“{column.header}” không phải là số.")
    if isinstance(raw, float):
        if not raw.is_integer():
            raise ValueError(f"“{column.header}” phải là số nguyên, không phải {raw}.")
        raw = int(raw)
    if isinstance(raw, str):
        text = raw.strip()
        if not _INTEGER.match(text):
            raise ValueError(f"“{column.header}” không phải là số: “{text[:40]}”.")
        raw = int(re.sub(r"[.,\s]", "", text))
    if not isinstance(raw, int):
        raise ValueError(f"“{column.header}” không phải là số.")
    if raw < 0:
        raise ValueError(f"“{column.header}” không được là số âm ({raw}).")
    if raw > MAX_COUNT:
        raise ValueError(f"“{column.header}” quá lớn ({raw}).")
    return raw


def _bool_of(column: SheetColumn, raw: Any) -> bool:
    if raw is None:
        return False
    if isinstance(raw, bool):
        return raw
    if isinstance(raw, int | float) and raw in (0, 1):
        return bool(raw)
    word = fold(str(raw))
    if word in _YES_WORDS:
        return True
    if word in _NO_WORDS:
        return False
    raise ValueError(
        f"“{column.header}” chỉ nhận “Có” hoặc để trống (nhận được “{str(raw)[:40]}”)."
    )


def _choice_of(column: SheetColumn, text: str) -> str:
    key = fold(text)
    for code, label in column.choices.items():
        if key in (fold(label), code):
            return code
    if column.field == "direction" and key in _DIRECTION_ALIASES:
        return _DIRECTION_ALIASES[key]
    allowed = "; ".join(column.choices.values())
    raise ValueError(
        f"“{column.header}” không có trong danh sách: “{text[:60]}”. Chọn một trong: {allowed}."
    )


# --- applying rows --------------------------------------------------------------------------


class _Catalogues:
    """Organisations and topics by name (case- and accent-exact, case-insensitive)."""

    def __init__(self, session: Session) -> None:
        self.organizations: dict[str, int] = {}
        for org_id, name in session.execute(
            select(Organization.id, Organization.name).where(Organization.deleted_at.is_(None))
        ):
            self.organizations.setdefault(name.casefold(), org_id)
        shorts: dict[str, list[int]] = {}
        for org_id, _name, short in session.execute(
            select(Organization.id, Organization.name, Organization.short_name).where(
                Organization.deleted_at.is_(None), Organization.short_name.is_not(None)
            )
        ):
            shorts.setdefault(short.casefold(), []).append(org_id)
        for short, ids in shorts.items():
            if len(ids) == 1:
                self.organizations.setdefault(short, ids[0])
        self.topics = {
            name.casefold(): topic_id
            for topic_id, name in session.execute(select(Topic.id, Topic.name))
        }


def _missing(parsed: _Parsed, catalogues: _Catalogues) -> tuple[dict[str, str], list[str]]:
    """Organisation names not yet known (with the kind to create them as), topic names."""
    organizations: dict[str, tuple[str, str]] = {}  # folded name -> (name, kind)
    topics: dict[str, str] = {}
    for row in parsed.rows:
        if row.problems:
            continue
        for column in row.sheet.columns:
            value = row.values.get(column.field)
            if not value:
                continue
            if column.kind in (ORG, ORGS):
                for name in [value] if column.kind == ORG else value:
                    key = name.casefold()
                    if key in catalogues.organizations:
                        continue
                    # A name seen only as a press item's outlet is a press agency.
                    known = organizations.get(key)
                    outlet = column.field == "outlet_id" and (known is None or known[1] == "press")
                    organizations[key] = (
                        known[0] if known else name,
                        "press" if outlet else "other",
                    )
            elif column.kind == TOPICS:
                for name in value:
                    if name.casefold() not in catalogues.topics:
                        topics.setdefault(name.casefold(), name)
    return dict(organizations.values()), list(topics.values())


def _existing_key(session: Session, sheet: str, data: Any, unit_id: int) -> bool:
    if sheet == "documents":
        stmt = select(Document.id).where(
            Document.unit_id == unit_id,
            Document.deleted_at.is_(None),
            Document.issued_date.between(
                date(data.issued_date.year, 1, 1), date(data.issued_date.year, 12, 31)
            ),
        )
        if data.number_symbol:
            stmt = stmt.where(func.upper(Document.number_symbol) == data.number_symbol.upper())
        else:
            stmt = stmt.where(
                Document.number_symbol.is_(None),
                Document.issued_date == data.issued_date,
                Document.subject == data.subject,
            )
    elif sheet == "activities":
        stmt = select(Activity.id).where(
            Activity.unit_id == unit_id,
            Activity.deleted_at.is_(None),
            Activity.kind == data.kind,
            Activity.title == data.title,
            Activity.start_date == data.start_date,
        )
    else:
        stmt = select(PressItem.id).where(
            PressItem.unit_id == unit_id,
            PressItem.deleted_at.is_(None),
            PressItem.published_date == data.published_date,
            PressItem.title == data.title,
            PressItem.outlet_id.is_(None)
            if data.outlet_id is None
            else PressItem.outlet_id == data.outlet_id,
        )
    return session.scalar(stmt.limit(1)) is not None


def _plan_id(session: Session, number: str, day: date | None) -> int | None:
    stmt = select(Document.id).where(
        Document.kind == "plan",
        Document.deleted_at.is_(None),
        func.upper(Document.number_symbol) == number.upper(),
    )
    if day is not None:
        earlier = session.scalar(
            stmt.where(Document.issued_date <= day).order_by(Document.issued_date.desc()).limit(1)
        )
        if earlier is not None:
            return earlier
    return session.scalar(stmt.order_by(Document.issued_date.desc()).limit(1))


def _apply(
    session: Session, parsed: _Parsed, progress: ProgressCallback | None
) -> tuple[ImportPreview, dict[str, int], int, int]:
    """Create missing catalogue entries, then save every convertible new row (in a savepoint)."""
    unit = require_own_unit(session)
    catalogues = _Catalogues(session)
    new_orgs, new_topics = _missing(parsed, catalogues)
    for name, kind in new_orgs.items():
        try:
            org_id = save(session, OrganizationData(name=name, kind=kind))
        except ValidationErrors as exc:
            raise ImportRefused(f"Không tạo được cơ quan, tổ chức “{name[:80]}”: {exc}") from exc
        catalogues.organizations[name.casefold()] = org_id
    for name in new_topics:
        try:
            topic_id = save(session, TopicData(name=name))
        except ValidationErrors as exc:
            raise ImportRefused(f"Không tạo được chủ đề “{name[:80]}”: {exc}") from exc
        catalogues.topics[name.casefold()] = topic_id

    outcomes: list[RowOutcome] = []
    created: dict[str, int] = {}
    # Plans first, so that the documents and activities carrying them out find them.
    ordered = sorted(
        parsed.rows,
        key=lambda r: (
            list(RECORD_SHEETS).index(r.sheet.key),
            r.values.get("kind") != "plan",
            r.number,
        ),
    )
    total = len(ordered)
    for done, row in enumerate(ordered, start=1):
        outcomes.append(_apply_row(session, row, catalogues, unit.id, created))
        if progress is not None and (done % 100 == 0 or done == total):
            progress(done, total)
    outcomes.sort(key=lambda o: (list(SHEET_BY_NAME).index(o.sheet), o.row))
    preview = ImportPreview(
        outcomes, sorted(new_orgs), sorted(new_topics), list(parsed.ignored_sheets)
    )
    return preview, created, len(new_orgs), len(new_topics)


def _apply_row(
    session: Session,
    row: _Row,
    catalogues: _Catalogues,
    unit_id: int,
    created: dict[str, int],
) -> RowOutcome:
    spec = row.sheet
    outcome = RowOutcome(spec.name, row.number, INVALID, problems=list(row.problems))
    if row.problems:
        return outcome
    values: dict[str, Any] = {}
    for column in spec.columns:
        value = row.values.get(column.field)
        if column.kind == ORG:
            value = catalogues.organizations[value.casefold()] if value else None
        elif column.kind == ORGS:
            value = [catalogues.organizations[n.casefold()] for n in value]
        elif column.kind == TOPICS:
            value = [catalogues.topics[n.casefold()] for n in value]
        elif column.kind == PLAN and value:
            day = row.values.get("issued_date") or row.values.get("start_date")
            number = value
            value = _plan_id(session, number, day)
            if value is None:
                outcome.warnings.append(
                    f"Chưa có kế hoạch số {number}: bản ghi được nhập, chưa gắn với kế hoạch."
                )
        values[column.field] = value
    data = spec.data_type(**values)
    outcome.label = str(values.get("number_symbol") or values.get("title") or "")[:100]
    if _existing_key(session, spec.key, data, unit_id):
        outcome.status = EXISTING
        outcome.problems = []
        return outcome
    try:
        with session.begin_nested():
            save(session, data)
    except ValidationErrors as exc:
        positions = {c.field: i for i, c in enumerate(spec.columns, start=2)}
        for error in exc.errors:
            where = ""
            if error.field in positions:
                column = spec.columns[positions[error.field] - 2]
                where = f"{get_column_letter(positions[error.field])} ({column.header})"
            outcome.problems.append((where, str(error)))
        return outcome
    except ValidationError as exc:
        outcome.problems.append(("", str(exc)))
        return outcome
    outcome.status = VALID
    created[spec.name] = created.get(spec.name, 0) + 1
    return outcome


# --- the two steps --------------------------------------------------------------------------


def preview_import(
    session: Session, path: Path, progress: ProgressCallback | None = None
) -> ImportPreview:
    """What importing the workbook would do, row by row; the database is left as it was.

    Raises:
        ImportRefused: the file cannot be imported at all (not a workbook, damaged, wrong
            header, too many rows).
    """
    parsed = _read(Path(path), progress)
    savepoint = session.begin_nested()
    try:
        preview, _created, _orgs, _topics = _apply(session, parsed, progress)
    finally:
        savepoint.rollback()
    return preview


def import_workbook(
    session: Session,
    path: Path,
    *,
    accept: bool = False,
    progress: ProgressCallback | None = None,
) -> ImportResult:
    """Import every valid new row of the workbook, or nothing.

    Args:
        accept: the officer confirmed the preview: rows with problems are left out and the
            organisations and topics the file names but the catalogues lack are created.
            Without it, any such row or entry refuses the whole import.

    Raises:
        ImportRefused: nothing was imported; the message says why.
    """
    parsed = _read(Path(path), progress)
    savepoint = session.begin_nested()
    try:
        preview, created, orgs, topics = _apply(session, parsed, progress)
        if not accept:
            reasons = []
            if preview.invalid:
                first = list(preview.problem_lines())[:5]
                reasons.append(f"{_n(len(preview.invalid))} dòng có lỗi (" + "; ".join(first) + ")")
            if preview.new_organizations or preview.new_topics:
                reasons.append(
                    f"cần thêm {len(preview.new_organizations)} cơ quan, tổ chức và "
                    f"{len(preview.new_topics)} chủ đề mới vào danh mục"
                )
            if reasons:
                raise ImportRefused(
                    "Chưa nhập gì: " + "; ".join(reasons) + ". Hãy xem trước rồi xác nhận."
                )
    except BaseException:
        savepoint.rollback()
        raise
    savepoint.commit()
    return ImportResult(preview, created, orgs, topics)
