"""A read-mostly snapshot of what the device server needs on every request.

Rules, stored files, test devices and settings change rarely (an
administrator acts) but are read on every update check. The snapshot is
reloaded only when SQLite's ``PRAGMA data_version`` says another connection
committed, so a check costs no queries while nothing changes, and an
approval in the console reaches the very next check.
"""

from __future__ import annotations

import sqlite3
import threading
from collections import defaultdict
from dataclasses import dataclass

from app.domain.names import fold
from app.domain.rules import UpdateRule
from app.domain.settings import ServiceSettings
from app.domain.test_devices import TestDevice
from app.store import admin
from app.store import files as file_queries
from app.store import rules as rule_queries
from app.store.database import Database

FileKey = tuple[str, str, str]  # kind key, update type key, version


@dataclass(frozen=True)
class Catalog:
    rules: dict[tuple[str, str], UpdateRule]
    files: dict[FileKey, tuple[file_queries.StoredFile, ...]]
    test_devices: tuple[TestDevice, ...]
    settings: ServiceSettings
    accounts: dict[str, str]  # folded name -> stored password hash

    def password_hash(self, name: str) -> str | None:
        return self.accounts.get(fold(name))

    def rule(self, kind_key: str, update_type: str) -> UpdateRule | None:
        return self.rules.get((kind_key, fold(update_type)))

    def files_of(self, kind_key: str, update_type: str, version: str):
        return self.files.get((kind_key, fold(update_type), version), ())


def load_catalog(conn: sqlite3.Connection) -> Catalog:
    rules = {r.key: r for r in rule_queries.all_rules(conn)}
    grouped: dict[FileKey, list[file_queries.StoredFile]] = defaultdict(list)
    for stored in file_queries.all_files(conn):
        grouped[(stored.kind_key, stored.update_type_key, stored.version)].append(stored)
    return Catalog(rules, {k: tuple(v) for k, v in grouped.items()},
                   tuple(admin.test_devices(conn)),
                   ServiceSettings.from_texts(admin.setting_texts(conn)),
                   {fold(a.name): a.password_hash for a in admin.accounts(conn)})


class CatalogCache:
    """Thread-safe; one private connection used only to read."""

    def __init__(self, db: Database) -> None:
        self._conn = db.open_connection()
        self._lock = threading.Lock()
        self._version: int | None = None
        self._catalog: Catalog | None = None

    def current(self) -> Catalog:
        with self._lock:
            version = self._conn.execute("PRAGMA data_version").fetchone()[0]
            if self._catalog is None or version != self._version:
                self._conn.execute("BEGIN")
                try:
                    self._catalog = load_catalog(self._conn)
                finally:
                    self._conn.execute("COMMIT")
                self._version = version
            return self._catalog

    def close(self) -> None:
        self._conn.close()
