"""The console's words after an import over approved and pending versions (issue 9.3)."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from app.domain.rules import RuleAction
from app.services import RuleFilter
from app.ui.dialogs.import_preview import effect_text
from app.ui.import_flow import ImportFlow

V1, V2, V3 = "4.0.7577.4366", "4.0.7577.4400", "4.0.7577.4500"


def imported(services, sample_cab, version):
    return services.import_package(services.read_package(sample_cab(version)))


def report(ctx, qtbot, plan) -> str:
    parent = QWidget()
    qtbot.addWidget(parent)
    text, details = ImportFlow(ctx, parent).report_text(plan)
    return text + "\n" + details


def test_a_new_version_over_approved_ones_replaces_nothing(ctx, qtbot, sample_cab):
    services = ctx.services
    imported(services, sample_cab, V1)
    services.apply(RuleAction.APPROVE, RuleFilter())
    plan = imported(services, sample_cab, V2)
    text = report(ctx, qtbot, plan)
    assert "Rules with a new pending version: 4" in text
    assert "replaced an older pending version" not in text
    assert "None" not in text
    assert {effect_text(item) for item in plan.items} == {"New pending version"}


def test_a_new_version_over_pending_ones_names_what_it_replaced(ctx, qtbot, sample_cab):
    services = ctx.services
    imported(services, sample_cab, V1)
    services.apply(RuleAction.APPROVE, RuleFilter(brand="HP"))
    imported(services, sample_cab, V2)  # HP: pending over approved; the rest: over pending
    plan = imported(services, sample_cab, V3)
    text = report(ctx, qtbot, plan)
    assert "Rules with a new pending version: 4" in text
    assert "… of which replaced an older pending version: 4" in text
    assert {effect_text(i) for i in plan.items} == {
        f"New pending version; replaces pending {V2}"}
