"""A read-mostly snapshot of what the device server needs on every request.

Rules, stored files, test devices, settings and accounts change rarely (an
administrator acts) but are read on every update check, so a check reads
them from memory and costs no query while nothing changes.
"""

from __future__ import annotations

import logging
import sqlite3
import threading
import time
from collections import defaultdict
from dataclasses import dataclass

from app.domain.errors import UserError
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

    @property
    def site(self) -> str | None:
        """This server's site: test devices of other sites get no pending versions."""
        return self.settings.site

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


log = logging.getLogger("ucupdates.catalog")
RETRY_S = 1.0


class CatalogCache:
    """The current catalog, cheap to ask for on every request.

    Changes made in this process are seen at once (the database's commit
    generation moves). On SQLite, changes by another process (the CLI beside a
    running server) are seen at the next :meth:`poll`, which the server's
    housekeeping runs twice a second, off the request path; on PostgreSQL
    the database announces them and the generation moves when it does.
    """

    def __init__(self, db: Database) -> None:
        self._db = db
        db.watch()
        self._conn = db.open_connection()
        self._lock = threading.Lock()
        self._data_version: int | None = None
        self._generation = -1
        self._catalog: Catalog | None = None
        self._retry_at = 0.0  # while the store cannot be read: when to try again

    def current(self) -> Catalog:
        """The newest catalog; while the store cannot be read, the last one loaded (phones
        keep their answers through a database outage), trying again every second."""
        catalog = self._catalog
        if catalog is not None and self._generation == self._db.generation:
            return catalog
        if catalog is not None and time.monotonic() < self._retry_at:
            return catalog
        try:
            self._reload()
        except UserError as exc:
            if catalog is None:
                raise
            if not self._retry_at:
                log.warning("serving the last catalog loaded: %s", exc)
            self._retry_at = time.monotonic() + RETRY_S
            return catalog
        if self._retry_at:
            log.info("the store answers again; the catalog is current")
            self._retry_at = 0.0
        return self._catalog

    def poll(self) -> None:
        """Reload if another connection committed since the last load."""
        with self._lock:
            version = self._db.outside_changes(self._conn)
        if version != self._data_version:
            self._reload()

    def _reload(self) -> None:
        with self._lock:
            generation = self._db.generation
            with self._db.reading(self._conn) as conn:
                self._data_version = self._db.outside_changes(conn)
                self._catalog = load_catalog(conn)
            self._generation = generation

    def close(self) -> None:
        with self._lock:
            self._conn.close()
