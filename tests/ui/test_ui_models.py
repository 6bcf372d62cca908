"""The table models: Qt's model tester on each, with rows; sorting and filtering."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, datetime

import pytest
from PySide6.QtCore import QPersistentModelIndex, Qt
from ui_support import UNKNOWN_KIND, record, sighting

from app.audit import AuditRecord
from app.domain.compliance import Compliance
from app.domain.errors import StoreBusyError
from app.domain.inventory import DeviceColumn, SearchField
from app.domain.test_devices import TestDevice
from app.packages.builder import SAMPLE_KINDS
from app.ui.devices_model import DevicesModel
from app.ui.models import (
    OBJECT_ROLE,
    SORT_ROLE,
    AuditModel,
    DeviceLogsModel,
    HistoryModel,
    RulesModel,
    TestDevicesModel,
    modules_text,
    version_key,
)
from app.ui.tabs.common import make_proxy

ASC, DESC = Qt.SortOrder.AscendingOrder, Qt.SortOrder.DescendingOrder


def cells(model, column: int) -> list[str]:
    return [model.index(r, column).data() for r in range(model.rowCount())]


# -- rules ------------------------------------------------------------------------------------


def test_rules_models_hold_the_rules_of_their_state(qtmodeltester, rules):
    pending, approved = RulesModel("pending"), RulesModel("approved")
    pending.set_rows(rules, "pool.example.com")
    approved.set_rows(rules, "pool.example.com")
    qtmodeltester.check(pending)
    qtmodeltester.check(approved)
    assert sorted(cells(pending, RulesModel.BRAND)) == ["Aastra", "LG-Nortel", "Polycom"]
    assert sorted(cells(approved, RulesModel.BRAND)) == ["HP", "Polycom"]
    assert set(cells(pending, RulesModel.PENDING)) == {"4.0.7577.4400"}
    assert set(cells(pending, RulesModel.POOL)) == {"pool.example.com"}
    assert pending.headerData(RulesModel.RESTORE, Qt.Orientation.Horizontal) == \
        "Restore version"
    assert pending.columnCount() == 13


def test_rule_rows_carry_the_rule_and_sort_versions_numerically(qtmodeltester, rules):
    model = RulesModel("approved")
    model.set_rows(rules, "pool")
    polycom = next(r for r in range(2) if model.index(r, 1).data() == "Polycom")
    index = model.index(polycom, RulesModel.RESTORE)
    assert index.data(OBJECT_ROLE).kind.brand == "Polycom"
    assert model.index(polycom, RulesModel.APPROVED).data() == "4.0.7577.4366"
    assert "service:WebServer:pool/" in model.index(polycom, 0).data(Qt.ItemDataRole.ToolTipRole)
    when = model.index(polycom, RulesModel.LAST_CHANGE).data()
    assert datetime.strptime(when, "%Y-%m-%d %H:%M:%S")
    assert version_key(None) < version_key(_v("9.0.0.0")) < version_key(_v("10.0.0.0"))
    proxy = make_proxy(model, None)
    qtmodeltester.check(proxy)
    proxy.sort(RulesModel.APPROVED, DESC)
    assert proxy.index(0, RulesModel.APPROVED).data(SORT_ROLE) >= \
        proxy.index(1, RulesModel.APPROVED).data(SORT_ROLE)


def _v(text):
    from app.domain.versions import Version
    return Version.parse(text)


def test_a_rules_model_needs_a_known_state():
    with pytest.raises(ValueError):
        RulesModel("everything")


# -- small models -------------------------------------------------------------------------------


def test_test_devices_model(qtmodeltester):
    model = TestDevicesModel()
    model.set_rows([TestDevice.checked("Desk 1", mac="0004f2123456"),
                    TestDevice.checked("Lab", serial="SN-1", scope="site:Berlin")])
    qtmodeltester.check(model)
    assert cells(model, TestDevicesModel.IDENTIFIER) == ["00-04-F2-12-34-56", "SN-1"]
    assert cells(model, TestDevicesModel.IDENTIFIER_TYPE) == ["MAC address", "Serial number"]
    assert "Berlin" in model.index(1, TestDevicesModel.SCOPE).data(Qt.ItemDataRole.ToolTipRole)


def test_history_model(qtmodeltester, services, rules):
    model = HistoryModel()
    model.set_rows(services.history())
    qtmodeltester.check(model)
    actions = cells(model, HistoryModel.ACTION)
    assert "approve" in actions and "reset" in actions
    assert "tester" in cells(model, HistoryModel.USER)


def audit_lines(services) -> list[dict[str, str]]:
    base = datetime(2024, 5, 1, 10, 0, tzinfo=UTC)
    records = [
        AuditRecord(base, "10.0.0.5", "UCPhone", "00-04-F2-00-00-01", "SN1", "Polycom",
                    "CX600", "A", "ENU", (("CPE", "4.0.7577.4000"),),
                    (("CPE", "4.0.7577.4366", "Approved"),), "alice@example.com", "offered"),
        AuditRecord(base.replace(day=2), "10.0.0.6", "UCPhone", None, "SN2", "HP", "4120",
                    "A", "ENU", (("CPE", "4.0.7577.4366"),), (), None, "no-update"),
        AuditRecord(base.replace(day=3), "203.0.113.9", outcome="403 not-internal"),
    ]
    return services.audit(buffered=[r.line() for r in records])


def test_audit_model(qtmodeltester, services):
    model = AuditModel()
    model.set_rows(audit_lines(services))
    qtmodeltester.check(model)
    assert cells(model, AuditModel.OUTCOME) == ["refused: 403 not-internal", "no update",
                                                "offered"]
    assert cells(model, AuditModel.KIND)[2] == "UCPhone Polycom CX600 A ENU"
    assert cells(model, AuditModel.RESPONSE)[2] == "CPE 4.0.7577.4366"
    assert model.index(0, 0).data(Qt.ItemDataRole.ForegroundRole) is not None
    assert model.row_matches(2, "0004f2000001", None, None)
    assert model.row_matches(2, "cx600", None, "offered")
    assert not model.row_matches(2, "", None, "refused")
    assert model.row_matches(0, "", None, "refused")
    day = datetime.fromisoformat(model.rows()[1]["time"]).astimezone().date()
    assert [r for r in range(3) if model.row_matches(r, "", day, None)] == [1]


def test_modules_text():
    assert modules_text("CPE/4.0.1.2;UCA/1.0.0.0/Pending") == "CPE 4.0.1.2, UCA 1.0.0.0 (pending)"
    assert modules_text("") == ""


def test_device_logs_model(qtmodeltester, services):
    folder = services.device_logs_folder() / "Diagnostics"
    folder.mkdir(parents=True)
    (folder / "a.log").write_bytes(b"x" * 3000)
    (folder / "b.log").write_bytes(b"y")
    model = DeviceLogsModel()
    model.set_rows(services.device_logs())
    qtmodeltester.check(model)
    assert sorted(cells(model, DeviceLogsModel.FILE)) == ["a.log", "b.log"]
    assert set(cells(model, DeviceLogsModel.TYPE)) == {"Diagnostics"}
    assert model.index(0, 0).data(OBJECT_ROLE).path.parent == folder


# -- the devices model ----------------------------------------------------------------------------


@pytest.fixture
def inventory(services, rules):
    """60 devices in all four compliance states (rules: Polycom approved 4366, HP 4366)."""
    polycom, hp = SAMPLE_KINDS[0], SAMPLE_KINDS[2]
    record(services, [sighting(n, kind=polycom, offer="CPE 4.0.7577.4366 Approved")
                      for n in range(0, 20)])  # offered today's target
    record(services, [sighting(n, kind=polycom) for n in range(20, 30)])  # behind
    record(services, [sighting(n, kind=hp, version="4.0.7577.4366", user=f"u{n}@x")
                      for n in range(30, 45)])  # up to date
    record(services, [sighting(n, kind=UNKNOWN_KIND, external=True) for n in range(45, 60)])
    return services.inventory_with_compliance()


def settled(qtbot, model: DevicesModel) -> DevicesModel:
    """Wait until the model has listed and read every row it holds (a small inventory)."""
    qtbot.waitUntil(lambda: model.has_loaded and not model.busy, timeout=10_000)
    for row in range(model.rowCount()):
        model.index(row, 0).data()  # asks for the pages not read yet
    qtbot.waitUntil(lambda: not model.busy, timeout=10_000)
    return model


def listed(qtbot, model: DevicesModel, **changes) -> DevicesModel:
    model.set_query(replace(model.query, **changes))
    return settled(qtbot, model)


def test_devices_model_with_the_model_tester(ctx, qtbot, qtmodeltester, inventory):
    model = DevicesModel(ctx)
    qtmodeltester.check(model)  # before anything is listed: no rows, no failure
    model.reload()
    settled(qtbot, model)
    qtmodeltester.check(model)
    assert model.rowCount() == 60
    assert model.counts() == {Compliance.UP_TO_DATE: 15, Compliance.OFFERED: 20,
                              Compliance.BEHIND: 10, Compliance.UNKNOWN_KIND: 15}
    row = cells(model, DevicesModel.MAC).index("00-04-F2-00-00-1F")  # device 31
    assert model.index(row, DevicesModel.VERSIONS).data() == "CPE 4.0.7577.4366"
    assert model.index(row, DevicesModel.COMPLIANCE).data() == "up to date"
    assert model.index(row, DevicesModel.USER).data() == "u31@x"
    found = model.index(row, 0).data(OBJECT_ROLE)
    assert found.entry.serial == "SN000031" and model.state_of(found) is Compliance.UP_TO_DATE
    assert "Last offered" in model.index(row, DevicesModel.COMPLIANCE).data(
        Qt.ItemDataRole.ToolTipRole)


def test_devices_model_sorts_each_column_in_the_store(ctx, qtbot, qtmodeltester, inventory):
    model = DevicesModel(ctx)
    qtmodeltester.check(model)  # stays attached: every sort must keep the model consistent
    for column in DeviceColumn:
        for order in (ASC, DESC):
            model.sort(column, order)
            settled(qtbot, model)
            assert model.rowCount() == 60
            assert model.query.sort is column and model.query.descending == (order == DESC)
    model.sort(DevicesModel.ADDRESS, ASC)
    assert cells(settled(qtbot, model), DevicesModel.ADDRESS)[:3] == [
        "10.0.0.1", "10.0.0.2", "10.0.0.3"]
    model.sort(DevicesModel.COMPLIANCE, ASC)
    assert cells(settled(qtbot, model), DevicesModel.COMPLIANCE)[0] == "up to date"
    model.sort(DevicesModel.SERIAL, DESC)
    assert cells(settled(qtbot, model), DevicesModel.SERIAL)[:2] == ["SN000059", "SN000058"]


def test_devices_model_filters_by_text_field_and_state(ctx, qtbot, qtmodeltester, inventory):
    model = DevicesModel(ctx)
    qtmodeltester.check(model)
    assert listed(qtbot, model, text="snom").rowCount() == 15
    assert cells(listed(qtbot, model, text="00-04-f2-00-00-0a"),
                 DevicesModel.SERIAL) == ["SN000010"]
    assert listed(qtbot, model, text="0004F200000A").rowCount() == 1, \
        "a MAC without separators matches too"
    assert listed(qtbot, model, text="00:04:f2:00:00:1",
                  field=SearchField.MAC_PREFIX).rowCount() == 16
    assert cells(listed(qtbot, model, text="U3", field=SearchField.USER),
                 DevicesModel.USER) == [f"u{n}@x" for n in range(39, 29, -1)]
    assert listed(qtbot, model, text="polycom", field=SearchField.ANYWHERE,
                  state=Compliance.BEHIND).rowCount() == 10
    listed(qtbot, model, text="", state=Compliance.OFFERED)
    assert set(cells(model, DevicesModel.COMPLIANCE)) == {"update offered"}
    assert model.counts()[Compliance.UNKNOWN_KIND] == 15  # counts are for everything
    model.sort(DevicesModel.SERIAL, DESC)
    model.reload()  # a refresh keeps sort and filter
    settled(qtbot, model)
    assert model.rowCount() == 20 and model.index(0, DevicesModel.SERIAL).data() == "SN000019"
    assert listed(qtbot, model, state=None).rowCount() == 60


def test_devices_model_reads_only_the_pages_asked_for(ctx, qtbot, services, rules):
    record(services, [sighting(n) for n in range(1000)])
    model = DevicesModel(ctx)
    model.reload()
    qtbot.waitUntil(lambda: model.has_loaded and not model.busy, timeout=10_000)
    assert model.rowCount() == 1000
    held = sum(len(rows) for rows in model._pages.values())
    assert 0 < held <= 400, "a listing brings the rows around the top, not all"
    assert model.index(750, DevicesModel.SERIAL).data() is None  # not read yet: asked for
    with qtbot.waitSignal(model.rows_arrived, timeout=10_000):
        pass
    assert model.index(750, DevicesModel.SERIAL).data() == "SN000249"  # newest first
    services.record_sightings([(sighting(249, version="4.0.7577.4366"), 1)])
    model.reread()  # the server recorded checks: rows on screen follow at once
    qtbot.waitUntil(lambda: not model.busy, timeout=10_000)
    assert model.index(750, DevicesModel.VERSIONS).data() == "CPE 4.0.7577.4366"


def test_a_failed_read_goes_to_the_tab(ctx, qtbot, inventory, monkeypatch):
    model = DevicesModel(ctx)
    failures = []
    model.failed.connect(failures.append)

    def broken(*_args):
        raise StoreBusyError("the store is busy")
    monkeypatch.setattr(ctx.services, "list_head", broken)
    monkeypatch.setattr(ctx.services, "list_devices", broken)
    model.reload()
    qtbot.waitUntil(lambda: bool(failures), timeout=10_000)
    assert "busy" in str(failures[0]) and model.rowCount() == 0 and not model.busy


def test_small_models_sort_themselves_and_keep_persistent_indexes(qtmodeltester, services):
    model = AuditModel()
    model.set_rows(audit_lines(services))
    qtmodeltester.check(model)
    proxy = make_proxy(model, None)
    proxy.setFilterFixedString("10.0.0")  # the two lines from inside
    kept = QPersistentModelIndex(model.index(0, AuditModel.CLIENT))  # 203.0.113.9
    proxy.sort(AuditModel.CLIENT, ASC)  # the proxy hands sorting to the model
    assert cells(model, AuditModel.CLIENT) == ["10.0.0.5", "10.0.0.6", "203.0.113.9"]
    assert cells(proxy, AuditModel.CLIENT) == ["10.0.0.5", "10.0.0.6"]
    assert kept.row() == 2 and kept.data() == "203.0.113.9"
    model.set_rows(list(reversed(audit_lines(services))))  # new rows: sorted the same way
    assert cells(model, AuditModel.CLIENT) == ["10.0.0.5", "10.0.0.6", "203.0.113.9"]
    model.sort(-1)  # the order given
    assert cells(model, AuditModel.CLIENT) == ["10.0.0.5", "10.0.0.6", "203.0.113.9"]
    model.sort(AuditModel.TIME, DESC)
    assert cells(model, AuditModel.CLIENT) == ["203.0.113.9", "10.0.0.6", "10.0.0.5"]
    day = datetime.fromisoformat(model.rows()[1]["time"]).astimezone().date()
    assert [r for r in range(3) if model.row_matches(r, "", day, None)] == [1]


def test_modules_text_says_the_approval_in_german(german):
    assert modules_text("CPE/4.0.1.2/Approved;UCA/1.0.0.0/Pending") == \
        "CPE 4.0.1.2, UCA 1.0.0.0 (ausstehend)"
