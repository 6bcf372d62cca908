"""packaging/: one version everywhere, consistent ids, valid metadata, a bundle-aware app.

The bundle itself is built and tested by packaging/build.sh (too slow for every
run); this checks what can go stale between builds.
"""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
import tomllib
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

import app
from app import resources_path

ROOT = Path(__file__).resolve().parents[1]
APP_ID = "io.github.ucupdates.Console"
LINUX = ROOT / "packaging" / "linux"
DESKTOP = LINUX / f"{APP_ID}.desktop"
METAINFO = LINUX / f"{APP_ID}.metainfo.xml"
UNIT = ROOT / "packaging" / "systemd" / "ucupdates.service"


def pyproject_version() -> str:
    with open(ROOT / "pyproject.toml", "rb") as source:
        return tomllib.load(source)["project"]["version"]


def test_the_app_reports_the_pyproject_version():
    assert app.__version__ == pyproject_version()


def test_the_newest_release_in_the_metainfo_is_the_pyproject_version():
    releases = ET.parse(METAINFO).getroot().findall("releases/release")
    assert releases, "the metainfo lists no release"
    assert releases[0].get("version") == pyproject_version(), (
        "a version bump needs its <release> (with notes) at the top of " + METAINFO.name)
    assert re.fullmatch(r"\d{4}-\d{2}-\d{2}", releases[0].get("date", ""))


def test_the_ids_agree():
    from app.ui.app import DESKTOP_ID

    root = ET.parse(METAINFO).getroot()
    assert root.findtext("id") == APP_ID == DESKTOP_ID
    assert root.findtext("launchable") == DESKTOP.name
    entry = dict(line.split("=", 1) for line in DESKTOP.read_text().splitlines()
                 if "=" in line and not line.startswith("#"))
    assert entry["Icon"] == APP_ID
    assert entry["Exec"].split()[0] == "ucupdates"  # install-desktop-entry.sh rewrites it


def test_the_unit_takes_data_folder_and_port_from_the_environment_file():
    unit = UNIT.read_text()
    assert "EnvironmentFile=/etc/default/ucupdates" in unit
    assert "--port ${UCUPDATES_PORT}" in unit
    settings = (UNIT.parent / "ucupdates.default").read_text()
    for name in ("UCUPDATES_DATA_DIR", "UCUPDATES_HOST", "UCUPDATES_PORT"):
        assert re.search(rf"^{name}=\S", settings, re.M), name


@pytest.mark.skipif(not shutil.which("desktop-file-validate"), reason="desktop-file-utils")
def test_desktop_file_validates():
    result = subprocess.run(["desktop-file-validate", str(DESKTOP)], capture_output=True,
                            text=True)
    assert result.returncode == 0 and not result.stdout.strip(), result.stdout


@pytest.mark.skipif(not shutil.which("appstreamcli"), reason="appstream")
def test_metainfo_validates():
    result = subprocess.run(["appstreamcli", "validate", "--no-net", str(METAINFO)],
                            capture_output=True, text=True)
    assert result.returncode == 0, result.stdout + result.stderr


@pytest.mark.skipif(not shutil.which("systemd-analyze"), reason="systemd")
def test_systemd_unit_verifies(tmp_path):
    # verify insists that ExecStart's program exists: point it at one that does
    unit = tmp_path / "ucupdates.service"
    unit.write_text(UNIT.read_text().replace("/opt/ucupdates/ucupdates", sys.executable))
    result = subprocess.run(["systemd-analyze", "verify", str(unit)], capture_output=True,
                            text=True)
    assert result.returncode == 0, result.stdout + result.stderr


# -- the app inside a bundle ------------------------------------------------------------


def test_resources_are_found_in_the_checkout():
    assert resources_path.resources("icons", "ucupdates.svg").is_file()
    assert resources_path.resources("translations", "ucupdates_de.ts").is_file()


def test_a_frozen_app_finds_resources_and_version_in_the_bundle(tmp_path, monkeypatch):
    (tmp_path / "VERSION").write_text("9.8.7\n")
    monkeypatch.setattr(sys, "frozen", True, raising=False)
    monkeypatch.setattr(sys, "_MEIPASS", str(tmp_path), raising=False)
    assert resources_path.root() == tmp_path
    assert resources_path.resources("icons") == tmp_path / "resources" / "icons"
    assert app._version() == "9.8.7"


def test_a_prebuilt_qm_is_used_unless_the_ts_beside_it_is_newer(tmp_path, monkeypatch):
    from app.ui import i18n

    monkeypatch.setattr(i18n, "TRANSLATIONS", tmp_path)
    assert i18n.prebuilt("de") is None
    qm_file, ts_file = tmp_path / "ucupdates_de.qm", tmp_path / "ucupdates_de.ts"
    qm_file.write_bytes(b"qm")
    assert i18n.prebuilt("de") == qm_file  # a bundle: no .ts at all
    ts_file.write_text("<TS/>")
    os.utime(qm_file, (1_000_000, 1_000_000))
    assert i18n.prebuilt("de") is None  # an edited .ts wins over a stale build output
