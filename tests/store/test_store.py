"""The SQLite store on its own: migrations, newer stores, copies, inventory queries."""

from __future__ import annotations

import sqlite3

import pytest

from app.domain.errors import UserError
from app.domain.inventory import DeviceSighting
from app.domain.names import DeviceKind
from app.store import inventory as inventory_queries
from app.store.database import Database
from app.store.schema import MIGRATIONS


def test_a_new_store_has_every_migration(tmp_path):
    db = Database(tmp_path / "store.sqlite3")
    with db.read() as conn:
        assert conn.execute("PRAGMA user_version").fetchone()[0] == len(MIGRATIONS)
        assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    db.close()


def test_a_store_from_a_newer_program_is_refused_untouched(tmp_path):
    path = tmp_path / "store.sqlite3"
    Database(path).close()
    conn = sqlite3.connect(path)
    conn.execute(f"PRAGMA user_version = {len(MIGRATIONS) + 1}")
    conn.close()
    before = path.read_bytes()
    with pytest.raises(UserError, match="newer ucupdates"):
        Database(path)
    assert path.read_bytes() == before


def test_a_write_that_fails_leaves_nothing(tmp_path):
    db = Database(tmp_path / "store.sqlite3")
    with pytest.raises(RuntimeError), db.write() as conn:
        conn.execute("INSERT INTO settings (name, value) VALUES ('Site', 'Berlin')")
        raise RuntimeError("a bug half-way")
    with db.read() as conn:
        assert conn.execute("SELECT COUNT(*) FROM settings").fetchone()[0] == 0
    db.close()


def test_a_copy_is_a_whole_store(tmp_path):
    db = Database(tmp_path / "store.sqlite3")
    with db.write() as conn:
        conn.execute("INSERT INTO settings (name, value) VALUES ('Site', 'Berlin')")
    db.copy_to(tmp_path / "copy.sqlite3")
    db.close()
    copy = Database(tmp_path / "copy.sqlite3")
    with copy.read() as conn:
        assert conn.execute("SELECT value FROM settings").fetchone()[0] == "Berlin"
    copy.close()


def test_devices_seen_since_and_removed_before(services):
    seen = ["2026-11-01T00:00:00+00:00", "2026-11-20T00:00:00+00:00",
            "2026-12-01T00:00:00+00:00"]
    services.record_sightings([(DeviceSighting(
        DeviceKind("UCPhone", "Polycom", "CX600", "A", "ENU"), f"00-04-F2-00-00-0{n}", None,
        {"CPE": "4.0.7577.4066"}, at, "10.0.0.1", None, False, None, False), 1)
        for n, at in enumerate(seen)])
    with services.db.read() as conn:
        assert inventory_queries.devices_seen_since(conn, "2026-11-15T00:00:00+00:00") == 2
    with services.db.write(changes_catalog=False) as conn:
        removed = inventory_queries.delete_devices_seen_before(conn, "2026-11-15T00:00:00")
    assert removed == 1
    assert sorted(e.mac for e in services.inventory()) == ["00-04-F2-00-00-01",
                                                           "00-04-F2-00-00-02"]


def test_a_disk_without_hard_links_still_gets_a_store(tmp_path, monkeypatch):
    """FAT and some network shares refuse os.link: the finished store is renamed instead."""
    import os

    def no_links(*_args):
        raise PermissionError(1, "Operation not permitted")
    monkeypatch.setattr(os, "link", no_links)
    db = Database(tmp_path / "store.sqlite3")
    with db.read() as conn:
        assert conn.execute("PRAGMA user_version").fetchone()[0] == len(MIGRATIONS)
    db.close()
    assert [p.name for p in tmp_path.iterdir() if p.name.endswith(".new")] == []
