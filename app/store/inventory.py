"""Queries on the device inventory: devices, the profiles they share, and the console's
window onto them (:class:`DeviceView`)."""

from __future__ import annotations

import json
import sqlite3
import threading
from collections.abc import Iterable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass

from app.domain.inventory import (
    DeviceColumn,
    DeviceProfile,
    DeviceSighting,
    InventoryEntry,
    address_sort_key,
    search_text,
)
from app.domain.names import DeviceKind
from app.store.dialect import is_postgres, stream

_DEVICE = """d.device_id, d.device_key, d.mac, d.serial, d.first_seen, d.last_seen, d.address,
    d.user_id, d.external, d.checks, d.profile_id"""
_PROFILE = """p.device_type, p.brand, p.model, p.revision, p.locale, p.versions,
    p.is_test_device, p.last_offer"""
_FROM = "devices d JOIN device_profiles p ON p.profile_id = d.profile_id"


def canonical_versions(text: str) -> str:
    """The stored spelling of a versions map (JSON, keys sorted)."""
    return json.dumps(json.loads(text), sort_keys=True)


def _kind(row: sqlite3.Row) -> DeviceKind:
    return DeviceKind(row["device_type"], row["brand"], row["model"], row["revision"],
                      row["locale"])


def _entry(row: sqlite3.Row) -> InventoryEntry:
    return InventoryEntry(_kind(row), row["mac"], row["serial"], json.loads(row["versions"]),
                          row["first_seen"], row["last_seen"], row["address"], row["user_id"],
                          bool(row["external"]), row["last_offer"] or None,
                          bool(row["is_test_device"]), row["checks"])


# -- writing ----------------------------------------------------------------------------


def _existing(conn: sqlite3.Connection, sighting: DeviceSighting) -> sqlite3.Row | None:
    """The device's entry: by MAC when it reports one, else by serial."""
    query = f"SELECT {_DEVICE}, p.versions FROM {_FROM} WHERE "
    if sighting.mac:
        row = conn.execute(query + "d.device_key = :key", {"key": sighting.key}).fetchone()
        if row is not None or not sighting.serial:
            return row
        # first seen by serial only, now with a MAC: the same phone
        return conn.execute(query + "d.mac IS NULL AND d.serial = :serial COLLATE NOCASE",
                            {"serial": sighting.serial}).fetchone()
    return conn.execute(query + "d.serial = :serial COLLATE NOCASE ORDER BY d.last_seen DESC "
                        "LIMIT 1", {"serial": sighting.serial}).fetchone()


def profile_id(conn: sqlite3.Connection, kind: DeviceKind, versions: dict[str, str],
               is_test_device: bool, offer: str | None) -> int:
    """The profile these facts make, added when new."""
    values = {"device_type": kind.device_type, "brand": kind.brand, "model": kind.model,
              "revision": kind.revision, "locale": kind.locale, "kind_key": kind.key,
              "versions": json.dumps(versions, sort_keys=True),
              "is_test": int(is_test_device), "offer": offer or ""}
    found = conn.execute(
        "SELECT profile_id FROM device_profiles WHERE kind_key = :kind_key AND "
        "versions = :versions AND is_test_device = :is_test AND last_offer = :offer",
        values).fetchone()
    if found is not None:
        return found[0]
    return conn.execute(
        """INSERT INTO device_profiles (device_type, brand, model, revision, locale, kind_key,
               versions, is_test_device, last_offer)
           VALUES (:device_type, :brand, :model, :revision, :locale, :kind_key, :versions,
               :is_test, :offer) RETURNING profile_id""", values).fetchone()[0]


def record_sighting(conn: sqlite3.Connection, sighting: DeviceSighting, checks: int = 1) -> None:
    """Insert or update the device's one inventory entry (keeping its device_id).

    A sighting older than the entry (another pool member's batch that arrived later)
    only counts its checks: what the device reported last stays."""
    old = _existing(conn, sighting)
    if old is not None and old["last_seen"] > sighting.seen_at:
        conn.execute("UPDATE devices SET checks = checks + :checks, first_seen = "
                     "CASE WHEN first_seen > :seen THEN :seen ELSE first_seen END "
                     "WHERE device_id = :device_id",
                     {"checks": checks, "seen": sighting.seen_at,
                      "device_id": old["device_id"]})
        return
    versions = {**(json.loads(old["versions"]) if old else {}), **sighting.versions}
    values = {
        "key": sighting.key if sighting.mac or old is None else old["device_key"],
        "mac": sighting.mac or (old["mac"] if old else None),
        "serial": sighting.serial or (old["serial"] if old else None),
        "profile": profile_id(conn, sighting.kind, versions, sighting.is_test_device,
                              sighting.offer),
        "first_seen": old["first_seen"] if old else sighting.seen_at,
        "last_seen": sighting.seen_at, "address": sighting.address,
        "address_key": address_sort_key(sighting.address),
        "user_id": sighting.user_id or (old["user_id"] if old else None),
        "external": int(sighting.external), "checks": (old["checks"] if old else 0) + checks,
        "device_id": old["device_id"] if old else None,
    }
    values["search"] = search_text(values["mac"], values["serial"], values["address"],
                                   values["user_id"])
    if old is None:
        conn.execute(
            """INSERT INTO devices (device_key, mac, serial, profile_id, first_seen, last_seen,
                   address, address_key, user_id, external, checks, search)
               VALUES (:key, :mac, :serial, :profile, :first_seen, :last_seen, :address,
                   :address_key, :user_id, :external, :checks, :search)""", values)
    else:
        conn.execute(
            """UPDATE devices SET device_key = :key, mac = :mac, serial = :serial,
                   profile_id = :profile, last_seen = :last_seen, address = :address,
                   address_key = :address_key, user_id = :user_id, external = :external,
                   checks = :checks, search = :search
               WHERE device_id = :device_id""", values)


# -- reading ----------------------------------------------------------------------------


def inventory(conn: sqlite3.Connection, limit: int | None = None) -> list[InventoryEntry]:
    query = f"SELECT {_DEVICE}, {_PROFILE} FROM {_FROM} ORDER BY d.last_seen DESC"
    if limit is not None:
        return [_entry(r) for r in conn.execute(query + " LIMIT :limit", {"limit": limit})]
    return [_entry(r) for r in conn.execute(query)]


def iter_inventory(conn: sqlite3.Connection) -> Iterator[InventoryEntry]:
    """Every device, newest first, read as it is consumed (a million do not fit in memory
    as entries)."""
    for row in stream(conn, f"SELECT {_DEVICE}, {_PROFILE} FROM {_FROM} "
                            f"ORDER BY d.last_seen DESC"):
        yield _entry(row)


def device_count(conn: sqlite3.Connection) -> int:
    return conn.execute("SELECT COUNT(*) FROM devices").fetchone()[0]


def profiles(conn: sqlite3.Connection) -> list[DeviceProfile]:
    return [DeviceProfile(r["profile_id"], _kind(r), json.loads(r["versions"]),
                          bool(r["is_test_device"]), r["last_offer"] or None)
            for r in conn.execute("SELECT profile_id, device_type, brand, model, revision, "
                                  "locale, versions, is_test_device, last_offer "
                                  "FROM device_profiles")]


@dataclass(frozen=True)
class ProfileFigures:
    devices: int
    last_seen: str


def profile_figures(conn: sqlite3.Connection) -> dict[int, ProfileFigures]:
    """Devices per profile and the last check among them (one pass over an index)."""
    return {r[0]: ProfileFigures(r[1], r[2]) for r in conn.execute(
        "SELECT profile_id, COUNT(*), MAX(last_seen) FROM devices GROUP BY profile_id")}


def devices_seen_since(conn: sqlite3.Connection, since: str) -> int:
    """How many devices checked in at or after *since* (ISO 8601 UTC)."""
    return conn.execute("SELECT COUNT(*) FROM devices WHERE last_seen >= :since",
                        {"since": since}).fetchone()[0]


def known_macs(conn: sqlite3.Connection, macs: list[str]) -> set[str]:
    """Which of *macs* (normalized) the inventory holds."""
    return {mac for mac in macs if conn.execute(
        "SELECT 1 FROM devices WHERE mac = :mac LIMIT 1", {"mac": mac}).fetchone()}


# -- removing ---------------------------------------------------------------------------


def delete_devices(conn: sqlite3.Connection, keys: list[str]) -> int:
    """Forget the devices with these inventory keys; returns how many were removed."""
    removed = 0
    for key in keys:
        removed += conn.execute("DELETE FROM devices WHERE device_key = :key",
                                {"key": key}).rowcount
    return removed


def delete_devices_by_mac(conn: sqlite3.Connection, mac: str) -> int:
    return conn.execute("DELETE FROM devices WHERE mac = :mac", {"mac": mac}).rowcount


def delete_devices_seen_before(conn: sqlite3.Connection, before: str) -> int:
    """Forget every device whose last check was before *before* (ISO 8601 UTC)."""
    return conn.execute("DELETE FROM devices WHERE last_seen < :before",
                        {"before": before}).rowcount


def drop_unused_profiles(conn: sqlite3.Connection) -> None:
    conn.execute("DELETE FROM device_profiles WHERE profile_id NOT IN "
                 "(SELECT DISTINCT profile_id FROM devices)")


# -- the console's window onto the inventory ----------------------------------------------

_SORTED_BY = {
    DeviceColumn.MAC: "d.mac", DeviceColumn.SERIAL: "d.serial COLLATE NOCASE",
    DeviceColumn.LAST_SEEN: "d.last_seen", DeviceColumn.ADDRESS: "d.address_key",
    DeviceColumn.USER: "d.user_id", DeviceColumn.NETWORK: "d.external",
}


@dataclass(frozen=True)
class DeviceFilter:
    """The SQL side of a DeviceQuery: what the services worked out from profiles."""

    profiles: frozenset[int] | None = None  # only these profiles (None: any)
    text: str | None = None  # casefolded text in MAC, serial, address or user ...
    text_as_mac: str | None = None  # ... or the text as the inventory spells a MAC ...
    like_profiles: frozenset[int] = frozenset()  # ... or one of these profiles
    mac_prefix: str | None = None
    user_prefix: str | None = None


class ViewRow:
    """One listed device: its ids at once, its entry when first asked for.

    A window is read on a worker and painted on the GUI thread; building
    each entry (JSON, kind, …) where it is painted keeps the worker's share
    of the interpreter lock small while the window paints.
    """

    __slots__ = ("_row", "_entry", "device_id", "profile_id")

    def __init__(self, row: sqlite3.Row) -> None:
        self._row, self._entry = row, None
        self.device_id, self.profile_id = row["device_id"], row["profile_id"]

    @property
    def entry(self) -> InventoryEntry:
        if self._entry is None:
            self._entry = _entry(self._row)
        return self._entry

    def __eq__(self, other: object) -> bool:
        return isinstance(other, ViewRow) and tuple(self._row) == tuple(other._row)

    def __hash__(self) -> int:
        return hash(tuple(self._row))


def _order(chosen: DeviceFilter, sort: DeviceColumn, descending: bool,
           sqlite: bool = True) -> str:
    """ORDER BY for a device column. Ties follow the column's index, (column, device_id)
    or for the network (external, last seen), so that SQLite walks the index and never
    sorts; with a filter text every row is looked at anyway, so the matches are sorted
    (a unary + keeps SQLite from walking the index to visit a million rows at random;
    PostgreSQL's planner weighs that itself)."""
    order = "DESC" if descending else "ASC"
    ties = "d.last_seen" if sort is DeviceColumn.NETWORK else "d.device_id"
    if not sqlite:  # SQLite lists no value (NULL) first, and last when descending
        return f"{_SORTED_BY[sort]} {order} NULLS {'LAST' if descending else 'FIRST'}, " \
               f"{ties} {order}"
    scan = "+" if chosen.text is not None else ""
    return f"{scan}{_SORTED_BY[sort]} {order}, {scan}{ties} {order}"


def _profile_order(chosen: DeviceFilter, sqlite: bool = True) -> str:
    return "+d.last_seen DESC" if chosen.text is not None and sqlite else "d.last_seen DESC"


class DeviceView:
    """An ordered, filtered list of device ids on a private connection, read a window
    at a time: the list lives in a TEMP table whose row numbers are the positions.

    One reader uses it (the Devices tab or a rule's phones); a lock keeps its
    worker calls in turn.
    """

    def __init__(self, conn: sqlite3.Connection) -> None:
        self.conn = conn
        self.lock = threading.Lock()
        self.sqlite = not is_postgres(conn)
        if self.sqlite:
            # the list of a million ids is built several times faster in memory (20 MB)
            conn.execute("PRAGMA temp_store = MEMORY")
            conn.execute("CREATE TEMP TABLE IF NOT EXISTS device_view "
                         "(position INTEGER PRIMARY KEY, device_id INTEGER NOT NULL)")
        else:  # positions number the rows as inserted, from 1 after each TRUNCATE
            conn.execute("CREATE TEMP TABLE IF NOT EXISTS device_view "
                         "(position BIGINT GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY, "
                         "device_id BIGINT NOT NULL)")
        conn.execute("CREATE TEMP TABLE IF NOT EXISTS view_profiles "
                     "(profile_id INTEGER PRIMARY KEY)")
        conn.execute("CREATE TEMP TABLE IF NOT EXISTS like_profiles "
                     "(profile_id INTEGER PRIMARY KEY)")
        self.size = 0
        self.builds = 0  # lists made so far: positions read later must be of the same one

    def close(self) -> None:
        with self.lock:
            self.conn.close()

    @contextmanager
    def snapshot(self) -> Iterator[sqlite3.Connection]:
        """This view's connection, to itself and in one read transaction, for deciding
        what to list and listing it."""
        with self.lock:
            if self.sqlite:
                self.conn.execute("BEGIN")
            else:
                self.conn.begin_read()
            try:
                yield self.conn
            finally:
                self.conn.execute("COMMIT")

    def build(self, chosen: DeviceFilter, sort: DeviceColumn, descending: bool,
              profile_order: Sequence[int] | None = None) -> int:
        """List the devices *chosen* picks, sorted; returns how many. A sort by a
        profile's column comes as *profile_order*: the profiles in that order, each
        one's devices newest first."""
        conn = self.conn
        conn.execute("DELETE FROM temp.device_view" if self.sqlite
                     else "TRUNCATE temp.device_view RESTART IDENTITY")
        where, params = self._where(chosen)
        if profile_order is not None:
            for pid in profile_order:
                conn.execute(
                    f"INSERT INTO temp.device_view (device_id) SELECT d.device_id "
                    f"FROM devices d WHERE d.profile_id = :pid AND {where} "
                    f"ORDER BY {_profile_order(chosen, self.sqlite)}", {**params, "pid": pid})
        else:
            order = _order(chosen, sort, descending, self.sqlite)
            conn.execute(f"INSERT INTO temp.device_view (device_id) SELECT d.device_id "
                         f"FROM devices d WHERE {where} ORDER BY {order}", params)
        self.size = conn.execute("SELECT max(position) FROM temp.device_view").fetchone()[0] or 0
        self.builds += 1
        return self.size

    def head(self, chosen: DeviceFilter, sort: DeviceColumn, descending: bool,
             profile_order: Sequence[int] | None, count: int) -> tuple[list[ViewRow], int]:
        """The first *count* devices :meth:`build` would list, and how many it would list,
        read straight from the indexes in a few milliseconds: what the console shows
        while the whole list is made. Not for a filter text (that reads every row)."""
        conn = self.conn
        where, params = self._where(chosen)
        select = (f"SELECT {_DEVICE}, {_PROFILE} FROM {_FROM} WHERE {where}")
        rows: list[sqlite3.Row] = []
        if profile_order is not None:
            for pid in profile_order:
                rows += conn.execute(f"{select} AND d.profile_id = :pid ORDER BY d.last_seen "
                                     f"DESC LIMIT :n", {**params, "pid": pid,
                                                        "n": count - len(rows)}).fetchall()
                if len(rows) >= count:
                    break
        else:
            order = _order(chosen, sort, descending, self.sqlite)
            rows = conn.execute(f"{select} ORDER BY {order} LIMIT :n",
                                {**params, "n": count}).fetchall()
        total = conn.execute(f"SELECT COUNT(*) FROM devices d WHERE {where}",
                             params).fetchone()[0]
        return [ViewRow(r) for r in rows], total

    def _where(self, chosen: DeviceFilter) -> tuple[str, dict]:
        conn, terms, params = self.conn, ["1 = 1"], {}
        conn.execute("DELETE FROM temp.view_profiles")
        conn.execute("DELETE FROM temp.like_profiles")
        if chosen.profiles is not None:
            conn.executemany("INSERT INTO temp.view_profiles VALUES (?)",
                             [(p,) for p in chosen.profiles])
            terms.append("d.profile_id IN (SELECT profile_id FROM temp.view_profiles)")
        if chosen.text is not None:
            conn.executemany("INSERT INTO temp.like_profiles VALUES (?)",
                             [(p,) for p in chosen.like_profiles])
            params["text"], params["as_mac"] = chosen.text, chosen.text_as_mac or chosen.text
            terms.append("(instr(d.search, :text) > 0 OR instr(d.search, :as_mac) > 0"
                         " OR d.profile_id IN (SELECT profile_id FROM temp.like_profiles))")
        if chosen.mac_prefix is not None:
            params["mac_low"], params["mac_high"] = chosen.mac_prefix, chosen.mac_prefix + "G"
            terms.append("d.mac >= :mac_low AND d.mac < :mac_high")  # 0-9, A-F, - sort below G
        if chosen.user_prefix is not None:
            params["user"] = like_escaped(chosen.user_prefix) + "%"
            # SQLite's LIKE ignores case; PostgreSQL's ILIKE does, under a plain collation
            like = "d.user_id LIKE" if self.sqlite else 'd.user_id COLLATE "C" ILIKE'
            terms.append(f"{like} :user ESCAPE '\\'")
        return " AND ".join(terms), params

    def window(self, start: int, count: int) -> list[ViewRow | None]:
        """The devices at positions start..start+count-1 (None: removed meanwhile)."""
        rows = self.conn.execute(
            f"SELECT v.position, {_DEVICE}, {_PROFILE} FROM temp.device_view v "
            f"LEFT JOIN devices d ON d.device_id = v.device_id "
            f"LEFT JOIN device_profiles p ON p.profile_id = d.profile_id "
            f"WHERE v.position BETWEEN :first AND :last ORDER BY v.position",
            {"first": start + 1, "last": start + count}).fetchall()
        return [ViewRow(r) if r["device_id"] is not None else None for r in rows]

    def keys_between(self, first: int, last: int) -> list[str]:
        """The inventory keys of the devices at positions first..last (0-based)."""
        return [r[0] for r in self.conn.execute(
            "SELECT d.device_key FROM temp.device_view v JOIN devices d "
            "ON d.device_id = v.device_id WHERE v.position BETWEEN :first AND :last",
            {"first": first + 1, "last": last + 1})]

    def positions(self, device_ids: Iterable[int]) -> list[int]:
        """Where these devices are listed now (0-based; those no longer listed left out)."""
        wanted = list(device_ids)
        found: list[int] = []
        for first in range(0, len(wanted), 500):
            chunk = wanted[first:first + 500]
            found += [r[0] - 1 for r in self.conn.execute(
                f"SELECT position FROM temp.device_view WHERE device_id IN "
                f"({','.join('?' * len(chunk))})", chunk)]
        return sorted(found)


def like_escaped(text: str) -> str:
    return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
