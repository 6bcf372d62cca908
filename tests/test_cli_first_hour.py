"""The command line in a new administrator's first hour (issue 9): empty stores, pipes into
``head``, restores with no previous version, import reports, devices, and faults of the
machine (full disk, read-only folder, damaged store) that must read as such."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from helpers import ROOT, snapshot
from helpers import run_cli as run

from app.cli import main
from app.services import Services

V1, V2 = "4.0.7577.4366", "4.0.7577.4400"

LISTINGS = [
    ("rules", "list"), ("rules", "list", "--state", "pending"),
    ("rules", "list", "--state", "approved"), ("rules", "list", "--brand", "Polycom"),
    ("test-devices", "list"), ("users", "list"), ("history",), ("devices", "list"),
]
JSON_LISTINGS = [
    ("rules", "list", "--json"), ("rules", "list", "--json", "--state", "pending"),
    ("test-devices", "list", "--json"), ("history", "--json"), ("devices", "list", "--json"),
]


@pytest.fixture
def cli(data_dir, capsys):
    Services(data_dir).close()  # an existing, empty store: the first-start note is tested below

    def call(*words: str) -> tuple[int, str, str]:
        code = main(["--data-dir", str(data_dir), *words])
        out, err = capsys.readouterr()
        return code, out, err
    return call




def assert_no_bug(err: str) -> None:
    assert "unexpected error" not in err and "Traceback" not in err and "report it" not in err


# -- empty store -------------------------------------------------------------------------


@pytest.mark.parametrize("words", LISTINGS, ids=" ".join)
def test_every_listing_on_an_empty_store_prints_an_empty_table(cli, words):
    code, out, err = cli(*words)
    assert code == 0, err
    assert_no_bug(err)
    assert len(out.splitlines()) == 1, "the header row alone"
    assert err.startswith("(") and err.strip().endswith(")"), "a hint for the reader"


@pytest.mark.parametrize("words", JSON_LISTINGS, ids=" ".join)
def test_every_json_listing_on_an_empty_store_is_an_empty_array(cli, words):
    code, out, err = cli(*words)
    assert (code, json.loads(out), err) == (0, [], "")


@pytest.mark.parametrize("action", ["approve", "reset", "restore", "remove"])
def test_an_action_on_all_of_no_rules_is_done(cli, action):
    code, out, err = cli("rules", action, "--all")
    assert (code, err) == (0, "") and "no rules to" in out
    code, _, err = cli("rules", action, "--brand", "Polycom")
    assert code == 1 and "no rules match" in err, "a filter that matches nothing is refused"


@pytest.mark.parametrize("words", [("clear-files",), ("clear-logs", "--days-back", "5"),
                                   ("devices", "remove", "--older-than", "5")], ids=" ".join)
def test_clean_ups_on_an_empty_store_do_nothing_and_say_so(cli, words):
    code, out, err = cli(*words)
    assert code == 0 and err == "" and " 0 " in out


@pytest.mark.parametrize(("words", "says"), [
    (("users", "remove", "nobody"), "no user account named 'nobody'"),
    (("test-devices", "remove", "x"), "no test device named 'x'"),
    (("import", "/nonexistent.cab"), "no such file"),
    (("import", "/etc/hostname", "--preview"), "not a cabinet file"),
    (("config", "set", "Port", "0"), "out of range"),
    (("test-devices", "add", "a", "--mac", "zz"), "is not a MAC address"),
], ids=lambda v: " ".join(v) if isinstance(v, tuple) else None)
def test_bad_input_on_an_empty_store_is_refused_plainly(cli, data_dir, words, says):
    code, out, err = cli(*words)
    assert code == 1 and says in err
    assert_no_bug(err)
    assert cli("history", "--json")[1] == "[]\n", "nothing was changed"


def test_a_new_data_folder_is_announced_once(data_dir, capsys):
    assert main(["--data-dir", str(data_dir / "typo"), "rules", "list"]) == 0
    err = capsys.readouterr().err
    assert f"started a new, empty data folder at {data_dir / 'typo'}" in err
    assert main(["--data-dir", str(data_dir / "typo"), "rules", "list"]) == 0
    assert "started a new" not in capsys.readouterr().err


def test_a_file_given_as_data_folder_is_named_as_such(tmp_path, capsys):
    (tmp_path / "sample.cab").write_bytes(b"x")
    assert main(["--data-dir", str(tmp_path / "sample.cab"), "rules", "list"]) == 1
    assert "is a file, not a folder" in capsys.readouterr().err


def test_the_empty_hint_points_at_the_next_step(cli):
    assert "ucupdates import" in cli("rules", "list")[2]
    assert "no rules match" in cli("rules", "list", "--state", "pending")[2]
    assert "test-devices add" in cli("test-devices", "list")[2]


@pytest.mark.parametrize("words", [("rules", "list", "--json"), ("config", "show"),
                                   ("history",), ("rules", "list")], ids=" ".join)
def test_output_into_a_reader_that_stops_ends_quietly(data_dir, sample_cab, words):
    assert run(data_dir, "import", str(sample_cab())).returncode == 0
    proc = subprocess.Popen([sys.executable, "-m", "app", "--data-dir", str(data_dir), *words],
                            cwd=ROOT, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                            env={**os.environ, "PYTHONPATH": str(ROOT)})
    proc.stdout.close()  # as `head` does once it has read enough: every write fails
    err = proc.stderr.read().decode()
    assert proc.wait(timeout=60) == 0
    assert_no_bug(err)
    assert "BrokenPipe" not in err and "Exception ignored" not in err


def test_head_reads_the_first_lines_of_a_long_listing(data_dir, sample_cab):
    assert run(data_dir, "import", str(sample_cab())).returncode == 0
    for _ in range(3):
        run(data_dir, "rules", "reset", "--all")
        run(data_dir, "import", str(sample_cab()))
    done = subprocess.run(f"'{sys.executable}' -m app --data-dir '{data_dir}' history | head -2",
                          shell=True, cwd=ROOT, capture_output=True, text=True, timeout=60,
                          env={**os.environ, "PYTHONPATH": str(ROOT)})
    assert len(done.stdout.splitlines()) == 2 and done.stderr == ""


# -- restore with no previous version ----------------------------------------------------


def approved_once(cli, sample_cab) -> None:
    cli("import", str(sample_cab(V1)))
    cli("rules", "approve", "--all")


def test_a_script_restoring_a_rule_without_previous_version_is_refused(cli, sample_cab):
    approved_once(cli, sample_cab)
    code, out, err = cli("rules", "restore", "--brand", "Aastra")
    assert code == 1 and out == ""
    assert "no previous version" in err and "--allow-no-previous" in err
    (rule,) = json.loads(cli("rules", "list", "--json", "--brand", "Aastra")[1])
    assert rule["ApprovedVersion"] == V1, "a refused rule is left as it was"


def test_restore_goes_back_where_it_can_and_refuses_the_rest(cli, sample_cab):
    approved_once(cli, sample_cab)
    cli("import", str(sample_cab(V2)))
    cli("rules", "approve", "--brand", "HP")  # HP now has V1 to go back to
    code, out, err = cli("rules", "restore", "--all")
    assert code == 1
    assert "restore: UCPhone HP 4120 A ENU CPE" in out and "-> approved=4.0.7577.4366" in out
    assert err.count("no previous version") == 3
    rules = {r["Brand"]: r for r in json.loads(cli("rules", "list", "--json")[1])}
    assert rules["HP"]["ApprovedVersion"] == V1
    assert rules["Polycom"]["ApprovedVersion"] == V1


def test_allow_no_previous_does_what_lync_does(cli, sample_cab):
    approved_once(cli, sample_cab)
    code, out, err = cli("rules", "restore", "--brand", "Aastra", "--allow-no-previous")
    assert code == 0, err
    (rule,) = json.loads(cli("rules", "list", "--json", "--brand", "Aastra")[1])
    assert rule["ApprovedVersion"] is None and rule["RestoreVersion"] is None


@pytest.mark.parametrize(("answer", "approved"), [("y\n", None), ("n\n", V1)])
def test_at_a_terminal_restore_asks_per_rule(data_dir, sample_cab, answer, approved):
    import pty

    for words in (("import", str(sample_cab(V1))), ("rules", "approve", "--all")):
        assert run(data_dir, *words).returncode == 0
    leader, follower = pty.openpty()
    try:
        os.write(leader, answer.encode())
        done = run(data_dir, "rules", "restore", "--brand", "Aastra", stdin=follower)
    finally:
        os.close(leader)
        os.close(follower)
    assert ("Aastra 6725ip" in done.stderr and "has no previous version: it will have no "
            "approved version, and its phones keep what they run" in done.stderr)
    assert "Restore 1 such rule anyway? [y/N]" in done.stdout
    rule = json.loads(run(data_dir, "rules", "list", "--json", "--brand", "Aastra").stdout)[0]
    assert rule["ApprovedVersion"] == approved
    assert done.returncode == (0 if approved is None else 1)


# -- import reports ----------------------------------------------------------------------


def test_import_over_an_approved_version_says_new_pending_not_replaces(cli, sample_cab):
    approved_once(cli, sample_cab)
    code, out, _ = cli("import", str(sample_cab(V2)))
    assert code == 0
    assert "None" not in out and "replaces pending" not in out
    assert out.count(" new pending\n") == 4


def test_import_over_a_pending_version_names_the_one_replaced(cli, sample_cab):
    cli("import", str(sample_cab(V1)))
    out = cli("import", str(sample_cab(V2)))[1]
    assert out.count(f"replaces pending {V1}") == 4


# -- the device inventory ----------------------------------------------------------------


def test_simulate_serve_without_data_dir_leaves_the_real_inventory_alone(tmp_path, sample_cab):
    data = tmp_path / "real"
    assert run(data, "import", str(sample_cab(V1))).returncode == 0
    before = snapshot(data)
    done = subprocess.run(
        [sys.executable, "-m", "app", "simulate", "--serve", "--count", "4", "--rounds", "1"],
        cwd=ROOT, capture_output=True, text=True, timeout=120,
        env={**os.environ, "PYTHONPATH": str(ROOT), "UCUPDATES_DATA_DIR": str(data),
             "TMPDIR": str(tmp_path)})
    assert done.returncode == 0, done.stderr
    assert "throwaway copy" in done.stdout and "4 phones" in done.stdout
    assert snapshot(data) == before, "nothing of the real data folder changed"
    assert not [p for p in tmp_path.iterdir() if p.name.startswith("ucupdates-simulate-")]
    assert json.loads(run(data, "devices", "list", "--json").stdout) == []


def seen_devices(data_dir: Path, count: int) -> list[str]:
    done = run(data_dir, "simulate", "--serve", "--count", str(count), "--rounds", "1")
    assert done.returncode == 0, done.stderr
    return [d["MacAddress"] for d in json.loads(run(data_dir, "devices", "list",
                                                    "--json").stdout)]


def test_devices_are_listed_and_removed_by_mac(data_dir, sample_cab):
    run(data_dir, "import", str(sample_cab(V1)))
    macs = seen_devices(data_dir, 3)
    assert len(macs) == 3
    listing = run(data_dir, "devices", "list")
    assert all(m in listing.stdout for m in macs)
    gone = run(data_dir, "devices", "remove", macs[0].replace("-", ":").lower())
    assert gone.returncode == 0 and "removed 1 device" in gone.stdout
    left = json.loads(run(data_dir, "devices", "list", "--json").stdout)
    assert sorted(d["MacAddress"] for d in left) == sorted(macs[1:])


def test_removing_an_unknown_mac_changes_nothing(data_dir, sample_cab):
    run(data_dir, "import", str(sample_cab(V1)))
    macs = seen_devices(data_dir, 2)
    done = run(data_dir, "devices", "remove", macs[0], "00-00-00-00-00-99")
    assert done.returncode == 1 and "00-00-00-00-00-99" in done.stderr
    assert len(json.loads(run(data_dir, "devices", "list", "--json").stdout)) == 2
    bad = run(data_dir, "devices", "remove", "not-a-mac")
    assert bad.returncode == 1 and "MAC" in bad.stderr
    assert_no_bug(bad.stderr)


def test_devices_not_seen_for_days_are_removed(services, data_dir, sample_cab):
    run(data_dir, "import", str(sample_cab(V1)))
    assert len(seen_devices(data_dir, 2)) == 2
    kept = run(data_dir, "devices", "remove", "--older-than", "1")
    assert kept.returncode == 0 and "removed 0 devices" in kept.stdout
    services.clock = lambda: __import__("datetime").datetime.now(
        __import__("datetime").UTC) + __import__("datetime").timedelta(days=2)
    assert services.remove_devices_not_seen_for(1) == 2
    assert services.inventory() == []


@pytest.mark.parametrize("words", [("devices", "remove"),
                                   ("devices", "remove", "00-04-F2-00-00-01",
                                    "--older-than", "3")])
def test_devices_remove_needs_macs_or_older_than(cli, words):
    code, _, err = cli(*words)
    assert code == 2 and "--older-than" in err


def test_devices_remove_older_than_out_of_range(cli):
    code, _, err = cli("devices", "remove", "--older-than", "0")
    assert code == 1 and "1..3650" in err


# -- faults of the machine ---------------------------------------------------------------


def test_an_empty_store_file_is_refused_not_taken_as_new(data_dir):
    data_dir.mkdir()
    (data_dir / "store.sqlite3").write_bytes(b"")
    done = run(data_dir, "rules", "list")
    assert done.returncode == 1
    assert "is empty (0 bytes)" in done.stderr and "backup" in done.stderr
    assert (data_dir / "store.sqlite3").stat().st_size == 0, "left as it was"


def test_a_damaged_store_is_named_with_a_way_out(data_dir):
    data_dir.mkdir()
    (data_dir / "store.sqlite3").write_bytes(b"this is not SQLite" * 100)
    done = run(data_dir, "test-devices", "list")
    assert done.returncode == 1
    assert "damaged" in done.stderr and "move it aside" in done.stderr
    assert_no_bug(done.stderr)


def _mount(args: list[str], target: Path) -> None:
    if os.geteuid() != 0 or not shutil.which("mount"):
        pytest.skip("needs root to mount a small tmpfs or a read-only bind mount")
    done = subprocess.run(["mount", *args, str(target)], capture_output=True, text=True)
    if done.returncode != 0:
        pytest.skip(f"mount refused here: {done.stderr.strip()}")


@pytest.fixture
def read_only_folder(tmp_path):
    folder = tmp_path / "ro"
    folder.mkdir()
    yield folder
    subprocess.run(["umount", str(folder)], capture_output=True)


def test_a_read_only_data_folder_is_named_as_such(read_only_folder, sample_cab):
    assert run(read_only_folder, "import", str(sample_cab(V1))).returncode == 0
    _mount(["--bind", str(read_only_folder)], read_only_folder)
    subprocess.run(["mount", "-o", "remount,ro,bind", str(read_only_folder)], check=True)
    for words in (("rules", "list"), ("import", str(sample_cab(V2))), ("rules", "approve",
                                                                       "--all")):
        done = run(read_only_folder, *words)
        assert done.returncode == 1, words
        assert "read-only" in done.stderr
        assert_no_bug(done.stderr)


@pytest.fixture
def small_disk(tmp_path):
    folder = tmp_path / "small"
    folder.mkdir()
    _mount(["-t", "tmpfs", "-o", "size=3m", "tmpfs"], folder)
    yield folder
    subprocess.run(["umount", str(folder)], capture_output=True)


def test_import_onto_a_full_disk_changes_nothing(small_disk, tmp_path):
    data = small_disk / "data"
    assert run(data, "rules", "list").returncode == 0
    before = snapshot(data)
    cab = tmp_path / "big.cab"
    assert run(tmp_path / "x", "pack", "--sample", "--image-size", "2000000",
               "-o", str(cab)).returncode == 0
    done = run(data, "import", str(cab))
    assert done.returncode == 1
    assert "the disk is full" in done.stderr and "nothing was changed" in done.stderr
    assert_no_bug(done.stderr)
    assert snapshot(data, raw_store=False) == {
        k: v for k, v in before.items() if not k.startswith("store.sqlite3")} | {
        "store.sqlite3 (dump)": before["store.sqlite3 (dump)"]}
    assert list((data / "tmp").iterdir()) == [], "no staging left behind"


def test_a_store_cannot_be_created_on_a_full_disk(small_disk):
    (small_disk / "filler").write_bytes(b"\0" * (3 * 1024 * 1024 - 8192))
    done = run(small_disk / "data", "rules", "list")
    assert done.returncode == 1
    assert "full" in done.stderr and "damaged" not in done.stderr
    assert_no_bug(done.stderr)
    assert not list((small_disk / "data").glob("*.new*"))


# -- rules list --format list ------------------------------------------------------------


def test_rules_list_format_list_reads_like_get_csdeviceupdaterule(cli, sample_cab):
    approved_once(cli, sample_cab)
    cli("import", str(sample_cab(V2)))
    code, out, err = cli("rules", "list", "--format", "list")
    assert code == 0 and err == ""
    blocks = out.strip("\n").split("\n\n")
    assert len(blocks) == 4
    lines = blocks[0].splitlines()
    names = [line.split(" : ", 1)[0].rstrip() for line in lines]
    assert names == ["Identity", "Id", "DeviceType", "Brand", "Model", "Revision", "Locale",
                     "UpdateType", "ApprovedVersion", "RestoreVersion", "PendingVersion"]
    assert len({line.index(" : ") for line in lines}) == 1, "the colons line up"
    values = {k.rstrip(): v for k, v in (line.split(" : ", 1) for line in lines)}
    assert values["ApprovedVersion"] == V1 and values["PendingVersion"] == V2
    assert values["RestoreVersion"] == "", "an unset version is an empty value"
    assert values["Identity"].startswith("service:WebServer:")
    assert values["Identity"].endswith("/" + values["Id"])


def test_rules_list_format_list_on_an_empty_store(cli):
    code, out, err = cli("rules", "list", "--format", "list")
    assert (code, out) == (0, "") and "ucupdates import" in err


@pytest.mark.parametrize(("store", "says"), [
    ("postgresql://admin:secret@127.0.0.1:1/ucupdates",
     "cannot reach the store postgresql://admin@127.0.0.1:1/ucupdates: "),
    ("postgresql://admin:secret@127.0.0.1", "names no database"),
    ("mysql://admin:secret@db/ucupdates", "is not a PostgreSQL URL"),
    ("/srv/ucupdates/store.sqlite3", "is not a PostgreSQL URL"),
], ids=["unreachable", "no-database", "other-engine", "a-path"])
def test_a_bad_store_is_refused_plainly_and_leaves_nothing_behind(tmp_path, capsys, store,
                                                                  says):
    data_dir = tmp_path / "new"
    code = main(["--data-dir", str(data_dir), "--store", store, "rules", "list"])
    out, err = capsys.readouterr()
    assert (code, out) == (1, "") and says in err and "secret" not in err
    assert_no_bug(err)
    assert not data_dir.exists(), "a refused store left an empty data folder"
