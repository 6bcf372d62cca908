"""Shared fixtures: every test builds its own data folder under tmp_path."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from app.packages.builder import cabinet_bytes, sample_members  # noqa: E402
from app.services import Services  # noqa: E402

ROOT = Path(__file__).resolve().parent.parent
CORPUS = ROOT.parent / "shared" / "corpus" / "cab"


@pytest.fixture
def data_dir(tmp_path: Path) -> Path:
    return tmp_path / "data"


@pytest.fixture
def services(data_dir: Path):
    svc = Services(data_dir, os_user="tester")
    yield svc
    svc.close()


@pytest.fixture
def sample_cab(tmp_path: Path):
    """Write a sample package (small images) and return its path; version selectable."""
    def make(version: str = "4.0.7577.4366", image_size: int = 4096,
             name: str | None = None) -> Path:
        path = tmp_path / (name or f"sample-{version}.cab")
        path.write_bytes(cabinet_bytes(sample_members(image_size, version)))
        return path
    return make


def snapshot(data_dir: Path, raw_store: bool = True) -> dict[str, bytes]:
    """Every file under the data folder with its bytes, plus a dump of the store.

    Only SQLite's shared-memory index (``-shm``) is left out: it is a cache
    that readers rewrite, not data. With *raw_store* False the store is
    compared by its dump only: another process closing the store checkpoints
    the WAL into the main file, which moves bytes but no data.
    """
    import sqlite3

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
