"""Device server benchmark: update checks beside a bare waitress app, and downloads.

Run from the project root:  python bench/server_bench.py [--seconds 10] [--threads 8]

Prints one table:

* update-check throughput and p50/p99 latency at 64 concurrent keep-alive
  clients (wrk from Debian's `wrk` package), beside a bare waitress "hello"
  app with the same thread count in the same run: the ceiling of this stack
  on this machine;
* download throughput of 16 concurrent downloads of a 50 MB image;
* the server's peak resident memory (VmHWM) while 16 clients fetch a 200 MB
  image: streaming keeps it flat, buffering would add 16 x 200 MB.

Servers and load generators run on this machine only (127.0.0.1).
"""

from __future__ import annotations

import argparse
import concurrent.futures
import hashlib
import http.client
import os
import platform
import re
import shutil
import socket
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from app.packages.builder import SAMPLE_KINDS, cabinet_bytes, sample_members  # noqa: E402

CHECK = ("<UpdateRequest><DeviceType>UCPhone</DeviceType><Brand>Polycom</Brand>"
         "<Model>CX600</Model><Revision>A</Revision><Locale>ENU</Locale>"
         "<MacAddress>00-04-F2-00-00-01</MacAddress>"
         "<Modules><Module UpdateType=\"CPE\" Version=\"4.0.7577.4066\"/></Modules>"
         "</UpdateRequest>")
HELLO_APP = """
import logging
import sys
from waitress import serve
logging.getLogger("waitress.queue").disabled = True
def app(environ, start_response):
    environ["wsgi.input"].read()
    start_response("200 OK", [("Content-Type", "text/plain"), ("Content-Length", "5")])
    return [b"hello"]
# the same adjustments the device server uses (runner.py)
serve(app, host="127.0.0.1", port=int(sys.argv[1]), threads=int(sys.argv[2]),
      clear_untrusted_proxy_headers=False, channel_timeout=60, connection_limit=1000,
      _quiet=True)
"""


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def wait_until_listening(port: int, timeout: float = 30) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        try:
            socket.create_connection(("127.0.0.1", port), timeout=0.5).close()
            return
        except OSError:
            time.sleep(0.05)
    raise SystemExit(f"server on port {port} did not start")


def ucupdates(data: Path, *words: str, **kwargs) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "app", "--data-dir", str(data), *words],
                          cwd=ROOT, check=True, capture_output=True, **kwargs)


def prepare_store(data: Path, image_size: int, version: str, work: Path) -> None:
    """A store with one approved rule whose image has *image_size* bytes."""
    cab = work / f"bench-{version}.cab"
    members = sample_members(image_size, version, SAMPLE_KINDS[:1])
    cab.write_bytes(cabinet_bytes(members, compress=False))
    ucupdates(data, "import", str(cab))
    ucupdates(data, "rules", "approve", "--all")


def start_server(data: Path, threads: int) -> tuple[subprocess.Popen, int]:
    port = free_port()
    proc = subprocess.Popen([sys.executable, "-m", "app", "--data-dir", str(data), "serve",
                             "--port", str(port), "--threads", str(threads)], cwd=ROOT,
                            stderr=subprocess.DEVNULL)
    wait_until_listening(port)
    return proc, port


def start_hello(threads: int) -> tuple[subprocess.Popen, int]:
    port = free_port()
    proc = subprocess.Popen([sys.executable, "-c", HELLO_APP, str(port), str(threads)],
                            stderr=subprocess.DEVNULL)
    wait_until_listening(port)
    return proc, port


def stop(proc: subprocess.Popen) -> None:
    proc.terminate()
    proc.wait(timeout=30)


def wrk(url: str, seconds: int, work: Path) -> dict[str, float]:
    script = work / "post.lua"
    body = CHECK.replace('"', '\\"')
    script.write_text(f'wrk.method = "POST"\nwrk.body = "{body}"\n'
                      'wrk.headers["Content-Type"] = "text/xml"\n')
    out = subprocess.run(["wrk", "-t2", "-c64", f"-d{seconds}s", "--latency", "-s",
                          str(script), url], capture_output=True, text=True,
                         check=True).stdout
    return {"rps": float(re.search(r"Requests/sec:\s+([\d.]+)", out).group(1)),
            "p50": _ms(re.search(r"50%\s+([\d.]+\w+)", out).group(1)),
            "p99": _ms(re.search(r"99%\s+([\d.]+\w+)", out).group(1)),
            "errors": float(bool(re.search(r"Non-2xx|Socket errors", out)))}


def _ms(text: str) -> float:
    value, unit = re.match(r"([\d.]+)(\w+)", text).groups()
    return float(value) * {"us": 0.001, "ms": 1.0, "s": 1000.0}[unit]


def image_url(port: int, version: str) -> str:
    kind = "/".join(SAMPLE_KINDS[0])
    return f"/DeviceUpdateFiles_Int/{kind}/CPE/{version}/CPE.nbt"


def fetch(port: int, path: str) -> tuple[int, str]:
    conn = http.client.HTTPConnection("127.0.0.1", port, timeout=120)
    conn.request("GET", path)
    response = conn.getresponse()
    digest, total = hashlib.sha256(), 0
    while chunk := response.read(1024 * 1024):
        digest.update(chunk)
        total += len(chunk)
    conn.close()
    return total, digest.hexdigest()


def parallel_downloads(port: int, path: str, clients: int) -> tuple[float, int, set[str]]:
    start = time.perf_counter()
    with concurrent.futures.ThreadPoolExecutor(clients) as pool:
        results = list(pool.map(lambda _: fetch(port, path), range(clients)))
    return time.perf_counter() - start, sum(r[0] for r in results), {r[1] for r in results}


def peak_rss_mib(pid: int) -> float:
    status = Path(f"/proc/{pid}/status").read_text()
    return int(re.search(r"VmHWM:\s+(\d+)", status).group(1)) / 1024


def current_rss_mib(pid: int) -> float:
    status = Path(f"/proc/{pid}/status").read_text()
    return int(re.search(r"VmRSS:\s+(\d+)", status).group(1)) / 1024


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--seconds", type=int, default=10)
    parser.add_argument("--threads", type=int, default=8)
    parser.add_argument("--rounds", type=int, default=3,
                        help="alternating rounds of each server (medians are reported)")
    args = parser.parse_args()
    if not shutil.which("wrk"):
        raise SystemExit("wrk is needed for the update-check figures: apt-get install wrk")
    rows = []
    with tempfile.TemporaryDirectory() as scratch:
        work = Path(scratch)
        rows += check_rows(work, args)
        rows += download_rows(work, args.threads)
    report(args, rows)


def check_rows(work: Path, args) -> list[tuple[str, str]]:
    """Alternate the two servers for several rounds: this machine's speed drifts."""
    data = work / "checks"
    prepare_store(data, 4096, "4.0.7577.4366", work)
    hello, ours = [], []
    for _ in range(args.rounds):
        proc, port = start_hello(args.threads)
        try:
            hello.append(wrk(f"http://127.0.0.1:{port}/", args.seconds, work))
        finally:
            stop(proc)
        proc, port = start_server(data, args.threads)
        try:
            ours.append(wrk(f"http://127.0.0.1:{port}/RequestHandler/ucdevice.upx",
                            args.seconds, work))
        finally:
            stop(proc)
    ceiling, result = _median(hello), _median(ours)
    ratios = sorted(o["rps"] / h["rps"] for o, h in zip(ours, hello, strict=True))
    return [
        ("bare waitress hello, 64 clients", _fmt(ceiling)),
        ("update check, 64 clients", _fmt(result)),
        ("update check / ceiling", f"{result['rps'] / ceiling['rps']:.2f} (per round: "
         + ", ".join(f"{r:.2f}" for r in ratios) + "; goal >= 0.60, p99 < 50 ms)"),
    ]


def _median(results: list[dict[str, float]]) -> dict[str, float]:
    return {key: statistics.median(r[key] for r in results) for key in results[0]}


def _fmt(result: dict[str, float]) -> str:
    flag = "  (errors!)" if result["errors"] else ""
    return (f"{result['rps']:,.0f} req/s, p50 {result['p50']:.1f} ms, "
            f"p99 {result['p99']:.1f} ms{flag}")


def download_rows(work: Path, threads: int) -> list[tuple[str, str]]:
    rows = []
    for label, size, version in (("50 MB", 50 * 1024**2, "4.0.7577.5000"),
                                 ("200 MB", 200 * 1024**2, "4.0.7577.5001")):
        data = work / f"dl-{version}"
        prepare_store(data, size, version, work)
        server, port = start_server(data, max(threads, 16))
        try:
            idle = current_rss_mib(server.pid)
            seconds, total, digests = parallel_downloads(port, image_url(port, version), 16)
            peak = peak_rss_mib(server.pid)
        finally:
            stop(server)
        ok = "" if len(digests) == 1 and total == 16 * size else "  (INCOMPLETE!)"
        rows.append((f"16 x {label} downloads",
                     f"{total / seconds / 1024**2:,.0f} MiB/s in {seconds:.1f} s{ok}"))
        rows.append((f"server memory, 16 x {label}",
                     f"peak {peak:.0f} MiB (idle {idle:.0f} MiB; one image is "
                     f"{size / 1024**2:.0f} MiB)"))
    return rows


def report(args, rows: list[tuple[str, str]]) -> None:
    print(f"machine: {platform.machine()}, {os.cpu_count()} cores, "
          f"Python {platform.python_version()}, {platform.platform()}")
    print(f"waitress threads: {args.threads}; wrk -t2 -c64 -d{args.seconds}s, keep-alive; "
          f"medians of {args.rounds} alternating rounds")
    width = max(len(r[0]) for r in rows)
    for label, value in rows:
        print(f"{label:<{width}}  {value}")


if __name__ == "__main__":
    main()
