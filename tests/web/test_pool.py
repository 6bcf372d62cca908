"""A pool (issue 13, docs/pool.md): three ``ucupdates serve`` on one PostgreSQL store and
one shared data folder, behind nginx configured from packaging/pool/.

Needs PostgreSQL (see tests/conftest.py: ``UCUPDATES_TEST_PG`` or Debian's
``postgresql`` package), nginx and openssl (Debian's ``nginx`` and ``openssl``);
it skips, saying which is missing, without them. Everything listens on loopback.
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
import threading
from pathlib import Path

import pytest
from helpers import ROOT
from web_support import wait_for

from app.audit import AUDIT_DIR, FILE_PREFIX
from app.domain.names import DeviceKind
from app.packages.builder import SAMPLE_KINDS, cabinet_bytes, sample_members
from app.services import Services
from app.simulator.fleet import Fleet
from app.simulator.phone import Clock

POOL = ROOT / "packaging" / "pool"
OLD, B, C = "4.0.7577.4066", "4.0.7577.4366", "4.0.7577.4400"
PHONES = 300
NAMES = ("m1", "m2", "m3")

pytestmark = pytest.mark.skipif(sys.platform == "win32", reason="needs SIGKILL and nginx")


def _nginx() -> str:
    found = shutil.which("nginx") or next(
        (p for p in ("/usr/sbin/nginx", "/usr/local/sbin/nginx") if os.path.exists(p)), None)
    if not found:
        pytest.skip("nginx is not installed (Debian: apt-get install nginx)")
    if not shutil.which("openssl"):
        pytest.skip("openssl is not installed (Debian: apt-get install openssl)")
    return found


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def _cli(data_dir: Path, store: str, *words: str) -> str:
    env = {k: v for k, v in os.environ.items() if k != "UCUPDATES_STORE"}
    done = subprocess.run([sys.executable, "-m", "app", "--data-dir", str(data_dir),
                           "--store", store, *words], cwd=ROOT, env=env,
                          capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr
    return done.stdout


def _request(port: int, method: str, path: str, body: bytes | None = None,
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


class Member:
    """One ``ucupdates serve`` process of the pool."""

    def __init__(self, name: str, data_dir: Path, store: str) -> None:
        self.name, self.data_dir, self.store = name, data_dir, store
        self.port = _free_port()
        self.process: subprocess.Popen | None = None
        self.stderr = b""

    def start(self) -> None:
        env = {k: v for k, v in os.environ.items() if k != "UCUPDATES_STORE"}
        self.process = subprocess.Popen(
            [sys.executable, "-m", "app", "--data-dir", str(self.data_dir), "--store",
             self.store, "serve", "--host", "127.0.0.1", "--port", str(self.port),
             "--server-name", self.name],
            cwd=ROOT, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)

        def healthy():
            assert self.process.poll() is None, self.process.communicate()[1].decode()
            try:
                return _request(self.port, "GET", "/ucupdates/health")[0] == 200
            except OSError:
                return False
        wait_for(healthy, timeout=30, what=f"member {self.name} to answer")

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

    def offered(self, version: str) -> bytes:
        """Ask this member directly for what a phone on *version* is offered."""
        kind = SAMPLE_KINDS[0]
        tags = zip(("DeviceType", "Brand", "Model", "Revision", "Locale"), kind, strict=True)
        body = ("<UpdateRequest>" + "".join(f"<{t}>{v}</{t}>" for t, v in tags)
                + "<MacAddress>02-AA-00-00-00-01</MacAddress><Modules>"
                + f'<Module UpdateType="CPE" Version="{version}"/></Modules></UpdateRequest>')
        status, answer = _request(self.port, "POST", "/RequestHandler/ucdevice.upx",
                                  body.encode())
        assert status == 200, answer
        return answer


class Nginx:
    """nginx run from packaging/pool/, its ports and paths moved into a temporary folder."""

    def __init__(self, folder: Path, members: list[Member]) -> None:
        self.binary = _nginx()
        self.folder = folder
        self.port, self.tls_port = _free_port(), _free_port()
        folder.mkdir()
        for sub in ("client", "proxy", "fastcgi", "uwsgi", "scgi"):
            (folder / sub).mkdir()
        subprocess.run(["openssl", "req", "-x509", "-newkey", "rsa:2048", "-nodes",
                        "-subj", "/CN=localhost", "-days", "1",
                        "-keyout", str(folder / "key.pem"), "-out", str(folder / "cert.pem")],
                       check=True, capture_output=True, timeout=60)
        proxy = folder / "ucupdates-proxy.conf"
        shutil.copy(POOL / "ucupdates-proxy.conf", proxy)
        site = (POOL / "ucupdates-pool.conf").read_text(encoding="utf-8")
        for n, member in enumerate(members, 1):
            site = site.replace(f"127.0.0.1:808{n} ", f"127.0.0.1:{member.port} ")
        replacements = {
            "listen 80;": f"listen 127.0.0.1:{self.port};",
            "listen 443 ssl;": f"listen 127.0.0.1:{self.tls_port} ssl;",
            "/etc/ssl/certs/updates.example.com.pem": str(folder / "cert.pem"),
            "/etc/ssl/private/updates.example.com.key": str(folder / "key.pem"),
            "/etc/nginx/ucupdates-proxy.conf": str(proxy)}
        for old, new in replacements.items():
            assert old in site, f"packaging/pool/ucupdates-pool.conf no longer has {old!r}"
            site = site.replace(old, new)
        (folder / "site.conf").write_text(site, encoding="utf-8")
        temp = "\n".join(f"    {sub}_temp_path {folder / sub};" for sub in
                         ("fastcgi", "uwsgi", "scgi")) + \
            f"\n    client_body_temp_path {folder / 'client'};\n" \
            f"    proxy_temp_path {folder / 'proxy'};\n"
        user = "user root;\n" if os.geteuid() == 0 else ""
        (folder / "nginx.conf").write_text(
            f"{user}daemon off;\nworker_processes 1;\npid {folder / 'nginx.pid'};\n"
            f"error_log {folder / 'error.log'} warn;\n"
            "events { worker_connections 1024; }\n"
            "http {\n    log_format pool '$status $upstream_addr $request';\n"
            f"    access_log {folder / 'access.log'} pool;\n{temp}"
            f"    include {folder / 'site.conf'};\n}}\n", encoding="utf-8")
        self.process = subprocess.Popen(
            [self.binary, "-e", str(folder / "error.log"), "-c", str(folder / "nginx.conf"),
             "-p", str(folder)], stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)

        def listening():
            assert self.process.poll() is None, self.process.communicate()[1].decode()
            try:
                return _request(self.port, "GET", "/ucupdates/health")[0] == 200
            except OSError:
                return False
        wait_for(listening, timeout=20, what="nginx to answer")

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


@pytest.fixture
def pool(tmp_path: Path, pg_url: str):
    data_dir = tmp_path / "shared"
    members = [Member(name, data_dir, pg_url) for name in NAMES]
    started: list = []
    try:
        # the store exists (and is at the current schema) before the members race to it
        _cli(data_dir, pg_url, "config", "set", "TrustedProxies", "127.0.0.1")
        for member in members:
            member.start()
            started.append(member)
        nginx = Nginx(tmp_path / "nginx", members)
        started.append(nginx)
        yield data_dir, members, nginx
    finally:
        for thing in reversed(started):
            thing.stop()


def _package(path: Path, version: str) -> Path:
    path.write_bytes(cabinet_bytes(sample_members(64 * 1024, version), compress=False))
    return path


def _fleet(url: str) -> Fleet:
    fleet = Fleet(url, clock=Clock(scale=1e6))  # the five idle minutes before a restart: 0
    fleet.populate([DeviceKind(*k) for k in SAMPLE_KINDS], PHONES)
    return fleet


def _converge(fleet: Fleet, version: str, during=None) -> tuple[int, int]:
    """Every phone checks once (60 at a time), *during* runs meanwhile; phones left
    behind retry once. Returns (failed checks or downloads, phones that had to retry)."""
    failures_before = sum(p.failures for p in fleet.phones)
    worker = threading.Thread(target=fleet.check_all, kwargs={"workers": 60})
    worker.start()
    if during:
        during()
    worker.join(300)
    assert not worker.is_alive(), "the phones did not finish their checks"
    behind = [p for p in fleet.phones if p.versions["CPE"] != version]
    for phone in behind:
        phone.check()
    still = [p.name for p in fleet.phones if p.versions["CPE"] != version]
    assert not still, f"{len(still)} phones never reached {version}, e.g. {still[:3]}"
    return sum(p.failures for p in fleet.phones) - failures_before, len(behind)


def test_a_pool_serves_one_import_through_every_member_and_survives_losing_one(pool, tmp_path):
    data_dir, members, nginx = pool
    store = members[0].store
    m1, m2, m3 = members

    # import once and approve once, on one member's machine
    _cli(data_dir, store, "import", str(_package(tmp_path / "b.cab", B)))
    _cli(data_dir, store, "rules", "approve", "--all")
    for member in members:  # every member offers it, without a restart
        wait_for(lambda member=member: f'Version="{B}"'.encode() in member.offered(OLD),
                 timeout=5, what=f"{member.name} to offer the approved version")

    # 300 phones through the balancer; one member is SIGKILLed once a third have asked
    fleet = _fleet(f"http://127.0.0.1:{nginx.port}")

    asked_at_kill = []

    def kill_m2_midway():
        wait_for(lambda: sum(p.checks > 0 for p in fleet.phones) >= PHONES // 3,
                 timeout=120, what="a third of the phones to check")
        m2.kill()
        asked_at_kill.append(sum(p.checks > 0 for p in fleet.phones))
    failures, retried = _converge(fleet, B, during=kill_m2_midway)
    assert asked_at_kill[0] < PHONES * 0.9, "m2 was killed after the phones had finished"
    assert nginx.upstreams() == {m.port for m in members}, "nginx did not use every member"
    print(f"\npool: {PHONES} phones on {B}; member m2 killed after {asked_at_kill[0]} asked; "
          f"{failures} failed checks or downloads, {retried} phones retried")
    assert retried <= PHONES // 10, "losing one member of three failed too many phones"

    # while m2 is down a new version is imported and approved; m2 comes back and has it
    _cli(data_dir, store, "import", str(_package(tmp_path / "c.cab", C)))
    _cli(data_dir, store, "rules", "approve", "--all")
    m2.start()
    for member in members:
        assert f'Version="{C}"'.encode() in member.offered(B), member.name

    # the whole fleet moves on through the balancer, the restarted member among them,
    # and checks once more: nothing is left to offer
    _converge(fleet, C)
    assert not any(fleet.check_all(workers=60))

    # external paths only over TLS, the internal ones not published there
    assert _request(nginx.tls_port, "GET", "/RequestHandler/ucdevice.upx", tls=True)[0] == 404
    status, _ = _request(nginx.tls_port, "POST", "/RequestHandlerExt/ucdevice.upx",
                         b"<UpdateRequest/>", tls=True)
    assert status not in (404, 502), "the external check path does not reach a member"

    for member in members:
        assert member.stop() == 0, member.stderr.decode()
        assert b"Traceback" not in member.stderr, member.stderr.decode()
    # each member audited under its own name in the shared folder
    audited = {p.name.removeprefix(FILE_PREFIX).split("_")[0]
               for p in (data_dir / AUDIT_DIR).glob(f"{FILE_PREFIX}*.log")}
    assert audited == set(NAMES)
    # the inventory (batched by each member) holds every phone at the new version
    services = Services(data_dir, store=store, os_user="tester")
    try:
        reported = {e.mac: e.versions.get("CPE") for e in services.inventory()}
    finally:
        services.close()
    assert {p.identity.mac: C for p in fleet.phones}.items() <= reported.items()
