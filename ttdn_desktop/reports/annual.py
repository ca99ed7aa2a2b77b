"""The annual (and periodic) TTĐN report, shaped like the one Sở TTTT Bắc Kạn sent for 2020.

`build_report(session, period, options)` reads the facts and `compose(facts, options)` phrases
them: I. Kết quả thực hiện (eight sub-sections), II. Đánh giá, III. Phương hướng, nhiệm vụ,
IV. Kiến nghị, đề xuất; then Nơi nhận and the signature, and the statistics annex.
"""

from __future__ import annotations

import calendar
from collections import Counter
from dataclasses import dataclass, field
from datetime import date

from sqlalchemy.orm import Session

from ttdn_desktop.core import labels
from ttdn_desktop.core.periods import Period
from ttdn_desktop.core.scope import OWN_UNIT, UnitScope
from ttdn_desktop.core.units import ProfileData
from ttdn_desktop.reports import vn
from ttdn_desktop.reports.content import Header, Paragraph, ReportDocument, Signer, Style
from ttdn_desktop.reports.facts import (
    ActivityFacts,
    AssessmentText,
    DocumentRef,
    PeriodFacts,
    gather,
    kind_label,
)
from ttdn_desktop.reports.tables import statistics_annex, unit_breakdown

DOC_TYPE = "BÁO CÁO"
REPORT_SYMBOL = "BC"
# Nghị định 30: a number left blank is filled in by hand at the office of records.
BLANK_NUMBER = "     "


def printed_number(number: str | None) -> str:
    """The number as Nghị định 30 prints it: a number below 10 gets a leading zero ("01");
    none leaves the blank the văn thư fills in by hand."""
    if not number:
        return BLANK_NUMBER
    text = number.strip()
    return f"{int(text):02d}" if text.isdigit() and int(text) < 10 else text


@dataclass
class ReportOptions:
    number: str | None = None  # "651"; None leaves room to write it by hand
    issued_date: date | None = None  # None prints "ngày … tháng … năm …" to fill in
    addressees: list[str] | None = None  # None takes the unit profile's list
    distribution: list[str] | None = None
    compare_previous: bool = False
    with_annex: bool = True
    today: date | None = None
    # Whose records: the own unit (default), one sending unit, or all units with a breakdown.
    scope: UnitScope = OWN_UNIT
    # Filled by the builder: the figures of the same period of the previous year.
    previous_stats: dict[str, int] | None = field(default=None, repr=False)


def build_report(
    session: Session, period: Period, options: ReportOptions | None = None
) -> ReportDocument:
    """Build the TTĐN report of the own unit (or of options.scope) for a period from its records."""
    options = options or ReportOptions()
    facts = gather(session, period, options.today, options.scope)
    if options.compare_previous:
        previous = gather(session, period.previous_year(), options.today, options.scope)
        options.previous_stats = previous.stats
    return compose(facts, options)


def report_subject(period: Period) -> str:
    return f"Kết quả công tác thông tin đối ngoại {period.title}"


def compose(facts: PeriodFacts, options: ReportOptions) -> ReportDocument:
    """Phrase the facts as the report (pure: no database, no files)."""
    profile = facts.profile
    who = facts.unit_short_name
    body: list[Paragraph] = [
        Paragraph(
            f"Thực hiện chức năng, nhiệm vụ được giao, {who} báo cáo kết quả công tác thông tin "
            f"đối ngoại {facts.period.title} như sau:"
        ),
        Paragraph("I. KẾT QUẢ THỰC HIỆN", Style.HEADING1),
    ]
    sections = [
        ("Công tác tham mưu, ban hành văn bản chỉ đạo, kế hoạch", _documents_section),
        ("Cung cấp thông tin, hướng dẫn tuyên truyền", _guidance_section),
        (
            "Tổ chức hội nghị cung cấp thông tin cho báo chí, giao ban báo chí, họp báo",
            _press_events_section,
        ),
        ("Theo dõi, xử lý thông tin báo chí đăng, phát", _press_items_section),
        ("Tổ chức triển lãm, trưng bày, sự kiện", _exhibitions_section),
        ("Sản xuất sản phẩm truyền thông, quảng bá hình ảnh", _media_section),
        ("Tập huấn, bồi dưỡng nghiệp vụ", _trainings_section),
        (
            "Kiểm tra, đôn đốc, hướng dẫn thực hiện các quy định về thông tin đối ngoại",
            _oversight_section,
        ),
    ]
    for number, (title, section) in enumerate(sections, start=1):
        body.append(Paragraph(f"{number}. {title}", Style.HEADING2))
        paragraphs = section(facts)
        body.extend(
            paragraphs
            or [
                Paragraph(
                    f"Trong kỳ báo cáo, {who} chưa có hoạt động nào được ghi nhận ở nội dung này."
                )
            ]
        )
    if options.previous_stats is not None:
        body.extend(_comparison(facts, options.previous_stats))

    assessment = facts.assessment
    drafts = draft_assessment(facts)
    next_year = facts.period.end.year + 1
    body.append(Paragraph("II. ĐÁNH GIÁ", Style.HEADING1))
    body.append(Paragraph("1. Ưu điểm", Style.HEADING2))
    body.extend(_paragraphs(assessment.strengths or drafts.strengths))
    body.append(Paragraph("2. Tồn tại, hạn chế và nguyên nhân", Style.HEADING2))
    body.extend(_paragraphs(assessment.shortcomings or drafts.shortcomings))
    body.append(
        Paragraph(
            f"III. PHƯƠNG HƯỚNG, NHIỆM VỤ {_next_period_title(facts.period, next_year).upper()}",
            Style.HEADING1,
        )
    )
    body.extend(_paragraphs(assessment.directions or drafts.directions))
    body.append(Paragraph("IV. KIẾN NGHỊ, ĐỀ XUẤT", Style.HEADING1))
    body.extend(_paragraphs(assessment.recommendations or drafts.recommendations))
    body.append(
        Paragraph(
            f"Trên đây là báo cáo kết quả công tác thông tin đối ngoại {facts.period.title} "
            f"của {who}./."
        )
    )

    addressees = options.addressees if options.addressees is not None else profile.recipients
    distribution = (
        options.distribution if options.distribution is not None else profile.distribution
    )
    period_note = f"(Số liệu tính {facts.period.range_text})"
    document = ReportDocument(
        header=report_header(profile, options),
        doc_type=DOC_TYPE,
        subject=report_subject(facts.period) + (f" {facts.scope_note}" if facts.scope_note else ""),
        period_note=period_note,
        addressees=list(addressees),
        body=body,
        distribution=_distribution_lines(list(addressees), list(distribution)),
        signer=Signer(profile.signer_authority, profile.signer_title, profile.signer_name),
    )
    if options.with_annex:
        document.tables = statistics_annex(facts)
        document.annex_title = (
            f"PHỤ LỤC\nSố liệu công tác thông tin đối ngoại {facts.period.title}\n"
            f"(Kèm theo Báo cáo số {printed_number(options.number)}/{REPORT_SYMBOL}-"
            f"{profile.abbreviation} của {facts.unit_name})"
        )
    if facts.breakdown:
        document.tables.append(unit_breakdown(facts))
        document.annex_title = document.annex_title or (
            f"PHỤ LỤC\nSố liệu công tác thông tin đối ngoại theo đơn vị {facts.period.title}"
        )
    return document


def report_header(
    profile: ProfileData, options: ReportOptions, symbol: str | None = REPORT_SYMBOL
) -> Header:
    """The header grid, with "Số: 651/BC-STTTT" for an issued document; none without a symbol."""
    number_line = (
        f"Số: {printed_number(options.number)}/{symbol}-{profile.abbreviation}" if symbol else ""
    )
    return Header(
        parent_body=profile.parent_body.upper(),
        body_name=profile.body_name.upper(),
        number_line=number_line,
        place_date=_place_date(profile.place_name, options.issued_date),
    )


def _place_date(place: str, issued: date | None) -> str:
    if issued is None:
        return f"{place}, ngày      tháng      năm {date.today().year}"
    return f"{place}, {vn.long_date(issued)}"


def _distribution_lines(addressees: list[str], distribution: list[str]) -> list[str]:
    """Nơi nhận lines as the decree writes them: '- Như trên;' … '- Lưu: VT, …'."""
    lines = [d.rstrip(".;") for d in distribution if d.strip()]
    if not lines:
        lines = ["Như trên" if addressees else "", "Lưu: VT"]
        lines = [line for line in lines if line]
    if not any(line.startswith("Lưu") for line in lines):
        lines.append("Lưu: VT")
    return [f"- {line}{'.' if i == len(lines) - 1 else ';'}" for i, line in enumerate(lines)]


def _next_period_title(period: Period, next_year: int) -> str:
    if period.name.startswith("năm"):
        return f"năm {next_year}"
    return "kỳ tới"


def _paragraphs(text: str | None) -> list[Paragraph]:
    return [Paragraph(line.strip()) for line in (text or "").splitlines() if line.strip()]


def cite(doc: DocumentRef, with_issuer: bool = False) -> str:
    """'Kế hoạch số 213/KH-STTTT ngày 28/02/2020 về hoạt động thông tin đối ngoại năm 2020'."""
    label = kind_label(doc.kind)
    number = f" số {doc.number_symbol}" if doc.number_symbol else ""
    issuer = f" của {doc.issuer_short}" if with_issuer and doc.issuer_short else ""
    subject = vn.lower_first(doc.subject.strip().rstrip("."))
    # A subject that repeats the kind ("Kế hoạch hoạt động TTĐN năm 2026" of a plan) would print
    # "Kế hoạch số 25/KH-… về kế hoạch hoạt động…": the kind is said once.
    repeated = label.lower() + " "
    if subject.lower().startswith(repeated) and len(subject) > len(repeated):
        subject = subject[len(repeated) :]
    if subject.lower().startswith("v/v "):
        subject = "về " + subject[4:]
    elif doc.kind not in _SUBJECT_IS_A_VERB and not subject.startswith("về "):
        subject = "về " + subject
    return f"{label}{number} ngày {vn.dmy(doc.issued_date)}{issuer} {subject}"


# Decisions, circulars, decrees and directives name what they do ("Ban hành Quy chế…",
# "Quy định việc…"); other documents name what they are about ("về …").
_SUBJECT_IS_A_VERB = {"decision", "circular", "decree", "directive"}


def _documents_section(facts: PeriodFacts) -> list[Paragraph]:
    who = facts.unit_short_name
    issued_plans = [d for d in facts.documents if d.direction == "issued" and d.kind == "plan"]
    implemented = {d.plan_number for d in issued_plans if d.plan_number}
    upstream = [
        d for d in facts.documents if d.direction == "incoming" and d.number_symbol in implemented
    ]
    paragraphs: list[Paragraph] = []
    for d in upstream:
        advised = f"tham mưu {d.issuer_short} ban hành" if d.issuer_short else "tham mưu ban hành"
        paragraphs.append(
            Paragraph(
                f"Ngay từ đầu năm, {who} đã {advised} {cite(d)}, theo đúng hướng dẫn của cơ quan "
                "cấp trên."
            )
        )
    if issued_plans:
        basis = "Trên cơ sở kế hoạch của tỉnh, " if upstream else ""
        opener = f"{basis}{who} khẩn trương" if basis else f"{who} đã"
        paragraphs.append(
            Paragraph(
                f"{opener} xây dựng và ban hành {vn.count(len(issued_plans))} kế hoạch triển khai "
                f"thực hiện nhiệm vụ thông tin đối ngoại: "
                + "; ".join(cite(d) for d in issued_plans)
                + "."
            )
        )
    return paragraphs


def _guidance_section(facts: PeriodFacts) -> list[Paragraph]:
    who = facts.unit_short_name
    guidance = [d for d in facts.documents if d.is_press_guidance and d.direction == "issued"]
    if not guidance:
        return []
    months = facts.period.months()
    per_month = [facts.guidance_per_month.get(m, 0) for m in months]
    if len(months) > 1 and len(set(per_month)) == 1:
        frequency = (
            f"Định kỳ hằng tháng, {who} ban hành {vn.count(per_month[0])} văn bản "
            f"cung cấp thông tin, hướng dẫn tuyên truyền (tổng cộng "
            f"{vn.count(len(guidance))} văn bản)"
        )
    else:
        frequency = (
            f"Trong kỳ, {who} đã ban hành {vn.count(len(guidance))} văn bản cung cấp "
            "thông tin, hướng dẫn tuyên truyền"
        )
    topics = Counter(t for d in guidance for t in d.topics)
    about = ""
    if topics:
        about = ", trong đó có những nội dung về: " + "; ".join(
            vn.lower_first(name) for name, _n in topics.most_common(6)
        )
    return [
        Paragraph(
            "Để các nội dung tuyên truyền về thông tin đối ngoại đến được với đông đảo quần chúng "
            f"nhân dân, {vn.lower_first(frequency)} cho các cơ quan báo chí, truyền thông trên "
            f"địa bàn{about}."
        )
    ]


def _main_partner(activities: list[ActivityFacts]) -> str | None:
    partners = Counter(
        p
        for a in activities
        for p, kind in zip(a.partners, a.partner_kinds, strict=True)
        if kind in ("party", "superior", "department")
    )
    if not partners:
        return None
    name, n = partners.most_common(1)[0]
    return name if n * 2 > len(activities) else None


def _press_events_section(facts: PeriodFacts) -> list[Paragraph]:
    who = facts.unit_short_name
    info = facts.of_kind("press_info_conference")
    briefings = facts.of_kind("press_briefing")
    conferences = facts.of_kind("press_conference")
    if not (info or briefings or conferences):
        return []
    clauses: list[str] = []
    if info:
        clauses.append(
            f"tham mưu tổ chức {vn.count(len(info))} Hội nghị cung cấp thông tin cho báo chí"
        )
    rest: list[str] = []
    if briefings:
        rest.append(f"{vn.count(len(briefings))} Hội nghị giao ban công tác báo chí")
    if conferences:
        rest.append(f"{vn.count(len(conferences))} cuộc họp báo")
    if rest:
        partner = _main_partner(briefings + conferences)
        lead = f"phối hợp với {partner} tổ chức " if partner else "tổ chức "
        clauses.append(lead + ", ".join(rest))
    paragraphs = [
        Paragraph(
            f"Trong {facts.period.title}, {who} đã " + " và ".join(clauses) + ". Qua đó, cung cấp "
            "đầy đủ, kịp thời các thông tin về tình hình phát triển kinh tế - xã hội của địa "
            "phương cho các cơ quan thông tấn, báo chí."
        )
    ]
    attended = [a for a in info + briefings + conferences if a.journalists]
    if attended:
        journalists = sum(a.journalists or 0 for a in attended)
        paragraphs.append(
            Paragraph(
                f"Các hội nghị, họp báo thu hút tổng cộng {vn.thousands(journalists)} "
                "lượt phóng viên của các cơ quan báo chí Trung ương và địa phương tham dự."
            )
        )
    for a in conferences:
        place = f" tại {a.place}" if a.place else ""
        paragraphs.append(
            Paragraph(
                f"{a.title} được tổ chức ngày {vn.dmy(a.start)}{place}"
                + (
                    f", với sự tham dự của {vn.count(a.journalists)} phóng viên"
                    if a.journalists
                    else ""
                )
                + (f" của {vn.count(a.press_agencies)} cơ quan báo chí" if a.press_agencies else "")
                + "."
            )
        )
    return paragraphs


def _press_items_section(facts: PeriodFacts) -> list[Paragraph]:
    who = facts.unit_short_name
    press = facts.press
    paragraphs: list[Paragraph] = []
    false_count = press.handled_by_assessment.get("false", 0)
    refuting = [a for a in facts.of_kind("other") if "sai lệch" in a.title]
    if false_count or refuting:
        paragraphs.append(
            Paragraph(
                f"{who} chủ trì, phối hợp với các cơ quan liên quan tham mưu xây dựng tư liệu, tài "
                "liệu, hồ sơ, lập luận để giải thích, làm rõ, đấu tranh với các thông tin sai lệch "
                "ảnh hưởng đến uy tín, hình ảnh của địa phương"
                + (f" ({vn.count(false_count)} vụ việc trong kỳ)" if false_count else "")
                + "."
            )
        )
    if not (press.received or press.handled):
        return paragraphs
    handled = (
        f"đã tham mưu chỉ đạo các ngành, địa phương tiếp thu, xử lý {vn.count(press.handled)} "
        "nội dung thông tin báo chí đăng, phát"
        if press.handled
        else f"đã tiếp nhận {vn.count(press.received)} nội dung thông tin báo chí đăng, phát; "
        "chưa có nội dung nào được xử lý xong"
    )
    parts = [
        f"Chủ động theo dõi, nắm bắt thông tin báo chí đăng, phát về địa phương, kiến nghị xử lý "
        f"thông tin khi có vấn đề phát sinh. Trong kỳ, {who} {handled}"
    ]
    breakdown = [
        f"{vn.count(n)} nội dung {labels.PRESS_ASSESSMENTS[k].lower()}"
        for k in labels.PRESS_ASSESSMENTS
        if (n := press.handled_by_assessment.get(k, 0))
    ]
    if breakdown and press.handled:
        parts.append(f" (trong đó {', '.join(breakdown)})")
    parts.append(".")
    if press.replied and press.handled:
        parts.append(
            f" Đã phản hồi tới cơ quan báo chí {vn.count(press.replied)} nội dung (chiếm "
            f"{vn.percent(press.replied, press.handled)}%)."
        )
    if press.open_items:
        parts.append(
            f" Còn {vn.count(press.open_items)} nội dung đang tiếp tục theo dõi, xử lý"
            + (
                f", trong đó {vn.count(press.overdue_items)} nội dung đã quá hạn"
                if press.overdue_items
                else ""
            )
            + "."
        )
    paragraphs.append(Paragraph("".join(parts)))
    return paragraphs


def _exhibitions_section(facts: PeriodFacts) -> list[Paragraph]:
    who = facts.unit_short_name
    paragraphs = []
    for a in facts.of_kind("exhibition"):
        lead = f"Thực hiện {cite_short(a.plan)}, " if a.plan else ""
        partner = f" phối hợp với {vn.join_list(a.partners)}" if a.partners else ""
        place = f" tại {_place_tail(a.place)}" if a.place else ""
        noun = _event_noun(a.title)
        days = vn.days_between(a.start, a.end)
        sentence = f"{lead}{who}{partner} tổ chức thành công {a.title}{place}."
        result = (a.result or "").strip()
        visitors = vn.thousands(a.participants) if a.participants else None
        # The officer's own account of the event wins when it already gives the figures.
        if not (result and (visitors is None or visitors in result)):
            sentence += f" {noun} được tổ chức " + (
                f"trong {days} ngày, từ {vn.day_span(a.start, a.end)}"
                if days > 1
                else f"ngày {vn.dmy(a.start)}"
            )
            if visitors:
                audience = f" {a.audience}" if a.audience else " khách"
                sentence += f", thu hút {visitors} lượt{audience} đến tham quan"
            if a.exhibits:
                sentence += f"; trưng bày {vn.thousands(a.exhibits)} tư liệu, hiện vật"
            sentence += "."
        if result:
            sentence += " " + result
        paragraphs.append(Paragraph(sentence))
    return paragraphs


def _media_section(facts: PeriodFacts) -> list[Paragraph]:
    who = facts.unit_short_name
    paragraphs = []
    products = facts.of_kind("media_product")
    if products:
        items = []
        for a in products:
            channel = f", đăng, phát trên {vn.lower_first(a.channel)}" if a.channel else ""
            items.append(f"{vn.count(a.quantity or 1)} {vn.lower_first(a.title)}{channel}")
        paragraphs.append(
            Paragraph(f"{who} phối hợp với các đơn vị liên quan sản xuất " + "; ".join(items) + ".")
        )
    for a in facts.of_kind("central_media_promotion"):
        channel = f", đăng, phát trên {vn.lower_first(a.channel)}" if a.channel else ""
        paragraphs.append(Paragraph(f"{vn.upper_first(a.title.rstrip('.'))}{channel}."))
    for a in facts.of_kind("international_delegation"):
        paragraphs.append(
            Paragraph(
                f"Ngày {vn.dmy(a.start)}, {vn.lower_first(a.title.rstrip('.'))}"
                + (f": {a.result.strip()}" if a.result else ".")
            )
        )
    return paragraphs


def _trainings_section(facts: PeriodFacts) -> list[Paragraph]:
    who = facts.unit_short_name
    paragraphs = []
    previous_month: tuple[int, int] | None = None
    for a in facts.of_kind("training"):
        month = (a.start.year, a.start.month)
        when = f"tháng {a.start.month} năm {a.start.year}"
        lead = f"Cũng trong {when}" if month == previous_month else vn.upper_first(when)
        previous_month = month
        partner = f" phối hợp với {vn.join_list(a.partners)}" if a.partners else ""
        place = f" tại {_place_tail(a.place)}" if a.place and a.partners else ""
        text = f"{lead}, {who}{partner} tổ chức {a.title}{place}."
        attendance = _attendance(a)
        if attendance:
            text += f" Hội nghị có sự tham gia của {attendance}."
        if a.themes:
            text += f" Hội nghị tập trung vào các chuyên đề: {a.themes.strip().rstrip('.')}."
        if a.result:
            text += " " + a.result.strip()
        paragraphs.append(Paragraph(text))
    return paragraphs


def _oversight_section(facts: PeriodFacts) -> list[Paragraph]:
    who = facts.unit_short_name
    paragraphs = []
    oversight = facts.of_kind("oversight")
    letters = [
        d
        for d in facts.documents
        if d.direction == "issued" and d.kind == "official_letter" and not d.is_press_guidance
    ]
    if oversight:
        paragraphs.append(
            Paragraph(
                f"{who} luôn quan tâm, thực hiện: "
                + "; ".join(vn.lower_first(a.title.rstrip(".")) for a in oversight)
                + "."
            )
        )
    if letters:
        paragraphs.append(
            Paragraph(
                f"Trong kỳ, {who} đã ban hành {vn.count(len(letters))} văn bản đôn đốc, hướng dẫn: "
                + "; ".join(cite(d) for d in letters)
                + "."
            )
        )
    others = [a for a in facts.of_kind("other") if "sai lệch" not in a.title]
    for a in others:
        paragraphs.append(
            Paragraph(
                f"{vn.upper_first(a.title.rstrip('.'))}"
                + (f": {a.result.strip()}" if a.result else ".")
            )
        )
    return paragraphs


def _comparison(facts: PeriodFacts, previous: dict[str, int]) -> list[Paragraph]:
    keys = [
        "guidance_documents",
        "press_info_conferences",
        "press_briefings",
        "press_conferences",
        "press_items_handled",
        "exhibitions",
        "media_products",
        "trainings",
    ]
    parts = [
        f"{labels.STAT_LABELS[k].lower()}: {vn.count(facts.stats[k])} "
        f"(cùng kỳ: {vn.count(previous.get(k, 0))})"
        for k in keys
        if facts.stats[k] or previous.get(k, 0)
    ]
    if not parts:
        return []
    return [Paragraph("So sánh với cùng kỳ năm trước: " + "; ".join(parts) + ".")]


def _attendance(a: ActivityFacts) -> str | None:
    audience = (a.audience or "").strip().rstrip(".")
    if audience and any(ch.isdigit() for ch in audience):
        return vn.lower_first(audience)
    if a.participants:
        return f"{vn.count(a.participants)} đại biểu" + (
            f" là {vn.lower_first(audience)}" if audience else ""
        )
    return vn.lower_first(audience) or None


def _place_tail(place: str) -> str:
    """Keep the most specific-enough part of a long place: the district or city at the end."""
    parts = [p.strip() for p in place.split(",") if p.strip()]
    return parts[-1] if parts else place


def _event_noun(title: str) -> str:
    for noun in ("Triển lãm", "Trưng bày", "Hội chợ", "Liên hoan", "Lễ hội"):
        if title.startswith(noun):
            return noun
    return "Sự kiện"


def cite_short(doc: DocumentRef | None) -> str:
    """'Kế hoạch số 59/KH-UBND của UBND tỉnh'."""
    if doc is None:
        return ""
    number = f" số {doc.number_symbol}" if doc.number_symbol else ""
    issuer = f" của {doc.issuer_short}" if doc.issuer_short else ""
    return f"{kind_label(doc.kind)}{number}{issuer}"


def draft_assessment(facts: PeriodFacts) -> AssessmentText:
    """Drafts of the four assessment sections from the period's figures, for the officer to edit."""
    who = facts.unit_short_name
    s = facts.stats
    done = []
    if s["plans_issued"]:
        done.append(f"ban hành {vn.count(s['plans_issued'])} kế hoạch triển khai")
    if s["guidance_documents"]:
        done.append(
            f"{vn.count(s['guidance_documents'])} văn bản cung cấp thông tin, hướng dẫn "
            "tuyên truyền"
        )
    events = s["press_info_conferences"] + s["press_briefings"] + s["press_conferences"]
    if events:
        done.append(f"tổ chức {vn.count(events)} hội nghị, họp báo cung cấp thông tin cho báo chí")
    if s["press_items_handled"]:
        done.append(f"xử lý {vn.count(s['press_items_handled'])} nội dung thông tin báo chí")
    if s["exhibitions"]:
        done.append(f"tổ chức {vn.count(s['exhibitions'])} triển lãm, sự kiện")
    if s["trainings"]:
        done.append(f"{vn.count(s['trainings'])} hội nghị tập huấn")
    # Only what the records show: "according to plan" needs a plan.
    planned = ", bám sát kế hoạch" if (s["plans_issued"] or facts.targets) else ""
    strengths = (
        f"Công tác thông tin đối ngoại được {who} triển khai kịp thời{planned}: "
        + "; ".join(done)
        + "."
        if done
        else "Công tác thông tin đối ngoại được duy trì."
    )
    gaps = []
    # A month still running, or not yet begun, has not fallen short.
    ended = [
        (y, m)
        for y, m in facts.period.months()
        if date(y, m, calendar.monthrange(y, m)[1]) < facts.today
    ]
    short = [m for m in ended if facts.guidance_per_month.get(m, 0) < 2]
    if short:
        gaps.append(
            f"{vn.count(len(short))} tháng chưa đủ 02 văn bản hướng dẫn tuyên truyền "
            f"(tháng {', '.join(str(m) for _y, m in short)})"
        )
    behind = [t for t in facts.targets if t.quantity and t.done is not None and t.done < t.quantity]
    for t in behind:
        gaps.append(f"chỉ tiêu “{t.description}” mới đạt {t.done}/{t.quantity}")
    if facts.press.overdue_items:
        gaps.append(f"{vn.count(facts.press.overdue_items)} nội dung báo chí quá hạn xử lý")
    shortcomings = (
        "Một số nhiệm vụ chưa hoàn thành: " + "; ".join(gaps) + ". " if gaps else ""
    ) + (
        "Cán bộ làm công tác thông tin đối ngoại chủ yếu kiêm nhiệm; việc phối hợp giữa các "
        "cơ quan, đơn vị có lúc chưa chặt chẽ."
    )
    next_year = facts.period.end.year + 1
    directions = (
        f"Tiếp tục tham mưu ban hành kế hoạch thông tin đối ngoại năm {next_year} ngay từ đầu "
        "năm; duy trì định kỳ 02 văn bản cung cấp thông tin, hướng dẫn tuyên truyền mỗi tháng; "
        "tổ chức các hội nghị cung cấp thông tin cho báo chí; tăng cường theo dõi, xử lý thông "
        "tin báo chí và đấu tranh với thông tin sai lệch; đẩy mạnh quảng bá hình ảnh địa phương."
    )
    recommendations = (
        "Đề nghị cơ quan cấp trên tiếp tục hướng dẫn nghiệp vụ, tổ chức tập huấn cho cán bộ "
        "làm công tác thông tin đối ngoại và quan tâm bố trí kinh phí thực hiện nhiệm vụ."
    )
    return AssessmentText(strengths, shortcomings, directions, recommendations)
