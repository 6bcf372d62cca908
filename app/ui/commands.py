"""What the window's actions do: confirm in plain words, work off the GUI thread, report.

Widgets gather input and call one of these; each one runs the shared
services through the one write road (:meth:`UiContext.write`: a worker
thread, one error path) and reports every rule it refused and why.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication, QObject, Signal
from PySide6.QtWidgets import QWidget

from app.domain.inventory import InventoryEntry
from app.domain.rules import RuleAction, UpdateRule, restores_to_nothing
from app.services import ActionReport, RuleFilter
from app.ui.context import UiContext
from app.ui.i18n import translated

LISTED = 20  # a confirmation names this many rules or devices, then "… and n more"


def tr(text: str) -> str:
    return QCoreApplication.translate("Commands", text)


def _titles() -> dict[RuleAction, str]:
    return {RuleAction.APPROVE: tr("Approve"), RuleAction.RESET: tr("Cancel pending"),
            RuleAction.RESTORE: tr("Restore"), RuleAction.REMOVE: tr("Remove")}


def _effects() -> dict[RuleAction, str]:
    """What each action does, in words, above the list of rules it will do it to."""
    return {
        RuleAction.APPROVE: tr("Every matching phone will be offered the pending version at "
                               "its next check."),
        RuleAction.RESET: tr("The pending version is withdrawn; test devices go back to the "
                             "approved one."),
        RuleAction.RESTORE: tr("Each rule goes back to the version approved before its "
                               "current one; phones are offered it at their next check."),
        RuleAction.REMOVE: tr("The rules are deleted; their phones get no updates until a "
                              "package is imported again."),
    }


def describe_rule(rule: UpdateRule) -> str:
    return (f"{rule.kind.brand} {rule.kind.model} {rule.kind.revision} {rule.kind.locale} "
            f"{rule.update_type} ({tr('approved')} {rule.approved or '–'}, "
            f"{tr('pending')} {rule.pending or '–'}, {tr('restore')} {rule.restore or '–'})")


def rule_names(rules: list[UpdateRule]) -> dict[str, str]:
    """Rule id -> "Brand Model", or the whole device kind and update type where two of
    *rules* share a brand and model."""
    short = {r.id: f"{r.kind.brand} {r.kind.model}" for r in rules}
    shared = {name for name, n in Counter(short.values()).items() if n > 1}
    return {r.id: f"{r.kind} {r.update_type}" if short[r.id] in shared else short[r.id]
            for r in rules}


def describe_device(entry: InventoryEntry) -> str:
    return " ".join(filter(None, (str(entry.kind), entry.mac, entry.serial)))


@dataclass(frozen=True)
class ChosenDevices:
    """Devices chosen for an action: how many, the first few to name, and their keys,
    read on a worker (a selection may hold a million rows)."""

    count: int
    sample: list[InventoryEntry]
    keys: Callable[[], list[str]]

    @classmethod
    def of(cls, entries: list[InventoryEntry]) -> ChosenDevices:
        keys = [e.key for e in entries]
        return cls(len(entries), entries[:LISTED], lambda: keys)


def listing(lines: list[str]) -> str:
    """The first lines, and how many more there are."""
    shown = "\n".join(lines[:LISTED])
    more = len(lines) - LISTED
    if more > 0:
        shown += "\n" + QCoreApplication.translate("Commands", "… and %n more", "", more)
    return shown


class Commands(QObject):
    """The window's actions as methods; emits what changed so views refresh."""

    rules_changed = Signal()
    files_cleared = Signal()
    logs_cleared = Signal()
    devices_removed = Signal()

    def __init__(self, ctx: UiContext, parent: QWidget) -> None:
        super().__init__(parent)
        self.ctx, self.window = ctx, parent
        self.services = ctx.services

    # -- rules ----------------------------------------------------------------------

    def apply_to_rules(self, action: RuleAction, rules: list[UpdateRule]) -> None:
        title = _titles()[action]
        if not rules:
            self.ctx.prompter.report(self.window, title, tr("Select one or more rules first."))
            return
        if not self._confirm_action(action, rules):
            return
        allowed: tuple[str, ...] | None = None  # None: restore as Lync does, without asking
        if action is RuleAction.RESTORE:
            chosen = self._choose_restores(rules)
            if chosen is None:
                return
            rules, allowed = chosen
        selection = RuleFilter(ids=tuple(r.id for r in rules))
        self.ctx.write(self.window, lambda _task: self.services.apply(action, selection, allowed),
                       lambda report: self._report_action(title, report))

    def _confirm_action(self, action: RuleAction, rules: list[UpdateRule]) -> bool:
        question, button = self._wording(action, len(rules))
        if action is RuleAction.RESTORE:
            names = rule_names(rules)
            lines = [self.restore_outcome(r, names[r.id]) for r in rules]
        else:
            lines = [describe_rule(r) for r in rules]
        return self.ctx.prompter.confirm(
            self.window, _titles()[action], question,
            f"{_effects()[action]}\n\n{listing(lines)}", accept=button,
            reject=self.tr("Keep them") if action is RuleAction.RESET else "")

    def _wording(self, action: RuleAction, n: int) -> tuple[str, str]:
        """(the question, the button that does it) for *n* rules."""
        if action is RuleAction.APPROVE:
            return self.tr("Approve %n rule(s)?", "", n), self.tr("Approve %n rule(s)", "", n)
        if action is RuleAction.RESET:
            return (self.tr("Cancel the pending version of %n rule(s)?", "", n),
                    self.tr("Cancel %n pending version(s)", "", n))
        if action is RuleAction.RESTORE:
            return self.tr("Restore %n rule(s)?", "", n), self.tr("Restore %n rule(s)", "", n)
        return self.tr("Remove %n rule(s)?", "", n), self.tr("Remove %n rule(s)", "", n)

    def restore_outcome(self, rule: UpdateRule, name: str) -> str:
        """What restoring *rule* will do, in one sentence."""
        if restores_to_nothing(rule):
            return self.tr("{rule} has no previous version: it will have no approved version, "
                           "and its phones keep what they run.").format(rule=name)
        if rule.approved is None:
            return self.tr("{rule} has no approved version; it stays as it is.").format(
                rule=name)
        return self.tr("{rule} goes back to {version}.").format(rule=name, version=rule.restore)

    def _choose_restores(self, rules: list[UpdateRule],
                         ) -> tuple[list[UpdateRule], tuple[str, ...]] | None:
        """(the rules to restore, those of them that may be left with no approved version),
        asking about the latter on their own; None when nothing is left to do."""
        to_nothing = [r for r in rules if restores_to_nothing(r)]
        if not to_nothing:
            return rules, ()
        if self._confirm_no_previous(to_nothing):
            return rules, tuple(r.id for r in to_nothing)
        others = [r for r in rules if not restores_to_nothing(r)]
        return (others, ()) if others else None

    def _confirm_no_previous(self, rules: list[UpdateRule]) -> bool:
        n, names = len(rules), rule_names(rules)
        outcomes = listing([self.restore_outcome(r, names[r.id]) for r in rules])
        return self.ctx.prompter.confirm(
            self.window, self.tr("No previous version"),
            self.tr("Leave %n rule(s) with no approved version?", "", n),
            outcomes + "\n\n" + self.tr("Until you approve a version again, these phones are "
                                        "offered no update."),
            accept=self.tr("Leave %n rule(s) without approved version", "", n),
            reject=self.tr("Keep them as they are"), cautious=True)

    def _report_action(self, title: str, report: ActionReport) -> None:
        lines = [self.tr("Done for %n rule(s).", "", len(report.done))]
        details = [f"✓ {describe_rule(r.after or r.before)}" for r in report.done]
        for result in report.refused:
            details.append(f"✗ {describe_rule(result.before)}: {translated(result.refusal)}")
        for given in report.unknown_ids:
            details.append(f"✗ {given}: " + tr("no such rule (removed meanwhile?)"))
        if report.refused or report.unknown_ids:
            lines.append(self.tr("Refused for %n rule(s); they were left as they were.", "",
                                 len(report.refused) + len(report.unknown_ids)))
        self.rules_changed.emit()
        self.ctx.prompter.report(self.window, title, " ".join(lines), "\n".join(details),
                                 problem=not report.complete)

    # -- devices ----------------------------------------------------------------------

    def remove_devices(self, chosen: ChosenDevices | list[InventoryEntry]) -> None:
        """Forget the chosen devices of the inventory, after asking. A large choice names
        its first devices and reads the rest of its keys on the worker."""
        if isinstance(chosen, list):
            chosen = ChosenDevices.of(chosen)
        title, n = self.tr("Remove devices"), chosen.count
        if not n:
            self.ctx.prompter.report(self.window, title,
                                     self.tr("Select one or more devices first."))
            return
        names = [describe_device(e) for e in chosen.sample[:LISTED]]
        more = n - len(names)
        if more > 0:
            names.append(self.tr("… and %n more", "", more))
        if not self.ctx.prompter.confirm(
                self.window, title, self.tr("Remove %n device(s) from the inventory?", "", n),
                self._forgetting() + "\n\n" + "\n".join(names),
                accept=self.tr("Remove %n device(s)", "", n)):
            return
        keys = chosen.keys
        self.ctx.write(self.window, lambda _task: self.services.remove_devices(keys()),
                       lambda removed: self._report_devices(title, removed))

    def remove_devices_not_seen(self) -> None:
        """Forget every device that has not checked in for a number of days the user gives."""
        title = self.tr("Remove devices not seen")
        days = self.ctx.prompter.ask_int(
            self.window, title,
            self.tr("Remove devices that have not checked for updates for (days):"),
            30, 1, 3650)
        if days is None or not self.ctx.prompter.confirm(
                self.window, title,
                self.tr("Remove every device not seen for %n day(s)?", "", days),
                self._forgetting(),
                accept=self.tr("Remove devices not seen for %n day(s)", "", days)):
            return
        self.ctx.write(self.window, lambda _task: self.services.remove_devices_not_seen_for(days),
                       lambda removed: self._report_devices(title, removed))

    def _forgetting(self) -> str:
        return self.tr("Only the console forgets them: nothing changes on the phones, and a "
                       "phone that checks for updates again is listed again.")

    def _report_devices(self, title: str, removed: int) -> None:
        self.devices_removed.emit()
        self.ctx.prompter.report(self.window, title, self.tr(
            "Removed %n device(s) from the inventory.", "", removed))

    # -- maintenance --------------------------------------------------------------------

    def clear_files(self) -> None:
        title = tr("Clear update files")
        if not self.ctx.prompter.confirm(
                self.window, title, tr("Delete every stored update file that no rule uses?"),
                tr("Files of approved, pending and restore versions are kept."),
                accept=self.tr("Delete unused files")):
            return
        self.ctx.write(self.window, lambda _task: self.services.clear_files(),
                       lambda cleared: self._report_cleared(title, cleared))

    def _report_cleared(self, title: str, cleared) -> None:
        text = self.tr("Deleted %n unused version(s), {mb:.1f} MB freed.", "",
                       len(cleared.versions)).format(mb=cleared.freed_bytes / 1_000_000)
        self.files_cleared.emit()
        self.ctx.prompter.report(self.window, title, text, "\n".join(cleared.versions))

    def clear_logs(self) -> None:
        title = tr("Clear logs")
        days = self.ctx.prompter.ask_int(
            self.window, title, tr("Delete device logs and audit files older than (days):"),
            7, 1, 30)
        if days is None:
            return
        self.ctx.write(self.window, lambda _task: self.services.clear_logs(days),
                       lambda removed: self._report_logs(title, removed, days))

    def _report_logs(self, title: str, removed: int, days: int) -> None:
        self.logs_cleared.emit()
        self.ctx.prompter.report(self.window, title, self.tr(
            "Deleted %n log file(s) older than {days}.", "", removed).format(
            days=self.tr("%n day(s)", "", days)))
