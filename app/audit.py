"""The request handler audit log (docs/protocol.md §6.4), as Lync writes it and scripts read it.

One CSV row per update check (RFC 4180, UTF-8) in
``Logs/Server/Audit/imageUpdates/RequestHandlerAuditLog_<server>_<YYYYMMDD>.log``,
each file starting with the header row; a day's further files, once the
current one passes MaxLogFileSize, are ``…_<YYYYMMDD>_<n>.log``. Rows are
buffered and written in batches. Revision 1 wrote ``<YYYYMMDD>.log`` files of
``;``-separated lines: :func:`read_audit` still reads those, so an old data
folder's history stays in the console's Logs tab.
"""

from __future__ import annotations

import csv
import io
import logging
import os
import re
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

from app.data_folder import DataFolder

log = logging.getLogger("ucupdates.server")
AUDIT_DIR = DataFolder(Path()).audit  # relative: the tests' paths
FILE_PREFIX = "RequestHandlerAuditLog_"
HEADER = ("Logging DateTime", "User Host Address", "Device Type", "Mac Address",
          "Serial Number", "Vendor", "Model", "Revision", "Locale", "Request Modules",
          "Response Modules", "User Id", "Outcome")
HEADER_LINE = ",".join(HEADER) + "\r\n"
_FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")
_SERVER_NAME_UNSAFE = re.compile(r"[^A-Za-z0-9.\-]")
_REVISION1_UNSAFE = re.compile(r"%([0-9A-F]{2})")

# the keys of a row as read_audit returns it (the console's Logs tab reads these)
FIELDS = ("time", "client", "DeviceType", "MAC", "Serial", "Brand", "Model", "Revision",
          "Locale", "request", "response", "UserId", "outcome")


def file_server_name(name: str) -> str:
    """*name* as it may appear in an audit file name (no separators or odd characters)."""
    return _SERVER_NAME_UNSAFE.sub("-", name.strip()) or "ucupdates"


def spreadsheet_safe(value: str | None) -> str:
    """A cell no spreadsheet runs as a formula: a leading ``=``, ``+``, ``-``, ``@``, tab or
    CR gets a ``'`` in front (OWASP's advice for CSV injection)."""
    if not value:
        return ""
    return "'" + value if value.startswith(_FORMULA_STARTS) else value


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

    def cells(self) -> list[str]:
        """The row's 13 cells, in HEADER's order."""
        return [self.at.astimezone(UTC).strftime("%Y-%m-%d %H:%M:%S"), self.client,
                self.device_type, self.mac, self.serial, self.brand, self.model,
                self.revision, self.locale,
                ";".join("/".join(m) for m in self.request_modules),
                ";".join("/".join(m) for m in self.response_modules),
                self.user_id, self.outcome]

    def line(self) -> str:
        """The row as CSV text (RFC 4180: quoted where needed, CRLF)."""
        out = io.StringIO()
        csv.writer(out, lineterminator="\r\n").writerow(
            [spreadsheet_safe(c) for c in self.cells()])
        return out.getvalue()


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

    def __init__(self, data_dir: Path, limits: Callable[[], tuple[float, int, int]],
                 server_name: str = "ucupdates") -> None:
        """*limits* returns (flush interval s, cache limit bytes, max file size bytes);
        *server_name* names this server in the file names (``serve --server-name``)."""
        self.folder = DataFolder(data_dir).audit
        self.server_name = file_server_name(server_name)
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
        """The day's newest file, or the next ``…_YYYYMMDD_n.log`` once it is full."""
        n = 0
        stem = f"{FILE_PREFIX}{self.server_name}_{day}"
        while True:
            path = self.folder / (f"{stem}.log" if n == 0 else f"{stem}_{n}.log")
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
        data, count = bytearray(HEADER_LINE.encode() if size == 0 else b""), 0
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
    """The newest *limit* audit rows, newest first, as field dicts (keys: FIELDS).

    *buffered* are a running server's rows not yet written (they are newest).
    Files of every server and of revision 1 are read, newest day first.
    """
    rows: list[dict[str, str]] = []
    for line in reversed(buffered or []):
        rows.extend(_csv_rows(line))
    folder = DataFolder(data_dir).audit
    files = sorted(folder.glob("*.log"), key=_audit_order, reverse=True) \
        if folder.is_dir() else []
    for path in files:
        if len(rows) >= limit:
            break
        text = path.read_text(encoding="utf-8", errors="replace")
        found = _csv_rows(text) if text.startswith(HEADER[0]) else _revision1_rows(text)
        rows.extend(reversed(found))
    return rows[:limit]


def _csv_rows(text: str) -> list[dict[str, str]]:
    """Rows of CSV text (a file with its header, or buffered rows without)."""
    found = []
    for cells in csv.reader(io.StringIO(text)):
        if len(cells) == len(FIELDS) and cells[0] != HEADER[0]:
            found.append(dict(zip(FIELDS, (_unsafe_mark_removed(c) for c in cells),
                                  strict=True)))
    return found


def _unsafe_mark_removed(cell: str) -> str:
    return cell[1:] if cell.startswith("'") and cell[1:].startswith(_FORMULA_STARTS) else cell


def _revision1_rows(text: str) -> list[dict[str, str]]:
    """Revision 1's ``;``-separated lines, in this revision's values."""
    found = []
    for line in text.splitlines():
        parts = line.split(";")
        if len(parts) != len(FIELDS):
            continue
        row = dict(zip(FIELDS, (_REVISION1_UNSAFE.sub(lambda m: chr(int(m.group(1), 16)), p)
                                 for p in parts), strict=True))
        row["time"] = row["time"].replace("T", " ").split(".")[0].rstrip("Z")
        for key in ("request", "response"):  # "CPE,1.0.0.0#X,…" -> "CPE/1.0.0.0;X/…"
            row[key] = ";".join(m.replace(",", "/") for m in row[key].split("#") if m)
        found.append(row)
    return found


def _audit_order(path: Path) -> tuple[str, int]:
    """(day, part) of ``RequestHandlerAuditLog_<server>_<day>[_<n>].log`` or revision 1's
    ``<day>[_<n>].log``."""
    parts = path.stem.split("_")
    if path.stem.startswith(FILE_PREFIX):
        parts = parts[2:]
    day = parts[0] if parts else ""
    number = parts[1] if len(parts) > 1 and parts[1].isdigit() else "0"
    return day, int(number)
