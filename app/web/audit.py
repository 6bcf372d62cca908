"""The audit log (SPEC §6.4): one line per update check, buffered, rolled by day and size."""

from __future__ import annotations

import re
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

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
    """Buffers lines; writes them every *flush_interval* s or past *cache_limit* bytes."""

    def __init__(self, data_dir: Path, limits: Callable[[], tuple[float, int, int]]) -> None:
        """*limits* returns (flush interval s, cache limit bytes, max file size bytes)."""
        self.folder = Path(data_dir) / AUDIT_DIR
        self._limits = limits
        self._lock = threading.Lock()
        self._write_lock = threading.Lock()
        self._buffer: list[tuple[str, str]] = []  # (YYYYMMDD, line)
        self._buffered_bytes = 0
        self._last_flush = time.monotonic()
        self.lines_written = 0

    def append(self, record: AuditRecord) -> None:
        line = record.line()
        with self._lock:
            self._buffer.append((record.at.astimezone(UTC).strftime("%Y%m%d"), line))
            self._buffered_bytes += len(line.encode())
            full = self._buffered_bytes > self._limits()[1]
        if full:
            self.flush()

    def buffered(self) -> list[str]:
        """Lines not yet on disk, oldest first (the console shows them at once)."""
        with self._lock:
            return [line for _, line in self._buffer]

    def flush_if_due(self) -> None:
        if time.monotonic() - self._last_flush >= self._limits()[0]:
            self.flush()

    def flush(self) -> None:
        """Write every buffered line; safe from any thread."""
        with self._lock:
            pending, self._buffer, self._buffered_bytes = self._buffer, [], 0
            self._last_flush = time.monotonic()
        if not pending:
            return
        with self._write_lock:
            self.folder.mkdir(parents=True, exist_ok=True)
            max_size = self._limits()[2]
            for day, lines in _by_day(pending):
                self._write_day(day, lines, max_size)
            self.lines_written += len(pending)

    def _write_day(self, day: str, lines: list[str], max_size: int) -> None:
        index = 0
        while index < len(lines):
            with open(self._current_file(day, max_size), "ab") as out:
                while index < len(lines) and out.tell() < max_size:
                    out.write(lines[index].encode("utf-8"))
                    index += 1

    def _current_file(self, day: str, max_size: int) -> Path:
        """The day's newest file, or the next ``YYYYMMDD_n.log`` once it is full."""
        n = 0
        while True:
            path = self.folder / (f"{day}.log" if n == 0 else f"{day}_{n}.log")
            if not path.exists() or path.stat().st_size < max_size:
                return path
            n += 1


def _by_day(pending: list[tuple[str, str]]) -> list[tuple[str, list[str]]]:
    grouped: dict[str, list[str]] = {}
    for day, line in pending:
        grouped.setdefault(day, []).append(line)
    return list(grouped.items())


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
