"""Update rules and their lifecycle (docs/protocol.md §4), as pure functions.

The store loads rules, these functions decide, and the store writes the
result; nothing here knows about SQL or Qt.
"""

from __future__ import annotations

import enum
from dataclasses import dataclass, replace
from datetime import datetime

from app.domain.errors import Text
from app.domain.names import DeviceKind, fold
from app.domain.versions import Version


class RuleState(enum.StrEnum):
    """Which tab a rule shows in: a pending version waits, or only an approved one is set.

    A StrEnum, so the command line's ``--state pending`` and stored UI state
    compare equal; a misspelt state is a ValueError (a bug), never the
    administrator's mistake.
    """

    PENDING = "pending"
    APPROVED = "approved"
    EMPTY = "empty"  # neither: a rule restored to nothing, or one being made


class RuleAction(enum.Enum):
    """Administrator actions and the Lync cmdlets they mirror."""

    APPROVE = "approve"
    RESET = "reset"
    RESTORE = "restore"
    REMOVE = "remove"

    @property
    def cmdlet(self) -> str:
        return {
            "approve": "Approve-CsDeviceUpdateRule",
            "reset": "Reset-CsDeviceUpdateRule",
            "restore": "Restore-CsDeviceUpdateRule",
            "remove": "Remove-CsDeviceUpdateRule",
        }[self.value]


@dataclass(frozen=True)
class UpdateRule:
    """One rule per (device kind, update type)."""

    id: str
    kind: DeviceKind
    update_type: str
    approved: Version | None = None
    pending: Version | None = None
    restore: Version | None = None
    created_at: datetime | None = None
    updated_at: datetime | None = None

    @property
    def key(self) -> tuple[str, str]:
        return (self.kind.key, fold(self.update_type))

    def identity(self, pool: str) -> str:
        return f"service:WebServer:{pool}/{self.id}"

    @property
    def state(self) -> RuleState:
        """Pending if a pending version waits, else approved if one is approved."""
        if self.pending is not None:
            return RuleState.PENDING
        return RuleState.APPROVED if self.approved is not None else RuleState.EMPTY

    def referenced_versions(self) -> set[Version]:
        return {v for v in (self.approved, self.pending, self.restore) if v is not None}


class ImportEffect(enum.Enum):
    """What importing version V does to a rule (docs/protocol.md §4, import table)."""

    NEW = "new rule"
    PENDING_ADDED = "new pending"  # an existing rule that had no pending version
    REPLACES_PENDING = "replaces pending"
    ALREADY_APPROVED = "already approved"
    UNCHANGED = "unchanged"

    @property
    def changes_rule(self) -> bool:
        return self in (ImportEffect.NEW, ImportEffect.PENDING_ADDED,
                        ImportEffect.REPLACES_PENDING)


def import_effect(rule: UpdateRule | None, version: Version) -> ImportEffect:
    """Decide what importing *version* does to *rule* (None when no rule exists)."""
    if rule is None:
        return ImportEffect.NEW
    if rule.pending == version:
        return ImportEffect.UNCHANGED
    if rule.approved == version and rule.pending is None:
        return ImportEffect.ALREADY_APPROVED
    if rule.pending is None:
        return ImportEffect.PENDING_ADDED
    return ImportEffect.REPLACES_PENDING


@dataclass(frozen=True)
class ActionResult:
    """The outcome of one action on one rule: the new rule (None if removed) or a refusal."""

    before: UpdateRule
    after: UpdateRule | None
    refusal: str | None = None

    @property
    def refused(self) -> bool:
        return self.refusal is not None


def restores_to_nothing(rule: UpdateRule) -> bool:
    """Whether restoring *rule* would leave its kind with no approved version.

    Lync's Restore-CsDeviceUpdateRule does that when there is no previous
    version (docs/protocol.md §4): the rule keeps no approved version and its phones keep
    running what they have. The console and the command line ask first.
    """
    return rule.approved is not None and rule.restore is None


NO_PREVIOUS_REFUSAL = Text("it has no previous version: restoring would leave it with no "
                           "approved version (its phones would keep what they run)")


def apply_action(action: RuleAction, rule: UpdateRule, now: datetime,
                 allow_no_previous: bool = True) -> ActionResult:
    """Apply one administrator action to one rule, or say why it cannot be done.

    *allow_no_previous* False refuses a restore that would leave no approved
    version, for callers that asked the administrator and were told no.
    """
    if action is RuleAction.REMOVE:
        return ActionResult(rule, None)
    if action in (RuleAction.APPROVE, RuleAction.RESET) and rule.pending is None:
        return ActionResult(rule, rule, Text("it has no pending version"))
    if action is RuleAction.RESTORE and rule.approved is None:
        return ActionResult(rule, rule, Text("it has no approved version to roll back"))
    if action is RuleAction.RESTORE and restores_to_nothing(rule) and not allow_no_previous:
        return ActionResult(rule, rule, NO_PREVIOUS_REFUSAL)
    return ActionResult(rule, replace(_changed(action, rule), updated_at=now))


def _changed(action: RuleAction, rule: UpdateRule) -> UpdateRule:
    if action is RuleAction.APPROVE:
        return replace(rule, restore=rule.approved, approved=rule.pending, pending=None)
    if action is RuleAction.RESET:
        return replace(rule, pending=None)
    return replace(rule, approved=rule.restore, restore=None)
