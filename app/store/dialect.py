"""What a store query asks of its connection's engine, without importing either driver."""

from __future__ import annotations


def is_postgres(conn: object) -> bool:
    """Whether *conn* is a PostgreSQL connection (``app/store/postgres.py``)."""
    return getattr(conn, "engine", "sqlite") == "postgresql"
