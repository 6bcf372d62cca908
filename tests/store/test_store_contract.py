"""The store contract on both engines (issue 13): what a pool on PostgreSQL must keep of
what one machine on SQLite promises.

The SPEC §4 lifecycle runs on both engines in tests/domain/test_lifecycle.py and the
console's device list in tests/store/test_inventory_view.py (both ``both_engines``).
Here: an import killed at each point and recovered by the next process to start,
a live import left alone by another process's start, two processes importing at
once, a change seen by another process within a second, and ``store copy``.
"""

from __future__ import annotations

import hashlib
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from helpers import ROOT

from app.domain.errors import UserError
from app.domain.rules import RuleAction
from app.packages.builder import SAMPLE_KINDS, cabinet_bytes, sample_members
from app.packages.filestore import STORE_DIR, TMP_DIR
from app.services import RuleFilter, Services
from app.store.catalog import CatalogCache

A, B = "4.0.7577.4366", "4.0.7577.4400"
pytestmark = [pytest.mark.both_engines,
              pytest.mark.skipif(sys.platform == "win32", reason="needs SIGKILL")]


def cli(data_dir: Path, store: str | None, *words: str, crash_at: str | None = None,
        wait: bool = True):
    env = {k: v for k, v in os.environ.items()
           if k not in ("UCUPDATES_CRASH_AT", "UCUPDATES_STORE")}
    if crash_at:
        env["UCUPDATES_CRASH_AT"] = crash_at
    command = [sys.executable, "-m", "app", "--data-dir", str(data_dir),
               *(["--store", store] if store else []), *words]
    if not wait:
        return subprocess.Popen(command, cwd=ROOT, env=env, stdout=subprocess.PIPE,
                                stderr=subprocess.PIPE, text=True)
    return subprocess.run(command, cwd=ROOT, env=env, capture_output=True, text=True,
                          timeout=120)


def package(path: Path, version: str, kinds=SAMPLE_KINDS) -> Path:
    path.write_bytes(cabinet_bytes(sample_members(8192, version, kinds), compress=False))
    return path


def check(data_dir: Path, store: str | None) -> dict[str, tuple]:
    """Start once more (recovery runs), then check what the store promises: no journal,
    no staging leftovers, every recorded file on disk with its size and hash. Returns
    each rule's (approved, pending, restore) by kind key."""
    svc = Services(data_dir, store=store, os_user="tester")
    try:
        with svc.db.read() as conn:
            assert conn.execute("SELECT COUNT(*) FROM import_journal").fetchone()[0] == 0
            files = [tuple(r) for r in conn.execute(
                "SELECT rel_dir, name, size, sha256 FROM stored_files")]
            rules = {r[0]: (r[1], r[2], r[3]) for r in conn.execute(
                "SELECT kind_key, approved_version, pending_version, restore_version "
                "FROM rules")}
    finally:
        svc.close()
    root = data_dir / STORE_DIR
    for rel_dir, name, size, sha256 in files:
        data = (root / rel_dir / name).read_bytes()
        assert (len(data), hashlib.sha256(data).hexdigest()) == (size, sha256)
    on_disk = {p.relative_to(root).as_posix() for p in root.rglob("*") if p.is_file()}
    assert on_disk == {f"{d}/{n}" for d, n, _, _ in files}
    assert list((data_dir / TMP_DIR).iterdir()) == []
    return rules


@pytest.mark.parametrize("point", ["staged", "committed", "moved"])
def test_an_import_killed_at_each_point_is_recovered_by_the_next_start(
        tmp_path, data_dir, store_url, point):
    assert cli(data_dir, store_url, "import", str(package(tmp_path / "a.cab", A))).returncode == 0
    killed = cli(data_dir, store_url, "import", str(package(tmp_path / "b.cab", B)),
                 crash_at=point)
    assert killed.returncode == -signal.SIGKILL, killed.stderr
    assert any((data_dir / TMP_DIR).iterdir()), "the crash left nothing to recover"

    rules = check(data_dir, store_url)
    pending = A if point == "staged" else B  # committed: rolled forward, files and all
    assert set(rules.values()) == {(None, pending, None)}
    again = cli(data_dir, store_url, "import", str(tmp_path / "b.cab"))
    assert again.returncode == 0, again.stderr
    assert set(check(data_dir, store_url).values()) == {(None, B, None)}


def test_a_start_elsewhere_leaves_a_live_import_alone(tmp_path, data_dir, store_url,
                                                      monkeypatch):
    from app.packages import importer
    seen = {}

    def another_process_starts(name: str) -> None:
        if name == "staged":
            staged = sorted(p.name for p in (data_dir / TMP_DIR).iterdir())
            other = cli(data_dir, store_url, "rules", "list")
            assert other.returncode == 0, other.stderr
            seen["staged"] = (staged, sorted(p.name for p in (data_dir / TMP_DIR).iterdir()))

    monkeypatch.setattr(importer, "_crash_point", another_process_starts)
    svc = Services(data_dir, store=store_url, os_user="tester")
    try:
        plan = svc.import_package(svc.read_package(package(tmp_path / "b.cab", B)))
    finally:
        svc.close()
    before, after = seen["staged"]
    assert before and after == before, "the other process swept a live import's files"
    assert plan.changed == len(SAMPLE_KINDS)
    assert set(check(data_dir, store_url).values()) == {(None, B, None)}


def test_two_processes_import_at_once_and_both_land(tmp_path, data_dir, store_url):
    Services(data_dir, store=store_url).close()  # the store exists before the race
    cabs = [package(tmp_path / "one.cab", A, SAMPLE_KINDS[:2]),
            package(tmp_path / "two.cab", B, SAMPLE_KINDS[2:])]
    procs = [cli(data_dir, store_url, "import", str(c), wait=False) for c in cabs]
    for proc in procs:
        out, err = proc.communicate(timeout=120)
        assert proc.returncode == 0, err
        assert "Imported: 2 rules now have a new pending version." in out
        assert "Traceback" not in err
    rules = check(data_dir, store_url)
    assert sorted(rules.values()) == [(None, A, None)] * 2 + [(None, B, None)] * 2
    svc = Services(data_dir, store=store_url)
    try:
        assert [h.action for h in svc.history()].count("import") == 4
    finally:
        svc.close()


def test_another_process_sees_a_change_within_a_second(tmp_path, data_dir, store_url):
    assert cli(data_dir, store_url, "import", str(package(tmp_path / "a.cab", A))).returncode == 0
    svc = Services(data_dir, store=store_url)
    cache = CatalogCache(svc.db)
    try:
        assert {r.approved for r in cache.current().rules.values()} == {None}
        assert cli(data_dir, store_url, "rules", "approve", "--all").returncode == 0
        changed_at, deadline = None, time.monotonic() + 1.0
        while time.monotonic() < deadline:
            if store_url is None:
                cache.poll()  # SQLite: the server's housekeeping does this twice a second
            if {str(r.approved) for r in cache.current().rules.values()} == {A}:
                changed_at = time.monotonic()
                break
            time.sleep(0.02)
        assert changed_at is not None, "the change was not seen within a second"
    finally:
        cache.close()
        svc.close()


def test_every_action_on_the_other_engine_is_the_same(data_dir, store_url, sample_cab):
    """The rows an administrator acts on read the same on either engine (a smoke test of
    the parameter and row translation on every table)."""
    svc = Services(data_dir, store=store_url, os_user="tester")
    try:
        svc.import_package(svc.read_package(sample_cab(A)))
        assert svc.apply(RuleAction.APPROVE, RuleFilter(brand="polycom")).complete
        svc.set_settings({"Site": "Berlin"})
        svc.add_user("alice", "a long password 1")
        assert svc.settings().site == "Berlin"
        assert svc.account_named("ALICE") is not None
        assert [r.kind.brand for r in svc.rules(RuleFilter(brand="POLYCOM"))] == ["Polycom"]
        actions = [h.action for h in svc.history()]
        assert actions.count("import") == len(SAMPLE_KINDS) and actions.count("approve") == 1
        assert "config set" in actions
    finally:
        svc.close()


# -- store copy ---------------------------------------------------------------------------


@pytest.fixture
def filled(data_dir, sample_cab):
    svc = Services(data_dir, os_user="tester")
    svc.import_package(svc.read_package(sample_cab(A)))
    svc.apply(RuleAction.APPROVE, RuleFilter(brand="HP"))
    svc.set_settings({"Site": "Berlin"})
    yield svc
    svc.close()


def _dump(svc: Services) -> dict[str, list]:
    with svc.db.read() as conn:
        return {t: sorted(tuple(r) for r in conn.execute(f"SELECT * FROM {t}"))
                for t in ("rules", "stored_files", "settings", "history", "test_devices")}


@pytest.mark.parametrize("engine", ["postgresql"], indirect=True)
def test_store_copy_moves_everything_and_the_pool_serves_it(filled, data_dir, store_url):
    copied, shown = filled.copy_store_to(store_url)
    assert copied["rules"] == len(SAMPLE_KINDS) and "@" in shown
    pooled = Services(data_dir, store=store_url)
    try:
        assert _dump(pooled) == _dump(filled)
        pooled.add_user("bob", "another long password")  # ids go on after the copied ones
    finally:
        pooled.close()
    with pytest.raises(UserError, match="is not empty"):
        filled.copy_store_to(store_url)


@pytest.mark.parametrize("engine", ["postgresql"], indirect=True)
def test_a_copy_cut_short_leaves_the_target_empty(filled, store_url):
    def interrupted(table: str, rows: int) -> None:
        if table == "history":
            raise KeyboardInterrupt
    with pytest.raises(KeyboardInterrupt):
        filled.copy_store_to(store_url, interrupted)
    from app.store.engine import open_database
    target = open_database(store_url, Path("unused"))
    try:
        assert target.is_empty()
    finally:
        target.close()


@pytest.mark.parametrize("engine", ["postgresql"], indirect=True)
def test_a_database_holding_another_programs_tables_is_refused_untouched(data_dir, store_url):
    import psycopg
    with psycopg.connect(store_url, autocommit=True) as conn:
        conn.execute("CREATE TABLE invoices (number int)")
    with pytest.raises(UserError, match="holds tables that are not a ucupdates store"):
        Services(data_dir, store=store_url)
    with psycopg.connect(store_url) as conn:
        tables = {r[0] for r in conn.execute(
            "SELECT tablename FROM pg_tables WHERE schemaname = current_schema()")}
    assert tables == {"invoices"}
