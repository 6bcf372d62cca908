"""Automatic clean-up of device logs and audit files (docs/protocol.md §6.3, LogCleanUpInterval)."""

from __future__ import annotations

import os
import time
from datetime import datetime

from web_support import wait_for

from app.web.housekeeping import cleanup_due as _cleanup_due
from app.web.runner import ServerRunner


def _aged(path, days: float) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text("log")
    then = time.time() - days * 86400
    os.utime(path, (then, then))


def test_running_server_deletes_logs_older_than_the_interval(services, data_dir):
    services.set_setting("LogCleanUpInterval", "7")
    old_log = data_dir / "Logs/Client/Watson/old.dmp"
    old_audit = data_dir / "Logs/Server/Audit/imageUpdates/20000101.log"
    recent = data_dir / "Logs/Client/Watson/recent.dmp"
    _aged(old_log, 8)
    _aged(old_audit, 30)
    _aged(recent, 6)
    runner = ServerRunner(services, host="127.0.0.1", port=0)
    runner.start()
    try:
        wait_for(lambda: not old_log.exists() and not old_audit.exists(), timeout=5,
                 what="the clean-up to delete old logs")
    finally:
        runner.stop()
    assert recent.exists()


def test_cleanup_runs_hourly_without_a_time_of_day():
    now = datetime(2026, 11, 27, 10, 0).astimezone()
    assert _cleanup_due(None, now, last=0)
    assert not _cleanup_due(None, now, last=time.time() - 600)
    assert _cleanup_due(None, now, last=time.time() - 3601)


def test_cleanup_runs_once_a_day_at_the_time_of_day():
    morning = datetime(2026, 11, 27, 1, 0).astimezone()
    later = morning.replace(hour=2, minute=31)
    at = "02:30"
    assert not _cleanup_due(at, morning, last=0)  # not yet today
    assert _cleanup_due(at, later, last=0)
    assert not _cleanup_due(at, later, last=later.timestamp() - 30)  # already ran at 02:30
    yesterday = later.replace(day=26).timestamp()
    assert _cleanup_due(at, later, last=yesterday)
