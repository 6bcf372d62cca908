"""How long importing a `pack --sample` package takes, and its peak memory, beside `gcab -x`.

Run from the project root:  python bench/import_bench.py [--image-size BYTES] [--runs N]

Each measured command runs as its own process; peak memory is the child's
maximum resident set size (Linux: getrusage). gcab (Debian package `gcab`)
extracts the same cabinet, the floor for "read a cabinet and write its files".
"""

from __future__ import annotations

import argparse
import os
import platform
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def measure(command: list[str], cwd: Path) -> tuple[float, float]:
    """Wall seconds and peak RSS (MiB) of one child process."""
    start = time.perf_counter()
    pid = subprocess.Popen(command, cwd=cwd, stdout=subprocess.DEVNULL).pid
    _, status, usage = os.wait4(pid, 0)
    elapsed = time.perf_counter() - start
    if os.waitstatus_to_exitcode(status) != 0:
        raise SystemExit(f"failed: {' '.join(command)}")
    return elapsed, usage.ru_maxrss / 1024


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--image-size", type=int, default=50 * 1024 * 1024)
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--models", type=int, default=1,
                        help="sample phone models, one image each (default 1)")
    args = parser.parse_args()
    app = [sys.executable, "-m", "app"]
    with tempfile.TemporaryDirectory(dir=ROOT) as scratch:
        work = Path(scratch)
        cab = work / "sample.cab"
        pack_s, pack_mb = measure([*app, "pack", "--sample", "--image-size",
                                   str(args.image_size), "--models", str(args.models),
                                   "-o", str(cab)], ROOT)
        rows = [("pack --sample", pack_s, pack_mb)]
        rows += runs("ucupdates import", args.runs, lambda i: measure(
            [*app, "--data-dir", str(work / f"data{i}"), "import", str(cab)], ROOT))
        if shutil.which("gcab"):
            rows += runs("gcab -x", args.runs, lambda i: measure(
                ["gcab", "-x", "-C", str(_fresh(work / f"gcab{i}")), str(cab)], ROOT))
        report(args, cab.stat().st_size, rows)


def _fresh(folder: Path) -> Path:
    folder.mkdir()
    return folder


def runs(label, count, once):
    results = [once(i) for i in range(count)]
    return [(label, statistics.median(r[0] for r in results), max(r[1] for r in results))]


def report(args, cab_size: int, rows) -> None:
    print(f"machine: {platform.machine()}, {os.cpu_count()} cores, "
          f"Python {platform.python_version()}, {platform.platform()}")
    print(f"package: {args.models} device-specific updates, images of {args.image_size:,} "
          "bytes each, "
          f"cabinet {cab_size:,} bytes (MSZIP); median of {args.runs} runs")
    print(f"{'command':<20}{'seconds':>10}{'peak MiB':>12}")
    for label, seconds, mib in rows:
        print(f"{label:<20}{seconds:>10.2f}{mib:>12.0f}")


if __name__ == "__main__":
    main()
