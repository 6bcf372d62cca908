"""The main window's tabs, each over real services: loading, filters, sorting, changes."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest
from PySide6.QtCore import QLocale, QSettings, Qt, QTimer, QUrl
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QApplication, QDialog
from revision1 import OLD_AUDIT_LINE
from ui_support import UNKNOWN_KIND, record, sighting

from app.audit import HEADER_LINE, AuditRecord
from app.domain.compliance import Compliance
from app.domain.errors import StoreBusyError
from app.domain.inventory import DeviceColumn, SearchField
from app.domain.test_devices import TestDevice
from app.packages.builder import SAMPLE_KINDS
from app.ui.devices_model import DevicesModel
from app.ui.dialogs.test_device import TestDeviceDialog
from app.ui.models import AuditModel, RulesModel, local_time
from app.ui.tabs import DevicesTab, HistoryTab, LogsTab, RulesTab, TestDevicesTab

ASC, DESC = Qt.SortOrder.AscendingOrder, Qt.SortOrder.DescendingOrder


def column(view, col: int) -> list[str]:
    model = view.model()
    return [model.index(r, col).data() for r in range(model.rowCount())]


def loaded(qtbot, tab):
    """Refresh *tab* and wait until its rows are shown."""
    with qtbot.waitSignal(tab.refreshed, timeout=10_000):
        tab.refresh()
    return tab


@pytest.fixture
def make(ctx, qtbot):
    def build(cls, *args):
        tab = cls(ctx, *args)
        qtbot.addWidget(tab)
        return tab
    return build


# -- Pending / Approved ------------------------------------------------------------------------


def test_rules_tabs_show_the_rules_of_their_state(make, qtbot, rules, services):
    pending = loaded(qtbot, make(RulesTab, "pending"))
    approved = loaded(qtbot, make(RulesTab, "approved"))
    assert column(pending.view, RulesModel.BRAND) == ["Aastra", "LG-Nortel", "Polycom"]
    assert column(approved.view, RulesModel.BRAND) == ["HP", "Polycom"]
    assert set(column(approved.view, RulesModel.POOL)) == {services.pool()}
    assert pending.view.objectName() == "pendingTable"
    assert pending.summary_label.text() == "3 rule(s)"  # "3 rules" with the English .qm
    assert pending.view.placeholder() == ""


def test_an_empty_rules_tab_says_what_to_do(make, qtbot):
    pending = make(RulesTab, "pending")
    assert pending.view.placeholder() == "Loading…"
    loaded(qtbot, pending)
    assert pending.view.placeholder() == ("No pending updates. Import a package (Ctrl+O) to "
                                          "start.")
    assert not pending.brand_combo.isEnabled()


def test_a_filter_that_hides_every_rule_says_so(make, qtbot, rules):
    pending = loaded(qtbot, make(RulesTab, "pending"))
    pending.filter_edit.setText("no such phone")
    assert pending.view.placeholder() == "No rule matches the filter."


def test_rules_filter_and_sort(make, qtbot, rules):
    pending = loaded(qtbot, make(RulesTab, "pending"))
    pending.filter_edit.setText("nortel")
    assert column(pending.view, RulesModel.BRAND) == ["LG-Nortel"]
    assert pending.summary_label.text() == "1 of 3 rule(s) shown"
    pending.filter_edit.setText("IP8540")  # matches any column, any case
    assert column(pending.view, RulesModel.MODEL) == ["IP8540"]
    pending.filter_edit.clear()
    pending.view.sortByColumn(RulesModel.BRAND, DESC)
    assert column(pending.view, RulesModel.BRAND) == ["Polycom", "LG-Nortel", "Aastra"]
    pending.view.sortByColumn(RulesModel.MODEL, ASC)
    assert column(pending.view, RulesModel.MODEL) == ["6725ip", "CX600", "IP8540"]


def test_select_a_brand_and_the_context_menu(make, qtbot, rules):
    pending = loaded(qtbot, make(RulesTab, "pending"))
    approve = QAction("Approve", pending)
    pending.set_context_actions([approve])
    with qtbot.waitSignal(pending.selection_changed):
        pending.select_brand("polycom")
    assert [r.kind.brand for r in pending.selected_rules()] == ["Polycom"]
    assert pending.summary_label.text() == "3 rule(s) · 1 selected"
    pos = pending.view.visualRect(pending.view.model().index(0, 0)).center()  # Aastra
    menu = pending.context_menu(pos)
    assert [r.kind.brand for r in pending.selected_rules()] == ["Aastra"]  # right-click selects
    texts = [a.text() for a in menu.actions()]
    assert texts[0] == "Approve" and texts[-2:] == ["Select all rules of brand Aastra",
                                                    "Show the phones of this kind…"]
    pending.filter_edit.setText("Polycom")
    pending.brand_combo.activated.emit(pending.brand_combo.findText("Aastra"))
    assert pending.filter_edit.text() == ""  # the filter hid Aastra's rule
    assert [r.kind.brand for r in pending.selected_rules()] == ["Aastra"]
    assert pending.brand_combo.currentIndex() == 0
    menu.deleteLater()


def test_rules_tab_keeps_the_selection_across_a_refresh(make, qtbot, rules):
    approved = loaded(qtbot, make(RulesTab, "approved"))
    approved.select_brand("HP")
    loaded(qtbot, approved)
    assert [r.kind.brand for r in approved.selected_rules()] == ["HP"]


def test_load_errors_go_to_the_prompter(make, qtbot, ctx, monkeypatch):
    def busy(*_args):
        raise StoreBusyError("the store is busy")
    monkeypatch.setattr(ctx.services, "rules", busy)
    pending = make(RulesTab, "pending")
    pending.refresh()
    qtbot.waitUntil(lambda: bool(ctx.prompter.errors))
    assert str(ctx.prompter.errors[0]) == "the store is busy"
    assert not pending.loading


def test_refreshes_asked_for_during_a_load_are_merged(make, qtbot, ctx, rules, monkeypatch):
    calls = []
    real = ctx.services.rules
    monkeypatch.setattr(ctx.services, "rules", lambda *a: calls.append(1) or real(*a))
    pending = make(RulesTab, "pending")
    for _ in range(5):
        pending.refresh()
    qtbot.waitUntil(lambda: len(calls) == 2 and not pending.loading)
    assert ctx.tasks.wait()
    assert len(calls) == 2


# -- Test Devices ------------------------------------------------------------------------------


def test_add_edit_and_remove_test_devices(make, qtbot, ctx, services):
    tab = loaded(qtbot, make(TestDevicesTab))
    tab.ask_device = lambda parent, old: TestDevice.checked("Desk 12", mac="00:04:f2:aa:bb:cc")
    with qtbot.waitSignal(tab.test_devices_changed), qtbot.waitSignal(tab.refreshed):
        tab.add_button.click()
    assert column(tab.view, 2) == ["00-04-F2-AA-BB-CC"]
    tab.view.selectRow(0)
    assert tab.edit_button.isEnabled() and tab.remove_button.isEnabled()
    tab.ask_device = lambda parent, old: TestDevice(old.name, old.identifier_type,
                                                    old.identifier, "site:Berlin")
    with qtbot.waitSignal(tab.refreshed):
        tab.edit_button.click()
    assert [d.scope for d in services.test_devices()] == ["site:Berlin"]
    tab.view.selectRow(0)
    ctx.prompter.confirm_answer = False
    tab.remove_button.click()
    assert "Desk 12" in ctx.prompter.confirms[-1].text
    assert ctx.prompter.confirms[-1].accept == "Remove 1 test device(s)"
    assert ctx.tasks.wait() and services.test_devices()  # declined: nothing removed
    ctx.prompter.confirm_answer = True
    with qtbot.waitSignal(tab.test_devices_changed):
        tab.remove_button.click()
    assert services.test_devices() == []
    assert not ctx.prompter.errors


def test_a_clashing_test_device_is_refused_with_a_message(make, qtbot, ctx, services):
    services.add_test_device(TestDevice.checked("Desk 1", mac="0004f2000001"))
    tab = loaded(qtbot, make(TestDevicesTab))
    tab.ask_device = lambda parent, old: TestDevice.checked("Desk 2", mac="0004f2000001")
    tab.add_button.click()
    qtbot.waitUntil(lambda: bool(ctx.prompter.errors))
    assert "already test device 'Desk 1'" in str(ctx.prompter.errors[0])
    assert len(services.test_devices()) == 1


def test_cancelling_the_dialog_changes_nothing(make, qtbot, ctx, services):
    tab = loaded(qtbot, make(TestDevicesTab))
    tab.ask_device = lambda parent, old: None
    tab.add_button.click()
    assert ctx.tasks.wait() and services.test_devices() == []


# -- the test device dialog --------------------------------------------------------------------


@pytest.fixture
def dialog(qtbot):
    dlg = TestDeviceDialog(None)
    qtbot.addWidget(dlg)
    return dlg


def test_dialog_rejects_a_bad_mac_in_words(dialog):
    assert not dialog.ok_button.isEnabled()
    assert "Enter a name" in dialog.problem_label.text()
    dialog.name_edit.setText("Desk 7")
    dialog.identifier_edit.setText("00-04-F2-ZZ-00-01")
    assert not dialog.ok_button.isEnabled()
    assert "is not a MAC address" in dialog.problem_label.text()
    assert "six pairs of hex digits" in dialog.problem_label.text()
    assert dialog.device() is None


def test_dialog_accepts_a_good_mac_and_normalizes_it(dialog):
    dialog.name_edit.setText("Desk 7")
    dialog.identifier_edit.setText("0004f2123456")
    assert dialog.ok_button.isEnabled() and dialog.problem_label.text() == ""
    assert dialog.device() == TestDevice.checked("Desk 7", mac="00-04-F2-12-34-56")


def test_dialog_serial_and_site_scope(dialog):
    dialog.name_edit.setText("Lab phone")
    dialog.type_combo.setCurrentIndex(1)
    dialog.identifier_edit.setText("SN 1")
    assert "is not a serial number" in dialog.problem_label.text()
    dialog.identifier_edit.setText("SN-1")
    dialog.site_radio.setChecked(True)
    assert dialog.site_edit.isEnabled()
    assert "scope" in dialog.problem_label.text() and not dialog.ok_button.isEnabled()
    dialog.site_edit.setText("Berlin")
    assert dialog.device() == TestDevice.checked("Lab phone", serial="SN-1", scope="site:Berlin")


def test_dialog_edits_an_existing_device(qtbot):
    old = TestDevice.checked("Lab", serial="SN-1", scope="site:Berlin")
    dlg = TestDeviceDialog(None, old)
    qtbot.addWidget(dlg)
    assert dlg.windowTitle() == "Edit test device"
    assert dlg.site_edit.text() == "Berlin" and dlg.device() == old


@pytest.mark.qt_log_ignore(r"This plugin does not support propagateSizeHints\(\)")
def test_dialog_ask_returns_the_device_or_none(qtbot):
    def answer(accept: bool) -> None:
        dlg = QApplication.activeModalWidget()
        assert isinstance(dlg, QDialog)
        dlg.name_edit.setText("Desk")
        dlg.identifier_edit.setText("00-04-F2-00-00-09")
        dlg.accept() if accept else dlg.reject()
    QTimer.singleShot(0, lambda: answer(True))
    assert TestDeviceDialog.ask(None).identifier == "00-04-F2-00-00-09"
    QTimer.singleShot(0, lambda: answer(False))
    assert TestDeviceDialog.ask(None) is None


# -- Devices -----------------------------------------------------------------------------------


@pytest.fixture
def fleet(services, rules):
    polycom, hp = SAMPLE_KINDS[0], SAMPLE_KINDS[2]
    record(services, [sighting(n, kind=polycom, offer="CPE 4.0.7577.4366 Approved")
                      for n in range(1000)])
    record(services, [sighting(n, kind=polycom) for n in range(1000, 1200)])
    record(services, [sighting(n, kind=hp, version="4.0.7577.4366") for n in range(1200, 1230)])
    record(services, [sighting(n, kind=UNKNOWN_KIND) for n in range(1230, 1234)])


@pytest.fixture
def us_english():
    """Numbers as in the US ("1,234"), whatever the machine's locale."""
    before = QLocale()
    QLocale.setDefault(QLocale(QLocale.Language.English, QLocale.Country.UnitedStates))
    yield
    QLocale.setDefault(before)


def test_devices_tab_shows_the_inventory_with_counts(make, qtbot, fleet, us_english):
    tab = loaded(qtbot, make(DevicesTab))
    assert tab.view.model().rowCount() == 1234
    assert tab.counts_label.text() == ("1,234 devices: 30 up to date · 1,000 update offered"
                                       " · 200 behind · 4 unknown kind")
    assert column(tab.view, DevicesModel.LAST_SEEN)[:1] == [
        tab.model.index(0, DevicesModel.LAST_SEEN).data()]  # newest first
    assert tab.model.index(0, DevicesModel.SERIAL).data() == "SN001233"


def relisted(qtbot, tab, change):
    """Do *change* and wait until the tab shows the new listing."""
    with qtbot.waitSignal(tab.refreshed, timeout=10_000):
        change()
    return tab


def test_devices_tab_filters_and_sorts(make, qtbot, fleet, us_english):
    tab = loaded(qtbot, make(DevicesTab))
    relisted(qtbot, tab, lambda: tab.filter_edit.setText("snom"))
    assert tab.model.rowCount() == 4
    assert tab.counts_label.text().startswith("Showing 4 of 1,234 devices: ")
    relisted(qtbot, tab, tab.filter_edit.clear)
    relisted(qtbot, tab, lambda: tab.state_combo.setCurrentIndex(
        tab.state_combo.findData(Compliance.BEHIND)))
    assert tab.model.rowCount() == 200
    relisted(qtbot, tab, lambda: tab.view.sortByColumn(DevicesModel.SERIAL, ASC))
    assert column(tab.view, DevicesModel.SERIAL)[:2] == ["SN001000", "SN001001"]
    relisted(qtbot, tab, lambda: tab.view.horizontalHeader().setSortIndicator(
        DevicesModel.SERIAL, DESC))  # a header click
    assert column(tab.view, DevicesModel.SERIAL)[0] == "SN001199"
    relisted(qtbot, tab, lambda: tab.state_combo.setCurrentIndex(0))
    relisted(qtbot, tab, lambda: tab.field_combo.setCurrentIndex(
        tab.field_combo.findData(SearchField.MAC_PREFIX)))
    relisted(qtbot, tab, lambda: tab.filter_edit.setText("00:04:F2:00:04:D"))
    assert tab.model.rowCount() == 2  # 0x4D0 and 0x4D1: devices 1232, 1233
    assert tab.counts_label.text().startswith("Showing 2 of 1,234 devices: ")


def test_devices_tab_keeps_selection_and_shows_new_devices(make, qtbot, services, fleet):
    tab = loaded(qtbot, make(DevicesTab))
    relisted(qtbot, tab, lambda: tab.view.sortByColumn(DevicesModel.SERIAL, ASC))
    tab.view.selectRow(7)
    record(services, [sighting(5000, kind=UNKNOWN_KIND)])
    loaded(qtbot, tab)
    assert tab.model.rowCount() == 1235
    assert [e.serial for e, _ in tab.selected_devices()] == ["SN000007"]
    assert "5 unknown kind" in tab.counts_label.text()


def test_a_selection_that_cannot_be_followed_is_cleared_not_moved(make, qtbot, services,
                                                                   fleet):
    tab = loaded(qtbot, make(DevicesTab))
    relisted(qtbot, tab, lambda: tab.view.sortByColumn(DevicesModel.SERIAL, ASC))
    tab.view.selectRow(5)
    (gone,) = tab.selected_entries()
    services.remove_devices([gone.key])
    record(services, [sighting(6000, kind=UNKNOWN_KIND)])  # as many rows as before
    loaded(qtbot, tab)
    assert tab.model.rowCount() == 1234
    assert tab.selected_entries() == [], "not the device that moved into its row"


def test_rules_tabs_show_how_far_each_rollout_got(make, qtbot, services, fleet, us_english):
    tab = loaded(qtbot, make(RulesTab, "approved"))
    model = tab.model
    by_brand = {r.kind.brand: r for r in model.rows()}
    polycom, hp = by_brand["Polycom"], by_brand["HP"]
    assert model.rollout_text(polycom) == "0/1,200 (0 %)"
    assert model.rollout_text(hp) == "30/30 (100 %)"
    assert model.display(hp, RulesModel.LAST_CHECK) == local_time(sighting(1229).seen_at)
    tip = model.tooltip(polycom, RulesModel.ROLLOUT)
    assert "On the approved version 4.0.7577.4366: 0" in tip
    assert "On the pending version 4.0.7577.4400: 0" in tip
    assert "On another version: 1,200" in tip
    lg = SAMPLE_KINDS[3]  # pending 4400, nothing approved
    record(services, [sighting(n, kind=lg, version="4.0.7577.4400", test=True)
                      for n in (5000, 5001)] + [sighting(5002, kind=lg)])
    pending = loaded(qtbot, make(RulesTab, "pending")).model
    aastra = next(r for r in pending.rows() if r.kind.brand == "Aastra")
    assert pending.rollout_text(aastra) == "–", "no phone of it yet"
    lg_rule = next(r for r in pending.rows() if r.kind.brand == "LG-Nortel")
    assert pending.rollout_text(lg_rule) == "2/3 on pending"
    tip = pending.tooltip(lg_rule, RulesModel.ROLLOUT)
    assert "No version is approved yet." in tip and "On the approved version" not in tip
    assert "On the pending version 4.0.7577.4400: 2" in tip


def test_a_rules_phones_are_listed_from_the_store(make, qtbot, fleet, us_english, english):
    tab = loaded(qtbot, make(RulesTab, "approved"))
    row = next(r for r in range(tab.proxy.rowCount())
               if tab.proxy.index(r, RulesModel.BRAND).data() == "HP")
    dialog = tab.show_phones(row)
    qtbot.addWidget(dialog)
    qtbot.waitUntil(lambda: dialog.devices.model.has_loaded and not dialog.devices.loading,
                    timeout=10_000)
    assert dialog.devices.model.rowCount() == 30
    assert set(column(dialog.devices.view, DevicesModel.KIND)) == {"UCPhone HP 4120 A ENU"}
    assert dialog.summary.text().startswith("30 of 30 phones run the approved version")
    assert "; 0 run another version. Last check: " in dialog.summary.text()
    assert dialog.devices.remove_button.isHidden(), "no removal is offered here: no dead button"
    assert dialog.devices.counts_text().startswith("30 devices: 30 up to date"), \
        "the counts are the kind's, not the whole inventory's"
    relisted(qtbot, dialog.devices, lambda: dialog.devices.filter_edit.setText("SN00120"))
    assert dialog.devices.model.rowCount() == 10, "the filter stays within the rule's kind"
    dialog.close()


def test_an_empty_inventory_says_so(make, qtbot):
    tab = loaded(qtbot, make(DevicesTab))
    assert tab.counts_label.text() == "No device has checked for updates yet."


# -- Logs ----------------------------------------------------------------------------------------


def write_audit(ctx) -> None:
    base = datetime(2024, 5, 1, 10, 0, tzinfo=UTC)
    lines = [
        AuditRecord(base, "10.0.0.5", "UCPhone", "00-04-F2-00-00-01", "SN1", "Polycom",
                    "CX600", "A", "ENU", (("CPE", "4.0.7577.4000"),),
                    (("CPE", "4.0.7577.4366", "Approved"),), None, "offered").line(),
        AuditRecord(base.replace(day=3), "10.0.0.6", "UCPhone", None, "SN2", "HP", "4120",
                    "A", "ENU", (("CPE", "4.0.7577.4366"),), (), None, "no-update").line(),
        AuditRecord(base.replace(day=3), "203.0.113.9", outcome="403 not-internal").line(),
    ]
    folder = ctx.services.data_dir / "Logs/Server/Audit/imageUpdates"
    folder.mkdir(parents=True)
    (folder / "RequestHandlerAuditLog_web01_20240501.log").write_text(
        HEADER_LINE + "".join(lines), newline="")


def test_logs_tab_shows_revision1_audit_files_too(make, qtbot, ctx):
    folder = ctx.services.data_dir / "Logs/Server/Audit/imageUpdates"
    folder.mkdir(parents=True)
    (folder / "20261130.log").write_text(OLD_AUDIT_LINE)  # as revision 1 wrote them
    tab = loaded(qtbot, make(LogsTab))
    assert column(tab.audit_view, AuditModel.CLIENT) == ["192.168.1.20"]
    row = [tab.audit_view.model().index(0, c).data()
           for c in range(tab.audit_view.model().columnCount())]
    assert "CPE 4.0.7577.4366" in row and "CPE 4.0.7577.4066" in row


def test_logs_tab_filters_audit_lines(make, qtbot, ctx):
    write_audit(ctx)
    tab = loaded(qtbot, make(LogsTab))
    view = tab.audit_view
    assert len(column(view, 0)) == 3
    assert tab.audit_summary.text() == "3 of the newest 3 line(s) shown"
    tab.outcome_combo.setCurrentIndex(tab.outcome_combo.findData(AuditModel.REFUSED))
    assert column(view, AuditModel.CLIENT) == ["203.0.113.9"]
    tab.outcome_combo.setCurrentIndex(0)
    tab.device_edit.setText("0004F2000001")
    assert column(view, AuditModel.SERIAL) == ["SN1"]
    tab.device_edit.clear()
    local_day = datetime(2024, 5, 3, 10, 0, tzinfo=UTC).astimezone().date()
    assert not tab.date_edit.isEnabled()
    tab.any_date_check.setChecked(False)
    tab.date_edit.setDate(local_day)
    assert sorted(column(view, AuditModel.CLIENT)) == ["10.0.0.6", "203.0.113.9"]


def test_logs_tab_lists_and_opens_device_logs(make, qtbot, ctx):
    folder = ctx.services.device_logs_folder() / "Diagnostics"
    folder.mkdir(parents=True)
    (folder / "phone-1.log").write_text("log")
    tab = loaded(qtbot, make(LogsTab))
    opened = []
    tab.open_url = lambda url: opened.append(url) or True
    assert column(tab.logs_view, 1) == ["phone-1.log"]
    assert not tab.open_file_button.isEnabled()
    tab.open_folder_button.click()
    assert opened == [QUrl.fromLocalFile(str(ctx.services.device_logs_folder()))]
    tab.logs_view.selectRow(0)
    tab.open_file_button.click()
    tab.open_folder_button.click()
    assert opened[1:] == [QUrl.fromLocalFile(str(folder / "phone-1.log")),
                          QUrl.fromLocalFile(str(folder))]
    tab.open_url = lambda url: False
    tab.open_file_button.click()
    assert ctx.prompter.reports[-1].problem


def test_logs_tab_without_logs_explains(make, qtbot, ctx):
    tab = loaded(qtbot, make(LogsTab))
    tab.open_url = lambda url: pytest.fail("nothing to open")
    tab.open_folder_button.click()
    assert "No phone has uploaded a log yet" in ctx.prompter.reports[0].text
    assert tab.audit_summary.text() == "No request has been logged yet."


# -- History -----------------------------------------------------------------------------------


def test_history_tab_shows_and_filters_actions(make, qtbot, rules):
    tab = loaded(qtbot, make(HistoryTab))
    actions = column(tab.view, 2)
    assert actions.count("approve") == 2 and "reset" in actions
    tab.filter_edit.setText("RESET")
    assert column(tab.view, 2) == ["reset"]
    assert "HP" in column(tab.view, 3)[0]


# -- column state ------------------------------------------------------------------------------


def test_column_state_is_saved_and_restored(make, ctx, tmp_path):
    first = make(DevicesTab)
    first.view.setColumnWidth(DevicesModel.MAC, 321)
    first.view.sortByColumn(DevicesModel.ADDRESS, ASC)
    logs = make(LogsTab)
    logs.pages.setCurrentIndex(1)
    first.save_state(ctx.ui_state, "devices")
    logs.save_state(ctx.ui_state, "logs")
    ctx.ui_state.sync()
    state = QSettings(str(tmp_path / "ui.ini"), QSettings.Format.IniFormat)
    second, logs2 = make(DevicesTab), make(LogsTab)
    second.restore_state(state, "devices")
    logs2.restore_state(state, "logs")
    assert second.view.columnWidth(DevicesModel.MAC) == 321
    assert second.view.horizontalHeader().sortIndicatorSection() == DevicesModel.ADDRESS
    assert second.model.query.sort is DeviceColumn.ADDRESS and not second.model.query.descending
    assert logs2.pages.currentIndex() == 1
    make(RulesTab, "pending").restore_state(state, "nothing saved")  # no error


def test_columns_fit_their_contents_unless_widths_were_restored(make, qtbot, ctx, rules):
    fitted = loaded(qtbot, make(RulesTab, "approved"))
    version = fitted.view.columnWidth(RulesModel.APPROVED)
    assert version > fitted.view.fontMetrics().horizontalAdvance("4.0.7577.4366")
    fitted.view.setColumnWidth(RulesModel.APPROVED, 55)
    fitted.save_state(ctx.ui_state, "approved")
    restored = make(RulesTab, "approved")
    restored.restore_state(ctx.ui_state, "approved")
    loaded(qtbot, restored)
    assert restored.view.columnWidth(RulesModel.APPROVED) == 55
