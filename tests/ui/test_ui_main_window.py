"""The real main window, driven offscreen as an administrator would use it."""

from __future__ import annotations

import http.client

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractItemView
from ui_support import start_server

from app.domain.test_devices import TestDevice
from app.packages.builder import cabinet_bytes, sample_members
from app.ui.main_window import MainWindow

V1, V2 = "4.0.7577.4366", "4.0.7577.4400"


def cab(tmp_path, version: str):
    path = tmp_path / f"sample-{version}.cab"
    path.write_bytes(cabinet_bytes(sample_members(4096, version)))
    return path


def rows(tab) -> list[dict[str, str]]:
    model = tab.view.model()
    headers = [model.headerData(c, Qt.Orientation.Horizontal)
               for c in range(model.columnCount())]
    return [{h: model.index(r, c).data() for c, h in enumerate(headers)}
            for r in range(model.rowCount())]


def wait_loaded(qtbot, ctx, tab, count: int) -> None:
    qtbot.waitUntil(lambda: not ctx.tasks.busy and tab.view.model().rowCount() == count,
                    timeout=20_000)


def import_through_dialog(qtbot, ctx, main_window, path) -> None:
    ctx.prompter.open_path = path
    flow = main_window.import_flow
    with qtbot.waitSignal(flow.preview_shown, timeout=20_000) as shown:
        main_window.import_action.trigger()
    assert shown.args[0].isVisible()
    with qtbot.waitSignal(flow.import_finished, timeout=20_000):
        shown.args[0].import_button.click()


def select_all(tab) -> None:
    tab.view.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
    tab.view.selectAll()


def check(port: int, mac: str, version: str) -> bytes:
    body = ("<UpdateRequest><DeviceType>UCPhone</DeviceType><Brand>Polycom</Brand>"
            "<Model>CX600</Model><Revision>A</Revision><Locale>ENU</Locale>"
            f"<MacAddress>{mac}</MacAddress><Modules>"
            f'<Module UpdateType="CPE" Version="{version}"/></Modules></UpdateRequest>')
    conn = http.client.HTTPConnection("127.0.0.1", port, timeout=10)
    conn.request("POST", "/RequestHandler/ucdevice.upx", body, {"Content-Type": "text/xml"})
    answer = conn.getresponse().read()
    conn.close()
    return answer


def test_the_administrators_day(main_window, ctx, qtbot, tmp_path):
    services, prompter = ctx.services, ctx.prompter
    # import through the dialog: preview, progress, rules appear in Pending
    import_through_dialog(qtbot, ctx, main_window, cab(tmp_path, V1))
    wait_loaded(qtbot, ctx, main_window.pending_tab, 4)
    assert {r["Pending version"] for r in rows(main_window.pending_tab)} == {V1}
    assert "4" in prompter.reports[-1].text

    # a test device through its dialog
    main_window.tabs.setCurrentWidget(main_window.test_devices_tab)
    main_window.test_devices_tab.ask_device = lambda parent, old: TestDevice.checked(
        "Lab phone", mac="00:04:f2:12:34:56")
    main_window.test_devices_tab.add_device()
    qtbot.waitUntil(lambda: services.test_devices() != [], timeout=10_000)
    wait_loaded(qtbot, ctx, main_window.test_devices_tab, 1)

    # approve everything pending; the confirmation says what will happen
    main_window.tabs.setCurrentWidget(main_window.pending_tab)
    select_all(main_window.pending_tab)
    main_window.approve_action.trigger()
    assert "Approve 4 rule(s)?" in prompter.confirms[-1].text
    wait_loaded(qtbot, ctx, main_window.pending_tab, 0)
    wait_loaded(qtbot, ctx, main_window.approved_tab, 4)
    assert {r.approved for r in services.rules()} == {services.rules()[0].approved}

    # a newer package, approved, then restored: Approved shows the rollback
    import_through_dialog(qtbot, ctx, main_window, cab(tmp_path, V2))
    wait_loaded(qtbot, ctx, main_window.pending_tab, 4)
    select_all(main_window.pending_tab)
    main_window.approve_action.trigger()
    wait_loaded(qtbot, ctx, main_window.pending_tab, 0)
    main_window.tabs.setCurrentWidget(main_window.approved_tab)
    wait_loaded(qtbot, ctx, main_window.approved_tab, 4)
    main_window.approved_tab.select_brand("Polycom")
    main_window.restore_action.trigger()
    qtbot.waitUntil(lambda: any(str(r.approved) == V1 for r in services.rules()),
                    timeout=10_000)
    qtbot.waitUntil(lambda: {r["Approved version"] for r in rows(main_window.approved_tab)}
                    == {V1, V2}, timeout=10_000)

    # remove the Aastra rule
    main_window.approved_tab.select_brand("Aastra")
    main_window.remove_action.trigger()
    wait_loaded(qtbot, ctx, main_window.approved_tab, 3)
    assert "Aastra" not in {r.kind.brand for r in services.rules()}

    # a refusal is shown as a message: Polycom has no pending version to cancel
    main_window.approved_tab.select_brand("Polycom")
    main_window.reset_action.trigger()
    qtbot.waitUntil(lambda: prompter.reports[-1].problem, timeout=10_000)
    assert "Refused" in prompter.reports[-1].text
    assert "no pending version" in prompter.reports[-1].details

    # start the server, a phone checks, it appears in Devices without a refresh
    main_window.tabs.setCurrentWidget(main_window.devices_tab)
    start_server(main_window, ctx, qtbot)
    assert "Running" in main_window.server_panel.status.text()
    answer = check(ctx.server.state.port, "00-04-F2-AA-BB-CC", "4.0.7577.4066")
    assert b'Downloads="1"' in answer
    wait_loaded(qtbot, ctx, main_window.devices_tab, 1)
    assert rows(main_window.devices_tab)[0]["MAC"] == "00-04-F2-AA-BB-CC"
    main_window.stop_action.trigger()
    assert not ctx.server.running
    assert prompter.errors == []


def test_a_refused_package_is_a_message_and_changes_nothing(main_window, ctx, qtbot, tmp_path):
    broken = tmp_path / "broken.cab"
    broken.write_bytes(b"this is not a cabinet")
    ctx.prompter.open_path = broken
    with qtbot.waitSignal(main_window.import_flow.import_failed, timeout=20_000):
        main_window.import_action.trigger()
    (error,) = ctx.prompter.errors
    assert "not a cabinet" in str(error) and "Nothing was changed" in str(error)
    assert ctx.services.rules() == []


def test_rule_actions_without_a_selection_say_so(main_window, ctx):
    main_window.tabs.setCurrentWidget(main_window.pending_tab)
    main_window.approve_action.trigger()
    assert "Select one or more rules" in ctx.prompter.reports[-1].text
    assert ctx.prompter.confirms == []


def test_a_port_in_use_is_a_message(main_window, ctx, qtbot):
    import socket
    with socket.socket() as taken:
        taken.bind(("127.0.0.1", 0))
        taken.listen()
        main_window.server_panel.port_spin.setValue(taken.getsockname()[1])
        main_window.start_action.trigger()
        qtbot.waitUntil(lambda: bool(ctx.prompter.errors), timeout=10_000)
    assert not ctx.server.running
    assert "cannot listen" in str(ctx.prompter.errors[-1])


def free_port() -> int:
    import socket
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def test_an_address_the_server_cannot_use_is_not_remembered(main_window, ctx, qtbot):
    panel = main_window.server_panel
    panel.host_edit.setText("192.0.2.55")  # TEST-NET: not an address of this machine
    panel.port_spin.setValue(0)
    main_window.start_action.trigger()
    assert not ctx.server.running and ctx.prompter.error_titles[-1] == "Server not started"
    assert ctx.services.settings().bind_address == "127.0.0.1", "the next start still works"
    panel.host_edit.setText("localhost")
    main_window.start_action.trigger()
    assert "is not an IP address" in str(ctx.prompter.errors[-1]) and not ctx.server.running
    panel.host_edit.setText("127.0.0.1")
    panel.port_spin.setValue(free_port())
    main_window.start_action.trigger()
    assert ctx.server.running
    qtbot.waitUntil(lambda: ctx.services.settings().port == panel.port_spin.value(),
                    timeout=10_000)
    main_window.stop_action.trigger()


def test_every_action_has_text_tooltip_and_accessible_name(main_window):
    actions = [main_window.import_action, *main_window.rule_actions(),
               main_window.clear_files_action, main_window.clear_logs_action,
               main_window.refresh_action, main_window.start_action,
               main_window.stop_action, main_window.query_action, main_window.settings_action]
    for action in actions:
        assert action.text() and action.toolTip() and action.property("accessibleName")


def test_window_state_is_remembered(ctx, qtbot):
    first = MainWindow(ctx)
    qtbot.addWidget(first)
    first.show()
    first.resize(700, 500)  # inside the offscreen screen (800 x 600)
    qtbot.waitUntil(lambda: first.width() == 700)
    first.tabs.setCurrentIndex(3)
    first.save_state()
    second = MainWindow(ctx)
    qtbot.addWidget(second)
    second.show()
    assert second.tabs.currentIndex() == 3
    assert (second.width(), second.height()) == (first.width(), first.height())


@pytest.mark.both_engines
def test_about_says_which_store_the_console_is_on(main_window, ctx, engine):
    """A pool's administrator sees the PostgreSQL database (its password never), else the
    SQLite file."""
    main_window.show_about()
    (about,) = ctx.prompter.reports
    assert f"Store: {ctx.services.store_shown}" in about.text
    if engine == "postgresql":
        assert about.text.count("postgresql://") == 1
    else:
        assert str(ctx.services.data_dir / "store.sqlite3") in about.text
