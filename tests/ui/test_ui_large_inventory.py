"""The Devices tab on a real store of 100,000 devices (issue 12): Qt's model tester, and
what an administrator does with it. Filling the store takes about ten seconds, once."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest
from PySide6.QtCore import Qt

from app.domain.compliance import Compliance
from app.domain.errors import ConflictError
from app.domain.inventory import DeviceColumn, DeviceSighting, SearchField
from app.domain.names import DeviceKind
from app.domain.rules import RuleAction
from app.packages.builder import SAMPLE_KINDS, cabinet_bytes, sample_members
from app.services import RuleFilter, Services
from app.ui.devices_model import KEEP_PAGES, PAGE, DevicesModel
from app.ui.tabs import DevicesTab
from app.ui.tabs.common import select_rows

DEVICES = 100_000
ASC, DESC = Qt.SortOrder.AscendingOrder, Qt.SortOrder.DescendingOrder
BASE = datetime(2024, 5, 1, tzinfo=UTC)


def _sighting(n: int) -> DeviceSighting:
    mac = "00-04-F2-" + "-".join(f"{(n >> s) & 0xFF:02X}" for s in (16, 8, 0))
    return DeviceSighting(DeviceKind(*SAMPLE_KINDS[n % 4]), mac, f"SN{n:07d}",
                          {"CPE": ("4.0.7577.4000", "4.0.7577.4366")[n % 2]},
                          (BASE + timedelta(seconds=n)).isoformat(), f"10.1.{n >> 8 & 0xFF}.1",
                          f"user{n % 1000}@example.com", False, None, False)


@pytest.fixture(scope="module")
def shared_data(tmp_path_factory):
    folder = tmp_path_factory.mktemp("large") / "data"
    services = Services(folder, os_user="tester")
    cab = folder / "sample.cab"
    cab.write_bytes(cabinet_bytes(sample_members(1024)))
    services.import_package(services.read_package(cab))
    services.apply(RuleAction.APPROVE, RuleFilter(brand="Polycom"))
    for first in range(0, DEVICES, 10_000):
        services.record_sightings([(_sighting(n), 1) for n in range(first, first + 10_000)])
    services.close()
    return folder


@pytest.fixture
def data_dir(shared_data):
    return shared_data  # the services and ctx fixtures open this store


def wait(qtbot, tab: DevicesTab, change) -> DevicesTab:
    with qtbot.waitSignal(tab.refreshed, timeout=20_000):
        change()
    qtbot.waitUntil(lambda: not tab.loading, timeout=20_000)
    return tab


def shown(qtbot, tab: DevicesTab, row: int, column: int) -> str:
    """What the view shows at *row* once its page is read."""
    if tab.model.index(row, column).data() is None:
        qtbot.waitUntil(lambda: tab.model.index(row, column).data() is not None,
                        timeout=20_000)
    return tab.model.index(row, column).data()


def test_the_model_passes_qts_model_tester_on_100000_devices(ctx, qtbot, qtmodeltester):
    model = DevicesModel(ctx)
    with qtbot.waitSignal(model.counted, timeout=20_000):
        model.reload()
    assert model.rowCount() == DEVICES
    assert model.counts()[Compliance.BEHIND] == DEVICES // 4  # Polycom on 4000 of them
    qtmodeltester.check(model)  # walks every row: pages asked for, read as they come
    with qtbot.waitSignal(model.listed, timeout=60_000):
        model.sort(DeviceColumn.SERIAL, ASC)  # a reset, with the tester attached
    qtbot.waitUntil(lambda: not model.busy, timeout=60_000)
    assert model.index(0, DevicesModel.SERIAL).data() == "SN0000000"


def test_an_administrator_finds_sorts_and_scrolls_through_100000_devices(ctx, qtbot):
    tab = DevicesTab(ctx)
    qtbot.addWidget(tab)
    tab.resize(1280, 700)
    tab.show()
    wait(qtbot, tab, tab.refresh)
    assert tab.model.rowCount() == DEVICES
    assert shown(qtbot, tab, 0, DevicesModel.SERIAL) == "SN0099999"  # newest first
    held = sum(len(rows) for rows in tab.model._pages.values())
    assert held <= 6 * PAGE, "opening reads the rows on screen and a margin, not 100,000"

    wait(qtbot, tab, lambda: tab.view.sortByColumn(DeviceColumn.MAC, DESC))
    assert shown(qtbot, tab, 0, DevicesModel.MAC) == "00-04-F2-01-86-9F"
    tab.view.scrollToBottom()
    assert shown(qtbot, tab, DEVICES - 1, DevicesModel.MAC) == "00-04-F2-00-00-00"
    for row in range(0, DEVICES, DEVICES // 80):  # a drag of the scroll bar
        tab.view.scrollTo(tab.model.index(row, 0))
        shown(qtbot, tab, row, DevicesModel.MAC)
    assert len(tab.model._pages) <= KEEP_PAGES, "rows scrolled past are let go"

    tab.view.selectRow(3)
    chosen = tab.selected_entries()[0].serial
    wait(qtbot, tab, tab.refresh)  # the server recorded checks meanwhile, say
    assert [e.serial for e in tab.selected_entries()] == [chosen], "the selection stays"

    tab.field_combo.setCurrentIndex(tab.field_combo.findData(SearchField.MAC_PREFIX))
    wait(qtbot, tab, lambda: (tab.filter_edit.setText("00:04:f2:01:00"), tab.apply_filter()))
    assert tab.model.rowCount() == 256
    assert tab.counts_text().startswith("Showing 256 of 100")
    tab.field_combo.setCurrentIndex(0)
    wait(qtbot, tab, lambda: (tab.filter_edit.setText("user7@"), tab.apply_filter()))
    assert tab.model.rowCount() == 100
    wait(qtbot, tab, lambda: tab.state_combo.setCurrentIndex(
        tab.state_combo.findData(Compliance.BEHIND)))
    assert tab.model.rowCount() == 0, "user7@ phones run 4366 of a kind with none approved"
    assert tab.view.placeholder() == "No device matches the filter."


def test_removing_a_large_selection_reads_its_keys_on_the_worker(main_window, ctx, qtbot):
    """Last in this module: it removes devices from the shared store."""
    tab = main_window.devices_tab
    main_window.tabs.setCurrentWidget(tab)
    wait(qtbot, tab, tab.refresh)
    tab.view.selectAll()
    ctx.prompter.confirm_answer = False
    main_window.remove_devices_action.trigger()
    asked = ctx.prompter.confirms[-1]
    assert asked.accept == "Remove 100000 device(s)" and "… and 99980 more" in asked.details
    assert ctx.tasks.wait() and ctx.services.device_count() == DEVICES  # declined

    select_rows(tab.view, list(range(10, 1510)))  # more than are read into memory
    chosen = tab.chosen_devices()
    wait(qtbot, tab, tab.refresh)  # the list is made again before the keys are read
    ctx.services.record_sightings([(_sighting(DEVICES), 1)])
    with pytest.raises(ConflictError, match="changed while you chose"):
        chosen.keys()

    select_rows(tab.view, list(range(10, 1510)))
    ctx.prompter.confirm_answer = True
    main_window.remove_devices_action.trigger()
    qtbot.waitUntil(lambda: ctx.services.device_count() == DEVICES + 1 - 1500, timeout=20_000)
    # the report reaches the GUI thread after the worker's commit: wait for it too
    qtbot.waitUntil(lambda: bool(ctx.prompter.reports), timeout=20_000)
    assert ctx.prompter.reports[-1].text.startswith("Removed 1500 device(s)")
    assert ctx.prompter.errors == []
