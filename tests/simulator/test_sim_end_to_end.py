"""End to end: a real server on port 0 and simulated phones that talk to it over HTTP."""

from __future__ import annotations

import time

import pytest

from app.domain.names import DeviceKind
from app.domain.rules import RuleAction
from app.domain.test_devices import TestDevice
from app.packages.builder import SAMPLE_KINDS, cabinet_bytes, sample_members
from app.services import RuleFilter
from app.simulator.fleet import Fleet
from app.simulator.phone import Clock
from app.web.runner import ServerRunner

V1, V2 = "4.0.7577.4366", "4.0.7577.4400"
KINDS = [DeviceKind(*k) for k in SAMPLE_KINDS]


@pytest.fixture
def import_version(services, tmp_path):
    def run(version: str, image_size: int = 64 * 1024) -> None:
        path = tmp_path / f"sample-{version}.cab"
        path.write_bytes(cabinet_bytes(sample_members(image_size, version)))
        services.import_package(services.read_package(path))
    return run


@pytest.fixture
def server(services):
    runner = ServerRunner(services, host="127.0.0.1", port=0, threads=16)
    runner.start()
    yield runner
    runner.stop()


@pytest.fixture
def fleet(server):
    events = []
    fleet = Fleet(server.state.url, clock=Clock(scale=1_000_000), on_event=events.append)
    fleet.events = events
    yield fleet
    fleet.stop()


OLD = "4.0.7577.4066"


def approve(services, **selection) -> None:
    services.apply(RuleAction.APPROVE, RuleFilter(**selection))


def test_pending_reaches_only_the_test_phones_by_mac_and_by_serial(services, import_version,
                                                                   fleet):
    import_version(V1)
    approve(services)
    import_version(V2)
    by_mac = fleet.add(KINDS[0], version=V1)
    by_serial = fleet.add(KINDS[1], version=V1)
    others = [fleet.add(KINDS[i % 4], version=V1) for i in range(6)]
    services.add_test_device(TestDevice.checked("lab-mac", mac=by_mac.identity.mac))
    services.add_test_device(TestDevice.checked("lab-serial", serial=by_serial.identity.serial))
    fleet.check_all()
    assert by_mac.versions["CPE"] == V2 and by_serial.versions["CPE"] == V2
    assert by_mac.backup["CPE"] == V1 and by_mac.last_update is not None
    assert all(p.versions["CPE"] == V1 for p in others)


def test_approve_converges_restore_returns_and_cancel_takes_the_test_phone_back(
        services, import_version, fleet):
    import_version(V1)
    fleet.populate(KINDS, 12)
    approve(services)
    fleet.check_all()
    assert fleet.versions() == {V1: 12}

    import_version(V2)
    approve(services)
    fleet.check_all()
    assert fleet.versions() == {V2: 12}

    services.apply(RuleAction.RESTORE, RuleFilter())
    fleet.check_all()
    assert fleet.versions() == {V1: 12}  # a restore reaches phones: "differs" means offered

    tester = fleet.phones[0]
    services.add_test_device(TestDevice.checked("lab", mac=tester.identity.mac))
    import_version(V2)
    fleet.check_all()
    assert tester.versions["CPE"] == V2 and fleet.versions() == {V1: 11, V2: 1}
    services.apply(RuleAction.RESET, RuleFilter())
    fleet.check_all()
    assert fleet.versions() == {V1: 12}


def test_external_phones_need_a_user_and_valid_credentials(services, import_version, fleet,
                                                          server):
    services.set_setting("ExternalBaseUrl", server.state.url)  # no proxy in this test
    import_version(V1)
    approve(services)
    services.set_user_password("alice", "correct horse")
    no_user = fleet.add(KINDS[0], external=True)
    good = fleet.add(KINDS[1], external=True)
    good.sign_in("sip:alice@contoso.com", ("alice", "correct horse"))
    wrong = fleet.add(KINDS[2], external=True)
    wrong.sign_in("sip:bob@contoso.com", ("alice", "wrong horse"))
    fleet.check_all()
    assert no_user.versions["CPE"] == OLD
    assert any("sign-in-required" in e.what for e in fleet.events if e.phone == no_user.name)
    assert good.versions["CPE"] == V1
    assert wrong.versions["CPE"] == OLD
    assert any("credentials-required" in e.what for e in fleet.events if e.phone == wrong.name)


def test_a_tampered_image_is_refused_and_reported_as_a_log(services, import_version, fleet,
                                                           data_dir):
    import_version(V1)
    approve(services)
    image = next((data_dir / "DeviceUpdateStore").glob("UCPhone/Polycom/*/*/*/*/CPE/CPE.nbt"))
    tampered = bytearray(image.read_bytes())
    tampered[100] ^= 0xFF
    image.write_bytes(bytes(tampered))
    phone = fleet.add(KINDS[0])
    assert not phone.check()
    assert phone.versions["CPE"] == OLD and phone.failures == 1
    assert any("failed verification" in e.what and e.problem for e in fleet.events)
    logs = list((data_dir / "Logs/Client/DiagLog").glob("*.txt"))
    assert len(logs) == 1 and b"failed size/SHA-256 verification" in logs[0].read_bytes()


def test_an_interrupted_download_is_resumed_with_range(services, import_version, fleet,
                                                       monkeypatch):
    import_version(V1)
    approve(services)
    from app.simulator import phone as phone_module
    real, cut = phone_module._request, {"done": False}

    def flaky(method, url, body, headers):
        status, data, reply = real(method, url, body, headers)
        if url.endswith("CPE.nbt") and not cut["done"]:
            cut["done"] = True
            raise phone_module.PartialBody(data[: len(data) // 2])
        return status, data, reply
    monkeypatch.setattr(phone_module, "_request", flaky)
    phone = fleet.add(KINDS[0])
    assert phone.check() and phone.versions["CPE"] == V1 and cut["done"]


def test_two_hundred_phones_polling_at_once_complete_without_an_error(services,
                                                                     import_version, fleet):
    import_version(V1, image_size=16 * 1024)
    approve(services)
    # every simulated phone connects from 127.0.0.1, which the server would otherwise
    # cut at 50 open connections (one address's share); on a network each has its own
    services.set_setting("TrustedProxies", "127.0.0.1")
    fleet.populate(KINDS, 200)
    started = time.perf_counter()
    updated = fleet.check_all(workers=200)
    elapsed = time.perf_counter() - started
    print(f"200 phones converged in {elapsed:.2f} s")
    assert all(updated) and fleet.versions() == {V1: 200}
    assert not [e for e in fleet.events if e.problem]
    fleet.check_all(workers=200)  # a second round: every phone is current
    assert fleet.versions() == {V1: 200} and not [e for e in fleet.events if e.problem]


def test_phones_run_on_their_own_with_scaled_time(services, import_version, fleet):
    import_version(V1)
    approve(services)
    fleet.populate(KINDS, 8)
    fleet.start()
    deadline = time.monotonic() + 20
    while fleet.versions() != {V1: 8} and time.monotonic() < deadline:
        time.sleep(0.05)
    fleet.stop()
    assert fleet.versions() == {V1: 8}
    assert all(p.system_information()["Current version"] == f"CPE {V1}" for p in fleet.phones)


@pytest.mark.parametrize("reply", [
    b"HTTP/1.1 200 OK\r\nContent-Length: 500\r\n\r\n<UpdateResponse",  # cut off
    b"garbage that is no status line\r\n\r\n",
], ids=["answer-cut-off", "no-http"])
def test_a_broken_answer_to_a_check_is_a_failed_check_not_a_crash(reply):
    """A balancer's member dies mid-answer: the phone counts a failure and tries later."""
    import socket
    import threading

    listener = socket.create_server(("127.0.0.1", 0))
    port = listener.getsockname()[1]

    def answer_once():
        conn, _ = listener.accept()
        with conn:
            conn.recv(65536)
            conn.sendall(reply)
    server = threading.Thread(target=answer_once, daemon=True)
    server.start()
    events = []
    phone = Fleet(f"http://127.0.0.1:{port}", on_event=events.append).add(KINDS[0])
    try:
        assert phone.check() is False
    finally:
        server.join(5)
        listener.close()
    assert phone.failures == 1
    assert [e for e in events if e.problem and "cannot reach the server" in e.what
            and f"127.0.0.1:{port}" in e.what]
