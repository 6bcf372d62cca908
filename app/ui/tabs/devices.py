"""The Devices tab: the server's inventory with compliance, read from the store a window
at a time (smooth at a million devices)."""

from __future__ import annotations

import time
from dataclasses import replace

from PySide6.QtCore import QLocale, QPoint, QSettings, Qt, QTimer, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QMenu,
    QToolButton,
    QWidget,
)

from app.domain.compliance import Compliance
from app.domain.inventory import DeviceQuery, InventoryEntry, SearchField
from app.store.inventory import ViewRow
from app.ui import icons
from app.ui.columns import fit_columns, hide_columns
from app.ui.commands import LISTED, ChosenDevices
from app.ui.context import UiContext
from app.ui.devices_model import DevicesModel
from app.ui.tabs.common import (
    make_filter_edit,
    make_table,
    placeholder_text,
    pop_up,
    restore_header,
    save_header,
    select_rows,
    tab_layout,
)

KEEP_SELECTION_MAX = 1000  # a larger selection is dropped on refresh rather than searched for
LIVE_PAUSE_MS = 1000  # while the server runs, the list is made again at most this often ...
LIVE_PAUSE_FACTOR = 10  # ... or this many times as long as listing took, if that is longer
# what the columns typically show: they are sized for it before any device arrives,
# and not again (measuring 100,000 rows would cost more than it helps)
TYPICAL = {DevicesModel.KIND: ["UCPhone LG-Nortel IP8540 A ENU"],
           DevicesModel.MAC: ["00-04-F2-DD-DD-DD"], DevicesModel.SERIAL: ["CX600-00001"],
           DevicesModel.VERSIONS: ["CPE 4.0.7577.4366"],
           DevicesModel.LAST_SEEN: ["2024-05-01 10:00:00"],
           DevicesModel.ADDRESS: ["192.168.100.200"]}


class DevicesTab(QWidget):
    """Every device that checked for updates, where it stands, and counts per state."""

    refreshed = Signal()
    filter_applied = Signal()
    selection_changed = Signal()

    FILTER_DELAY_MS = 200  # typing pauses this long before 100,000 rows are filtered

    def __init__(self, ctx: UiContext, parent: QWidget | None = None,
                 query: DeviceQuery | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setObjectName("devicesTab")
        self.base_query = query or DeviceQuery()  # a rule's phones: its kind only
        self.model = DevicesModel(ctx, self, self.base_query)
        self.model.keep = self._selected_ids
        self.model.around = lambda: max(0, self.view.rowAt(0))
        self.model.listed.connect(self._listed)
        self.model.counted.connect(self._counted)
        self.model.failed.connect(
            lambda exc: ctx.prompter.error(self, exc, self.tr("Could not load")))
        self._filter_timer = QTimer(self)
        self._filter_timer.setSingleShot(True)
        self._filter_timer.setInterval(self.FILTER_DELAY_MS)
        self._filter_timer.timeout.connect(self.apply_filter)
        self._live_timer = QTimer(self)
        self._live_timer.setSingleShot(True)
        self._live_timer.timeout.connect(self.refresh)
        self._listing_started = 0.0
        self._listing_took = 0.0
        self._device_actions: list[QAction] = []
        self._build()

    def _build(self) -> None:
        layout = tab_layout(self)
        layout.addLayout(self._build_bar())
        self.counts_label = QLabel(self)
        self.counts_label.setObjectName("countsLabel")
        self.counts_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout.addWidget(self.counts_label)
        self.view = make_table("devicesTable", self.model, self)
        self.view.setAccessibleName(self.tr("Devices"))
        empty = (self.tr("No phone of this kind has checked for updates yet.")
                 if self.base_query.kind_key else
                 self.tr("No phone has checked for updates yet. Phones are listed here once "
                         "the server runs and they check in."))
        self.view.set_placeholder(lambda: placeholder_text(
            self.model, self.model.total(), empty, self.tr("No device matches the filter.")))
        self.view.horizontalHeader().setSortIndicator(DevicesModel.LAST_SEEN,
                                                      Qt.SortOrder.DescendingOrder)
        self.view.setSortingEnabled(True)  # the header calls DevicesModel.sort
        fit_columns(self.view, self._typical_texts())
        # where a phone checked from, and who is signed in: also in each audit line
        hide_columns(self.view, (DevicesModel.ADDRESS, DevicesModel.USER, DevicesModel.NETWORK))
        self.view.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.view.customContextMenuRequested.connect(self._show_context_menu)
        self.view.selectionModel().selectionChanged.connect(self.selection_changed)
        layout.addWidget(self.view, 1)
        self._update_counts()

    def _typical_texts(self) -> dict[int, list[str]]:
        model = self.model
        return {**TYPICAL,
                model.COMPLIANCE: [model.compliance_text(state) for state in Compliance],
                model.NETWORK: [model.network_text(False), model.network_text(True)],
                model.TEST: [model.test_device_text(True)]}

    def _build_bar(self) -> QHBoxLayout:
        bar = QHBoxLayout()
        self.filter_edit = make_filter_edit(
            self, self.tr("Show devices whose kind, MAC, serial, versions, address or user "
                          "contain this text"))
        self.filter_edit.textChanged.connect(self._filter_timer.start)
        self.filter_edit.returnPressed.connect(self.apply_filter)
        bar.addWidget(self.filter_edit, 1)
        self.field_combo = QComboBox(self)
        self.field_combo.setObjectName("searchFieldCombo")
        self.field_combo.setToolTip(self.tr("Where the filter text is looked for"))
        self.field_combo.setAccessibleName(self.tr("Look for the text in"))
        self.field_combo.addItem(self.tr("Anywhere"), SearchField.ANYWHERE)
        self.field_combo.addItem(self.tr("MAC starts with"), SearchField.MAC_PREFIX)
        self.field_combo.addItem(self.tr("User starts with"), SearchField.USER)
        self.field_combo.currentIndexChanged.connect(self.apply_filter)
        bar.addWidget(self.field_combo)
        self.state_combo = QComboBox(self)
        self.state_combo.setObjectName("stateCombo")
        self.state_combo.setToolTip(self.tr("Show only devices in one compliance state"))
        self.state_combo.setAccessibleName(self.tr("Compliance state"))
        self.state_combo.addItem(self.tr("All states"), None)
        for state in Compliance:
            self.state_combo.addItem(self.model.compliance_text(state), state)
        self.state_combo.currentIndexChanged.connect(self.apply_filter)
        bar.addWidget(self.state_combo)
        bar.addWidget(self._build_remove_button())
        return bar

    def _build_remove_button(self) -> QToolButton:
        self.remove_button = QToolButton(self)
        self.remove_button.setObjectName("removeDevicesButton")
        self.remove_button.setText(self.tr("Remove"))
        self.remove_button.setIcon(icons.icon(icons.REMOVE))
        self.remove_button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.remove_button.setToolTip(self.tr("Remove devices from the inventory"))
        self.remove_button.setAccessibleName(self.remove_button.toolTip())
        self.remove_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.remove_button.setMenu(QMenu(self.remove_button))
        self.remove_button.hide()  # shown with the actions it offers (a rule's phones: none)
        return self.remove_button

    def set_device_actions(self, actions: list[QAction]) -> None:
        """The window's device actions (Remove ...), for the Remove button and right-click."""
        self._device_actions = list(actions)
        self.remove_button.menu().addActions(self._device_actions)
        self.remove_button.setVisible(bool(self._device_actions))

    def context_menu(self, pos: QPoint) -> QMenu:
        """The menu for a right-click at *pos* (viewport coordinates); selects the row
        under the pointer unless it is selected already."""
        index = self.view.indexAt(pos)
        if index.isValid() and not self.view.selectionModel().isRowSelected(index.row()):
            select_rows(self.view, [index.row()])
        menu = QMenu(self)
        menu.setObjectName("devicesContextMenu")
        menu.addActions(self._device_actions)
        return menu

    def _show_context_menu(self, pos: QPoint) -> None:
        pop_up(self.view, self.context_menu(pos), pos)

    # -- loading ----------------------------------------------------------------------------

    def refresh(self) -> None:
        """List the devices again (the store does the work, on a worker)."""
        self._live_timer.stop()
        if not self.model.busy:
            self._listing_started = time.perf_counter()
        self.model.reload()

    def follow_live(self) -> None:
        """The server recorded checks: show the rows on screen as they are now at once,
        and make the list again after a pause that grows with the time listing takes."""
        self.model.reread()
        if not self._live_timer.isActive():
            pause = max(LIVE_PAUSE_MS, LIVE_PAUSE_FACTOR * self._listing_took * 1000)
            self._live_timer.start(int(pause))

    @property
    def loading(self) -> bool:
        return self.model.busy

    def _listed(self, kept_rows: list[int]) -> None:
        if self._listing_started:
            self._listing_took = time.perf_counter() - self._listing_started
            self._listing_started = 0.0
        # the selected devices where they are now; a selection that could not be followed
        # (too large, or its devices gone) is cleared, never left on other devices' rows
        scroll = self.view.verticalScrollBar().value()
        select_rows(self.view, kept_rows)
        self.view.verticalScrollBar().setValue(scroll)
        self._update_counts()

    def _counted(self) -> None:
        self._update_counts()
        self.refreshed.emit()  # rows and counts: the tab shows the inventory as it is

    def _selected_ids(self) -> list[int]:
        selection = self.view.selectionModel().selection()
        if not selection or sum(r.height() for r in selection) > KEEP_SELECTION_MAX:
            return []
        rows = sorted({i.row() for i in selection.indexes() if i.column() == 0})
        return [r.device_id for r in self.model.rows_at(rows)]

    # -- filter -------------------------------------------------------------------------------

    def apply_filter(self) -> None:
        """Filter now by the text box and the combos (typing waits a moment first)."""
        self._filter_timer.stop()
        query = replace(self.model.query, text=self.filter_edit.text().strip(),
                        field=self.field_combo.currentData(),
                        state=self.state_combo.currentData())
        if query != self.model.query:
            self._listing_started = time.perf_counter()
            self.model.set_query(query)
        self.filter_applied.emit()

    def selected_rows(self) -> list[ViewRow]:
        rows = sorted({i.row() for i in self.view.selectionModel().selectedRows()})
        return self.model.rows_at(rows)

    def selected_devices(self) -> list[tuple[InventoryEntry, Compliance | None]]:
        return [(r.entry, self.model.state_of(r)) for r in self.selected_rows()]

    def has_selection(self) -> bool:
        return self.view.selectionModel().hasSelection()

    def selected_entries(self) -> list[InventoryEntry]:
        return [r.entry for r in self.selected_rows()]

    def chosen_devices(self) -> ChosenDevices:
        """The selection for an action: its first devices read now, every key on the
        worker, from the same list the rows were chosen in."""
        ranges = sorted((r.top(), r.bottom()) for r in self.view.selectionModel().selection())
        count = sum(last - first + 1 for first, last in ranges)
        if count <= KEEP_SELECTION_MAX:
            return ChosenDevices.of(self.selected_entries())
        first_rows = [row for first, last in ranges
                      for row in range(first, min(last, first + LISTED) + 1)][:LISTED]
        sample = [r.entry for r in self.model.rows_at(first_rows)]
        services, view, build = self.ctx.services, self.model.view, self.model.listing.build
        return ChosenDevices(count, sample,
                             lambda: services.device_keys(view, build, ranges))

    def _update_counts(self) -> None:
        self.counts_label.setText(self.counts_text())

    def counts_text(self) -> str:
        """E.g. "1,234 devices: 1,000 up to date · 200 update offered · 30 behind · ..."."""
        locale = QLocale()
        counts, total, shown = self.model.counts(), self.model.total(), self.model.rowCount()
        states = " · ".join(f"{locale.toString(n)} {self.model.compliance_text(state)}"
                            for state, n in counts.items())
        if total == 0:
            return self.tr("No device has checked for updates yet.")
        head = (self.tr("1 device") if total == 1 else
                self.tr("{count} devices").format(count=locale.toString(total)))
        if shown != total:
            head = self.tr("Showing {shown} of {head}").format(shown=locale.toString(shown),
                                                                head=head)
        return f"{head}: {states}"

    # -- column state ---------------------------------------------------------------------

    def save_state(self, settings: QSettings, key: str) -> None:
        save_header(settings, key, self.view)

    def restore_state(self, settings: QSettings, key: str) -> None:
        restore_header(settings, key, self.view)
