"""A pool (issue 13, docs/pool.md): three ``ucupdates serve`` on one PostgreSQL store and
one shared data folder, behind nginx configured from packaging/pool/.

Needs PostgreSQL (see tests/conftest.py: ``UCUPDATES_TEST_PG`` or Debian's
``postgresql`` package), nginx and openssl (Debian's ``nginx`` and ``openssl``);
it skips, saying which is missing, without them. Everything listens on loopback.
"""

from __future__ import annotations

import sys
import tempfile
import threading
from pathlib import Path

import pg_cluster
import pytest
from pool_support import Member, Missing, Nginx, cli, nginx_binary, request
from web_support import wait_for

from app.audit import AUDIT_DIR, FILE_PREFIX
from app.domain.names import DeviceKind
from app.packages.builder import SAMPLE_KINDS, cabinet_bytes, sample_members
from app.services import Services
from app.simulator.fleet import Fleet
from app.simulator.phone import Clock

OLD, B, C = "4.0.7577.4066", "4.0.7577.4366", "4.0.7577.4400"
PHONES = 300
NAMES = ("m1", "m2", "m3")

pytestmark = pytest.mark.skipif(sys.platform == "win32", reason="needs SIGKILL and nginx")


def offered(member: Member, version: str) -> bytes:
    """Ask *member* directly what a phone on *version* is offered."""
    tags = zip(("DeviceType", "Brand", "Model", "Revision", "Locale"), SAMPLE_KINDS[0],
               strict=True)
    body = ("<UpdateRequest>" + "".join(f"<{t}>{v}</{t}>" for t, v in tags)
            + "<MacAddress>02-AA-00-00-00-01</MacAddress><Modules>"
            + f'<Module UpdateType="CPE" Version="{version}"/></Modules></UpdateRequest>')
    status, answer = request(member.port, "POST", "/RequestHandler/ucdevice.upx",
                             body.encode())
    assert status == 200, answer
    return answer


@pytest.fixture
def pool(tmp_path: Path, pg_url: str):
    try:
        nginx_binary()
    except Missing as missing:
        pytest.skip(str(missing))
    data_dir = tmp_path / "shared"
    members = [Member(name, data_dir, pg_url) for name in NAMES]
    started: list = []
    try:
        # the store exists (and is at the current schema) before the members race to it
        cli(data_dir, pg_url, "config", "set", "TrustedProxies", "127.0.0.1")
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
    cli(data_dir, store, "import", str(_package(tmp_path / "b.cab", B)))
    cli(data_dir, store, "rules", "approve", "--all")
    for member in members:  # every member offers it, without a restart
        wait_for(lambda member=member: f'Version="{B}"'.encode() in offered(member, OLD),
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
    cli(data_dir, store, "import", str(_package(tmp_path / "c.cab", C)))
    cli(data_dir, store, "rules", "approve", "--all")
    m2.start()
    for member in members:
        assert f'Version="{C}"'.encode() in offered(member, B), member.name

    # the whole fleet moves on through the balancer, the restarted member among them,
    # and checks once more: nothing is left to offer
    _converge(fleet, C)
    assert not any(fleet.check_all(workers=60))

    # two phones upload a log of the same name to two members: both are kept
    for member, text in ((m1, b"from m1"), (m3, b"from m3")):
        status, _ = request(member.port, "PUT", "/RequestHandler/Logs/DiagLog/boot.txt", text)
        assert status == 201
    logs = sorted((data_dir / "Logs" / "Client" / "DiagLog").glob("boot*.txt"))
    assert sorted(p.read_bytes() for p in logs) == [b"from m1", b"from m3"]

    # external paths only over TLS, the internal ones not published there
    assert request(nginx.tls_port, "GET", "/RequestHandler/ucdevice.upx", tls=True)[0] == 404
    status, _ = request(nginx.tls_port, "POST", "/RequestHandlerExt/ucdevice.upx",
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


def test_a_member_answers_phones_through_a_database_outage_and_catches_up(tmp_path):
    """PostgreSQL stops: phones keep their answers from the member's catalog, the health
    URL says 503, the command line says the store cannot be reached; when it is back the
    inventory kept meanwhile is written and a new approval reaches the member."""
    if pg_cluster.binaries() is None:
        pytest.skip("needs PostgreSQL: install Debian's postgresql package (.ci/run does)")
    cluster = Path(tempfile.mkdtemp(prefix="ucupdates-outage-"))  # its owner must reach it
    member = None
    try:
        database = pg_cluster.new_database(pg_cluster.start(cluster))
        data_dir = tmp_path / "shared"
        cli(data_dir, database, "import", str(_package(tmp_path / "b.cab", B)))
        cli(data_dir, database, "rules", "approve", "--all")
        member = Member("m1", data_dir, database)
        member.start()
        fleet = _fleet(f"http://127.0.0.1:{member.port}")
        del fleet.phones[20:]

        pg_cluster.pause(cluster)
        assert all(fleet.check_all(workers=20)), "a phone lost its update in the outage"
        assert request(member.port, "GET", "/ucupdates/health") == \
            (503, b"store unreachable m1\n")
        with pytest.raises(AssertionError, match="cannot reach the store"):
            cli(data_dir, database, "rules", "list")

        pg_cluster.resume(cluster)
        wait_for(lambda: request(member.port, "GET", "/ucupdates/health")[0] == 200,
                 timeout=20, what="the member to reach the store again")
        wait_for(lambda: len(cli(data_dir, database, "devices", "list").splitlines()) > 20,
                 timeout=20, what="the inventory kept in the outage to be written")
        cli(data_dir, database, "import", str(_package(tmp_path / "c.cab", C)))
        cli(data_dir, database, "rules", "approve", "--all")
        wait_for(lambda: f'Version="{C}"'.encode() in offered(member, B), timeout=5,
                 what="the member to offer the version approved after the outage")
        assert member.stop() == 0
        assert b"Traceback" not in member.stderr, member.stderr.decode()
    finally:
        if member is not None:
            member.stop()
        pg_cluster.stop(cluster)
