"""What the server did lately: live counters, and inventory sightings written in batches."""

from __future__ import annotations

import threading
import time
from collections import Counter, deque
from collections.abc import Callable

from app.domain.inventory import DeviceSighting


class RecentCounts:
    """Counts of events ("check", "download", "refusal", ...) in the last minute and in all."""

    def __init__(self, window: float = 60.0, clock: Callable[[], float] = time.monotonic):
        self.window, self._clock = window, clock
        self._events: deque[tuple[float, str]] = deque()
        self.totals: Counter[str] = Counter()
        self._lock = threading.Lock()

    def add(self, kind: str) -> None:
        with self._lock:
            self._events.append((self._clock(), kind))
            self.totals[kind] += 1

    def last_minute(self) -> Counter[str]:
        cutoff = self._clock() - self.window
        with self._lock:
            while self._events and self._events[0][0] < cutoff:
                self._events.popleft()
            return Counter(kind for _, kind in self._events)


class InventoryRecorder:
    """Keeps the newest sighting per device and writes them in one transaction.

    Writing one row per check would make every check wait for a disk sync;
    a phone checks once a day, so a second's delay in the inventory is free.
    """

    def __init__(self, write: Callable[[list[tuple[DeviceSighting, int]]], None]) -> None:
        """*write* stores (newest sighting, number of checks since the last write) pairs."""
        self._write = write
        self._pending: dict[str, tuple[DeviceSighting, int]] = {}
        self._lock = threading.Lock()
        self.written = 0

    def add(self, sighting: DeviceSighting) -> None:
        with self._lock:
            _, seen = self._pending.get(sighting.key, (None, 0))
            self._pending[sighting.key] = (sighting, seen + 1)

    def flush(self) -> int:
        with self._lock:
            batch, self._pending = list(self._pending.values()), {}
        if batch:
            self._write(batch)
            self.written += len(batch)
        return len(batch)
