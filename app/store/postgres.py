"""The store on PostgreSQL: what a pool of servers shares (docs/pool.md).

The queries in ``app/store`` are written once, for SQLite's ``sqlite3`` module
(named ``:parameters``, rows read by name or position). :class:`PgConnection`
gives a psycopg connection that face: it rewrites the parameter style and the
``temp.`` schema and returns rows that read like ``sqlite3.Row``. Everything
else that differs lives in the schema (``pg_schema.py``) or in the few
branches that ask :func:`is_postgres`.

Transactions behave as they do on SQLite: writes take one store-wide advisory
lock (as ``BEGIN IMMEDIATE`` takes SQLite's write lock), so writers queue
instead of failing on a conflict; reads see one snapshot. A write that may
change what the device server answers sends a notification on commit, and
every process that :meth:`~PostgresDatabase.watch`\\ es the store moves its
generation when one arrives: a pool member sees another's change within
milliseconds, and its request path still only compares two numbers.
"""

from __future__ import annotations

import functools
import itertools
import re
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager, suppress

import psycopg
from psycopg import errors as pg_errors
from psycopg.pq import TransactionStatus

from app.domain.errors import StoreBusyError
from app.store.database import StoreError
from app.store.dialect import holds_data
from app.store.engine import redacted
from app.store.pg_schema import CREATE, SCHEMA_VERSION

LOCK_CLASS = 0x7563  # "uc": the first key of every advisory lock ucupdates takes
WRITE_LOCK = 1  # the second key of the store-wide write lock
LEASE_CLASS = 0x7564  # leases (a live import's staging folder) use this class and a hash
CHANNEL = "ucupdates_catalog"
_streams = itertools.count(1)  # names of server-side cursors
CONNECT_TIMEOUT_S = 10
LOCK_TIMEOUT_MS = 30_000


# -- the sqlite3 face ------------------------------------------------------------------

_TOKENS = re.compile(r"'(?:[^']|'')*'|(?<![:\w]):([A-Za-z_]\w*)|\?|%|\btemp\.")


@functools.lru_cache(maxsize=512)
def translate(sql: str) -> str:
    """``sqlite3``'s SQL as psycopg takes it: ``:name`` -> ``%(name)s``, ``?`` -> ``%s``,
    a literal ``%`` doubled, ``temp.table`` -> ``pg_temp.table``; quoted text untouched."""
    def swap(match: re.Match) -> str:
        token = match.group(0)
        if token.startswith("'"):
            return token
        if match.group(1):
            return f"%({match.group(1)})s"
        return {"?": "%s", "%": "%%", "temp.": "pg_temp."}[token]
    return _TOKENS.sub(swap, sql)


def _value(value: object) -> object:
    return int(value) if isinstance(value, bool) else value  # flags are INTEGER columns


def _params(params: object) -> object:
    if params is None:
        return None
    if isinstance(params, dict):
        return {k: _value(v) for k, v in params.items()}
    return [_value(v) for v in params]


class Row(tuple):
    """A result row read by position or by column name, as ``sqlite3.Row``."""

    __slots__ = ()
    _names: dict[str, int] = {}

    def __getitem__(self, key):  # type: ignore[override]
        if isinstance(key, str):
            return tuple.__getitem__(self, self._names[key])
        return tuple.__getitem__(self, key)

    def keys(self) -> list[str]:
        return list(self._names)


@functools.lru_cache(maxsize=256)
def _row_class(names: tuple[str, ...]) -> type[Row]:
    positions: dict[str, int] = {}
    for index, name in enumerate(names):
        positions.setdefault(name, index)
    return type("Row", (Row,), {"__slots__": (), "_names": positions})


def _row_factory(cursor: psycopg.Cursor):
    if cursor.description is None:
        return tuple
    cls = _row_class(tuple(c.name for c in cursor.description))
    return lambda values: tuple.__new__(cls, values)


class PgConnection:
    """A psycopg connection in autocommit mode, with ``sqlite3.Connection``'s ``execute``."""

    engine = "postgresql"

    def __init__(self, raw: psycopg.Connection) -> None:
        self.raw = raw

    def execute(self, sql: str, params: object = None) -> psycopg.Cursor:
        cur = self.raw.cursor(row_factory=_row_factory)
        cur.execute(translate(sql), _params(params))
        return cur

    def stream(self, sql: str, params: object = None, batch: int = 2000):
        """Rows read from a server-side cursor *batch* at a time (needs a transaction)."""
        cur = self.raw.cursor(name=f"ucupdates_stream_{next(_streams)}",
                              row_factory=_row_factory)
        cur.itersize = batch
        cur.execute(translate(sql), _params(params))
        try:
            yield from cur
        finally:
            with suppress(psycopg.Error):
                cur.close()

    def executemany(self, sql: str, rows) -> psycopg.Cursor:
        cur = self.raw.cursor(row_factory=_row_factory)
        cur.executemany(translate(sql), [_params(r) for r in rows])
        return cur

    @property
    def in_transaction(self) -> bool:
        return self.raw.info.transaction_status != TransactionStatus.IDLE

    @property
    def broken(self) -> bool:
        return self.raw.closed or self.raw.broken

    def begin_read(self) -> None:
        self.raw.execute("BEGIN ISOLATION LEVEL REPEATABLE READ")

    def begin_write(self) -> None:
        self.raw.execute("BEGIN")
        self.raw.execute("SELECT pg_advisory_xact_lock(%s, %s)", (LOCK_CLASS, WRITE_LOCK))

    def commit(self) -> None:
        self.raw.execute("COMMIT")

    def rollback(self) -> None:
        if not self.broken and self.in_transaction:
            self.raw.execute("ROLLBACK")

    def close(self) -> None:
        self.raw.close()


# -- the database ------------------------------------------------------------------------


class PostgresDatabase:
    """The store in the PostgreSQL database at *url*; one connection per thread."""

    engine = "postgresql"

    def __init__(self, url: str) -> None:
        self.url = url
        self.shown = redacted(url)
        self._local = threading.local()
        self._all: list[PgConnection] = []
        self._lock = threading.Lock()
        self.generation = 0
        self._watcher: threading.Thread | None = None
        self._closing = threading.Event()
        self.notifications = 0  # changes other processes announced (and this one's own)
        with self.write() as conn:
            _migrate(conn, self.shown)

    # connections

    def _connect(self) -> PgConnection:
        try:
            raw = psycopg.connect(self.url, autocommit=True, connect_timeout=CONNECT_TIMEOUT_S,
                                  application_name="ucupdates")
        except psycopg.Error as exc:
            raise StoreError("cannot reach the store {store}: {reason}", store=self.shown,
                             reason=_reason(exc)) from None
        raw.execute(f"SET lock_timeout = {LOCK_TIMEOUT_MS}")
        return PgConnection(raw)

    def open_connection(self) -> PgConnection:
        """A private connection for a long-lived reader; the caller closes it."""
        return self._connect()

    def connection(self) -> PgConnection:
        conn = getattr(self._local, "conn", None)
        if conn is not None and conn.broken:
            with self._lock, suppress(ValueError):
                self._all.remove(conn)
            conn = None
        if conn is None:
            conn = self._connect()
            self._local.conn = conn
            with self._lock:
                self._all.append(conn)
        return conn

    @contextmanager
    def read(self) -> Iterator[PgConnection]:
        conn = self.connection()
        if conn.in_transaction:  # nested inside a write: reuse it
            yield conn
            return
        with self.reading(conn) as snapshot:
            yield snapshot

    @contextmanager
    def write(self, changes_catalog: bool = True) -> Iterator[PgConnection]:
        conn = self.connection()
        with self._faults():
            conn.begin_write()
        try:
            with self._faults():
                yield conn
                if changes_catalog:
                    conn.raw.execute(f"NOTIFY {CHANNEL}")
        except BaseException:
            with suppress(psycopg.Error):
                conn.rollback()
            raise
        with self._faults():
            conn.commit()
        if changes_catalog:
            self.generation += 1

    @contextmanager
    def reading(self, conn: PgConnection) -> Iterator[PgConnection]:
        """One snapshot on a private connection (see :meth:`open_connection`); one the
        server dropped (a restart, an outage) is connected afresh first."""
        if conn.broken:
            conn.raw = self._connect().raw
        with self._faults():
            try:
                conn.begin_read()
            except psycopg.OperationalError:
                if not conn.broken:
                    raise
                conn.raw = self._connect().raw  # it died unseen while idle: once more
                conn.begin_read()
        try:
            with self._faults():
                yield conn
        finally:
            with suppress(psycopg.Error):
                conn.rollback()  # read only: ending it either way is the same

    def outside_changes(self, conn: PgConnection) -> int:
        """A number that moves when another process changed the catalog (no query: the
        watcher counts notifications)."""
        self.watch()
        return self.notifications

    @contextmanager
    def _faults(self) -> Iterator[None]:
        try:
            yield
        except pg_errors.LockNotAvailable:
            raise StoreBusyError(
                "the store is busy: another ucupdates process kept it locked for "
                "{seconds} s; try again", seconds=LOCK_TIMEOUT_MS // 1000) from None
        except pg_errors.DiskFull:
            raise StoreError("the disk of the database server holding {store} is full: "
                             "free some space there and try again; nothing was changed",
                             store=self.shown) from None
        except pg_errors.InsufficientPrivilege as exc:
            raise StoreError("the database user may not change the store {store}: {reason}",
                             store=self.shown, reason=_reason(exc)) from None
        except psycopg.OperationalError as exc:
            raise StoreError("lost the connection to the store {store}: {reason}; try "
                             "again (nothing was changed if this was a change)",
                             store=self.shown, reason=_reason(exc)) from None

    # leases: a live process's claim on a name, released when the process dies

    def leases(self, folder: object) -> PostgresDatabase:
        """Advisory locks, not lock files: a network share's locks are not trusted."""
        return self

    @contextmanager
    def hold(self, name: str) -> Iterator[None]:
        """Hold *name* until the block ends (or this process dies: the database then
        drops the connection and with it the lease)."""
        conn = self._connect()
        try:
            conn.raw.execute("SELECT pg_advisory_lock(%s, hashtext(%s))", (LEASE_CLASS, name))
            yield
        finally:
            conn.close()

    @contextmanager
    def claim(self, name: str) -> Iterator[bool]:
        """Yield True if no live process holds *name* (and hold it for the block)."""
        conn = self._connect()
        try:
            got = conn.raw.execute("SELECT pg_try_advisory_lock(%s, hashtext(%s))",
                                   (LEASE_CLASS, name)).fetchone()[0]
            yield bool(got)
        finally:
            conn.close()

    # hearing other processes

    def watch(self) -> None:
        """Listen for other processes' changes (once; a daemon thread)."""
        with self._lock:
            if self._watcher is not None:
                return
            self._watcher = threading.Thread(target=self._listen, name="store-watch",
                                             daemon=True)
            self._watcher.start()

    def _listen(self) -> None:
        while not self._closing.is_set():
            try:
                with psycopg.connect(self.url, autocommit=True,
                                     connect_timeout=CONNECT_TIMEOUT_S) as raw:
                    raw.execute(f"LISTEN {CHANNEL}")
                    self._changed()  # whatever happened while not listening
                    while not self._closing.is_set():
                        for _ in raw.notifies(timeout=0.5, stop_after=1):
                            self._changed()
            except psycopg.Error:
                self._closing.wait(1.0)  # the server is away: listen again when it is back

    def _changed(self) -> None:
        self.notifications += 1
        self.generation += 1

    def ping(self) -> bool:
        with self.read() as conn:
            return conn.execute("SELECT 1").fetchone()[0] == 1

    # the whole store

    def is_empty(self) -> bool:
        """No rules, files, devices, accounts, settings or history: a copy may fill it."""
        with self.read() as conn:
            return not holds_data(conn)

    def close(self) -> None:
        self._closing.set()
        with self._lock:
            for conn in self._all:
                with suppress(psycopg.Error):
                    conn.close()
            self._all.clear()
        self._local = threading.local()


def _reason(exc: psycopg.Error) -> str:
    text = str(exc).strip().splitlines()
    return text[0] if text else type(exc).__name__


def _migrate(conn: PgConnection, shown: str) -> None:
    """Create the tables in an empty database; refuse one a newer ucupdates wrote."""
    if conn.raw.execute("SELECT to_regclass('store_version')").fetchone()[0] is None:
        if conn.raw.execute("SELECT count(*) FROM pg_tables "
                            "WHERE schemaname = current_schema()").fetchone()[0]:
            raise StoreError("the database {store} holds tables that are not a ucupdates "
                             "store: give an empty database", store=shown)
        try:
            conn.raw.execute(CREATE)
        except pg_errors.FeatureNotSupported as exc:
            raise StoreError("the PostgreSQL server of {store} cannot make the store: "
                             "{reason}", store=shown, reason=_reason(exc)) from None
        return
    version = conn.raw.execute("SELECT max(version) FROM store_version").fetchone()[0]
    if version > SCHEMA_VERSION:
        raise StoreError(
            "the store was written by a newer ucupdates (schema {current}, this program "
            "knows {known}); upgrade ucupdates", current=version, known=SCHEMA_VERSION)


def wait_for(url: str, seconds: float) -> bool:
    """Whether the server at *url* answers within *seconds* (for scripts and tests)."""
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        with suppress(psycopg.Error), psycopg.connect(url, connect_timeout=2):
            return True
        time.sleep(0.2)
    return False

