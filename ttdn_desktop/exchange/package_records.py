"""The records of a data package: which fields each kind carries, and how each is checked.

A package's records are JSON written by someone else: every field is checked for its type,
length, code or date, every reference must name a record of the same package, and numbers
must be whole and not negative, before any of it reaches the database. The model's own
CHECK constraints still apply when the records are written (exchange.package_import).
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from datetime import date
from typing import Any

from ttdn_desktop.core import labels

RECORD_KINDS = (
    "organizations",
    "topics",
    "documents",
    "activities",
    "press_items",
    "assessments",
)
RECORD_MEMBERS = {kind: f"records/{kind}.json" for kind in RECORD_KINDS}
MAX_RECORDS = 200_000  # records of one kind
MAX_COUNT = 10**12
MAX_TEXT = 1_000_000  # characters of one text field

KIND_LABELS: dict[str, str] = {
    "documents": "Văn bản",
    "activities": "Hoạt động",
    "press_items": "Tin bài báo chí",
    "assessments": "Đánh giá",
    "organizations": "Cơ quan, tổ chức",
    "topics": "Chủ đề",
    "attachments": "Tệp đính kèm",
}

SHA256 = re.compile(r"^[0-9a-f]{64}$")


class RecordProblem(ValueError):
    """A record of the package is malformed; the message says which and why, in Vietnamese."""


def thousands(number: int) -> str:
    return f"{number:,}".replace(",", ".")


# --- fields of each record kind ---------------------------------------------------------------

# Field kinds: text (with a length limit, 0 = none), date, int (non-negative), bool, a code of a
# label dict, a reference to a record of the package ("org", "topic", "doc"), a list of them.
TEXT, REQ_TEXT, DATE, OPT_DATE, INT, BOOL = "text", "req_text", "date", "opt_date", "int", "bool"


@dataclass(frozen=True)
class F:
    name: str
    kind: str
    limit: int = 0
    codes: dict[str, str] | None = None
    optional: bool = True


def _code(name: str, codes: dict[str, str], optional: bool = False) -> F:
    return F(name, "code", codes=codes, optional=optional)


ORG_FIELDS = (
    F("name", REQ_TEXT, 500),
    F("short_name", TEXT, 200),
    _code("kind", labels.ORGANIZATION_KINDS),
    _code("press_scope", labels.PRESS_SCOPES, optional=True),
    F("address", TEXT, 500),
)
TOPIC_FIELDS = (F("name", REQ_TEXT, 300), F("description", TEXT))
TARGET_FIELDS = (
    F("position", INT),
    F("description", REQ_TEXT),
    F("quantity", INT),
    F("unit_label", TEXT, 100),
    F("deadline", OPT_DATE),
    F("responsible", "org"),
    _code("counts_kind", labels.TARGET_COUNT_KINDS, optional=True),
    F("notes", TEXT),
)
ATTACHMENT_FIELDS = (
    F("file_name", REQ_TEXT, 500),
    F("sha256", "sha"),
    F("size_bytes", INT),
    F("media_type", TEXT, 200),
    F("caption", TEXT),
)
DOCUMENT_FIELDS = (
    _code("kind", labels.DOCUMENT_KINDS),
    _code("direction", labels.DOCUMENT_DIRECTIONS),
    F("number_symbol", TEXT, 100),
    F("issued_date", DATE),
    F("issuer", "org"),
    F("subject", REQ_TEXT),
    F("plan", "doc"),
    F("is_press_guidance", BOOL),
    F("basis", TEXT),
    F("notes", TEXT),
    F("topics", "topics"),
    F("recipients", "orgs"),
    F("targets", "targets"),
    F("attachments", "attachments"),
)
ACTIVITY_FIELDS = (
    _code("kind", labels.ACTIVITY_KINDS),
    F("title", REQ_TEXT),
    F("start_date", DATE),
    F("end_date", OPT_DATE),
    F("place", TEXT, 500),
    F("host", "org"),
    F("plan", "doc"),
    *(F(name, INT) for name in labels.ACTIVITY_COUNT_FIELDS),
    F("audience", TEXT),
    F("themes", TEXT),
    F("channel", TEXT, 500),
    F("questions", TEXT),
    F("result", TEXT),
    F("notes", TEXT),
    F("co_organizers", "orgs"),
    F("topics", "topics"),
    F("attachments", "attachments"),
)
PRESS_FIELDS = (
    F("outlet", "org"),
    _code("scope", labels.PRESS_SCOPES, optional=True),
    F("published_date", DATE),
    F("title", REQ_TEXT),
    F("link", TEXT, 2000),
    F("summary", TEXT),
    F("field", TEXT, 200),
    _code("assessment", labels.PRESS_ASSESSMENTS, optional=True),
    F("proposed_handling", TEXT),
    F("assigned", "org"),
    F("transfer_ref", TEXT, 100),
    F("transfer_date", OPT_DATE),
    F("deadline", OPT_DATE),
    _code("status", labels.PRESS_STATUSES),
    F("result", TEXT),
    F("handled_date", OPT_DATE),
    F("outlet_replied", BOOL),
    F("reply_date", OPT_DATE),
    F("notes", TEXT),
    F("topics", "topics"),
    F("attachments", "attachments"),
)
ASSESSMENT_FIELDS = (
    F("period_start", DATE),
    F("period_end", DATE),
    F("strengths", TEXT),
    F("shortcomings", TEXT),
    F("directions", TEXT),
    F("recommendations", TEXT),
)
FIELDS: dict[str, tuple[F, ...]] = {
    "organizations": ORG_FIELDS,
    "topics": TOPIC_FIELDS,
    "documents": DOCUMENT_FIELDS,
    "activities": ACTIVITY_FIELDS,
    "press_items": PRESS_FIELDS,
    "assessments": ASSESSMENT_FIELDS,
}
# Columns named differently in the model than in the package (references end in _id there).
REF_COLUMNS = {
    "issuer": "issuer_id",
    "plan": "plan_id",
    "host": "host_id",
    "outlet": "outlet_id",
    "assigned": "assigned_id",
    "responsible": "responsible_id",
}


def clean_text(value: Any) -> str | None:
    if value is None:
        return None
    text = " ".join(unicodedata.normalize("NFC", str(value)).split(" ")).strip()
    return text or None


class _Bad(ValueError):
    pass


def _field_value(f: F, raw: Any, refs: dict[str, set[int]]) -> Any:
    """Check and convert one field; raises _Bad with the Vietnamese reason."""
    kind = f.kind
    if kind in (TEXT, REQ_TEXT):
        if raw is None:
            if kind == REQ_TEXT:
                raise _Bad("trống")
            return None
        if not isinstance(raw, str):
            raise _Bad("không phải chữ")
        if "\x00" in raw:
            raise _Bad("chứa ký tự NUL")
        text = unicodedata.normalize("NFC", raw).strip()
        if kind == REQ_TEXT and not text:
            raise _Bad("trống")
        if f.limit and len(text) > f.limit:
            raise _Bad(f"dài {thousands(len(text))} ký tự, quá giới hạn {thousands(f.limit)}")
        if len(text) > MAX_TEXT:
            raise _Bad("dài quá 1.000.000 ký tự")
        return text or None
    if kind in (DATE, OPT_DATE):
        if raw is None:
            if kind == DATE:
                raise _Bad("thiếu ngày")
            return None
        try:
            day = date.fromisoformat(raw) if isinstance(raw, str) and len(raw) == 10 else None
        except ValueError:
            day = None
        if day is None or not 1945 <= day.year <= 2100:
            raise _Bad(f"không phải ngày hợp lệ ({str(raw)[:40]})")
        return day
    if kind == INT:
        if raw is None:
            return None
        if not isinstance(raw, int) or isinstance(raw, bool):
            raise _Bad("không phải số nguyên")
        if raw < 0:
            raise _Bad(f"là số âm ({raw})")
        if raw > MAX_COUNT:
            raise _Bad("quá lớn")
        return raw
    if kind == BOOL:
        if not isinstance(raw, bool):
            raise _Bad("không phải giá trị đúng/sai")
        return raw
    if kind == "code":
        assert f.codes is not None
        if raw is None and f.optional:
            return None
        if not isinstance(raw, str) or raw not in f.codes:
            raise _Bad(f"mã không hợp lệ ({str(raw)[:40]})")
        return raw
    if kind == "sha":
        if not isinstance(raw, str) or not SHA256.match(raw):
            raise _Bad("mã SHA-256 không hợp lệ")
        return raw
    if kind in ("org", "doc"):
        if raw is None:
            return None
        table = refs["organizations" if kind == "org" else "documents"]
        if not isinstance(raw, int) or isinstance(raw, bool) or raw not in table:
            raise _Bad(f"tham chiếu tới bản ghi không có trong gói ({str(raw)[:20]})")
        return raw
    if kind in ("orgs", "topics"):
        table = refs["organizations" if kind == "orgs" else "topics"]
        if not isinstance(raw, list):
            raise _Bad("không phải danh sách")
        if any(not isinstance(r, int) or isinstance(r, bool) or r not in table for r in raw):
            raise _Bad("tham chiếu tới bản ghi không có trong gói")
        return list(dict.fromkeys(raw))
    if kind in ("targets", "attachments"):
        if not isinstance(raw, list) or len(raw) > 10_000:
            raise _Bad("không phải danh sách")
        sub = TARGET_FIELDS if kind == "targets" else ATTACHMENT_FIELDS
        out = []
        for i, item in enumerate(raw, start=1):
            if not isinstance(item, dict):
                raise _Bad(f"mục {i} không đúng dạng")
            try:
                out.append({s.name: _field_value(s, item.get(s.name), refs) for s in sub})
            except _Bad as exc:
                raise _Bad(f"mục {i}, “{exc.args[0]}") from exc
        return out
    raise AssertionError(kind)


def check_records(records: dict[str, Any]) -> dict[str, list[dict[str, Any]]]:
    """Every record of every kind well formed, and every reference inside the package.

    Raises:
        RecordProblem: naming the kind, the record's position and the field.
    """
    for kind in RECORD_KINDS:
        rows = records[kind]
        if not isinstance(rows, list) or not all(isinstance(r, dict) for r in rows):
            raise RecordProblem(f"mục “{RECORD_MEMBERS[kind]}” không phải danh sách bản ghi")
        if len(rows) > MAX_RECORDS:
            raise RecordProblem(
                f"mục “{RECORD_MEMBERS[kind]}” có quá {thousands(MAX_RECORDS)} bản ghi"
            )
    refs: dict[str, set[int]] = {}
    for kind in ("organizations", "topics", "documents"):
        seen: set[int] = set()
        for number, row in enumerate(records[kind], start=1):
            ref = row.get("ref")
            if not isinstance(ref, int) or isinstance(ref, bool) or ref in seen:
                raise RecordProblem(
                    f"{KIND_LABELS[kind].lower()} thứ {number}: số tham chiếu thiếu hoặc trùng",
                )
            seen.add(ref)
        refs[kind] = seen
    checked: dict[str, list[dict[str, Any]]] = {}
    for kind in RECORD_KINDS:
        out = []
        for number, row in enumerate(records[kind], start=1):
            values: dict[str, Any] = {}
            if "ref" in row and kind in refs:
                values["ref"] = row["ref"]
            for f in FIELDS[kind]:
                try:
                    values[f.name] = _field_value(f, row.get(f.name), refs)
                except _Bad as exc:
                    raise RecordProblem(
                        f"{KIND_LABELS[kind].lower()} thứ {number} ({RECORD_MEMBERS[kind]}), "
                        f"trường “{f.name}” {exc.args[0]}",
                    ) from exc
            if kind == "documents":
                values["context"] = bool(row.get("context", False))
            out.append(values)
        checked[kind] = out
    return checked
