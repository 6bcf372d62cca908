"""Leases: a live process's claim on a name, gone when the process dies.

An import holds one on its staging folder for as long as it runs, so that
recovery (in this process, another, or another pool member) tells a dead
importer's leftovers from a live one's work. On one machine the lease is a
lock file beside the folder; in a pool it is a PostgreSQL advisory lock
(:class:`app.store.postgres.PostgresDatabase`), since locks on a network
share are not to be trusted.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager, suppress
from pathlib import Path

from filelock import FileLock, Timeout

LOCK_SUFFIX = ".lock"


class FileLeases:
    def __init__(self, folder: Path) -> None:
        self.folder = Path(folder)

    def _path(self, name: str) -> Path:
        return self.folder / f"{name}{LOCK_SUFFIX}"

    @contextmanager
    def hold(self, name: str) -> Iterator[None]:
        try:
            with FileLock(self._path(name)):
                yield
        finally:
            _unlink(self._path(name))

    @contextmanager
    def claim(self, name: str) -> Iterator[bool]:
        """Yield True if no live process holds *name* (and hold it for the block)."""
        lock = FileLock(self._path(name))
        try:
            lock.acquire(timeout=0)
        except Timeout:
            yield False
            return
        try:
            yield True
        finally:
            lock.release()
            _unlink(self._path(name))


def _unlink(path: Path) -> None:
    with suppress(OSError):
        path.unlink()
