"""Device server under attack (issue 9): slowloris, a long run, a full disk.

Run from the project root:

    python bench/server_attack_bench.py slowloris [--connections 1000] [--seconds 30]
    python bench/server_attack_bench.py memory [--requests 500000]
    python bench/server_attack_bench.py disk-full [--checks 1000]      (root: mounts a tmpfs)

* slowloris: ``ucupdates serve`` in a child process; 1,000 connections from
  127.0.0.2-127.0.0.30 (about 35 per address, under the per-address cap)
  each send a request line and then one header line every 5 s, and
  reconnect whenever the server closes them (as slowloris tools do); four
  phones on 127.0.0.1 check in a loop, each on a new connection, with a 2 s
  timeout. Prints checks answered per second and their latency, without and
  during the attack.
* memory: the WSGI application driven in this process (no HTTP: 500,000
  requests over sockets would take most of an hour on two shared cores),
  with housekeeping's flushes every 5,000 requests, as the running server
  does twice a second; prints resident memory every 100,000 requests.
* disk-full: the server in this process on a data folder in a small tmpfs,
  filled to the last byte; checks during the full disk, then space freed;
  prints how many audit lines reached the disk out of the checks answered.

Everything talks to 127.0.0.0/8 only.
"""

from __future__ import annotations

import argparse
import contextlib
import http.client
import io
import os
import select
import socket
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from app.packages.builder import SAMPLE_KINDS, cabinet_bytes, sample_members  # noqa: E402
from app.web.connections import raise_open_file_limit  # noqa: E402

CHECK_PATH = "/RequestHandler/ucdevice.upx"
ATTACKERS = [f"127.0.0.{n}" for n in range(2, 31)]
HEADERS_START = f"POST {CHECK_PATH} HTTP/1.1\r\nHost: x\r\n".encode()


def check_body(mac: str) -> bytes:
    return ("<UpdateRequest><DeviceType>UCPhone</DeviceType><Brand>Polycom</Brand>"
            "<Model>CX600</Model><Revision>A</Revision><Locale>ENU</Locale>"
            f"<MacAddress>{mac}</MacAddress>"
            "<Modules><Module UpdateType=\"CPE\" Version=\"4.0.7577.4066\"/></Modules>"
            "</UpdateRequest>").encode()


def mac_of(n: int) -> str:
    return f"00-04-F2-{n >> 16 & 255:02X}-{n >> 8 & 255:02X}-{n & 255:02X}"


def prepare_store(data: Path, work: Path) -> None:
    """A store with one approved CX600 rule (small images)."""
    cab = work / "bench.cab"
    cab.write_bytes(cabinet_bytes(sample_members(64 * 1024, "4.0.7577.4366", SAMPLE_KINDS[:1])))
    for words in (("import", str(cab)), ("rules", "approve", "--all")):
        subprocess.run([sys.executable, "-m", "app", "--data-dir", str(data), *words], cwd=ROOT,
                       check=True, capture_output=True)


def percentile(values: list[float], p: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(p / 100 * len(ordered)))] if ordered else 0.0


# -- slowloris ---------------------------------------------------------------------------------


class Slowloris:
    """Holds *count* half-sent requests open; reconnects those the server closes."""

    def __init__(self, port: int, count: int, every: float = 5.0) -> None:
        self.port, self.count, self.every = port, count, every
        self.reconnects = 0
        self.open_samples: list[int] = []
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, daemon=True)

    def start(self) -> None:
        self._thread.start()

    def stop(self) -> None:
        self._stop.set()
        self._thread.join(timeout=30)

    def _connect(self, n: int) -> socket.socket | None:
        sock = socket.socket()
        try:
            sock.bind((ATTACKERS[n % len(ATTACKERS)], 0))
            sock.settimeout(2)
            sock.connect(("127.0.0.1", self.port))
            sock.sendall(HEADERS_START)
            sock.setblocking(False)
            return sock
        except OSError:
            sock.close()
            return None

    def _run(self) -> None:
        socks = {n: self._connect(n) for n in range(self.count)}
        next_line = time.monotonic() + self.every
        while not self._stop.is_set():
            self._reap(socks)
            for n, sock in socks.items():
                if sock is None and not self._stop.is_set():
                    socks[n] = self._connect(n)
                    self.reconnects += 1
            self.open_samples.append(sum(s is not None for s in socks.values()))
            if time.monotonic() >= next_line:
                next_line += self.every
                for sock in filter(None, socks.values()):
                    with contextlib.suppress(OSError):
                        sock.send(b"X-a: b\r\n")
        for sock in filter(None, socks.values()):
            sock.close()

    def _reap(self, socks: dict[int, socket.socket | None]) -> None:
        """Forget connections the server closed (EOF or reset)."""
        poller = select.poll()
        by_fd = {}
        for n, sock in socks.items():
            if sock is not None:
                poller.register(sock, select.POLLIN)
                by_fd[sock.fileno()] = n
        for fd, _ in poller.poll(200):
            n = by_fd[fd]
            with contextlib.suppress(BlockingIOError):
                try:
                    gone = not socks[n].recv(4096)
                except OSError:
                    gone = True
                if gone:
                    socks[n].close()
                    socks[n] = None


def phones(port: int, seconds: float, clients: int = 4) -> tuple[list[float], int]:
    """Checks from 127.0.0.1 for *seconds*: (latencies of the answered, failures)."""
    latencies: list[float] = []
    failures = [0]
    deadline = time.monotonic() + seconds

    def phone(k: int) -> None:
        n = k * 1_000_000
        while time.monotonic() < deadline:
            n += 1
            started = time.monotonic()
            try:
                conn = http.client.HTTPConnection("127.0.0.1", port, timeout=2)
                conn.request("POST", CHECK_PATH, check_body(mac_of(n)),
                             {"Content-Type": "text/xml"})
                ok = conn.getresponse().status == 200
                conn.close()
            except OSError:
                ok = False
            if ok:
                latencies.append(time.monotonic() - started)
            else:
                failures[0] += 1

    threads = [threading.Thread(target=phone, args=(k,)) for k in range(clients)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    return latencies, failures[0]


def report_checks(label: str, latencies: list[float], failures: int, seconds: float) -> None:
    print(f"| {label} | {len(latencies) / seconds:,.0f} checks/s | "
          f"p50 {percentile(latencies, 50) * 1000:.1f} ms | "
          f"p99 {percentile(latencies, 99) * 1000:.1f} ms | "
          f"max {max(latencies, default=0) * 1000:.0f} ms | {failures} failed |")


def bench_slowloris(args) -> None:
    raise_open_file_limit()
    with tempfile.TemporaryDirectory() as tmp:
        work = Path(tmp)
        prepare_store(work / "data", work)
        port = _free_port()
        server = subprocess.Popen(
            [sys.executable, "-m", "app", "--data-dir", str(work / "data"), "serve",
             "--host", "127.0.0.1", "--port", str(port)],
            cwd=ROOT, stderr=subprocess.PIPE, text=True)
        try:
            _wait_listening(port)
            quiet = phones(port, args.baseline)
            attack = Slowloris(port, args.connections)
            attack.start()
            time.sleep(3)  # let the connections pile up
            during = phones(port, args.seconds)
            attack.stop()
        finally:
            server.terminate()
            _, stderr = server.communicate(timeout=30)
    print(f"\nslowloris: {args.connections} connections from {len(ATTACKERS)} addresses, "
          f"one header line each per 5 s, reconnecting when closed")
    print("| phase | answered | p50 | p99 | max | failed (2 s timeout) |")
    print("|---|---|---|---|---|---|")
    report_checks("no attack", *quiet, args.baseline)
    report_checks(f"during the attack ({args.seconds} s)", *during, args.seconds)
    samples = attack.open_samples
    print(f"attack connections open: median {statistics.median(samples):.0f}, "
          f"min {min(samples)}, max {max(samples)}; the server closed "
          f"{attack.reconnects} (each reconnected)")
    if "Traceback" in stderr:
        print(stderr)


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def _wait_listening(port: int, timeout: float = 30) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        with contextlib.suppress(OSError):
            socket.create_connection(("127.0.0.1", port), timeout=0.5).close()
            return
        time.sleep(0.05)
    raise SystemExit(f"server on port {port} did not start")


# -- memory over a long run ----------------------------------------------------------------------


def rss_mib() -> float:
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) / 1024
    return 0.0


def bench_memory(args) -> None:
    from app.services import Services
    from app.web.application import create_app

    with tempfile.TemporaryDirectory() as tmp:
        work = Path(tmp)
        prepare_store(work / "data", work)
        services = Services(work / "data", os_user="bench")
        app = create_app(services)
        print(f"\nmemory: {args.requests:,} update checks through the WSGI application "
              "(in process, no HTTP), 1,000 distinct phones")
        print("| requests | resident memory | last-minute buckets | seconds |")
        print("|---|---|---|---|")
        started = time.monotonic()
        for n in range(args.requests + 1):
            if n % 5000 == 0:
                app.inventory.flush()
                app.audit.flush_if_due()
            if n % 100_000 == 0:
                print(f"| {n:,} | {rss_mib():.1f} MiB | {app.counts.buckets} | "
                      f"{time.monotonic() - started:.0f} |", flush=True)
            if n < args.requests:
                _call(app, check_body(mac_of(n % 1000)))
        app.close()
        services.close()


def _call(app, body: bytes) -> None:
    environ = {"REQUEST_METHOD": "POST", "PATH_INFO": CHECK_PATH, "REMOTE_ADDR": "127.0.0.1",
               "CONTENT_LENGTH": str(len(body)), "CONTENT_TYPE": "text/xml",
               "SERVER_NAME": "127.0.0.1", "SERVER_PORT": "8080", "HTTP_HOST": "srv:8080",
               "wsgi.input": io.BytesIO(body), "wsgi.url_scheme": "http"}
    for _ in app(environ, lambda status, headers: None):
        pass


# -- a full disk ----------------------------------------------------------------------------------


def bench_disk_full(args) -> None:
    if os.geteuid() != 0:
        raise SystemExit("disk-full needs root (it mounts a small tmpfs)")
    with tempfile.TemporaryDirectory() as tmp:
        disk = Path(tmp) / "disk"
        disk.mkdir()
        subprocess.run(["mount", "-t", "tmpfs", "-o", "size=16m", "tmpfs", str(disk)],
                       check=True)
        try:
            answered, on_disk, dropped = _disk_full_episode(disk, Path(tmp), args.checks)
        finally:
            subprocess.run(["umount", "-l", str(disk)], check=False)
    print(f"\ndisk full: {args.checks:,} checks while the data folder's disk had no byte left, "
          "then space freed")
    print(f"checks answered 200: {answered:,} of {args.checks + 1:,}; audit lines on disk "
          f"after the episode: {on_disk:,} of {answered:,}; dropped: {dropped}")


def _disk_full_episode(disk: Path, work: Path, checks: int) -> tuple[int, int, int]:
    from app.audit import AUDIT_DIR
    from app.services import Services
    from app.web.runner import ServerRunner

    prepare_store(disk / "data", work)
    services = Services(disk / "data", os_user="bench")
    services.set_setting("MaxLogCacheLimit", "20000")
    runner = ServerRunner(services, host="127.0.0.1", port=0)
    port = runner.start().port
    _fill(disk / "filler")
    answered = sum(_check(port, mac_of(n)) for n in range(checks))
    (disk / "filler").unlink()
    time.sleep(3)  # the audit log retries every 2 s
    answered += _check(port, mac_of(checks))
    runner.stop()
    folder = disk / "data" / AUDIT_DIR
    on_disk = sum(len(p.read_text().splitlines()) for p in folder.glob("*.log"))
    dropped = runner.app.audit.lines_dropped
    services.close()
    return answered, on_disk, dropped


def _fill(path: Path) -> None:
    with open(path, "wb", buffering=0) as out:
        for block in (65536, 512):
            with contextlib.suppress(OSError):
                while True:
                    out.write(b"\0" * block)


def _check(port: int, mac: str) -> int:
    conn = http.client.HTTPConnection("127.0.0.1", port, timeout=10)
    try:
        conn.request("POST", CHECK_PATH, check_body(mac), {"Content-Type": "text/xml"})
        return int(conn.getresponse().status == 200)
    finally:
        conn.close()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    sub = parser.add_subparsers(dest="bench", required=True)
    slow = sub.add_parser("slowloris")
    slow.add_argument("--connections", type=int, default=1000)
    slow.add_argument("--seconds", type=float, default=30.0)
    slow.add_argument("--baseline", type=float, default=10.0)
    sub.add_parser("memory").add_argument("--requests", type=int, default=500_000)
    sub.add_parser("disk-full").add_argument("--checks", type=int, default=1000)
    args = parser.parse_args()
    {"slowloris": bench_slowloris, "memory": bench_memory,
     "disk-full": bench_disk_full}[args.bench](args)


if __name__ == "__main__":
    main()
