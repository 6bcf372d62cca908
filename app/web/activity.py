"""What the server did lately: live counters, and inventory sightings written in batches."""

from __future__ import annotations

import threading
import time
from collections import Counter, deque
from collections.abc import Callable

from app.domain.inventory import DeviceSighting


class RecentCounts:
    """Counts of events ("check", "download", "refusal", ...) in the last minute and in all.

    Events are counted in one-second buckets, pruned as they are added: memory
    stays at about *window* buckets however many requests arrive and however
    rarely anyone reads the counts (``serve`` never does).
    """

    def __init__(self, window: float = 60.0, clock: Callable[[], float] = time.monotonic):
        self.window, self._clock = window, clock
        self._buckets: deque[tuple[int, Counter[str]]] = deque()  # (second, counts)
        self.totals: Counter[str] = Counter()
        self._lock = threading.Lock()

    def add(self, kind: str) -> None:
        second = int(self._clock())
        with self._lock:
            if not self._buckets or self._buckets[-1][0] != second:
                self._buckets.append((second, Counter()))
                self._prune(second)
            self._buckets[-1][1][kind] += 1
            self.totals[kind] += 1

    def last_minute(self) -> Counter[str]:
        now = self._clock()
        with self._lock:
            self._prune(now)
            total: Counter[str] = Counter()
            for _, counts in self._buckets:
                total.update(counts)
            return total

    def _prune(self, now: float) -> None:
        while self._buckets and self._buckets[0][0] <= now - self.window:
            self._buckets.popleft()

    @property
    def buckets(self) -> int:
        """How many one-second buckets are kept (bounded by the window)."""
        return len(self._buckets)


class InventoryRecorder:
    """Keeps the newest sighting per device and writes them in one transaction.

    Writing one row per check would make every check wait for a disk sync;
    a phone checks once a day, so a second's delay in the inventory is free.
    """

    MAX_PENDING = 50_000  # devices; reached only when writes keep failing (a full disk)

    def __init__(self, write: Callable[[list[tuple[DeviceSighting, int]]], None]) -> None:
        """*write* stores (newest sighting, number of checks since the last write) pairs."""
        self._write = write
        self._pending: dict[str, tuple[DeviceSighting, int]] = {}
        self._lock = threading.Lock()
        self.written = 0
        self.dropped = 0

    def add(self, sighting: DeviceSighting) -> None:
        with self._lock:
            _, seen = self._pending.get(sighting.key, (None, 0))
            if not seen and len(self._pending) >= self.MAX_PENDING:
                self.dropped += 1  # the store has been failing for a long while
                return
            self._pending[sighting.key] = (sighting, seen + 1)

    @property
    def pending(self) -> int:
        """Devices whose newest sighting is not written yet."""
        with self._lock:
            return len(self._pending)

    def flush(self) -> int:
        """Write the pending sightings; if that fails they stay pending (and it raises)."""
        with self._lock:
            batch, self._pending = self._pending, {}
        if not batch:
            return 0
        try:
            self._write(list(batch.values()))
        except BaseException:
            self._keep(batch)
            raise
        self.written += len(batch)
        return len(batch)

    def _keep(self, batch: dict[str, tuple[DeviceSighting, int]]) -> None:
        """Merge an unwritten batch back under the sightings that came in meanwhile."""
        with self._lock:
            for key, (sighting, seen) in batch.items():
                newer, since = self._pending.get(key, (sighting, 0))
                self._pending[key] = (newer, seen + since)
