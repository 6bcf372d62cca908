"""Where a device in the inventory stands against today's rules (for the Devices tab)."""

from __future__ import annotations

import enum
from collections.abc import Callable, Iterable
from dataclasses import dataclass

from app.domain.inventory import DeviceProfile, InventoryEntry
from app.domain.names import fold
from app.domain.offers import decide_offer
from app.domain.rules import UpdateRule
from app.domain.versions import Version


class Compliance(enum.Enum):
    UP_TO_DATE = "up to date"
    OFFERED = "update offered"
    BEHIND = "behind"
    UNKNOWN_KIND = "unknown kind"


RuleLookup = Callable[[str, str], UpdateRule | None]  # (kind key, update type) -> rule


def compliance(entry: InventoryEntry | DeviceProfile, rule_for: RuleLookup) -> Compliance:
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


def profile_states(profiles: Iterable[DeviceProfile], rules: Iterable[UpdateRule],
                   ) -> dict[int, Compliance]:
    """Each profile's compliance against *rules*: computed once per profile."""
    by_key = {r.key: r for r in rules}

    def rule_for(kind_key: str, update_type: str) -> UpdateRule | None:
        return by_key.get((kind_key, fold(update_type)))
    return {p.profile_id: compliance(p, rule_for) for p in profiles}


@dataclass(frozen=True)
class Rollout:
    """How far the phones of a rule's kind have got: how many run its approved version,
    its pending version (test devices, mostly), something else; and the last check."""

    approved: int = 0
    pending: int = 0
    other: int = 0
    last_check: str | None = None  # ISO 8601 UTC

    @property
    def phones(self) -> int:
        return self.approved + self.pending + self.other


def rollouts(rules: Iterable[UpdateRule], profiles: Iterable[DeviceProfile],
             figures: dict[int, tuple[int, str]]) -> dict[str, Rollout]:
    """Rule id -> its rollout; *figures* gives per profile (devices, last check)."""
    by_kind: dict[str, list[DeviceProfile]] = {}
    for profile in profiles:
        if profile.profile_id in figures:
            by_kind.setdefault(profile.kind.key, []).append(profile)
    found = {}
    for rule in rules:
        counts = {"approved": 0, "pending": 0, "other": 0}
        last = None
        for profile in by_kind.get(rule.kind.key, ()):
            devices, seen = figures[profile.profile_id]
            running = _version_of(profile, rule.update_type)
            if running is not None and running == rule.approved:
                counts["approved"] += devices
            elif running is not None and running == rule.pending:
                counts["pending"] += devices
            else:
                counts["other"] += devices
            last = seen if last is None or seen > last else last
        found[rule.id] = Rollout(**counts, last_check=last)
    return found


def _version_of(profile: DeviceProfile, update_type: str) -> Version | None:
    wanted = fold(update_type)
    for given, text in profile.versions.items():
        if fold(given) == wanted:
            try:
                return Version.parse(text)
            except ValueError:
                return None
    return None
