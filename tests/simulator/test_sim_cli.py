"""``ucupdates simulate`` as an administrator runs it."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from app.packages.builder import cabinet_bytes, sample_members

ROOT = Path(__file__).resolve().parents[2]


def ucupdates(data_dir, *words, stdin=None):
    return subprocess.run([sys.executable, "-m", "app", "--data-dir", str(data_dir), *words],
                          cwd=ROOT, capture_output=True, text=True, timeout=120, input=stdin,
                          env={**os.environ, "PYTHONPATH": str(ROOT)})


def test_simulate_with_its_own_server_shows_phones_updating(tmp_path):
    data = tmp_path / "data"
    cab = tmp_path / "sample.cab"
    cab.write_bytes(cabinet_bytes(sample_members(8192, "4.0.7577.4366")))
    assert ucupdates(data, "import", str(cab)).returncode == 0
    assert ucupdates(data, "rules", "approve", "--all").returncode == 0
    done = ucupdates(data, "simulate", "--serve", "--count", "6", "--rounds", "2")
    assert done.returncode == 0, done.stderr
    assert done.stdout.count("updated to CPE 4.0.7577.4366") == 6
    assert "6 phones: 6 on 4.0.7577.4366" in done.stdout
    assert "Traceback" not in done.stderr


def test_simulate_without_a_server_reports_the_failures(tmp_path):
    done = ucupdates(tmp_path / "data", "simulate", "--url", "http://127.0.0.1:9",
                     "--count", "2", "--rounds", "1")
    assert done.returncode == 1
    assert "cannot reach the server" in done.stdout and "Traceback" not in done.stderr


def test_simulate_refuses_nonsense_options(tmp_path):
    done = ucupdates(tmp_path / "data", "simulate", "--count", "0")
    assert done.returncode == 2 and "--count" in done.stderr
