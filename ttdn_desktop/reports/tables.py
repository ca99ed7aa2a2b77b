"""Tables of the reports: the statistics annex (phụ lục số liệu)."""

from __future__ import annotations

from ttdn_desktop.core import labels
from ttdn_desktop.reports import vn
from ttdn_desktop.reports.content import Table, TableColumn
from ttdn_desktop.reports.facts import PeriodFacts

# Widths add up to the text width of a portrait A4 page (nd30.TEXT_WIDTH_MM).
ANNEX_COLUMNS = [
    TableColumn("STT", 11, "center"),
    TableColumn("Nội dung", 62),
    TableColumn("Đơn vị tính", 18, "center"),
    TableColumn("Kế hoạch", 15, "center", is_number=True),
    TableColumn("Thực hiện", 15, "center", is_number=True),
    TableColumn("Tỷ lệ (%)", 13, "center", is_number=True),
    TableColumn("Ghi chú", 31),
]

# The rows of part I, in report order: what each kind of work is counted as.
ANNEX_KINDS = [
    "guidance_document",
    "press_info_conference",
    "press_briefing",
    "press_conference",
    "press_item_handled",
    "exhibition",
    "media_product",
    "central_media_promotion",
    "training",
    "international_delegation",
    "oversight",
    "other",
]

ROMAN = ["I", "II", "III", "IV", "V"]


def statistics_annex(facts: PeriodFacts) -> list[Table]:
    """STT | Nội dung | Đơn vị tính | Kế hoạch | Thực hiện | Tỷ lệ (%) | Ghi chú.

    Part I counts each kind of work against the plan targets of that kind (the largest, since a
    detailed plan repeats a target of the year's plan rather than adding to it); part II
    lists every plan target with its progress. A rate is shown only where a plan gives a number.
    """
    planned: dict[str, int] = {}
    for t in facts.targets:
        if t.counts_kind and t.quantity is not None:
            planned[t.counts_kind] = max(planned.get(t.counts_kind, 0), t.quantity)
    rows: list[list[str | int | float | None]] = [
        [ROMAN[0], "Kết quả theo lĩnh vực công tác", None, None, None, None, None]
    ]
    bold = {0}
    number = 0
    for kind in ANNEX_KINDS:
        done = facts.done_for(kind)
        plan = planned.get(kind)
        if not done and plan is None:
            continue
        number += 1
        rows.append(
            [
                number,
                labels.TARGET_COUNT_KINDS[kind],
                labels.COUNT_UNITS[kind],
                plan,
                done,
                vn.percent(done, plan) if plan else None,
                _note(facts, kind),
            ]
        )
    if facts.targets:
        bold.add(len(rows))
        rows.append([ROMAN[1], "Thực hiện chỉ tiêu của các kế hoạch", None, None, None, None, None])
        plan = None
        for number, t in enumerate(facts.targets, start=1):
            if t.plan_title != plan:
                plan = t.plan_title
                bold.add(len(rows))
                rows.append([None, plan, None, None, None, None, None])
            rate = vn.percent(t.done, t.quantity) if t.quantity and t.done is not None else None
            unit = vn.upper_first(t.unit_label or "")
            rows.append([number, t.description, unit, t.quantity, t.done, rate, None])
    return [
        Table(
            title=f"Số liệu công tác thông tin đối ngoại {facts.period.title}",
            columns=ANNEX_COLUMNS,
            rows=rows,
            bold_rows=bold,
            note=f"Số liệu tính {facts.period.range_text}.",
        )
    ]


# Eight figures and the unit's name across the text width, like ANNEX_COLUMNS.
BREAKDOWN_NAME_MM = 43
BREAKDOWN_FIGURE_MM = 14


def unit_breakdown(facts: PeriodFacts) -> Table:
    """Rows = the units (own unit first), columns = the key figures, and the total."""
    keys = list(labels.UNIT_BREAKDOWN_LABELS)
    columns = [
        TableColumn("STT", 10, "center"),
        TableColumn("Đơn vị", BREAKDOWN_NAME_MM),
        *(
            TableColumn(title, BREAKDOWN_FIGURE_MM, "center", is_number=True)
            for title in labels.UNIT_BREAKDOWN_LABELS.values()
        ),
    ]
    rows: list[list[str | int | float | None]] = []
    for number, unit in enumerate(facts.breakdown, start=1):
        rows.append([number, unit.name, *(unit.stats.get(k, 0) for k in keys)])
    rows.append(
        [None, "Tổng cộng", *(sum(u.stats.get(k, 0) for u in facts.breakdown) for k in keys)]
    )
    title = f"Số liệu theo đơn vị {facts.period.title}"
    return Table(
        title=title,
        heading=title,
        columns=columns,
        rows=rows,
        bold_rows={len(rows) - 1},
        note=f"Số liệu tính {facts.period.range_text}; đơn vị cấp dưới theo gói dữ liệu đã nhận.",
        font_pt=10,
    )


def _note(facts: PeriodFacts, kind: str) -> str | None:
    s = facts.stats
    if kind == "exhibition" and s["exhibition_visitors"]:
        return f"{vn.thousands(s['exhibition_visitors'])} lượt khách tham quan"
    if kind == "training" and s["training_participants"]:
        return f"{vn.thousands(s['training_participants'])} lượt đại biểu"
    if kind == "press_item_handled" and facts.press.replied and facts.press.handled:
        share = vn.percent(facts.press.replied, facts.press.handled)
        return f"Đã phản hồi {vn.count(facts.press.replied)} nội dung ({share}%)"
    return None
