"""Follow the README's first session as a new user would, command by command.

The commands are read from README.md itself, so the README cannot drift from
what the program does. Each runs as a separate process, like a user's shell.
"""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys

from helpers import ROOT

SECTION = "## A first session on the command line"


def readme_commands() -> list[str]:
    text = (ROOT / "README.md").read_text(encoding="utf-8")
    section = text.split(SECTION, 1)[1].split("\n## ", 1)[0]
    blocks = re.findall(r"```sh\n(.*?)```", section, flags=re.S)
    return [line.strip() for block in blocks for line in block.splitlines()
            if line.strip().startswith("ucupdates ")]


def run(command: str, env: dict[str, str], cwd) -> subprocess.CompletedProcess:
    words = command.split("#", 1)[0].split()
    return subprocess.run([sys.executable, "-m", "app", *words[1:]], env=env, cwd=cwd,
                          capture_output=True, text=True, timeout=120)


def test_readme_first_session(tmp_path):
    env = {**os.environ, "UCUPDATES_DATA_DIR": str(tmp_path / "data"),
           "PYTHONPATH": str(ROOT)}
    commands = readme_commands()
    assert len(commands) >= 15, commands
    for command in commands:
        result = run(command, env, tmp_path)
        expected = 1 if "refused" in command else 0
        assert result.returncode == expected, (command, result.stdout, result.stderr)
        assert "Traceback" not in result.stderr, command

    rules = json.loads(run("ucupdates rules list --json", env, tmp_path).stdout)
    state = {r["Brand"]: (r["ApprovedVersion"], r["PendingVersion"], r["RestoreVersion"])
             for r in rules}
    assert state == {
        "Polycom": ("4.0.7577.4400", None, "4.0.7577.4366"),
        "HP": ("4.0.7577.4366", None, None),
        "LG-Nortel": ("4.0.7577.4400", None, "4.0.7577.4366"),
    }
    stored = sorted(p.relative_to(tmp_path / "data/DeviceUpdateStore").as_posix()
                    for p in (tmp_path / "data/DeviceUpdateStore").glob("*/*/*/*/*/*/*"))
    assert stored == [
        "UCPhone/HP/4120/A/ENU/4.0.7577.4366/CPE",
        "UCPhone/LG-Nortel/IP8540/A/ENU/4.0.7577.4366/CPE",
        "UCPhone/LG-Nortel/IP8540/A/ENU/4.0.7577.4400/CPE",
        "UCPhone/Polycom/CX600/A/ENU/4.0.7577.4366/CPE",
        "UCPhone/Polycom/CX600/A/ENU/4.0.7577.4400/CPE",
    ]
    devices = json.loads(run("ucupdates test-devices list --json", env, tmp_path).stdout)
    assert {d["Identifier"] for d in devices} == {"00-04-F2-12-34-56", "CX600-0001"}
    history = run("ucupdates history --limit 100", env, tmp_path).stdout
    assert "clear-files" in history and "remove" in history
