"""Members on their way to the staging folder: hashed and written beside the decoder.

Reading a package is three kinds of work: libarchive decompresses, SHA-256
hashes, the disk writes and syncs. Done one after another they took three
times as long as `gcab -x`. Here the decoder's thread only hands each chunk
over; a writer thread hashes and writes it (hashlib and file writes release
the GIL, so this runs on the other core), and a syncer thread asks the disk to
write what is there every few megabytes, so the final fsync of each file,
which an import needs before it commits, finds little left to do. The queue
holds at most a few chunks: memory stays bounded whatever the package size.
"""

from __future__ import annotations

import contextlib
import hashlib
import os
import queue
import threading
from concurrent.futures import Future, ThreadPoolExecutor
from pathlib import Path

QUEUE_CHUNKS = 8  # decoder chunks (1 MiB each) waiting for the writer at most
SYNC_EVERY = 16 * 1024 * 1024  # bytes written between early syncs


class Spooler:
    """Hash every member handed over; with a *folder*, write each as ``<folder>/<number>``."""

    def __init__(self, folder: Path | None) -> None:
        self.folder = folder
        self.digests: dict[int, str] = {}
        self._queue: queue.Queue = queue.Queue(maxsize=QUEUE_CHUNKS)
        self._error: BaseException | None = None
        self._syncs = ThreadPoolExecutor(max_workers=1, thread_name_prefix="spool-sync")
        self._pending: list[Future] = []
        self._writer = threading.Thread(target=self._write_loop, name="spool-writer",
                                        daemon=True)
        self._writer.start()

    def sink(self, number: int) -> _Sink:
        """Where member *number*'s bytes go; closed by opening the next or by :meth:`finish`."""
        self._put(("open", number))
        return _Sink(self, number)

    def _put(self, item: tuple) -> None:
        if self._error is not None:
            raise self._error
        self._queue.put(item)

    def finish(self) -> None:
        """Wait until every member is hashed, written and synced; raise what failed."""
        self._queue.put(None)
        self._writer.join()
        self._syncs.shutdown(wait=True)
        for future in self._pending:
            if future.exception() is not None and self._error is None:
                self._error = future.exception()
        if self._error is not None:
            raise self._error

    def abandon(self) -> None:
        """Stop after a failure elsewhere: close everything, keep quiet about it."""
        with contextlib.suppress(BaseException):  # the caller is raising its own error
            self.finish()

    # -- the writer thread --------------------------------------------------------------

    def _write_loop(self) -> None:
        current: _Member | None = None
        while (item := self._queue.get()) is not None:
            if self._error is not None:
                continue  # drain: the decoder learns of the error at its next chunk
            try:
                current = self._handle(item, current)
            except BaseException as exc:  # noqa: BLE001 - handed to the decoder's thread
                self._error = exc
        if current is not None and self._error is None:
            self._close(current)
        elif current is not None and current.out is not None:
            current.out.close()

    def _handle(self, item: tuple, current: _Member | None) -> _Member | None:
        if item[0] == "open":
            if current is not None:
                self._close(current)
            path = self.folder / str(item[1]) if self.folder is not None else None
            return _Member(item[1], path)
        current.write(item[1])
        if current.out is not None and current.unsynced >= SYNC_EVERY:
            current.unsynced = 0
            self._pending.append(self._syncs.submit(_early_sync, current.out.fileno()))
        return current

    def _close(self, member: _Member) -> None:
        self.digests[member.number] = member.digest.hexdigest()
        if member.out is not None:
            member.out.flush()
            self._pending.append(self._syncs.submit(_sync_and_close, member.out))


class _Sink:
    def __init__(self, spooler: Spooler, number: int) -> None:
        self.spooler, self.number = spooler, number

    def write(self, data: bytes) -> None:
        self.spooler._put(("data", data))


class _Member:
    def __init__(self, number: int, path: Path | None) -> None:
        self.number = number
        self.digest = hashlib.sha256()
        self.out = open(path, "wb") if path is not None else None  # noqa: SIM115
        self.unsynced = 0

    def write(self, data: bytes) -> None:
        self.digest.update(data)
        if self.out is not None:
            self.out.write(data)
            self.unsynced += len(data)


_early_sync = getattr(os, "fdatasync", os.fsync)  # macOS and Windows have only fsync


def _sync_and_close(out) -> None:
    try:
        os.fsync(out.fileno())  # on disk before the import commits
    finally:
        out.close()
