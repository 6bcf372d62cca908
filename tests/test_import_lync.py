"""``ucupdates import-lync``: a Lync deployment comes over whole, or not at all (§10)."""

from __future__ import annotations

import json
import urllib.request

import pytest
from helpers import run_cli as run
from helpers import snapshot
from lync_fixtures import (
    CX600,
    CX600_ID,
    HP,
    HP_ID,
    V1,
    V2,
    V3,
    devices_csv,
    lync_store,
    rule_row,
    rules_csv,
)

from app.services import Services
from app.web.runner import ServerRunner


@pytest.fixture
def lync(tmp_path):
    store = tmp_path / "DeviceUpdateStore"
    files = lync_store(store)
    return {"store": store, "files": files, "rules": rules_csv(tmp_path / "rules.csv"),
            "devices": devices_csv(tmp_path / "devices.csv")}


def rules_by_brand(data_dir) -> dict[str, dict]:
    done = run(data_dir, "rules", "list", "--json")
    return {r["Brand"]: r for r in json.loads(done.stdout)}


def test_rules_versions_and_test_devices_come_over_as_they_were(lync, data_dir):
    done = run(data_dir, "import-lync", str(lync["store"]), "--rules", str(lync["rules"]),
               "--test-devices", str(lync["devices"]))
    assert done.returncode == 0, done.stderr
    assert "Imported from Lync: 2 rules, 4 versions" in done.stdout
    assert "Pool set to pool01.contoso.com" in done.stdout
    rules = rules_by_brand(data_dir)
    assert (rules["Polycom"]["Id"], rules["Polycom"]["ApprovedVersion"],
            rules["Polycom"]["PendingVersion"], rules["Polycom"]["RestoreVersion"]) \
        == (CX600_ID, V2, V3, V1)
    assert (rules["HP"]["Id"], rules["HP"]["PendingVersion"]) == (HP_ID, V1)
    assert rules["HP"]["Identity"] == f"service:WebServer:pool01.contoso.com/{HP_ID}"
    assert rules["HP"]["ApprovedVersion"] is None, "nothing re-approved, nothing invented"
    stored = data_dir / "DeviceUpdateStore"
    assert {p.relative_to(stored).as_posix(): p.read_bytes()
            for p in stored.rglob("*") if p.is_file()} == lync["files"]
    devices = json.loads(run(data_dir, "test-devices", "list", "--json").stdout)
    assert {(d["Name"], d["Identifier"], d["Scope"]) for d in devices} == {
        ("lab-phone", "00-04-F2-12-34-56", "global"), ("desk", "CX600-0001", "site:Berlin")}
    assert "import-lync" in run(data_dir, "history").stdout


def test_imported_versions_are_served(lync, data_dir):
    assert run(data_dir, "import-lync", str(lync["store"]), "--rules",
               str(lync["rules"])).returncode == 0
    services = Services(data_dir)
    runner = ServerRunner(services, host="127.0.0.1", port=0)
    runner.start()
    try:
        for rel, data in lync["files"].items():
            with urllib.request.urlopen(f"{runner.state.url}/DeviceUpdateFiles_Int/{rel}",
                                        timeout=10) as answer:
                assert answer.read() == data
    finally:
        runner.stop()
        services.close()


def test_preview_shows_everything_and_changes_nothing(lync, data_dir):
    run(data_dir, "rules", "list")
    before = snapshot(data_dir)
    done = run(data_dir, "import-lync", str(lync["store"]), "--rules", str(lync["rules"]),
               "--test-devices", str(lync["devices"]), "--preview")
    assert done.returncode == 0, done.stderr
    assert CX600_ID in done.stdout and "lab-phone" in done.stdout
    assert "Nothing was changed." in done.stdout
    assert snapshot(data_dir) == before


def test_without_a_rules_file_the_newest_version_of_each_kind_is_pending(lync, data_dir):
    done = run(data_dir, "import-lync", str(lync["store"]))
    assert done.returncode == 0, done.stderr
    rules = rules_by_brand(data_dir)
    assert rules["Polycom"]["PendingVersion"] == V3 and rules["HP"]["PendingVersion"] == V1
    assert all(r["ApprovedVersion"] is None for r in rules.values())
    assert done.stderr.count("not imported (not the newest; without --rules") == 2  # V1, V2


def test_with_a_rules_file_versions_no_rule_names_stay_out(lync, data_dir, tmp_path):
    only_hp = rules_csv(tmp_path / "hp.csv", [rule_row(HP_ID, HP, pending=V1)])
    done = run(data_dir, "import-lync", str(lync["store"]), "--rules", str(only_hp))
    assert done.returncode == 0, done.stderr
    assert list(rules_by_brand(data_dir)) == ["HP"]
    assert not (data_dir / "DeviceUpdateStore/UCPhone/Polycom").exists()


@pytest.mark.parametrize(("rows", "says"), [
    ([rule_row(CX600_ID, CX600, "4.0.9999.1")],
     "rules.csv, line 3: the rule for UCPhone Polycom CX600 A ENU CPE names version "
     "4.0.9999.1, which is not in the store folder"),
    ([rule_row(CX600_ID, CX600, V1), rule_row(HP_ID, HP, "4.0.x")],
     "rules.csv, line 4: '4.0.x' is not"),
    ([rule_row("not-a-guid", CX600, V1)], "rules.csv, line 3: Id 'not-a-guid' is not a GUID"),
    ([rule_row(CX600_ID, CX600, V1), rule_row(HP_ID, CX600, V2)],
     "rules.csv, line 4: a second rule for UCPhone Polycom CX600"),
    ([], "rules.csv: holds no rules"),
])
def test_a_bad_rules_file_refuses_everything_naming_file_line_and_reason(lync, data_dir,
                                                                        tmp_path, rows, says):
    bad = rules_csv(tmp_path / "rules.csv", rows)
    run(data_dir, "rules", "list")
    before = snapshot(data_dir)
    done = run(data_dir, "import-lync", str(lync["store"]), "--rules", str(bad),
               "--test-devices", str(lync["devices"]))
    assert done.returncode == 1
    assert says in done.stderr, done.stderr
    assert "Traceback" not in done.stderr
    assert snapshot(data_dir) == before


@pytest.mark.parametrize(("content", "says"), [
    (b"\x00\x01\x02garbage\xff\xfe\x00", "rules.csv"),
    (b'"Name","Value"\r\n"a","b"\r\n', "rules.csv, line 1: the header has no column Id"),
    (b'#TYPE x\r\n"Id","DeviceType","Brand","Model","Revision","Locale","UpdateType",'
     b'"ApprovedVersion","PendingVersion","RestoreVersion"\r\n"a","b"\r\n',
     "rules.csv, line 3: the row has a different number of columns"),
])
def test_an_unreadable_rules_file_is_refused_by_name(lync, data_dir, tmp_path, content, says):
    bad = tmp_path / "rules.csv"
    bad.write_bytes(content)
    done = run(data_dir, "import-lync", str(lync["store"]), "--rules", str(bad))
    assert done.returncode == 1 and says in done.stderr, done.stderr
    assert "Traceback" not in done.stderr


@pytest.mark.parametrize("encoding", ["utf-8-sig", "utf-16"])
def test_export_csv_encodings_are_read(lync, data_dir, tmp_path, encoding):
    path = rules_csv(tmp_path / "enc.csv", encoding=encoding)
    done = run(data_dir, "import-lync", str(lync["store"]), "--rules", str(path))
    assert done.returncode == 0, done.stderr


@pytest.mark.parametrize(("rows", "says"), [
    ([["Global/lab", "00-04-F2-ZZ-34-56", "MACAddress"]],
     "devices.csv, line 3: '00-04-F2-ZZ-34-56' is not a MAC address"),
    ([["lab", "00-04-F2-12-34-56", "MACAddress"]], "devices.csv, line 3: Identity 'lab'"),
    ([["Global/lab", "x", "IPAddress"]], "devices.csv, line 3: IdentifierType 'IPAddress'"),
    ([["Global/a", "00-04-F2-12-34-56", "MACAddress"],
      ["Global/b", "00:04:f2:12:34:56", "MACAddress"]], "devices.csv, line 4: test device b "
                                                        "clashes with line 3"),
])
def test_a_bad_test_device_row_refuses_everything(lync, data_dir, tmp_path, rows, says):
    bad = devices_csv(tmp_path / "devices.csv", rows)
    done = run(data_dir, "import-lync", str(lync["store"]), "--rules", str(lync["rules"]),
               "--test-devices", str(bad))
    assert done.returncode == 1 and says in done.stderr, done.stderr
    assert json.loads(run(data_dir, "rules", "list", "--json").stdout) == []


def test_a_name_already_taken_refuses_everything_naming_it(lync, data_dir):
    assert run(data_dir, "test-devices", "add", "lab-phone", "--serial", "X1").returncode == 0
    before = snapshot(data_dir)
    done = run(data_dir, "import-lync", str(lync["store"]), "--rules", str(lync["rules"]),
               "--test-devices", str(lync["devices"]))
    assert done.returncode == 1
    assert "a test device named lab-phone already exists in global" in done.stderr
    assert snapshot(data_dir) == before


def test_a_rule_that_exists_refuses_everything(lync, data_dir, sample_cab):
    run(data_dir, "import", str(sample_cab(V1)))  # makes a Polycom CX600 CPE rule
    before = snapshot(data_dir)
    preview = run(data_dir, "import-lync", str(lync["store"]), "--rules", str(lync["rules"]),
                  "--preview")
    assert preview.returncode == 1
    assert "conflict: a rule for UCPhone Polycom CX600 A ENU CPE already exists" in \
        preview.stderr
    done = run(data_dir, "import-lync", str(lync["store"]), "--rules", str(lync["rules"]))
    assert done.returncode == 1 and "already exists" in done.stderr
    assert snapshot(data_dir) == before


@pytest.mark.parametrize("store", ["missing", "empty", "odd"])
def test_a_store_folder_that_is_not_one_is_refused(tmp_path, data_dir, store):
    folder = tmp_path / "s"
    if store != "missing":
        folder.mkdir()
    if store == "odd":
        (folder / "UCPhone/Polycom/CX600/A/ENU/not-a-version/CPE").mkdir(parents=True)
        (folder / "UCPhone/Polycom/CX600/A/ENU/not-a-version/CPE/CPE.nbt").write_bytes(b"x")
    done = run(data_dir, "import-lync", str(folder))
    assert done.returncode == 1 and str(folder) in done.stderr, done.stderr
    assert "Traceback" not in done.stderr


def test_an_import_killed_after_its_commit_is_finished_at_the_next_start(lync, data_dir):
    killed = run(data_dir, "import-lync", str(lync["store"]), "--rules", str(lync["rules"]),
                 crash_at="lync-committed")
    assert killed.returncode == -9
    rules = rules_by_brand(data_dir)  # this start rolls the import forward
    assert set(rules) == {"Polycom", "HP"}
    stored = data_dir / "DeviceUpdateStore"
    assert {p.relative_to(stored).as_posix(): p.read_bytes()
            for p in stored.rglob("*") if p.is_file()} == lync["files"]
    assert list((data_dir / "tmp").iterdir()) == []


def test_an_import_killed_before_its_commit_leaves_nothing(lync, data_dir):
    run(data_dir, "rules", "list")
    before = snapshot(data_dir, raw_store=False)
    killed = run(data_dir, "import-lync", str(lync["store"]), "--rules", str(lync["rules"]),
                 crash_at="lync-staged")
    assert killed.returncode == -9
    assert rules_by_brand(data_dir) == {}  # this start sweeps the staging folder
    assert snapshot(data_dir, raw_store=False) == before
