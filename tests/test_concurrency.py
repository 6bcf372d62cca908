"""Two ucupdates processes on one data folder at once.

The console, a headless server and scripts may all run together. Each command
must then either succeed or fail with a clear message (exit 1, never a
traceback or SQLite's "database is locked"), and afterwards nothing is lost:
every change is in the store once, with one history entry, and the files of
every version a rule names are in place.
"""

from __future__ import annotations

import contextlib
import json
import os
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest
from helpers import ROOT, import_in_process
from test_crash_safety import open_store, start_and_check

from app import maintenance
from app.packages import importer
from app.packages.builder import SAMPLE_KINDS, cabinet_bytes, sample_members
from app.packages.filestore import TMP_DIR
from app.services import Services

A = "4.0.7577.4366"
B = "4.0.7577.4400"

# Runs one command many times in one process (fast, so the commands interleave densely
# with the other process), until a stop file appears or the count is reached. Each word
# may use {i}, the iteration number.
LOOP = """
import sys
from pathlib import Path
from app.cli import main
data_dir, stop, count, *words = sys.argv[1:]
for i in range(int(count)):
    if Path(stop).exists():
        break
    code = main(["--data-dir", data_dir, *(w.format(i=i) for w in words)])
    print(f"exit {code}", flush=True)
"""


def _env() -> dict[str, str]:
    return {k: v for k, v in os.environ.items() if k != "UCUPDATES_CRASH_AT"}


def start(data_dir: Path, *words: str) -> subprocess.Popen:
    return subprocess.Popen([sys.executable, "-m", "app", "--data-dir", str(data_dir), *words],
                            cwd=ROOT, env=_env(), stdout=subprocess.PIPE,
                            stderr=subprocess.PIPE, text=True)


def start_loop(data_dir: Path, stop: Path, count: int, *words: str) -> subprocess.Popen:
    return subprocess.Popen([sys.executable, "-c", LOOP, str(data_dir), str(stop), str(count),
                             *words], cwd=ROOT, env=_env(), stdout=subprocess.PIPE,
                            stderr=subprocess.PIPE, text=True)


def first_exit(loop: subprocess.Popen) -> str:
    """Wait until *loop* finished its first command (so it runs when the next one starts)."""
    seen = b""  # read unbuffered: communicate() later reads the rest from the same pipe
    while not (b"\nexit " in b"\n" + seen and seen.endswith(b"\n")):
        byte = os.read(loop.stdout.fileno(), 1)
        if not byte:
            break
        seen += byte
    return seen.decode()


def exit_codes(out: str) -> list[str]:
    return [line.split()[1] for line in out.splitlines() if line.startswith("exit ")]


def finish(proc: subprocess.Popen, timeout: float = 60) -> tuple[int, str, str]:
    try:
        out, err = proc.communicate(timeout=timeout)
    finally:
        if proc.poll() is None:
            proc.kill()
            proc.wait()
    return proc.returncode, out, err


def assert_clear(err: str) -> None:
    """What reaches the user on stderr is a message, not a crash."""
    for bad in ("Traceback", "database is locked", "unexpected error", "OperationalError"):
        assert bad not in err, err


def write_package(path: Path, version: str, image_size: int,
                  kinds: tuple[tuple[str, ...], ...] = SAMPLE_KINDS) -> Path:
    path.write_bytes(cabinet_bytes(sample_members(image_size, version, kinds), compress=False))
    return path


def history(data_dir: Path) -> list[sqlite3.Row]:
    conn = open_store(data_dir)
    try:
        return conn.execute("SELECT * FROM history ORDER BY id").fetchall()
    finally:
        conn.close()


def versions_text(approved, pending, restore) -> str:
    return f"approved={approved or '-'} pending={pending or '-'} restore={restore or '-'}"


def assert_history_chains(data_dir: Path) -> None:
    """Each rule's history, in order, links up: every entry starts where the previous ended,
    and the last ends at the rule as stored. A lost or doubled change breaks the chain."""
    conn = open_store(data_dir)
    try:
        rules = {r["id"]: versions_text(r["approved_version"], r["pending_version"],
                                        r["restore_version"])
                 for r in conn.execute("SELECT * FROM rules")}
    finally:
        conn.close()
    chains: dict[str, list[sqlite3.Row]] = {}
    for entry in history(data_dir):
        if entry["rule_id"]:
            chains.setdefault(entry["rule_id"], []).append(entry)
    assert set(chains) == set(rules)
    for rule_id, entries in chains.items():
        assert entries[0]["before"] is None, "a rule's history starts with its creation"
        for previous, entry in zip(entries, entries[1:], strict=False):
            assert entry["before"] == previous["after"], f"{rule_id}: {[tuple(e) for e in entries]}"
        assert entries[-1]["after"] == rules[rule_id]


# -- starting together -----------------------------------------------------------------------


def test_a_new_store_appears_whole(tmp_path):
    """A store is made under a temporary name and linked into place, so no process ever
    sees an empty store.sqlite3 (which is refused as damaged, see test_cli)."""
    data_dir = tmp_path / "data"
    store = data_dir / "store.sqlite3"
    procs = [start(data_dir, "test-devices", "add", f"dev{i}", "--mac", f"00:04:f2:00:01:0{i}")
             for i in range(4)]
    sizes = set()
    while any(p.poll() is None for p in procs):
        with contextlib.suppress(FileNotFoundError):
            sizes.add(store.stat().st_size)
    for proc in procs:
        code, _, err = finish(proc)
        assert code == 0, err
    assert sizes and 0 not in sizes
    assert not [p.name for p in data_dir.iterdir() if p.name.endswith((".new", "-wal.new"))]


def test_several_processes_start_on_a_new_data_folder_at_once(tmp_path):
    for round_ in range(3):
        data_dir = tmp_path / f"data{round_}"
        procs = [start(data_dir, "test-devices", "add", f"dev{i}", "--mac", f"00:04:f2:00:00:0{i}")
                 for i in range(4)]
        for proc in procs:
            code, _, err = finish(proc)
            assert_clear(err)
            assert code == 0, err
        svc = Services(data_dir, os_user="tester")
        try:
            assert sorted(d.name for d in svc.test_devices()) == [f"dev{i}" for i in range(4)]
            assert [e.action for e in svc.history()] == ["test-device add"] * 4
        finally:
            svc.close()


# -- importing together ----------------------------------------------------------------------


def test_two_different_packages_imported_at_once(tmp_path, data_dir):
    first = write_package(tmp_path / "first.cab", A, 1024 * 1024, SAMPLE_KINDS[:2])
    second = write_package(tmp_path / "second.cab", B, 1024 * 1024, SAMPLE_KINDS[2:])
    procs = [start(data_dir, "import", str(cab)) for cab in (first, second)]
    for proc in procs:
        code, out, err = finish(proc)
        assert_clear(err)
        assert code == 0, err
        assert "Imported: 2 rules now have a new pending version." in out

    state = start_and_check(data_dir)
    folded = ["/".join(p.casefold() for p in kind) for kind in SAMPLE_KINDS]
    assert state == {folded[0]: (None, A, None), folded[1]: (None, A, None),
                     folded[2]: (None, B, None), folded[3]: (None, B, None)}
    assert [e["action"] for e in history(data_dir)] == ["import"] * 4
    assert_history_chains(data_dir)


def test_the_same_package_imported_twice_at_once(tmp_path, data_dir):
    cab = write_package(tmp_path / "b.cab", B, 1024 * 1024)
    procs = [start(data_dir, "import", str(cab)) for _ in range(2)]
    outs = []
    for proc in procs:
        code, out, err = finish(proc)
        assert_clear(err)
        assert code == 0, err
        outs.append(out)
    # one of them made the rules, the other found them made: no double entries
    assert sorted(o.count(" new rule\n") for o in outs) == [0, 4]
    assert sorted(o.count(" unchanged\n") for o in outs) == [0, 4]
    assert sorted(o.splitlines()[-1] for o in outs) == [
        "Imported: 0 rules now have a new pending version.",
        "Imported: 4 rules now have a new pending version."]
    assert set(start_and_check(data_dir).values()) == {(None, B, None)}
    assert [e["action"] for e in history(data_dir)] == ["import"] * 4
    assert_history_chains(data_dir)


def test_approving_in_a_loop_while_a_package_is_imported(tmp_path, data_dir, sample_cab):
    import_in_process(data_dir, sample_cab(A))
    cab = write_package(tmp_path / "b.cab", B, 1024 * 1024)
    stop = tmp_path / "stop"
    looper = start_loop(data_dir, stop, 200, "rules", "approve", "--all")
    out = first_exit(looper)  # approves A
    importing = start(data_dir, "import", str(cab))
    code, _, err = finish(importing)
    stop.touch()
    assert_clear(err)
    assert code == 0, err
    loop_code, rest, loop_err = finish(looper)
    assert loop_code == 0, loop_err
    assert_clear(loop_err)
    codes = exit_codes(out + rest)
    assert codes[0] == "0" and set(codes) <= {"0", "1"}, out + rest
    # a refusal names the rule and its reason; nothing else reaches stderr
    assert all("approve refused for" in line and "it has no pending version" in line
               for line in loop_err.splitlines()), loop_err

    last = start(data_dir, "rules", "approve", "--all")  # approves B unless the loop did
    code, _, err = finish(last)
    assert_clear(err)
    assert code in (0, 1), err
    assert set(start_and_check(data_dir).values()) == {(B, None, A)}
    actions = [e["action"] for e in history(data_dir)]
    assert actions.count("import") == 8  # A and B, four rules each
    assert actions.count("approve") == 8  # A approved, then B approved, once per rule
    assert_history_chains(data_dir)


def test_test_devices_added_in_two_loops_while_a_package_is_imported(tmp_path, data_dir):
    cab = write_package(tmp_path / "b.cab", B, 1024 * 1024)
    Services(data_dir, os_user="tester").close()  # the store exists; the loops race the import
    stop = tmp_path / "stop"
    loops = [start_loop(data_dir, stop, 200, "test-devices", "add", f"{side}-{{i}}",
                        "--mac", f"00:04:f2:{n:02x}:00:{{i:02x}}")
             for n, side in enumerate(("left", "right"))]
    firsts = [first_exit(loop) for loop in loops]
    importing = start(data_dir, "import", str(cab))
    code, _, err = finish(importing)
    stop.touch()
    assert_clear(err)
    assert code == 0, err

    added = []
    for side, loop, first in zip(("left", "right"), loops, firsts, strict=True):
        loop_code, out, loop_err = finish(loop)
        assert loop_code == 0, loop_err
        assert loop_err == ""
        codes = exit_codes(first + out)
        assert set(codes) == {"0"}, first + out
        added += [f"{side}-{i}" for i in range(len(codes))]

    listing = start(data_dir, "test-devices", "list", "--json")
    code, out, err = finish(listing)
    assert code == 0, err
    assert sorted(d["Name"] for d in json.loads(out)) == sorted(added)
    actions = [e["action"] for e in history(data_dir)]
    assert actions.count("test-device add") == len(added)
    assert actions.count("import") == 4
    assert set(start_and_check(data_dir).values()) == {(None, B, None)}


# -- a second process starting while an import is under way ------------------------------------


@pytest.mark.parametrize("point", ["staged", "committed", "moved"])
def test_a_start_elsewhere_leaves_a_running_import_alone(point, data_dir, sample_cab,
                                                         monkeypatch):
    """Another process's start-up recovery must not sweep or finish a live import."""
    import_in_process(data_dir, sample_cab(A))
    seen = {}

    def other_process_starts(name: str) -> None:
        if name != point:
            return
        tmp = data_dir / TMP_DIR
        before = sorted(p.name for p in tmp.iterdir())
        other = subprocess.run(
            [sys.executable, "-m", "app", "--data-dir", str(data_dir), "rules", "list",
             "--json"], cwd=ROOT, env=_env(), capture_output=True, text=True, timeout=60)
        assert other.returncode == 0, other.stderr
        seen["tmp"] = (before, sorted(p.name for p in tmp.iterdir()))
        seen["pending"] = {r["PendingVersion"] for r in json.loads(other.stdout)}

    monkeypatch.setattr(importer, "_crash_point", other_process_starts)
    svc = Services(data_dir, os_user="tester")
    try:
        plan = svc.import_package(svc.read_package(sample_cab(B)))
    finally:
        svc.close()
    monkeypatch.undo()

    before, after = seen["tmp"]
    assert before and after == before, "the other process touched the live staging area"
    assert seen["pending"] == ({A} if point == "staged" else {B})
    assert plan.changed == 4
    assert set(start_and_check(data_dir).values()) == {(None, B, None)}


# -- clearing files while another process imports ---------------------------------------------


def test_clear_files_spares_a_version_imported_meanwhile(data_dir, sample_cab, monkeypatch):
    import_in_process(data_dir, sample_cab(A))
    cab = sample_cab(B)
    look_at_disk = maintenance._version_dirs
    other: list[subprocess.Popen] = []

    def import_meanwhile(root: Path) -> list[str]:
        # another process imports between clear-files' look at the records and at the
        # disk; it must wait for clear-files (or finish before it and be spared)
        proc = subprocess.Popen([sys.executable, "-m", "app", "--data-dir", str(data_dir),
                                 "import", str(cab)], cwd=ROOT, env=_env(),
                                stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
        other.append(proc)
        with contextlib.suppress(subprocess.TimeoutExpired):
            proc.wait(timeout=5)
        return look_at_disk(root)

    monkeypatch.setattr(maintenance, "_version_dirs", import_meanwhile)
    svc = Services(data_dir, os_user="tester")
    try:
        svc.clear_files()
    finally:
        svc.close()
    monkeypatch.undo()
    _, err = other[0].communicate(timeout=60)
    assert other[0].returncode == 0, err
    assert set(start_and_check(data_dir).values()) == {(None, B, None)}
