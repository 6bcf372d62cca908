"""Confirmations say what will happen and name the deed on their button (issue 9: A, E, F)."""

from __future__ import annotations

import http.client

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMessageBox
from ui_support import start_server

from app.domain.rules import RuleAction
from app.services import RuleFilter
from app.ui.messages import Prompter
from app.ui.tabs.common import select_rows

HP_WITHOUT_PREVIOUS = ("HP 4120 has no previous version: it will have no approved version, "
                       "and its phones keep what they run.")
POLYCOM_BACK = "Polycom CX600 goes back to 4.0.7577.4366."


@pytest.fixture
def restorable(services, rules):
    """Approved: HP 4366 (nothing before it) and Polycom 4400 (4366 before it)."""
    services.apply(RuleAction.APPROVE, RuleFilter(brand="Polycom"))
    return services


def approved_of(services, brand: str) -> str | None:
    (rule,) = [r for r in services.rules() if r.kind.brand == brand]
    return str(rule.approved) if rule.approved else None


def select_on(main_window, qtbot, tab, brands: list[str]) -> None:
    """Show *tab*, loaded, with the rules of *brands* selected."""
    main_window.tabs.setCurrentWidget(tab)
    with qtbot.waitSignal(tab.refreshed, timeout=10_000):
        tab.refresh()
    select_rows(tab.view, [row for brand in brands for row in tab._visible_rows(brand.casefold())])
    assert len(tab.selected_rules()) == len(brands)


def wait_done(qtbot, ctx) -> None:
    qtbot.waitUntil(lambda: not ctx.tasks.busy and bool(ctx.prompter.reports), timeout=10_000)


# -- A: a restore with no previous version is asked for on its own ----------------------------


def test_restore_says_per_rule_what_happens(main_window, ctx, qtbot, restorable):
    select_on(main_window, qtbot, main_window.approved_tab, ["HP", "Polycom"])
    ctx.prompter.confirm_answer = False
    main_window.restore_action.trigger()
    (asked,) = ctx.prompter.confirms  # declined: no second question, nothing changed
    assert asked.text == "Restore 2 rule(s)?"
    assert HP_WITHOUT_PREVIOUS in asked.details and POLYCOM_BACK in asked.details
    assert "rolls back to the previous one" not in asked.details
    assert approved_of(restorable, "HP") == "4.0.7577.4366"


def test_restoring_to_nothing_is_a_separate_question_that_defaults_to_no(
        main_window, ctx, qtbot, restorable):
    select_on(main_window, qtbot, main_window.approved_tab, ["HP", "Polycom"])
    ctx.prompter.confirm_answers = [True, False]  # restore, but keep HP as it is
    main_window.restore_action.trigger()
    general, separate = ctx.prompter.confirms
    assert not general.cautious
    assert separate.cautious, "the default button must be the one that changes nothing"
    assert separate.text == "Leave 1 rule(s) with no approved version?"
    assert HP_WITHOUT_PREVIOUS in separate.details and "Polycom" not in separate.details
    assert "without approved version" in separate.accept
    wait_done(qtbot, ctx)
    assert approved_of(restorable, "Polycom") == "4.0.7577.4366"  # the other one restored
    assert approved_of(restorable, "HP") == "4.0.7577.4366"  # kept
    assert not ctx.prompter.reports[-1].problem


def test_agreeing_leaves_the_rule_with_no_approved_version(main_window, ctx, qtbot, restorable):
    select_on(main_window, qtbot, main_window.approved_tab, ["HP"])
    main_window.restore_action.trigger()
    assert len(ctx.prompter.confirms) == 2
    wait_done(qtbot, ctx)
    assert approved_of(restorable, "HP") is None
    assert not ctx.prompter.reports[-1].problem


def test_declining_the_only_rule_changes_nothing(main_window, ctx, qtbot, restorable):
    select_on(main_window, qtbot, main_window.approved_tab, ["HP"])
    ctx.prompter.confirm_answers = [True, False]
    main_window.restore_action.trigger()
    assert ctx.tasks.wait() and ctx.prompter.reports == []
    assert approved_of(restorable, "HP") == "4.0.7577.4366"


def test_a_restore_with_a_previous_version_asks_once(main_window, ctx, qtbot, restorable):
    select_on(main_window, qtbot, main_window.approved_tab, ["Polycom"])
    main_window.restore_action.trigger()
    (asked,) = ctx.prompter.confirms
    assert POLYCOM_BACK in asked.details
    wait_done(qtbot, ctx)
    assert approved_of(restorable, "Polycom") == "4.0.7577.4366"


# -- F: the button names the verb and the count -------------------------------------------------


@pytest.mark.parametrize(("action", "tab", "brands", "button"), [
    (RuleAction.APPROVE, "pending", ["Aastra", "LG-Nortel", "Polycom"], "Approve 3 rule(s)"),
    (RuleAction.RESET, "pending", ["Aastra", "LG-Nortel"], "Cancel 2 pending version(s)"),
    (RuleAction.RESTORE, "approved", ["Polycom"], "Restore 1 rule(s)"),
    (RuleAction.REMOVE, "approved", ["HP", "Polycom"], "Remove 2 rule(s)"),
])
def test_confirmation_buttons_name_the_verb_and_the_count(main_window, ctx, qtbot, rules, action,
                                                          tab, brands, button):
    ctx.prompter.confirm_answer = False
    select_on(main_window, qtbot, getattr(main_window, f"{tab}_tab"), brands)
    {RuleAction.APPROVE: main_window.approve_action, RuleAction.RESET: main_window.reset_action,
     RuleAction.RESTORE: main_window.restore_action,
     RuleAction.REMOVE: main_window.remove_action}[action].trigger()
    assert ctx.prompter.confirms[0].accept == button


def message_box_buttons(answer: str) -> list:
    """Read the shown message box's buttons (text, default?) and press *answer*."""
    seen: list = []

    def read() -> None:
        box = QApplication.activeModalWidget()
        assert isinstance(box, QMessageBox)
        for button in box.buttons():
            seen.append((button.text(), button is box.defaultButton()))
        box.findChild(type(box.buttons()[0]), answer).click()
    QTimer.singleShot(0, read)
    return seen


@pytest.mark.qt_log_ignore(r"This plugin does not support propagateSizeHints\(\)")
def test_the_real_message_box_has_the_named_buttons(main_window, ctx, qtbot, rules):
    select_on(main_window, qtbot, main_window.pending_tab, ["Aastra", "LG-Nortel", "Polycom"])
    ctx.prompter.confirm = Prompter().confirm  # the real QMessageBox, answered below
    seen = message_box_buttons("rejectButton")
    main_window.approve_action.trigger()
    assert sorted(seen) == [("Approve 3 rule(s)", True), ("Cancel", False)]
    assert ctx.tasks.wait() and ctx.prompter.reports == []  # Cancel: nothing done
    seen = message_box_buttons("acceptButton")
    main_window.approve_action.trigger()
    wait_done(qtbot, ctx)
    assert approved_of(ctx.services, "Aastra") == "4.0.7577.4400"


@pytest.mark.qt_log_ignore(r"This plugin does not support propagateSizeHints\(\)")
def test_a_cautious_question_defaults_to_the_safe_button(qtbot):
    seen = message_box_buttons("rejectButton")
    assert not Prompter().confirm(None, "Quit", "Quit?", accept="Quit and stop the server",
                                  reject="Stay", cautious=True)
    assert sorted(seen) == [("Quit and stop the server", False), ("Stay", True)]


# -- E: quitting while the server runs asks first ---------------------------------------------


def check_in(port: int, mac: str) -> None:
    body = ("<UpdateRequest><DeviceType>UCPhone</DeviceType><Brand>Polycom</Brand>"
            "<Model>CX600</Model><Revision>A</Revision><Locale>ENU</Locale>"
            f"<MacAddress>{mac}</MacAddress><Modules>"
            '<Module UpdateType="CPE" Version="4.0.7577.4066"/></Modules></UpdateRequest>')
    conn = http.client.HTTPConnection("127.0.0.1", port, timeout=10)
    conn.request("POST", "/RequestHandler/ucdevice.upx", body, {"Content-Type": "text/xml"})
    conn.getresponse().read()
    conn.close()


def test_quitting_with_the_server_running_asks_and_cancel_keeps_it(main_window, ctx, qtbot):
    port = start_server(main_window, ctx, qtbot)
    for n in range(3):
        check_in(port, f"00-04-F2-00-00-0{n}")  # answered at once, written a moment later
    ctx.prompter.confirm_answer = False
    main_window.quit_action.trigger()
    (asked,) = ctx.prompter.confirms
    assert asked.text == ("The device server is running and served 3 phone(s) in the last "
                          "hour. Quit and stop it?")
    assert asked.cautious and asked.accept == "Quit and stop the server"
    assert main_window.isVisible() and ctx.server.running


def test_quitting_and_agreeing_stops_the_server(main_window, ctx, qtbot):
    start_server(main_window, ctx, qtbot)
    main_window.quit_action.trigger()
    assert "served 0 phone(s)" in ctx.prompter.confirms[-1].text
    assert not main_window.isVisible() and not ctx.server.running


def test_quitting_with_the_server_stopped_asks_nothing(main_window, ctx):
    main_window.quit_action.trigger()
    assert ctx.prompter.confirms == []
    assert not main_window.isVisible()
