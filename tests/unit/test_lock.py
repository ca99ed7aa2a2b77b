"""The optional password lock: only a salted slow hash is stored, wrong passwords are slowed down
and the count survives a restart; the lock travels with the data."""

from __future__ import annotations

import json
import unicodedata

import pytest
from sqlalchemy import select

from ttdn_desktop.core import lock
from ttdn_desktop.core.database import Database, open_database
from ttdn_desktop.core.errors import ValidationError
from ttdn_desktop.core.models import Setting

PASSWORD = "Hà Giang 2020"


@pytest.fixture(autouse=True)
def cheap_scrypt(monkeypatch: pytest.MonkeyPatch) -> None:
    """The real cost (128 MiB, half a second) is for real use; tests need the logic only."""
    monkeypatch.setattr(lock, "SCRYPT_N", 2**10)


class FakeClock:
    def __init__(self) -> None:
        self.now = 1_000_000.0

    def __call__(self) -> float:
        return self.now


def _settings(db: Database) -> dict[str, object]:
    with db.session() as session:
        return {s.key: s.value for s in session.scalars(select(Setting))}


def test_no_lock_by_default(db: Database) -> None:
    assert lock.lock_settings(db) == lock.LockSettings(enabled=False)
    assert lock.PasswordGate(db).attempt("anything").ok


def test_only_a_salted_scrypt_hash_and_the_hint_are_stored(db: Database) -> None:
    lock.set_password(db, PASSWORD, PASSWORD, hint="quê mẹ", idle_minutes=10)
    stored = _settings(db)[lock.LOCK_KEY]
    assert isinstance(stored, dict)
    text = json.dumps(stored, ensure_ascii=False)
    assert PASSWORD not in text and "Hà Giang" not in text
    assert stored["scheme"] == "scrypt" and stored["n"] == 2**10 and stored["r"] == 8
    assert len(bytes.fromhex(stored["salt"])) == 16 and len(bytes.fromhex(stored["hash"])) == 32
    assert lock.lock_settings(db) == lock.LockSettings(True, "quê mẹ", 10)
    # The same password set again gets another salt, so another hash.
    lock.set_password(db, PASSWORD, PASSWORD)
    again = _settings(db)[lock.LOCK_KEY]
    assert isinstance(again, dict)
    assert again["salt"] != stored["salt"] and again["hash"] != stored["hash"]


def test_composed_and_decomposed_vietnamese_are_the_same_password(db: Database) -> None:
    lock.set_password(db, unicodedata.normalize("NFD", PASSWORD), PASSWORD)
    gate = lock.PasswordGate(db)
    assert gate.attempt(unicodedata.normalize("NFC", PASSWORD)).ok
    assert not gate.attempt("Ha Giang 2020").ok


@pytest.mark.parametrize(
    ("password", "confirmation", "hint", "field", "words"),
    [
        ("abc", "abc", None, "password", "ít nhất 6"),
        (" abcdef", " abcdef", None, "password", "dấu cách"),
        ("abcdef", "abcdeg", None, "confirmation", "không giống"),
        ("abcdef", "abcdef", "mật khẩu là ABCDEF", "hint", "chứa chính mật khẩu"),
        ("abcdef", "abcdef", "x" * 201, "hint", "dài quá"),
    ],
)
def test_a_bad_new_password_is_refused_with_its_field(
    db: Database, password: str, confirmation: str, hint: str | None, field: str, words: str
) -> None:
    with pytest.raises(ValidationError) as caught:
        lock.set_password(db, password, confirmation, hint)
    assert caught.value.field == field and words in str(caught.value)
    assert not lock.lock_settings(db).enabled


def test_the_idle_time_must_be_sensible(db: Database) -> None:
    with pytest.raises(ValidationError):
        lock.set_password(db, PASSWORD, PASSWORD, idle_minutes=-1)
    lock.set_password(db, PASSWORD, PASSWORD, idle_minutes=5)
    lock.set_idle_minutes(db, 30)
    assert lock.lock_settings(db).idle_minutes == 30
    assert lock.PasswordGate(db).attempt(PASSWORD).ok  # the hash was kept


def test_wrong_passwords_wait_longer_and_longer(db: Database) -> None:
    lock.set_password(db, PASSWORD, PASSWORD)
    clock = FakeClock()
    gate = lock.PasswordGate(db, clock=clock)
    for _ in range(lock.FREE_FAILURES - 1):
        result = gate.attempt("sai rồi")
        assert not result.ok and result.wait_s == 0 and result.message == "Mật khẩu không đúng."
    waits = []
    for _ in range(4):
        result = gate.attempt("sai rồi")
        assert not result.ok and "hãy đợi" in result.message
        waits.append(result.wait_s)
        # Too soon, even the right password is not checked.
        clock.now += result.wait_s - 1
        early = gate.attempt(PASSWORD)
        assert not early.ok and early.wait_s == pytest.approx(1) and "Hãy đợi" in early.message
        clock.now += 1
    assert waits == [5, 10, 20, 40]
    assert lock.delay_after(50) == lock.MAX_DELAY_S
    assert gate.attempt(PASSWORD).ok
    assert gate.failures == 0 and gate.remaining_wait() == 0


def test_the_count_of_failures_survives_a_restart(db: Database) -> None:
    lock.set_password(db, PASSWORD, PASSWORD)
    clock = FakeClock()
    first = lock.PasswordGate(db, clock=clock)
    for _ in range(lock.FREE_FAILURES):
        first.attempt("sai")
    # A new program (a new gate over the same data) still has to wait.
    second = lock.PasswordGate(db, clock=clock)
    assert second.failures == lock.FREE_FAILURES
    assert second.remaining_wait() == lock.FIRST_DELAY_S
    assert not second.attempt(PASSWORD).ok
    clock.now += lock.FIRST_DELAY_S
    assert second.attempt(PASSWORD).ok
    assert lock.PasswordGate(db, clock=clock).failures == 0


def test_removing_the_password_unlocks_for_good(db: Database) -> None:
    lock.set_password(db, PASSWORD, PASSWORD, hint="gợi ý")
    lock.PasswordGate(db).attempt("sai")
    lock.remove_password(db)
    assert lock.lock_settings(db) == lock.LockSettings(enabled=False)
    assert lock.LOCK_KEY not in _settings(db) and lock.FAILURES_KEY not in _settings(db)


def test_a_damaged_stored_hash_opens_nothing() -> None:
    assert not lock.password_matches(PASSWORD, {"scheme": "scrypt", "salt": "zz"})
    assert not lock.password_matches(PASSWORD, {"scheme": "md5", "hash": "00"})


@pytest.mark.sqlite_only("copies the database file")
def test_the_lock_travels_with_a_copy_of_the_data(db: Database, tmp_path) -> None:  # type: ignore[no-untyped-def]
    lock.set_password(db, PASSWORD, PASSWORD, hint="gợi ý")
    assert db.path is not None
    from ttdn_desktop.core.database import sqlite_backup

    copy = tmp_path / "copy.sqlite"
    sqlite_backup(db.path, copy)
    other = open_database(copy)
    try:
        assert lock.lock_settings(other).enabled
        assert lock.PasswordGate(other).attempt(PASSWORD).ok
    finally:
        other.close()
