"""Queries on update rules."""

from __future__ import annotations

import sqlite3
from datetime import datetime

from app.domain.names import DeviceKind, fold
from app.domain.rules import UpdateRule
from app.domain.versions import parse_optional

_COLUMNS = """id, device_type, brand, model, revision, locale, update_type,
    approved_version, pending_version, restore_version, created_at, updated_at"""


def _rule(row: sqlite3.Row) -> UpdateRule:
    kind = DeviceKind(row["device_type"], row["brand"], row["model"], row["revision"],
                      row["locale"])
    return UpdateRule(
        id=row["id"], kind=kind, update_type=row["update_type"],
        approved=parse_optional(row["approved_version"]),
        pending=parse_optional(row["pending_version"]),
        restore=parse_optional(row["restore_version"]),
        created_at=datetime.fromisoformat(row["created_at"]),
        updated_at=datetime.fromisoformat(row["updated_at"]),
    )


def all_rules(conn: sqlite3.Connection) -> list[UpdateRule]:
    rows = conn.execute(
        f"SELECT {_COLUMNS} FROM rules ORDER BY brand COLLATE NOCASE, model COLLATE NOCASE, "
        "revision, locale, update_type"
    )
    return [_rule(r) for r in rows]


def rule_by_id(conn: sqlite3.Connection, rule_id: str) -> UpdateRule | None:
    row = conn.execute(f"SELECT {_COLUMNS} FROM rules WHERE id = :id COLLATE NOCASE",
                       {"id": rule_id}).fetchone()
    return _rule(row) if row else None


def rule_by_key(conn: sqlite3.Connection, kind: DeviceKind, update_type: str) -> UpdateRule | None:
    row = conn.execute(
        f"SELECT {_COLUMNS} FROM rules WHERE kind_key = :kind AND update_type_key = :type",
        {"kind": kind.key, "type": fold(update_type)},
    ).fetchone()
    return _rule(row) if row else None


def rules_for_kind(conn: sqlite3.Connection, kind: DeviceKind) -> list[UpdateRule]:
    rows = conn.execute(f"SELECT {_COLUMNS} FROM rules WHERE kind_key = :kind",
                        {"kind": kind.key})
    return [_rule(r) for r in rows]


def _params(rule: UpdateRule) -> dict[str, object]:
    return {
        "id": rule.id, "device_type": rule.kind.device_type, "brand": rule.kind.brand,
        "model": rule.kind.model, "revision": rule.kind.revision, "locale": rule.kind.locale,
        "kind_key": rule.kind.key, "update_type": rule.update_type,
        "update_type_key": fold(rule.update_type),
        "approved": _text(rule.approved), "pending": _text(rule.pending),
        "restore": _text(rule.restore),
        "created_at": rule.created_at.isoformat() if rule.created_at else None,
        "updated_at": rule.updated_at.isoformat() if rule.updated_at else None,
    }


def _text(version: object) -> str | None:
    return None if version is None else str(version)


def insert_rule(conn: sqlite3.Connection, rule: UpdateRule) -> None:
    conn.execute(
        """INSERT INTO rules (id, device_type, brand, model, revision, locale, kind_key,
               update_type, update_type_key, approved_version, pending_version,
               restore_version, created_at, updated_at)
           VALUES (:id, :device_type, :brand, :model, :revision, :locale, :kind_key,
               :update_type, :update_type_key, :approved, :pending, :restore,
               :created_at, :updated_at)""",
        _params(rule),
    )


def update_versions(conn: sqlite3.Connection, rule: UpdateRule) -> None:
    conn.execute(
        """UPDATE rules SET approved_version = :approved, pending_version = :pending,
               restore_version = :restore, updated_at = :updated_at WHERE id = :id""",
        _params(rule),
    )


def delete_rule(conn: sqlite3.Connection, rule_id: str) -> None:
    conn.execute("DELETE FROM rules WHERE id = :id", {"id": rule_id})
