"""A real device server on port 0 with the sample package, for the simulated phones."""

from __future__ import annotations

import pytest

from app.domain.names import DeviceKind
from app.packages.builder import SAMPLE_KINDS, cabinet_bytes, sample_members
from app.simulator.fleet import Fleet
from app.simulator.phone import Clock
from app.web.runner import ServerRunner

V1, V2 = "4.0.7577.4366", "4.0.7577.4400"
KINDS = [DeviceKind(*k) for k in SAMPLE_KINDS]


@pytest.fixture
def import_version(services, tmp_path):
    def run(version: str, image_size: int = 64 * 1024) -> None:
        path = tmp_path / f"sample-{version}.cab"
        path.write_bytes(cabinet_bytes(sample_members(image_size, version)))
        services.import_package(services.read_package(path))
    return run


@pytest.fixture
def server(services):
    runner = ServerRunner(services, host="127.0.0.1", port=0, threads=16)
    runner.start()
    yield runner
    runner.stop()


@pytest.fixture
def fleet(server):
    events = []
    fleet = Fleet(server.state.url, clock=Clock(scale=1_000_000), on_event=events.append)
    fleet.events = events
    yield fleet
    fleet.stop()
