"""Devices can be removed from the inventory: the selected ones, or those not seen for days
(issue 9: B)."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, datetime, timedelta

from ui_support import record, sighting

from app.ui.tabs.common import select_rows


def recent(n: int, days_ago: int):
    """Device *n*, last seen *days_ago* days ago."""
    seen = datetime.now(UTC) - timedelta(days=days_ago, minutes=n)
    return replace(sighting(n), seen_at=seen.isoformat())


def devices_shown(qtbot, ctx, window, count: int) -> None:
    tab = window.devices_tab
    qtbot.waitUntil(lambda: not ctx.tasks.busy and not tab.loading
                    and tab.model.rowCount() == count, timeout=10_000)


def serials(window) -> set[str]:
    model = window.devices_tab.model
    return {row.entry.serial for row in model.rows_at(list(range(model.rowCount())))}


def test_remove_selected_devices_from_the_context_menu(main_window, ctx, qtbot, services):
    record(services, [recent(n, 1) for n in range(5)])
    window, tab = main_window, main_window.devices_tab
    window.tabs.setCurrentWidget(tab)
    window.refresh_all()
    devices_shown(qtbot, ctx, window, 5)
    assert not window.remove_devices_action.isEnabled()  # nothing selected yet
    select_rows(tab.view, [0, 1])
    assert window.remove_devices_action.isEnabled()
    chosen = {e.serial for e in tab.selected_entries()}
    pos = tab.view.visualRect(tab.model.index(1, 0)).center()  # a selected row
    menu = tab.context_menu(pos)
    remove = next(a for a in menu.actions() if a.objectName() == "removeDevicesAction")
    ctx.prompter.confirm_answer = False
    remove.trigger()
    asked = ctx.prompter.confirms[-1]
    assert asked.text == "Remove 2 device(s) from the inventory?"
    assert asked.accept == "Remove 2 device(s)"
    assert ctx.tasks.wait() and len(services.inventory_with_compliance()) == 5  # declined
    ctx.prompter.confirm_answer = True
    remove.trigger()
    devices_shown(qtbot, ctx, window, 3)  # the tab refreshed by itself
    assert not chosen & serials(window)
    assert ctx.prompter.reports[-1].text == "Removed 2 device(s) from the inventory."
    menu.deleteLater()


def test_the_remove_button_offers_both_removals(main_window):
    button = main_window.devices_tab.remove_button
    assert button.isVisibleTo(main_window.devices_tab)
    names = [a.objectName() for a in button.menu().actions()]
    assert names == ["removeDevicesAction", "removeUnseenDevicesAction"]


def test_remove_devices_not_seen_for_some_days(main_window, ctx, qtbot, services):
    record(services, [recent(1, 1), recent(2, 10), recent(3, 40), recent(4, 400)])
    window = main_window
    window.refresh_all()
    devices_shown(qtbot, ctx, window, 4)
    ctx.prompter.int_answer = 30
    asked_for = []
    real_ask = type(ctx.prompter).ask_int
    ctx.prompter.ask_int = lambda *a: asked_for.append(a[3:]) or real_ask(ctx.prompter, *a)
    window.remove_unseen_devices_action.trigger()
    assert asked_for == [(30, 1, 3650)]  # default 30, 1..3650 days
    assert ctx.prompter.confirms[-1].text == "Remove every device not seen for 30 day(s)?"
    devices_shown(qtbot, ctx, window, 2)
    assert serials(window) == {"SN000001", "SN000002"}
    assert ctx.prompter.reports[-1].text == "Removed 2 device(s) from the inventory."


def test_cancelling_the_days_question_removes_nothing(main_window, ctx, services):
    record(services, [recent(1, 400)])
    ctx.prompter.int_answer = None
    main_window.remove_unseen_devices_action.trigger()
    assert ctx.prompter.confirms == []
    assert ctx.tasks.wait() and len(services.inventory_with_compliance()) == 1


def test_a_failed_removal_goes_to_the_one_error_path(main_window, ctx, qtbot, monkeypatch):
    from app.domain.errors import StoreBusyError

    def busy(days):
        raise StoreBusyError("the store is busy")
    monkeypatch.setattr(ctx.services, "remove_devices_not_seen_for", busy)
    ctx.prompter.int_answer = 5
    main_window.remove_unseen_devices_action.trigger()
    qtbot.waitUntil(lambda: bool(ctx.prompter.errors), timeout=10_000)
    assert str(ctx.prompter.errors[0]) == "the store is busy"
