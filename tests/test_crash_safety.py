"""An import killed at any moment leaves the store consistent (docs/protocol.md §9).

Each test kills a real ``python -m app import`` process with SIGKILL, either
at a named point of the import (``UCUPDATES_CRASH_AT``: the process kills
itself there) or from outside at staggered moments, on a store that already
holds an earlier import. The next start (``Services(data_dir)``, which runs
recovery) must leave: an intact database, every version a rule names stored
on disk with its recorded size and hash, no half-imported package, an empty
``tmp`` folder and an empty import journal. Importing the same package again
must then work.
"""

from __future__ import annotations

import hashlib
import os
import shutil
import signal
import sqlite3
import subprocess
import sys
import time
import uuid
from pathlib import Path

import pytest
from helpers import ROOT, import_in_process

from app.domain.rules import RuleAction
from app.packages import importer
from app.packages.builder import SAMPLE_KINDS, cabinet_bytes, sample_members
from app.packages.filestore import STORE_DIR, TMP_DIR
from app.services import RuleFilter, Services

A = "4.0.7577.4366"  # already in the store before the crash
B = "4.0.7577.4400"  # being imported when the process dies
KILLED = -signal.SIGKILL
pytestmark = pytest.mark.skipif(sys.platform == "win32", reason="needs SIGKILL")


# -- helpers -----------------------------------------------------------------------


def cli(data_dir: Path, *args: str, crash_at: str | None = None,
        timeout: float = 60) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-m", "app", "--data-dir", str(data_dir), *args],
        cwd=ROOT, env=_env(crash_at), capture_output=True, text=True, timeout=timeout)


def _env(crash_at: str | None) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if k != "UCUPDATES_CRASH_AT"}
    if crash_at:
        env["UCUPDATES_CRASH_AT"] = crash_at
    return env


def write_package(path: Path, version: str, image_size: int) -> dict[str, bytes]:
    """Write a sample package; return its members (the expected file contents)."""
    members = sample_members(image_size, version)
    path.write_bytes(cabinet_bytes(members, compress=False))
    return members


def act_in_process(data_dir: Path, action: RuleAction) -> None:
    svc = Services(data_dir, os_user="tester")
    try:
        assert svc.apply(action, RuleFilter()).complete
    finally:
        svc.close()


def expected_hashes(version: str, members: dict[str, bytes]) -> dict[tuple[str, str], str]:
    """(kind key, file name) -> SHA-256 of each file a sample package holds for *version*."""
    out = {}
    for kind in SAMPLE_KINDS:
        for name in ("CPE.nbt", "CPE.cat"):
            key = "/".join(p.casefold() for p in kind)
            out[(key, name)] = hashlib.sha256(members["/".join((*kind, name))]).hexdigest()
    return {(version, *k): v for k, v in out.items()}


def open_store(data_dir: Path) -> sqlite3.Connection:
    uri = (data_dir / "store.sqlite3").as_uri() + "?mode=ro"
    conn = sqlite3.connect(uri, uri=True)
    conn.row_factory = sqlite3.Row
    return conn


def start_and_check(data_dir: Path) -> dict[str, tuple[str | None, str | None, str | None]]:
    """Start the program once (recovery runs), then check every invariant of the store.

    Returns each rule's (approved, pending, restore) versions by its kind key.
    """
    Services(data_dir, os_user="tester").close()
    store, tmp = data_dir / STORE_DIR, data_dir / TMP_DIR
    conn = open_store(data_dir)
    try:
        assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        assert conn.execute("SELECT COUNT(*) FROM import_journal").fetchone()[0] == 0
        rules = conn.execute("SELECT * FROM rules").fetchall()
        files = conn.execute("SELECT * FROM stored_files").fetchall()
    finally:
        conn.close()

    recorded = {}
    for f in files:
        path = store / f["rel_dir"] / f["name"]
        assert path.is_file(), f"recorded file missing on disk: {path}"
        data = path.read_bytes()
        assert len(data) == f["size"], f"{path}: size differs from its record"
        assert hashlib.sha256(data).hexdigest() == f["sha256"], f"{path}: content changed"
        recorded[path.relative_to(store).as_posix()] = f
    on_disk = {p.relative_to(store).as_posix() for p in store.rglob("*") if p.is_file()}
    assert on_disk == set(recorded), "files in the store that no record describes"

    state = {}
    for r in rules:
        versions = (r["approved_version"], r["pending_version"], r["restore_version"])
        for version in filter(None, versions):
            names = {f["name"] for f in files if (f["kind_key"], f["update_type_key"],
                     f["version"]) == (r["kind_key"], r["update_type_key"], version)}
            assert names == {"CPE.nbt", "CPE.cat"}, f"{r['kind_key']} {version}: files {names}"
        state[r["kind_key"]] = versions

    assert sorted(p.name for p in tmp.iterdir()) == [], "leftovers in the staging area"
    return state


def stored_hashes(data_dir: Path) -> dict[tuple[str, str, str], str]:
    conn = open_store(data_dir)
    try:
        return {(r["version"], r["kind_key"], r["name"]): r["sha256"]
                for r in conn.execute("SELECT * FROM stored_files")}
    finally:
        conn.close()


def dump(data_dir: Path) -> dict[str, list[tuple]]:
    """What an administrator can see of the store: rules, stored files, history."""
    conn = open_store(data_dir)
    try:
        return {t: [tuple(r) for r in conn.execute(f"SELECT * FROM {t} ORDER BY 1, 2, 3")]
                for t in ("rules", "stored_files", "history", "test_devices")}
    finally:
        conn.close()


def store_files(data_dir: Path) -> dict[str, bytes]:
    root = data_dir / STORE_DIR
    return {p.relative_to(root).as_posix(): p.read_bytes()
            for p in root.rglob("*") if p.is_file()}


def import_count(data_dir: Path, version: str) -> int:
    conn = open_store(data_dir)
    try:
        return conn.execute("SELECT COUNT(*) FROM history WHERE action = 'import' "
                            "AND after LIKE :v", {"v": f"%pending={version} %"}).fetchone()[0]
    finally:
        conn.close()


# -- the stores a crash happens on ------------------------------------------------------


BASES = {
    # A pending; importing B replaces it
    "pending": ((A, None), [], (None, A, None)),
    # A approved; importing B adds a pending version next to it
    "approved": ((A, None), [RuleAction.APPROVE], (A, None, None)),
    # A approved, B stored with other content but no longer referenced (pending cancelled):
    # importing B again must replace the stale folder
    "stale": ((A, B), [RuleAction.APPROVE], (A, None, None)),
}


@pytest.fixture
def base_store(tmp_path: Path, request):
    """A data folder holding an earlier import, and package B (cab path, members)."""
    (first, stale), actions, state = BASES[request.param]
    data_dir = tmp_path / "data"
    a_members = write_package(tmp_path / "a.cab", first, 2048)
    import_in_process(data_dir, tmp_path / "a.cab")
    for action in actions:
        act_in_process(data_dir, action)
    expected = expected_hashes(first, a_members)
    if stale:
        stale_members = write_package(tmp_path / "stale.cab", stale, 1000)
        import_in_process(data_dir, tmp_path / "stale.cab")
        act_in_process(data_dir, RuleAction.RESET)
        expected |= expected_hashes(stale, stale_members)
    assert set(start_and_check(data_dir).values()) == {state}
    b_members = write_package(tmp_path / "b.cab", B, 64 * 1024)
    return data_dir, tmp_path / "b.cab", b_members, state, expected


def with_b(state: tuple) -> tuple:
    approved, _pending, restore = state
    return (approved, B, restore)


# -- crashes at the importer's named points ----------------------------------------------


@pytest.mark.parametrize("base_store", list(BASES), indirect=True)
@pytest.mark.parametrize("point", ["staged", "committed", "moved"])
def test_crash_at_named_point_then_recovery(base_store, point):
    data_dir, cab, b_members, state, expected = base_store
    before, before_files = dump(data_dir), store_files(data_dir)
    imports_before = import_count(data_dir, B)

    crashed = cli(data_dir, "import", str(cab), crash_at=point)
    assert crashed.returncode == KILLED, crashed.stderr
    assert any((data_dir / TMP_DIR).iterdir()), "the crash left no staging folder to recover"

    after = start_and_check(data_dir)
    if point == "staged":
        # the transaction never committed: nothing changed, on disk or in the store
        assert dump(data_dir) == before
        assert store_files(data_dir) == before_files
        assert set(after.values()) == {state}
    else:
        # committed: recovery rolls forward, all four rules have B and its files
        assert set(after.values()) == {with_b(state)}
        assert stored_hashes(data_dir) == expected | expected_hashes(B, b_members)
        assert import_count(data_dir, B) == imports_before + len(SAMPLE_KINDS)

    again = cli(data_dir, "import", str(cab))
    assert again.returncode == 0, again.stderr
    changed = len(SAMPLE_KINDS) if point == "staged" else 0
    assert f"Imported: {changed} rules now have a new pending version." in again.stdout
    assert set(start_and_check(data_dir).values()) == {with_b(state)}
    assert stored_hashes(data_dir) == expected | expected_hashes(B, b_members)
    # one history entry per rule and effective import
    assert import_count(data_dir, B) == imports_before + len(SAMPLE_KINDS)


@pytest.mark.parametrize("base_store", ["pending"], indirect=True)
def test_next_import_recovers_before_importing(base_store):
    """A crash after commit is also finished by the next import, not only by a start."""
    data_dir, cab, b_members, state, expected = base_store
    assert cli(data_dir, "import", str(cab), crash_at="committed").returncode == KILLED

    again = cli(data_dir, "import", str(cab))
    assert again.returncode == 0, again.stderr
    assert "Imported: 0 rules now have a new pending version." in again.stdout
    assert set(start_and_check(data_dir).values()) == {with_b(state)}
    assert stored_hashes(data_dir) == expected | expected_hashes(B, b_members)


# -- kills from outside, at moments the importer does not choose -------------------------------


def import_and_kill(data_dir: Path, cab: Path, delay: float | None) -> tuple[int, str, float]:
    """Import *cab*; SIGKILL the process *delay* seconds after it began staging (None: never).

    Returns the exit status, stderr, and how long the process ran after staging began.
    """
    tmp = data_dir / TMP_DIR
    proc = subprocess.Popen(
        [sys.executable, "-m", "app", "--data-dir", str(data_dir), "import", str(cab)],
        cwd=ROOT, env=_env(None), stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
    try:
        deadline = time.monotonic() + 30
        while proc.poll() is None and time.monotonic() < deadline:
            if tmp.is_dir() and any(tmp.iterdir()):
                break
            time.sleep(0.0005)
        began = time.monotonic()
        if delay is not None:
            time.sleep(delay)  # deliberately staggered: the kills must land at varied moments
            proc.send_signal(signal.SIGKILL)
        _, err = proc.communicate(timeout=60)
        return proc.returncode, err, time.monotonic() - began
    finally:
        if proc.poll() is None:
            proc.kill()
            proc.wait()


@pytest.mark.parametrize("base_store", ["pending"], indirect=True)
def test_kill_from_outside_at_staggered_moments(base_store, tmp_path):
    data_dir, _small_b, _, state, expected = base_store
    big_b = tmp_path / "big-b.cab"
    b_members = write_package(big_b, B, 2 * 1024 * 1024)  # four 2 MiB images, each fsynced
    template = tmp_path / "template"
    shutil.copytree(data_dir, template)

    # how long staging, commit and moves take here, so that the kills spread over them
    shutil.copytree(template, tmp_path / "measure")
    rc, err, duration = import_and_kill(tmp_path / "measure", big_b, None)
    assert rc == 0, err

    kills = 0
    # (the measured time includes the process's exit: commit and moves come at about 0.6)
    for n, fraction in enumerate((0.0, 0.1, 0.25, 0.4, 0.5, 0.6, 0.7, 0.85)):
        run_dir = tmp_path / f"run{n}"
        shutil.copytree(template, run_dir)
        rc, err, _ = import_and_kill(run_dir, big_b, fraction * duration)
        assert rc in (0, KILLED), err
        kills += rc == KILLED

        after = start_and_check(run_dir)
        assert set(after.values()) in ({state}, {with_b(state)}), f"at {fraction}: {after}"
        if set(after.values()) == {with_b(state)}:
            assert stored_hashes(run_dir) == expected | expected_hashes(B, b_members)
            assert import_count(run_dir, B) == len(SAMPLE_KINDS)
        else:
            assert import_count(run_dir, B) == 0

        import_in_process(run_dir, big_b)  # the next import works
        assert set(start_and_check(run_dir).values()) == {with_b(state)}
        assert import_count(run_dir, B) == len(SAMPLE_KINDS)
    assert kills >= 2, "the imports ended before the kills"


# -- leftovers of a crash between the importer's steps ---------------------------------------


def test_start_removes_a_lock_file_left_without_its_folder(data_dir, sample_cab):
    """SIGKILL after the staging folder is deleted but before its lock file is: swept too."""
    import_in_process(data_dir, sample_cab(A))
    lock = data_dir / TMP_DIR / f"{uuid.uuid4().hex}.lock"
    lock.touch()
    assert set(start_and_check(data_dir).values()) == {(None, A, None)}
    assert not lock.exists()


def test_refused_and_cancelled_imports_leave_nothing_in_tmp(data_dir, tmp_path, sample_cab):
    """No restart needed: an import that fails cleans up its staging folder and lock."""
    assert cli(data_dir, "import", str(sample_cab(B))).returncode == 0
    changed = tmp_path / "changed.cab"  # same version, other image: must be refused
    write_package(changed, B, 5000)
    refused = cli(data_dir, "import", str(changed))
    assert refused.returncode == 1
    assert "a changed image needs a new version number" in refused.stderr
    assert list((data_dir / TMP_DIR).iterdir()) == []

    svc = Services(data_dir, os_user="tester")
    try:
        with pytest.raises(importer.ImportCancelled):
            svc.import_package(svc.read_package(sample_cab(A)), lambda *_: False)
        assert list((data_dir / TMP_DIR).iterdir()) == []
    finally:
        svc.close()
    assert set(start_and_check(data_dir).values()) == {(None, B, None)}


# -- an import interrupted in-process (Ctrl-C, a failing rename) -------------------------------


@pytest.mark.parametrize("base_store", ["pending"], indirect=True)
@pytest.mark.parametrize("point", ["staged", "committed", "moved"])
def test_interrupt_inside_the_import_is_all_or_nothing(base_store, point, monkeypatch):
    """Ctrl-C at any step: the import happened completely (after recovery) or not at all."""
    data_dir, cab, b_members, state, expected = base_store

    def interrupt(name: str) -> None:
        if name == point:
            raise KeyboardInterrupt

    monkeypatch.setattr(importer, "_crash_point", interrupt)
    svc = Services(data_dir, os_user="tester")
    try:
        with pytest.raises(KeyboardInterrupt):
            svc.import_package(svc.read_package(cab))
    finally:
        svc.close()
    monkeypatch.undo()

    after = start_and_check(data_dir)
    assert set(after.values()) == ({state} if point == "staged" else {with_b(state)})
    if point != "staged":
        assert stored_hashes(data_dir) == expected | expected_hashes(B, b_members)
