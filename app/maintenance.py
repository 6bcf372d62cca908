"""Clearing unreferenced update files and old logs."""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from app.packages.filestore import FileStore
from app.store import files as file_queries

VERSION_DEPTH = 7  # DeviceType/Brand/Model/Revision/Locale/Version/UpdateType


@dataclass(frozen=True)
class ClearedFiles:
    versions: tuple[str, ...]  # rel_dirs the store forgot
    freed_bytes: int = 0
    leftovers: int = 0  # folders on disk the store never knew (e.g. after a crash)


def forget_unreferenced(conn: sqlite3.Connection) -> ClearedFiles:
    """Drop the records of every version no rule references; call inside a write."""
    versions = file_queries.unreferenced_versions(conn)
    for kind_key, type_key, version, _ in versions:
        file_queries.delete_version(conn, kind_key, type_key, version)
    return ClearedFiles(tuple(v[3] for v in versions))


def remove_from_disk(store: FileStore, cleared: ClearedFiles, known: set[str]) -> ClearedFiles:
    """Delete the forgotten folders, and version folders no record describes."""
    freed = 0
    for rel_dir in cleared.versions:
        freed += _size(store.version_dir(rel_dir))
        store.remove_version(rel_dir)
    leftovers = [d for d in _version_dirs(store.root) if d not in known]
    for rel_dir in leftovers:
        freed += _size(store.version_dir(rel_dir))
        store.remove_version(rel_dir)
    return ClearedFiles(cleared.versions, freed, len(leftovers))


def _version_dirs(root: Path) -> list[str]:
    pattern = "/".join("*" * 1 for _ in range(VERSION_DEPTH))
    return [p.relative_to(root).as_posix() for p in root.glob(pattern) if p.is_dir()]


def _size(folder: Path) -> int:
    return sum(p.stat().st_size for p in folder.rglob("*") if p.is_file())


def remove_old_logs(logs: Path, days_back: int, now: datetime) -> int:
    """Delete files under *logs* last changed more than *days_back* days before *now*."""
    if not logs.is_dir():
        return 0
    cutoff = now.timestamp() - days_back * 86400
    removed = 0
    for path in sorted(logs.rglob("*")):
        if path.is_file() and path.stat().st_mtime < cutoff:
            path.unlink(missing_ok=True)
            removed += 1
    return removed


