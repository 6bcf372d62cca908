"""The *Simulated phones* window: a fleet of simulated phones against the running server.

The phones live on their own threads (app.simulator); this window only reads
them (every half second) and tells them what a user would: sign in, move
outside the firewall, check now. Their events reach the window through a
queued signal, so no phone thread ever touches a widget.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable

from PySide6.QtCore import QByteArray, QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QCloseEvent, QShowEvent
from PySide6.QtWidgets import (
    QComboBox,
    QFrame,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QSplitter,
    QToolBar,
    QVBoxLayout,
    QWidget,
)

from app.domain.names import DeviceKind
from app.packages.builder import SAMPLE_KINDS
from app.simulator.fleet import Fleet
from app.simulator.phone import Clock, Event, SimulatedPhone
from app.ui import icons
from app.ui.actions import make_action
from app.ui.context import UiContext
from app.ui.i18n import translated
from app.ui.models import PROBLEM_COLOR, parse_time
from app.ui.simulator.dialogs import AddPhonesDialog, NewPhones, SignIn, SignInDialog, describe
from app.ui.simulator.model import PhonesModel
from app.ui.tabs.common import (
    FITTED,
    KeptSelection,
    fit_columns_once,
    make_button,
    make_table,
    selected_objects,
)
from app.web.runner import ServerState

REFRESH_MS = 500
MAX_EVENTS = 500
SCALES = (1, 60, 3600, 86400)
DEFAULT_SCALE = 3600
SCALE_KEY = "simulator/scale"
GEOMETRY_KEY = "simulator/geometry"
NOTE_STYLE = "background: #fff8c5; border: 1px solid #d4a72c; border-radius: 4px; padding: 6px;"


class EventRelay(QObject):
    """Carries phone events from the phones' threads to the GUI thread."""

    event_happened = Signal(object)  # app.simulator.phone.Event


class SimulatorWindow(QMainWindow):
    """Simulated phones against the running server: add, sign in, move, check now."""

    fleet_started = Signal()
    fleet_stopped = Signal()

    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent, Qt.WindowType.Window)
        self.ctx = ctx
        self.fleet: Fleet | None = None
        self._open = False
        self.setObjectName("simulatorWindow")
        self.setWindowTitle(self.tr("Simulated phones"))
        self.setWindowIcon(icons.icon(icons.PHONE))
        # dialogs as functions, so tests answer for the user
        self.ask_new_phones: Callable[[QWidget, list[DeviceKind]], NewPhones | None] = \
            AddPhonesDialog.ask
        self.ask_sign_in: Callable[[QWidget], SignIn | None] = SignInDialog.ask
        # parentless: it must outlive the window while a phone thread may still emit
        self._relay = EventRelay()
        self._relay.event_happened.connect(self.show_phone_event,
                                           Qt.ConnectionType.QueuedConnection)
        self._build_actions()
        self._build_toolbar()
        self._build_central()
        self._build_status_bar()
        self._timer = QTimer(self)
        self._timer.setInterval(REFRESH_MS)
        self._timer.timeout.connect(self.refresh)
        ctx.server.state_changed.connect(self.server_changed)
        if parent is not None:
            parent.installEventFilter(self)  # close with the console
        self._restore_state()
        self.server_changed(ctx.server.state)

    # -- builders -----------------------------------------------------------------------

    def _action(self, name: str, text: str, icon_name: str | None, tip: str,
                slot: Callable[[], None]) -> QAction:
        return make_action(self, name, text, icon_name, tip, slot)

    def _build_actions(self) -> None:
        a = self._action
        self.add_action = a("addPhonesAction", self.tr("Add phones…"), icons.ADD,
                            self.tr("Add simulated phones; they start checking at once"),
                            self.add_phones_asked)
        self.remove_action = a("removePhonesAction", self.tr("Remove"), icons.REMOVE,
                               self.tr("Remove the selected phones (they stop checking)"),
                               self.remove_selected)
        self.sign_in_action = a("signInAction", self.tr("Sign in…"), icons.EDIT,
                                self.tr("Sign a user in on the selected phones (they check "
                                        "for updates at sign-in)"), self.sign_in_selected)
        self.sign_out_action = a("signOutAction", self.tr("Sign out"), icons.CANCEL,
                                 self.tr("Sign the user out of the selected phones"),
                                 self.sign_out_selected)
        self.outside_action = a("moveOutsideAction", self.tr("Move outside the firewall"),
                                None, self.tr("The selected phones check through the external "
                                              "URL, as from home"),
                                lambda: self.move_selected(external=True))
        self.inside_action = a("moveInsideAction", self.tr("Move inside"), None,
                               self.tr("The selected phones check through the internal URL"),
                               lambda: self.move_selected(external=False))
        self.check_action = a("checkNowAction", self.tr("Check now"), icons.REFRESH,
                              self.tr("The selected phones (or all, if none is selected) "
                                      "check for updates now"), self.check_now)

    def phone_actions(self) -> list[QAction]:
        return [self.add_action, self.remove_action, self.sign_in_action,
                self.sign_out_action, self.outside_action, self.inside_action,
                self.check_action]

    def _build_toolbar(self) -> None:
        bar = QToolBar(self.tr("Phones"), self)
        bar.setObjectName("simulatorToolbar")
        bar.setMovable(False)
        bar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        for action in self.phone_actions():
            bar.addAction(action)
        self.addToolBar(bar)

    def _build_central(self) -> None:
        central = QWidget(self)
        layout = QVBoxLayout(central)
        self.demo_note = self._note("demoNote")
        layout.addWidget(self.demo_note)
        layout.addWidget(self._build_server_note())
        layout.addLayout(self._build_scale_row())
        splitter = QSplitter(Qt.Orientation.Vertical, central)
        splitter.setObjectName("simulatorSplitter")
        self.model = PhonesModel(self)
        self.view = make_table("simulatorTable", self.model, splitter)
        self.view.setAccessibleName(self.tr("Simulated phones"))
        self.view.selectionModel().selectionChanged.connect(self._update_actions)
        splitter.addWidget(self.view)
        splitter.addWidget(self._build_events())
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 1)
        layout.addWidget(splitter, 1)
        self.setCentralWidget(central)

    def _note(self, name: str) -> QLabel:
        note = QLabel(self)
        note.setObjectName(name)
        note.setWordWrap(True)
        note.setStyleSheet(NOTE_STYLE)
        note.hide()
        return note

    def _build_server_note(self) -> QFrame:
        self.server_note = QFrame(self)
        self.server_note.setObjectName("serverNote")
        self.server_note.setStyleSheet(f"QFrame#serverNote {{{NOTE_STYLE}}}")
        row = QHBoxLayout(self.server_note)
        text = QLabel(self.tr("Start the server first: simulated phones talk to it over "
                              "HTTP, exactly as real phones do."), self.server_note)
        text.setWordWrap(True)
        self.start_button = make_button(self, "startServerButton", self.tr("Start server"),
                                        self.tr("Start the device update server"),
                                        icons.SERVER_START)
        self.start_button.clicked.connect(self.start_server)
        row.addWidget(text, 1)
        row.addWidget(self.start_button)
        return self.server_note

    def _build_scale_row(self) -> QHBoxLayout:
        row = QHBoxLayout()
        self.scale_combo = QComboBox(self)
        self.scale_combo.setObjectName("scaleCombo")
        for scale, text in zip(SCALES, (self.tr("1× (real time)"),
                                        self.tr("60× (an hour in a minute)"),
                                        self.tr("3600× (24 h in 24 s)"),
                                        self.tr("86400× (24 h in 1 s)")), strict=True):
            self.scale_combo.addItem(text, scale)
        describe(self.scale_combo, self.tr("How fast time passes for the phones: their "
                                            "poll interval and five idle minutes"))
        self.scale_combo.currentIndexChanged.connect(self._scale_chosen)
        label = QLabel(self.tr("&Time scale:"), self)
        label.setBuddy(self.scale_combo)
        row.addWidget(label)
        row.addWidget(self.scale_combo)
        row.addStretch(1)
        return row

    def _build_events(self) -> QWidget:
        box = QWidget(self)
        layout = QVBoxLayout(box)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(QLabel(self.tr("What the phones did (newest last; problems in red):"),
                                box))
        self.events = QListWidget(box)
        self.events.setObjectName("simulatorEvents")
        self.events.setAccessibleName(self.tr("Phone events"))
        self.events.setUniformItemSizes(True)
        layout.addWidget(self.events)
        return box

    def _build_status_bar(self) -> None:
        self.summary = QLabel(self)
        self.summary.setObjectName("simulatorSummary")
        self.statusBar().addPermanentWidget(self.summary)  # status tips keep the left side

    # -- the fleet's life -------------------------------------------------------------

    @property
    def scale(self) -> float:
        return float(self.scale_combo.currentData())

    def set_scale(self, scale: int) -> None:
        index = self.scale_combo.findData(scale)
        self.scale_combo.setCurrentIndex(index if index >= 0 else SCALES.index(DEFAULT_SCALE))

    def _scale_chosen(self) -> None:
        if self.fleet is not None:
            self.fleet.clock.scale = self.scale  # sleeping phones notice within 0.1 s
        self.ctx.ui_state.setValue(SCALE_KEY, int(self.scale))

    def server_changed(self, state: ServerState) -> None:
        """Phones need the server: they stop with it and resume when it runs again."""
        self.server_note.setVisible(not state.running)
        if state.running:
            self._attach(state)
        else:
            self.stop_fleet()
        self._sync()
        self._update_actions()

    def _attach(self, state: ServerState) -> None:
        self.stop_fleet()
        if self.fleet is None:
            self.fleet = Fleet(_reachable(state), clock=Clock(self.scale),
                               on_event=self._relay.event_happened.emit)

    def _sync(self) -> None:
        """The fleet runs while the server runs and this window is open."""
        if self._open and self.ctx.server.running and self.fleet is not None:
            if not self.running:
                self._start_fleet()
        else:
            self.stop_fleet()
        self.refresh()

    def _start_fleet(self) -> None:
        """Start every phone, pointed at the server as it runs now and at the external URL
        as the settings say now (a phone outside the firewall uses it)."""
        url = _reachable(self.ctx.server.state)
        self.fleet.serve_from(url, self.ctx.services.settings().external_base_url or url)
        self.fleet.start()
        self._timer.start()
        self.fleet_started.emit()

    @property
    def running(self) -> bool:
        return self._timer.isActive()

    def stop_fleet(self) -> None:
        """Stop every phone's thread (each notices within a tenth of a second)."""
        if self.fleet is not None and self.running:
            self._timer.stop()
            self.fleet.stop()
            self.fleet_stopped.emit()

    def start_server(self) -> None:
        try:
            self.ctx.server.start()
        except Exception as exc:  # noqa: BLE001 - the one error path shows it
            self.ctx.prompter.error(self, exc, self.tr("Server not started"))

    # -- what the user does -----------------------------------------------------------

    def selected_phones(self) -> list[SimulatedPhone]:
        return selected_objects(self.view)

    def rule_kinds(self) -> list[DeviceKind]:
        """The kinds the update rules know, else the sample package's."""
        kinds = {rule.kind.key: rule.kind for rule in self.ctx.services.rules()}
        return list(kinds.values()) or [DeviceKind(*k) for k in SAMPLE_KINDS]

    def add_phones_asked(self) -> None:
        wanted = self.ask_new_phones(self, self.rule_kinds())
        if wanted is not None:
            self.add_phones(wanted)

    def add_phones(self, wanted: NewPhones) -> list[SimulatedPhone]:
        """Add phones to the fleet; they start at once if the fleet runs."""
        if self.fleet is None:
            return []
        added = [self.fleet.add(wanted.kinds[n % len(wanted.kinds)], version=wanted.version,
                                external=wanted.external) for n in range(wanted.count)]
        if self.running:
            for phone in added:
                self.fleet.start_phone(phone)
        self.refresh()
        return added

    def remove_selected(self) -> None:
        for phone in self.selected_phones():
            self.fleet.remove(phone)
        self.refresh()

    def sign_in_selected(self) -> None:
        phones = self.selected_phones()
        answer = self.ask_sign_in(self) if phones else None
        if answer is not None:
            for phone in phones:
                phone.sign_in(answer.user, answer.credentials)  # the phone then checks
        self.refresh()

    def sign_out_selected(self) -> None:
        for phone in self.selected_phones():
            phone.sign_out()
        self.refresh()

    def move_selected(self, *, external: bool) -> None:
        for phone in self.selected_phones():
            phone.external = external
        self.refresh()

    def check_now(self) -> None:
        """Wake the phones: each checks on its own thread, so nothing here waits."""
        for phone in self.selected_phones() or list(self.fleet.phones if self.fleet else []):
            phone.check_soon()

    # -- showing ------------------------------------------------------------------------

    def refresh(self) -> None:
        phones = list(self.fleet.phones) if self.fleet is not None else []
        if self.model.same_phones(phones):
            self.model.update()
        else:
            with KeptSelection(self.view, lambda phone: phone.name):
                self.model.reset(phones)
            self._fit_columns()
        self._show_summary()
        self._update_actions()

    def _fit_columns(self) -> None:
        """Fit once; versions and times that are still "—" get the room they will need."""
        if self.view.property(FITTED):
            return
        fit_columns_once(self.view)
        model, metrics = self.model, self.view.fontMetrics()
        wide = metrics.horizontalAdvance("CPE 4.0.7577.4366  ")
        for column in (model.CURRENT, model.BACKUP):
            self.view.setColumnWidth(column, max(self.view.columnWidth(column), wide))
        self.view.setColumnWidth(model.USER, max(
            self.view.columnWidth(model.USER), metrics.horizontalAdvance("sip:alice@contoso.com")))
        self.view.setColumnWidth(model.LAST_UPDATE, max(
            self.view.columnWidth(model.LAST_UPDATE),
            metrics.horizontalAdvance("2024-12-31 23:59:59  ")))

    def _show_summary(self) -> None:
        rows = self.model.rows()
        versions = Counter(r.current for r in rows)
        running = " · ".join(f"{n} × {v}" for v, n in sorted(versions.items()))
        # one count per phrase: Qt's %n takes one number
        text = self.tr("{phones}: {versions}; {checks}, {failures} failed").format(
            phones=self.tr("%n phone(s)", "", len(rows)), versions=running or "—",
            checks=self.tr("%n update check(s)", "", sum(r.checks for r in rows)),
            failures=sum(r.failures for r in rows))
        self.summary.setText(text)

    def _update_actions(self) -> None:
        usable = self.running
        chosen = self.selected_phones() if usable else []
        self.add_action.setEnabled(usable)
        self.check_action.setEnabled(usable and self.model.rowCount() > 0)
        for action in (self.remove_action, self.sign_in_action):
            action.setEnabled(bool(chosen))
        self.sign_out_action.setEnabled(any(p.user for p in chosen))
        self.outside_action.setEnabled(any(not p.external for p in chosen))
        self.inside_action.setEnabled(any(p.external for p in chosen))

    def show_phone_event(self, event: Event) -> None:
        """One phone event (delivered queued, on the GUI thread)."""
        at_end = self.events.verticalScrollBar().value() == \
            self.events.verticalScrollBar().maximum()
        at = parse_time(event.at)
        item = QListWidgetItem(f"{at:%H:%M:%S}  {event.phone}  {translated(event.what)}")
        if event.problem:
            item.setForeground(PROBLEM_COLOR)
        self.events.addItem(item)
        while self.events.count() > MAX_EVENTS:
            self.events.takeItem(0)
        if at_end:
            self.events.scrollToBottom()

    def show_demo_note(self, account: str, password: str) -> None:
        """The banner of ``ucupdates demo``: what to try, and that nothing real is touched."""
        self.demo_note.setText(self.tr(
            "Demo: the console runs on a throwaway data folder with a sample package, one "
            "test phone (the first row) and a running server; nothing of your real data is "
            "touched. Pending updates reach only the test phone; approve them and every phone "
            "updates; restore and they roll back. Outside the firewall, sign in with account "
            "{account}, password {password}.").format(account=account, password=password))
        self.demo_note.show()

    # -- window ---------------------------------------------------------------------------

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 - Qt's name
        super().showEvent(event)
        if not self._open:
            self._open = True
            self._sync()

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 - Qt's name
        self._open = False
        self.stop_fleet()
        self.ctx.ui_state.setValue(GEOMETRY_KEY, self.saveGeometry())
        super().closeEvent(event)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
        if watched is self.parent() and event.type() == QEvent.Type.Close:
            self.close()
        return False

    def _restore_state(self) -> None:
        geometry = self.ctx.ui_state.value(GEOMETRY_KEY)
        if isinstance(geometry, QByteArray):
            self.restoreGeometry(geometry)
        else:
            self.resize(1240, 640)  # every column fits
        self.set_scale(int(self.ctx.ui_state.value(SCALE_KEY, DEFAULT_SCALE)))


def _reachable(state: ServerState) -> str:
    """The server's URL as a phone on this machine reaches it (not 0.0.0.0)."""
    host = {"0.0.0.0": "127.0.0.1", "::": "::1", "": "127.0.0.1"}.get(state.host, state.host)
    return ServerState(True, host, state.port).url
