"""The optional password lock of the program: set, change, remove and check a password.

What it is: an access lock of the windows. The password is asked at start and after an idle
time, so a colleague passing by an unattended PC cannot read or change the records. What it is
not: encryption. The data file (or the server's database) stays readable by anyone who has it
and another tool; protect it with the Windows account and the folder's permissions.

The password is stored nowhere. The database keeps, in its settings, only a salted scrypt hash
(with the parameters used, so they can be raised later) and an optional hint, so the lock travels
with the data: a backup restores the lock that was in force when it was made. A forgotten
password therefore has no back door: the way back is a backup made before the password was set.

Wrong passwords are slowed down: after a few free tries each further wrong password doubles the
wait before the next try is even checked. The count is kept in the database too, so restarting
the program does not reset it. The clock is injected, so tests never sleep.
"""

from __future__ import annotations

import hashlib
import hmac
import os
import time
import unicodedata
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from sqlalchemy.exc import SQLAlchemyError

from ttdn_desktop.core.database import Database
from ttdn_desktop.core.errors import ValidationError
from ttdn_desktop.core.models import Setting

LOCK_KEY = "app_lock"
FAILURES_KEY = "app_lock_failures"

MIN_LENGTH = 6
MAX_HINT = 200
# Minutes of inactivity after which the program locks itself; 0 asks only at start.
IDLE_CHOICES = (0, 5, 10, 15, 30, 60)
DEFAULT_IDLE_MINUTES = 15

# scrypt cost: 2**17 × 8 × 128 bytes = 128 MiB and about half a second, the OWASP minimum. It is
# paid once per unlock, and makes each guess at a stolen hash as slow. Stored with the hash.
SCRYPT_N = 2**17
SCRYPT_R = 8
SCRYPT_P = 1
SALT_BYTES = 16
KEY_BYTES = 32

# Wrong passwords: this many are free, then each further one doubles the wait, up to the cap.
FREE_FAILURES = 3
FIRST_DELAY_S = 5.0
MAX_DELAY_S = 300.0

Clock = Callable[[], float]


@dataclass(frozen=True)
class LockSettings:
    """The lock as the windows need it (never the hash)."""

    enabled: bool
    hint: str | None = None
    idle_minutes: int = DEFAULT_IDLE_MINUTES


@dataclass(frozen=True)
class Attempt:
    """The outcome of one try: `ok`, or a Vietnamese message and how long until the next try."""

    ok: bool
    message: str = ""
    wait_s: float = 0.0


def _normalise(password: str) -> bytes:
    # Vietnamese typed through Unikey or the Windows keyboard may arrive composed or decomposed:
    # the same letters must give the same hash.
    return unicodedata.normalize("NFC", password).encode("utf-8")


def _scrypt(password: str, salt: bytes, n: int, r: int, p: int) -> bytes:
    # maxmem: scrypt needs 128·n·r bytes; Python's default limit (32 MiB) is below 2**17 × 8.
    return hashlib.scrypt(
        _normalise(password),
        salt=salt,
        n=n,
        r=r,
        p=p,
        maxmem=256 * n * r + (1 << 20),
        dklen=KEY_BYTES,
    )


def hash_password(password: str) -> dict[str, Any]:
    """A new salted hash of the password, with the parameters needed to check it."""
    salt = os.urandom(SALT_BYTES)
    digest = _scrypt(password, salt, SCRYPT_N, SCRYPT_R, SCRYPT_P)
    return {
        "scheme": "scrypt",
        "n": SCRYPT_N,
        "r": SCRYPT_R,
        "p": SCRYPT_P,
        "salt": salt.hex(),
        "hash": digest.hex(),
    }


def password_matches(password: str, stored: dict[str, Any]) -> bool:
    """Whether the password gives the stored hash (compared in constant time)."""
    try:
        if stored.get("scheme") != "scrypt":
            return False
        digest = _scrypt(
            password,
            bytes.fromhex(stored["salt"]),
            int(stored["n"]),
            int(stored["r"]),
            int(stored["p"]),
        )
        return hmac.compare_digest(digest, bytes.fromhex(stored["hash"]))
    except (KeyError, TypeError, ValueError):
        return False


def check_new_password(password: str, confirmation: str, hint: str | None) -> dict[str, str]:
    """Problems of a new password, keyed by field ("password", "confirmation", "hint")."""
    problems: dict[str, str] = {}
    if len(unicodedata.normalize("NFC", password)) < MIN_LENGTH:
        problems["password"] = f"Mật khẩu cần ít nhất {MIN_LENGTH} ký tự."
    elif password.strip() != password:
        problems["password"] = "Mật khẩu không được bắt đầu hoặc kết thúc bằng dấu cách."
    if _normalise(confirmation) != _normalise(password):
        problems["confirmation"] = "Hai lần nhập mật khẩu không giống nhau."
    hint = (hint or "").strip()
    if len(hint) > MAX_HINT:
        problems["hint"] = f"Gợi ý dài quá {MAX_HINT} ký tự."
    elif password and _normalise(password).lower() in _normalise(hint).lower():
        problems["hint"] = "Gợi ý không được chứa chính mật khẩu."
    return problems


def _stored(db: Database) -> dict[str, Any] | None:
    with db.session() as session:
        setting = session.get(Setting, LOCK_KEY)
        value = setting.value if setting is not None else None
    return value if isinstance(value, dict) and value.get("hash") else None


def lock_settings(db: Database) -> LockSettings:
    """Whether a password is set, its hint and the idle time (defaults when there is none)."""
    stored = _stored(db)
    if stored is None:
        return LockSettings(enabled=False)
    idle = stored.get("idle_minutes", DEFAULT_IDLE_MINUTES)
    return LockSettings(
        enabled=True,
        hint=stored.get("hint") or None,
        idle_minutes=int(idle) if isinstance(idle, int) and idle >= 0 else DEFAULT_IDLE_MINUTES,
    )


def _check_idle(minutes: int) -> int:
    if not isinstance(minutes, int) or not 0 <= minutes <= 24 * 60:
        raise ValidationError("Thời gian tự khóa phải từ 0 đến 1440 phút.", "idle_minutes")
    return minutes


def set_password(
    db: Database,
    password: str,
    confirmation: str,
    hint: str | None = None,
    idle_minutes: int = DEFAULT_IDLE_MINUTES,
) -> None:
    """Set or change the password (the caller has checked the current one, if any).

    Raises:
        ValidationError: the first problem, with `field` naming the input it belongs to.
    """
    problems = check_new_password(password, confirmation, hint)
    if problems:
        field, message = next(iter(problems.items()))
        raise ValidationError(message, field)
    value = hash_password(password)
    value["hint"] = unicodedata.normalize("NFC", (hint or "").strip()) or None
    value["idle_minutes"] = _check_idle(idle_minutes)
    with db.session() as session:
        session.merge(Setting(key=LOCK_KEY, value=value))
        session.merge(Setting(key=FAILURES_KEY, value={"count": 0, "last": None}))


def set_idle_minutes(db: Database, minutes: int) -> None:
    """Change the idle time of an existing lock (nothing happens without a password)."""
    _check_idle(minutes)
    with db.session() as session:
        setting = session.get(Setting, LOCK_KEY)
        if setting is None or not isinstance(setting.value, dict):
            return
        # A new dict: the JSON column notices only a new value, not a change inside the old one.
        setting.value = {**setting.value, "idle_minutes": minutes}


def remove_password(db: Database) -> None:
    """Remove the lock (the caller has checked the current password)."""
    with db.session() as session:
        for key in (LOCK_KEY, FAILURES_KEY):
            setting = session.get(Setting, key)
            if setting is not None:
                session.delete(setting)


def delay_after(failures: int) -> float:
    """Seconds to wait after this many wrong passwords in a row before the next one is checked."""
    if failures < FREE_FAILURES:
        return 0.0
    return min(FIRST_DELAY_S * 2 ** (failures - FREE_FAILURES), MAX_DELAY_S)


def _wait_text(seconds: float) -> str:
    seconds = max(1, round(seconds))
    if seconds < 60:
        return f"{seconds} giây"
    minutes, rest = divmod(seconds, 60)
    return f"{minutes} phút {rest} giây" if rest else f"{minutes} phút"


class PasswordGate:
    """Checks passwords against the lock of a database, slowing down wrong ones.

    The failures (how many in a row, and when the last was) live in the database's settings so a
    restart does not reset them; if the database cannot be written (read-only file) they are
    still counted for as long as this program runs. `clock` gives wall-clock seconds.
    """

    def __init__(self, db: Database, clock: Clock = time.time) -> None:
        self.db = db
        self.clock = clock
        self._count = 0
        self._last: float | None = None
        self._load()

    def _load(self) -> None:
        with self.db.session() as session:
            setting = session.get(Setting, FAILURES_KEY)
            value = setting.value if setting is not None else None
        if isinstance(value, dict):
            count, last = value.get("count"), value.get("last")
            if isinstance(count, int) and count > self._count:
                self._count = count
                self._last = float(last) if isinstance(last, int | float) else None

    @property
    def failures(self) -> int:
        return self._count

    def remaining_wait(self) -> float:
        """Seconds until the next password may be tried (0 when it may be now)."""
        if self._last is None:
            return 0.0
        elapsed = self.clock() - self._last
        # A clock set back (elapsed < 0) must not lengthen the wait beyond the delay itself.
        return max(0.0, delay_after(self._count) - max(0.0, elapsed))

    def _save(self) -> None:
        try:
            with self.db.session() as session:
                session.merge(
                    Setting(key=FAILURES_KEY, value={"count": self._count, "last": self._last})
                )
        except SQLAlchemyError:
            pass  # a read-only database: the count in memory still slows this session down

    def attempt(self, password: str) -> Attempt:
        """Try a password. Too soon after failures, it is refused without being checked."""
        self._load()  # another window or PC (a shared server) may have counted failures too
        wait = self.remaining_wait()
        if wait > 0:
            return Attempt(False, f"Hãy đợi {_wait_text(wait)} rồi thử lại.", wait)
        stored = _stored(self.db)
        if stored is None or password_matches(password, stored):
            if self._count:
                self._count, self._last = 0, None
                self._save()
            return Attempt(True)
        self._count += 1
        self._last = self.clock()
        self._save()
        wait = delay_after(self._count)
        message = "Mật khẩu không đúng."
        if wait > 0:
            message += f" Sai {self._count} lần liên tiếp: hãy đợi {_wait_text(wait)} rồi thử lại."
        return Attempt(False, message, wait)


# Words of the settings and of the lock dialog, kept beside the rules they describe.
WHAT_IT_PROTECTS = (
    "Mật khẩu khóa cửa sổ chương trình: chương trình hỏi mật khẩu khi mở và sau một thời gian "
    "không dùng, để người khác không xem hay sửa được hồ sơ trên máy đang để mở. Mật khẩu không "
    "mã hóa tệp dữ liệu: ai có tệp dữ liệu vẫn đọc được bằng công cụ khác, nên hãy giữ tệp và "
    "tài khoản Windows cẩn thận."
)
FORGOTTEN_PASSWORD = (
    "Quên mật khẩu: không ai lấy lại được mật khẩu, kể cả người hỗ trợ (chương trình chỉ giữ mã "
    "băm của nó). Cách duy nhất là khôi phục một bản sao lưu được làm trước khi đặt mật khẩu, "
    "bằng lệnh “ttdn restore TỆP” gõ trong cửa sổ “TTĐN Desktop - dòng lệnh” (menu Start của "
    "Windows; dữ liệu hiện tại được sao lưu trước); những gì nhập sau bản "
    "sao lưu đó nằm lại trong bản sao lưu an toàn, vẫn khóa bằng mật khẩu cũ. Vì vậy hãy ghi "
    "mật khẩu ở nơi an toàn và đặt một gợi ý chỉ bạn hiểu."
)
