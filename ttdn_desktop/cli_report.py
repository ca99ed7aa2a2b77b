"""`ttdn report …`: the standard reports from the command line, the same builders as the window."""

from __future__ import annotations

import argparse
from dataclasses import asdict
from datetime import date
from pathlib import Path
from typing import Any

from sqlalchemy.orm import Session

from ttdn_desktop.cli_args import dmy_arg, year_arg
from ttdn_desktop.core.database import open_database
from ttdn_desktop.core.errors import TtdnError
from ttdn_desktop.core.issued import record_issued
from ttdn_desktop.core.periods import PERIOD_KINDS, Period
from ttdn_desktop.core.scope import ALL_UNITS, OWN_UNIT, UnitScope, find_unit
from ttdn_desktop.reports.annual import ReportOptions, build_report
from ttdn_desktop.reports.content import ReportDocument
from ttdn_desktop.reports.registers import REGISTER_KINDS, build_annex, build_register
from ttdn_desktop.reports.render import FORMATS, render

PRESETS = [k for k in PERIOD_KINDS if k != "custom"]


def add_report_parser(commands: Any) -> None:
    report = commands.add_parser("report", help="in báo cáo, phụ lục số liệu, sổ theo dõi")
    kinds = report.add_subparsers(dest="report_kind", metavar="LOẠI", parser_class=type(report))
    kinds.required = True

    annual = kinds.add_parser("annual", help="báo cáo kết quả công tác TTĐN năm")
    annual.add_argument("--year", type=year_arg, required=True, metavar="NĂM")
    _period_options(annual, with_year=False)
    _output_options(annual, issued=True)
    add_scope_options(annual)

    period = kinds.add_parser("period", help="báo cáo định kỳ: quý, 6 tháng, 9 tháng hoặc tùy chọn")
    _period_options(period)
    _output_options(period, issued=True)
    add_scope_options(period)

    annex = kinds.add_parser("annex", help="phụ lục số liệu (kế hoạch, thực hiện, tỷ lệ)")
    _period_options(annex)
    _output_options(annex, issued=False)
    add_scope_options(annex)

    register = kinds.add_parser("register", help="sổ theo dõi một loại hồ sơ")
    register.add_argument(
        "--kind",
        required=True,
        choices=list(REGISTER_KINDS),
        metavar="LOẠI_HỒ_SƠ",
        help="một trong: " + ", ".join(REGISTER_KINDS),
    )
    _period_options(register)
    _output_options(register, issued=False)
    report.set_defaults(handler=cmd_report)


def _period_options(parser: argparse.ArgumentParser, with_year: bool = True) -> None:
    if with_year:
        parser.add_argument("--year", type=year_arg, metavar="NĂM", help="năm của kỳ báo cáo")
        parser.add_argument(
            "--preset",
            choices=PRESETS,
            default="year",
            metavar="KỲ",
            help="kỳ báo cáo: "
            + ", ".join(f"{k} ({v})" for k, v in PERIOD_KINDS.items() if k != "custom")
            + "; mặc định year",
        )
        parser.add_argument(
            "--quarter",
            type=int,
            choices=[1, 2, 3, 4],
            metavar="QUÝ",
            help="quý (1-4) khi --preset quarter",
        )
        parser.add_argument(
            "--from",
            dest="start",
            type=dmy_arg,
            metavar="dd/mm/yyyy",
            help="từ ngày (kỳ tùy chọn, đi cùng --to)",
        )
        parser.add_argument(
            "--to",
            dest="end",
            type=dmy_arg,
            metavar="dd/mm/yyyy",
            help="đến ngày (kỳ tùy chọn, đi cùng --from)",
        )
    parser.add_argument(
        "--cutoff",
        action="store_true",
        help="tính số liệu theo Nghị định 09/2019/NĐ-CP (năm: 15/12 năm trước đến 14/12)",
    )


def add_scope_options(parser: argparse.ArgumentParser) -> None:
    """--unit / --all-units: another unit's figures (from its packages), or the sum of all."""
    group = parser.add_mutually_exclusive_group()
    group.add_argument(
        "--unit",
        metavar="ĐƠN_VỊ",
        help="số liệu của một đơn vị đã gửi gói dữ liệu (số, tên hoặc tên viết tắt)",
    )
    group.add_argument(
        "--all-units",
        action="store_true",
        help="tổng hợp số liệu của đơn vị mình và mọi đơn vị đã gửi gói, kèm bảng theo đơn vị",
    )


def scope_from_args(session: Session, args: argparse.Namespace) -> UnitScope:
    if getattr(args, "all_units", False):
        return ALL_UNITS
    if getattr(args, "unit", None):
        return UnitScope(unit_id=find_unit(session, args.unit).id)
    return OWN_UNIT


def _output_options(parser: argparse.ArgumentParser, issued: bool) -> None:
    parser.add_argument(
        "--format",
        choices=list(FORMATS),
        metavar="ĐỊNH_DẠNG",
        help="pdf, docx hoặc xlsx (mặc định theo đuôi tệp)",
    )
    parser.add_argument("--output", type=Path, required=True, metavar="TỆP", help="tệp sẽ ghi")
    parser.add_argument("--force", action="store_true", help="ghi đè tệp đã có")
    parser.add_argument(
        "--number", metavar="SỐ", help="số văn bản, ví dụ 651 (để trống thì chừa chỗ ghi tay)"
    )
    parser.add_argument(
        "--date", type=dmy_arg, metavar="dd/mm/yyyy", help="ngày ban hành in trên văn bản"
    )
    if issued:
        parser.add_argument("--compare", action="store_true", help="so sánh với cùng kỳ năm trước")
        parser.add_argument("--no-annex", action="store_true", help="không kèm phụ lục số liệu")


def period_from_args(args: argparse.Namespace) -> Period:
    start: date | None = getattr(args, "start", None)
    end: date | None = getattr(args, "end", None)
    if start or end:
        if not (start and end):
            raise TtdnError("Kỳ tùy chọn cần cả --from và --to.")
        if end < start:
            raise TtdnError(f"Ngày kết thúc {end:%d/%m/%Y} trước ngày bắt đầu {start:%d/%m/%Y}.")
        return Period.custom(start, end)
    if args.year is None:
        raise TtdnError("Hãy cho biết năm (--year) hoặc khoảng ngày (--from … --to …).")
    preset = getattr(args, "preset", "year")
    if preset == "quarter" and not getattr(args, "quarter", None):
        raise TtdnError("Kỳ quý cần --quarter 1, 2, 3 hoặc 4.")
    return Period.preset(preset, args.year, getattr(args, "quarter", None) or 1, args.cutoff)


def cmd_report(args: argparse.Namespace) -> int:
    period = period_from_args(args)
    options = ReportOptions(
        number=args.number,
        issued_date=args.date,
        compare_previous=getattr(args, "compare", False),
        with_annex=not getattr(args, "no_annex", False),
    )
    db = open_database(args.db, create=False)
    try:
        with db.session() as session:
            options.scope = scope_from_args(session, args)
            doc: ReportDocument
            if args.report_kind == "register":
                doc = build_register(session, args.kind, period, options)
            elif args.report_kind == "annex":
                doc = build_annex(session, period, options)
            else:
                doc = build_report(session, period, options)
        path = render(doc, args.output, args.format, overwrite=args.force)
        if args.report_kind in ("annual", "period") and args.number:
            with db.session() as session:
                record_issued(
                    session,
                    report_kind=args.report_kind,
                    number=args.number,
                    issued_date=args.date or date.today(),
                    period=period,
                    title=doc.subject,
                    file_path=path.resolve(),
                    header=asdict(doc.header),
                )
    finally:
        db.close()
    print(f"Đã ghi {doc.doc_type.lower()} “{doc.subject}” vào {path}")
    return 0
