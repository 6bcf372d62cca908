"""The scriptable surface of docs/protocol.md §10: forms, JSON names, exit status, stderr."""

from __future__ import annotations

import json
import os
import subprocess
import sys

import pytest
from helpers import ROOT

from app import __version__
from app.cli import main
from app.services import Services

LYNC_KEYS = ["Identity", "Id", "DeviceType", "Brand", "Model", "Revision", "Locale",
             "UpdateType", "ApprovedVersion", "PendingVersion", "RestoreVersion"]


@pytest.fixture
def cli(data_dir, capsys):
    def call(*words: str) -> tuple[int, str, str]:
        code = main(["--data-dir", str(data_dir), *words])
        out, err = capsys.readouterr()
        return code, out, err
    return call


def test_rules_list_json_uses_lync_property_names(cli, sample_cab):
    assert cli("import", str(sample_cab()))[0] == 0
    code, out, _ = cli("rules", "list", "--json", "--brand", "polycom")
    (rule,) = json.loads(out)
    assert code == 0 and list(rule) == LYNC_KEYS
    assert rule["PendingVersion"] == "4.0.7577.4366"
    assert rule["ApprovedVersion"] is None and rule["RestoreVersion"] is None
    assert rule["Identity"].startswith("service:WebServer:") and rule["Identity"].endswith(
        "/" + rule["Id"])


def test_state_filter(cli, sample_cab):
    cli("import", str(sample_cab()))
    cli("rules", "approve", "--model", "CX600")
    approved = json.loads(cli("rules", "list", "--json", "--state", "approved")[1])
    pending = json.loads(cli("rules", "list", "--json", "--state", "pending")[1])
    assert [r["Model"] for r in approved] == ["CX600"]
    assert len(pending) == 3


def test_action_by_id_and_refusal_exit_status(cli, sample_cab):
    cli("import", str(sample_cab()))
    rule_id = json.loads(cli("rules", "list", "--json", "--brand", "HP")[1])[0]["Id"]
    assert cli("rules", "approve", rule_id)[0] == 0
    code, out, err = cli("rules", "approve", rule_id, "00000000-0000-0000-0000-000000000000")
    assert code == 1
    assert "no pending version" in err and "no rule with ID 00000000" in err


def test_action_without_selection_is_a_usage_error(cli):
    code, _, err = cli("rules", "approve")
    assert code == 2 and "--all" in err


def test_unknown_command_is_a_usage_error(cli):
    with pytest.raises(SystemExit) as caught:
        cli("frobnicate")
    assert caught.value.code == 2


def test_invalid_config_value_is_refused_and_not_stored(cli):
    code, _, err = cli("config", "set", "Port", "99999")
    assert code == 1 and "Port" in err and "1..65535" in err
    shown = json.loads(cli("config", "show", "--json")[1])
    assert shown["Port"] == 8080 and shown["ValidLogFileTypes"][0] == "Watson"


def test_test_device_with_bad_mac_is_refused(cli):
    code, _, err = cli("test-devices", "add", "x", "--mac", "00-04-F2")
    assert code == 1 and "MAC address" in err
    assert json.loads(cli("test-devices", "list", "--json")[1]) == []


def test_test_device_set_changes_identifier(cli):
    cli("test-devices", "add", "desk", "--mac", "00-04-F2-12-34-56")
    assert cli("test-devices", "set", "desk", "--serial", "SN-9", "--new-scope",
               "site:Oslo")[0] == 0
    (device,) = json.loads(cli("test-devices", "list", "--json")[1])
    assert device == {"Identity": "site:Oslo/desk", "Name": "desk",
                      "IdentifierType": "SerialNumber", "Identifier": "SN-9",
                      "Scope": "site:Oslo"}


def test_test_devices_json_reads_like_get_cstestdevice(cli):
    cli("test-devices", "add", "lab", "--mac", "00:04:f2:12:34:56")
    (device,) = json.loads(cli("test-devices", "list", "--json")[1])
    assert (device["Identity"], device["IdentifierType"], device["Identifier"]) == \
        ("Global/lab", "MACAddress", "00-04-F2-12-34-56")


def test_clear_logs_range_is_enforced(cli):
    code, _, err = cli("clear-logs", "--days-back", "0")
    assert code == 1 and "1..30" in err


def test_version_flag(capsys):
    with pytest.raises(SystemExit) as caught:
        main(["--version"])
    assert caught.value.code == 0 and __version__ in capsys.readouterr().out


def _run(args, data_dir=None, **kwargs):
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    if data_dir:
        env["UCUPDATES_DATA_DIR"] = str(data_dir)
    return subprocess.run([sys.executable, "-m", "app", *args], env=env, cwd=ROOT,
                          capture_output=True, text=True, timeout=60, **kwargs)


def test_users_add_reads_password_from_stdin(data_dir):
    result = _run(["users", "add", "alice"], data_dir, input="s3cret-pass\n")
    assert result.returncode == 0, result.stderr
    again = _run(["users", "add", "alice"], data_dir, input="other-pass\n")
    assert again.returncode == 1 and "passwd" in again.stderr
    other_case = _run(["users", "add", "ALICE"], data_dir, input="other-pass\n")
    assert other_case.returncode == 1 and "'ALICE' exists" in other_case.stderr
    nobody = _run(["users", "passwd", "bob"], data_dir, input="other-pass\n")
    assert nobody.returncode == 1 and "no user account named 'bob'" in nobody.stderr
    services = Services(data_dir)
    assert services.check_credentials("alice", "s3cret-pass")
    services.close()


def test_environment_variable_and_flag_choose_the_data_folder(tmp_path, sample_cab):
    env_dir, flag_dir = tmp_path / "env", tmp_path / "flag"
    assert _run(["test-devices", "add", "a", "--serial", "S1"], env_dir).returncode == 0
    assert _run(["--data-dir", str(flag_dir), "test-devices", "add", "b", "--serial", "S2"],
                env_dir).returncode == 0
    assert (env_dir / "store.sqlite3").exists() and (flag_dir / "store.sqlite3").exists()
    listed = _run(["test-devices", "list", "--json"], env_dir).stdout
    assert [d["Name"] for d in json.loads(listed)] == ["a"]


def test_devices_list_streams_a_large_inventory(data_dir):
    from datetime import UTC, datetime, timedelta

    from app.domain.inventory import DeviceSighting
    from app.domain.names import DeviceKind

    start = datetime(2024, 5, 1, tzinfo=UTC)
    services = Services(data_dir)
    services.record_sightings([(DeviceSighting(
        DeviceKind("UCPhone", "Polycom", "CX600", "A", "ENU"), f"00-04-F2-00-{n >> 8:02X}-"
        f"{n & 0xFF:02X}", f"SN{n}", {"CPE": "4.0.7577.4366"} if n else
        {"CPE": "4.0.7577.4366", "LongUpdateTypeName": "1.2.3.4"},
        (start + timedelta(minutes=n)).isoformat(), "10.0.0.1", None, False, None, False), 1)
        for n in range(1500)])
    services.close()
    table = _run(["devices", "list"], data_dir)
    lines = table.stdout.splitlines()
    assert table.returncode == 0 and len(lines) == 1501
    assert lines[1].startswith("00-04-F2-00-05-DB"), "newest first"
    oldest = lines[-1]  # past the first 1,000 rows, which set the widths: cut, aligned
    assert "…" in oldest and len(oldest) <= max(len(line) for line in lines[:1001])
    listed = json.loads(_run(["devices", "list", "--json"], data_dir).stdout)
    assert len(listed) == 1500 and listed[-1]["Versions"]["LongUpdateTypeName"] == "1.2.3.4"


def test_a_store_from_an_earlier_version_is_upgraded_once_and_said_so(data_dir):
    import sqlite3

    from app.store.schema import MIGRATIONS

    data_dir.mkdir(parents=True)
    conn = sqlite3.connect(data_dir / "store.sqlite3")
    for number, script in enumerate(MIGRATIONS[:3], start=1):  # what revision 3 wrote
        conn.executescript(script)
        conn.execute(f"PRAGMA user_version = {number}")
    conn.close()
    first = _run(["devices", "list"], data_dir)
    assert first.returncode == 0, first.stderr
    assert "upgrading the store" in first.stderr and "once" in first.stderr
    again = _run(["devices", "list"], data_dir)
    assert again.returncode == 0 and "upgrading" not in again.stderr
    assert not Services.needs_upgrade(data_dir / "nothing here")
