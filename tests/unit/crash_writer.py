"""The writer killed by test_crash_safety: commits records through the services in a loop.

Run as `python crash_writer.py DATABASE`. Importing the program costs about a second, so the
script imports once and then forks one writer per line read on stdin ("run ACK_FILE"): the child
opens the database with `open_database`, sends its stdout to ACK_FILE and prints the id of each
record after its commit returned, flushing every line. The parent prints "child PID" when a child
starts and "reaped PID STATUS" when it has died (the test kills children with SIGKILL).
"""

from __future__ import annotations

import contextlib
import io
import os
import sys
import tempfile
import traceback
from datetime import date
from pathlib import Path

from sqlalchemy import select

from ttdn_desktop.core.database import open_database, sqlite_backup
from ttdn_desktop.core.models import Document, Organization, Topic
from ttdn_desktop.core.records import DocumentData, save, trash


def write_forever(db_path: str, limit: int | None = None) -> None:
    db = open_database(db_path)
    with db.session() as s:
        topic_ids = list(s.scalars(select(Topic.id)))
        org_ids = list(s.scalars(select(Organization.id).where(Organization.kind != "own_unit")))
    n = 0
    while limit is None or n < limit:
        n += 1
        with db.session() as s:
            record_id = save(
                s,
                DocumentData(
                    kind="other",  # needs no number, so every iteration is valid
                    issued_date=date(2025, 1 + n % 12, 1 + n % 28),
                    subject=f"Văn bản thử số {n} của tiến trình {os.getpid()}",
                    topic_ids=topic_ids[: 1 + n % 3],
                    recipient_ids=org_ids[: n % 3],
                ),
            )
            if n % 7 == 0:
                # Some transactions also move an earlier record to the trash.
                trash(s, Document, [record_id - 1])
        # The commit has returned: from now on the record must survive anything.
        print(record_id, flush=True)
    db.close()


def warm_up(db_path: str) -> None:
    """Write a few records into a throwaway copy, so that forked children start with SQLAlchemy's
    mappers configured and statements compiled, and reach their first commit in milliseconds."""
    with tempfile.TemporaryDirectory() as folder:
        copy = Path(folder) / "copy.sqlite"
        sqlite_backup(Path(db_path), copy)
        with contextlib.redirect_stdout(io.StringIO()):
            write_forever(str(copy), limit=8)


def main() -> None:
    db_path = sys.argv[1]
    warm_up(db_path)
    print("ready", flush=True)
    while line := sys.stdin.readline():
        command, _, ack_file = line.strip().partition(" ")
        if command != "run":
            break
        pid = os.fork()
        if pid == 0:
            try:
                fd = os.open(ack_file, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o644)
                os.dup2(fd, 1)
                sys.stdout = os.fdopen(1, "w", buffering=1, encoding="utf-8", closefd=False)
                write_forever(db_path)
            except BaseException:
                traceback.print_exc()
                sys.stderr.flush()
            finally:
                os._exit(3)  # never return into the parent's loop
        print(f"child {pid}", flush=True)
        _, status = os.waitpid(pid, 0)
        print(f"reaped {pid} {status}", flush=True)


if __name__ == "__main__":
    main()
