"""The *Simulated phones* table: one row per phone, read from the phones' threads' state.

Rows are snapshots (:class:`PhoneRow`) taken on the GUI thread through the
phones' thread-safe reads; only rows that changed are repainted.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtGui import QColor

from app.domain.names import DeviceKind
from app.simulator.phone import PhoneState, SimulatedPhone
from app.ui.models import TableModel, local_time

BUSY_COLOR = QColor(9, 105, 218)  # a phone checking, downloading, waiting or restarting


@dataclass(frozen=True)
class PhoneRow:
    """What the table shows of one phone, read at one moment."""

    phone: SimulatedPhone
    kind: DeviceKind
    mac: str
    serial: str
    external: bool
    user: str | None
    current: str
    backup: str
    last_update: str
    state: PhoneState
    checks: int
    failures: int

    @classmethod
    def of(cls, phone: SimulatedPhone) -> PhoneRow:
        info = phone.system_information()  # under the phone's lock
        ident = phone.identity
        return cls(phone, ident.kind, ident.mac or "", ident.serial or "", phone.external,
                   phone.user, info["Current version"], info["Backup version"],
                   local_time(phone.last_update) or "—", phone.state, phone.checks,
                   phone.failures)



class PhonesModel(TableModel):
    """One row per phone of the fleet, in the fleet's order."""

    NAME, SERIAL, KIND, NETWORK, USER, CURRENT, BACKUP, LAST_UPDATE, STATE = range(9)

    def headers(self) -> tuple[str, ...]:
        return (self.tr("Name (MAC)"), self.tr("Serial"), self.tr("Device kind"),
                self.tr("Network"), self.tr("User"), self.tr("Current version"),
                self.tr("Backup version"), self.tr("Last update"), self.tr("State"))

    def same_phones(self, phones: list[SimulatedPhone]) -> bool:
        return [r.phone for r in self._given] == phones

    def reset(self, phones: list[SimulatedPhone]) -> None:
        """New rows (phones were added or removed)."""
        self.set_rows(PhoneRow.of(p) for p in phones)

    def update(self) -> None:
        """Read the same phones again; only rows that changed are repainted."""
        fresh = {id(r.phone): PhoneRow.of(r.phone) for r in self._given}
        changed = [n for n, old in enumerate(self._rows) if fresh[id(old.phone)] != old]
        self._given = [fresh[id(r.phone)] for r in self._given]
        self._rows = [fresh[id(r.phone)] for r in self._rows]
        if changed:
            self.dataChanged.emit(self.index(min(changed), 0),
                                  self.index(max(changed), self.columnCount() - 1))

    def display(self, row: PhoneRow, column: int) -> str:
        values = (row.mac, row.serial, str(row.kind),
                  self.tr("external") if row.external else self.tr("internal"),
                  row.user or "—", row.current, row.backup, row.last_update,
                  self.state_text(row.state))
        return values[column]

    def state_text(self, state: PhoneState) -> str:
        return {PhoneState.IDLE: self.tr("idle"), PhoneState.CHECKING: self.tr("checking"),
                PhoneState.DOWNLOADING: self.tr("downloading"),
                PhoneState.WAITING: self.tr("waiting for idle"),
                PhoneState.RESTARTING: self.tr("restarting")}[state]

    def tooltip(self, row: PhoneRow, column: int) -> str | None:
        if column != self.STATE:
            return None
        return self.tr("{checks}, {failures} failed").format(
            checks=self.tr("%n update check(s)", "", row.checks), failures=row.failures)

    def foreground(self, row: PhoneRow, column: int) -> QColor | None:
        busy = column == self.STATE and row.state is not PhoneState.IDLE
        return BUSY_COLOR if busy else None

    def object_of(self, row: PhoneRow) -> SimulatedPhone:
        return row.phone
