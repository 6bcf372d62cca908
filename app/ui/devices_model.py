"""The Devices tab's model: the inventory read from the store a window at a time.

The store lists the devices a query picks, in its order, by position
(:class:`app.store.inventory.DeviceView`); this model holds only that list's
size and the pages of rows the view has asked for (and a margin), so a
million devices cost what the screen shows. Every store read runs on a
worker, one at a time: a new listing first (it brings the rows around the
scroll position with it), then the pages the view asks for. A row not yet
read shows empty for the moment it takes.
"""

from __future__ import annotations

from collections import OrderedDict
from collections.abc import Callable
from dataclasses import replace
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, Qt, Signal
from PySide6.QtGui import QBrush

from app.domain.compliance import Compliance
from app.domain.inventory import (
    DeviceColumn,
    DeviceQuery,
    InventoryEntry,
    versions_summary,
)
from app.services import DeviceListing
from app.store.inventory import ViewRow
from app.ui.context import UiContext
from app.ui.models import (
    DISPLAY,
    FOREGROUND,
    MUTED_COLOR,
    OBJECT_ROLE,
    PROBLEM_COLOR,
    TOOLTIP,
    horizontal_header,
    local_time,
)

_ROLES = frozenset((DISPLAY, TOOLTIP, OBJECT_ROLE, FOREGROUND))
_BRUSHES = {Compliance.BEHIND: QBrush(PROBLEM_COLOR), Compliance.UNKNOWN_KIND: QBrush(MUTED_COLOR)}

PAGE = 100  # rows read at once
KEEP_PAGES = 60  # pages kept in memory (6,000 rows); the oldest go first
MARGIN_PAGES = 1  # read this many pages beyond the one asked for, each way
HEAD_ROWS = 2 * PAGE  # shown at once while a listing of a million is made


class DevicesModel(QAbstractTableModel):
    """The devices a :class:`DeviceQuery` picks, with their compliance state."""

    KIND, MAC, SERIAL, VERSIONS, LAST_SEEN, ADDRESS, USER, NETWORK, COMPLIANCE, TEST = (
        int(c) for c in DeviceColumn)

    listed = Signal(list)  # a new listing is shown; the rows of the devices to keep selected
    counted = Signal()  # the counts per state are in, after a listing
    head_shown = Signal()  # the first rows, while the whole list is being made
    rows_arrived = Signal()  # pages were read
    failed = Signal(object)  # a read failed (the tab shows it on the one error path)

    def __init__(self, ctx: UiContext, parent: QObject | None = None,
                 query: DeviceQuery | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.view = view = ctx.services.device_view()
        self.destroyed.connect(lambda *_: view.close())
        self.query = query or DeviceQuery()
        self.listing = DeviceListing(self.query, 0, {})
        self._counts = dict.fromkeys(Compliance, 0)
        self._count = False
        self.has_loaded = False
        self.keep: Callable[[], list[int]] = list  # device ids to keep selected on a reload
        self.around: Callable[[], int] = int  # the row the view shows at its top
        self._pages: OrderedDict[int, list[ViewRow | None]] = OrderedDict()
        self._wanted: dict[int, None] = {}  # pages asked for, in order
        self._reload = False
        self._headed = False  # the first rows of the coming listing are shown
        self._keep_ids: list[int] = []
        self._running = False
        self._state_texts: dict[Compliance, str] | None = None

    # -- what is asked for -------------------------------------------------------

    def set_query(self, query: DeviceQuery) -> None:
        if query != self.query:
            self.query = query
            self.reload()

    def reload(self) -> None:
        """List the devices again (new devices, changed states, another query)."""
        self._reload = True
        self._pump()

    def reread(self) -> None:
        """Read the rows shown again, keeping the listing (a cheap live update)."""
        for page in self._pages:
            self._wanted[page] = None
        self._pump()

    @property
    def busy(self) -> bool:
        return self._running or self._reload or self._count or bool(self._wanted)

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        """Sort in the store by *column* (the header's click); -1: newest first."""
        if column not in DeviceColumn._value2member_map_:
            column, order = DeviceColumn.LAST_SEEN, Qt.SortOrder.DescendingOrder
        self.set_query(replace(self.query, sort=DeviceColumn(column),
                               descending=order == Qt.SortOrder.DescendingOrder))

    # -- the reads, one at a time on a worker -----------------------------------------

    def _pump(self) -> None:
        if self._running:
            return
        services, view = self.ctx.services, self.view
        if self._reload and not self._headed:
            # the selection is taken before anything changes what the rows are
            self._headed, self._keep_ids = True, self.keep()[:1000]
            self._wanted.clear()
            query = self.query
            if not self.has_loaded or query != self.listing.query:  # a new question:
                self._start(lambda _task: services.list_head(view, query, HEAD_ROWS),
                            self._head)  # its first rows now, the whole list next
                return
        if self._reload:
            self._reload = self._headed = False
            self._wanted.clear()
            query, keep = self.query, self._keep_ids
            first = max(0, self.around() // PAGE - MARGIN_PAGES)
            pages = range(first, first + 2 * MARGIN_PAGES + 2)

            def relist(_task):
                listing = services.list_devices(view, query)
                read = {p: services.device_window(view, p * PAGE, PAGE) for p in pages
                        if p * PAGE < listing.size}
                kept = services.device_positions(view, keep) if keep else []
                return listing, read, kept
            self._start(relist, self._relisted)
        elif self._wanted or self._count:
            if not self._wanted:
                self._count = False
                kind = self.query.kind_key  # a rule's phones: that kind's counts
                self._start(lambda _task: services.count_devices(kind), self._counted)
                return
            pages = list(self._wanted)[:4]
            for page in pages:
                del self._wanted[page]
            self._start(lambda _task: {p: services.device_window(view, p * PAGE, PAGE)
                                       for p in pages}, self._arrived)

    def _start(self, work: Callable, done: Callable) -> None:
        # *done* is a bound method of this model: Qt drops the delivery when the model
        # is gone before its read finishes
        self._running = True
        self.ctx.tasks.run(work, done, self._failed)

    def _failed(self, exc: BaseException) -> None:
        self._running = False
        self._wanted.clear()  # no loop on a store that keeps failing: the next ask tries again
        self._reload = self._count = self._headed = False
        self.failed.emit(exc)

    def _head(self, result: tuple[DeviceListing, list[ViewRow]] | None) -> None:
        """The first rows while the whole list is made (a query with no filter text)."""
        self._running = False
        if result is not None and self._reload:
            listing, rows = result
            self.beginResetModel()
            self.listing = listing
            self._pages = OrderedDict((n, rows[n * PAGE:(n + 1) * PAGE])
                                      for n in range(len(rows) // PAGE + 1)
                                      if rows[n * PAGE:(n + 1) * PAGE])
            self.endResetModel()
            self.has_loaded = True
            self.head_shown.emit()
        self._pump()

    def _relisted(self, result: tuple[DeviceListing, dict, list[int]]) -> None:
        self._running = False
        listing, pages, kept = result
        if listing.size == self.listing.size and listing.query == self.listing.query:
            # the same question, as many rows: no reset, the view keeps its place and
            # selection (re-set by position below); pages read before may be out of date
            self.listing = listing
            self._pages = OrderedDict(pages)
            if listing.size:
                self.dataChanged.emit(self.index(0, 0), self.index(
                    listing.size - 1, self.columnCount() - 1))
        else:
            self.beginResetModel()
            self.listing = listing
            self._pages = OrderedDict(pages)
            self.endResetModel()
        self.has_loaded = True
        self._count = True  # after the rows on screen
        self.listed.emit(kept)
        self._pump()

    def _counted(self, counts: dict[Compliance, int]) -> None:
        self._running = False
        self._counts = counts
        self.counted.emit()
        self._pump()

    def _arrived(self, pages: dict[int, list[ViewRow | None]]) -> None:
        self._running = False
        for page, rows in pages.items():
            self._pages[page] = rows
            self._pages.move_to_end(page)
            last = min(self.rowCount(), (page + 1) * PAGE) - 1
            if last >= page * PAGE:
                self.dataChanged.emit(self.index(page * PAGE, 0),
                                      self.index(last, self.columnCount() - 1))
        while len(self._pages) > KEEP_PAGES:
            self._pages.popitem(last=False)
        self.rows_arrived.emit()
        self._pump()

    def _row(self, row: int) -> ViewRow | None:
        page = row // PAGE
        rows = self._pages.get(page)
        if rows is None:
            for wanted in range(page - MARGIN_PAGES, page + MARGIN_PAGES + 1):
                if 0 <= wanted * PAGE < self.listing.size and wanted not in self._pages:
                    self._wanted[wanted] = None
            self._pump()
            return None
        offset = row - page * PAGE
        return rows[offset] if offset < len(rows) else None

    # -- what the tab asks --------------------------------------------------------------

    def counts(self) -> dict[Compliance, int]:
        """Devices per compliance state, over the whole inventory (filter or not)."""
        return dict(self._counts)

    def total(self) -> int:
        return sum(self._counts.values())

    def state_of(self, row: ViewRow) -> Compliance | None:
        """None for a device whose profile is newer than the listing (until the next)."""
        return self.listing.states.get(row.profile_id)

    def rows_at(self, rows: list[int]) -> list[ViewRow]:
        """The devices at these rows; rows not read yet are read now (a large selection)."""
        missing = sorted({r // PAGE for r in rows if r // PAGE not in self._pages})
        read = {p: self.ctx.services.device_window(self.view, p * PAGE, PAGE) for p in missing}
        found = []
        for row in rows:
            page = row // PAGE
            rows_of_page = self._pages.get(page) or read.get(page) or []
            offset = row - page * PAGE
            if offset < len(rows_of_page) and rows_of_page[offset] is not None:
                found.append(rows_of_page[offset])
        return found

    def entry_at(self, row: int) -> InventoryEntry | None:
        found = self._row(row)
        return found.entry if found else None

    # -- QAbstractTableModel ------------------------------------------------------

    def rowCount(self, parent: QModelIndex = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else self.listing.size

    def columnCount(self, parent: QModelIndex = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(DeviceColumn)

    def headers(self) -> tuple[str, ...]:
        return (self.tr("Device kind"), self.tr("MAC"), self.tr("Serial"), self.tr("Versions"),
                self.tr("Last seen"), self.tr("Address"), self.tr("User"), self.tr("Network"),
                self.tr("Compliance"), self.tr("Test device"))

    def headerData(self, section: int, orientation: Qt.Orientation,  # noqa: N802
                   role: int = DISPLAY) -> Any:
        return horizontal_header(self.headers(), section, orientation, role)

    def data(self, index: QModelIndex, role: int = DISPLAY) -> Any:
        # a paint asks a dozen roles of every cell on screen: the ones not shown here go first
        if role not in _ROLES or not index.isValid():
            return None
        row = self._row(index.row()) if 0 <= index.row() < self.listing.size else None
        if row is None:
            return None
        if role == DISPLAY:
            return self.display(row, index.column())
        if role == TOOLTIP:
            return self.tooltip(row, index.column())
        if role == OBJECT_ROLE:
            return row
        if index.column() == self.COMPLIANCE:
            return _BRUSHES.get(self.state_of(row))
        return None

    def display(self, row: ViewRow, column: int) -> str:
        entry = row.entry
        if column == self.KIND:
            return str(entry.kind)
        if column == self.VERSIONS:
            return versions_summary(entry.versions)
        if column == self.LAST_SEEN:
            return local_time(entry.last_seen)
        if column == self.NETWORK:
            return self.network_text(entry.external)
        if column == self.COMPLIANCE:
            state = self.state_of(row)
            return self.compliance_text(state) if state is not None else ""
        if column == self.TEST:
            return self.test_device_text(entry.is_test_device)
        values = {self.MAC: entry.mac, self.SERIAL: entry.serial,
                  self.ADDRESS: entry.address, self.USER: entry.user_id}
        return values[column] or ""

    def network_text(self, external: bool) -> str:
        return self.tr("external") if external else self.tr("internal")

    def test_device_text(self, is_test_device: bool) -> str:
        return self.tr("yes") if is_test_device else ""

    def compliance_text(self, state: Compliance) -> str:
        if self._state_texts is None:  # asked for every row painted: made once
            self._state_texts = {Compliance.UP_TO_DATE: self.tr("up to date"),
                                 Compliance.OFFERED: self.tr("update offered"),
                                 Compliance.BEHIND: self.tr("behind"),
                                 Compliance.UNKNOWN_KIND: self.tr("unknown kind")}
        return self._state_texts[state]

    def tooltip(self, row: ViewRow, column: int) -> str | None:
        entry = row.entry
        if column == self.KIND:
            k = entry.kind
            return self.tr("Device type {0}, brand {1}, model {2}, revision {3}, locale {4}")\
                .format(k.device_type, k.brand, k.model, k.revision, k.locale)
        if column == self.COMPLIANCE:
            return self.compliance_tooltip(row)
        if column == self.LAST_SEEN:
            return self.tr("First seen {first}; %n update check(s)", "", entry.checks).format(
                first=local_time(entry.first_seen))
        return None

    def compliance_tooltip(self, row: ViewRow) -> str | None:
        state = self.state_of(row)
        if state is None:
            return None
        offer = row.entry.last_offer or self.tr("nothing")
        explained = {
            Compliance.UP_TO_DATE: self.tr("Runs what today's rules offer it."),
            Compliance.OFFERED: self.tr("Its last check was offered today's target."),
            Compliance.BEHIND: self.tr("The target changed since its last check; it will be "
                                       "offered the new one at its next check."),
            Compliance.UNKNOWN_KIND: self.tr("No rule knows this device kind."),
        }[state]
        return explained + "\n" + self.tr("Last offered: {offer}").format(offer=offer)
