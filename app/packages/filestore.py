"""The update file store on disk (docs/protocol.md §9) and its staging area.

Imports write into ``<data>/tmp/<import id>/`` (same disk, so the final
``os.replace`` is a rename), holding a lease on it for as long as the
importing process lives (a lock file, or in a pool a database lock:
``app/store/leases.py``). After the store transaction commits, each new
version folder is renamed into ``<data>/DeviceUpdateStore/``. A journal row
in the store says which folders a committed import still has to move, so a
crash at any moment is finished (rolled forward) or swept away at the next
start; the lease tells a dead importer from a live one in another process
(or on another pool member).
"""

from __future__ import annotations

import os
import shutil
import signal
import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

from app.data_folder import DataFolder
from app.store.leases import LOCK_SUFFIX, FileLeases

STORE_DIR = DataFolder(Path()).update_store.name  # for the tests' paths
TMP_DIR = DataFolder(Path()).staging.name


@dataclass
class Staging:
    import_id: str
    root: Path
    keep: bool = False  # leave the folder for recovery (a commit may depend on it)

    def write(self, rel_dir: str, name: str, data: bytes) -> None:
        folder = self.root / rel_dir
        folder.mkdir(parents=True, exist_ok=True)
        with open(folder / name, "wb") as out:
            out.write(data)
            out.flush()
            os.fsync(out.fileno())


class FileStore:
    """Paths and moves under one data folder."""

    def __init__(self, data_dir: Path, leases=None) -> None:
        folder = DataFolder(data_dir)
        self.root, self.tmp = folder.update_store, folder.staging
        self.root.mkdir(parents=True, exist_ok=True)
        self.tmp.mkdir(parents=True, exist_ok=True)
        self.leases = leases if leases is not None else FileLeases(self.tmp)

    def link_into(self, other: FileStore) -> int:
        """Give *other* the same stored files: hard links where the disk allows, else
        copies. Returns the bytes copied (0 when every file could be linked)."""
        copied = 0
        for source in self.root.rglob("*"):
            target = other.root / source.relative_to(self.root)
            if source.is_dir():
                target.mkdir(parents=True, exist_ok=True)
                continue
            target.parent.mkdir(parents=True, exist_ok=True)
            try:
                os.link(source, target)
            except OSError:
                shutil.copy2(source, target)
                copied += source.stat().st_size
        return copied

    def version_dir(self, rel_dir: str) -> Path:
        return self.root / rel_dir

    @contextmanager
    def staging(self) -> Iterator[Staging]:
        """A fresh staging folder, locked and removed again when the block ends.

        If the block set ``stage.keep``, the folder stays for :meth:`staged_ids`'
        caller (recovery) to roll forward or sweep; the lock goes either way.
        """
        import_id = uuid.uuid4().hex
        with self.leases.hold(import_id):
            stage = Staging(import_id, self.tmp / import_id)
            stage.root.mkdir()
            try:
                yield stage
            finally:
                if not stage.keep:
                    shutil.rmtree(stage.root, ignore_errors=True)

    def move_into_place(self, import_id: str, moves: list[list[str]]) -> None:
        """Rename staged version folders ([staged, final] pairs) into the store.

        Safe to repeat after a crash: a folder already moved is skipped.
        """
        for staged_rel, final_rel in moves:
            staged, final = self.tmp / import_id / staged_rel, self.root / final_rel
            if not staged.is_dir():
                continue  # moved before a crash
            if final.exists():
                shutil.rmtree(final)  # stale content the store no longer describes
            final.parent.mkdir(parents=True, exist_ok=True)
            os.replace(staged, final)

    def remove_version(self, rel_dir: str) -> None:
        folder = self.root / rel_dir
        shutil.rmtree(folder, ignore_errors=True)
        self._prune_empty_parents(folder.parent)

    def prune_empty_parents(self, folder: Path) -> None:
        """Remove *folder* and its parents up to the store's root while they are empty."""
        self._prune_empty_parents(folder)

    def _prune_empty_parents(self, folder: Path) -> None:
        while folder != self.root and folder.is_relative_to(self.root):
            try:
                folder.rmdir()
            except OSError:
                return
            folder = folder.parent

    @contextmanager
    def claim_abandoned(self, import_id: str) -> Iterator[bool]:
        """Yield True if no live process holds *import_id*'s lease (it may be swept)."""
        with self.leases.claim(import_id) as free:
            yield free

    def staged_ids(self) -> list[str]:
        """Imports with something in the staging area: a folder, or only its lock file
        (a process killed between removing the one and the other)."""
        ids = {p.name if p.is_dir() else p.stem for p in self.tmp.iterdir()
               if p.is_dir() or p.suffix == LOCK_SUFFIX}
        return sorted(ids)

    def discard(self, import_id: str) -> None:
        shutil.rmtree(self.tmp / import_id, ignore_errors=True)


def crash_point(name: str) -> None:
    """Let the crash-safety tests kill the process at a named point (UCUPDATES_CRASH_AT)."""
    if os.environ.get("UCUPDATES_CRASH_AT") == name:
        os.kill(os.getpid(), getattr(signal, "SIGKILL", signal.SIGTERM))
