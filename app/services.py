"""The services the command line, the window and the web server share.

A :class:`Services` object is built for one data folder and passed in
explicitly; nothing here is global, so every test builds its own world.
"""

from __future__ import annotations

import getpass
import os
import socket
from collections.abc import Callable, Collection, Iterator, Mapping
from contextlib import suppress
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import TypeVar

import platformdirs

from app import accounts, maintenance
from app.audit import read_audit
from app.data_folder import DataFolder
from app.domain.compliance import Compliance, Rollout, compliance, profile_states, rollouts
from app.domain.errors import (
    AccountExistsError,
    ConflictError,
    InvalidValueError,
    NotFoundError,
    Text,
    UserError,
)
from app.domain.faults import environment_fault
from app.domain.inventory import (
    DeviceColumn,
    DeviceProfile,
    DeviceQuery,
    DeviceSighting,
    InventoryEntry,
    SearchField,
    mac_prefix,
    mac_spelling,
    versions_sort_key,
    versions_summary,
)
from app.domain.names import DeviceKind, check_name
from app.domain.offers import Offer, offers_for
from app.domain.rules import ActionResult, RuleAction, RuleState, UpdateRule, apply_action
from app.domain.settings import SETTINGS, ServiceSettings, Setting, canonical, find_setting
from app.domain.test_devices import (
    TestDevice,
    normalize_mac,
    normalize_scope,
    normalize_serial,
)
from app.domain.versions import Version
from app.packages.filestore import FileStore
from app.packages.importer import Importer, ImportPlan, Progress, Recovery, versions_text
from app.packages.layout import LayoutConversion
from app.packages.lync import LyncDeployment, read_deployment
from app.packages.lync_import import LyncImporter, LyncImportResult
from app.packages.package import Package, read_package
from app.store import admin
from app.store import files as file_queries
from app.store import inventory as inventory_queries
from app.store import rules as rule_queries
from app.store.catalog import load_catalog
from app.store.database import needs_upgrade
from app.store.engine import check_location, copy_store, open_database
from app.store.inventory import DeviceFilter, DeviceView, ViewRow

T = TypeVar("T")
DATA_DIR_ENV = "UCUPDATES_DATA_DIR"
STORE_ENV = "UCUPDATES_STORE"  # a PostgreSQL URL: the pool's shared store
APP_NAME = "ucupdates"


def default_data_dir() -> Path:
    """The data folder: $UCUPDATES_DATA_DIR, else the per-user folder from platformdirs."""
    override = os.environ.get(DATA_DIR_ENV)
    if override:
        return Path(override)
    return Path(platformdirs.user_data_dir(APP_NAME, appauthor=False))


def host_name() -> str:
    """The machine's fully qualified name; its plain name where the resolver only knows
    it as localhost (``127.0.0.1 localhost vm`` in /etc/hosts is common)."""
    fqdn = socket.getfqdn()
    if fqdn and not fqdn.startswith("localhost"):
        return fqdn
    return socket.gethostname() or "localhost"


def current_os_user() -> str:
    try:
        return getpass.getuser()
    except (OSError, KeyError):
        return "unknown"


@dataclass(frozen=True)
class RuleFilter:
    """Which rules an action or listing is about; every given part must match."""

    ids: tuple[str, ...] = ()
    brand: str | None = None
    model: str | None = None
    state: RuleState | None = None

    def __post_init__(self) -> None:
        if self.state is not None:  # "pending" from the command line; a typo is a bug
            object.__setattr__(self, "state", RuleState(self.state))

    def matches(self, rule: UpdateRule) -> bool:
        return all((
            self.brand is None or rule.kind.brand.casefold() == self.brand.casefold(),
            self.model is None or rule.kind.model.casefold() == self.model.casefold(),
            self.state is None or _in_state(rule, self.state),
        ))


def _in_state(rule: UpdateRule, state: RuleState) -> bool:
    if state is RuleState.PENDING:
        return rule.pending is not None
    if state is RuleState.APPROVED:
        return rule.approved is not None
    return rule.state is state


@dataclass(frozen=True)
class ActionReport:
    """What one bulk action did: per-rule results, and the IDs that named no rule."""

    action: RuleAction
    results: tuple[ActionResult, ...]
    unknown_ids: tuple[str, ...]

    @property
    def done(self) -> list[ActionResult]:
        return [r for r in self.results if not r.refused]

    @property
    def refused(self) -> list[ActionResult]:
        return [r for r in self.results if r.refused]

    @property
    def complete(self) -> bool:
        return not self.refused and not self.unknown_ids


@dataclass(frozen=True)
class DeviceLogFile:
    log_type: str
    path: Path
    size: int
    modified: float  # POSIX time


class Services:
    """Everything an administrator can do, on one data folder."""

    def __init__(self, data_dir: Path, *, store: str | None = None,
                 os_user: str | None = None,
                 clock: Callable[[], datetime] | None = None) -> None:
        self.data_dir = Path(data_dir)
        self.store = check_location(store)  # None: the SQLite file in the data folder
        if self.data_dir.exists() and not self.data_dir.is_dir():
            raise UserError("the data folder {folder} is a file, not a folder",
                            folder=str(self.data_dir))
        self.created = not self.data_dir.exists()  # the command line says so
        try:
            self.data_dir.mkdir(parents=True, exist_ok=True)
        except OSError as exc:
            raise UserError("cannot create the data folder {folder}: {reason}",
                            folder=self.data_dir, reason=exc.strerror) from None
        self.os_user = os_user or current_os_user()
        self.clock = clock or (lambda: datetime.now(UTC))
        self.folder = DataFolder(self.data_dir)
        try:
            self.db = open_database(self.store, self.folder.store_file)
        except UserError:
            if self.created:  # nothing was done: leave no empty data folder behind
                with suppress(OSError):
                    self.data_dir.rmdir()
            raise
        try:
            self.files = FileStore(self.data_dir, self.db.leases(self.folder.staging))
        except OSError as exc:
            self.db.close()
            raise environment_fault(exc, Text("prepare the data folder")) or exc from None
        self.importer = Importer(self.db, self.files, self.os_user, self.clock)
        self.recovery: Recovery = self.importer.recover()
        # after recovery: a revision-1 import committed before a crash lands in the old
        # layout first, then moves with the rest
        self.layout_moves = LayoutConversion(self.db, self.files, self.data_dir).run()

    @staticmethod
    def needs_upgrade(data_dir: Path, store: str | None = None) -> bool:
        """Whether opening *data_dir* converts a store an earlier ucupdates wrote (once;
        seconds for a large inventory): the command line and the console say so first."""
        if check_location(store) is not None:
            return False  # a PostgreSQL store is made at the current schema
        return needs_upgrade(DataFolder(Path(data_dir)).store_file)

    def store_answers(self) -> bool:
        """Whether the store answers a trivial query now (a server's health check)."""
        try:
            return self.db.ping()
        except UserError:
            return False

    @property
    def store_shown(self) -> str:
        """Where the store is, for messages: the SQLite file or the URL (no password)."""
        return self.db.shown

    def copy_store_to(self, location: str,
                      progress: Callable[[str, int], None] | None = None,
                      ) -> tuple[dict[str, int], str]:
        """Copy the whole store into the empty store at *location* (``store copy``): all
        or nothing. The data folder's files are not copied: the pool shares the folder.
        Returns the rows copied per table and the target as messages show it."""
        url = check_location(location)
        if url is None:
            raise UserError("give the store to copy to: --to postgresql://user@host/database")
        target = open_database(url, self.folder.store_file)
        try:
            return copy_store(self.db, target, progress), target.shown
        finally:
            target.close()

    def close(self) -> None:
        self.db.close()

    def copy_to(self, folder: Path) -> Services:
        """A throwaway copy of this data folder in *folder*: the store, and the update
        files as hard links (or copies). Changes to the copy never reach this one."""
        folder = Path(folder)
        folder.mkdir(parents=True, exist_ok=True)
        if self.db.engine == "sqlite":
            self.db.copy_to(DataFolder(folder).store_file)
        else:
            target = open_database(None, DataFolder(folder).store_file)
            try:
                copy_store(self.db, target)
            finally:
                target.close()
        copy = Services(folder, os_user=self.os_user, clock=self.clock)
        self.files.link_into(copy.files)
        return copy

    # -- settings -------------------------------------------------------------

    def settings(self) -> ServiceSettings:
        with self.db.read() as conn:
            return ServiceSettings.from_texts(admin.setting_texts(conn))

    def set_setting(self, name: str, text: str) -> tuple[Setting, object]:
        """Validate and store one setting; an invalid value is refused and nothing changes."""
        return self.set_settings({name: text})[0]

    def set_settings(self, changes: Mapping[str, str]) -> list[tuple[Setting, object]]:
        """Validate every change, then store them in one transaction: all or nothing."""
        checked = []
        for name, text in changes.items():
            setting = find_setting(name)
            checked.append((setting, setting.value(text)))
        with self.db.write() as conn:
            stored = admin.setting_texts(conn)
            for setting, value in checked:
                before = stored.get(setting.name, setting.default)
                admin.put_setting(conn, setting.name, canonical(value))
                self._history(conn, "config set", None, setting.name, before, canonical(value))
        return checked

    def set_server_address(self, host: str, port: int) -> None:
        """Remember where the console's server listens, when that changed."""
        current = self.settings()
        changes = {}
        if host and host != current.bind_address:
            changes["BindAddress"] = host
        if port and port != current.port:
            changes["Port"] = str(port)
        if changes:
            self.set_settings(changes)

    def setting_rows(self) -> list[tuple[Setting, object]]:
        current = self.settings()
        return [(s, current[s.name]) for s in SETTINGS]

    def pool(self) -> str:
        """This server's pool name: the Pool setting, else the host's name."""
        return self.settings().pool or host_name()

    # -- packages -------------------------------------------------------------

    def read_package(self, path: Path, progress: Progress | None = None) -> Package:
        """Read and check a package (decompressing it once, streaming), changing nothing."""
        return read_package(Path(path), self.settings().max_package_unpacked_size, progress)

    def preview_import(self, package: Package) -> ImportPlan:
        return self.importer.preview(package)

    def import_package(self, package: Package | Path,
                       progress: Progress | None = None) -> ImportPlan:
        """Import a package file (one streaming pass), or one read before for a preview."""
        return self.importer.run(package, progress, self.settings().max_package_unpacked_size)

    # -- a Lync deployment ----------------------------------------------------

    def read_lync(self, store_dir: Path, rules_csv: Path | None = None,
                  devices_csv: Path | None = None) -> LyncDeployment:
        """Read and check what a Lync server hands over; changes nothing."""
        return read_deployment(store_dir, rules_csv, devices_csv)

    def lync_conflicts(self, deployment: LyncDeployment) -> list[Text]:
        """What already here would refuse importing *deployment* (empty: nothing)."""
        return self._lync_importer().preview(deployment)

    def import_lync(self, deployment: LyncDeployment,
                    progress: Progress | None = None) -> LyncImportResult:
        """Import a Lync deployment: rules with their GUIDs, versions, test devices.

        With no Pool set yet, the pool the rules' identities name becomes it, so
        they keep the identities the administrator's notes and scripts use.
        """
        result = self._lync_importer().run(deployment, progress)
        if deployment.pool and not self.settings().pool:
            self.set_setting("Pool", deployment.pool)
        return result

    def _lync_importer(self) -> LyncImporter:
        return LyncImporter(self.db, self.files, self.importer, self.os_user, self.clock)

    # -- rules ----------------------------------------------------------------

    def rules(self, selection: RuleFilter | None = None) -> list[UpdateRule]:
        selection = selection or RuleFilter()
        with self.db.read() as conn:
            found = rule_queries.all_rules(conn)
        return [r for r in found if selection.matches(r)]

    def select(self, selection: RuleFilter) -> tuple[list[UpdateRule], tuple[str, ...]]:
        """The rules an action on *selection* would touch, and the IDs that name none."""
        with self.db.read() as conn:
            return _select(conn, selection)

    def apply(self, action: RuleAction, selection: RuleFilter,
              allow_no_previous: Collection[str] | None = None) -> ActionReport:
        """Run one action on every selected rule in one transaction.

        A restore that would leave a rule with no approved version is done as
        Lync does it, unless *allow_no_previous* is given: then only the rules
        with those IDs may be left so, and the others are refused.
        """
        now = self.clock()
        with self.db.write() as conn:
            rules, unknown = _select(conn, selection)
            results = tuple(
                apply_action(action, rule, now,
                             allow_no_previous is None or rule.id in allow_no_previous)
                for rule in rules)
            for result in results:
                if not result.refused:
                    self._write_result(conn, action, result)
        return ActionReport(action, results, unknown)

    def _write_result(self, conn, action: RuleAction, result: ActionResult) -> None:
        rule = result.before
        if result.after is None:
            rule_queries.delete_rule(conn, rule.id)
        else:
            rule_queries.update_versions(conn, result.after)
        self._history(conn, action.value, rule.id, f"{rule.kind} {rule.update_type}",
                      versions_text(rule), versions_text(result.after))

    def _history(self, conn, action: str, rule_id: str | None, subject: str,
                 before: str | None, after: str | None, detail: str | None = None) -> None:
        admin.add_history(conn, admin.HistoryEntry(
            self.clock().isoformat(), self.os_user, action, rule_id, subject, before, after,
            detail))

    def history(self, limit: int = 1000) -> list[admin.HistoryEntry]:
        with self.db.read() as conn:
            return admin.history(conn, limit)

    # -- test devices ---------------------------------------------------------

    def test_devices(self) -> list[TestDevice]:
        with self.db.read() as conn:
            return admin.test_devices(conn)

    def add_test_device(self, device: TestDevice) -> TestDevice:
        """Store a validated test device; names and identifiers are unique per scope."""
        with self.db.write() as conn:
            _check_unique_device(conn, device)
            admin.insert_test_device(conn, device)
            self._history(conn, "test-device add", None, device.name, None, _describe(device))
        return device

    def replace_test_device(self, name: str, scope: str, device: TestDevice) -> TestDevice:
        """Change a test device (name, identifier or scope) in one step."""
        with self.db.write() as conn:
            old = _take_test_device(conn, name, scope)
            _check_unique_device(conn, device)
            admin.insert_test_device(conn, device)
            self._history(conn, "test-device set", None, device.name, _describe(old),
                          _describe(device))
        return device

    def remove_test_device(self, name: str, scope: str | None = None) -> TestDevice:
        """Remove one test device; *scope* None: the one of that name, if only one."""
        return self.remove_test_devices([(name, scope)])[0]

    def remove_test_devices(self, keys: Collection[tuple[str, str | None]],
                            ) -> list[TestDevice]:
        """Remove test devices given as (name, scope), in one transaction: all or none."""
        removed = []
        with self.db.write() as conn:
            for name, scope in keys:
                old = _take_test_device(conn, name, scope)
                self._history(conn, "test-device remove", None, old.name, _describe(old), None)
                removed.append(old)
        return removed

    # -- accounts for external access -------------------------------------------

    def users(self) -> list[admin.Account]:
        with self.db.read() as conn:
            return admin.accounts(conn)

    def account_named(self, name: str) -> admin.Account | None:
        """The account of that name, in any case; None when there is none."""
        with self.db.read() as conn:
            return admin.account(conn, name)

    def add_user(self, name: str, password: str) -> None:
        """Create an account; a name taken in any case is refused (AccountExistsError)."""
        self._store_password(name, password, new=True)

    def reset_password(self, name: str, password: str) -> None:
        """Give an existing account a new password (NotFoundError when there is none)."""
        self._store_password(name, password, new=False)

    def set_user_password(self, name: str, password: str) -> bool:
        """Create the account or reset its password; True if it was new."""
        return self._store_password(name, password, new=None)

    def _store_password(self, name: str, password: str, new: bool | None) -> bool:
        name = accounts.check_user_name(name)
        hashed = accounts.hash_password(password)
        with self.db.write() as conn:
            existing = admin.account(conn, name)
            if new is True and existing is not None:
                raise AccountExistsError("account '{name}' exists; reset its password instead",
                                         name=existing.name)
            if new is False and existing is None:
                raise NotFoundError("no user account named '{name}'", name=name)
            stored_name = existing.name if existing else name  # the first spelling stays
            admin.put_account(conn, stored_name, hashed, self.clock().isoformat())
            self._history(conn, "user add" if existing is None else "user password", None,
                          stored_name, None, None)
        return existing is None

    def remove_user(self, name: str) -> None:
        with self.db.write() as conn:
            if not admin.delete_account(conn, name):
                raise NotFoundError("no user account named '{name}'", name=name)
            self._history(conn, "user remove", None, name, None, None)

    def check_credentials(self, name: str, password: str) -> bool:
        with self.db.read() as conn:
            account = admin.account(conn, name)
        return accounts.verify_password(password, account.password_hash if account else None)

    # -- device inventory -------------------------------------------------------

    def record_sightings(self, batch: list[tuple[DeviceSighting, int]]) -> None:
        """Store what update checks told about devices, in one transaction."""
        with self.db.write(changes_catalog=False) as conn:
            for sighting, checks in batch:
                inventory_queries.record_sighting(conn, sighting, checks)

    def inventory(self, limit: int | None = None) -> list[InventoryEntry]:
        with self.db.read() as conn:
            return inventory_queries.inventory(conn, limit)

    def iter_inventory(self) -> Iterator[InventoryEntry]:
        """Every device, newest first, in one snapshot, read as it is consumed."""
        with self.db.read() as conn:
            yield from inventory_queries.iter_inventory(conn)

    def device_count(self) -> int:
        with self.db.read() as conn:
            return inventory_queries.device_count(conn)

    def devices_seen_since(self, hours: float) -> int:
        """How many phones checked in during the last *hours* hours (from the store)."""
        since = (self.clock() - timedelta(hours=hours)).isoformat()
        with self.db.read() as conn:
            return inventory_queries.devices_seen_since(conn, since)

    def remove_devices(self, keys: list[str]) -> int:
        """Forget inventory entries by key (:attr:`InventoryEntry.key`); returns how many."""
        with self.db.write(changes_catalog=False) as conn:
            removed = inventory_queries.delete_devices(conn, list(keys))
            inventory_queries.drop_unused_profiles(conn)
            if removed:
                self._history(conn, "devices remove", None, f"{removed} devices", None, None,
                              ", ".join(keys)[:2000])
        return removed

    def remove_devices_by_mac(self, macs: list[str]) -> int:
        """Forget the devices with these MAC addresses (any spelling); unknown ones are
        refused before anything is removed."""
        normalized = [normalize_mac(m) for m in macs]
        with self.db.write(changes_catalog=False) as conn:
            known = inventory_queries.known_macs(conn, normalized)
            missing = [given for given, mac in zip(macs, normalized, strict=True)
                       if mac not in known]
            if missing:
                raise NotFoundError("no device with MAC {macs} in the inventory; nothing was "
                                    "removed", macs=", ".join(missing))
            removed = sum(inventory_queries.delete_devices_by_mac(conn, m)
                          for m in dict.fromkeys(normalized))
            inventory_queries.drop_unused_profiles(conn)
            self._history(conn, "devices remove", None, f"{removed} devices", None, None,
                          ", ".join(normalized)[:2000])
        return removed

    def remove_devices_not_seen_for(self, days: int) -> int:
        """Forget every device that has not checked in for *days* days (1..3650)."""
        if not 1 <= days <= 3650:
            raise InvalidValueError("the number of days must be 1..3650, not {days}", days=days)
        before = (self.clock() - timedelta(days=days)).isoformat()
        with self.db.write(changes_catalog=False) as conn:
            removed = inventory_queries.delete_devices_seen_before(conn, before)
            inventory_queries.drop_unused_profiles(conn)
            if removed:
                self._history(conn, "devices remove", None,
                              f"not seen for {days} days", None, None,
                              f"{removed} devices removed")
        return removed

    def inventory_with_compliance(self) -> list[tuple[InventoryEntry, Compliance]]:
        """Every device with where it stands against today's rules (small inventories and
        tests; the console reads a window at a time through :meth:`list_devices`)."""
        with self.db.read() as conn:
            entries = inventory_queries.inventory(conn)
            rules = {r.key: r for r in rule_queries.all_rules(conn)}

        def rule_for(kind_key: str, update_type: str) -> UpdateRule | None:
            return rules.get((kind_key, update_type.casefold()))
        return [(e, compliance(e, rule_for)) for e in entries]

    # -- the console's window onto a large inventory ------------------------------------

    def device_view(self) -> DeviceView:
        """A private reader for one list of devices; close it when done."""
        return DeviceView(self.db.open_connection())

    def list_devices(self, view: DeviceView, query: DeviceQuery) -> DeviceListing:
        """Fill *view* with the devices *query* asks for, in its order. Compliance is
        worked out per profile (a few hundred in a fleet), so filtering and sorting by
        it run in SQL on profile ids."""
        states, size = _in_view(view, query, lambda chosen, order: view.build(
            chosen, query.sort, query.descending, order))
        return DeviceListing(query, size, states, view.builds)

    def list_head(self, view: DeviceView, query: DeviceQuery, count: int,
                  ) -> tuple[DeviceListing, list[ViewRow]] | None:
        """The first *count* devices :meth:`list_devices` will list, and how many, in a
        few milliseconds; None for a filter text, which reads every device anyway."""
        if query.text.strip() and query.field is SearchField.ANYWHERE:
            return None
        states, (rows, size) = _in_view(view, query, lambda chosen, order: view.head(
            chosen, query.sort, query.descending, order, count))
        return DeviceListing(query, size, states), rows

    def count_devices(self, kind_key: str | None = None) -> dict[Compliance, int]:
        """Every device of the inventory (or of one kind) counted per compliance state
        (one pass over the profile index: a quarter of a second at a million)."""
        with self.db.read() as conn:
            profiles = [p for p in inventory_queries.profiles(conn)
                        if kind_key is None or p.kind.key == kind_key]
            states = profile_states(profiles, rule_queries.all_rules(conn))
            figures = inventory_queries.profile_figures(conn)
        counts = dict.fromkeys(Compliance, 0)
        for pid, figure in figures.items():
            if pid in states:
                counts[states[pid]] += figure.devices
        return counts

    def device_window(self, view: DeviceView, start: int, count: int) -> list[ViewRow | None]:
        """The listed devices at positions start..start+count-1, as they are now."""
        with view.lock:
            return view.window(start, count)

    def device_keys(self, view: DeviceView, build: int,
                    ranges: Collection[tuple[int, int]]) -> list[str]:
        """The inventory keys of the devices at these (first, last) positions of the list
        *build*; refused when the list was made again since (the positions moved)."""
        with view.lock:
            if build != view.builds:
                raise ConflictError("the list of devices changed while you chose; nothing "
                                    "was removed. Select the devices again")
            return [key for first, last in ranges for key in view.keys_between(first, last)]

    def device_positions(self, view: DeviceView, device_ids: Collection[int]) -> list[int]:
        with view.lock:
            return view.positions(device_ids)

    def rollouts(self) -> dict[str, Rollout]:
        """Per rule: its kind's phones on the approved version, the pending one, something
        else, and the last check (one pass over the inventory's profile index)."""
        with self.db.read() as conn:
            rules = rule_queries.all_rules(conn)
            profiles = inventory_queries.profiles(conn)
            figures = {pid: (f.devices, f.last_seen)
                       for pid, f in inventory_queries.profile_figures(conn).items()}
        return rollouts(rules, profiles, figures)

    def what_would_device_get(self, kind: DeviceKind, mac: str | None, serial: str | None,
                              versions: dict[str, str]) -> list[tuple[str, Version, Offer]]:
        """The server's answer for such a device, per update type, with the reason.

        Uses the same decision as the device server (docs/protocol.md §5).
        """
        mac = normalize_mac(mac) if mac else None
        serial = normalize_serial(serial) if serial else None
        parsed = {check_name("UpdateType", t): Version.parse(v) for t, v in versions.items()}
        if not parsed:
            raise InvalidValueError("give at least one update type and the version it runs")
        with self.db.read() as conn:
            catalog = load_catalog(conn)  # what the device server decides from
        _, decided = offers_for(catalog, kind, mac, serial, parsed.items())
        return [(d.update_type, d.current, d.offer) for d in decided]

    def audit(self, limit: int = 10_000,
              buffered: list[str] | None = None) -> list[dict[str, str]]:
        """Newest audit lines first, as fields (docs/protocol.md §6.4); *buffered* are a running
        server's lines not yet on disk."""
        return read_audit(self.data_dir, limit, buffered)

    def device_logs_folder(self) -> Path:
        """Where uploaded device logs are kept (a folder per log type)."""
        return self.folder.device_logs

    def device_logs(self) -> list[DeviceLogFile]:
        """Uploaded device logs, newest first."""
        root = self.device_logs_folder()
        if not root.is_dir():
            return []
        found = [DeviceLogFile(p.parent.name, p, p.stat().st_size, p.stat().st_mtime)
                 for p in root.glob("*/*") if p.is_file()]
        return sorted(found, key=lambda f: f.modified, reverse=True)

    # -- clean-up -------------------------------------------------------------

    def clear_files(self) -> maintenance.ClearedFiles:
        """Delete every stored version no rule references (Clear-CsDeviceUpdateFile).

        The folders are removed while the write lock is held, so no import can
        commit in between and have a version it just recorded deleted.
        """
        with self.db.write() as conn:
            cleared = maintenance.forget_unreferenced(conn)
            known = {f.rel_dir for f in file_queries.all_files(conn)}
            known |= {final for moves in file_queries.journal(conn).values()
                      for _, final in moves}
            cleared = maintenance.remove_from_disk(self.files, cleared, known)
            self._history(conn, "clear-files", None, f"{len(cleared.versions)} versions",
                          None, None, ", ".join(cleared.versions) or None)
        return cleared

    def clear_logs(self, days_back: int) -> int:
        """Delete device logs and audit files older than *days_back* days (1..30)."""
        if not 1 <= days_back <= 30:
            raise InvalidValueError("--days-back must be 1..30, not {days}", days=days_back)
        removed = maintenance.remove_old_logs(self.folder.logs, days_back, self.clock())
        with self.db.write() as conn:
            self._history(conn, "clear-logs", None, f"older than {days_back} days", None,
                          None, f"{removed} files deleted")
        return removed


def _take_test_device(conn, name: str, scope: str | None) -> TestDevice:
    """Delete a test device inside the caller's transaction and return it."""
    scope = normalize_scope(scope)
    old = admin.test_device(conn, name, scope)
    if old is None:
        raise NotFoundError("no test device named '{name}' in scope {scope}", name=name,
                            scope=scope)
    admin.delete_test_device(conn, name, scope)
    return old


def _check_unique_device(conn, device: TestDevice) -> None:
    if admin.test_device(conn, device.name, device.scope):
        raise ConflictError("a test device named '{name}' already exists in scope {scope}",
                            name=device.name, scope=device.scope)
    other = admin.test_device_with_identifier(conn, device)
    if other:
        raise ConflictError("{identifier} is already test device '{other}' in scope {scope}",
                            identifier=device.identifier, other=other, scope=device.scope)


def _describe(device: TestDevice) -> str:
    return f"{device.identifier_type.value}={device.identifier} scope={device.scope}"


@dataclass(frozen=True)
class DeviceListing:
    """What :meth:`Services.list_devices` built: how many devices are listed, and each
    profile's state (for the rows read later)."""

    query: DeviceQuery
    size: int
    states: dict[int, Compliance]
    build: int = 0  # which list of the view this is (0: only its first rows, read ahead)


def _in_view(view: DeviceView, query: DeviceQuery, read: Callable[..., T],
             ) -> tuple[dict[int, Compliance], T]:
    """Decide each profile's state, turn *query* into SQL terms, and *read* with them
    (``read(chosen, profile_order)``), all in one snapshot of the store."""
    with view.snapshot() as conn:
        profiles = inventory_queries.profiles(conn)
        states = profile_states(profiles, rule_queries.all_rules(conn))
        return states, read(*_device_filter(query, profiles, states))


def _device_filter(query: DeviceQuery, profiles: list[DeviceProfile],
                   states: dict[int, Compliance],
                   ) -> tuple[DeviceFilter, list[int] | None]:
    """The SQL filter for *query*, and the profile order when it sorts by a profile's
    column (kind, versions, compliance, test device)."""
    allowed = [p for p in profiles
               if (query.state is None or states[p.profile_id] is query.state)
               and (query.kind_key is None or p.kind.key == query.kind_key)]
    restricted = query.state is not None or query.kind_key is not None
    text = query.text.strip()
    folded, as_mac, like_profiles, mac, user = None, None, frozenset(), None, None
    if text and query.field is SearchField.ANYWHERE:
        folded = text.casefold()
        as_mac = mac_spelling(folded)
        like_profiles = frozenset(
            p.profile_id for p in allowed
            if folded in str(p.kind).casefold()
            or folded in versions_summary(p.versions).casefold())
    elif text and query.field is SearchField.MAC_PREFIX:
        mac = mac_prefix(text)
        if mac is None:  # no MAC starts with that: nothing is listed
            allowed, restricted = [], True
    elif text:
        user = text
    chosen = DeviceFilter(frozenset(p.profile_id for p in allowed) if restricted else None,
                          folded, as_mac, like_profiles, mac or None, user)
    if not query.sort.of_profile:
        return chosen, None
    key = {
        DeviceColumn.KIND: lambda p: p.kind.key,
        DeviceColumn.VERSIONS: lambda p: versions_sort_key(p.versions),
        DeviceColumn.COMPLIANCE: lambda p: list(Compliance).index(states[p.profile_id]),
        DeviceColumn.TEST: lambda p: not p.is_test_device,
    }[query.sort]
    order = sorted(allowed, key=lambda p: (key(p), p.profile_id), reverse=query.descending)
    return chosen, [p.profile_id for p in order]


def _select(conn, selection: RuleFilter) -> tuple[list[UpdateRule], tuple[str, ...]]:
    if not selection.ids:
        return [r for r in rule_queries.all_rules(conn) if selection.matches(r)], ()
    chosen, unknown = [], []
    for given in selection.ids:
        rule = rule_queries.rule_by_id(conn, _guid_of(given))
        if rule is None:
            unknown.append(given)
        elif selection.matches(rule) and rule not in chosen:
            chosen.append(rule)
    return chosen, tuple(unknown)


def _guid_of(identity: str) -> str:
    """Accept a bare GUID or a full ``service:WebServer:<pool>/<GUID>`` identity."""
    return identity.rsplit("/", 1)[-1].strip()
