"""The server under a long run, a full disk and a crashed import (issue 9)."""

from __future__ import annotations

import contextlib
import logging
import os
import subprocess
import sys
import threading
import tracemalloc
from datetime import UTC, datetime
from pathlib import Path

import pytest
from helpers import ROOT
from web_support import CX600, IMAGE_SIZE, MAC, NEWER, Web, wait_for

from app.audit import AUDIT_DIR, AuditLog, AuditRecord
from app.domain.inventory import DeviceSighting
from app.domain.names import DeviceKind
from app.packages.builder import cabinet_bytes, sample_members
from app.services import Services
from app.store import files as file_queries
from app.web.activity import InventoryRecorder, RecentCounts
from app.web.housekeeping import FailureLog

# -- 2. the last-minute counters --------------------------------------------------------------


def test_recent_counts_stay_small_however_long_nobody_reads_them():
    now = [1000.0]
    counts = RecentCounts(clock=lambda: now[0])
    tracemalloc.start()
    try:
        before = tracemalloc.take_snapshot()
        for n in range(100_000):  # 100 events a second for 1000 s
            now[0] = 1000.0 + n / 100
            counts.add("check" if n % 10 else "refusal")
        grown = sum(s.size_diff for s in tracemalloc.take_snapshot().compare_to(before, "lineno"))
    finally:
        tracemalloc.stop()
    assert grown < 100_000, f"{grown} bytes kept for 100,000 events"
    recent = counts.last_minute()
    assert recent["check"] + recent["refusal"] in range(5900, 6101)  # 60 s x 100 events
    assert counts.totals == {"check": 90_000, "refusal": 10_000}
    now[0] += 61
    assert counts.last_minute() == {}


# -- 3. a full disk --------------------------------------------------------------------------------


def _record(n: int) -> AuditRecord:
    return AuditRecord(datetime.now(UTC), "127.0.0.1", "UCPhone", f"00-04-F2-00-{n // 256:02X}-"
                       f"{n % 256:02X}", outcome="no-update")


def _lines_on_disk(data_dir: Path) -> list[str]:
    folder = data_dir / AUDIT_DIR
    lines = []
    for path in sorted(folder.glob("*.log")) if folder.is_dir() else []:
        data = path.read_text(encoding="utf-8")
        assert data.startswith("Logging DateTime,"), f"{path.name} has no header row"
        assert data.endswith("\n"), f"{path.name} ends mid-line"
        lines += data.splitlines()[1:]
    return lines


def test_audit_lines_are_kept_while_the_disk_refuses_them_and_written_after(tmp_path, caplog,
                                                                             monkeypatch):
    line_size = len(_record(0).line().encode())
    monkeypatch.setattr(AuditLog, "MAX_KEPT_BYTES", 30 * line_size, raising=False)  # 30 rows
    blocker = tmp_path / "Logs"
    blocker.write_text("a file where the audit folder should be")
    audit = AuditLog(tmp_path, lambda: (300.0, 10**6, 10**6))
    records = [_record(n) for n in range(40)]
    with caplog.at_level(logging.INFO, logger="ucupdates.server"):
        for record in records:
            audit.append(record)
            assert audit.flush() is False  # never raises
        kept = audit.buffered()
        assert 20 < len(kept) < 40 and audit.lines_dropped == 40 - len(kept)
        blocker.unlink()
        assert audit.flush() is True
    assert _lines_on_disk(tmp_path) == [r.line().rstrip("\r\n") for r in records[:len(kept)]]
    assert audit.lines_written == len(kept) and audit.buffered() == []
    messages = [r.getMessage() for r in caplog.records]
    assert len(messages) == 2, messages  # one when it starts failing, one when it ends
    assert "cannot write the audit log" in messages[0]
    assert f"{audit.lines_dropped} lines did not fit" in messages[1]


def test_sightings_are_kept_when_the_inventory_cannot_be_written():
    written, failing = [], [True]

    def write(batch):
        if failing[0]:
            raise OSError(28, "No space left on device")
        written.extend(batch)

    recorder = InventoryRecorder(write)
    recorder.add(_sighting(MAC))
    with pytest.raises(OSError):
        recorder.flush()
    recorder.add(_sighting(MAC))
    recorder.add(_sighting("00-04-F2-00-00-02"))
    failing[0] = False
    assert recorder.flush() == 2
    assert sorted((s.mac, seen) for s, seen in written) == [("00-04-F2-00-00-02", 1), (MAC, 2)]


def test_a_housekeeping_task_that_keeps_failing_is_logged_once_and_once_recovered(caplog):
    failures, full = FailureLog(), [True]

    def write() -> None:
        if full[0]:
            raise OSError(28, "No space left on device")

    with caplog.at_level(logging.INFO, logger="ucupdates.server"):
        for _ in range(20):  # ten seconds of housekeeping
            failures.run("writing the device inventory", write)
        full[0] = False
        failures.run("writing the device inventory", write)
        failures.run("writing the device inventory", write)
    assert [(r.levelname, bool(r.exc_info)) for r in caplog.records] == [
        ("ERROR", False), ("WARNING", False)]
    assert "No space left on device" in caplog.records[0].getMessage()


def _sighting(mac: str) -> DeviceSighting:
    return DeviceSighting(DeviceKind.checked(*CX600), mac, None, {"CPE": "4.0.7577.4066"},
                          "2026-01-01T00:00:00+00:00", "127.0.0.1", None, False, None, False)


@contextlib.contextmanager
def _small_disk(where: Path, size: str):
    """A tmpfs of *size* mounted at *where* (root only); skips the test otherwise."""
    if not hasattr(os, "geteuid") or os.geteuid() != 0:
        pytest.skip("a full disk is simulated with a small tmpfs, which needs root to mount")
    where.mkdir()
    mounted = subprocess.run(["mount", "-t", "tmpfs", "-o", f"size={size}", "tmpfs", str(where)],
                             capture_output=True, text=True)
    if mounted.returncode != 0:
        pytest.skip(f"cannot mount a tmpfs here: {mounted.stderr.strip()}")
    try:
        yield where
    finally:
        subprocess.run(["umount", "-l", str(where)], capture_output=True)


def _fill(path: Path) -> None:
    with open(path, "wb", buffering=0) as out:
        with contextlib.suppress(OSError):
            while True:
                out.write(b"\0" * 65536)
        with contextlib.suppress(OSError):
            while True:  # the last few bytes
                out.write(b"\0" * 512)


def test_a_full_disk_keeps_checks_answered_and_loses_no_audit_line(tmp_path, caplog,
                                                                    monkeypatch):
    monkeypatch.setattr(AuditLog, "RETRY_SECONDS", 0.5, raising=False)
    with _small_disk(tmp_path / "disk", "8m") as disk:
        data_dir = disk / "data"
        services = Services(data_dir, os_user="tester")
        cab = tmp_path / "newer.cab"
        cab.write_bytes(cabinet_bytes(sample_members(IMAGE_SIZE, NEWER, (CX600,))))
        services.import_package(services.read_package(cab))
        services.set_setting("MaxLogCacheLimit", "2000")  # write about every ten checks
        web = Web(services, data_dir, package=None)
        try:
            with caplog.at_level(logging.INFO, logger="ucupdates"):
                answered = _checks_during_and_after_a_full_disk(web, disk / "filler")
            web.stop()
            on_disk = len(_lines_on_disk(data_dir))
            assert web.runner.app.audit.lines_dropped == 0
            assert on_disk == answered
            assert sum(e.checks for e in services.inventory()) == answered
        finally:
            web.stop()
            services.close()
    print(f"\naudit lines on disk after a disk-full episode: {on_disk} of {answered} checks")
    errors = [r for r in caplog.records if r.levelno >= logging.ERROR]
    assert len([r for r in errors if "audit log" in r.getMessage()]) == 1, errors
    assert len(errors) <= 2, [r.getMessage() for r in errors]  # audit, inventory: once each
    assert not [r for r in errors if r.exc_info], "a full disk is no bug: no traceback"


def _checks_during_and_after_a_full_disk(web: Web, filler: Path) -> int:
    _fill(filler)
    macs = [f"00-04-F2-00-01-{n:02X}" for n in range(120)]
    replies = [web.check(mac=mac) for mac in macs]
    assert [r.status for r in replies] == [200] * len(macs)
    assert web.runner.app.audit.failure is not None  # the disk really was full
    upload = web.request("PUT", "/RequestHandler/Logs/Watson/crash.txt", b"x" * 100_000)
    assert (upload.status, upload.reason) == (507, "insufficient-storage")
    wait_for(lambda: web.runner.housekeeping.failures.failing, what="a failed inventory write")
    filler.unlink()
    wait_for(lambda: web.runner.app.audit.failure is None
             and not web.runner.housekeeping.failures.failing, timeout=10,
             what="the kept audit lines and sightings to be written")
    web.ok()
    return len(macs) + 1


# -- 8. an import that crashed after its commit ---------------------------------------------------


def _newer_cab(tmp_path: Path) -> Path:
    cab = tmp_path / "newer.cab"
    cab.write_bytes(cabinet_bytes(sample_members(IMAGE_SIZE, NEWER, (CX600,))))
    return cab


def _journal(services: Services) -> dict:
    with services.db.read() as conn:
        return file_queries.journal(conn)


def test_the_running_server_finishes_an_import_that_crashed_after_its_commit(web, tmp_path):
    cab = _newer_cab(tmp_path)
    env = {**os.environ, "UCUPDATES_CRASH_AT": "committed", "PYTHONPATH": str(ROOT)}
    crashed = subprocess.run(
        [sys.executable, "-m", "app", "--data-dir", str(web.data_dir), "import", str(cab)],
        cwd=ROOT, env=env, capture_output=True, text=True, timeout=60)
    assert crashed.returncode < 0, crashed.stderr  # killed itself right after the commit
    path = web.file_path(NEWER)
    assert wait_for(lambda: web.request("GET", path).status == 200, timeout=3,
                    what="the server to move the committed files into place")
    wait_for(lambda: not any((web.data_dir / "tmp").iterdir()), timeout=3,
             what="the staging folder and its lock to be swept")
    assert _journal(web.services) == {}


def test_the_server_leaves_a_live_import_alone_and_finishes_it_once_it_dies(web, tmp_path,
                                                                            monkeypatch):
    services = web.services
    committed, die = threading.Event(), threading.Event()
    move_into_place = services.files.move_into_place

    def die_instead_of_moving(import_id: str, moves: list) -> None:
        if threading.current_thread() is not importing:
            return move_into_place(import_id, moves)  # the server's recovery
        committed.set()  # the import has committed and holds its staging lock
        die.wait(10)
        raise KeyboardInterrupt  # ... and dies before moving anything

    monkeypatch.setattr(services.files, "move_into_place", die_instead_of_moving)
    package = services.read_package(_newer_cab(tmp_path))

    def run_import() -> None:
        with contextlib.suppress(KeyboardInterrupt):
            services.import_package(package)

    importing = threading.Thread(target=run_import)
    importing.start()
    try:
        assert committed.wait(10)
        recovery = web.runner.housekeeping.recovery
        wait_for(lambda: recovery.waiting, what="the server to see the live import's journal")
        assert web.request("GET", web.file_path(NEWER)).status == 404
        assert len(_journal(services)) == 1 and any((web.data_dir / "tmp").iterdir())
    finally:
        die.set()
        importing.join(10)
    assert wait_for(lambda: web.request("GET", web.file_path(NEWER)).status == 200, timeout=3,
                    what="the server to finish the dead import")
    wait_for(lambda: _journal(services) == {}, what="the journal row to be removed")
