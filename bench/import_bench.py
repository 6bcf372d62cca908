"""How long importing a `pack --sample` package takes, and its peak memory, beside `gcab -x`.

Run from the project root:
    python bench/import_bench.py [--image-size BYTES] [--models N] [--runs N] [--lzx]

Each measured command runs as its own process; peak memory is the child's
maximum resident set size (Linux: getrusage). gcab (Debian package `gcab`)
and cabextract extract the same cabinet: the floor for "read a cabinet and
write its files". `ucupdates rules list` on an empty store is the idle
process: what an import costs is the difference. With --lzx the same members
are written as an LZX cabinet (tests/packages/lzx_cab.py, verbatim blocks);
gcab cannot read LZX, cabextract can.
"""

from __future__ import annotations

import argparse
import io
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
    parser.add_argument("--lzx", action="store_true", help="an LZX cabinet instead of MSZIP")
    parser.add_argument("--convert-to-lzx", type=Path, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.convert_to_lzx:
        _convert_to_lzx(args.convert_to_lzx)
        return
    app = [sys.executable, "-m", "app"]
    with tempfile.TemporaryDirectory(dir=ROOT) as scratch:
        work = Path(scratch)
        cab = work / "sample.cab"
        pack_s, pack_mb = measure([*app, "pack", "--sample", "--image-size",
                                   str(args.image_size), "--models", str(args.models),
                                   "-o", str(cab)], ROOT)
        rows = [("pack --sample", pack_s, pack_mb)]
        if args.lzx:
            rows.append(("write as LZX", *_as_lzx(cab)))
        rows += runs("idle (rules list)", args.runs, lambda i: measure(
            [*app, "--data-dir", str(work / f"idle{i}"), "rules", "list"], ROOT))
        rows += runs("ucupdates import", args.runs, lambda i: measure(
            [*app, "--data-dir", str(work / f"data{i}"), "import", str(cab)], ROOT))
        if shutil.which("gcab") and not args.lzx:
            rows += runs("gcab -x", args.runs, lambda i: measure(
                ["gcab", "-x", "-C", str(_fresh(work / f"gcab{i}")), str(cab)], ROOT))
        if shutil.which("cabextract"):
            rows += runs("cabextract", args.runs, lambda i: measure(
                ["cabextract", "-q", "-d", str(_fresh(work / f"cabx{i}")), str(cab)], ROOT))
        report(args, cab.stat().st_size, rows)


def _as_lzx(cab: Path) -> tuple[float, float]:
    """Rewrite *cab* as LZX in a child process: a parent grown by holding the package
    would hand its size to every later child (ru_maxrss counts what fork copied)."""
    return measure([sys.executable, __file__, "--convert-to-lzx", str(cab)], ROOT)


def _convert_to_lzx(cab: Path) -> None:
    """Rewrite *cab* in place with the same members in one LZX folder (verbatim blocks)."""
    sys.path[:0] = [str(ROOT), str(ROOT / "tests" / "packages")]
    from lzx_cab import lzx_cabinet

    from app.packages import cabinet

    info = cabinet.scan(cab.read_bytes(), cab.name, 2**40)
    members: dict[str, io.BytesIO] = {}
    cabinet.stream_members(cab, cab.name, info, lambda _i, m: members.setdefault(
        m.name, io.BytesIO()))
    cab.write_bytes(lzx_cabinet({k: v.getvalue() for k, v in members.items()}, 21, True))


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
          f"cabinet {cab_size:,} bytes ({'LZX' if args.lzx else 'MSZIP'}); median of "
          f"{args.runs} runs")
    print(f"{'command':<20}{'seconds':>10}{'peak MiB':>12}")
    for label, seconds, mib in rows:
        print(f"{label:<20}{seconds:>10.2f}{mib:>12.0f}")


if __name__ == "__main__":
    main()
