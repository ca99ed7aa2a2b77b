"""Power cuts, approximately: a real writer process is killed with SIGKILL at random moments.

After each kill the database must open, pass `PRAGMA integrity_check` and `foreign_key_check`,
and hold every record whose commit the writer acknowledged (printed) before it died.
"""

from __future__ import annotations

import os
import random
import select
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from ttdn_desktop.core.database import open_database

KILLS = 220
WRITER = Path(__file__).with_name("crash_writer.py")

pytestmark = pytest.mark.skipif(
    not hasattr(os, "fork") or not hasattr(signal, "SIGKILL"), reason="needs fork and SIGKILL"
)


def _read_line(proc: subprocess.Popen[str], timeout: float = 20.0) -> str:
    assert proc.stdout is not None
    ready, _, _ = select.select([proc.stdout], [], [], timeout)
    if not ready:
        raise AssertionError("the writer did not answer")
    line = proc.stdout.readline()
    if not line:
        raise AssertionError(f"the writer stopped: {proc.stderr.read() if proc.stderr else ''}")
    return line.strip()


def test_sigkill_loses_no_acknowledged_record(demo_db_path: Path, tmp_path: Path) -> None:
    rng = random.Random(os.environ.get("TTDN_CRASH_SEED", "20250101"))
    stderr_file = tmp_path / "writer-stderr.txt"
    with stderr_file.open("w") as stderr:
        proc = subprocess.Popen(
            [sys.executable, str(WRITER), str(demo_db_path)],
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            stderr=stderr,
            text=True,
            encoding="utf-8",
            env={**os.environ, "PYTHONIOENCODING": "utf-8"},
        )
    started = time.monotonic()
    acknowledged: list[int] = []
    rounds_with_acks = 0
    try:
        assert _read_line(proc, 60) == "ready"
        for kill in range(KILLS):
            ack_file = tmp_path / "ack.txt"
            ack_file.write_text("", encoding="utf-8")  # a child killed at once writes nothing
            assert proc.stdin is not None
            proc.stdin.write(f"run {ack_file}\n")
            proc.stdin.flush()
            word, pid_text = _read_line(proc).split()
            assert word == "child"
            pid = int(pid_text)
            # Some kills land while the database is being opened, most amid commits.
            time.sleep(rng.uniform(0, 0.05) if kill % 4 == 0 else rng.uniform(0.08, 0.3))
            os.kill(pid, signal.SIGKILL)
            word, reaped, status_text = _read_line(proc).split()
            status = int(status_text)
            assert (word, int(reaped)) == ("reaped", pid)
            assert os.WIFSIGNALED(status) and os.WTERMSIG(status) == signal.SIGKILL, (
                f"the writer died by itself (status {status}): {stderr_file.read_text()}"
            )
            text = ack_file.read_text(encoding="utf-8")
            ids = [int(line) for line in text.splitlines(keepends=True) if line.endswith("\n")]
            rounds_with_acks += bool(ids)
            acknowledged.extend(ids)

            db = open_database(demo_db_path, create=False)
            try:
                with db.engine.connect() as conn:
                    integrity = [r[0] for r in conn.exec_driver_sql("PRAGMA integrity_check")]
                    assert integrity == ["ok"], f"after kill {kill + 1}: {integrity}"
                    broken = conn.exec_driver_sql("PRAGMA foreign_key_check").fetchall()
                    assert broken == [], f"after kill {kill + 1}: {broken[:5]}"
                    if ids:
                        marks = ",".join("?" * len(ids))
                        present = conn.exec_driver_sql(
                            f"SELECT count(*) FROM documents WHERE id IN ({marks})", tuple(ids)
                        ).scalar()
                        assert present == len(set(ids)), f"kill {kill + 1} lost a record"
            finally:
                db.close()
        assert proc.stdin is not None
        proc.stdin.write("stop\n")
        proc.stdin.flush()
        proc.wait(timeout=10)
    finally:
        if proc.poll() is None:
            proc.kill()
            proc.wait()
    elapsed = time.monotonic() - started

    # Every record acknowledged in any round is still there at the end.
    db = open_database(demo_db_path, create=False)
    try:
        with db.engine.connect() as conn:
            stored = {r[0] for r in conn.exec_driver_sql("SELECT id FROM documents")}
    finally:
        db.close()
    assert set(acknowledged) <= stored
    # The kills hit a writer that was really writing.
    assert rounds_with_acks >= KILLS // 2, rounds_with_acks
    assert len(acknowledged) > KILLS
    print(
        f"\n{KILLS} SIGKILLs in {elapsed:.1f} s, {len(acknowledged)} acknowledged records, "
        f"{rounds_with_acks} rounds with acknowledgements"
    )
