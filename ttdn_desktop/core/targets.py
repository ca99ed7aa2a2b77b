"""Plan targets: which ones a period answers for, and how a plan is named beside them."""

from __future__ import annotations

from datetime import date
from typing import Any

from ttdn_desktop.core import labels
from ttdn_desktop.core.models import Document, PlanTarget
from ttdn_desktop.core.periods import Period


def plan_title(plan: Document) -> str:
    """'Kế hoạch số 213/KH-STTTT ngày 28/02/2020'."""
    number = f" số {plan.number_symbol}" if plan.number_symbol else ""
    kind = labels.DOCUMENT_KINDS.get(plan.kind, "Văn bản")
    return f"{kind}{number} ngày {plan.issued_date:%d/%m/%Y}"


def targets_in_period(period: Period) -> Any:
    """A condition on PlanTarget joined to its plan: the targets due in the period, and those of
    the plans issued for its year (a plan for year N is issued from September of N-1 onward)."""
    plan_window_start = date(period.end.year - 1, 9, 1)
    return PlanTarget.deadline.between(period.start, period.end) | Document.issued_date.between(
        plan_window_start, period.end
    )
