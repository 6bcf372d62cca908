"""How long the first start on a revision-1 data folder takes (SPEC §9: the conversion).

Run from the project root:  python bench/layout_conversion_bench.py [--megabytes N]

Lays out a revision-1 folder by hand (tests/revision1.py: three phone models,
two versions each, the images sharing N MB), then times the first start that
converts it (`ucupdates rules list` as its own process) beside a second start
that finds nothing to do. The folders are renamed, not copied, so the size of
the images should not matter; the figures say whether it does.
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path[:0] = [str(ROOT), str(ROOT / "tests")]

from revision1 import KINDS, make_revision1_folder  # noqa: E402


def timed_start(data_dir: Path) -> float:
    started = time.perf_counter()
    subprocess.run([sys.executable, "-m", "app", "--data-dir", str(data_dir), "rules", "list"],
                   cwd=ROOT, check=True, capture_output=True,
                   env={**os.environ, "PYTHONPATH": str(ROOT)})
    return time.perf_counter() - started


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--megabytes", type=int, default=1024)
    args = parser.parse_args()
    image_size = args.megabytes * 1024 * 1024 // (len(KINDS) * 2)
    with tempfile.TemporaryDirectory(dir=ROOT) as scratch:
        data_dir = Path(scratch) / "data"
        started = time.perf_counter()
        make_revision1_folder(data_dir, image_size)
        laid_out = time.perf_counter() - started
        first, second = timed_start(data_dir), timed_start(data_dir)
    print(f"revision-1 folder: {len(KINDS) * 2} versions, {args.megabytes:,} MB of images "
          f"(laid out in {laid_out:.1f} s)")
    print(f"first start (converts): {first:.2f} s; second start: {second:.2f} s; "
          f"the conversion itself: {first - second:.2f} s")


if __name__ == "__main__":
    main()
