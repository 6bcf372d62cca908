"""Shared fixtures: every test builds its own data folder under tmp_path."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


from app.packages.builder import cabinet_bytes, sample_members  # noqa: E402
from app.services import Services  # noqa: E402


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
