"""A rule's phones: the Devices list of one device kind, with how far its rollout got."""

from __future__ import annotations

from PySide6.QtCore import QLocale
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QVBoxLayout, QWidget

from app.domain.compliance import Rollout
from app.domain.inventory import DeviceQuery
from app.domain.rules import UpdateRule
from app.ui.context import UiContext
from app.ui.models import local_time
from app.ui.tabs.devices import DevicesTab


class RulePhonesDialog(QDialog):
    """Every phone of the rule's kind, read from the store a window at a time."""

    def __init__(self, ctx: UiContext, rule: UpdateRule, rollout: Rollout,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("rulePhonesDialog")
        self.setWindowTitle(self.tr("Phones of {kind}").format(kind=rule.kind))
        layout = QVBoxLayout(self)
        self.summary = QLabel(self.summary_text(rule, rollout), self)
        self.summary.setObjectName("rolloutSummary")
        self.summary.setWordWrap(True)
        layout.addWidget(self.summary)
        self.devices = DevicesTab(ctx, self, DeviceQuery(kind_key=rule.kind.key))
        layout.addWidget(self.devices, 1)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.resize(1000, 560)
        self.devices.refresh()

    def summary_text(self, rule: UpdateRule, rollout: Rollout) -> str:
        locale = QLocale()
        if not rollout.phones:
            return self.tr("No phone of this kind has checked for updates yet.")
        if rule.approved is None:
            text = self.tr("No version is approved yet; %n phone(s) of this kind checked for "
                           "updates", "", rollout.phones)
        else:
            text = self.tr("{approved} of %n phone(s) run the approved version {version}", "",
                           rollout.phones).format(approved=locale.toString(rollout.approved),
                                                  version=rule.approved)
        if rule.pending is not None:
            text += "; " + self.tr("{n} run the pending version {version}").format(
                n=locale.toString(rollout.pending), version=rule.pending)
        text += "; " + self.tr("{n} run another version. Last check: {time}.").format(
            n=locale.toString(rollout.other), time=local_time(rollout.last_check))
        return text
