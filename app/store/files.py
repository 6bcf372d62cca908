"""Queries on stored update files and the import journal."""

from __future__ import annotations

import json
import sqlite3
from dataclasses import dataclass


@dataclass(frozen=True)
class StoredFile:
    kind_key: str
    update_type_key: str
    version: str
    name: str
    rel_dir: str
    size: int
    sha256: str


def _stored(row: sqlite3.Row) -> StoredFile:
    return StoredFile(row["kind_key"], row["update_type_key"], row["version"], row["name"],
                      row["rel_dir"], row["size"], row["sha256"])


def files_of_version(conn: sqlite3.Connection, kind_key: str, type_key: str,
                     version: str) -> list[StoredFile]:
    rows = conn.execute(
        """SELECT * FROM stored_files WHERE kind_key = :kind AND update_type_key = :type
           AND version = :version ORDER BY name""",
        {"kind": kind_key, "type": type_key, "version": version},
    )
    return [_stored(r) for r in rows]


def all_files(conn: sqlite3.Connection) -> list[StoredFile]:
    return [_stored(r) for r in conn.execute("SELECT * FROM stored_files ORDER BY rel_dir, name")]


def insert_file(conn: sqlite3.Connection, stored: StoredFile, now: str) -> None:
    conn.execute(
        """INSERT INTO stored_files (kind_key, update_type_key, version, name, rel_dir, size,
               sha256, stored_at)
           VALUES (:kind, :type, :version, :name, :rel_dir, :size, :sha256, :now)""",
        {"kind": stored.kind_key, "type": stored.update_type_key, "version": stored.version,
         "name": stored.name, "rel_dir": stored.rel_dir, "size": stored.size,
         "sha256": stored.sha256, "now": now},
    )


def unreferenced_versions(conn: sqlite3.Connection) -> list[tuple[str, str, str, str]]:
    """(kind_key, type_key, version, rel_dir) of stored versions no rule references."""
    rows = conn.execute(
        """SELECT DISTINCT f.kind_key, f.update_type_key, f.version, f.rel_dir
           FROM stored_files f
           WHERE NOT EXISTS (
               SELECT 1 FROM rules r
               WHERE r.kind_key = f.kind_key AND r.update_type_key = f.update_type_key
                 AND f.version IN (r.approved_version, r.pending_version, r.restore_version))
           ORDER BY f.rel_dir"""
    )
    return [tuple(r) for r in rows]


def delete_version(conn: sqlite3.Connection, kind_key: str, type_key: str, version: str) -> None:
    conn.execute(
        """DELETE FROM stored_files WHERE kind_key = :kind AND update_type_key = :type
           AND version = :version""",
        {"kind": kind_key, "type": type_key, "version": version},
    )


def add_journal(conn: sqlite3.Connection, import_id: str, moves: list[list[str]],
                now: str) -> None:
    """Record that *import_id* committed and still has to move *moves* into place."""
    conn.execute(
        "INSERT INTO import_journal (import_id, moves, created_at) VALUES (:id, :moves, :now)",
        {"id": import_id, "moves": json.dumps(moves), "now": now},
    )


def journal(conn: sqlite3.Connection) -> dict[str, list[list[str]]]:
    rows = conn.execute("SELECT import_id, moves FROM import_journal ORDER BY created_at")
    return {r[0]: json.loads(r[1]) for r in rows}


def remove_journal(conn: sqlite3.Connection, import_id: str) -> None:
    conn.execute("DELETE FROM import_journal WHERE import_id = :id", {"id": import_id})


# -- the file store's layout (docs/protocol.md §9; revision 1 put the update type first)


def layout_revision(conn: sqlite3.Connection) -> int:
    return conn.execute("SELECT revision FROM store_layout").fetchone()[0]


def stored_dirs(conn: sqlite3.Connection) -> list[tuple[str, str]]:
    """(rel_dir, version) of every stored version folder."""
    rows = conn.execute("SELECT DISTINCT rel_dir, version FROM stored_files ORDER BY rel_dir")
    return [(r["rel_dir"], r["version"]) for r in rows]


def plan_layout_moves(conn: sqlite3.Connection, moves: list[tuple[str, str]]) -> None:
    """Record the folder moves of a layout change and point the files at their new folders;
    :func:`set_layout_revision` in the same transaction makes it happen once."""
    for old, new in moves:
        conn.execute("INSERT INTO layout_moves (old_rel, new_rel) VALUES (:o, :n) "
                     "ON CONFLICT (old_rel) DO UPDATE SET new_rel = excluded.new_rel, held = 0",
                     {"o": old, "n": new})
        conn.execute("UPDATE stored_files SET rel_dir = :n WHERE rel_dir = :o",
                     {"o": old, "n": new})


def set_layout_revision(conn: sqlite3.Connection, revision: int) -> None:
    conn.execute("UPDATE store_layout SET revision = :r", {"r": revision})


def layout_moves(conn: sqlite3.Connection) -> list[tuple[str, str, bool]]:
    """(old, new, held) of each folder still to move; *held*: it left its old place."""
    return [(r[0], r[1], bool(r[2])) for r in conn.execute(
        "SELECT old_rel, new_rel, held FROM layout_moves ORDER BY old_rel")]


def layout_move_held(conn: sqlite3.Connection, old_rel: str) -> None:
    conn.execute("UPDATE layout_moves SET held = 1 WHERE old_rel = :o", {"o": old_rel})


def layout_move_done(conn: sqlite3.Connection, old_rel: str) -> None:
    conn.execute("DELETE FROM layout_moves WHERE old_rel = :o", {"o": old_rel})
