"""A pool on this machine (docs/pool.md): ``ucupdates serve`` members on one store and one
shared folder, and nginx configured from packaging/pool/ with only its ports and paths
moved into a scratch folder. Used by tests/web/test_pool.py and bench/pool_bench.py;
everything listens on 127.0.0.1.
"""

from __future__ import annotations

import http.client
import os
import shutil
import signal
import socket
import ssl
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
POOL = ROOT / "packaging" / "pool"
SAMPLE_PORTS = ("8081", "8082", "8083")  # the members' ports in ucupdates-pool.conf


class Missing(Exception):
    """A program the pool needs is not installed (the message says which, and how)."""


def nginx_binary() -> str:
    found = shutil.which("nginx") or next(
        (p for p in ("/usr/sbin/nginx", "/usr/local/sbin/nginx") if os.path.exists(p)), None)
    if not found:
        raise Missing("nginx is not installed (Debian: apt-get install nginx)")
    if not shutil.which("openssl"):
        raise Missing("openssl is not installed (Debian: apt-get install openssl)")
    return found


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def wait_until(condition: Callable[[], object], timeout: float, what: str):
    deadline = time.monotonic() + timeout
    while not (value := condition()):
        if time.monotonic() > deadline:
            raise AssertionError(f"timed out after {timeout}s waiting for {what}")
        time.sleep(0.05)
    return value


def cli(data_dir: Path, store: str | None, *words: str) -> str:
    """Run one ucupdates command on the pool's store; its output, or AssertionError."""
    env = {k: v for k, v in os.environ.items() if k != "UCUPDATES_STORE"}
    done = subprocess.run([sys.executable, "-m", "app", "--data-dir", str(data_dir),
                           *(["--store", store] if store else []), *words], cwd=ROOT,
                          env=env, capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr
    return done.stdout


def request(port: int, method: str, path: str, body: bytes | None = None,
            tls: bool = False) -> tuple[int, bytes]:
    if tls:
        connection = http.client.HTTPSConnection(
            "127.0.0.1", port, timeout=10, context=ssl._create_unverified_context())
    else:
        connection = http.client.HTTPConnection("127.0.0.1", port, timeout=10)
    try:
        connection.request(method, path, body, {"Content-Type": "text/xml"} if body else {})
        response = connection.getresponse()
        return response.status, response.read()
    finally:
        connection.close()


def wait_healthy(process: subprocess.Popen, port: int, timeout: float, what: str) -> None:
    """Until *port* answers /ucupdates/health with 200; the process's stderr if it ends."""
    def healthy():
        if process.poll() is not None:
            raise AssertionError(process.communicate()[1].decode())
        try:
            return request(port, "GET", "/ucupdates/health")[0] == 200
        except OSError:
            return False
    wait_until(healthy, timeout, what)


class Member:
    """One ``ucupdates serve`` process of the pool."""

    def __init__(self, name: str, data_dir: Path, store: str | None,
                 threads: int | None = None) -> None:
        self.name, self.data_dir, self.store, self.threads = name, data_dir, store, threads
        self.port = free_port()
        self.process: subprocess.Popen | None = None
        self.stderr = b""

    def start(self) -> None:
        env = {k: v for k, v in os.environ.items() if k != "UCUPDATES_STORE"}
        self.process = subprocess.Popen(
            [sys.executable, "-m", "app", "--data-dir", str(self.data_dir),
             *(["--store", self.store] if self.store else []), "serve", "--host",
             "127.0.0.1", "--port", str(self.port), "--server-name", self.name,
             *(["--threads", str(self.threads)] if self.threads else [])],
            cwd=ROOT, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
        wait_healthy(self.process, self.port, 30, f"member {self.name} to answer")

    def kill(self) -> None:
        self.process.send_signal(signal.SIGKILL)
        self.process.wait(10)

    def stop(self) -> int:
        if self.process is None or self.process.poll() is not None:
            return self.process.returncode if self.process else 0
        self.process.send_signal(signal.SIGTERM)
        try:
            _, stderr = self.process.communicate(timeout=30)
        except subprocess.TimeoutExpired:
            self.process.kill()
            _, stderr = self.process.communicate()
        self.stderr += stderr
        return self.process.returncode


class Nginx:
    """nginx run from packaging/pool/ in front of *members* (one to three)."""

    def __init__(self, folder: Path, members: list[Member]) -> None:
        binary = nginx_binary()
        self.folder = folder
        self.port, self.tls_port = free_port(), free_port()
        folder.mkdir()
        for sub in ("client", "proxy", "fastcgi", "uwsgi", "scgi"):
            (folder / sub).mkdir()
        subprocess.run(["openssl", "req", "-x509", "-newkey", "rsa:2048", "-nodes",
                        "-subj", "/CN=localhost", "-days", "1",
                        "-keyout", str(folder / "key.pem"), "-out", str(folder / "cert.pem")],
                       check=True, capture_output=True, timeout=60)
        proxy = folder / "ucupdates-proxy.conf"
        shutil.copy(POOL / "ucupdates-proxy.conf", proxy)
        (folder / "site.conf").write_text(self._site(members, proxy), encoding="utf-8")
        temp = "".join(f"    {sub}_temp_path {folder / sub};\n"
                       for sub in ("fastcgi", "uwsgi", "scgi", "proxy"))
        user = "user root;\n" if os.geteuid() == 0 else ""  # workers reach the scratch folder
        (folder / "nginx.conf").write_text(
            f"{user}daemon off;\nworker_processes 1;\npid {folder / 'nginx.pid'};\n"
            f"error_log {folder / 'error.log'} warn;\n"
            "events { worker_connections 4096; }\n"
            "http {\n    log_format pool '$status $upstream_addr $request';\n"
            f"    access_log {folder / 'access.log'} pool;\n"
            f"    client_body_temp_path {folder / 'client'};\n{temp}"
            f"    include {folder / 'site.conf'};\n}}\n", encoding="utf-8")
        self.process = subprocess.Popen(
            [binary, "-e", str(folder / "error.log"), "-c", str(folder / "nginx.conf"),
             "-p", str(folder)], stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
        wait_healthy(self.process, self.port, 20, "nginx to answer")

    def _site(self, members: list[Member], proxy: Path) -> str:
        lines = []
        for line in (POOL / "ucupdates-pool.conf").read_text(encoding="utf-8").splitlines():
            sample = next((p for p in SAMPLE_PORTS if f"server 127.0.0.1:{p} " in line), None)
            if sample is None:
                lines.append(line)
            elif SAMPLE_PORTS.index(sample) < len(members):
                port = members[SAMPLE_PORTS.index(sample)].port
                lines.append(line.replace(f"127.0.0.1:{sample} ", f"127.0.0.1:{port} "))
        site = "\n".join(lines)
        replacements = {
            "listen 80;": f"listen 127.0.0.1:{self.port};",
            "listen 443 ssl;": f"listen 127.0.0.1:{self.tls_port} ssl;",
            "/etc/ssl/certs/updates.example.com.pem": str(self.folder / "cert.pem"),
            "/etc/ssl/private/updates.example.com.key": str(self.folder / "key.pem"),
            "/etc/nginx/ucupdates-proxy.conf": str(proxy)}
        for old, new in replacements.items():
            assert old in site, f"packaging/pool/ucupdates-pool.conf no longer has {old!r}"
            site = site.replace(old, new)
        return site

    def upstreams(self) -> set[int]:
        """The member ports nginx has passed requests to (its access log)."""
        log = (self.folder / "access.log").read_text(encoding="utf-8")
        return {int(addr.rsplit(":", 1)[1]) for line in log.splitlines()
                for addr in line.split()[1].split(",") if ":" in addr}

    def stop(self) -> None:
        self.process.terminate()
        try:
            self.process.wait(10)
        except subprocess.TimeoutExpired:
            self.process.kill()
            self.process.wait()
