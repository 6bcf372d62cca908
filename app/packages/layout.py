"""Where a version's files live in ``DeviceUpdateStore`` (docs/protocol.md §9), and the conversion
of a folder written by revision 1 of the layout.

Lync's store, and ours since revision 2, puts the version before the update
type: ``<DeviceType>/<Brand>/<Model>/<Revision>/<Locale>/<Version>/<UpdateType>``.
Revision 1 had the two the other way round. At the first start of this
program on such a folder, one transaction records every folder move and
points the stored files at their new folders; then the folders move in two
phases (each out of the store into a holding folder, then each into its new
place), each step recorded, so a crash at any moment is finished by the next
start and no folder can land where another still has to leave from.
"""

from __future__ import annotations

import hashlib
import os
import shutil
from pathlib import Path

from filelock import FileLock

from app.data_folder import DataFolder
from app.domain.names import DeviceKind
from app.packages.filestore import FileStore, crash_point
from app.store import files as file_queries
from app.store.database import Database

LAYOUT_REVISION = 2


def version_rel_dir(kind: DeviceKind, update_type: str, version: str) -> str:
    """A version's folder in the store, relative to ``DeviceUpdateStore``."""
    return "/".join((*kind.parts(), str(version), update_type))


def from_revision1(rel_dir: str, version: str) -> str | None:
    """Revision 1's ``…/<UpdateType>/<Version>`` as ``…/<Version>/<UpdateType>``."""
    parts = rel_dir.split("/")
    if len(parts) != 7 or parts[6] != version:
        return None
    return "/".join([*parts[:5], parts[6], parts[5]])


class LayoutConversion:
    """Brings a data folder's store to the current layout; safe to run at every start."""

    def __init__(self, db: Database, files: FileStore, data_dir: Path) -> None:
        self.db, self.files = db, files
        self.holding = DataFolder(data_dir).layout_holding  # nothing else looks there
        self.lock = FileLock(self.holding.with_name(f"{self.holding.name}.lock"))

    def run(self) -> int:
        """Convert if needed and finish moves a crash left; returns the folders moved."""
        with self.db.read() as conn:
            if (file_queries.layout_revision(conn) == LAYOUT_REVISION
                    and not file_queries.layout_moves(conn)):
                return 0  # the usual start: one query, no lock
        with self.lock:
            self._plan()
            return self._move_all()

    def _plan(self) -> None:
        with self.db.write() as conn:
            if file_queries.layout_revision(conn) == LAYOUT_REVISION:
                return
            moves = [(old, new) for old, version in file_queries.stored_dirs(conn)
                     if (new := from_revision1(old, version)) is not None]
            file_queries.plan_layout_moves(conn, moves)
            file_queries.set_layout_revision(conn, LAYOUT_REVISION)
        crash_point("layout-planned")

    def _move_all(self) -> int:
        with self.db.read() as conn:
            pending = file_queries.layout_moves(conn)
        for old, _, held in pending:
            if not held:
                self._hold(old)
        for old, new, _ in pending:
            self._place(old, new)
        shutil.rmtree(self.holding, ignore_errors=True)
        return len(pending)

    def _holding_dir(self, old: str) -> Path:
        return self.holding / hashlib.sha256(old.encode()).hexdigest()[:32]

    def _hold(self, old: str) -> None:
        source, held = self.files.root / old, self._holding_dir(old)
        if source.is_dir() and not held.exists():
            held.parent.mkdir(parents=True, exist_ok=True)
            os.replace(source, held)
            self.files.prune_empty_parents(source.parent)
        crash_point("layout-held")
        with self.db.write() as conn:
            file_queries.layout_move_held(conn, old)

    def _place(self, old: str, new: str) -> None:
        held, target = self._holding_dir(old), self.files.root / new
        if held.is_dir():
            if target.exists():
                shutil.rmtree(target)  # stale content the store no longer describes
            target.parent.mkdir(parents=True, exist_ok=True)
            os.replace(held, target)
        crash_point("layout-placed")
        with self.db.write() as conn:
            file_queries.layout_move_done(conn, old)
