"""Checks of what the officer types, each failing with a Vietnamese message tied to its field."""

from __future__ import annotations

import re
from datetime import date

from ttdn_desktop.core.errors import ValidationError
from ttdn_desktop.core.text import clean

# A long text (a summary, a result) may be long, but not unbounded.
LONG_TEXT_LIMIT = 20_000
NUMBER_SYMBOL_EXAMPLES = "213/KH-STTTT, 34/2017/QĐ-UBND, 456/STTTT-TTBCXB, 412-TB/TU"
_NUMBER_SYMBOL = re.compile(r"^(\d{1,6}[a-z]?)(?:(/\d{4})?/|-)(.+)$")


class Checker:
    """Collects every problem of one form, then raises them together."""

    def __init__(self) -> None:
        self.errors: list[ValidationError] = []

    def fail(self, field: str, message: str) -> None:
        self.errors.append(ValidationError(message, field=field))

    def text(
        self,
        field: str,
        label: str,
        value: str | None,
        *,
        required: bool = False,
        limit: int = LONG_TEXT_LIMIT,
    ) -> str | None:
        """NFC, trimmed text; refuses NUL characters, over-long text, and a missing value."""
        if value is not None and "\x00" in value:
            self.fail(field, f"“{label}” chứa ký tự không hợp lệ (ký tự NUL); hãy gõ lại.")
            return None
        cleaned = clean(value)
        if cleaned is None:
            if required:
                self.fail(field, f"Chưa nhập “{label}”.")
            return None
        if len(cleaned) > limit:
            self.fail(
                field,
                f"“{label}” dài {len(cleaned):,} ký tự, vượt quá giới hạn {limit:,} ký tự.".replace(
                    ",", "."
                ),
            )
        return cleaned

    def required_date(self, field: str, label: str, value: date | None) -> None:
        if value is None:
            self.fail(field, f"Chưa nhập “{label}”.")

    def order(self, field: str, first: date | None, second: date | None, message: str) -> None:
        if first is not None and second is not None and second < first:
            self.fail(field, message)

    def count(self, field: str, label: str, value: int | None, limit: int = 10**12) -> None:
        if value is None:
            return
        if value < 0:
            self.fail(field, f"“{label}” không được là số âm.")
        elif value > limit:
            self.fail(field, f"“{label}” quá lớn ({value}).")

    def choice(
        self,
        field: str,
        label: str,
        value: str | None,
        allowed: dict[str, str],
        required: bool = True,
    ) -> None:
        if value is None:
            if required:
                self.fail(field, f"Chưa chọn “{label}”.")
        elif value not in allowed:
            self.fail(field, f"“{label}” không hợp lệ: {value}.")

    def raise_if_any(self) -> None:
        from ttdn_desktop.core.errors import ValidationErrors

        if self.errors:
            raise ValidationErrors(self.errors)


def number_symbol_problem(value: str) -> str | None:
    """Why a document's number and symbol is malformed, or None when it is well formed.

    State documents: "213/KH-STTTT", "34/2017/QĐ-UBND", "456/STTTT-TTBCXB" (a công văn);
    Party documents: "412-TB/TU". After the number: upper-case abbreviations joined by - or /.
    """
    if any(ch.isspace() for ch in value):
        return f"Số, ký hiệu “{value}” không được có dấu cách. Ví dụ: {NUMBER_SYMBOL_EXAMPLES}."
    match = _NUMBER_SYMBOL.match(value)
    if match is None:
        return (
            f"Số, ký hiệu “{value}” không đúng dạng: phải bắt đầu bằng số văn bản, rồi dấu "
            f"“/” và ký hiệu. Ví dụ: {NUMBER_SYMBOL_EXAMPLES}."
        )
    segments = re.split(r"[-/]", match.group(3))
    for segment in segments:
        if not segment or not segment.replace("&", "").isalnum():
            return f"Số, ký hiệu “{value}” có phần ký hiệu trống hoặc ký tự lạ."
        if segment != segment.upper() or not any(ch.isalpha() for ch in segment):
            return (
                f"Ký hiệu “{segment}” trong “{value}” phải viết bằng chữ in hoa "
                f"(ví dụ: {NUMBER_SYMBOL_EXAMPLES})."
            )
    return None
