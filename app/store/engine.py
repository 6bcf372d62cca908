"""Which engine holds the store, from the administrator's ``--store`` (docs/pool.md).

Without one, the store is the SQLite file in the data folder, as always; a
``postgresql://`` URL puts it in a PostgreSQL database that several servers
(a pool) share. :func:`copy_store` moves a whole store from one to the other.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from urllib.parse import urlsplit, urlunsplit

from app.domain.errors import UserError
from app.store.database import Database, StoreError

SCHEMES = ("postgresql", "postgres")
COPY_BATCH = 5000


def redacted(url: str) -> str:
    """The URL without its password, for messages and logs."""
    parts = urlsplit(url)
    try:
        password, port = parts.password, parts.port
    except ValueError:  # a port that is no number: show the URL without its user part
        return urlunsplit(parts._replace(netloc=parts.netloc.rpartition("@")[2]))
    if password is None:
        return url
    netloc = f"{parts.username or ''}@{parts.hostname or ''}" + (f":{port}" if port else "")
    return urlunsplit(parts._replace(netloc=netloc))


def is_store_url(text: str) -> bool:
    return urlsplit(text).scheme.lower() in SCHEMES


def check_location(text: str | None) -> str | None:
    """The store location as given, or a clear refusal of one that cannot be a store."""
    if text is None or not text.strip():
        return None
    text = text.strip()
    if is_store_url(text):
        if not urlsplit(text).path.strip("/") and "dbname=" not in text:
            raise UserError("the store URL {url} names no database: give "
                            "postgresql://user@host/database", url=redacted(text))
        return text
    raise UserError("the store {url} is not a PostgreSQL URL: give postgresql://user@host/"
                    "database (without --store, the store is the SQLite file in the data "
                    "folder)", url=redacted(text))


def open_database(location: str | None, sqlite_file: Path):
    """The store at *location* (a PostgreSQL URL), else the SQLite file *sqlite_file*."""
    location = check_location(location)
    if location is None:
        return Database(sqlite_file)
    from app.store.postgres import PostgresDatabase  # psycopg only where it is used
    return PostgresDatabase(location)


def copy_store(source, target, progress: Callable[[str, int], None] | None = None) -> dict:
    """Copy every row of *source* into the empty store *target* in one transaction: all
    or nothing. Returns the rows copied per table."""
    from app.store.pg_schema import TABLES
    if not target.is_empty():
        raise StoreError("the store {store} is not empty: copy into an empty database "
                         "(nothing was copied)", store=target.shown)
    copied: dict[str, int] = {}
    with source.read() as src, target.write() as dst:
        for table, identity in TABLES:
            cur = src.execute(f"SELECT * FROM {table}")
            columns = [c[0] for c in cur.description]
            if table == "store_layout":
                dst.execute("DELETE FROM store_layout")
            insert = (f"INSERT INTO {table} ({', '.join(columns)}) VALUES "
                      f"({', '.join('?' * len(columns))})")
            count = 0
            while rows := cur.fetchmany(COPY_BATCH):
                dst.executemany(insert, [tuple(r) for r in rows])
                count += len(rows)
                if progress:
                    progress(table, count)
            copied[table] = count
            if identity and count and target.engine == "postgresql":
                dst.execute(f"SELECT setval(pg_get_serial_sequence('{table}', '{identity}'), "
                            f"(SELECT max({identity}) FROM {table}))")
    return copied
