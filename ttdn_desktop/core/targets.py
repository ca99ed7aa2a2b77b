"""Plan targets: which ones a period answers for, and how a plan is named beside them."""

from __future__ import annotations

from datetime import date
from typing import Any

from ttdn_desktop.core import labels
from ttdn_desktop.core.models import Document, PlanTarget
from ttdn_desktop.core.periods import Period
from ttdn_desktop.core.text import fold


def plan_title(plan: Document) -> str:
    """'Kế hoạch số 213/KH-STTTT ngày 28/02/2020'."""
    return plan_title_of(plan.kind, plan.number_symbol, plan.issued_date)


def plan_title_of(kind: str, number_symbol: str | None, issued_date: date) -> str:
    """plan_title from the three columns it needs, for readers of plain rows (reports.facts)."""
    number = f" số {number_symbol}" if number_symbol else ""
    label = labels.DOCUMENT_KINDS.get(kind, "Văn bản")
    return f"{label}{number} ngày {issued_date:%d/%m/%Y}"


def targets_in_period(period: Period) -> Any:
    """A condition on PlanTarget joined to its plan: the targets due in the period, and those of
    the plans issued for its year (a plan for year N is issued from September of N-1 onward)."""
    plan_window_start = date(period.end.year - 1, 9, 1)
    return PlanTarget.deadline.between(period.start, period.end) | Document.issued_date.between(
        plan_window_start, period.end
    )


# Words of a target's description that name what it counts, most specific first (folded text).
_COUNTS_KIND_WORDS: tuple[tuple[str, tuple[str, ...]], ...] = (
    ("press_info_conference", ("cung cap thong tin cho bao chi",)),
    ("press_briefing", ("giao ban",)),
    ("press_conference", ("hop bao",)),
    ("press_item_handled", ("xu ly thong tin bao chi", "xu ly tin", "thong tin sai lech")),
    ("guidance_document", ("huong dan tuyen truyen", "van ban cung cap thong tin", "dinh huong")),
    ("training", ("tap huan", "boi duong")),
    ("exhibition", ("trien lam", "trung bay")),
    ("central_media_promotion", ("bao chi trung uong",)),
    ("media_product", ("san pham truyen thong", "an pham", "phong su", "video", "sach anh")),
    ("international_delegation", ("doan khach", "doan quoc te")),
    ("oversight", ("kiem tra", "don doc")),
)


def guess_counts_kind(description: str | None) -> str | None:
    """What a target most likely counts, read from its wording ("Tổ chức 02 cuộc họp báo" →
    press_conference), or None. Only a proposal: the officer sees it in "Tính theo" and may
    change it; a target that counts nothing shows no progress at all, which new users miss."""
    text = fold(description)
    for kind, words in _COUNTS_KIND_WORDS:
        if any(word in text for word in words):
            return kind
    return None
