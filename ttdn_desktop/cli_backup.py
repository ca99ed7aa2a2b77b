"""`ttdn backup` and `ttdn restore`: the same backups as the window, from the command line."""

from __future__ import annotations

import argparse
import sys
from datetime import datetime
from pathlib import Path
from typing import Any

from ttdn_desktop.core.backup import (
    SUFFIX,
    BackupError,
    backup_now,
    backups_dir_of_file,
    create_backup,
    describe_backup,
    list_backups,
    restore_backup,
)
from ttdn_desktop.core.database import check_database, open_database, resolve_url
from ttdn_desktop.core.errors import TtdnError

EXIT_OK = 0
EXIT_FAILED = 1


def add_backup_parser(commands: Any) -> None:
    backup = commands.add_parser(
        "backup",
        help="sao lưu cơ sở dữ liệu cùng các tệp đính kèm vào một tệp",
        description="Sao lưu cơ sở dữ liệu và tệp đính kèm vào một tệp có mã kiểm tra từng phần. "
        "Không có --output: ghi vào thư mục sao lưu tự động trong thư mục dữ liệu.",
    )
    what = backup.add_mutually_exclusive_group()
    what.add_argument(
        "--output",
        metavar="TỆP",
        type=Path,
        help=f"tệp sao lưu cần ghi (đuôi {SUFFIX}); nếu là một thư mục (ví dụ USB), "
        "tệp được đặt tên theo ngày giờ trong thư mục đó",
    )
    what.add_argument(
        "--list", action="store_true", help="liệt kê các bản sao lưu tự động của cơ sở dữ liệu"
    )
    backup.set_defaults(handler=cmd_backup)

    restore = commands.add_parser(
        "restore",
        help="khôi phục cơ sở dữ liệu và tệp đính kèm từ một tệp sao lưu",
        description="Kiểm tra tệp sao lưu, cho biết nội dung, sao lưu dữ liệu hiện tại rồi thay "
        "cơ sở dữ liệu bằng bản trong tệp.",
    )
    restore.add_argument("file", metavar="TỆP", type=Path, help="tệp sao lưu (.ttdnbak)")
    restore.add_argument(
        "--yes", action="store_true", help="không hỏi xác nhận (dùng trong tập lệnh)"
    )
    restore.set_defaults(handler=cmd_restore)


def _db_file(args: argparse.Namespace) -> Path:
    url = resolve_url(args.db)
    if url.get_backend_name() != "sqlite" or not url.database:
        raise TtdnError(
            "Sao lưu và khôi phục bằng chương trình chỉ áp dụng cho cơ sở dữ liệu trong tệp "
            "(SQLite). Với máy chủ PostgreSQL, hãy dùng pg_dump và pg_restore."
        )
    return Path(url.database)


def cmd_backup(args: argparse.Namespace) -> int:
    path = _db_file(args)
    if args.list:
        folder = backups_dir_of_file(path)  # the folder chosen in Cài đặt, if any
        found = list_backups(folder)
        print(f"Thư mục sao lưu: {folder}")
        if not found:
            print("Chưa có bản sao lưu nào.")
            return EXIT_OK
        for info in found:
            counts = ", ".join(
                f"{n} {k}"
                for k, n in (
                    ("văn bản", info.counts.get("documents", 0)),
                    ("hoạt động", info.counts.get("activities", 0)),
                    ("tin bài", info.counts.get("press_items", 0)),
                    ("tệp", info.counts.get("attachments", 0)),
                )
            )
            print(
                f"  {info.created_at:%d/%m/%Y %H:%M:%S}  {info.size_bytes / 1_048_576:7.1f} MB  "
                f"{counts}  {info.path.name}"
            )
        return EXIT_OK
    db = open_database(args.db, create=False)
    try:
        if args.output is None:
            target = backup_now(db, "manual")
            info = describe_backup(target, verify=False)
        else:
            output = Path(args.output).expanduser()
            if output.is_dir():
                output = output / f"ttdn-{datetime.now():%Y%m%d-%H%M%S}-thu-cong{SUFFIX}"
            info = create_backup(db, output)
    finally:
        db.close()
    print(f"Đã sao lưu vào: {info.path}")
    for line in info.summary_lines()[1:]:
        print(f"  {line}")
    return EXIT_OK


def _confirm(prompt: str) -> bool:
    if not sys.stdin or not sys.stdin.isatty():
        return False
    try:
        answer = input(prompt)
    except EOFError:
        return False
    return answer.strip().lower() in ("c", "co", "có", "y", "yes")


def _refuse_if_open_in_window(path: Path) -> None:
    try:
        from ttdn_desktop.gui.single_instance import instance_running
    except ImportError:  # no Qt: no window can be running from this installation
        return
    if instance_running(str(path)):
        raise TtdnError(
            "Cơ sở dữ liệu này đang mở trong cửa sổ TTĐN Desktop. Hãy đóng chương trình rồi "
            "khôi phục lại; không có gì bị thay đổi."
        )


def cmd_restore(args: argparse.Namespace) -> int:
    path = _db_file(args)
    info = describe_backup(args.file)
    print("Tệp sao lưu hợp lệ (mọi mã kiểm tra đều đúng):")
    for line in info.summary_lines():
        print(f"  {line}")
    print(f"Sẽ thay thế cơ sở dữ liệu: {path}")
    if not args.yes and not _confirm("Khôi phục? Dữ liệu hiện tại sẽ được sao lưu trước. (c/k) "):
        print(
            "Chưa khôi phục: cần xác nhận (trả lời “c”, hoặc thêm --yes). Không có gì bị thay đổi.",
            file=sys.stderr,
        )
        return EXIT_FAILED
    _refuse_if_open_in_window(path)
    result = restore_backup(path, info.path)
    if result.safety_backup:
        print(f"Dữ liệu trước khi khôi phục đã được sao lưu tại: {result.safety_backup}")
    try:
        db = open_database(path, create=False)
    except TtdnError as exc:
        raise BackupError(f"Đã chép bản sao lưu vào “{path}” nhưng không mở được: {exc}") from exc
    try:
        report = check_database(db)
    finally:
        db.close()
    if not report.ok:
        print("Cơ sở dữ liệu đã khôi phục có vấn đề:", file=sys.stderr)
        for problem in report.problems:
            print(f"  - {problem}", file=sys.stderr)
        return EXIT_FAILED
    print(
        f"Đã khôi phục dữ liệu ngày {info.created_at:%d/%m/%Y %H:%M} "
        f"({result.attachments_written} tệp đính kèm được chép lại)."
    )
    return EXIT_OK
