"""`ttdn export`, `ttdn template`, `ttdn import`: Excel in and out, as in the window."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Any

from ttdn_desktop.cli_args import year_arg
from ttdn_desktop.core.database import open_database
from ttdn_desktop.core.listing import FAMILIES, ListFilter
from ttdn_desktop.core.periods import Period
from ttdn_desktop.exchange.excel_export import export_list, export_year
from ttdn_desktop.exchange.excel_import import (
    MAX_ROWS,
    STATUS_LABELS,
    ImportPreview,
    import_workbook,
    preview_import,
)
from ttdn_desktop.exchange.excel_template import write_template

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
