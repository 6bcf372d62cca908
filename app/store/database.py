"""The one place that opens the SQLite store: connections, migrations, transactions.

Every connection runs in WAL mode with a generous busy timeout, and every
write happens inside ``BEGIN IMMEDIATE`` so that two processes (the console
and a headless server) queue for the write lock instead of failing half-way.
"""

from __future__ import annotations

import sqlite3
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from app.domain.errors import StoreBusyError, UserError
from app.store.schema import MIGRATIONS

BUSY_TIMEOUT_MS = 30_000


class StoreError(UserError):
    """The store cannot be opened or is newer than this program."""


class Database:
    """A SQLite store at *path*; one connection per thread, opened on demand."""

    def __init__(self, path: Path) -> None:
        self.path = Path(path)
        self._local = threading.local()
        self._all: list[sqlite3.Connection] = []
        self._lock = threading.Lock()
        self.generation = 0
        with self.write() as conn:
            _migrate(conn)

    def open_connection(self) -> sqlite3.Connection:
        """A private connection for a long-lived reader; the caller closes it."""
        return _open(self.path)

    def connection(self) -> sqlite3.Connection:
        conn = getattr(self._local, "conn", None)
        if conn is None:
            conn = _open(self.path)
            self._local.conn = conn
            with self._lock:
                self._all.append(conn)
        return conn

    @contextmanager
    def read(self) -> Iterator[sqlite3.Connection]:
        """A consistent snapshot for several queries."""
        conn = self.connection()
        if conn.in_transaction:  # nested inside a write: reuse it
            yield conn
            return
        with _busy_as_user_error():
            conn.execute("BEGIN DEFERRED")
        try:
            yield conn
        finally:
            conn.execute("COMMIT")

    @contextmanager
    def write(self, changes_catalog: bool = True) -> Iterator[sqlite3.Connection]:
        """One write transaction: committed on success, rolled back on any error.

        Each commit that may change what the device server answers (anything
        but the inventory: pass ``changes_catalog=False``) bumps
        :attr:`generation`, so in-process readers see it without a query.
        """
        conn = self.connection()
        with _busy_as_user_error():
            conn.execute("BEGIN IMMEDIATE")
        try:
            yield conn
        except BaseException:
            conn.execute("ROLLBACK")
            raise
        with _busy_as_user_error():
            conn.execute("COMMIT")
        if changes_catalog:
            self.generation += 1

    def close(self) -> None:
        with self._lock:
            for conn in self._all:
                conn.close()
            self._all.clear()
        self._local = threading.local()


def _open(path: Path) -> sqlite3.Connection:
    try:
        conn = sqlite3.connect(path, isolation_level=None, check_same_thread=False,
                               timeout=BUSY_TIMEOUT_MS / 1000)
        conn.row_factory = sqlite3.Row
        conn.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
        with _busy_as_user_error():
            _enable_wal(conn)
        conn.execute("PRAGMA synchronous = FULL")
        conn.execute("PRAGMA foreign_keys = ON")
    except sqlite3.DatabaseError as exc:
        raise StoreError(f"cannot open the store {path}: {exc}") from None
    return conn


def _enable_wal(conn: sqlite3.Connection) -> None:
    """Switch to WAL mode, waiting as long as for any lock.

    SQLite answers "database is locked" at once, without the busy timeout, when
    two processes create the same new store together: retry until the timeout.
    """
    deadline = time.monotonic() + BUSY_TIMEOUT_MS / 1000
    while True:
        try:
            conn.execute("PRAGMA journal_mode = WAL")
            return
        except sqlite3.OperationalError as exc:
            if not ("locked" in str(exc) or "busy" in str(exc)) or time.monotonic() > deadline:
                raise
        time.sleep(0.01)


@contextmanager
def _busy_as_user_error() -> Iterator[None]:
    try:
        yield
    except sqlite3.OperationalError as exc:
        if "locked" in str(exc) or "busy" in str(exc):
            raise StoreBusyError(
                "the store is busy: another ucupdates process kept it locked for "
                f"{BUSY_TIMEOUT_MS // 1000} s; try again"
            ) from None
        raise


def _migrate(conn: sqlite3.Connection) -> None:
    current = conn.execute("PRAGMA user_version").fetchone()[0]
    if current > len(MIGRATIONS):
        raise StoreError(
            f"the store was written by a newer ucupdates (schema {current}, this program "
            f"knows {len(MIGRATIONS)}); upgrade ucupdates"
        )
    for number, script in enumerate(MIGRATIONS[current:], start=current + 1):
        for statement in script.split(";\n"):
            if statement.strip():
                conn.execute(statement)
        conn.execute(f"PRAGMA user_version = {number}")
