"""The device inventory: what the server learned about each phone from its checks."""

from __future__ import annotations

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
