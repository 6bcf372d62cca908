"""Ctrl-C and SIGTERM end the console cleanly, as a terminal user or a session manager expects:
the demo's throwaway folder goes, the device server stops, the exit status is 0."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time

import pytest
from helpers import ROOT


def start(tmp_path, *words) -> subprocess.Popen:
    env = {**os.environ, "PYTHONPATH": str(ROOT), "QT_QPA_PLATFORM": "offscreen",
           "TMPDIR": str(tmp_path), "XDG_CONFIG_HOME": str(tmp_path / "config"),
           "HOME": str(tmp_path)}
    return subprocess.Popen([sys.executable, "-m", "app", *words], cwd=ROOT, env=env,
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)


def wait_for(condition, seconds: float) -> bool:
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        if condition():
            return True
        time.sleep(0.1)
    return False


def demo_folders(tmp_path) -> list:
    return [p for p in tmp_path.iterdir() if p.name.startswith("ucupdates-demo-")]


def end_with(proc: subprocess.Popen, which: signal.Signals, started) -> str:
    """Once *started* holds, send *which*; the console must end cleanly. Returns stderr."""
    try:
        assert wait_for(started, 60), "the console started"
        time.sleep(2)  # let the window (and the demo's phones) come up
        proc.send_signal(which)
        _, stderr = proc.communicate(timeout=30)
    finally:
        if proc.poll() is None:
            proc.kill()
            proc.communicate()
    assert proc.returncode == 0, stderr
    assert "Traceback" not in stderr
    return stderr


@pytest.mark.parametrize("which", ["SIGTERM", "SIGINT"])
def test_a_signal_ends_the_demo_and_removes_its_folder(tmp_path, which):
    proc = start(tmp_path, "--language", "en", "demo")
    end_with(proc, getattr(signal, which), lambda: any(
        (p / "data" / "store.sqlite3").exists() for p in demo_folders(tmp_path)))
    assert demo_folders(tmp_path) == [], "the throwaway folder is removed"


def test_sigterm_ends_the_console(tmp_path):
    data = tmp_path / "data"
    proc = start(tmp_path, "--data-dir", str(data), "gui")
    end_with(proc, signal.SIGTERM, lambda: (data / "store.sqlite3").exists())
