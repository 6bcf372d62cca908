"""The update check over HTTP: docs/protocol.md §5 (what a device is offered) and §6.1."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path
from urllib.parse import urlsplit

from web_support import (
    CHECK,
    CX600,
    MAC,
    NEW,
    NEWER,
    OLD,
    SERIAL,
    basic,
    sha256,
    wait_for,
)

from app.domain.rules import RuleAction
from app.domain.test_devices import TestDevice

ROOT = Path(__file__).resolve().parents[2]


def _file(reply, name: str = "CPE.nbt"):
    (element,) = [f for f in reply.downloads[0].findall("File") if f.get("Name") == name]
    return element


def _offer(reply) -> tuple[str, str, str]:
    (download,) = reply.downloads
    return download.get("UpdateType"), download.get("Version"), download.get("Approval")


def test_ordinary_device_gets_the_approved_version_with_exact_file_details(web):
    web.approve()
    reply = web.check(mac=MAC)
    assert reply.status == 200
    assert reply.headers["content-type"] == "text/xml; charset=utf-8"
    assert reply.xml.get("PollIntervalHours") == "24"
    assert _offer(reply) == ("CPE", NEW, "Approved")
    files = {f.get("Name"): f for f in reply.downloads[0].findall("File")}
    assert set(files) == {"CPE.nbt", "CPE.cat"}
    for name, element in files.items():
        stored = web.stored(NEW, name).read_bytes()
        assert element.get("Size") == str(len(stored))
        assert element.get("Sha256") == sha256(stored)
        assert element.get("ExternalUrl") is None  # no ExternalBaseUrl configured
        url = urlsplit(element.get("InternalUrl"))
        assert (url.scheme, url.hostname, url.port) == ("http", web.host, web.port)
        assert url.path == web.file_path(NEW, name)
        download = web.request("GET", url.path)
        assert download.status == 200 and download.body == stored


def test_pending_version_reaches_test_devices_by_mac_and_by_serial_only(web):
    web.services.add_test_device(TestDevice.checked("lab phone", mac="0004f2123456"))
    web.services.add_test_device(TestDevice.checked("lab serial", serial=SERIAL))
    # nothing approved yet: ordinary phones get nothing, test devices the pending version
    assert web.check(mac="00-04-F2-AA-BB-CC").downloads == []
    assert _offer(web.check(mac="00:04:f2:12:34:56")) == ("CPE", NEW, "Pending")
    assert _offer(web.check(serial=SERIAL.lower())) == ("CPE", NEW, "Pending")
    assert _offer(web.check(mac="00-04-F2-AA-BB-CC", serial=SERIAL)) == ("CPE", NEW, "Pending")

    web.approve()
    web.package(NEWER)  # a new pending version on top of the approved one
    assert _offer(web.check(mac="00-04-F2-AA-BB-CC")) == ("CPE", NEW, "Approved")
    assert _offer(web.check(mac=MAC)) == ("CPE", NEWER, "Pending")
    assert _offer(web.check(serial=SERIAL)) == ("CPE", NEWER, "Pending")


def test_device_already_on_the_target_version_gets_no_download(web):
    web.approve()
    reply = web.check(mac=MAC, modules=(("CPE", NEW),))
    assert reply.status == 200
    assert reply.xml.get("Downloads") == "0" and reply.downloads == []


def test_after_restore_the_older_version_is_offered(web):
    web.approve()
    web.package(NEWER)
    web.approve()
    assert web.check(mac=MAC, modules=(("CPE", NEWER),)).downloads == []
    assert _offer(web.check(mac=MAC, modules=(("CPE", NEW),))) == ("CPE", NEWER, "Approved")

    web.act(RuleAction.RESTORE)
    reply = web.check(mac=MAC, modules=(("CPE", NEWER),))
    assert _offer(reply) == ("CPE", NEW, "Approved")  # older, offered to roll back
    assert _file(reply).get("Sha256") == sha256(
        web.stored(NEW, "CPE.nbt").read_bytes())
    assert web.check(mac=MAC, modules=(("CPE", NEW),)).downloads == []


def test_unknown_device_kind_or_update_type_gets_nothing(web):
    web.approve()
    for kind in (("UCPhone", "Polycom", "CX999", "A", "ENU"),
                 ("UCPhone", "Polycom", "CX600", "B", "ENU"),
                 ("UCPhone", "Polycom", "CX600", "A", "DEU")):
        reply = web.check(kind=kind, mac=MAC)
        assert reply.status == 200 and reply.xml.get("Downloads") == "0"
    # one request, two modules: only the known update type is offered
    reply = web.check(mac=MAC, modules=(("UCS", OLD), ("CPE", OLD)))
    assert _offer(reply) == ("CPE", NEW, "Approved")
    # kind names match without case
    reply = web.check(kind=tuple(p.lower() for p in CX600), mac=MAC)
    assert _offer(reply) == ("CPE", NEW, "Approved")


def test_site_scoped_test_device_only_when_the_site_matches(web):
    web.approve()
    web.package(NEWER)
    web.services.add_test_device(TestDevice.checked("berlin lab", mac=MAC, scope="site:Berlin"))
    assert _offer(web.check(mac=MAC)) == ("CPE", NEW, "Approved")  # no Site configured
    web.services.set_setting("Site", "Paris")
    assert _offer(web.check(mac=MAC)) == ("CPE", NEW, "Approved")
    web.services.set_setting("Site", "berlin")
    assert _offer(web.check(mac=MAC)) == ("CPE", NEWER, "Pending")
    web.services.set_setting("Site", "")
    assert _offer(web.check(mac=MAC)) == ("CPE", NEW, "Approved")


def test_external_url_only_when_an_external_base_url_is_configured(web):
    web.approve()
    web.services.set_user_password("alice", "long-password")
    assert all(f.get("ExternalUrl") is None for f in web.check(mac=MAC).downloads[0])
    web.services.set_setting("ExternalBaseUrl", "https://updates.example.com/")
    files = web.check(mac=MAC).downloads[0].findall("File")
    assert len(files) == 2
    for element in files:
        url = urlsplit(element.get("ExternalUrl"))
        name = element.get("Name")
        assert (url.scheme, url.netloc) == ("https", "updates.example.com")
        assert url.path == web.file_path(NEW, name, prefix="/DeviceUpdateFiles_Ext/")
        # the reverse proxy forwards that path to us; it serves the same file
        reply = web.request("GET", url.path, headers=basic("alice", "long-password"))
        assert reply.status == 200
        assert sha256(reply.body) == element.get("Sha256")


def test_configured_internal_base_url_and_poll_interval_are_used(web):
    web.approve()
    web.services.set_setting("InternalBaseUrl", "http://updates.contoso.local:8080")
    web.services.set_setting("PollIntervalHours", "12")
    reply = web.check(mac=MAC)
    assert reply.xml.get("PollIntervalHours") == "12"
    url = _file(reply).get("InternalUrl")
    assert url == "http://updates.contoso.local:8080" + web.file_path(NEW, "CPE.nbt")


def test_external_check_needs_a_signed_in_user(web):
    web.approve()
    refused = web.check(external=True, mac=MAC)
    assert refused.status == 403 and refused.reason == "sign-in-required"
    reply = web.check(external=True, mac=MAC, user="sip:alice@contoso.com")
    assert reply.status == 200 and _offer(reply) == ("CPE", NEW, "Approved")
    web.stop()
    outcomes = [(row[1], row[11], row[12]) for row in web.audit_lines()]
    assert outcomes == [("127.0.0.1", "", "403 sign-in-required"),
                        ("127.0.0.1", "sip:alice@contoso.com", "offered")]


def test_internal_endpoint_refuses_addresses_outside_the_internal_networks(web):
    web.approve()
    assert web.check(mac=MAC).status == 200  # loopback is internal by default
    web.services.set_setting("InternalNetworks", "10.0.0.0/8")
    refused = web.check(mac=MAC)
    assert refused.status == 403 and refused.reason == "not-internal"
    # internal downloads and log uploads are internal endpoints too
    assert web.request("GET", web.file_path()).status == 403
    upload = web.request("PUT", "/RequestHandler/Logs/Watson/a.txt", b"x")
    assert upload.status == 403
    assert not (web.data_dir / "Logs" / "Client").exists()
    # the external endpoint stays open
    assert web.check(external=True, mac=MAC, user="sip:bob@contoso.com").status == 200
    web.stop()
    assert [row[12] for row in web.audit_lines()] == ["offered", "403 not-internal", "offered"]


def test_forwarded_for_counts_only_from_a_trusted_proxy(web):
    web.approve()
    web.services.set_setting("InternalNetworks", "10.0.0.0/8")
    forwarded = {"X-Forwarded-For": "10.1.2.3"}
    # not trusted: the header is ignored, the peer 127.0.0.1 is outside 10/8
    assert web.check(mac=MAC, headers=forwarded).status == 403
    web.services.set_setting("TrustedProxies", "127.0.0.1")
    reply = web.check(mac=MAC, headers=forwarded)
    assert reply.status == 200 and _offer(reply) == ("CPE", NEW, "Approved")
    # a spoofed hop left of the real client does not win
    spoofed = {"X-Forwarded-For": "192.0.2.66, 10.1.2.3"}
    assert web.check(serial=SERIAL, headers=spoofed).status == 200
    web.stop()
    rows = web.audit_lines()
    assert [(r[1], r[12]) for r in rows] == [("127.0.0.1", "403 not-internal"),
                                             ("10.1.2.3", "offered"), ("10.1.2.3", "offered")]
    assert {e.address for e in web.services.inventory()} == {"10.1.2.3"}


def test_the_check_endpoint_is_exact(web):
    for path in (CHECK + "/", CHECK.upper(), CHECK + "x", "/RequestHandler/", "/"):
        assert web.request("POST", path, b"<x/>").status == 404, path
    web.ok()


def test_names_with_spaces_are_quoted_in_urls_and_served(web):
    kind = ("UCPhone", "Polycom", "CX 600 Pro", "A", "ENU")
    web.package(NEW, kinds=(kind,))
    web.approve()
    reply = web.check(kind=kind, mac=MAC)
    url = urlsplit(_file(reply).get("InternalUrl"))
    assert "/CX%20600%20Pro/" in url.path and " " not in url.path
    download = web.request("GET", url.path)
    assert download.status == 200
    assert download.body == web.stored(NEW, "CPE.nbt", kind=kind).read_bytes()


def test_an_approval_made_by_another_process_reaches_the_running_server(web, data_dir):
    assert web.check(mac=MAC).downloads == []  # pending only: nothing for this phone
    done = subprocess.run([sys.executable, "-m", "app", "--data-dir", str(data_dir), "rules",
                           "approve", "--all"], cwd=ROOT, capture_output=True, text=True,
                          timeout=60)
    assert done.returncode == 0, done.stderr
    offered = wait_for(lambda: web.check(mac=MAC).downloads, timeout=5,
                       what="the other process's approval to be offered")
    assert offered[0].get("Version") == NEW and offered[0].get("Approval") == "Approved"
