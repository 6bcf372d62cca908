"""What the window's actions do: confirm in plain words, work off the GUI thread, report.

Widgets gather input and call one of these; each one runs the shared
services on a worker and reports every rule it refused and why.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QObject, Signal
from PySide6.QtWidgets import QWidget

from app.domain.rules import RuleAction, UpdateRule
from app.services import ActionReport, RuleFilter
from app.ui.context import UiContext


def tr(text: str) -> str:
    return QCoreApplication.translate("Commands", text)


def _verbs() -> dict[RuleAction, tuple[str, str]]:
    """(title, what it does in words) per action."""
    return {
        RuleAction.APPROVE: (tr("Approve"), tr("Every matching phone will be offered the "
                                               "pending version at its next check.")),
        RuleAction.RESET: (tr("Cancel pending"), tr("The pending version is withdrawn; "
                                                    "test devices go back to the approved one.")),
        RuleAction.RESTORE: (tr("Restore"), tr("The approved version rolls back to the "
                                               "previous one; phones will be offered it.")),
        RuleAction.REMOVE: (tr("Remove"), tr("The rules are deleted; their phones get no "
                                             "updates until a package is imported again.")),
    }


def describe_rule(rule: UpdateRule) -> str:
    return (f"{rule.kind.brand} {rule.kind.model} {rule.kind.revision} {rule.kind.locale} "
            f"{rule.update_type} ({tr('approved')} {rule.approved or '–'}, "
            f"{tr('pending')} {rule.pending or '–'}, {tr('restore')} {rule.restore or '–'})")


class Commands(QObject):
    """The window's actions as methods; emits what changed so views refresh."""

    rules_changed = Signal()
    files_cleared = Signal()
    logs_cleared = Signal()

    def __init__(self, ctx: UiContext, parent: QWidget) -> None:
        super().__init__(parent)
        self.ctx, self.window = ctx, parent

    def apply_to_rules(self, action: RuleAction, rules: list[UpdateRule]) -> None:
        title, effect = _verbs()[action]
        if not rules:
            self.ctx.prompter.report(self.window, title, tr("Select one or more rules first."))
            return
        listing = "\n".join(describe_rule(r) for r in rules[:20])
        more = len(rules) - 20
        if more > 0:
            listing += "\n" + tr("… and {n} more").format(n=more)
        question = tr("{action} {n} rule(s)?").format(action=title, n=len(rules))
        if not self.ctx.prompter.confirm(self.window, title, question,
                                         f"{effect}\n\n{listing}"):
            return
        selection = RuleFilter(ids=tuple(r.id for r in rules))
        self._run(lambda task: self.ctx.services.apply(action, selection),
                  lambda report: self._report_action(title, report))

    def _report_action(self, title: str, report: ActionReport) -> None:
        lines = [tr("Done for {n} rule(s).").format(n=len(report.done))]
        details = [f"✓ {describe_rule(r.after or r.before)}" for r in report.done]
        for result in report.refused:
            details.append(f"✗ {describe_rule(result.before)}: {result.refusal}")
        for given in report.unknown_ids:
            details.append(f"✗ {given}: " + tr("no such rule (removed meanwhile?)"))
        if report.refused or report.unknown_ids:
            lines.append(tr("Refused for {n} rule(s); they were left as they were.").format(
                n=len(report.refused) + len(report.unknown_ids)))
        self.rules_changed.emit()
        self.ctx.prompter.report(self.window, title, " ".join(lines), "\n".join(details),
                                 problem=not report.complete)

    def clear_files(self) -> None:
        title = tr("Clear update files")
        if not self.ctx.prompter.confirm(
                self.window, title, tr("Delete every stored update file that no rule uses?"),
                tr("Files of approved, pending and restore versions are kept.")):
            return
        self._run(lambda task: self.ctx.services.clear_files(),
                  lambda cleared: self._report_cleared(title, cleared))

    def _report_cleared(self, title: str, cleared) -> None:
        text = tr("Deleted {n} unused version(s), {mb:.1f} MB freed.").format(
            n=len(cleared.versions), mb=cleared.freed_bytes / 1_000_000)
        self.files_cleared.emit()
        self.ctx.prompter.report(self.window, title, text, "\n".join(cleared.versions))

    def clear_logs(self) -> None:
        title = tr("Clear logs")
        days = self.ctx.prompter.ask_int(
            self.window, title, tr("Delete device logs and audit files older than (days):"),
            7, 1, 30)
        if days is None:
            return
        self._run(lambda task: self.ctx.services.clear_logs(days),
                  lambda removed: self._report_logs(title, removed, days))

    def _report_logs(self, title: str, removed: int, days: int) -> None:
        self.logs_cleared.emit()
        self.ctx.prompter.report(self.window, title, tr(
            "Deleted {n} log file(s) older than {days} days.").format(n=removed, days=days))

    def _run(self, work: Callable, done: Callable) -> None:
        self.ctx.tasks.run(work, done, lambda exc: self.ctx.prompter.error(self.window, exc))
