"""What a store query asks of its connection's engine, without importing either driver."""

from __future__ import annotations


def is_postgres(conn: object) -> bool:
    """Whether *conn* is a PostgreSQL connection (``app/store/postgres.py``)."""
    return getattr(conn, "engine", "sqlite") == "postgresql"


def stream(conn, sql: str, params: object = None):
    """Rows of *sql* read as they are consumed: SQLite's cursor steps through the result
    anyway; on PostgreSQL a server-side cursor fetches it in batches (inside the read
    transaction the caller holds), where a plain one would load it whole."""
    if is_postgres(conn):
        return conn.stream(sql, params)
    return conn.execute(sql, params or {})


# what a store holds, as opposed to its bookkeeping (store_layout, layout_moves)
DATA_TABLES = ("rules", "stored_files", "test_devices", "settings", "users", "history",
               "device_profiles", "devices", "import_journal")


def holds_data(conn) -> bool:
    """Whether any rule, file, device, account, setting or history entry is stored."""
    return any(conn.execute(f"SELECT 1 FROM {table} LIMIT 1").fetchone()
               for table in DATA_TABLES)
