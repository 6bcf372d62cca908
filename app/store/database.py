"""The one place that opens the SQLite store: connections, migrations, transactions.

Every connection runs in WAL mode with a generous busy timeout, and every
write happens inside ``BEGIN IMMEDIATE`` so that two processes (the console
and a headless server) queue for the write lock instead of failing half-way.
"""

from __future__ import annotations

import os
import shutil
import sqlite3
import threading
import time
import uuid
from collections.abc import Iterator
from contextlib import contextmanager, suppress
from pathlib import Path

from app.domain.errors import StoreBusyError, Text, UserError
from app.domain.faults import environment_fault
from app.domain.inventory import address_sort_key, search_text
from app.store.dialect import holds_data
from app.store.inventory import canonical_versions
from app.store.leases import FileLeases
from app.store.schema import MIGRATIONS

BUSY_TIMEOUT_MS = 30_000


class StoreError(UserError):
    """The store cannot be opened or is newer than this program."""


class Database:
    """A SQLite store at *path*; one connection per thread, opened on demand."""

    engine = "sqlite"

    def __init__(self, path: Path) -> None:
        self.path = Path(path)
        self.shown = str(self.path)
        self._local = threading.local()
        self._all: list[sqlite3.Connection] = []
        self._lock = threading.Lock()
        self.generation = 0
        if not self.path.exists():
            _create(self.path)
        elif self.path.stat().st_size == 0:
            raise StoreError(
                "the store {path} is empty (0 bytes): it was cut short, perhaps by a "
                "full disk or a failed copy. Restore it from a backup, or move it aside to "
                "start again with an empty store (the files in DeviceUpdateStore stay; import "
                "the packages again to get the rules back)", path=self.path)
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
        with _busy_as_user_error(self.path):
            conn.execute("BEGIN DEFERRED")
        try:
            with _faults_as_user_error(self.path):
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
        with _busy_as_user_error(self.path):
            conn.execute("BEGIN IMMEDIATE")
        try:
            with _faults_as_user_error(self.path):
                yield conn
        except BaseException:
            if conn.in_transaction:
                conn.execute("ROLLBACK")
            raise
        with _busy_as_user_error(self.path):
            conn.execute("COMMIT")
        if changes_catalog:
            self.generation += 1

    @contextmanager
    def reading(self, conn: sqlite3.Connection) -> Iterator[sqlite3.Connection]:
        """One snapshot on a private connection (see :meth:`open_connection`)."""
        conn.execute("BEGIN")
        try:
            yield conn
        finally:
            conn.execute("COMMIT")

    def outside_changes(self, conn: sqlite3.Connection) -> int:
        """A number that moves when another connection committed (one cheap PRAGMA on
        a private connection, off the request path)."""
        return conn.execute("PRAGMA data_version").fetchone()[0]

    def ping(self) -> bool:
        with self.read() as conn:
            return conn.execute("SELECT 1").fetchone()[0] == 1

    def watch(self) -> None:
        """Nothing to start: :meth:`outside_changes` asks the file."""

    def leases(self, folder: Path) -> FileLeases:
        """Claims a live process holds on names (an import's staging folder): lock
        files in *folder*, released by the system when the process dies."""
        return FileLeases(folder)

    def is_empty(self) -> bool:
        with self.read() as conn:
            return not holds_data(conn)

    def copy_to(self, target: Path) -> None:
        """Write a consistent copy of the whole store to *target* (SQLite's backup API)."""
        copy = sqlite3.connect(target)
        try:
            with self.read():
                self.connection().backup(copy)
        finally:
            copy.close()

    def close(self) -> None:
        with self._lock:
            for conn in self._all:
                conn.close()
            self._all.clear()
        self._local = threading.local()


def needs_upgrade(path: Path) -> bool:
    """Whether the store at *path* was written by an earlier ucupdates: opening it will
    convert it (once; a large inventory takes seconds). Read-only; False when there is
    no store yet or it cannot be read (opening it will say why)."""
    if not Path(path).is_file():
        return False
    try:
        conn = sqlite3.connect(f"file:{Path(path).resolve()}?mode=ro", uri=True)
        try:
            return conn.execute("PRAGMA user_version").fetchone()[0] < len(MIGRATIONS)
        finally:
            conn.close()
    except sqlite3.Error:
        return False


def _open(path: Path) -> sqlite3.Connection:
    try:
        conn = sqlite3.connect(path, isolation_level=None, check_same_thread=False,
                               timeout=BUSY_TIMEOUT_MS / 1000)
        conn.row_factory = sqlite3.Row
        conn.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
        with _busy_as_user_error(path):
            _enable_wal(conn)
        conn.execute("PRAGMA synchronous = FULL")
        conn.execute("PRAGMA foreign_keys = ON")
    except sqlite3.DatabaseError as exc:
        raise _fault(path, exc) or StoreError("cannot open the store {path}: {reason}",
                                              path=path, reason=str(exc)) from None
    return conn


def _put_in_place(fresh: Path, path: Path) -> None:
    """Link the finished store to its name; the first of several creators wins.

    Where the disk has no hard links (FAT, some network shares) it is renamed
    instead, unless another process made the store meanwhile.
    """
    try:
        os.link(fresh, path)
    except FileExistsError:
        pass
    except OSError:
        if not path.exists():
            os.replace(fresh, path)


def _create(path: Path) -> None:
    """Make a new store whole under a temporary name, then link it into place.

    So a store file is never legitimately empty or half-made, and an empty one
    can be refused as damaged. Two processes creating it at once: the first
    link wins and the other's copy is dropped.
    """
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        fresh = path.with_name(f".{path.name}.{uuid.uuid4().hex}.new")
        try:
            conn = sqlite3.connect(fresh, isolation_level=None)
            try:
                conn.execute("PRAGMA journal_mode = WAL")
                conn.execute("BEGIN IMMEDIATE")
                _migrate(conn)
                conn.execute("COMMIT")
            finally:
                conn.close()
            _put_in_place(fresh, path)
        finally:
            for leftover in (fresh, Path(f"{fresh}-wal"), Path(f"{fresh}-shm")):
                with suppress(FileNotFoundError):
                    leftover.unlink()
    except OSError as exc:
        raise environment_fault(exc, Text("create the store")) or exc from None
    except sqlite3.DatabaseError as exc:
        raise _fault(path, exc) or StoreError("cannot create the store {path}: {reason}",
                                              path=path, reason=str(exc)) \
            from None


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
def _busy_as_user_error(path: Path) -> Iterator[None]:
    try:
        yield
    except sqlite3.OperationalError as exc:
        if "locked" in str(exc) or "busy" in str(exc):
            raise StoreBusyError(
                "the store is busy: another ucupdates process kept it locked for "
                "{seconds} s; try again", seconds=BUSY_TIMEOUT_MS // 1000
            ) from None
        raise _fault(path, exc) or exc from None


@contextmanager
def _faults_as_user_error(path: Path) -> Iterator[None]:
    """A full disk, a read-only folder or a damaged file, met inside a transaction."""
    try:
        yield
    except sqlite3.DatabaseError as exc:
        raise _fault(path, exc) or exc from None


def _nearly_full(folder: Path) -> bool:
    try:
        return shutil.disk_usage(folder).free < 1024 * 1024
    except OSError:
        return False


def _fault(path: Path, exc: sqlite3.DatabaseError) -> StoreError | None:
    """The administrator's words for SQLite's reports of machine faults, else None."""
    text = str(exc).lower()
    folder = path.parent
    if "disk is full" in text or "database or disk is full" in text:
        return StoreError("the disk holding {folder} is full: free some space and try "
                          "again; nothing was changed", folder=folder)
    if "readonly" in text or "read-only" in text or "unable to open database file" in text:
        return StoreError("cannot write to the data folder {folder} (it is read-only, or "
                          "this user may not write there); ucupdates needs to write to it",
                          folder=folder)
    if "disk i/o error" in text:
        if _nearly_full(folder):
            return StoreError("the disk holding {folder} is full: free some space and try "
                              "again; nothing was changed", folder=folder)
        return StoreError("the disk reported an input/output error on the store {path}: "
                          "check the disk, then try again", path=path)
    if "malformed" in text or "not a database" in text:
        return StoreError(
            "the store {path} is damaged ({reason}). Restore it from a backup, or move it "
            "aside to start again with an empty store (then import the packages again)",
            path=path, reason=str(exc))
    return None


def _migrate(conn: sqlite3.Connection) -> None:
    current = conn.execute("PRAGMA user_version").fetchone()[0]
    if current > len(MIGRATIONS):
        raise StoreError(
            "the store was written by a newer ucupdates (schema {current}, this program "
            "knows {known}); upgrade ucupdates", current=current, known=len(MIGRATIONS)
        )
    # the functions the migrations call, for values only Python works out
    conn.create_function("address_key", 1, address_sort_key, deterministic=True)
    conn.create_function("canonical_versions", 1, canonical_versions, deterministic=True)
    conn.create_function("search_text", 4, search_text, deterministic=True)
    for number, script in enumerate(MIGRATIONS[current:], start=current + 1):
        for statement in script.split(";\n"):
            if statement.strip():
                conn.execute(statement)
        conn.execute(f"PRAGMA user_version = {number}")
