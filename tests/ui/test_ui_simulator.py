"""The *Simulated phones* window and ``ucupdates demo``: a real server on port 0, phones
that talk to it over HTTP, driven through the window as a trainer would."""

from __future__ import annotations

import time

import pytest
from PySide6.QtCore import QSettings, Qt
from ui_support import RecordingPrompter

from app import cli
from app.domain.names import DeviceKind
from app.domain.rules import RuleAction
from app.packages.builder import SAMPLE_KINDS, SAMPLE_VERSION
from app.services import RuleFilter
from app.simulator.fleet import OLD_VERSION
from app.ui.demo import DEMO_PHONES, build_demo
from app.ui.main_window import MainWindow
from app.ui.simulator.dialogs import NewPhones, SignIn
from app.ui.simulator.window import SimulatorWindow
from app.ui.tabs.common import select_rows

KINDS = tuple(DeviceKind(*k) for k in SAMPLE_KINDS)
FAST = 86400  # a simulated day per real second
WAIT = 20_000  # ms: bounds every wait, none is a fixed sleep


@pytest.fixture
def approved(services, sample_cab):
    """The sample package imported and approved for every kind."""
    services.import_package(services.read_package(sample_cab(SAMPLE_VERSION)))
    services.apply(RuleAction.APPROVE, RuleFilter())


@pytest.fixture
def server(ctx):
    ctx.server.start("127.0.0.1", 0)
    yield ctx.server
    ctx.server.stop()


@pytest.fixture
def window(ctx, qtbot, server):
    sim = SimulatorWindow(ctx)
    qtbot.addWidget(sim)
    sim.set_scale(FAST)
    sim.show()
    qtbot.waitUntil(lambda: sim.running, timeout=WAIT)
    yield sim
    sim.close()
    assert not any(t.is_alive() for t in threads(sim)), "a phone still runs after close"


def threads(sim: SimulatorWindow) -> list:
    return list(sim.fleet._threads.values()) if sim.fleet else []


def cells(sim: SimulatorWindow, column_title: str) -> list[str]:
    model = sim.model
    titles = [model.headerData(c, Qt.Orientation.Horizontal) for c in range(model.columnCount())]
    column = titles.index(column_title)
    return [model.index(r, column).data() for r in range(model.rowCount())]


def add(sim: SimulatorWindow, count: int, *, external: bool = False,
        kinds: tuple[DeviceKind, ...] = KINDS) -> None:
    """Add phones through the toolbar, the dialog answered for the user."""
    sim.ask_new_phones = lambda parent, offered: NewPhones(count, kinds, external, OLD_VERSION)
    sim.add_action.trigger()


def select(sim: SimulatorWindow, *rows: int) -> None:
    select_rows(sim.view, list(rows))


def test_added_phones_converge_on_the_approved_version(window, qtbot, approved,
                                                        qtmodeltester):
    add(window, 5)
    assert window.model.rowCount() == 5
    qtbot.waitUntil(lambda: cells(window, "Current version") == [f"CPE {SAMPLE_VERSION}"] * 5,
                    timeout=WAIT)
    qtbot.waitUntil(lambda: set(cells(window, "State")) == {"idle"}, timeout=WAIT)
    assert cells(window, "Backup version") == [f"CPE {OLD_VERSION}"] * 5
    assert "—" not in cells(window, "Last update")
    assert cells(window, "Network") == ["internal"] * 5 and cells(window, "User") == ["—"] * 5
    assert len(set(cells(window, "Name (MAC)"))) == 5
    assert f"5 × CPE {SAMPLE_VERSION}" in window.summary.text()
    qtbot.waitUntil(lambda: window.events.count() >= 5, timeout=WAIT)
    assert any("updated to" in window.events.item(i).text()
               for i in range(window.events.count()))
    qtmodeltester.check(window.model)


def test_outside_the_firewall_a_phone_needs_a_signed_in_user(window, qtbot, approved, ctx):
    ctx.services.set_setting("ExternalBaseUrl", ctx.server.state.url)
    ctx.services.set_user_password("alice", "correct horse")
    window.close()  # the fleet takes the external URL when it (re)starts
    window.show()
    qtbot.waitUntil(lambda: window.running, timeout=WAIT)
    add(window, 1, external=True, kinds=KINDS[:1])
    assert cells(window, "Network") == ["external"]
    qtbot.waitUntil(lambda: bool(problems(window)), timeout=WAIT)
    assert any("sign-in-required" in text for text in problems(window))
    assert cells(window, "Current version") == [f"CPE {OLD_VERSION}"]

    select(window, 0)
    window.ask_sign_in = lambda parent: SignIn("sip:alice@contoso.com",
                                               ("alice", "correct horse"))
    window.sign_in_action.trigger()  # the phone checks at sign-in
    assert cells(window, "User") == ["sip:alice@contoso.com"]
    qtbot.waitUntil(lambda: cells(window, "Current version") == [f"CPE {SAMPLE_VERSION}"],
                    timeout=WAIT)

    window.sign_out_action.trigger()
    window.inside_action.trigger()
    assert cells(window, "User") == ["—"] and cells(window, "Network") == ["internal"]
    assert not window.inside_action.isEnabled() and window.outside_action.isEnabled()
    window.outside_action.trigger()
    assert cells(window, "Network") == ["external"]


def problems(sim: SimulatorWindow) -> list[str]:
    """Event lines shown in the problem colour."""
    items = [sim.events.item(i) for i in range(sim.events.count())]
    return [i.text() for i in items if i.foreground().color().red() > 150]


def test_check_now_wakes_the_phones_without_waiting(window, qtbot):
    window.set_scale(1)  # real time: the next poll is a day away (nothing to install)
    add(window, 3)
    phones = list(window.fleet.phones)
    qtbot.waitUntil(lambda: all(p.checks >= 1 for p in phones) and
                    set(cells(window, "State")) == {"idle"}, timeout=WAIT)
    before = [p.checks for p in phones]
    started = time.perf_counter()
    window.check_action.trigger()  # nothing selected: every phone
    assert time.perf_counter() - started < 0.5
    qtbot.waitUntil(lambda: all(p.checks > b for p, b in zip(phones, before, strict=True)),
                    timeout=WAIT)


def test_a_removed_phone_stops_checking(window, qtbot, approved):
    add(window, 3)
    removed = window.fleet.phones[1]
    select(window, 1)
    window.remove_action.trigger()
    assert removed.retired and removed not in window.fleet.phones
    assert window.model.rowCount() == 2 and removed.name not in cells(window, "Name (MAC)")
    qtbot.waitUntil(lambda: not window.fleet._threads[removed].is_alive(), timeout=WAIT)
    add(window, 1)  # numbers are not reused: no duplicate MAC
    assert len(set(cells(window, "Name (MAC)"))) == 3


def test_the_window_needs_the_server_and_stops_with_it(ctx, qtbot, approved):
    sim = SimulatorWindow(ctx)
    qtbot.addWidget(sim)
    sim.show()
    try:
        assert sim.server_note.isVisible() and not sim.add_action.isEnabled()
        sim.start_button.click()
        assert ctx.server.running and not sim.server_note.isVisible()
        qtbot.waitUntil(lambda: sim.running, timeout=WAIT)
        sim.set_scale(FAST)
        add(sim, 2)
        with qtbot.waitSignal(sim.fleet_stopped, timeout=WAIT):
            ctx.server.stop()
        assert sim.server_note.isVisible() and not sim.add_action.isEnabled()
        assert not any(t.is_alive() for t in threads(sim))
        with qtbot.waitSignal(sim.fleet_started, timeout=WAIT):
            ctx.server.start("127.0.0.1", 0)  # another port: the phones follow
        qtbot.waitUntil(lambda: cells(sim, "Current version") == [f"CPE {SAMPLE_VERSION}"] * 2,
                        timeout=WAIT)
    finally:
        sim.close()
        ctx.server.stop()
    assert not sim.running and not any(t.is_alive() for t in threads(sim))


@pytest.mark.qt_log_ignore("This plugin does not support raise")  # offscreen has no stacking
def test_the_main_window_opens_it_from_tools_and_closes_it_with_itself(ctx, qtbot, server):
    main = MainWindow(ctx)
    qtbot.addWidget(main)
    main.show()
    tools = [a for a in main.menuBar().actions() if a.text() == "&Tools"][0].menu()
    assert main.simulator_action in tools.actions()
    main.simulator_action.trigger()
    sim = main.simulator
    assert sim.isVisible() and sim.running
    assert main.show_simulator() is sim  # one window, raised again
    main.close()
    assert not sim.isVisible() and not sim.running


def test_every_control_has_a_tooltip_and_an_accessible_name(window):
    for action in window.phone_actions():
        assert action.text() and action.toolTip() and action.property("accessibleName")
    for widget in (window.scale_combo, window.start_button, window.view, window.events):
        assert widget.accessibleName()


# -- ucupdates demo ----------------------------------------------------------------------


@pytest.fixture
def demo(tmp_path, qtbot, monkeypatch):
    real = tmp_path / "real-data"
    monkeypatch.setenv("UCUPDATES_DATA_DIR", str(real))
    ui_state = QSettings(str(tmp_path / "demo-ui.ini"), QSettings.Format.IniFormat)
    made = build_demo(tmp_path / "demo", ui_state, RecordingPrompter(), scale=FAST)
    yield made
    made.close()
    assert not (tmp_path / "demo").exists(), "the throwaway folder is left behind"
    assert not real.exists(), "the demo touched the real data folder"


def test_the_demo_tells_the_whole_story(demo, qtbot):
    sim, services = demo.simulator, demo.services
    assert demo.ctx.server.running and sim.isVisible() and demo.window.isVisible()
    assert len(sim.fleet.phones) == DEMO_PHONES and sim.demo_note.isVisible()
    tester = sim.fleet.phones[0]
    (device,) = services.test_devices()
    assert device.identifier == tester.identity.mac
    old, new = f"CPE {OLD_VERSION}", f"CPE {SAMPLE_VERSION}"

    # pending reaches only the test phone
    qtbot.waitUntil(lambda: cells(sim, "Current version")[0] == new, timeout=WAIT)
    qtbot.waitUntil(lambda: all(p.checks >= 2 for p in sim.fleet.phones), timeout=WAIT)
    assert cells(sim, "Current version")[1:] == [old] * (DEMO_PHONES - 1)

    # approve: every phone updates; restore: they all roll back
    services.apply(RuleAction.APPROVE, RuleFilter())
    qtbot.waitUntil(lambda: cells(sim, "Current version") == [new] * DEMO_PHONES, timeout=WAIT)
    services.apply(RuleAction.RESTORE, RuleFilter())
    qtbot.waitUntil(lambda: cells(sim, "Current version") == [old] * DEMO_PHONES, timeout=WAIT)
    assert not problems(sim)


def test_ucupdates_demo_opens_no_store(tmp_path, monkeypatch):
    real = tmp_path / "real-data"
    ran = []
    monkeypatch.setattr("app.ui.demo.run_demo", lambda language=None: ran.append(True) or 0)
    assert cli.main(["--data-dir", str(real), "demo"]) == cli.EXIT_OK
    assert ran == [True] and not real.exists()
