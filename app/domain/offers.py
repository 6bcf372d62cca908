"""What a device is offered (docs/protocol.md §5): pure functions.

The web service and the console's "what would this device get" both call
:func:`offers_for` on the same kind of source (the catalog the server keeps,
``app/store/catalog.py``), so they can never disagree.
"""

from __future__ import annotations

import enum
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Protocol

from app.domain.names import DeviceKind
from app.domain.rules import UpdateRule
from app.domain.test_devices import TestDevice, is_test_device
from app.domain.versions import Version


class Approval(enum.StrEnum):
    """What an offer is, in the protocol's words (docs/protocol.md §6.1)."""

    APPROVED = "Approved"
    PENDING = "Pending"  # a test device's offer


class OfferReason(enum.Enum):
    TEST_DEVICE_PENDING = "test device: pending version offered"
    APPROVED = "approved version offered"
    ROLLBACK = "approved version is older: offered to roll back"
    CURRENT = "already runs the target version"
    NO_APPROVED = "no approved version (pending versions reach test devices only)"
    UNKNOWN_KIND = "no rule for this device kind and update type"


@dataclass(frozen=True)
class Offer:
    """The decision for one module; *version* is None when nothing is offered."""

    version: Version | None
    approval: Approval | None
    reason: OfferReason

    @property
    def offered(self) -> bool:
        return self.version is not None


def decide_offer(rule: UpdateRule | None, current: Version, is_test_device: bool) -> Offer:
    """Return the offer for a device running *current* under *rule*."""
    if rule is None:
        return Offer(None, None, OfferReason.UNKNOWN_KIND)
    target, approval = _target(rule, is_test_device)
    if target is None:
        return Offer(None, None, OfferReason.NO_APPROVED)
    if target == current:
        return Offer(None, None, OfferReason.CURRENT)
    if approval is Approval.PENDING:
        return Offer(target, approval, OfferReason.TEST_DEVICE_PENDING)
    reason = OfferReason.ROLLBACK if target < current else OfferReason.APPROVED
    return Offer(target, approval, reason)


def _target(rule: UpdateRule,
            is_test_device: bool) -> tuple[Version | None, Approval | None]:
    if is_test_device and rule.pending is not None:
        return rule.pending, Approval.PENDING
    if rule.approved is not None:
        return rule.approved, Approval.APPROVED
    return None, None


class OfferSource(Protocol):
    """What offers are decided from: rules by kind and update type, the test devices and
    this server's site (the server's catalog is one)."""

    test_devices: tuple[TestDevice, ...]

    @property
    def site(self) -> str | None: ...

    def rule(self, kind_key: str, update_type: str) -> UpdateRule | None: ...


@dataclass(frozen=True)
class ModuleOffer:
    """The decision for one module a device reported, with the rule it came from."""

    update_type: str
    current: Version
    offer: Offer
    rule: UpdateRule | None


def offers_for(source: OfferSource, kind: DeviceKind, mac: str | None, serial: str | None,
               modules: Iterable[tuple[str, Version]]) -> tuple[bool, list[ModuleOffer]]:
    """Whether the device is a test device, and the offer for each of its modules."""
    testing = is_test_device(list(source.test_devices), source.site, mac, serial)
    decided = []
    for update_type, current in modules:
        rule = source.rule(kind.key, update_type)
        decided.append(ModuleOffer(update_type, current, decide_offer(rule, current, testing),
                                   rule))
    return testing, decided
