"""A fresh, empty data folder: every tab, dialog and action works and says what to do
(issue 9: C). Qt warnings fail these tests (qt_log_level_fail), as do exceptions in slots."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QApplication, QTableView
from ui_support import start_server

from app.ui.dialogs.query import DeviceQueryDialog
from app.ui.dialogs.settings import SettingsDialog
from app.ui.dialogs.test_device import TestDeviceDialog
from app.ui.tabs.common import Table

# the window's actions that do not close it, in the order a new administrator finds them
WALKED = ["importAction", "approveAction", "resetAction", "restoreAction", "removeAction",
          "clearFilesAction", "clearLogsAction", "removeDevicesAction",
          "removeUnseenDevicesAction", "refreshAction", "queryAction", "simulatorAction",
          "settingsAction", "aboutAction"]


def settled(qtbot, ctx) -> None:
    """Wait until every background load and action has reported back."""
    qtbot.waitUntil(lambda: not ctx.tasks.busy, timeout=10_000)
    QApplication.processEvents()


def tables(widget) -> list[Table]:
    return widget.findChildren(Table)


def test_every_tab_says_why_it_is_empty(main_window, ctx, qtbot):
    assert all(isinstance(v, Table) for v in main_window.findChildren(QTableView))
    settled(qtbot, ctx)
    said = {}
    for index in range(main_window.tabs.count()):
        main_window.tabs.setCurrentIndex(index)
        tab = main_window.tabs.currentWidget()
        assert tables(tab), f"tab {index} has no table"
        for view in tables(tab):
            assert view.model().rowCount() == 0
            text = view.placeholder()
            assert text and text != "Loading…", f"{view.objectName()} says nothing"
            said[view.objectName()] = text
            for column in range(view.model().columnCount()):  # a click on each header
                view.sortByColumn(column, Qt.SortOrder.AscendingOrder)
    assert said["pendingTable"] == "No pending updates. Import a package (Ctrl+O) to start."
    assert len(set(said.values())) == len(said) == 7
    assert main_window.devices_tab.counts_label.text() == \
        "No device has checked for updates yet."


def test_every_action_on_an_empty_store(main_window, ctx, qtbot):
    settled(qtbot, ctx)
    prompter = ctx.prompter
    prompter.int_answer = 7
    actions = {a.objectName(): a for a in main_window.findChildren(QAction)}
    for name in WALKED:
        for index in range(main_window.tabs.count()):  # from every tab: some act on one
            main_window.tabs.setCurrentIndex(index)
            actions[name].trigger()
            settled(qtbot, ctx)
            close_opened_windows(main_window)
    assert prompter.errors == []
    texts = {said.text for said in prompter.reports}
    assert "Select one or more rules first." in texts
    assert "Deleted 0 unused version(s), 0.0 MB freed." in texts
    assert "Removed 0 device(s) from the inventory." in texts


def close_opened_windows(main_window) -> None:
    for widget in QApplication.topLevelWidgets():
        if widget is not main_window and widget.isVisible():
            widget.close()


def test_the_server_starts_and_stops_on_an_empty_store(main_window, ctx, qtbot):
    start_server(main_window, ctx, qtbot)
    main_window.refresh_all()
    settled(qtbot, ctx)
    main_window.stop_action.trigger()
    assert not ctx.server.running and ctx.prompter.errors == []


def test_right_clicks_and_buttons_with_nothing_selected(main_window, ctx, qtbot):
    settled(qtbot, ctx)
    for tab in (main_window.pending_tab, main_window.approved_tab, main_window.devices_tab):
        menu = tab.context_menu(QPoint(5, 5))  # on no row
        assert menu.actions()
        menu.deleteLater()
    assert not main_window.remove_devices_action.isEnabled()
    test_devices = main_window.test_devices_tab
    assert not test_devices.edit_button.isEnabled()
    assert not test_devices.remove_button.isEnabled()
    test_devices.ask_device = lambda parent, old: None
    test_devices.add_button.click()
    logs = main_window.logs_tab
    logs.open_url = lambda url: pytest.fail("nothing to open")
    assert not logs.open_file_button.isEnabled()
    logs.open_folder_button.click()
    assert "No phone has uploaded a log yet" in ctx.prompter.reports[-1].text
    for edit in (main_window.pending_tab.filter_edit, main_window.devices_tab.filter_edit,
                 logs.device_edit, main_window.history_tab.filter_edit):
        edit.setText("anything")
    main_window.devices_tab.apply_filter()
    settled(qtbot, ctx)
    assert ctx.prompter.errors == []


def test_every_dialog_on_an_empty_store(ctx, qtbot):
    query = DeviceQueryDialog(ctx)
    qtbot.addWidget(query)
    query.show()
    assert query.kind_combo.count() == 1  # only "Choose a kind that has a rule…"
    query.check()  # nothing entered: said in the dialog, not raised
    assert query.error.text()
    settings = SettingsDialog(ctx)
    qtbot.addWidget(settings)
    settings.show()
    for index in range(settings.tabs.count()):
        settings.tabs.setCurrentIndex(index)
    accounts = settings.accounts_page
    assert accounts.table.rowCount() == 0 and not accounts.remove_button.isEnabled()
    assert settings.apply()
    device = TestDeviceDialog(None)
    qtbot.addWidget(device)
    device.show()
    assert not device.ok_button.isEnabled()
    for dialog in (query, settings, device):
        dialog.close()
    assert ctx.prompter.errors == []
