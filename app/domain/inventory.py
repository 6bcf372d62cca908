"""The device inventory: what the server learned about each phone from its checks."""

from __future__ import annotations

import enum
import re
from dataclasses import dataclass

from app.domain.names import DeviceKind, fold


@dataclass(frozen=True)
class DeviceSighting:
    """One answered update check, as the inventory records it."""

    kind: DeviceKind
    mac: str | None  # normalized
    serial: str | None
    versions: dict[str, str]  # update type -> version the device runs
    seen_at: str  # ISO 8601 UTC
    address: str
    user_id: str | None
    external: bool
    offer: str | None  # e.g. "CPE 4.0.7577.4366 Approved", None when nothing was offered
    is_test_device: bool

    @property
    def key(self) -> str:
        """One entry per device: by MAC when known, else by serial."""
        if self.mac:
            return f"mac:{self.mac}"
        return f"serial:{fold(self.serial or '')}"


@dataclass(frozen=True)
class InventoryEntry:
    kind: DeviceKind
    mac: str | None
    serial: str | None
    versions: dict[str, str]
    first_seen: str
    last_seen: str
    address: str
    user_id: str | None
    external: bool
    last_offer: str | None
    is_test_device: bool
    checks: int

    @property
    def key(self) -> str:
        """The inventory key, as :attr:`DeviceSighting.key` makes it."""
        if self.mac:
            return f"mac:{self.mac}"
        return f"serial:{fold(self.serial or '')}"


@dataclass(frozen=True)
class DeviceProfile:
    """What many devices share: kind, versions run, test-device flag and last offer.

    A device's compliance depends on nothing else (and on the rules), so the
    console works it out once per profile, not once per device: a fleet of a
    million phones has a few hundred profiles.
    """

    profile_id: int
    kind: DeviceKind
    versions: dict[str, str]
    is_test_device: bool
    last_offer: str | None


class DeviceColumn(enum.IntEnum):
    """The inventory's columns, in the Devices tab's order."""

    KIND = 0
    MAC = 1
    SERIAL = 2
    VERSIONS = 3
    LAST_SEEN = 4
    ADDRESS = 5
    USER = 6
    NETWORK = 7
    COMPLIANCE = 8
    TEST = 9

    @property
    def of_profile(self) -> bool:
        """Sorted by what the device's profile holds, not by a column of its own."""
        return self in (DeviceColumn.KIND, DeviceColumn.VERSIONS, DeviceColumn.COMPLIANCE,
                        DeviceColumn.TEST)


class SearchField(enum.Enum):
    """Where the filter text is looked for."""

    ANYWHERE = "anywhere"  # kind, MAC, serial, versions, address or user contain it
    MAC_PREFIX = "mac"  # the MAC starts with it (any spelling: 0004f2, 00:04:F2, 00-04-f2)
    USER = "user"  # the signed-in user starts with it


@dataclass(frozen=True)
class DeviceQuery:
    """Which devices to list, in which order: the Devices tab's filter and sort."""

    text: str = ""
    field: SearchField = SearchField.ANYWHERE
    state: object | None = None  # a Compliance, or None for every state
    kind_key: str | None = None  # only the phones of one kind (a rule's phones)
    sort: DeviceColumn = DeviceColumn.LAST_SEEN
    descending: bool = True


MAC_SEPARATORS = ":-. "


def mac_prefix(text: str) -> str | None:
    """A typed MAC prefix in the stored spelling: "0004f2a" or "00:04:F2:A" ->
    "00-04-F2-A"; None when it holds anything but hex digits and separators (no MAC
    starts with it)."""
    if any(c not in MAC_SEPARATORS and c not in "0123456789ABCDEFabcdef" for c in text):
        return None
    digits = "".join(c for c in text.upper() if c not in MAC_SEPARATORS)
    return "-".join(digits[i:i + 2] for i in range(0, len(digits), 2))


def mac_spelling(text: str) -> str | None:
    """A MAC (or part of one) typed with colons, dots or spaces, as the inventory spells
    it ("00:04:f2" -> "00-04-f2"), so that looking for it anywhere finds it; None for
    any other text."""
    if re.fullmatch(r"[0-9a-fA-F]{1,2}([:. ][0-9a-fA-F]{1,2})+[:. ]?", text):
        return re.sub(r"[:. ]", "-", text)
    return None


def address_sort_key(address: str) -> str:
    """IPv4 addresses numerically, anything else after them as text."""
    parts = address.split(".")
    if len(parts) == 4 and all(p.isdigit() for p in parts):
        return "0" + ".".join(p.zfill(3) for p in parts)
    return "1" + address.casefold()


def search_text(mac: str | None, serial: str | None, address: str, user_id: str | None) -> str:
    """What the Devices filter looks in, besides kind and versions: casefolded, the MAC
    also without its dashes."""
    return " ".join((mac or "", (mac or "").replace("-", ""), serial or "", address,
                     user_id or "")).casefold()


def versions_sort_key(versions: dict[str, str]) -> str:
    """Update types, then versions numerically (anything unparsable first)."""
    def padded(version: str) -> str:
        parts = version.split(".")
        return ".".join(p.zfill(5) for p in parts) if all(p.isdigit() for p in parts) else ""
    return "\x00".join(f"{t.casefold()}\x01{padded(v)}" for t, v in sorted(versions.items()))


def versions_summary(versions: dict[str, str]) -> str:
    """``CPE 4.0.7577.4366`` per update type, joined by commas."""
    return ", ".join(f"{t} {v}" for t, v in sorted(versions.items()))
