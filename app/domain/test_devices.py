"""Test devices: phones named by MAC or serial that receive pending updates."""

from __future__ import annotations

import enum
import re
from dataclasses import dataclass

from app.domain.errors import InvalidValueError
from app.domain.names import fold

_MAC_RE = re.compile(
    r"^[0-9A-Fa-f]{2}(?:([-:]?)[0-9A-Fa-f]{2})(?:\1[0-9A-Fa-f]{2}){4}\Z"
)
_SERIAL_RE = re.compile(r"^[A-Za-z0-9_\-]{1,64}\Z")
_SCOPE_NAME_RE = re.compile(r"^[A-Za-z0-9 _.\-]{1,64}\Z")
_DEVICE_NAME_RE = re.compile(r"^[^\x00-\x1f\x7f]{1,128}\Z")


class IdentifierType(enum.Enum):
    MAC = "MAC"
    SERIAL = "SerialNumber"


def normalize_mac(text: str) -> str:
    """Return the MAC as ``00-04-F2-12-34-56``; accept ``-``, ``:`` or no separator."""
    cleaned = (text or "").strip()
    if not _MAC_RE.match(cleaned):
        raise InvalidValueError(
            "'{text}' is not a MAC address: expected six pairs of hex digits, "
            "joined or separated by '-' or ':', e.g. 00-04-F2-12-34-56", text=text)
    digits = re.sub(r"[-:]", "", cleaned).upper()
    return "-".join(digits[i : i + 2] for i in range(0, 12, 2))


def normalize_serial(text: str) -> str:
    """Return the serial unchanged if it is letters, digits, '-' and '_' only."""
    cleaned = (text or "").strip()
    if not _SERIAL_RE.match(cleaned):
        raise InvalidValueError(
            "'{text}' is not a serial number: use 1 to 64 letters, digits, '-' or '_'",
            text=text)
    return cleaned


def normalize_scope(text: str | None) -> str:
    """Return ``global`` or ``site:<name>``."""
    cleaned = (text or "global").strip()
    if fold(cleaned) == "global":
        return "global"
    prefix, _, name = cleaned.partition(":")
    if fold(prefix) != "site" or not _SCOPE_NAME_RE.match(name.strip()):
        raise InvalidValueError(
            "scope '{text}' is not valid: use 'global' or 'site:<name>' "
            "(letters, digits, spaces, '-', '_', '.')", text=text)
    return f"site:{name.strip()}"


def check_device_name(text: str) -> str:
    cleaned = (text or "").strip()
    if not _DEVICE_NAME_RE.match(cleaned):
        raise InvalidValueError("a test device needs a name of 1 to 128 printable characters")
    return cleaned


@dataclass(frozen=True)
class TestDevice:
    """A test device; *identifier* is stored normalized."""

    __test__ = False  # not a pytest test class

    name: str
    identifier_type: IdentifierType
    identifier: str
    scope: str = "global"

    @classmethod
    def checked(cls, name: str, *, mac: str | None = None, serial: str | None = None,
                scope: str | None = None) -> TestDevice:
        """Validate and normalize; exactly one of *mac* and *serial* must be given."""
        if (mac is None) == (serial is None):
            raise InvalidValueError("give a test device either a MAC address or a serial number")
        if mac is not None:
            kind, ident = IdentifierType.MAC, normalize_mac(mac)
        else:
            kind, ident = IdentifierType.SERIAL, normalize_serial(serial or "")
        return cls(check_device_name(name), kind, ident, normalize_scope(scope))

    def applies_to_site(self, site: str | None) -> bool:
        if self.scope == "global":
            return True
        return site is not None and fold(self.scope) == fold(f"site:{site}")

    def identifies(self, mac: str | None, serial: str | None) -> bool:
        if self.identifier_type is IdentifierType.MAC:
            return mac is not None and mac == self.identifier
        return serial is not None and fold(serial) == fold(self.identifier)


def is_test_device(devices: list[TestDevice], site: str | None,
                   mac: str | None, serial: str | None) -> bool:
    """True if a device with this MAC or serial is a test device in scope for *site*."""
    norm_mac = _try_mac(mac)
    return any(d.applies_to_site(site) and d.identifies(norm_mac, serial) for d in devices)


def _try_mac(mac: str | None) -> str | None:
    try:
        return normalize_mac(mac) if mac else None
    except InvalidValueError:
        return None
