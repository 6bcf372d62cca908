"""docs/protocol.md §5: what one module of a device is offered."""

from __future__ import annotations

from app.domain.names import DeviceKind
from app.domain.offers import OfferReason, decide_offer
from app.domain.rules import UpdateRule
from app.domain.versions import Version

KIND = DeviceKind("UCPhone", "Polycom", "CX600", "A", "ENU")
OLD, MID, NEW = (Version.parse(t) for t in ("4.0.1.1", "4.0.1.2", "4.0.1.3"))


def rule(approved=None, pending=None):
    return UpdateRule("id", KIND, "CPE", approved=approved, pending=pending)


def test_test_device_gets_pending():
    offer = decide_offer(rule(approved=MID, pending=NEW), OLD, is_test_device=True)
    assert (offer.version, offer.approval, offer.reason) == (
        NEW, "Pending", OfferReason.TEST_DEVICE_PENDING)


def test_ordinary_device_gets_approved_not_pending():
    offer = decide_offer(rule(approved=MID, pending=NEW), OLD, is_test_device=False)
    assert (offer.version, offer.approval) == (MID, "Approved")


def test_test_device_falls_back_to_approved():
    offer = decide_offer(rule(approved=MID), OLD, is_test_device=True)
    assert (offer.version, offer.approval) == (MID, "Approved")


def test_equal_version_means_no_update():
    offer = decide_offer(rule(approved=MID), MID, is_test_device=False)
    assert not offer.offered and offer.reason is OfferReason.CURRENT


def test_older_target_is_offered_so_restore_reaches_devices():
    offer = decide_offer(rule(approved=OLD), NEW, is_test_device=False)
    assert offer.version == OLD and offer.reason is OfferReason.ROLLBACK


def test_pending_only_reaches_nobody_but_test_devices():
    offer = decide_offer(rule(pending=NEW), OLD, is_test_device=False)
    assert not offer.offered and offer.reason is OfferReason.NO_APPROVED


def test_unknown_kind_gets_nothing():
    offer = decide_offer(None, OLD, is_test_device=True)
    assert not offer.offered and offer.reason is OfferReason.UNKNOWN_KIND
