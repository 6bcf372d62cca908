"""The device inventory the checks fill, and ``ucupdates serve`` run headless."""

from __future__ import annotations

import csv
import http.client
import io
import os
import signal
import socket
import subprocess
import sys
from pathlib import Path

from web_support import CHECK, CX600, MAC, NEW, OLD, SERIAL, Web, check_body, wait_for

from app.audit import AUDIT_DIR
from app.domain.rules import RuleAction
from app.domain.test_devices import TestDevice
from app.services import RuleFilter
from app.web.runner import ServerState
from app.web.serve import phone_urls

ROOT = Path(__file__).resolve().parents[2]


def test_inventory_has_one_entry_per_device_with_what_it_reported(web):
    web.approve()
    web.services.add_test_device(TestDevice.checked("lab", serial="LAB-1"))
    web.check(mac=MAC, modules=(("CPE", OLD),))
    web.check(mac="00:04:f2:12:34:56", modules=(("CPE", "4.0.7577.4100"),))  # same phone
    web.check(serial="LAB-1", modules=(("CPE", NEW),))
    web.check(external=True, mac="00-04-F2-00-00-09", user="sip:bob@contoso.com")
    web.check(external=True, mac="00-04-F2-00-00-0A")  # refused: no inventory entry
    web.stop()
    entries = {e.mac or e.serial: e for e in web.services.inventory()}
    assert set(entries) == {MAC, "LAB-1", "00-04-F2-00-00-09"}

    phone = entries[MAC]
    assert phone.kind.parts() == CX600 and phone.serial is None
    assert phone.versions == {"CPE": "4.0.7577.4100"} and phone.checks == 2
    assert (phone.address, phone.user_id, phone.external) == ("127.0.0.1", None, False)
    assert phone.last_offer == f"CPE {NEW} Approved" and not phone.is_test_device
    assert phone.first_seen <= phone.last_seen

    lab = entries["LAB-1"]
    assert lab.is_test_device and lab.last_offer is None and lab.versions == {"CPE": NEW}

    outside = entries["00-04-F2-00-00-09"]
    assert outside.external and outside.user_id == "sip:bob@contoso.com"
    assert outside.last_offer == f"CPE {NEW} Approved"


def test_a_device_seen_by_serial_then_with_a_mac_stays_one_entry(web):
    web.check(serial=SERIAL)
    first = wait_for(web.services.inventory, what="the housekeeping flush")  # runs every 0.5 s
    assert [(e.mac, e.serial) for e in first] == [(None, SERIAL)]
    web.check(mac=MAC, serial=SERIAL, user="sip:carol@contoso.com",
              modules=(("CPE", NEW),))
    entries = wait_for(lambda: [e for e in web.services.inventory() if e.mac],
                       what="the MAC to arrive")
    assert len(web.services.inventory()) == 1
    (entry,) = entries
    assert (entry.mac, entry.serial, entry.checks) == (MAC, SERIAL, 2)
    assert entry.user_id == "sip:carol@contoso.com" and entry.versions == {"CPE": NEW}
    assert entry.first_seen == first[0].first_seen < entry.last_seen


def test_serial_then_mac_in_one_flush_is_still_one_entry(web):
    web.check(serial=SERIAL)
    web.check(mac=MAC, serial=SERIAL.lower())
    web.stop()
    entries = web.services.inventory()
    assert [(e.mac, e.serial.upper(), e.checks) for e in entries] == [(MAC, SERIAL, 2)]


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def _post_check(port: int) -> tuple[int, bytes] | None:
    try:
        conn = http.client.HTTPConnection("127.0.0.1", port, timeout=5)
        conn.request("POST", CHECK, check_body(mac=MAC), {"Content-Type": "text/xml"})
        response = conn.getresponse()
        return response.status, response.read()
    except OSError:
        return None


def test_serve_runs_headless_and_stops_cleanly_on_sigterm(services, data_dir, package):
    package(NEW)
    services.apply(RuleAction.APPROVE, RuleFilter())
    port = _free_port()
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    env.pop("UCUPDATES_DATA_DIR", None)
    process = subprocess.Popen(
        [sys.executable, "-m", "app", "--data-dir", str(data_dir), "serve", "--host",
         "127.0.0.1", "--port", str(port)],
        cwd=ROOT, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    try:
        def answered():
            assert process.poll() is None, process.communicate()
            return _post_check(port)
        status, body = wait_for(answered, timeout=20, what="the server to answer")
        assert status == 200 and b'Approval="Approved"' in body
        process.send_signal(signal.SIGTERM)
        _, stderr = process.communicate(timeout=20)
    finally:
        if process.poll() is None:
            process.kill()
            process.communicate()
    assert process.returncode == 0, stderr
    assert b"Traceback" not in stderr, stderr
    (audit_file,) = (data_dir / AUDIT_DIR).glob("*.log")
    header, *rows = csv.reader(io.StringIO(audit_file.read_text(encoding="utf-8")))
    assert header[0] == "Logging DateTime" and len(rows) == 1
    fields = rows[0]
    assert len(fields) == 13 and fields[3] == MAC and fields[12] == "offered"
    assert [e.mac for e in services.inventory()] == [MAC]


def test_stopping_right_after_traffic_is_clean_every_time(services, data_dir, package):
    package(NEW)
    for _ in range(40):
        server = Web(services, data_dir, package)
        try:
            assert server.check(mac=MAC).status == 200
        finally:
            server.stop()  # must not raise (it once wrote to the closed wake-up pipe)
        assert not server.runner.running
    assert sum(e.checks for e in services.inventory()) == 40
    assert len(server.audit_lines()) == 40


def test_a_device_seen_with_mac_then_by_serial_only_stays_one_entry(web):
    web.check(mac=MAC, serial=SERIAL)
    wait_for(web.services.inventory, what="the housekeeping flush")
    web.check(serial=SERIAL)
    web.stop()
    assert [(e.mac, e.serial, e.checks) for e in web.services.inventory()] == [(MAC, SERIAL, 2)]


def test_serve_names_this_machine_not_0_0_0_0_when_listening_on_all_addresses():
    everywhere = ServerState(True, "0.0.0.0", 8080)
    assert phone_urls(everywhere, "pbx-room", ["127.0.1.1", "192.168.1.5", "192.168.1.5",
                                               "10.0.0.7"]) == [
        "http://pbx-room:8080", "http://192.168.1.5:8080", "http://10.0.0.7:8080"]
    assert phone_urls(ServerState(True, "::", 8080), "pbx-room", ["::1", "2001:db8::5"]) == [
        "http://pbx-room:8080", "http://[2001:db8::5]:8080"]
    # a name that does not resolve still names the machine
    assert phone_urls(everywhere, "pbx-room", []) == ["http://pbx-room:8080"]
    # bound to one address: that address
    assert phone_urls(ServerState(True, "192.168.1.5", 80), "pbx-room", []) == [
        "http://192.168.1.5:80"]
