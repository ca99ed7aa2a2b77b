"""Text at the boundaries: NFC normalisation and accent-insensitive search keys."""

from __future__ import annotations

import unicodedata
from functools import lru_cache

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


def strip_marks(text: str) -> str:
    """The text without its diacritics, case kept: "SỞ VĂN HÓA" becomes "SO VAN HOA"."""
    decomposed = unicodedata.normalize("NFD", text.replace("đ", "d").replace("Đ", "D"))
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))


# Vietnamese alphabetical order: a ă â b c d đ e ê g h i k l m n o ô ơ p q r s t u ư v x y,
# then the tones: none, huyền, hỏi, ngã, sắc, nặng.
_LETTER_MARKS = {"\u0306": "1", "\u0302": "2", "\u031b": "3"}  # breve, circumflex, horn
_TONES = {"\u0300": "1", "\u0309": "2", "\u0303": "3", "\u0301": "4", "\u0323": "5"}


@lru_cache(maxsize=65_536)
def sort_key(text: str | None) -> str:
    """A key whose plain (binary) order is Vietnamese alphabetical order.

    Each letter gets a digit after its base letter (a0 ă1 â2, d0 đ1, o0 ô2 ơ3, u0 ư3),
    so "Đông" sorts after "Dương" and before "Em"; tones only break ties between otherwise equal
    words; case is ignored.
    """
    if not text:
        return ""
    letters: list[str] = []
    tones: list[str] = []
    for ch in unicodedata.normalize("NFD", text.casefold()):
        if ch == "đ":
            letters.append("d1")
            tones.append("0")
        elif ch in _LETTER_MARKS and letters:
            letters[-1] = letters[-1][:-1] + _LETTER_MARKS[ch]
        elif ch in _TONES:
            tones.append(_TONES[ch])
        elif not unicodedata.combining(ch):
            # A base letter sorts before any of its marked forms: "a" + "0" < "a" + "1".
            letters.append(ch + "0" if ch.isalpha() else ch)
            tones.append("0")
    return "".join(letters) + "\x01" + "".join(tones)
