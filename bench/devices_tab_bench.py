"""How the Devices tab copes with a large inventory: open, sort, filter, scroll, memory.

Run from the project root:

    python bench/devices_tab_bench.py [--devices N] [--runs N] [--data-dir DIR]

Fills a store with N devices (default 100,000) through the server's own write
path (``services.record_sightings``, 10,000 per transaction) in a child
process, so that this process holds only what the console holds; with
``--data-dir`` the filled store is kept and used again by the next run.
Then drives a real DevicesTab offscreen and prints, in milliseconds:

* opening the tab: from ``refresh()`` until the first rows are listed and painted;
* sorting by every column both ways, and filtering by text, MAC prefix, user
  and state: from the click until the new listing is painted;
* scrolling to the middle and the bottom: until those rows are read and painted;
* the worst GUI-thread stall during all of it (the longest gap between the
  ticks of a 5 ms timer);
* the rollout counts for every rule (``services.rollouts()``);
* this process's memory with the tab open, and the store's size per 100,000.
"""

from __future__ import annotations

import argparse
import os
import platform
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from datetime import UTC, datetime, timedelta
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from PySide6.QtCore import QEventLoop, QSettings, Qt, QTimer, qInstallMessageHandler  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402

from app.domain.compliance import Compliance  # noqa: E402
from app.domain.inventory import DeviceColumn, DeviceSighting, SearchField  # noqa: E402
from app.domain.names import DeviceKind  # noqa: E402
from app.domain.rules import RuleAction  # noqa: E402
from app.packages.builder import SAMPLE_KINDS, cabinet_bytes, sample_members  # noqa: E402
from app.services import RuleFilter, Services  # noqa: E402

KINDS = [*SAMPLE_KINDS, ("UCPhone", "Snom", "D7xx", "A", "DEU")]
VERSIONS = ["4.0.7577.4000", "4.0.7577.4366", "4.0.7577.4200"]
BATCH = 10_000


# -- the store ---------------------------------------------------------------------------


def fill(data_dir: Path, devices: int) -> None:
    """Rules for the sample kinds (Polycom and HP approved) and *devices* sightings."""
    services = Services(data_dir, os_user="bench")
    have = services.device_count()
    if have >= devices:
        services.close()
        return
    start = time.perf_counter()
    if not services.rules():
        cab = data_dir / "sample.cab"
        cab.write_bytes(cabinet_bytes(sample_members(1024)))
        services.import_package(services.read_package(cab))
        for brand in ("Polycom", "HP"):
            services.apply(RuleAction.APPROVE, RuleFilter(brand=brand))
    base = datetime(2024, 5, 1, tzinfo=UTC)
    for first in range(have, devices, BATCH):
        services.record_sightings([(_sighting(n, base), 1)
                                   for n in range(first, min(first + BATCH, devices))])
    took = time.perf_counter() - start
    print(f"filled {devices - have:,} devices in {took:.0f} s "
          f"({(devices - have) / took:,.0f} sightings/s through record_sightings)")
    services.close()


def _sighting(n: int, base: datetime) -> DeviceSighting:
    mac = "00-04-F2-" + "-".join(f"{(n >> s) & 0xFF:02X}" for s in (16, 8, 0))
    version = VERSIONS[n % 3]
    offer = "CPE 4.0.7577.4366 Approved" if n % 7 == 0 else None
    return DeviceSighting(DeviceKind(*KINDS[n % 5]), mac, f"SN{n:07d}", {"CPE": version},
                          (base + timedelta(seconds=n * 13)).isoformat(),
                          f"10.{n >> 16}.{(n >> 8) & 0xFF}.{n & 0xFF}",
                          f"user{n % 5000}@example.com" if n % 3 else None, n % 10 == 0,
                          offer, n % 500 == 0)


def store_size(data_dir: Path) -> int:
    return sum(p.stat().st_size for p in data_dir.glob("store.sqlite3*"))


# -- the console ---------------------------------------------------------------------------


class Heartbeat:
    """A 5 ms timer; the longest gap between its ticks is the worst GUI stall."""

    def __init__(self) -> None:
        self.timer = QTimer()
        self.timer.setInterval(5)
        self.timer.timeout.connect(self._tick)
        self.worst = 0.0
        self.last = time.perf_counter()

    def start(self) -> None:
        self.last = time.perf_counter()
        self.timer.start()

    def _tick(self) -> None:
        now = time.perf_counter()
        self.worst = max(self.worst, now - self.last)
        self.last = now


def wait_for(signals, action) -> float:
    """Seconds from *action* until the first of *signals*."""
    loop = QEventLoop()
    for signal in signals:
        signal.connect(loop.quit)
    start = time.perf_counter()
    action()
    loop.exec()
    for signal in signals:
        signal.disconnect(loop.quit)
    return time.perf_counter() - start


def listed(tab, action) -> float:
    """Until the new listing's first rows are shown and the view has painted them (read
    straight from an index, or with the whole list for a filter text); the whole list
    and the counts per state follow, and are waited for before the next action."""
    took = wait_for((tab.model.head_shown, tab.model.listed), action)
    start = time.perf_counter()
    QApplication.processEvents()  # the view's own repaint
    took += time.perf_counter() - start
    settle(tab)
    return took


def settle(tab) -> None:
    """Let the tab finish what it reads (the list, counts, pages) before the next action."""
    while tab.loading:
        QApplication.processEvents()
        time.sleep(0.001)


def scrolled(tab, action) -> float:
    """Until the rows now in view are read and painted."""
    start = time.perf_counter()
    action()
    QApplication.processEvents()
    top = max(0, tab.view.rowAt(0))
    while tab.model.index(top, 0).data() is None:
        loop = QEventLoop()
        tab.model.rows_arrived.connect(loop.quit)
        loop.exec()
        tab.model.rows_arrived.disconnect(loop.quit)
    QApplication.processEvents()  # the view's own repaint
    return time.perf_counter() - start


def median(action, runs: int) -> float:
    return statistics.median(action() for _ in range(runs))


class Stalls:
    """Wraps each measured action to note the worst GUI stall during it."""

    def __init__(self, heartbeat: Heartbeat) -> None:
        self.heartbeat, self.seen = heartbeat, []

    def __call__(self, took: float) -> float:
        self.seen.append(self.heartbeat.worst)
        self.heartbeat.worst = 0.0
        return took


def measure(tab, services: Services, runs: int, note: Stalls) -> list[tuple[str, float]]:
    note.heartbeat.worst = 0.0
    start = time.perf_counter()
    rows = [("open the tab: first rows shown", note(listed(tab, tab.refresh)))]
    rows.append(("open the tab: whole list and counts per state",
                 time.perf_counter() - start))
    note(0.0)
    rows.append(("list again (refresh)",
                 note(median(lambda: listed(tab, tab.refresh), runs))))
    for column in DeviceColumn:
        for order, label in ((Qt.SortOrder.AscendingOrder, "asc"),
                             (Qt.SortOrder.DescendingOrder, "desc")):
            rows.append((f"sort by {column.name.lower().replace('_', ' ')} ({label})",
                         note(listed(tab, lambda c=column, o=order:
                                     tab.view.sortByColumn(c, o)))))
    listed(tab, lambda: tab.view.sortByColumn(DeviceColumn.LAST_SEEN,
                                              Qt.SortOrder.DescendingOrder))
    for label, text, field, state in (
            ("filter text 'cx600'", "cx600", SearchField.ANYWHERE, None),
            ("filter text 'user42@'", "user42@", SearchField.ANYWHERE, None),
            ("filter text 'SN00012'", "SN00012", SearchField.ANYWHERE, None),
            ("filter MAC prefix '00-04-F2-01-86'", "00-04-F2-01-86", SearchField.MAC_PREFIX,
             None),
            ("filter user 'user42'", "user42", SearchField.USER, None),
            ("filter state 'behind'", "", SearchField.ANYWHERE, Compliance.BEHIND),
            ("filter 'snom' + 'unknown kind'", "snom", SearchField.ANYWHERE,
             Compliance.UNKNOWN_KIND),
            ("clear the filter", "", SearchField.ANYWHERE, None)):
        def apply(t=text, f=field, s=state) -> None:
            tab.field_combo.blockSignals(True)
            tab.state_combo.blockSignals(True)
            tab.filter_edit.blockSignals(True)
            tab.field_combo.setCurrentIndex(tab.field_combo.findData(f))
            tab.state_combo.setCurrentIndex(tab.state_combo.findData(s))
            tab.filter_edit.setText(t)
            for widget in (tab.field_combo, tab.state_combo, tab.filter_edit):
                widget.blockSignals(False)
            tab.apply_filter()
        took = note(listed(tab, apply))
        rows.append((f"{label} ({tab.model.rowCount():,} shown)", took))
    rows.append(("scroll to the middle", note(scrolled(
        tab, lambda: tab.view.verticalScrollBar().setValue(
            tab.view.verticalScrollBar().maximum() // 2)))))
    rows.append(("scroll to the bottom", note(scrolled(tab, tab.view.scrollToBottom))))
    rows.append(("scroll to the top", note(scrolled(tab, tab.view.scrollToTop))))
    rows.append(("rollout counts for every rule", note(median(
        lambda: _timed(services.rollouts), runs))))
    return rows


def _timed(action) -> float:
    start = time.perf_counter()
    action()
    return time.perf_counter() - start


def resident_mib() -> float:
    with open("/proc/self/statm") as statm:
        return int(statm.read().split()[1]) * os.sysconf("SC_PAGE_SIZE") / 2**20


def report(devices: int, rows: list[tuple[str, float]], stalls: list[float], counts: str,
           size: int, memory: float) -> None:
    print(f"Devices tab with {devices:,} devices on {platform.machine()}, "
          f"{os.cpu_count()} CPUs, Python {platform.python_version()}, {platform.system()}")
    print(counts)
    width = max(len(name) for name, _ in rows)
    print(f"| {'what':<{width}} | {'ms':>8} | {'GUI stall ms':>12} |")
    print(f"|{'-' * (width + 2)}|{'-' * 10}|{'-' * 14}|")
    for (name, seconds), stall in zip(rows, stalls, strict=True):
        print(f"| {name:<{width}} | {seconds * 1000:8.1f} | {stall * 1000:12.1f} |")
    print(f"worst GUI-thread stall: {max(stalls) * 1000:.1f} ms")
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"console process memory with the tab open: {memory:.0f} MiB resident "
          f"(peak {peak:.0f} MiB)")
    print(f"store on disk: {size / 2**20:.0f} MiB, "
          f"{size / 2**20 / devices * 100_000:.1f} MiB per 100,000 devices")


def quiet_offscreen(mode, context, message: str) -> None:
    """Print Qt's messages, except the offscreen platform's note on showing a window."""
    if "propagateSizeHints" not in message:
        print(message, file=sys.stderr)


def run(data_dir: Path, devices: int, runs: int) -> None:
    from app.ui.context import UiContext
    from app.ui.messages import Prompter
    from app.ui.server_controller import ServerController
    from app.ui.tabs.devices import DevicesTab
    from app.ui.tasks import TaskRunner

    subprocess.run([sys.executable, __file__, "--fill-only", "--data-dir", str(data_dir),
                    "--devices", str(devices)], check=True)
    qInstallMessageHandler(quiet_offscreen)
    app = QApplication([])
    services = Services(data_dir, os_user="bench")
    ctx = UiContext(services, TaskRunner(), Prompter(), ServerController(services),
                    QSettings(str(data_dir / "bench-ui.ini"), QSettings.Format.IniFormat))
    tab = DevicesTab(ctx)
    tab.resize(1280, 700)
    tab.show()
    app.processEvents()
    tab.view.viewport().grab()  # the window's first paint (fonts, styles): before opening
    heartbeat = Heartbeat()
    heartbeat.start()
    app.processEvents()
    stalls = Stalls(heartbeat)
    rows = measure(tab, services, runs, stalls)
    memory = resident_mib()
    report(devices, rows, stalls.seen, tab.counts_text(), store_size(data_dir), memory)
    ctx.tasks.wait()
    tab.close()
    services.close()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--devices", type=int, default=100_000)
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--data-dir", type=Path,
                        help="keep the filled store here and use it again next time")
    parser.add_argument("--fill-only", action="store_true", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.fill_only:
        fill(args.data_dir, args.devices)
        return
    if args.data_dir:
        run(args.data_dir, args.devices, args.runs)
        return
    with tempfile.TemporaryDirectory() as scratch:
        run(Path(scratch) / "data", args.devices, args.runs)


if __name__ == "__main__":
    main()
