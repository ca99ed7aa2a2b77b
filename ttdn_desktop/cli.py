"""The `ttdn` command: the same operations as the windows, for scripts and for the level above.

Exit codes: 0 success, 1 a refusal or a problem found (with a Vietnamese message on stderr),
2 a command line that cannot be understood.
"""

from __future__ import annotations

import argparse
import json
import logging
import sys
from collections.abc import Sequence

# The helpers shared with `ttdn-desktop` live in cli_args, which imports nothing heavy: the
# windows' start must not load every subcommand's modules (openpyxl, the report builders).
from ttdn_desktop.cli_args import (
    VietnameseParser,
    add_common_options,
    utf8_output,
    vietnamese_argparse,
    year_arg,
)
from ttdn_desktop.cli_backup import add_backup_parser
from ttdn_desktop.cli_exchange import add_exchange_parser, add_package_parser
from ttdn_desktop.cli_report import add_report_parser, add_scope_options, scope_from_args
from ttdn_desktop.core import labels
from ttdn_desktop.core.database import Database, check_database, open_database
from ttdn_desktop.core.demo import load_demo
from ttdn_desktop.core.errors import TtdnError
from ttdn_desktop.core.logs import setup_logging
from ttdn_desktop.core.periods import Period
from ttdn_desktop.core.scope import scope_label, scope_stats, stats_by_unit
from ttdn_desktop.core.stats import year_stats
from ttdn_desktop.core.units import ProfileData, own_unit_id, set_own_unit

log = logging.getLogger(__name__)

EXIT_OK = 0
EXIT_FAILED = 1
EXIT_USAGE = 2


def build_parser() -> argparse.ArgumentParser:
    vietnamese_argparse()
    parser = VietnameseParser(
        prog="ttdn",
        description="TTĐN Desktop: sổ theo dõi và báo cáo công tác thông tin đối ngoại.",
    )
    add_common_options(parser)
    commands = parser.add_subparsers(dest="command", metavar="LỆNH", parser_class=VietnameseParser)
    commands.required = True

    init = commands.add_parser("init", help="tạo (hoặc nâng cấp) cơ sở dữ liệu")
    init.add_argument("--unit-name", metavar="TÊN", help="tên đầy đủ của đơn vị")
    init.add_argument("--parent-body", metavar="TÊN", help="cơ quan chủ quản, ví dụ UBND TỈNH …")
    init.add_argument("--body", metavar="TÊN", help="tên cơ quan in ở tiêu đề, ví dụ SỞ …")
    init.add_argument("--abbreviation", metavar="CHỮ", help="chữ viết tắt, ví dụ STTTT")
    init.add_argument("--place", metavar="ĐỊA_DANH", help="địa danh ghi ở ngày tháng")
    init.set_defaults(handler=cmd_init)

    demo = commands.add_parser("demo", help="nạp dữ liệu mẫu năm 2020 (Sở TTTT Bắc Kạn)")
    demo.set_defaults(handler=cmd_demo)

    check = commands.add_parser(
        "check",
        help="kiểm tra phiên bản lược đồ, tính toàn vẹn, khóa ngoại và các tệp đính kèm",
    )
    check.add_argument(
        "--relink",
        metavar="THƯ_MỤC",
        help="tìm trong thư mục này (và các thư mục con) những tệp đính kèm bị thiếu hoặc hỏng, "
        "nhận ra theo mã băm SHA-256, rồi chép chúng trở lại; tệp gốc được giữ nguyên",
    )
    check.set_defaults(handler=cmd_check)

    stats = commands.add_parser("stats", help="thống kê số liệu của một năm")
    stats.add_argument(
        "--year", type=year_arg, required=True, metavar="NĂM", help="năm cần thống kê"
    )
    stats.add_argument("--json", action="store_true", help="in kết quả dạng JSON")
    add_scope_options(stats)
    stats.set_defaults(handler=cmd_stats)

    add_report_parser(commands)
    add_exchange_parser(commands)
    add_package_parser(commands)
    add_backup_parser(commands)
    return parser


def _open(args: argparse.Namespace, create: bool = True) -> Database:
    return open_database(args.db, create=create)


def cmd_init(args: argparse.Namespace) -> int:
    profile_args = (args.unit_name, args.parent_body, args.body, args.abbreviation, args.place)
    db = _open(args)
    try:
        if any(profile_args):
            with db.session() as session:
                set_own_unit(
                    session,
                    args.unit_name or "",
                    ProfileData(
                        parent_body=args.parent_body or "",
                        body_name=args.body or "",
                        abbreviation=args.abbreviation or "",
                        place_name=args.place or "",
                    ),
                )
        if db.backup_before_upgrade:
            print(f"Đã nâng cấp cơ sở dữ liệu; bản sao trước nâng cấp: {db.backup_before_upgrade}")
        print(f"Cơ sở dữ liệu sẵn sàng: {db.display_name}")
        with db.session() as session:
            if own_unit_id(session) is None:
                print(
                    "Chưa khai báo đơn vị: hãy mở chương trình hoặc dùng các tùy chọn "
                    "--unit-name, --parent-body, --body, --abbreviation, --place."
                )
    finally:
        db.close()
    return EXIT_OK


def cmd_demo(args: argparse.Namespace) -> int:
    db = _open(args)
    try:
        with db.session() as session:
            added = load_demo(session)
    finally:
        db.close()
    print(
        f"Đã nạp dữ liệu mẫu năm 2020 vào {db.display_name}: {added['documents']} văn bản, "
        f"{added['activities']} hoạt động, {added['press_items']} tin bài báo chí, "
        f"{added['organizations']} cơ quan, tổ chức."
    )
    return EXIT_OK


def cmd_check(args: argparse.Namespace) -> int:
    from pathlib import Path

    from ttdn_desktop.core.backup import backups_dir, latest_good_backup
    from ttdn_desktop.core.integrity import check_attachments, relink_attachments

    db = _open(args, create=False)
    try:
        report = check_database(db)
        files = check_attachments(db)
        relinked: list[str] = []
        if args.relink and files.problems:
            relinked = relink_attachments(files.problems, Path(args.relink))
            if relinked:
                files = check_attachments(db)
    finally:
        db.close()
    print(f"Cơ sở dữ liệu: {db.display_name}")
    print(f"Phiên bản lược đồ: {report.schema_revision} (chương trình: {report.schema_head})")
    print(f"Tệp đính kèm đã kiểm tra: {files.checked}")
    if relinked:
        print(f"Đã nối lại {len(relinked)} tệp đính kèm tìm thấy trong “{args.relink}”.")
    problems = report.problems + [p.message for p in files.problems]
    if not problems:
        print(
            "Kết quả: không phát hiện lỗi (toàn vẹn, khóa ngoại, phiên bản lược đồ và tệp đính kèm "
            "đều đúng)."
        )
        return EXIT_OK
    print(f"Phát hiện {len(problems)} vấn đề:", file=sys.stderr)
    for problem in problems:
        print(f"  - {problem}", file=sys.stderr)
    if files.problems:
        print(
            "Cách sửa an toàn: nếu còn bản chép của các tệp này (USB, thư mục Tải về…), chạy lại "
            "với --relink THƯ_MỤC để chương trình tìm theo mã băm và chép chúng trở lại.",
            file=sys.stderr,
        )
    good = latest_good_backup(backups_dir(db.path)) if db.path is not None else None
    if good is not None:
        print(
            f"Hoặc khôi phục từ bản sao lưu tốt gần nhất ({good.created_at:%d/%m/%Y %H:%M}): "
            f'ttdn restore "{good.path}"',
            file=sys.stderr,
        )
    return EXIT_FAILED


def cmd_stats(args: argparse.Namespace) -> int:
    db = _open(args, create=False)
    try:
        with db.session() as session:
            # Without --unit/--all-units: the own unit, even when packages of others arrived.
            asked = args.unit or args.all_units
            scope = scope_from_args(session, args) if asked or own_unit_id(session) else None
            period = Period.year(args.year)
            # No unit declared yet: every record counts, as before units were told apart.
            counts = (
                scope_stats(session, period, scope) if scope else year_stats(session, args.year)
            )
            by_unit = stats_by_unit(session, period) if scope and scope.all_units else []
            title = scope_label(session, scope) if scope and not scope.is_own else None
    finally:
        db.close()
    if args.json:
        data: dict[str, object] = {"year": args.year, **counts}
        if title:
            data["scope"] = title
        if by_unit:
            data["units"] = [{"id": u.unit_id, "name": u.name, **u.stats} for u in by_unit]
        print(json.dumps(data, ensure_ascii=False, indent=2))
        return EXIT_OK
    scope_text = f" – {title}" if title else ""
    print(f"Số liệu công tác thông tin đối ngoại năm {args.year}{scope_text}")
    width = max(len(label) for label in labels.STAT_LABELS.values())
    for key, label in labels.STAT_LABELS.items():
        print(f"  {label:<{width}}  {counts.get(key, 0):>7}")
    if by_unit:
        print("Theo đơn vị:")
        for unit in by_unit:
            figures = ", ".join(
                f"{label}: {unit.stats.get(key, 0)}"
                for key, label in labels.UNIT_BREAKDOWN_LABELS.items()
            )
            print(f"  {unit.name}: {figures}")
    return EXIT_OK


def main(argv: Sequence[str] | None = None) -> int:
    utf8_output()
    parser = build_parser()
    args = parser.parse_args(argv)
    try:
        return int(args.handler(args))
    except TtdnError as exc:
        print(f"Lỗi: {exc}", file=sys.stderr)
        return EXIT_FAILED
    except KeyboardInterrupt:
        print("Đã dừng theo yêu cầu.", file=sys.stderr)
        return EXIT_FAILED
    except Exception as exc:
        log_file = setup_logging()
        log.exception("unexpected error in command %s", args.command)
        where = f" Chi tiết đã ghi vào {log_file}." if log_file else ""
        print(
            f"Lỗi không mong đợi khi chạy lệnh “{args.command}”: {exc}. "
            f"Dữ liệu đã lưu không bị ảnh hưởng.{where}",
            file=sys.stderr,
        )
        return EXIT_FAILED


if __name__ == "__main__":
    sys.exit(main())
