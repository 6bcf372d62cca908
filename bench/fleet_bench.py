"""How fast a fleet of simulated phones converges after an approval, and the server's load.

Run from the project root:  python bench/fleet_bench.py [--phones 200] [--time-scale 86400]

The device server runs as its own process (`ucupdates serve`); the phones run
in this process and talk HTTP to it on 127.0.0.1. Each phone polls every 24
simulated hours: at x86400 that is once a real second.
"""

from __future__ import annotations

import argparse
import os
import platform
import socket
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from app.domain.names import DeviceKind  # noqa: E402
from app.packages.builder import SAMPLE_KINDS, cabinet_bytes, sample_members  # noqa: E402
from app.simulator.fleet import Fleet  # noqa: E402
from app.simulator.phone import Clock  # noqa: E402

V1, V2 = "4.0.7577.4366", "4.0.7577.4400"


def ucupdates(data: Path, *words: str) -> None:
    subprocess.run([sys.executable, "-m", "app", "--data-dir", str(data), *words], cwd=ROOT,
                   check=True, capture_output=True)


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def wait_for(condition, timeout: float) -> float:
    start = time.monotonic()
    while not condition():
        if time.monotonic() - start > timeout:
            raise SystemExit("timed out")
        time.sleep(0.02)
    return time.monotonic() - start


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--phones", type=int, default=200)
    parser.add_argument("--time-scale", type=float, default=86400.0)
    parser.add_argument("--image-size", type=int, default=256 * 1024)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as scratch:
        data = Path(scratch) / "data"
        for version in (V1, V2):
            cab = Path(scratch) / f"{version}.cab"
            cab.write_bytes(cabinet_bytes(sample_members(args.image_size, version)))
            ucupdates(data, "import", str(cab))
            if version == V1:
                ucupdates(data, "rules", "approve", "--all")
        port = free_port()
        server = subprocess.Popen([sys.executable, "-m", "app", "--data-dir", str(data), "serve",
                                   "--port", str(port), "--threads", "16"], cwd=ROOT,
                                  stderr=subprocess.DEVNULL)
        try:
            wait_for(lambda: _listening(port), 30)
            run(args, data, f"http://127.0.0.1:{port}")
        finally:
            server.terminate()
            server.wait(30)


def _listening(port: int) -> bool:
    try:
        socket.create_connection(("127.0.0.1", port), timeout=0.5).close()
        return True
    except OSError:
        return False


def run(args, data: Path, url: str) -> None:
    fleet = Fleet(url, clock=Clock(args.time_scale))
    fleet.populate([DeviceKind(*k) for k in SAMPLE_KINDS], args.phones, version=V1)
    fleet.start()
    wait_for(lambda: all(p.checks for p in fleet.phones), 60)  # every phone has checked
    checks_before, started = sum(p.checks for p in fleet.phones), time.monotonic()
    ucupdates(data, "rules", "approve", "--all")
    approved = time.monotonic()
    first = wait_for(lambda: fleet.versions()[V2] > 0, 600)
    wait_for(lambda: fleet.versions() == {V2: args.phones}, 600)
    converged = time.monotonic() - approved
    checks = sum(p.checks for p in fleet.phones) - checks_before
    elapsed = time.monotonic() - started
    failures = sum(p.failures for p in fleet.phones)
    fleet.stop()
    hours = converged * args.time_scale / 3600
    print(f"machine: {platform.machine()}, {os.cpu_count()} cores, "
          f"Python {platform.python_version()}")
    print(f"{args.phones} phones, 4 kinds, images {args.image_size:,} bytes, time x"
          f"{args.time_scale:g} (poll every 24 simulated h)")
    print(f"first phone on the new version   {first:.2f} s after the approval")
    print(f"all phones on the new version     {converged:.2f} s "
          f"(= {hours:.1f} simulated hours)")
    print(f"checks answered meanwhile         {checks} ({checks / elapsed:.0f} per second)")
    print(f"failed checks or downloads        {failures}")


if __name__ == "__main__":
    main()
