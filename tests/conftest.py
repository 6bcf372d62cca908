"""Shared fixtures: every test builds its own data folder under tmp_path."""

from __future__ import annotations

import os
import tempfile
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


import pg_cluster  # noqa: E402

from app.packages.builder import cabinet_bytes, sample_members  # noqa: E402
from app.services import Services  # noqa: E402

PG_ENV = "UCUPDATES_TEST_PG"  # a PostgreSQL server's URL (.ci/run starts one)


@pytest.fixture(scope="session")
def pg_server():
    """The URL of a PostgreSQL server the tests may create databases on: the one
    .ci/run started, else a throwaway cluster of our own (skips where PostgreSQL is not
    installed)."""
    url = os.environ.get(PG_ENV)
    if url:
        yield url
        return
    if pg_cluster.binaries() is None:
        pytest.skip("needs PostgreSQL: install Debian's postgresql package (.ci/run does) "
                    f"or set {PG_ENV} to a server's URL")
    folder = Path(tempfile.mkdtemp(prefix="ucupdates-pg-"))
    try:
        yield pg_cluster.start(folder)
    finally:
        pg_cluster.stop(folder)


@pytest.fixture
def pg_url(pg_server):
    """An empty PostgreSQL database for one test."""
    url = pg_cluster.new_database(pg_server)
    yield url
    pg_cluster.drop_database(pg_server, url)


def pytest_generate_tests(metafunc):
    """A test marked ``both_engines`` runs once on SQLite and once on PostgreSQL: the
    store contract (docs/design.md) is the same on either."""
    chosen = any("engine" in m.args[0] for m in metafunc.definition.iter_markers("parametrize"))
    if metafunc.definition.get_closest_marker("both_engines") and not chosen and \
            "engine" in metafunc.fixturenames:
        metafunc.parametrize("engine", ["sqlite", "postgresql"], indirect=True)


@pytest.fixture
def engine(request) -> str:
    return getattr(request, "param", "sqlite")


@pytest.fixture
def store_url(engine, request):
    """Where the test's store is: None (the SQLite file in the data folder) or, for the
    PostgreSQL run of a ``both_engines`` test, a fresh database."""
    if engine == "sqlite":
        return None
    return request.getfixturevalue("pg_url")


@pytest.fixture
def data_dir(tmp_path: Path) -> Path:
    return tmp_path / "data"


@pytest.fixture
def services(data_dir: Path, store_url):
    svc = Services(data_dir, store=store_url, os_user="tester")
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
