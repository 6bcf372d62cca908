"""The main window: tabs, toolbar, menus, the server panel; no business rules here."""

from __future__ import annotations

from PySide6.QtCore import QByteArray, QSize, Qt, Signal
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence
from PySide6.QtWidgets import (
    QDockWidget,
    QLabel,
    QMainWindow,
    QMenu,
    QTabWidget,
    QToolBar,
)

from app import __version__
from app.domain.rules import RuleAction, RuleState
from app.ui import icons
from app.ui.actions import make_action
from app.ui.commands import Commands
from app.ui.context import UiContext
from app.ui.dialogs.lync_import import LyncImportDialog
from app.ui.dialogs.query import DeviceQueryDialog
from app.ui.dialogs.settings import SettingsDialog
from app.ui.import_flow import ImportFlow
from app.ui.server_panel import AUTOSTART_KEY, ServerPanel
from app.ui.simulator.window import SimulatorWindow
from app.ui.tabs import DevicesTab, HistoryTab, LogsTab, RulesTab, TestDevicesTab
from app.web.runner import ServerState

DEFAULT_SIZE = QSize(1280, 760)  # a new administrator's window; every tab reads at this size


class MainWindow(QMainWindow):
    """Where administrators live."""

    language_chosen = Signal(str)  # in Settings; the console uses it from its next start

    def __init__(self, ctx: UiContext) -> None:
        super().__init__()
        self.ctx = ctx
        self.setObjectName("mainWindow")
        self.setWindowTitle(self.tr("ucupdates — Device Updates"))
        self.setWindowIcon(icons.icon(icons.APP))
        self.commands = Commands(ctx, self)
        self.import_flow = ImportFlow(ctx, self)
        self.simulator: SimulatorWindow | None = None  # made when first opened
        self._build_tabs()
        self._build_actions()
        self._build_toolbar()
        self._build_menus()
        self._build_server_dock()
        self._build_status_bar()
        self._connect()
        self._restore_state()
        self.refresh_all()

    # -- builders ---------------------------------------------------------------

    def _build_tabs(self) -> None:
        self.tabs = QTabWidget()
        self.tabs.setObjectName("mainTabs")
        self.pending_tab = RulesTab(self.ctx, RuleState.PENDING)
        self.approved_tab = RulesTab(self.ctx, RuleState.APPROVED)
        self.test_devices_tab = TestDevicesTab(self.ctx)
        self.devices_tab = DevicesTab(self.ctx)
        self.logs_tab = LogsTab(self.ctx)
        self.history_tab = HistoryTab(self.ctx)
        for tab, icon_name, title in (
                (self.pending_tab, icons.IMPORT, self.tr("Pending Updates")),
                (self.approved_tab, icons.APPROVE, self.tr("Approved Updates")),
                (self.test_devices_tab, icons.TEST_DEVICE, self.tr("Test Devices")),
                (self.devices_tab, icons.PHONE, self.tr("Devices")),
                (self.logs_tab, icons.CLEAR_LOGS, self.tr("Logs")),
                (self.history_tab, icons.RESTORE, self.tr("History"))):
            self.tabs.addTab(tab, icons.icon(icon_name), title)
        self.setCentralWidget(self.tabs)

    def _action(self, name: str, text: str, icon_name: str, tip: str, slot,
                shortcut: QKeySequence | str | None = None) -> QAction:
        return make_action(self, name, text, icon_name, tip, slot, shortcut)

    def _build_actions(self) -> None:
        a = self._action
        self.import_action = a("importAction", self.tr("Import…"), icons.IMPORT,
                               self.tr("Import an update package (.cab)"),
                               lambda: self.import_flow.start(), QKeySequence.StandardKey.Open)
        self.lync_import_action = a("lyncImportAction", self.tr("Import from Lync Server…"),
                                    icons.IMPORT,
                                    self.tr("Bring a Lync pool's update store, rules and test "
                                            "devices over"), self.open_lync_import)
        self.approve_action = a("approveAction", self.tr("Approve"), icons.APPROVE,
                                self.tr("Approve the selected pending updates for all phones"),
                                lambda: self._apply(RuleAction.APPROVE), "Ctrl+Return")
        self.reset_action = a("resetAction", self.tr("Cancel pending"), icons.CANCEL,
                              self.tr("Withdraw the pending version of the selected rules"),
                              lambda: self._apply(RuleAction.RESET), "Ctrl+Backspace")
        self.restore_action = a("restoreAction", self.tr("Restore"), icons.RESTORE,
                                self.tr("Roll the selected rules back to their previous "
                                        "approved version"),
                                lambda: self._apply(RuleAction.RESTORE), "Ctrl+Z")
        self.remove_action = a("removeAction", self.tr("Remove"), icons.REMOVE,
                               self.tr("Delete the selected rules"),
                               lambda: self._apply(RuleAction.REMOVE),
                               QKeySequence.StandardKey.Delete)
        self.clear_files_action = a("clearFilesAction", self.tr("Clear update files"),
                                    icons.CLEAR_FILES,
                                    self.tr("Delete stored files no rule uses any more"),
                                    self.commands.clear_files)
        self.clear_logs_action = a("clearLogsAction", self.tr("Clear logs…"), icons.CLEAR_LOGS,
                                   self.tr("Delete device logs and audit files older than "
                                           "a number of days"), self.commands.clear_logs)
        self.remove_devices_action = a(
            "removeDevicesAction", self.tr("Remove selected devices…"), icons.REMOVE,
            self.tr("Forget the selected devices; a phone that checks again is listed again"),
            lambda: self.commands.remove_devices(self.devices_tab.chosen_devices()))
        self.remove_unseen_devices_action = a(
            "removeUnseenDevicesAction", self.tr("Remove devices not seen for…"),
            icons.REMOVE, self.tr("Forget every device that has not checked for updates for "
                                  "a number of days"), self.commands.remove_devices_not_seen)
        self.refresh_action = a("refreshAction", self.tr("Refresh"), icons.REFRESH,
                                self.tr("Reload everything from the store"), self.refresh_all,
                                QKeySequence.StandardKey.Refresh)
        self.start_action = a("startServerAction", self.tr("Start server"), icons.SERVER_START,
                              self.tr("Start the device update server"),
                              lambda: self.server_panel.start())
        self.stop_action = a("stopServerAction", self.tr("Stop server"), icons.SERVER_STOP,
                             self.tr("Stop the device update server"),
                             lambda: self.server_panel.stop())
        self.query_action = a("queryAction", self.tr("What would this device get?"),
                              icons.QUERY, self.tr("See what the server would offer a device"),
                              self.show_query, "Ctrl+F1")
        # simulated phones: Tools menu only, not on the toolbar
        self.simulator_action = a("simulatorAction", self.tr("Simulated phones…"), icons.PHONE,
                                  self.tr("Try the server with simulated phones: add them, "
                                          "sign users in, move them outside the firewall"),
                                  self.show_simulator)
        self.settings_action = a("settingsAction", self.tr("Settings…"), icons.SETTINGS,
                                 self.tr("Service settings, accounts and language"),
                                 self.show_settings, QKeySequence.StandardKey.Preferences)
        self.quit_action = a("quitAction", self.tr("Quit"), icons.SERVER_STOP,
                             self.tr("Close the console (stops the server)"), self.close,
                             QKeySequence.StandardKey.Quit)
        self.about_action = a("aboutAction", self.tr("About ucupdates"), icons.APP,
                              self.tr("Version and data folder"), self.show_about)
        for action in self.findChildren(QAction):
            if action.objectName():
                action.setProperty("accessibleName", action.toolTip())

    def rule_actions(self) -> list[QAction]:
        return [self.approve_action, self.reset_action, self.restore_action, self.remove_action]

    def _build_toolbar(self) -> None:
        bar = QToolBar(self.tr("Main"))
        bar.setObjectName("mainToolbar")
        bar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        bar.addAction(self.import_action)
        bar.addSeparator()
        for action in self.rule_actions():
            bar.addAction(action)
        bar.addSeparator()  # Start and Stop are on the server panel, beside the tables
        bar.addAction(self.query_action)
        bar.addAction(self.refresh_action)
        self.addToolBar(bar)

    def _build_menus(self) -> None:
        menus = self.menuBar()
        self._menu(menus, self.tr("&File"), [self.import_action, self.lync_import_action,
                                             None, self.settings_action,
                                             None, self.quit_action])
        self._menu(menus, self.tr("&Rules"), self.rule_actions())
        self._menu(menus, self.tr("&Maintenance"), [
            self.clear_files_action, self.clear_logs_action, None,
            self.remove_unseen_devices_action])
        self._menu(menus, self.tr("&Server"), [self.start_action, self.stop_action])
        self._menu(menus, self.tr("&Tools"), [self.query_action, self.simulator_action])
        self._menu(menus, self.tr("&View"), [self.refresh_action])
        self._menu(menus, self.tr("&Help"), [self.about_action])
        for tab in (self.pending_tab, self.approved_tab):
            tab.set_context_actions(self.rule_actions())
        self.devices_tab.set_device_actions([self.remove_devices_action,
                                             self.remove_unseen_devices_action])

    def _menu(self, bar, title: str, actions: list) -> QMenu:
        menu = bar.addMenu(title)
        for action in actions:
            if action is None:
                menu.addSeparator()
            else:
                menu.addAction(action)
        return menu

    def _build_server_dock(self) -> None:
        self.server_panel = ServerPanel(self.ctx)
        dock = QDockWidget(self.tr("Device update server"), self)
        dock.setObjectName("serverDock")
        dock.setWidget(self.server_panel)
        dock.setFeatures(QDockWidget.DockWidgetFeature.DockWidgetMovable
                         | QDockWidget.DockWidgetFeature.DockWidgetFloatable)
        self.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, dock)

    def _build_status_bar(self) -> None:
        self.server_status = QLabel()
        self.server_status.setObjectName("statusServer")
        self.statusBar().addPermanentWidget(self.server_status)
        self.show_server_state(self.ctx.server.state)

    def _connect(self) -> None:
        server = self.ctx.server
        server.state_changed.connect(self.show_server_state)
        server.inventory_changed.connect(self.devices_tab.follow_live)
        server.inventory_changed.connect(self.pending_tab.follow_live)
        server.inventory_changed.connect(self.approved_tab.follow_live)
        server.audit_changed.connect(self.logs_tab.refresh)
        self.commands.rules_changed.connect(self.refresh_rules)
        self.commands.files_cleared.connect(self.history_tab.refresh)
        self.commands.logs_cleared.connect(self.logs_tab.refresh)
        self.commands.logs_cleared.connect(self.history_tab.refresh)
        self.commands.devices_removed.connect(self.devices_tab.refresh)
        self.commands.devices_removed.connect(self.history_tab.refresh)
        self.devices_tab.selection_changed.connect(self._update_device_actions)
        self.devices_tab.refreshed.connect(self._update_device_actions)
        self.import_flow.import_finished.connect(lambda plan: self.refresh_rules())
        self.test_devices_tab.test_devices_changed.connect(self.history_tab.refresh)
        self.test_devices_tab.test_devices_changed.connect(self.devices_tab.refresh)
        self.tabs.currentChanged.connect(self._update_rule_actions)
        self._update_rule_actions()
        self._update_device_actions()

    # -- behaviour ----------------------------------------------------------------

    def current_rules_tab(self) -> RulesTab | None:
        tab = self.tabs.currentWidget()
        return tab if isinstance(tab, RulesTab) else None

    def _apply(self, action: RuleAction) -> None:
        tab = self.current_rules_tab()
        rules = tab.selected_rules() if tab else []
        self.commands.apply_to_rules(action, rules)

    def _update_rule_actions(self) -> None:
        on_rules = self.current_rules_tab() is not None
        for action in self.rule_actions():
            action.setEnabled(on_rules)

    def _update_device_actions(self) -> None:
        self.remove_devices_action.setEnabled(self.devices_tab.has_selection())

    def refresh_rules(self) -> None:
        self.pending_tab.refresh()
        self.approved_tab.refresh()
        self.history_tab.refresh()
        self.devices_tab.refresh()

    def open_lync_import(self) -> LyncImportDialog:
        """File → Import from Lync Server…; the window refreshes once it imported."""
        dialog = LyncImportDialog(self.ctx, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.lync_imported.connect(lambda _result: self.refresh_all())
        dialog.open()
        return dialog

    def refresh_all(self) -> None:
        self.refresh_rules()
        self.test_devices_tab.refresh()
        self.logs_tab.refresh()
        self.ctx.server.poll_now()

    def show_server_state(self, state: ServerState) -> None:
        if state.running:
            self.server_status.setText(self.tr("● Server running on {url}").format(
                url=state.url))
            self.server_status.setStyleSheet("color: #1a7f37;")
        else:
            self.server_status.setText(self.tr("● Server stopped"))
            self.server_status.setStyleSheet("color: #cf222e;")
        self.start_action.setEnabled(not state.running)
        self.stop_action.setEnabled(state.running)

    def show_query(self) -> None:
        DeviceQueryDialog(self.ctx, self).open()

    # simulated phones -----------------------------------------------------------------

    def simulator_window(self) -> SimulatorWindow:
        """The one *Simulated phones* window, made on first use (not shown)."""
        if self.simulator is None:
            self.simulator = SimulatorWindow(self.ctx, self)
        return self.simulator

    def show_simulator(self) -> SimulatorWindow:
        window = self.simulator_window()
        if window.isVisible():
            window.raise_()
            window.activateWindow()
        else:
            window.show()
        return window

    def show_settings(self) -> None:
        dialog = SettingsDialog(self.ctx, self)
        dialog.settings_changed.connect(self.server_panel.show_urls)
        dialog.language_changed.connect(self.language_chosen)
        dialog.open()

    def show_about(self) -> None:
        self.ctx.prompter.report(self, self.tr("About ucupdates"), self.tr(
            "ucupdates {version}\nDevice updates for IP desk phones.\n\nData folder: {folder}\n"
            "Store: {store}"
        ).format(version=__version__, folder=self.ctx.services.data_dir,
                 store=self.ctx.services.store_shown))

    def autostart_server(self) -> None:
        if self.ctx.ui_state.value(AUTOSTART_KEY, False, type=bool):
            self.server_panel.start()

    # -- window state -------------------------------------------------------------

    def _restore_state(self) -> None:
        state = self.ctx.ui_state
        geometry = state.value("window/geometry")
        if isinstance(geometry, QByteArray):
            self.restoreGeometry(geometry)
        else:
            self.resize(DEFAULT_SIZE)
        layout = state.value("window/state")
        if isinstance(layout, QByteArray):
            self.restoreState(layout)
        self.tabs.setCurrentIndex(int(state.value("window/tab", 0)))
        for key, tab in self._tables():
            tab.restore_state(state, key)

    def _tables(self):
        return (("pending", self.pending_tab), ("approved", self.approved_tab),
                ("testDevices", self.test_devices_tab), ("devices", self.devices_tab),
                ("logs", self.logs_tab), ("history", self.history_tab))

    def save_state(self) -> None:
        state = self.ctx.ui_state
        state.setValue("window/geometry", self.saveGeometry())
        state.setValue("window/state", self.saveState())
        state.setValue("window/tab", self.tabs.currentIndex())
        for key, tab in self._tables():
            tab.save_state(state, key)
        state.sync()

    def may_quit(self) -> bool:
        """Whether the console may close: asks first while the device server runs."""
        if not self.ctx.server.running:
            return True
        served = self.ctx.server.devices_served_since(hours=1)
        return self.ctx.prompter.confirm(
            self, self.tr("Quit"),
            self.tr("The device server is running and served %n phone(s) in the last hour. "
                    "Quit and stop it?", "", served),
            self.tr("Phones cannot check for updates until the server runs again."),
            accept=self.tr("Quit and stop the server"), cautious=True)

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 - Qt's name
        if not self.may_quit():
            event.ignore()
            return
        self.save_state()
        self.ctx.server.stop()
        self.ctx.tasks.wait(10_000)
        super().closeEvent(event)
