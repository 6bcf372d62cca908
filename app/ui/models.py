"""Qt table models for the main window's tabs: one QAbstractTableModel per tab.

The models only turn domain objects into cells; which rows exist is decided
by services. The Devices tab's model lives in :mod:`app.ui.devices_model`.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import UTC, date, datetime
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QCoreApplication, QLocale, QModelIndex, QObject, Qt
from PySide6.QtGui import QBrush, QColor

from app.domain.compliance import Rollout
from app.domain.rules import RuleState, UpdateRule
from app.domain.test_devices import IdentifierType, TestDevice
from app.domain.versions import Version
from app.services import DeviceLogFile, RuleFilter
from app.store.admin import HistoryEntry
from app.ui.history_words import action_text, value_text

DISPLAY = Qt.ItemDataRole.DisplayRole
TOOLTIP = Qt.ItemDataRole.ToolTipRole
FOREGROUND = Qt.ItemDataRole.ForegroundRole
OBJECT_ROLE = Qt.ItemDataRole.UserRole  # the row's object
SORT_ROLE = Qt.ItemDataRole.UserRole + 1  # a text that sorts as the column should

PROBLEM_COLOR = QColor(176, 32, 32)
MUTED_COLOR = QColor(110, 110, 110)


def parse_time(value: datetime | str | None) -> datetime | None:
    """A stored time (ISO text or datetime; naive means UTC) in the local zone."""
    if value is None or value == "":
        return None
    if isinstance(value, str):
        try:
            value = datetime.fromisoformat(value)
        except ValueError:
            return None
    if value.tzinfo is None:
        value = value.replace(tzinfo=UTC)
    return value.astimezone()


def local_time(value: datetime | str | None) -> str:
    """How a time is shown: local, to the second."""
    parsed = parse_time(value)
    if parsed is None:
        return value if isinstance(value, str) else ""
    return parsed.strftime("%Y-%m-%d %H:%M:%S")


def time_key(value: datetime | str | None) -> str:
    parsed = parse_time(value)
    return parsed.astimezone(UTC).isoformat() if parsed else ""


def version_text(version: Version | None) -> str:
    return "" if version is None else str(version)


def version_key(version: Version | None) -> str:
    """Zero-padded parts, so that 10.0.0.0 sorts after 9.0.0.0 as text."""
    return "" if version is None else ".".join(f"{p:05d}" for p in version.parts)


def horizontal_header(headers: tuple[str, ...], section: int, orientation: Qt.Orientation,
                      role: int) -> str | None:
    """Column titles for every table model (display and tooltip)."""
    if orientation != Qt.Orientation.Horizontal or role not in (DISPLAY, TOOLTIP):
        return None
    return headers[section] if 0 <= section < len(headers) else None


class TableModel(QAbstractTableModel):
    """Rows of one kind of object; a subclass says what each column shows."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._given: list[Any] = []  # as set_rows received them
        self._rows: list[Any] = []  # as shown: sorted by _sort
        self._sort: tuple[int, Qt.SortOrder] | None = None

    # -- what subclasses provide ------------------------------------------------

    def headers(self) -> tuple[str, ...]:
        raise NotImplementedError

    def display(self, row: Any, column: int) -> str:
        raise NotImplementedError

    def tooltip(self, row: Any, column: int) -> str | None:
        return None

    def sort_key(self, row: Any, column: int) -> str:
        return self.display(row, column).casefold()

    def foreground(self, row: Any, column: int) -> QColor | None:
        return None

    def object_of(self, row: Any) -> Any:
        """What a row stands for, handed to actions (OBJECT_ROLE); the row itself here."""
        return row

    # -- content ------------------------------------------------------------------

    def set_rows(self, rows: Iterable[Any]) -> None:
        """Replace every row; the current sort stays in force."""
        self.beginResetModel()
        self._given = list(rows)
        self._rows = self._sorted()
        self.endResetModel()

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        """Sort with one Python key per row: a proxy sorting through ``data()`` takes
        seconds for the 10,000 audit lines. Column -1 restores the order given."""
        self._sort = (column, order) if 0 <= column < self.columnCount() else None
        self.layoutAboutToBeChanged.emit()
        persistent = self.persistentIndexList()
        kept = [(id(self._rows[i.row()]), i.column()) for i in persistent]
        self._rows = self._sorted()
        if persistent:
            position = {id(row): n for n, row in enumerate(self._rows)}
            self.changePersistentIndexList(
                persistent, [self.index(position[r], c) for r, c in kept])
        self.layoutChanged.emit()

    def _sorted(self) -> list[Any]:
        if self._sort is None:
            return list(self._given)
        column, order = self._sort
        return sorted(self._given, key=lambda row: self.sort_key(row, column),
                      reverse=order == Qt.SortOrder.DescendingOrder)

    def rows(self) -> list[Any]:
        return list(self._rows)

    def row_object(self, row: int) -> Any:
        return self._rows[row]

    # -- QAbstractTableModel ------------------------------------------------------

    def rowCount(self, parent: QModelIndex = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: QModelIndex = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self.headers())

    def data(self, index: QModelIndex, role: int = DISPLAY) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        row, column = self._rows[index.row()], index.column()
        if role == DISPLAY:
            return self.display(row, column)
        if role == TOOLTIP:
            return self.tooltip(row, column)
        if role == OBJECT_ROLE:
            return self.object_of(row)
        if role == SORT_ROLE:
            return self.sort_key(row, column)
        if role == FOREGROUND:
            color = self.foreground(row, column)
            return QBrush(color) if color is not None else None
        return None

    def headerData(self, section: int, orientation: Qt.Orientation,  # noqa: N802
                   role: int = DISPLAY) -> Any:
        return horizontal_header(self.headers(), section, orientation, role)


class RulesModel(TableModel):
    """Update rules in one state: "pending" (a pending version waits) or "approved"."""

    DEVICE_TYPE, BRAND, MODEL, REVISION, LOCALE, UPDATE_TYPE = range(6)
    PENDING, APPROVED, RESTORE, POOL, LAST_CHANGE, ROLLOUT, LAST_CHECK = range(6, 13)

    def __init__(self, state: RuleState, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.state = RuleState(state)  # a misspelt state is a bug: ValueError
        self._in_state = RuleFilter(state=state)
        self.pool = ""
        self.rollouts: dict[str, Rollout] = {}

    def set_rows(self, rows: Iterable[UpdateRule], pool: str | None = None,
                 rollouts: dict[str, Rollout] | None = None) -> None:
        """Show the rules of this model's state among *rows*; *pool* names the server,
        *rollouts* says how far each rule's phones have got."""
        if pool is not None:
            self.pool = pool
        if rollouts is not None:
            self.rollouts = rollouts
        super().set_rows(r for r in rows if self._in_state.matches(r))

    def headers(self) -> tuple[str, ...]:
        return (self.tr("Device type"), self.tr("Brand"), self.tr("Model"),
                self.tr("Revision"), self.tr("Locale"), self.tr("Update type"),
                self.tr("Pending version"), self.tr("Approved version"),
                self.tr("Restore version"), self.tr("Pool"), self.tr("Last change"),
                self.tr("Rollout"), self.tr("Last check"))

    def rollout(self, rule: UpdateRule) -> Rollout:
        return self.rollouts.get(rule.id) or Rollout()

    def display(self, rule: UpdateRule, column: int) -> str:
        if column < self.UPDATE_TYPE:
            return rule.kind.parts()[column]
        if column == self.LAST_CHANGE:
            return local_time(rule.updated_at)
        if column == self.POOL:
            return self.pool
        if column == self.UPDATE_TYPE:
            return rule.update_type
        if column == self.ROLLOUT:
            return self.rollout_text(rule)
        if column == self.LAST_CHECK:
            return local_time(self.rollout(rule).last_check)
        return version_text((rule.pending, rule.approved, rule.restore)[column - self.PENDING])

    def rollout_text(self, rule: UpdateRule) -> str:
        """E.g. "812/1,000 (81 %)": the phones of the rule's kind on its approved version;
        with none approved yet, "200/600 on pending"; a dash before any of them checked."""
        rollout, locale = self.rollout(rule), QLocale()
        if not rollout.phones:
            return "–"
        phones = locale.toString(rollout.phones)
        if rule.approved is None:
            if rule.pending is None:
                return "–"
            return self.tr("{pending}/{phones} on pending").format(
                pending=locale.toString(rollout.pending), phones=phones)
        return self.tr("{approved}/{phones} ({percent} %)").format(
            approved=locale.toString(rollout.approved), phones=phones,
            percent=rollout.approved * 100 // rollout.phones)

    def sort_key(self, rule: UpdateRule, column: int) -> str:
        versions = {self.PENDING: rule.pending, self.APPROVED: rule.approved,
                    self.RESTORE: rule.restore}
        if column in versions:
            return version_key(versions[column])
        if column == self.LAST_CHANGE:
            return time_key(rule.updated_at)
        if column == self.ROLLOUT:
            rollout = self.rollout(rule)
            share = rollout.approved / rollout.phones if rollout.phones else -1.0
            return f"{share + 1:.6f}{rollout.phones:012d}"
        if column == self.LAST_CHECK:
            return self.rollout(rule).last_check or ""
        return super().sort_key(rule, column)

    def tooltip(self, rule: UpdateRule, column: int) -> str | None:
        if column == self.PENDING and rule.pending is not None:
            return self.tr("Pending: offered to test devices only, until approved")
        if column == self.RESTORE and rule.restore is not None:
            return self.tr("Restore goes back to this version")
        if column in (self.ROLLOUT, self.LAST_CHECK):
            return self.rollout_tooltip(rule)
        lines = [f"{rule.kind} {rule.update_type}", rule.identity(self.pool or "<pool>")]
        if rule.created_at is not None:
            lines.append(self.tr("Created {time}").format(time=local_time(rule.created_at)))
        return "\n".join(lines)

    def rollout_tooltip(self, rule: UpdateRule) -> str:
        rollout, locale = self.rollout(rule), QLocale()
        if not rollout.phones:
            return self.tr("No phone of this kind has checked for updates yet.")
        lines = [self.tr("Phones of this kind: {n}").format(n=locale.toString(rollout.phones)),
                 self.tr("On the approved version {version}: {n}").format(
                     version=rule.approved, n=locale.toString(rollout.approved))
                 if rule.approved is not None else self.tr("No version is approved yet.")]
        if rule.pending is not None:
            lines.append(self.tr("On the pending version {version}: {n}").format(
                version=rule.pending, n=locale.toString(rollout.pending)))
        lines.append(self.tr("On another version: {n}").format(
            n=locale.toString(rollout.other)))
        lines.append(self.tr("Last check: {time}").format(time=local_time(rollout.last_check)))
        lines.append(self.tr("Double-click to list these phones."))
        return "\n".join(lines)


class TestDevicesModel(TableModel):
    """Test devices: they receive pending versions."""

    __test__ = False  # not a pytest test class

    NAME, IDENTIFIER_TYPE, IDENTIFIER, SCOPE = range(4)

    def headers(self) -> tuple[str, ...]:
        return (self.tr("Name"), self.tr("Identifier type"), self.tr("Identifier"),
                self.tr("Scope"))

    def display(self, device: TestDevice, column: int) -> str:
        if column == self.IDENTIFIER_TYPE:
            return (self.tr("MAC address") if device.identifier_type is IdentifierType.MAC
                    else self.tr("Serial number"))
        return (device.name, "", device.identifier, device.scope)[column]

    def tooltip(self, device: TestDevice, column: int) -> str | None:
        if column == self.SCOPE:
            return (self.tr("Applies on every site") if device.scope == "global"
                    else self.tr("Applies only where the server's Site setting is {site}")
                    .format(site=device.scope.partition(":")[2]))
        return None


class HistoryModel(TableModel):
    """Every administrator action, newest first."""

    TIME, USER, ACTION, SUBJECT, BEFORE, AFTER, DETAIL = range(7)

    def headers(self) -> tuple[str, ...]:
        return (self.tr("Time"), self.tr("User"), self.tr("Action"), self.tr("Subject"),
                self.tr("Before"), self.tr("After"), self.tr("Detail"))

    def display(self, entry: HistoryEntry, column: int) -> str:
        if column == self.TIME:
            return local_time(entry.at)
        if column == self.USER:
            return entry.os_user or ""
        if column == self.ACTION:
            return action_text(entry.action)
        # stored in English; said in the console's language
        field = ("subject", "before", "after", "detail")[column - self.SUBJECT]
        return value_text(entry.action, field, getattr(entry, field))

    def sort_key(self, entry: HistoryEntry, column: int) -> str:
        # stored as UTC ISO text by one clock, so the text sorts as the time
        return entry.at if column == self.TIME else super().sort_key(entry, column)

    def tooltip(self, entry: HistoryEntry, column: int) -> str | None:
        text = self.display(entry, column)
        return text if len(text) > 40 else None


class AuditModel(TableModel):
    """Audit lines (docs/protocol.md §6.4) as ``services.audit()`` returns them, newest first."""

    TIME, CLIENT, KIND, MAC, SERIAL, REQUEST, RESPONSE, USER, OUTCOME = range(9)
    OFFERED, NO_UPDATE, REFUSED = "offered", "no-update", "refused"

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._times: dict[int, datetime | None] = {}  # id(line) -> local time

    def set_rows(self, rows: Iterable[dict[str, str]]) -> None:
        rows = list(rows)
        self._times = {id(r): parse_time(r.get("time")) for r in rows}
        super().set_rows(rows)

    def headers(self) -> tuple[str, ...]:
        return (self.tr("Time"), self.tr("Client"), self.tr("Device kind"), self.tr("MAC"),
                self.tr("Serial"), self.tr("Request"), self.tr("Response"), self.tr("User"),
                self.tr("Outcome"))

    def display(self, line: dict[str, str], column: int) -> str:
        if column == self.TIME:
            return local_time(line.get("time"))
        if column == self.KIND:
            return kind_text(line)
        if column == self.REQUEST:
            return modules_text(line.get("request", ""))
        if column == self.RESPONSE:
            return modules_text(line.get("response", ""))
        if column == self.OUTCOME:
            return self.outcome_text(line)
        key = {self.CLIENT: "client", self.MAC: "MAC", self.SERIAL: "Serial",
               self.USER: "UserId"}[column]
        return line.get(key, "")

    def outcome_text(self, line: dict[str, str]) -> str:
        outcome = line.get("outcome", "")
        if outcome == self.OFFERED:
            return self.tr("offered")
        if outcome == self.NO_UPDATE:
            return self.tr("no update")
        return self.tr("refused: {reason}").format(reason=outcome)

    def sort_key(self, line: dict[str, str], column: int) -> str:
        return line.get("time", "") if column == self.TIME else super().sort_key(line, column)

    def foreground(self, line: dict[str, str], column: int) -> QColor | None:
        return PROBLEM_COLOR if outcome_class(line) == self.REFUSED else None

    def tooltip(self, line: dict[str, str], column: int) -> str | None:
        if column == self.OUTCOME and outcome_class(line) == self.REFUSED:
            return self.tr("The server refused this request: {reason}").format(
                reason=line.get("outcome", ""))
        text = self.display(line, column)
        return text if len(text) > 30 else None

    def row_matches(self, row: int, device_text: str, day: date | None,
                    outcome: str | None) -> bool:
        """Whether line *row* is on *day* (local), has *outcome* and mentions *device_text*."""
        line = self._rows[row]
        if outcome is not None and outcome_class(line) != outcome:
            return False
        when = self._times.get(id(line))
        if day is not None and (when is None or when.date() != day):
            return False
        return not device_text or device_text.casefold() in device_search_text(line)


def outcome_class(line: dict[str, str]) -> str:
    """"offered", "no-update" or "refused" (a refusal's outcome is its status and reason)."""
    outcome = line.get("outcome", "")
    return outcome if outcome in (AuditModel.OFFERED, AuditModel.NO_UPDATE) else "refused"


def kind_text(line: dict[str, str]) -> str:
    parts = (line.get(k, "") for k in ("DeviceType", "Brand", "Model", "Revision", "Locale"))
    return " ".join(p for p in parts if p)


def device_search_text(line: dict[str, str]) -> str:
    mac = line.get("MAC", "")
    return " ".join((kind_text(line), mac, mac.replace("-", ""), line.get("Serial", ""),
                     line.get("client", ""), line.get("UserId", ""))).casefold()


def modules_text(field: str) -> str:
    """``CPE/4.0.1.2/Approved;X/1.0.0.0/Pending`` as ``CPE 4.0.1.2, X 1.0.0.0 (pending)``:
    an approved offer is the usual one and goes unsaid, a test device's pending one is
    marked, in the console's language."""
    shown = []
    for module in filter(None, field.split(";")):
        parts = module.split("/")
        text = " ".join(parts[:2])
        mark = _approval_mark(parts[2]) if len(parts) > 2 else ""
        shown.append(f"{text} ({mark})" if mark else text)
    return ", ".join(shown)


def _approval_mark(approval: str) -> str:
    if approval in ("", "Approved"):
        return ""
    return QCoreApplication.translate("AuditModel", "pending") if approval == "Pending" \
        else approval


class DeviceLogsModel(TableModel):
    """Log files phones uploaded, newest first."""

    TYPE, FILE, SIZE, MODIFIED = range(4)

    def headers(self) -> tuple[str, ...]:
        return (self.tr("Log type"), self.tr("File"), self.tr("Size"), self.tr("Modified"))

    def display(self, log: DeviceLogFile, column: int) -> str:
        if column == self.SIZE:
            return size_text(log.size)
        if column == self.MODIFIED:
            return local_time(datetime.fromtimestamp(log.modified, UTC))
        return log.log_type if column == self.TYPE else log.path.name

    def sort_key(self, log: DeviceLogFile, column: int) -> str:
        if column == self.SIZE:
            return f"{log.size:020d}"
        if column == self.MODIFIED:
            return f"{log.modified:020.6f}"
        return super().sort_key(log, column)

    def tooltip(self, log: DeviceLogFile, column: int) -> str | None:
        return str(log.path)


def size_text(size: int) -> str:
    return QLocale().formattedDataSize(size, 1)
