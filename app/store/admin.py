"""Queries on test devices, settings, user accounts and the action history."""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass

from app.domain.names import fold
from app.domain.test_devices import IdentifierType, TestDevice


def test_devices(conn: sqlite3.Connection) -> list[TestDevice]:
    rows = conn.execute(
        "SELECT name, identifier_type, identifier, scope FROM test_devices "
        "ORDER BY scope_key, name_key"
    )
    return [TestDevice(r[0], IdentifierType(r[1]), r[2], r[3]) for r in rows]


def test_device(conn: sqlite3.Connection, name: str, scope: str) -> TestDevice | None:
    row = conn.execute(
        "SELECT name, identifier_type, identifier, scope FROM test_devices "
        "WHERE name_key = :name AND scope_key = :scope",
        {"name": fold(name), "scope": fold(scope)},
    ).fetchone()
    return TestDevice(row[0], IdentifierType(row[1]), row[2], row[3]) if row else None


def test_device_with_identifier(conn: sqlite3.Connection, device: TestDevice) -> str | None:
    row = conn.execute(
        "SELECT name FROM test_devices WHERE scope_key = :scope AND identifier_type = :type "
        "AND identifier_key = :ident",
        {"scope": fold(device.scope), "type": device.identifier_type.value,
         "ident": fold(device.identifier)},
    ).fetchone()
    return row[0] if row else None


def insert_test_device(conn: sqlite3.Connection, device: TestDevice) -> None:
    conn.execute(
        """INSERT INTO test_devices (name, name_key, identifier_type, identifier,
               identifier_key, scope, scope_key)
           VALUES (:name, :name_key, :type, :ident, :ident_key, :scope, :scope_key)""",
        {"name": device.name, "name_key": fold(device.name),
         "type": device.identifier_type.value, "ident": device.identifier,
         "ident_key": fold(device.identifier), "scope": device.scope,
         "scope_key": fold(device.scope)},
    )


def delete_test_device(conn: sqlite3.Connection, name: str, scope: str) -> int:
    cur = conn.execute("DELETE FROM test_devices WHERE name_key = :name AND scope_key = :scope",
                       {"name": fold(name), "scope": fold(scope)})
    return cur.rowcount


def setting_texts(conn: sqlite3.Connection) -> dict[str, str]:
    return {r[0]: r[1] for r in conn.execute("SELECT name, value FROM settings")}


def put_setting(conn: sqlite3.Connection, name: str, value: str) -> None:
    conn.execute(
        "INSERT INTO settings (name, value) VALUES (:name, :value) "
        "ON CONFLICT (name) DO UPDATE SET value = excluded.value",
        {"name": name, "value": value},
    )


@dataclass(frozen=True)
class Account:
    name: str
    password_hash: str
    created_at: str
    updated_at: str


def accounts(conn: sqlite3.Connection) -> list[Account]:
    rows = conn.execute("SELECT name, password_hash, created_at, updated_at FROM users "
                        "ORDER BY name_key")
    return [Account(*r) for r in rows]


def account(conn: sqlite3.Connection, name: str) -> Account | None:
    row = conn.execute("SELECT name, password_hash, created_at, updated_at FROM users "
                       "WHERE name_key = :key", {"key": fold(name)}).fetchone()
    return Account(*row) if row else None


def put_account(conn: sqlite3.Connection, name: str, password_hash: str, now: str) -> None:
    conn.execute(
        """INSERT INTO users (name_key, name, password_hash, created_at, updated_at)
           VALUES (:key, :name, :hash, :now, :now)
           ON CONFLICT (name_key) DO UPDATE SET password_hash = excluded.password_hash,
               updated_at = excluded.updated_at""",
        {"key": fold(name), "name": name, "hash": password_hash, "now": now},
    )


def delete_account(conn: sqlite3.Connection, name: str) -> int:
    return conn.execute("DELETE FROM users WHERE name_key = :key", {"key": fold(name)}).rowcount


@dataclass(frozen=True)
class HistoryEntry:
    at: str
    os_user: str
    action: str
    rule_id: str | None
    subject: str
    before: str | None
    after: str | None
    detail: str | None


def add_history(conn: sqlite3.Connection, entry: HistoryEntry) -> None:
    conn.execute(
        """INSERT INTO history (at, os_user, action, rule_id, subject, before, after, detail)
           VALUES (:at, :os_user, :action, :rule_id, :subject, :before, :after, :detail)""",
        entry.__dict__,
    )


def history(conn: sqlite3.Connection, limit: int = 1000) -> list[HistoryEntry]:
    rows = conn.execute(
        "SELECT at, os_user, action, rule_id, subject, before, after, detail FROM history "
        "ORDER BY id DESC LIMIT :limit", {"limit": limit})
    return [HistoryEntry(*r) for r in rows]
