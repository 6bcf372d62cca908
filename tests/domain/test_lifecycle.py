"""docs/protocol.md §4 row by row, through the services an administrator uses."""

from __future__ import annotations

import pytest

from app.domain.rules import ImportEffect, RuleAction
from app.domain.versions import Version
from app.services import RuleFilter

V1, V2, V3 = "4.0.7577.4366", "4.0.7577.4400", "4.0.7577.4500"
pytestmark = pytest.mark.both_engines  # the lifecycle is the store contract


def import_version(services, sample_cab, version):
    return services.import_package(services.read_package(sample_cab(version)))


def polycom(services):
    (rule,) = services.rules(RuleFilter(brand="polycom"))
    return rule


def act(services, action, **selection):
    return services.apply(RuleAction(action), RuleFilter(**selection))


def v(text):
    return Version.parse(text)


# -- import table -----------------------------------------------------------------


def test_import_creates_pending_rules(services, sample_cab):
    plan = import_version(services, sample_cab, V1)
    assert {i.effect for i in plan.items} == {ImportEffect.NEW}
    rules = services.rules()
    assert len(rules) == 4
    assert all(r.pending == v(V1) and r.approved is None and r.restore is None for r in rules)


def test_reimport_of_pending_is_idempotent(services, sample_cab):
    import_version(services, sample_cab, V1)
    before = services.rules()
    plan = import_version(services, sample_cab, V1)
    assert {i.effect for i in plan.items} == {ImportEffect.UNCHANGED}
    assert services.rules() == before


def test_reimport_of_approved_reports_already_approved(services, sample_cab):
    import_version(services, sample_cab, V1)
    act(services, "approve", brand="Polycom")
    plan = import_version(services, sample_cab, V1)
    effects = {i.update.update.kind.brand: i.effect for i in plan.items}
    assert effects["Polycom"] is ImportEffect.ALREADY_APPROVED
    assert polycom(services).pending is None and polycom(services).approved == v(V1)


def test_newer_import_replaces_pending(services, sample_cab):
    import_version(services, sample_cab, V1)
    plan = import_version(services, sample_cab, V2)
    item = plan.items[0]
    assert item.effect is ImportEffect.REPLACES_PENDING
    assert item.describe() == f"replaces pending {V1}"
    assert polycom(services).pending == v(V2)


def test_import_of_other_version_over_approved_sets_pending(services, sample_cab):
    import_version(services, sample_cab, V1)
    act(services, "approve")
    import_version(services, sample_cab, V2)
    rule = polycom(services)
    assert (rule.approved, rule.pending) == (v(V1), v(V2))


def test_preview_changes_nothing(services, sample_cab):
    import_version(services, sample_cab, V1)
    before = services.rules()
    plan = services.preview_import(services.read_package(sample_cab(V2)))
    assert [i.describe() for i in plan.items] == [f"replaces pending {V1}"] * 4
    assert services.rules() == before


# -- administrator actions ------------------------------------------------------------


def test_approve_moves_pending_to_approved_and_keeps_restore(services, sample_cab):
    import_version(services, sample_cab, V1)
    act(services, "approve")
    import_version(services, sample_cab, V2)
    report = act(services, "approve", brand="POLYCOM")
    assert report.complete and len(report.done) == 1
    rule = polycom(services)
    assert (rule.approved, rule.pending, rule.restore) == (v(V2), None, v(V1))


def test_reset_cancels_pending_only(services, sample_cab):
    import_version(services, sample_cab, V1)
    act(services, "approve")
    import_version(services, sample_cab, V2)
    act(services, "reset", brand="Polycom")
    rule = polycom(services)
    assert (rule.approved, rule.pending) == (v(V1), None)


def test_restore_rolls_back_to_restore_version(services, sample_cab):
    import_version(services, sample_cab, V1)
    act(services, "approve")
    import_version(services, sample_cab, V2)
    act(services, "approve")
    act(services, "restore", brand="Polycom")
    rule = polycom(services)
    assert (rule.approved, rule.pending, rule.restore) == (v(V1), None, None)


def test_restore_without_restore_version_clears_approved(services, sample_cab):
    import_version(services, sample_cab, V1)
    act(services, "approve")
    act(services, "restore", brand="Polycom")
    rule = polycom(services)
    assert (rule.approved, rule.restore) == (None, None)


def test_remove_deletes_rule(services, sample_cab):
    import_version(services, sample_cab, V1)
    report = act(services, "remove", brand="Aastra")
    assert len(report.done) == 1
    assert [r.kind.brand for r in services.rules()] == ["HP", "LG-Nortel", "Polycom"]


@pytest.mark.parametrize("action,reason", [
    ("approve", "no pending version"),
    ("reset", "no pending version"),
])
def test_pending_actions_refused_without_pending(services, sample_cab, action, reason):
    import_version(services, sample_cab, V1)
    act(services, "approve", brand="Polycom")
    before = polycom(services)
    report = act(services, action, brand="Polycom")
    assert not report.done and reason in report.refused[0].refusal
    assert polycom(services) == before


def test_restore_refused_without_approved(services, sample_cab):
    import_version(services, sample_cab, V1)
    before = polycom(services)
    report = act(services, "restore", brand="Polycom")
    assert "no approved version" in report.refused[0].refusal
    assert polycom(services) == before


def test_bulk_action_does_what_qualifies_and_refuses_the_rest(services, sample_cab):
    import_version(services, sample_cab, V1)
    act(services, "approve", brand="Polycom")
    act(services, "approve", brand="HP")
    report = act(services, "approve")
    assert sorted(r.before.kind.brand for r in report.done) == ["Aastra", "LG-Nortel"]
    assert sorted(r.before.kind.brand for r in report.refused) == ["HP", "Polycom"]
    assert all(r.approved == v(V1) and r.pending is None for r in services.rules())


def test_unknown_ids_are_reported_and_known_ones_done(services, sample_cab):
    import_version(services, sample_cab, V1)
    rule = polycom(services)
    identity = rule.identity(services.pool())
    report = act(services, "approve", ids=(identity, "no-such-guid"))
    assert [r.before.id for r in report.done] == [rule.id]
    assert report.unknown_ids == ("no-such-guid",)
    assert not report.complete


def test_history_records_each_change_with_versions(services, sample_cab):
    import_version(services, sample_cab, V1)
    act(services, "approve", brand="Polycom")
    act(services, "restore", brand="HP")  # refused: no history entry
    entries = services.history()
    assert [e.action for e in entries[:1]] == ["approve"]
    latest = entries[0]
    assert latest.os_user == "tester" and "Polycom" in latest.subject
    assert f"pending={V1}" in latest.before and f"approved={V1}" in latest.after
    assert sum(e.action == "import" for e in entries) == 4
    assert not any(e.action == "restore" for e in entries)
