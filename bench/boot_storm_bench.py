"""A boot storm: thousands of phones checking for updates within a minute, from one process.

Run from the project root:

    python bench/boot_storm_bench.py [--phones 10000] [--seconds 60] [--data-dir DIR]

Starts a real ``ucupdates serve`` (a throwaway data folder with the sample
rules, or ``--data-dir``, e.g. the million-device store devices_tab_bench.py
keeps) and plays N phones from one asyncio event loop, no thread per phone.
Each phone makes one update check at a random moment of the window, on its
own connection from its own loopback address (127.1.x.y: as phones on a
network, each has its own address, so the server's per-address cap does not
bite), and reads the whole answer. Prints whether every check was answered,
p50/p99/max latency, the rate reached, the server's memory before and after,
and how many phones the inventory holds afterwards.
"""

from __future__ import annotations

import argparse
import asyncio
import platform
import random
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

from server_bench import current_rss_mib, peak_rss_mib, start_server, stop, ucupdates  # noqa: E402

from app.packages.builder import SAMPLE_KINDS, cabinet_bytes, sample_members  # noqa: E402
from app.services import Services  # noqa: E402

PATH = "/RequestHandler/ucdevice.upx"


def prepare(data: Path, work: Path) -> None:
    """The sample rules (every kind), Polycom and HP approved, unless there are rules."""
    services = Services(data, os_user="bench")
    has_rules = bool(services.rules())
    services.close()
    if has_rules:
        return
    cab = work / "storm.cab"
    cab.write_bytes(cabinet_bytes(sample_members(1024)))
    ucupdates(data, "import", str(cab))
    for brand in ("Polycom", "HP"):
        ucupdates(data, "rules", "approve", "--brand", brand)


def request(n: int, port: int) -> bytes:
    kind = SAMPLE_KINDS[n % len(SAMPLE_KINDS)]
    mac = "00-04-F3-" + "-".join(f"{(n >> s) & 0xFF:02X}" for s in (16, 8, 0))
    body = ("<UpdateRequest><DeviceType>{}</DeviceType><Brand>{}</Brand><Model>{}</Model>"
            "<Revision>{}</Revision><Locale>{}</Locale><MacAddress>{}</MacAddress>"
            "<SerialNumber>STORM{:06d}</SerialNumber><Modules>"
            '<Module UpdateType="CPE" Version="4.0.7577.4000"/></Modules></UpdateRequest>'
            ).format(*kind, mac, n).encode()
    head = (f"POST {PATH} HTTP/1.1\r\nHost: 127.0.0.1:{port}\r\nContent-Type: text/xml\r\n"
            f"Content-Length: {len(body)}\r\nConnection: close\r\n\r\n").encode()
    return head + body


async def phone(n: int, port: int, at: float, start: float,
                results: list[tuple[float, str]]) -> None:
    await asyncio.sleep(max(0.0, start + at - time.perf_counter()))
    source = f"127.1.{(n >> 8) & 0xFF}.{(n & 0xFF) or 1}"
    began = time.perf_counter()
    outcome = "no answer"
    for _attempt in range(3):  # a refused connection is tried again, as phones do
        try:
            reader, writer = await asyncio.wait_for(asyncio.open_connection(
                "127.0.0.1", port, local_addr=(source, 0)), timeout=30)
            writer.write(request(n, port))
            await writer.drain()
            answer = await asyncio.wait_for(reader.read(), timeout=30)
            writer.close()
            status = answer.split(b" ", 2)[1] if answer.startswith(b"HTTP/1.1 ") else b"?"
            outcome = "200" if status == b"200" and b"<UpdateResponse" in answer \
                else f"HTTP {status.decode(errors='replace')}"
            break
        except (TimeoutError, OSError) as exc:
            outcome = type(exc).__name__
            await asyncio.sleep(1)
    results.append((time.perf_counter() - began, outcome))


async def storm(phones: int, seconds: float, port: int) -> tuple[list, float]:
    start = time.perf_counter() + 0.5
    moments = sorted(random.uniform(0, seconds) for _ in range(phones))
    results: list[tuple[float, str]] = []
    await asyncio.gather(*(phone(n, port, at, start, results)
                           for n, at in enumerate(moments)))
    return results, time.perf_counter() - start


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--phones", type=int, default=10_000)
    parser.add_argument("--seconds", type=float, default=60.0)
    parser.add_argument("--threads", type=int, default=8, help="the server's threads")
    parser.add_argument("--data-dir", type=Path, help="a data folder to serve (kept)")
    args = parser.parse_args()
    random.seed(12)
    with tempfile.TemporaryDirectory() as scratch:
        data = args.data_dir or Path(scratch) / "data"
        prepare(data, Path(scratch))
        services = Services(data, os_user="bench")
        before_devices = services.device_count()
        services.close()
        server, port = start_server(data, args.threads)
        try:
            time.sleep(1)
            rss_before = current_rss_mib(server.pid)
            results, took = asyncio.run(storm(args.phones, args.seconds, port))
            time.sleep(3)  # the inventory is written about once a second
            rss_after, peak = current_rss_mib(server.pid), peak_rss_mib(server.pid)
        finally:
            stop(server)
        services = Services(data, os_user="bench")
        after_devices = services.device_count()
        services.close()
    latencies = sorted(t for t, _ in results)
    failed = [o for _, o in results if o != "200"]
    quantile = statistics.quantiles(latencies, n=100)
    print(f"Boot storm: {args.phones:,} phones within {args.seconds:.0f} s, one asyncio "
          f"process, server with {args.threads} threads, on {platform.machine()}, "
          f"Python {platform.python_version()}")
    print(f"| {'measure':<44} | {'value':>14} |")
    print(f"|{'-' * 46}|{'-' * 16}|")
    for name, value in (
            ("checks answered (200 with an UpdateResponse)",
             f"{len(results) - len(failed):,} of {len(results):,}"),
            ("failed", f"{len(failed):,}" + (f" ({failed[0]})" if failed else "")),
            ("all done after", f"{took:.1f} s"),
            ("rate reached", f"{len(results) / took:.0f} checks/s"),
            ("latency p50", f"{quantile[49] * 1000:.1f} ms"),
            ("latency p99", f"{quantile[98] * 1000:.1f} ms"),
            ("latency max", f"{latencies[-1] * 1000:.1f} ms"),
            ("devices in the store before", f"{before_devices:,}"),
            ("devices in the store after", f"{after_devices:,}"),
            ("server memory before / after / peak",
             f"{rss_before:.0f} / {rss_after:.0f} / {peak:.0f} MiB")):
        print(f"| {name:<44} | {value:>14} |")


if __name__ == "__main__":
    main()
