"""A data folder of revision 1 converts itself at the first start, safely (protocol.md §9)."""

from __future__ import annotations

import json
import urllib.request

import pytest
from helpers import run_cli as run
from revision1 import V1, V2, make_revision1_folder

from app.services import Services
from app.web.runner import ServerRunner


def assert_converted(folder) -> None:
    store = folder.data_dir / "DeviceUpdateStore"
    for rel, data in folder.files.items():
        assert (store / rel).read_bytes() == data, rel
        assert not folder.old_path(rel).exists(), "nothing left in the old place"
    assert sorted(p.relative_to(store).as_posix() for p in store.rglob("*") if p.is_file()) \
        == sorted(folder.files)
    assert not (folder.data_dir / "layout-conversion").exists()


def test_a_revision1_folder_converts_at_first_start_and_keeps_everything(tmp_path):
    folder = make_revision1_folder(tmp_path / "data")
    done = run(folder.data_dir, "rules", "list", "--json")
    assert done.returncode == 0, done.stderr
    rules = {r["Brand"]: r for r in json.loads(done.stdout)}
    assert {b: r["Id"] for b, r in rules.items()} == folder.rule_ids
    assert all((r["ApprovedVersion"], r["PendingVersion"]) == (V1, V2) for r in rules.values())
    assert_converted(folder)
    devices = json.loads(run(folder.data_dir, "test-devices", "list", "--json").stdout)
    assert [d["Name"] for d in devices] == ["lab-phone"]


def test_the_second_start_moves_nothing(tmp_path):
    folder = make_revision1_folder(tmp_path / "data")
    first = Services(folder.data_dir)
    assert first.layout_moves == 2 * 3
    first.close()
    again = Services(folder.data_dir)
    assert again.layout_moves == 0
    again.close()
    assert_converted(folder)


def test_converted_files_are_served_at_the_revision2_urls(tmp_path):
    folder = make_revision1_folder(tmp_path / "data")
    services = Services(folder.data_dir)
    runner = ServerRunner(services, host="127.0.0.1", port=0)
    runner.start()
    try:
        for rel, data in folder.files.items():
            url = f"{runner.state.url}/DeviceUpdateFiles_Int/{rel}"
            with urllib.request.urlopen(url, timeout=10) as answer:
                assert answer.read() == data, rel
    finally:
        runner.stop()
        services.close()


@pytest.mark.parametrize("point", ["layout-planned", "layout-held", "layout-placed"])
def test_a_conversion_killed_at_any_step_finishes_at_the_next_start(tmp_path, point):
    folder = make_revision1_folder(tmp_path / "data")
    killed = run(folder.data_dir, "rules", "list", crash_at=point)
    assert killed.returncode == -9, killed.stderr
    done = run(folder.data_dir, "rules", "list", "--json")
    assert done.returncode == 0, done.stderr
    assert len(json.loads(done.stdout)) == 3
    assert_converted(folder)


def test_clear_files_after_conversion_keeps_what_rules_reference(tmp_path):
    folder = make_revision1_folder(tmp_path / "data")
    done = run(folder.data_dir, "clear-files")
    assert done.returncode == 0, done.stderr
    assert "cleared 0 unreferenced versions" in done.stdout
    assert_converted(folder)
