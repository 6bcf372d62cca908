"""Plain helpers the tests share (import them with ``from helpers import ...``).

Kept out of conftest.py: several folders have a conftest.py, and importing
"conftest" by name picks whichever was loaded last.
"""

from __future__ import annotations

import os
import sqlite3
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
CORPUS = ROOT.parent / "shared" / "corpus" / "cab"


def snapshot(data_dir: Path, raw_store: bool = True) -> dict[str, bytes]:
    """Every file under the data folder with its bytes, plus a dump of the store.

    Only SQLite's shared-memory index (``-shm``) is left out: it is a cache
    that readers rewrite, not data. With *raw_store* False the store is
    compared by its dump only: another process closing the store checkpoints
    the WAL into the main file, which moves bytes but no data.
    """
    files = {}
    for path in sorted(data_dir.rglob("*")):
        rel = path.relative_to(data_dir).as_posix()
        if not raw_store and rel.startswith("store.sqlite3"):
            continue
        if path.is_file() and not rel.endswith("-shm"):
            files[rel] = path.read_bytes()
    conn = sqlite3.connect(data_dir / "store.sqlite3")
    files["store.sqlite3 (dump)"] = "\n".join(conn.iterdump()).encode()
    conn.close()
    return files


def import_in_process(data_dir: Path, cab: Path) -> None:
    """Import *cab* with services of their own, as another command would."""
    from app.services import Services

    services = Services(data_dir, os_user="tester")
    try:
        services.import_package(services.read_package(cab))
    finally:
        services.close()


def run_cli(data_dir: Path, *words: str, crash_at: str | None = None, stdin=None,
            **kwargs) -> subprocess.CompletedProcess:
    """``ucupdates --data-dir DATA_DIR WORDS…`` as its own process, as an administrator runs
    it; *crash_at* kills it at that named point (``UCUPDATES_CRASH_AT``)."""
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    env.pop("UCUPDATES_CRASH_AT", None)
    if crash_at:
        env["UCUPDATES_CRASH_AT"] = crash_at
    return subprocess.run([sys.executable, "-m", "app", "--data-dir", str(data_dir), *words],
                          cwd=ROOT, capture_output=True, text=True, timeout=120, stdin=stdin,
                          env=env, **kwargs)
