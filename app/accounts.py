"""Accounts for external access: names and salted slow password hashes (scrypt)."""

from __future__ import annotations

import hashlib
import hmac
import re
import secrets

from app.domain.errors import InvalidValueError

_NAME_RE = re.compile(r"^[A-Za-z0-9._@\-]{1,64}\Z")
_N, _R, _P = 2**14, 8, 1
MIN_PASSWORD = 8
# Verifying against this keeps unknown names as slow as known ones (no timing oracle).
_DUMMY = None


def check_user_name(name: str) -> str:
    cleaned = (name or "").strip()
    if not _NAME_RE.match(cleaned):
        raise InvalidValueError("'{name}' is not a user name: use 1 to 64 letters, digits, "
                                "'.', '_', '-' or '@'", name=name)
    return cleaned


def hash_password(password: str) -> str:
    if len(password) < MIN_PASSWORD:
        raise InvalidValueError("the password must have at least {least} characters",
                                least=MIN_PASSWORD)
    salt = secrets.token_bytes(16)
    digest = _scrypt(password, salt, _N, _R, _P)
    return f"scrypt${_N}${_R}${_P}${salt.hex()}${digest.hex()}"


def _scrypt(password: str, salt: bytes, n: int, r: int, p: int) -> bytes:
    return hashlib.scrypt(password.encode("utf-8"), salt=salt, n=n, r=r, p=p, dklen=32,
                          maxmem=64 * 1024 * 1024)


def verify_password(password: str, stored: str | None) -> bool:
    """True if *password* matches *stored*; always does the slow work."""
    global _DUMMY
    if stored is None:
        _DUMMY = _DUMMY or hash_password("x" * MIN_PASSWORD)
        stored, known = _DUMMY, False
    else:
        known = True
    try:
        _, n, r, p, salt, digest = stored.split("$")
        actual = _scrypt(password, bytes.fromhex(salt), int(n), int(r), int(p))
    except ValueError:
        return False
    return hmac.compare_digest(actual, bytes.fromhex(digest)) and known
