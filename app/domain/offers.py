"""What a device is offered for one module (docs/protocol.md §5): one pure function.

The web service and the console's "what would this device get" both call
:func:`decide_offer`, so they can never disagree.
"""

from __future__ import annotations

import enum
from dataclasses import dataclass

from app.domain.rules import UpdateRule
from app.domain.versions import Version


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
    approval: str | None  # "Approved" or "Pending"
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
    if approval == "Pending":
        return Offer(target, approval, OfferReason.TEST_DEVICE_PENDING)
    reason = OfferReason.ROLLBACK if target < current else OfferReason.APPROVED
    return Offer(target, approval, reason)


def _target(rule: UpdateRule, is_test_device: bool) -> tuple[Version | None, str | None]:
    if is_test_device and rule.pending is not None:
        return rule.pending, "Pending"
    if rule.approved is not None:
        return rule.approved, "Approved"
    return None, None
