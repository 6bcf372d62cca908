"""Fixtures: a real device server on 127.0.0.1, port 0, over a temporary data folder."""

from __future__ import annotations

import pytest
from web_support import CX600, IMAGE_SIZE, NEW, Web

from app.packages.builder import cabinet_bytes, sample_members


@pytest.fixture
def package(services, tmp_path):
    """Import a generated package (CX600 only, small images); returns nothing."""
    def make(version: str = NEW, image_size: int = IMAGE_SIZE,
             kinds: tuple[tuple[str, ...], ...] = (CX600,)) -> None:
        path = tmp_path / f"pkg-{version}-{image_size}.cab"
        path.write_bytes(cabinet_bytes(sample_members(image_size, version, kinds)))
        services.import_package(services.read_package(path))
    return make


@pytest.fixture
def web(services, data_dir, package):
    """A running server with NEW imported as a pending CX600 update."""
    package(NEW)
    server = Web(services, data_dir, package)
    try:
        yield server
    finally:
        server.stop()
