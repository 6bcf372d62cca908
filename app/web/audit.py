"""The audit log (SPEC §6.4): one line per update check, buffered, rolled by day and size."""

from __future__ import annotations

import logging
import os
import re
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

log = logging.getLogger("ucupdates.server")
AUDIT_DIR = Path("Logs/Server/Audit/imageUpdates")
_UNSAFE = re.compile(r"[%;#,\x00-\x1f\x7f]")


FIELDS = ("time", "client", "DeviceType", "MAC", "Serial", "Brand", "Model", "Revision",
          "Locale", "request", "response", "UserId", "outcome")


def escape(value: str | None) -> str:
    """Percent-encode the separators (and '%', and control characters) inside a value."""
    if not value:
        return ""
    return _UNSAFE.sub(lambda m: f"%{ord(m.group()):02X}", value)


@dataclass(frozen=True)
class AuditRecord:
    at: datetime
    client: str
    device_type: str | None = None
    mac: str | None = None
    serial: str | None = None
    brand: str | None = None
    model: str | None = None
    revision: str | None = None
    locale: str | None = None
    request_modules: tuple[tuple[str, str], ...] = ()
    response_modules: tuple[tuple[str, str, str], ...] = ()
    user_id: str | None = None
    outcome: str = ""

    def line(self) -> str:
        modules_in = "#".join(",".join(escape(p) for p in m) for m in self.request_modules)
        modules_out = "#".join(",".join(escape(p) for p in m) for m in self.response_modules)
        fields = [self.at.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%S.%fZ"), self.client,
                  self.device_type, self.mac, self.serial, self.brand, self.model,
                  self.revision, self.locale]
        head = ";".join(escape(f) for f in fields)
        tail = ";".join((escape(self.user_id), escape(self.outcome)))
        return f"{head};{modules_in};{modules_out};{tail}\n"


class AuditLog:
    """Buffers lines; writes them every *flush_interval* s or past *cache_limit* bytes.

    Writing never raises: when the disk is full (or the folder unwritable),
    the lines stay in memory, up to :attr:`MAX_KEPT_BYTES`, and are written
    once a retry (every :attr:`RETRY_SECONDS`) succeeds; lines beyond that are
    counted in :attr:`lines_dropped`. The episode is logged when it starts and
    when it ends. A write that fails half-way is cut back, so a file never
    ends in half a line.
    """

    MAX_KEPT_BYTES = 4 * 1024 * 1024  # about 20,000 lines
    RETRY_SECONDS = 2.0

    def __init__(self, data_dir: Path, limits: Callable[[], tuple[float, int, int]]) -> None:
        """*limits* returns (flush interval s, cache limit bytes, max file size bytes)."""
        self.folder = Path(data_dir) / AUDIT_DIR
        self._limits = limits
        self._lock = threading.Lock()  # the buffer
        self._write_lock = threading.Lock()  # one writer at a time, in order
        self._buffer: list[tuple[str, str]] = []  # (YYYYMMDD, line)
        self._buffered_bytes = 0
        self._last_flush = time.monotonic()
        self.lines_written = 0
        self.lines_dropped = 0
        self.failure: str | None = None  # why the last write failed, while it keeps failing
        self._dropped_before = 0

    def append(self, record: AuditRecord) -> None:
        line = record.line()
        size = len(line.encode())
        with self._lock:
            if self._buffered_bytes + size > self.MAX_KEPT_BYTES:
                self.lines_dropped += 1
                return
            self._buffer.append((record.at.astimezone(UTC).strftime("%Y%m%d"), line))
            self._buffered_bytes += size
            full = self._buffered_bytes > self._limits()[1] and self.failure is None
        if full:
            self.flush()

    def buffered(self) -> list[str]:
        """Lines not yet on disk, oldest first (the console shows them at once)."""
        with self._lock:
            return [line for _, line in self._buffer]

    def flush_if_due(self) -> None:
        interval = self.RETRY_SECONDS if self.failure else self._limits()[0]
        if time.monotonic() - self._last_flush >= interval:
            self.flush()

    def flush(self) -> bool:
        """Write every buffered line; safe from any thread. False if some are still kept."""
        with self._write_lock:
            with self._lock:
                pending, self._buffer, self._buffered_bytes = self._buffer, [], 0
                self._last_flush = time.monotonic()
            if not pending:
                return True
            written = self._write(pending)
            self.lines_written += written
            if written < len(pending):
                self._keep(pending[written:])
                return False
            self._recovered()
            return True

    def _write(self, pending: list[tuple[str, str]]) -> int:
        """Write *pending* in order; how many lines reached the disk."""
        written = 0
        try:
            self.folder.mkdir(parents=True, exist_ok=True)
            max_size = self._limits()[2]
            for day, lines in _runs_by_day(pending):
                done = 0
                while done < len(lines):
                    count = _append_lines(self._current_file(day, max_size), lines, done,
                                          max_size)
                    done, written = done + count, written + count
        except OSError as exc:
            self._failed(exc, len(pending) - written)
        return written

    def _keep(self, unwritten: list[tuple[str, str]]) -> None:
        """Put lines that could not be written back in front of the newer ones."""
        with self._lock:
            self._buffer[:0] = unwritten
            self._buffered_bytes += sum(len(line.encode()) for _, line in unwritten)

    def _failed(self, exc: OSError, kept: int) -> None:
        reason = exc.strerror or str(exc)
        if self.failure is None:
            self._dropped_before = self.lines_dropped
            log.error("cannot write the audit log in %s (%s): keeping %d lines in memory "
                      "(up to %d MB) and retrying every %.0f s", self.folder, reason, kept,
                      self.MAX_KEPT_BYTES // (1024 * 1024), self.RETRY_SECONDS)
        self.failure = reason

    def _recovered(self) -> None:
        if self.failure is None:
            return
        dropped = self.lines_dropped - self._dropped_before
        log.warning("the audit log can be written again: the lines kept in memory are on "
                    "disk; %d lines did not fit in memory and were dropped", dropped)
        self.failure = None

    def close(self) -> None:
        """Write what is buffered; say once what could not be written."""
        if not self.flush():
            log.error("%d audit lines could not be written (%s); %d were dropped earlier",
                      len(self.buffered()), self.failure, self.lines_dropped)

    def _current_file(self, day: str, max_size: int) -> Path:
        """The day's newest file, or the next ``YYYYMMDD_n.log`` once it is full."""
        n = 0
        while True:
            path = self.folder / (f"{day}.log" if n == 0 else f"{day}_{n}.log")
            if not path.exists() or path.stat().st_size < max_size:
                return path
            n += 1


def _append_lines(path: Path, lines: list[str], start: int, max_size: int) -> int:
    """Append lines from *start* while the file is under *max_size* (at least one line).

    All or nothing: if the disk fills up half-way, the file is cut back to
    where it was, so it never ends in half a line. Returns how many were written.
    """
    with open(path, "ab", buffering=0) as out:
        size = out.seek(0, os.SEEK_END)
        data, count = bytearray(), 0
        while start + count < len(lines) and (count == 0 or size + len(data) < max_size):
            data += lines[start + count].encode("utf-8")
            count += 1
        try:
            view = memoryview(data)
            while view:
                view = view[out.write(view):]
        except OSError:
            out.truncate(size)
            raise
    return count


def _runs_by_day(pending: list[tuple[str, str]]) -> list[tuple[str, list[str]]]:
    """Consecutive lines of the same day, in order (so written lines are a prefix)."""
    runs: list[tuple[str, list[str]]] = []
    for day, line in pending:
        if runs and runs[-1][0] == day:
            runs[-1][1].append(line)
        else:
            runs.append((day, [line]))
    return runs


def read_audit(data_dir: Path, limit: int = 10_000,
               buffered: list[str] | None = None) -> list[dict[str, str]]:
    """The newest *limit* audit lines, newest first, as field dicts (values decoded).

    *buffered* are a running server's lines not yet written (they are newest).
    """
    rows: list[dict[str, str]] = []
    for line in reversed(buffered or []):
        _add_line(rows, line)
    folder = Path(data_dir) / AUDIT_DIR
    files = sorted(folder.glob("*.log"), key=_audit_order, reverse=True) \
        if folder.is_dir() else []
    for path in files:
        if len(rows) >= limit:
            break
        lines = path.read_text(encoding="utf-8", errors="replace").splitlines()
        for line in reversed(lines):
            _add_line(rows, line)
            if len(rows) >= limit:
                break
    return rows[:limit]


def _add_line(rows: list[dict[str, str]], line: str) -> None:
    parts = line.rstrip("\n").split(";")
    if len(parts) == len(FIELDS):
        rows.append(dict(zip(FIELDS, (_unescape(p) for p in parts), strict=True)))


def _audit_order(path: Path) -> tuple[str, int]:
    day, _, number = path.stem.partition("_")
    return day, int(number) if number.isdigit() else 0


def _unescape(value: str) -> str:
    return re.sub(r"%([0-9A-F]{2})", lambda m: chr(int(m.group(1), 16)), value)
