"""Pool benchmark (docs/pool.md): update checks with the store on PostgreSQL beside SQLite,
and through nginx in front of one, two and three members.

Run from the project root:  python bench/pool_bench.py [--seconds 8] [--server URL]

*--server* is a PostgreSQL server the benchmark may create (and drop) a database on
(default: a throwaway cluster started with tests/pg_cluster.py, with fsync on as
PostgreSQL's default; SQLite runs with synchronous=FULL).
Needs wrk, nginx and openssl (Debian packages of those names). Prints one table:

* inventory writes (what a member's flush does) on SQLite and PostgreSQL;
* one member, SQLite store, then PostgreSQL store: update-check throughput and
  p50/p99 at 64 keep-alive clients (wrk), and one client's check latency
  (2,000 checks in a row);
* nginx from packaging/pool/ in front of 1, 2 and 3 members on one PostgreSQL
  store: the same wrk load through the balancer.

Everything runs on this machine (127.0.0.1), load generator included.
"""

from __future__ import annotations

import argparse
import http.client
import os
import platform
import shutil
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path[:0] = [str(ROOT), str(ROOT / "tests"), str(ROOT / "tests" / "web")]

import pg_cluster  # noqa: E402
from pool_support import Member, Nginx, cli  # noqa: E402
from server_bench import CHECK, _fmt, prepare_store, wrk  # noqa: E402

CHECK_PATH = "/RequestHandler/ucdevice.upx"
SIGHTINGS, BATCH = 20_000, 1_000


def inventory_rows(work: Path, store: str | None, label: str) -> list:
    """How fast one member's batched inventory writes go: 20,000 new devices, then the
    same devices again (an update of each), in batches of 1,000 as the flush writes."""
    from datetime import UTC, datetime

    from app.domain.inventory import DeviceSighting
    from app.domain.names import DeviceKind
    from app.packages.builder import SAMPLE_KINDS
    from app.services import Services

    data = work / f"inventory-{label}"
    services = Services(data, store=store, os_user="bench")
    kinds = [DeviceKind(*k) for k in SAMPLE_KINDS]
    rates = []
    try:
        for version in ("4.0.7577.4066", "4.0.7577.4366"):
            seen = datetime.now(UTC).isoformat()
            sightings = [(DeviceSighting(kinds[n % len(kinds)], f"02-00-00-{n >> 16 & 255:02X}-"
                                         f"{n >> 8 & 255:02X}-{n & 255:02X}", None,
                                         {"CPE": version}, seen, "10.0.0.1", None, False,
                                         None, False), 1) for n in range(SIGHTINGS)]
            start = time.perf_counter()
            for at in range(0, SIGHTINGS, BATCH):
                services.record_sightings(sightings[at:at + BATCH])
            rates.append(SIGHTINGS / (time.perf_counter() - start))
    finally:
        services.close()
    return [(f"inventory writes, {label} store",
             f"{rates[0]:,.0f} new devices/s, {rates[1]:,.0f} updates/s "
             f"(batches of {BATCH:,})")]


def one_client(port: int, count: int = 2000) -> dict[str, float]:
    """*count* checks in a row on one keep-alive connection: p50 and p99 in ms."""
    connection = http.client.HTTPConnection("127.0.0.1", port, timeout=10)
    times = []
    try:
        for _ in range(count):
            start = time.perf_counter()
            connection.request("POST", CHECK_PATH, CHECK.encode(), {"Content-Type": "text/xml"})
            response = connection.getresponse()
            response.read()
            times.append((time.perf_counter() - start) * 1000)
            if response.status != 200:
                raise SystemExit(f"check answered {response.status}")
    finally:
        connection.close()
    times.sort()
    return {"p50": statistics.median(times), "p99": times[int(len(times) * 0.99)]}


def member_rows(work: Path, store: str | None, label: str, seconds: int) -> list:
    data = work / f"member-{label}"
    data.mkdir()
    prepare(data, store, work)
    member = Member("bench", data, store)
    member.start()
    try:
        latency = one_client(member.port)
        load = wrk(f"http://127.0.0.1:{member.port}{CHECK_PATH}", seconds, work)
    finally:
        member.stop()
    return [(f"one member, {label} store, 64 clients", _fmt(load)),
            (f"one member, {label} store, one client",
             f"p50 {latency['p50']:.2f} ms, p99 {latency['p99']:.2f} ms")]


def prepare(data: Path, store: str | None, work: Path) -> None:
    if store:  # prepare_store runs ucupdates without --store: point it there
        os.environ["UCUPDATES_STORE"] = store
    try:
        prepare_store(data, 4096, "4.0.7577.4366", work)
    finally:
        os.environ.pop("UCUPDATES_STORE", None)
    cli(data, store, "config", "set", "TrustedProxies", "127.0.0.1")


def pool_rows(work: Path, store: str, seconds: int) -> list:
    data = work / "pool"
    data.mkdir()
    prepare(data, store, work)
    rows = []
    for size in (1, 2, 3):
        members = [Member(f"m{n}", data, store) for n in range(1, size + 1)]
        nginx = None
        try:
            for member in members:
                member.start()
            shutil.rmtree(work / "nginx", ignore_errors=True)
            nginx = Nginx(work / "nginx", members)
            load = wrk(f"http://127.0.0.1:{nginx.port}{CHECK_PATH}", seconds, work)
        finally:
            if nginx:
                nginx.stop()
            for member in members:
                member.stop()
        rows.append((f"nginx, {size} member{'s' if size > 1 else ''} on PostgreSQL, "
                     "64 clients", _fmt(load)))
    return rows


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--seconds", type=int, default=8)
    parser.add_argument("--server", help="PostgreSQL server URL (default: a throwaway "
                                             "cluster with fsync on)")
    args = parser.parse_args()
    for program in ("wrk", "nginx", "openssl"):
        if not shutil.which(program) and not os.path.exists(f"/usr/sbin/{program}"):
            raise SystemExit(f"{program} is needed: apt-get install {program}")
    with tempfile.TemporaryDirectory() as scratch:
        work = Path(scratch)
        server, cluster = args.server, None
        if not server:
            # beside the scratch folder, not in it: the cluster's owner must reach it
            cluster = Path(tempfile.mkdtemp(prefix="ucupdates-bench-pg."))
            server = pg_cluster.start(cluster, durable=True)
        database = pg_cluster.new_database(server)
        try:
            rows = member_rows(work, None, "SQLite", args.seconds)
            rows += member_rows(work, database, "PostgreSQL", args.seconds)
            rows += inventory_rows(work, None, "SQLite")
            pg_cluster.drop_database(server, database)
            database = pg_cluster.new_database(server)
            rows += inventory_rows(work, database, "PostgreSQL")
            pg_cluster.drop_database(server, database)
            database = pg_cluster.new_database(server)
            rows += pool_rows(work, database, args.seconds)
        finally:
            pg_cluster.drop_database(server, database)
            if cluster:
                pg_cluster.stop(cluster)
    print(f"machine: {platform.machine()}, {os.cpu_count()} cores, "
          f"Python {platform.python_version()}; members: serve --threads 8; "
          f"wrk -t2 -c64 -d{args.seconds}s, keep-alive; nginx worker_processes 1")
    width = max(len(r[0]) for r in rows)
    for label, value in rows:
        print(f"{label:<{width}}  {value}")


if __name__ == "__main__":
    main()
