"""Text at the boundaries: NFC normalisation and accent-insensitive search keys."""

from __future__ import annotations

import unicodedata

# Đ/đ is a letter of its own, not a D with a combining mark, so NFD does not split it.
_EXTRA_FOLDS = str.maketrans({"đ": "d", "Đ": "d"})


def clean(text: str | None) -> str | None:
    """Return text in NFC with surrounding whitespace removed; empty text becomes None."""
    if text is None:
        return None
    text = unicodedata.normalize("NFC", text).strip()
    return text or None


def fold(text: str | None) -> str:
    """Return the accent-insensitive search key of a text.

    "Hội nghị báo chí Pác Nặm, Đông" becomes "hoi nghi bao chi pac nam, dong". Whitespace runs
    collapse to one space so that a search typed with different spacing still matches.
    """
    if not text:
        return ""
    decomposed = unicodedata.normalize("NFD", text.translate(_EXTRA_FOLDS))
    stripped = "".join(ch for ch in decomposed if not unicodedata.combining(ch))
    return " ".join(stripped.casefold().split())
