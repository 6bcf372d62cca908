"""How the Devices tab copes with a large inventory: load, sort, filter, scroll.

Run from the project root:  python bench/devices_tab_bench.py [--devices N] [--runs N]

Fills a temporary store with N devices (default 100,000) through
``services.record_sightings``, then drives a real DevicesTab offscreen.
"Load" is refresh() until the rows are shown (the query runs on a worker);
"GUI stall" is the longest the GUI thread went without running a 5 ms
heartbeat timer during that load. Every other figure is GUI-thread time
including a repaint of the visible rows (``grab()``).

``--gc-freeze`` calls ``gc.freeze()`` after each load, to show how much of the
stall is the cyclic garbage collector walking the devices already loaded.
"""

from __future__ import annotations

import argparse
import gc
import os
import platform
import resource
import statistics
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
from app.domain.inventory import DeviceSighting  # noqa: E402
from app.domain.names import DeviceKind  # noqa: E402
from app.domain.rules import RuleAction  # noqa: E402
from app.packages.builder import SAMPLE_KINDS, cabinet_bytes, sample_members  # noqa: E402
from app.services import RuleFilter, Services  # noqa: E402
from app.ui.context import UiContext  # noqa: E402
from app.ui.devices_model import DevicesModel  # noqa: E402
from app.ui.messages import Prompter  # noqa: E402
from app.ui.server_controller import ServerController  # noqa: E402
from app.ui.tabs.devices import DevicesTab  # noqa: E402
from app.ui.tasks import TaskRunner  # noqa: E402

KINDS = [*SAMPLE_KINDS, ("UCPhone", "Snom", "D7xx", "A", "DEU")]
VERSIONS = ["4.0.7577.4000", "4.0.7577.4366", "4.0.7577.4200"]
BATCH = 5_000


def fill(services: Services, devices: int) -> float:
    """Rules for the sample kinds (Polycom and HP approved) and *devices* sightings."""
    start = time.perf_counter()
    cab = services.data_dir / "sample.cab"
    cab.write_bytes(cabinet_bytes(sample_members(1024)))
    services.import_package(services.read_package(cab))
    for brand in ("Polycom", "HP"):
        services.apply(RuleAction.APPROVE, RuleFilter(brand=brand))
    base = datetime(2024, 5, 1, tzinfo=UTC)
    for first in range(0, devices, BATCH):
        services.record_sightings([(_sighting(n, base), 1)
                                   for n in range(first, min(first + BATCH, devices))])
    return time.perf_counter() - start


def _sighting(n: int, base: datetime) -> DeviceSighting:
    mac = "00-04-F2-" + "-".join(f"{(n >> s) & 0xFF:02X}" for s in (16, 8, 0))
    version = VERSIONS[n % 3]
    offer = "CPE 4.0.7577.4366 Approved" if n % 7 == 0 else None
    return DeviceSighting(DeviceKind(*KINDS[n % 5]), mac, f"SN{n:07d}", {"CPE": version},
                          (base + timedelta(seconds=n * 13)).isoformat(),
                          f"10.{n >> 16}.{(n >> 8) & 0xFF}.{n & 0xFF}",
                          f"user{n % 5000}@example.com" if n % 3 else None, n % 10 == 0,
                          offer, n % 500 == 0)


class Heartbeat:
    """A 5 ms timer; the longest gap between its ticks is the worst GUI stall."""

    def __init__(self) -> None:
        self.timer = QTimer()
        self.timer.setInterval(5)
        self.timer.timeout.connect(self._tick)
        self.worst = 0.0

    def start(self) -> None:
        self.worst, self.last = 0.0, time.perf_counter()
        self.timer.start()

    def _tick(self) -> None:
        now = time.perf_counter()
        self.worst = max(self.worst, now - self.last)
        self.last = now

    def stop(self) -> float:
        """The worst gap, counting the one still open (the rows were shown in it)."""
        self.timer.stop()
        return max(self.worst, time.perf_counter() - self.last)


def timed(action, tab: DevicesTab, runs: int) -> float:
    """Median seconds of *action* plus a repaint of the visible rows."""
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        action()
        tab.view.viewport().grab()
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def load(tab: DevicesTab, heartbeat: Heartbeat) -> tuple[float, float, float]:
    """(seconds until shown, GUI-thread seconds showing them, worst GUI stall)."""
    loop = QEventLoop()
    shown = []
    real_show = tab._show

    def show(rows) -> None:
        begin = time.perf_counter()
        real_show(rows)
        tab.view.viewport().grab()
        shown.append(time.perf_counter() - begin)
    tab._loader._show = show
    tab.refreshed.connect(loop.quit)
    heartbeat.start()
    start = time.perf_counter()
    tab.refresh()
    loop.exec()
    elapsed = time.perf_counter() - start
    stall = heartbeat.stop()
    tab.refreshed.disconnect(loop.quit)
    tab._loader._show = real_show
    return elapsed, shown[0], stall


def measure(tab: DevicesTab, runs: int, gc_freeze: bool) -> list[tuple[str, float]]:
    heartbeat = Heartbeat()
    rows = []
    for n in range(runs):
        total, gui, stall = load(tab, heartbeat)
        if gc_freeze:
            gc.freeze()
        rows += [(f"load #{n + 1}: refresh() until shown", total),
                 (f"load #{n + 1}: of which GUI thread", gui),
                 (f"load #{n + 1}: worst GUI stall", stall)]
    for name, column in (("last seen", DevicesModel.LAST_SEEN), ("MAC", DevicesModel.MAC),
                         ("device kind", DevicesModel.KIND), ("address", DevicesModel.ADDRESS),
                         ("versions", DevicesModel.VERSIONS),
                         ("compliance", DevicesModel.COMPLIANCE)):
        for order, label in ((Qt.SortOrder.AscendingOrder, "asc"),
                             (Qt.SortOrder.DescendingOrder, "desc")):
            rows.append((f"sort by {name} ({label})",
                         timed(lambda c=column, o=order: tab.view.sortByColumn(c, o), tab, runs)))
    rows += filters(tab, runs)
    rows.append(("scroll to the bottom", timed(tab.view.scrollToBottom, tab, runs)))
    rows.append(("scroll to the top", timed(tab.view.scrollToTop, tab, runs)))
    return rows


def filters(tab: DevicesTab, runs: int) -> list[tuple[str, float]]:
    def by_text(text: str, state: Compliance | None = None):
        def run() -> None:
            tab.state_combo.setCurrentIndex(tab.state_combo.findData(state))
            tab.filter_edit.setText(text)
            tab.apply_filter()
        return run

    def clear() -> None:
        tab.filter_edit.setText("")
        tab.state_combo.setCurrentIndex(0)
        tab.apply_filter()
    rows = []
    for label, text, state in (("filter 'cx600'", "cx600", None),
                               ("filter MAC '00-04-F2-01-86'", "00-04-F2-01-86", None),
                               ("filter 'user42@'", "user42@", None),
                               ("filter state 'behind'", "", Compliance.BEHIND),
                               ("filter 'snom' + 'unknown kind'", "snom",
                                Compliance.UNKNOWN_KIND)):
        rows.append((f"{label} ({_shown(tab, text, state)} shown)",
                     timed(lambda t=text, s=state: (clear(), by_text(t, s)()), tab, runs)))
    rows.append(("clear the filter", timed(clear, tab, runs)))
    return rows


def _shown(tab: DevicesTab, text: str, state: Compliance | None) -> int:
    tab.model.set_filter(text, state)
    shown = tab.model.rowCount()
    tab.model.set_filter("")
    return shown


def report(devices: int, fill_s: float, rows: list[tuple[str, float]], counts: str,
           gc_freeze: bool) -> None:
    gc_note = ", gc.freeze() after each load" if gc_freeze else ""
    print(f"Devices tab with {devices:,} devices on {platform.machine()}, "
          f"{os.cpu_count()} CPUs, Python {platform.python_version()}, "
          f"{platform.system()} (fill: {fill_s:.1f} s){gc_note}")
    print(counts)
    width = max(len(name) for name, _ in rows)
    print(f"| {'what':<{width}} | {'ms':>8} |")
    print(f"|{'-' * (width + 2)}|{'-' * 10}|")
    for name, seconds in rows:
        print(f"| {name:<{width}} | {seconds * 1000:8.1f} |")
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"peak memory of this process: {peak:.0f} MiB")


def quiet_offscreen(mode, context, message: str) -> None:
    """Print Qt's messages, except the offscreen platform's note on showing a window."""
    if "propagateSizeHints" not in message:
        print(message, file=sys.stderr)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--devices", type=int, default=100_000)
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--gc-freeze", action="store_true",
                        help="gc.freeze() after each load (see the module's docstring)")
    args = parser.parse_args()
    qInstallMessageHandler(quiet_offscreen)
    app = QApplication([])
    with tempfile.TemporaryDirectory() as scratch:
        services = Services(Path(scratch) / "data", os_user="bench")
        fill_s = fill(services, args.devices)
        ctx = UiContext(services, TaskRunner(), Prompter(), ServerController(services),
                        QSettings(str(Path(scratch) / "ui.ini"), QSettings.Format.IniFormat))
        tab = DevicesTab(ctx)
        tab.resize(1400, 900)
        tab.show()
        app.processEvents()
        rows = measure(tab, args.runs, args.gc_freeze)
        report(args.devices, fill_s, rows, tab.counts_text(), args.gc_freeze)
        ctx.tasks.wait()
        tab.close()
        services.close()


if __name__ == "__main__":
    main()
