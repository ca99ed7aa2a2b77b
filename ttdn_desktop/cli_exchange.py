"""`ttdn export`, `template`, `import` and `package`: files in and out, as in the window."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Any

from ttdn_desktop.cli_args import year_arg
from ttdn_desktop.cli_report import PRESETS, period_from_args
from ttdn_desktop.core.backup import backup_now
from ttdn_desktop.core.database import open_database
from ttdn_desktop.core.listing import FAMILIES, ListFilter
from ttdn_desktop.core.periods import PERIOD_KINDS, Period
from ttdn_desktop.exchange.excel_export import export_list, export_year
from ttdn_desktop.exchange.excel_import import (
    MAX_ROWS,
    STATUS_LABELS,
    ImportPreview,
    import_workbook,
    preview_import,
)
from ttdn_desktop.exchange.excel_template import write_template
from ttdn_desktop.exchange.package import KIND_LABELS, export_package, read_package
from ttdn_desktop.exchange.package_import import import_package, preview_package

PREVIEW_PROBLEM_LINES = 50


def add_exchange_parser(commands: Any) -> None:
    export = commands.add_parser("export", help="xuất dữ liệu một năm ra tệp Excel")
    export.add_argument("--year", type=year_arg, required=True, metavar="NĂM")
    export.add_argument("--output", type=Path, required=True, metavar="TỆP.xlsx")
    export.add_argument(
        "--kind",
        choices=list(FAMILIES),
        metavar="DANH_SÁCH",
        help="chỉ xuất một danh sách (một trong: " + ", ".join(FAMILIES) + ")",
    )
    export.set_defaults(handler=cmd_export)

    template = commands.add_parser("template", help="tạo tệp Excel mẫu để nhập liệu")
    template.add_argument("--output", type=Path, required=True, metavar="TỆP.xlsx")
    template.set_defaults(handler=cmd_template)

    imp = commands.add_parser(
        "import", help=f"nhập dữ liệu từ tệp Excel (tối đa {MAX_ROWS:,} dòng)".replace(",", ".")
    )
    imp.add_argument("file", type=Path, metavar="TỆP.xlsx")
    imp.add_argument("--dry-run", action="store_true", help="chỉ xem trước, không ghi gì")
    imp.add_argument(
        "--yes",
        action="store_true",
        help="đồng ý: bỏ qua các dòng có lỗi, thêm cơ quan và chủ đề mới vào danh mục",
    )
    imp.set_defaults(handler=cmd_import)


def cmd_export(args: argparse.Namespace) -> int:
    db = open_database(args.db, create=False)
    try:
        with db.session() as session:
            if args.kind:
                result = export_list(
                    session, args.kind, ListFilter(period=Period.year(args.year)), args.output
                )
            else:
                result = export_year(session, args.year, args.output)
    finally:
        db.close()
    counts = ", ".join(f"{name}: {n}" for name, n in result.rows.items())
    print(f"Đã xuất năm {args.year} ra {result.path} ({counts}).")
    return 0


def cmd_template(args: argparse.Namespace) -> int:
    path = write_template(args.output)
    print(f"Đã tạo tệp mẫu nhập liệu {path}.")
    return 0


def _print_preview(preview: ImportPreview) -> None:
    sheets = dict.fromkeys(r.sheet for r in preview.rows)
    print("Xem trước:")
    for sheet in sheets:
        parts = [
            f"{preview.count(status, sheet)} {label}" for status, label in STATUS_LABELS.items()
        ]
        print(f"  {sheet}: " + ", ".join(parts))
    if not preview.rows:
        print("  Không có dòng dữ liệu nào.")
    if preview.ignored_sheets:
        print("  Bỏ qua trang tính: " + ", ".join(f"“{s}”" for s in preview.ignored_sheets))
    if preview.new_organizations:
        print(f"  Cơ quan, tổ chức mới ({len(preview.new_organizations)}):")
        for name in preview.new_organizations:
            print(f"    - {name}")
    if preview.new_topics:
        print(f"  Chủ đề mới ({len(preview.new_topics)}):")
        for name in preview.new_topics:
            print(f"    - {name}")
    lines = list(preview.problem_lines())
    if lines:
        print(f"  Lỗi ({len(lines)}):")
        for line in lines[:PREVIEW_PROBLEM_LINES]:
            print(f"    - {line}")
        if len(lines) > PREVIEW_PROBLEM_LINES:
            print(f"    … và {len(lines) - PREVIEW_PROBLEM_LINES} lỗi khác.")
    for row in preview.rows:
        for warning in row.warnings:
            print(f"  Lưu ý: trang tính “{row.sheet}”, dòng {row.row}: {warning}")


def cmd_import(args: argparse.Namespace) -> int:
    db = open_database(args.db, create=False)
    try:
        with db.session() as session:
            preview = preview_import(session, args.file)
        _print_preview(preview)
        if args.dry_run:
            print("Chỉ xem trước (--dry-run): chưa ghi gì vào cơ sở dữ liệu.")
            return 0
        needs_consent = preview.invalid or preview.new_organizations or preview.new_topics
        if needs_consent and not args.yes:
            print(
                "Lỗi: chưa nhập gì. Tệp có dòng lỗi hoặc cần thêm mục mới vào danh mục; thêm "
                "--yes để nhập các dòng hợp lệ và thêm các mục mới.",
                file=sys.stderr,
            )
            return 1
        with db.session() as session:
            result = import_workbook(session, args.file, accept=True)
    finally:
        db.close()
    created = sum(result.created.values())
    print(
        f"Đã nhập {created} bản ghi"
        + (f" ({', '.join(f'{k}: {v}' for k, v in result.created.items())})" if created else "")
        + f"; {result.preview.count('existing')} dòng đã có được bỏ qua"
        + f"; {len(result.preview.invalid)} dòng lỗi không nhập"
        + f"; thêm {result.organizations_created} cơ quan, tổ chức và "
        + f"{result.topics_created} chủ đề."
    )
    return 0


def add_package_parser(commands: Any) -> None:
    package = commands.add_parser(
        "package", help="gói dữ liệu gửi cấp trên (.ttdn): xuất, hoặc nhận từ đơn vị cấp dưới"
    )
    actions = package.add_subparsers(
        dest="package_action", metavar="VIỆC", parser_class=type(package)
    )
    actions.required = True

    export = actions.add_parser("export", help="xuất gói dữ liệu của đơn vị mình gửi cấp trên")
    export.add_argument("--year", type=year_arg, required=True, metavar="NĂM")
    export.add_argument(
        "--preset",
        choices=PRESETS,
        default="year",
        metavar="KỲ",
        help="kỳ số liệu: "
        + ", ".join(f"{k} ({v})" for k, v in PERIOD_KINDS.items() if k != "custom")
        + "; mặc định year",
    )
    export.add_argument(
        "--quarter", type=int, choices=[1, 2, 3, 4], metavar="QUÝ", help="quý khi --preset quarter"
    )
    export.add_argument(
        "--cutoff",
        action="store_true",
        help="tính số liệu theo Nghị định 09/2019/NĐ-CP (năm: 15/12 năm trước đến 14/12)",
    )
    export.add_argument("--output", type=Path, required=True, metavar="TỆP.ttdn")
    export.add_argument(
        "--with-attachments", action="store_true", help="kèm các tệp đính kèm của bản ghi"
    )
    export.add_argument("--force", action="store_true", help="ghi đè tệp đã có")
    export.set_defaults(handler=cmd_package_export)

    receive = actions.add_parser("import", help="nhận gói dữ liệu của đơn vị cấp dưới")
    receive.add_argument("file", type=Path, metavar="TỆP.ttdn")
    receive.add_argument("--dry-run", action="store_true", help="chỉ kiểm tra và xem trước")
    receive.set_defaults(handler=cmd_package_import)


def _counts(counts: dict[str, int]) -> str:
    return ", ".join(f"{KIND_LABELS[k]}: {n}" for k, n in counts.items() if k in KIND_LABELS)


def cmd_package_export(args: argparse.Namespace) -> int:
    period = period_from_args(args)
    db = open_database(args.db, create=False)
    try:
        with db.session() as session:
            result = export_package(
                session,
                period,
                args.output,
                with_attachments=args.with_attachments,
                overwrite=args.force,
            )
    finally:
        db.close()
    size = f"{result.size_bytes:,}".replace(",", ".")
    print(f"Đã xuất gói dữ liệu {period.title} ra {result.path} ({size} byte).")
    print(f"  {_counts(result.counts)}")
    if result.missing_attachments:
        print(
            f"  Lưu ý: thiếu {len(result.missing_attachments)} tệp đính kèm trong thư mục dữ "
            "liệu, không đưa được vào gói."
        )
    return 0


def cmd_package_import(args: argparse.Namespace) -> int:
    # Every checksum and record is verified before the database is even opened.
    package = read_package(args.file)
    db = open_database(args.db, create=False)
    try:
        with db.session() as session:
            preview = preview_package(session, package)
        print("Gói dữ liệu hợp lệ (mọi mã kiểm tra đều đúng):")
        for line in preview.summary_lines():
            print(f"  {line}")
        if args.dry_run:
            print("Chỉ xem trước (--dry-run): chưa ghi gì vào cơ sở dữ liệu.")
            return 0
        safety = backup_now(db, "before-import") if db.path is not None else None
        with db.session() as session:
            result = import_package(session, package)
    finally:
        db.close()
    created = sum(result.created.values())
    print(
        f"Đã nhận gói: thêm {created} bản ghi, cập nhật {result.updated}, "
        f"xóa {result.removed} bản ghi của gói cũ; chép {result.attachments_written} tệp đính kèm."
    )
    if safety is not None:
        print(f"Dữ liệu trước khi nhận gói đã được sao lưu tại {safety}.")
    return 0
