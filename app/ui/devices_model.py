"""The Devices tab's model: the whole inventory, sorted and filtered inside the model.

A QSortFilterProxyModel calls ``data()`` for every comparison, which is far
too slow for 100,000 devices; here sorting is one ``list.sort`` with a key
per column, and filtering one pass over precomputed search texts.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Iterable
from operator import attrgetter
from typing import Any, NamedTuple

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, Qt
from PySide6.QtGui import QBrush

from app.domain.compliance import Compliance
from app.domain.inventory import InventoryEntry
from app.domain.names import DeviceKind
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

COMPLIANCE_ORDER = {state: n for n, state in enumerate(Compliance)}


class DeviceRow(NamedTuple):
    entry: InventoryEntry
    compliance: Compliance
    search: str  # casefolded text the filter box matches
    kind_key: str  # sort keys that cost too much to compute at every sort
    versions_key: str
    address_key: str


Sort = tuple[int, Qt.SortOrder] | None  # (column, order); None: the store's order


class DeviceRows(list):
    """Prepared rows, and their order and filter if :func:`prepare_devices` was told them."""

    sort: Sort = None
    order: list[int] | None = None
    text = ""
    state: Compliance | None = None
    shown: list[int] | None = None
    counts: Counter[Compliance] = Counter()


def prepare_devices(rows: Iterable[tuple[InventoryEntry, Compliance]], sort: Sort = None,
                    text: str = "", state: Compliance | None = None) -> DeviceRows:
    """Everything slow about showing the devices, done ahead: search texts, sort keys,
    and (given the view's sort and filter) the order and the shown rows.

    Pure Python without Qt objects, so a worker thread can run it.
    """
    texts = _SharedTexts()
    prepared = DeviceRows(texts.row(e, c) for e, c in rows)
    prepared.counts = Counter(r.compliance for r in prepared)
    prepared.sort, prepared.text, prepared.state = sort, _fold(text), state
    prepared.order = sorted_order(prepared, sort)
    prepared.shown = filtered(prepared, prepared.order, prepared.text, state)
    return prepared


class _SharedTexts:
    """Device kinds and version sets repeat across a fleet: work out their texts once."""

    def __init__(self) -> None:
        self.kinds: dict[DeviceKind, tuple[str, str]] = {}
        self.versions: dict[tuple[tuple[str, str], ...], tuple[str, str]] = {}

    def row(self, entry: InventoryEntry, state: Compliance) -> DeviceRow:
        kind_text, kind_key = self._kind(entry.kind)
        versions_text, versions_key = self._versions(tuple(entry.versions.items()))
        mac = entry.mac or ""
        search = " ".join((kind_text, mac, mac.replace("-", ""), entry.serial or "",
                           versions_text, entry.address, entry.user_id or "")).casefold()
        return DeviceRow(entry, state, search, kind_key, versions_key,
                         _address_key(entry.address))

    def _kind(self, kind: DeviceKind) -> tuple[str, str]:
        found = self.kinds.get(kind)
        if found is None:
            found = self.kinds[kind] = (str(kind), kind.key)
        return found

    def _versions(self, items: tuple[tuple[str, str], ...]) -> tuple[str, str]:
        found = self.versions.get(items)
        if found is None:
            ordered = sorted(items)
            found = self.versions[items] = (
                ", ".join(f"{t} {v}" for t, v in ordered),
                "\x00".join(f"{t.casefold()}\x01{_padded(v)}" for t, v in ordered))
        return found


def _fold(text: str) -> str:
    return text.strip().casefold()


def versions_text(entry: InventoryEntry) -> str:
    """``CPE 4.0.7577.4366`` per update type, joined by commas."""
    return ", ".join(f"{t} {v}" for t, v in sorted(entry.versions.items()))


def _padded(version: str) -> str:
    """A version as text that sorts numerically (anything unparsable first)."""
    parts = version.split(".")
    if all(p.isdigit() for p in parts):
        return ".".join(p.zfill(5) for p in parts)
    return ""


def _address_key(address: str) -> str:
    """IPv4 addresses numerically, anything else after them as text."""
    parts = address.split(".")
    if len(parts) == 4 and all(p.isdigit() for p in parts):
        return "0" + ".".join(p.zfill(3) for p in parts)
    return "1" + address.casefold()


def sorted_order(rows: list[DeviceRow], sort: Sort) -> list[int]:
    """Indexes of *rows* in the order *sort* asks for (stable: ties keep the store's order)."""
    if sort is None:
        return list(range(len(rows)))
    column, order = sort
    keys = list(map(DevicesModel.SORT_KEYS[column], rows))
    return sorted(range(len(keys)), key=keys.__getitem__,
                  reverse=order == Qt.SortOrder.DescendingOrder)


def filtered(rows: list[DeviceRow], order: list[int], text: str,
             state: Compliance | None) -> list[int]:
    """*order* without the rows that do not contain *text* (casefolded) or are not in *state*."""
    if not text and state is None:
        return list(order)
    if state is None:
        return [i for i in order if text in rows[i].search]
    return [i for i in order if rows[i].compliance is state and text in rows[i].search]


class DevicesModel(QAbstractTableModel):
    """Every device in the inventory with its compliance state."""

    KIND, MAC, SERIAL, VERSIONS, LAST_SEEN, ADDRESS, USER, NETWORK, COMPLIANCE, TEST = range(10)

    SORT_KEYS: dict[int, Callable[[DeviceRow], Any]] = {
        KIND: attrgetter("kind_key"),
        MAC: lambda r: r.entry.mac or "",
        SERIAL: lambda r: (r.entry.serial or "").casefold(),
        VERSIONS: attrgetter("versions_key"),
        LAST_SEEN: lambda r: r.entry.last_seen,
        ADDRESS: attrgetter("address_key"),
        USER: lambda r: (r.entry.user_id or "").casefold(),
        NETWORK: lambda r: r.entry.external,
        COMPLIANCE: lambda r: COMPLIANCE_ORDER[r.compliance],
        TEST: lambda r: not r.entry.is_test_device,
    }

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._rows: DeviceRows = DeviceRows()
        self._order: list[int] = []  # indexes into _rows, sorted
        self._shown: list[int] = []  # _order without the rows the filter hides
        self._sort: Sort = None
        self._text = ""
        self._state: Compliance | None = None

    # -- content ------------------------------------------------------------------

    def set_rows(self, rows: Iterable[tuple[InventoryEntry, Compliance]] | DeviceRows,
                 ) -> DeviceRows:
        """Replace the inventory; the current sort and filter stay in force.

        *rows* from :func:`prepare_devices` given this model's :meth:`view_state`
        cost next to nothing here; anything else is prepared on the spot. Returns
        the previous rows, so that the caller can free them a slice at a time.
        """
        previous = self._rows
        prepared = rows if isinstance(rows, DeviceRows) else prepare_devices(rows)
        same_order = prepared.sort == self._sort
        same_filter = same_order and (prepared.text, prepared.state) == (self._text, self._state)
        self.beginResetModel()
        self._rows = prepared
        self._order = prepared.order if same_order else sorted_order(prepared, self._sort)
        self._shown = prepared.shown if same_filter else \
            filtered(prepared, self._order, self._text, self._state)
        self.endResetModel()
        return previous

    def view_state(self) -> tuple[Sort, str, Compliance | None]:
        """(sort, filter text, state): what :func:`prepare_devices` needs to do it all ahead."""
        return self._sort, self._text, self._state

    def counts(self) -> dict[Compliance, int]:
        """Devices per compliance state, over the whole inventory (filter or not)."""
        return {state: self._rows.counts.get(state, 0) for state in Compliance}

    def total(self) -> int:
        return len(self._rows)

    def row_object(self, row: int) -> tuple[InventoryEntry, Compliance]:
        found = self._rows[self._shown[row]]
        return found.entry, found.compliance

    def device_key(self, row: int) -> tuple[str | None, str | None]:
        entry = self._rows[self._shown[row]].entry
        return entry.mac, entry.serial

    def rows_of(self, keys: set[tuple[str | None, str | None]]) -> list[int]:
        """The shown rows whose device (MAC, serial) is in *keys*."""
        rows = self._rows
        return [n for n, i in enumerate(self._shown)
                if (rows[i].entry.mac, rows[i].entry.serial) in keys]

    # -- filter and sort ------------------------------------------------------------

    def set_filter(self, text: str, state: Compliance | None = None) -> None:
        """Show devices whose kind, MAC, serial, versions, address or user contain *text*
        (any case), in *state* if given."""
        text = _fold(text)
        if (text, state) == (self._text, self._state):
            return
        self.beginResetModel()
        self._text, self._state = text, state
        self._shown = filtered(self._rows, self._order, text, state)
        self.endResetModel()

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        """Sort by *column* (a column of -1 restores the store's order: newest first)."""
        self._sort = (column, order) if column in self.SORT_KEYS else None
        self.layoutAboutToBeChanged.emit()
        persistent = self.persistentIndexList()
        kept = [(self._shown[i.row()], i.column()) for i in persistent]
        self._order = sorted_order(self._rows, self._sort)
        self._shown = filtered(self._rows, self._order, self._text, self._state)
        if persistent:
            position = {source: row for row, source in enumerate(self._shown)}
            self.changePersistentIndexList(
                persistent, [self.index(position[s], c) for s, c in kept])
        self.layoutChanged.emit()

    # -- QAbstractTableModel ------------------------------------------------------

    def rowCount(self, parent: QModelIndex = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self._shown)

    def columnCount(self, parent: QModelIndex = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self.SORT_KEYS)

    def headers(self) -> tuple[str, ...]:
        return (self.tr("Device kind"), self.tr("MAC"), self.tr("Serial"), self.tr("Versions"),
                self.tr("Last seen"), self.tr("Address"), self.tr("User"), self.tr("Network"),
                self.tr("Compliance"), self.tr("Test device"))

    def headerData(self, section: int, orientation: Qt.Orientation,  # noqa: N802
                   role: int = DISPLAY) -> Any:
        return horizontal_header(self.headers(), section, orientation, role)

    def data(self, index: QModelIndex, role: int = DISPLAY) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._shown):
            return None
        row = self._rows[self._shown[index.row()]]
        if role == DISPLAY:
            return self.display(row, index.column())
        if role == TOOLTIP:
            return self.tooltip(row, index.column())
        if role == OBJECT_ROLE:
            return row.entry, row.compliance
        if role == FOREGROUND and index.column() == self.COMPLIANCE:
            return self._compliance_brush(row.compliance)
        return None

    def display(self, row: DeviceRow, column: int) -> str:
        entry = row.entry
        if column == self.KIND:
            return str(entry.kind)
        if column == self.VERSIONS:
            return versions_text(entry)
        if column == self.LAST_SEEN:
            return local_time(entry.last_seen)
        if column == self.NETWORK:
            return self.network_text(entry.external)
        if column == self.COMPLIANCE:
            return self.compliance_text(row.compliance)
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
        return {Compliance.UP_TO_DATE: self.tr("up to date"),
                Compliance.OFFERED: self.tr("update offered"),
                Compliance.BEHIND: self.tr("behind"),
                Compliance.UNKNOWN_KIND: self.tr("unknown kind")}[state]

    def tooltip(self, row: DeviceRow, column: int) -> str | None:
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

    def compliance_tooltip(self, row: DeviceRow) -> str:
        offer = row.entry.last_offer or self.tr("nothing")
        explained = {
            Compliance.UP_TO_DATE: self.tr("Runs what today's rules offer it."),
            Compliance.OFFERED: self.tr("Its last check was offered today's target."),
            Compliance.BEHIND: self.tr("The target changed since its last check; it will be "
                                       "offered the new one at its next check."),
            Compliance.UNKNOWN_KIND: self.tr("No rule knows this device kind."),
        }[row.compliance]
        return explained + "\n" + self.tr("Last offered: {offer}").format(offer=offer)

    def _compliance_brush(self, state: Compliance) -> QBrush | None:
        if state is Compliance.BEHIND:
            return QBrush(PROBLEM_COLOR)
        if state is Compliance.UNKNOWN_KIND:
            return QBrush(MUTED_COLOR)
        return None
