"""Queries on the device inventory."""

from __future__ import annotations

import json
import sqlite3

from app.domain.inventory import DeviceSighting, InventoryEntry
from app.domain.names import DeviceKind

_COLUMNS = """device_key, mac, serial, device_type, brand, model, revision, locale, versions,
    first_seen, last_seen, address, user_id, external, last_offer, is_test_device, checks"""


def _entry(row: sqlite3.Row) -> InventoryEntry:
    kind = DeviceKind(row["device_type"], row["brand"], row["model"], row["revision"],
                      row["locale"])
    return InventoryEntry(kind, row["mac"], row["serial"], json.loads(row["versions"]),
                          row["first_seen"], row["last_seen"], row["address"], row["user_id"],
                          bool(row["external"]), row["last_offer"], bool(row["is_test_device"]),
                          row["checks"])


def _existing(conn: sqlite3.Connection, sighting: DeviceSighting) -> sqlite3.Row | None:
    """The device's entry: by MAC when it reports one, else by serial."""
    if sighting.mac:
        row = conn.execute(f"SELECT {_COLUMNS} FROM devices WHERE device_key = :key",
                           {"key": sighting.key}).fetchone()
        if row is not None or not sighting.serial:
            return row
        # first seen by serial only, now with a MAC: the same phone
        return conn.execute(
            f"SELECT {_COLUMNS} FROM devices WHERE mac IS NULL AND serial = :serial "
            "COLLATE NOCASE", {"serial": sighting.serial}).fetchone()
    return conn.execute(
        f"SELECT {_COLUMNS} FROM devices WHERE serial = :serial COLLATE NOCASE "
        "ORDER BY last_seen DESC LIMIT 1", {"serial": sighting.serial}).fetchone()


def record_sighting(conn: sqlite3.Connection, sighting: DeviceSighting, checks: int = 1) -> None:
    """Insert or update the device's one inventory entry."""
    old = _existing(conn, sighting)
    versions = {**(json.loads(old["versions"]) if old else {}), **sighting.versions}
    if old is not None:
        conn.execute("DELETE FROM devices WHERE device_key = :key", {"key": old["device_key"]})
    k = sighting.kind
    conn.execute(
        f"""INSERT INTO devices ({_COLUMNS}, kind_key)
           VALUES (:key, :mac, :serial, :device_type, :brand, :model, :revision, :locale,
               :versions, :first_seen, :last_seen, :address, :user_id, :external, :offer,
               :is_test, :checks, :kind_key)""",
        {"key": sighting.key if sighting.mac or old is None else old["device_key"],
         "mac": sighting.mac or (old["mac"] if old else None),
         "serial": sighting.serial or (old["serial"] if old else None),
         "device_type": k.device_type, "brand": k.brand, "model": k.model,
         "revision": k.revision, "locale": k.locale, "versions": json.dumps(versions),
         "first_seen": old["first_seen"] if old else sighting.seen_at,
         "last_seen": sighting.seen_at, "address": sighting.address,
         "user_id": sighting.user_id or (old["user_id"] if old else None),
         "external": int(sighting.external), "offer": sighting.offer,
         "is_test": int(sighting.is_test_device), "checks": (old["checks"] if old else 0) + checks,
         "kind_key": k.key},
    )


def inventory(conn: sqlite3.Connection, limit: int | None = None) -> list[InventoryEntry]:
    query = f"SELECT {_COLUMNS} FROM devices ORDER BY last_seen DESC"
    if limit is not None:
        return [_entry(r) for r in conn.execute(query + " LIMIT :limit", {"limit": limit})]
    return [_entry(r) for r in conn.execute(query)]


def device_count(conn: sqlite3.Connection) -> int:
    return conn.execute("SELECT COUNT(*) FROM devices").fetchone()[0]


def delete_devices(conn: sqlite3.Connection, keys: list[str]) -> int:
    """Forget the devices with these inventory keys; returns how many were removed."""
    removed = 0
    for key in keys:
        removed += conn.execute("DELETE FROM devices WHERE device_key = :key",
                                {"key": key}).rowcount
    return removed


def known_macs(conn: sqlite3.Connection, macs: list[str]) -> set[str]:
    """Which of *macs* (normalized) the inventory holds."""
    return {mac for mac in macs if conn.execute(
        "SELECT 1 FROM devices WHERE mac = :mac LIMIT 1", {"mac": mac}).fetchone()}


def delete_devices_by_mac(conn: sqlite3.Connection, mac: str) -> int:
    return conn.execute("DELETE FROM devices WHERE mac = :mac", {"mac": mac}).rowcount


def delete_devices_seen_before(conn: sqlite3.Connection, before: str) -> int:
    """Forget every device whose last check was before *before* (ISO 8601 UTC)."""
    return conn.execute("DELETE FROM devices WHERE last_seen < :before",
                        {"before": before}).rowcount


def devices_seen_since(conn: sqlite3.Connection, since: str) -> int:
    """How many devices checked in at or after *since* (ISO 8601 UTC)."""
    return conn.execute("SELECT COUNT(*) FROM devices WHERE last_seen >= :since",
                        {"since": since}).fetchone()[0]
