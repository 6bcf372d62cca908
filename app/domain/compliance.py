"""Where a device in the inventory stands against today's rules (for the Devices tab)."""

from __future__ import annotations

import enum
from collections.abc import Callable

from app.domain.inventory import InventoryEntry
from app.domain.offers import decide_offer
from app.domain.rules import UpdateRule
from app.domain.versions import Version


class Compliance(enum.Enum):
    UP_TO_DATE = "up to date"
    OFFERED = "update offered"
    BEHIND = "behind"
    UNKNOWN_KIND = "unknown kind"


RuleLookup = Callable[[str, str], UpdateRule | None]  # (kind key, update type) -> rule


def compliance(entry: InventoryEntry, rule_for: RuleLookup) -> Compliance:
    """UNKNOWN_KIND when no rule knows the device; OFFERED when its last check was offered
    today's target; BEHIND when the target moved since (e.g. an approval after its check)."""
    targets = []
    known = False
    for update_type, text in entry.versions.items():
        rule = rule_for(entry.kind.key, update_type)
        known = known or rule is not None
        try:
            current = Version.parse(text)
        except ValueError:
            continue
        offer = decide_offer(rule, current, entry.is_test_device)
        if offer.offered:
            targets.append(f"{rule.update_type} {offer.version} {offer.approval}")
    if not known:
        return Compliance.UNKNOWN_KIND
    if not targets:
        return Compliance.UP_TO_DATE
    offered = set((entry.last_offer or "").split(", "))
    return Compliance.OFFERED if set(targets) <= offered else Compliance.BEHIND
