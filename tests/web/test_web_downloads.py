"""Downloads over HTTP (docs/protocol.md §6.2): headers, ranges, resumption, versions, accounts."""

from __future__ import annotations

import socket

import pytest
from web_support import CX600, MAC, NEW, NEWER, OLD, basic, sha256

from app.domain.rules import RuleAction
from app.domain.test_devices import TestDevice

EXT = "/DeviceUpdateFiles_Ext/"
ALICE = basic("alice", "long-password")


def test_get_and_head_carry_length_etag_and_accept_ranges(web):
    data = web.stored(NEW, "CPE.nbt").read_bytes()
    for method in ("GET", "HEAD"):
        reply = web.request(method, web.file_path())
        assert reply.status == 200
        assert reply.headers["content-length"] == str(len(data))
        assert reply.headers["etag"] == f'"{sha256(data)}"'
        assert reply.headers["accept-ranges"] == "bytes"
        assert reply.headers["content-type"] == "application/octet-stream"
        assert reply.body == (data if method == "GET" else b"")
    # names match without case, like the rules
    lower = web.file_path(kind=tuple(p.lower() for p in CX600), name="cpe.NBT")
    assert web.request("GET", lower).body == data
    assert web.request("GET", web.file_path(name="CPE.txt")).status == 404
    assert web.request("GET", web.file_path(kind=("UCPhone", "HP", "4120", "A", "ENU"))
                       ).status == 404


def _read_part(web, path: str, keep: int) -> tuple[dict[str, str], bytes]:
    """GET *path* on a raw socket, keep the first *keep* body bytes, then hang up."""
    sock = socket.create_connection((web.host, web.port), timeout=10)
    try:
        sock.sendall(f"GET {path} HTTP/1.1\r\nHost: {web.host}\r\n\r\n".encode())
        buffer = b""
        while b"\r\n\r\n" not in buffer:
            chunk = sock.recv(65536)
            assert chunk, "connection closed before the headers"
            buffer += chunk
        head, body = buffer.split(b"\r\n\r\n", 1)
        lines = head.decode("latin-1").split("\r\n")
        assert lines[0].split()[1] == "200"
        headers = {k.strip().lower(): v.strip()
                   for k, v in (line.split(":", 1) for line in lines[1:])}
        while len(body) < keep:
            chunk = sock.recv(65536)
            assert chunk
            body += chunk
        return headers, body[:keep]
    finally:
        sock.close()  # mid-transfer: the rest is never read


def test_an_interrupted_download_resumes_with_a_range(web):
    size = 2 * 1024 * 1024
    web.package(NEWER, image_size=size)  # pending: referenced, so served
    web.services.add_test_device(TestDevice.checked("lab", mac=MAC))
    offer = web.check(mac=MAC)
    (element,) = [f for f in offer.downloads[0] if f.get("Name") == "CPE.nbt"]
    assert offer.downloads[0].get("Version") == NEWER
    path = web.file_path(NEWER)
    headers, first = _read_part(web, path, size // 2 + 123)
    assert headers["content-length"] == str(size)
    etag = headers["etag"]
    web.ok()  # the hang-up left the server healthy

    rest = web.request("GET", path, headers={"Range": f"bytes={len(first)}-", "If-Range": etag})
    assert rest.status == 206
    assert rest.headers["content-range"] == f"bytes {len(first)}-{size - 1}/{size}"
    assert rest.headers["content-length"] == str(size - len(first))
    whole = first + rest.body
    assert len(whole) == int(element.get("Size")) == size
    assert sha256(whole) == element.get("Sha256") == etag.strip('"')


def test_bounded_and_suffix_ranges(web):
    data = web.stored(NEW, "CPE.nbt").read_bytes()
    size = len(data)
    cases = {
        "bytes=0-0": (0, 0),
        "bytes=100-199": (100, 199),
        "bytes=-100": (size - 100, size - 1),
        f"bytes=-{size * 3}": (0, size - 1),  # suffix longer than the file: all of it
        f"bytes={size - 10}-{size * 2}": (size - 10, size - 1),  # clipped to the end
        f"bytes={size - 1}-": (size - 1, size - 1),
    }
    for header, (first, last) in cases.items():
        for method in ("GET", "HEAD"):
            reply = web.request(method, web.file_path(), headers={"Range": header})
            assert reply.status == 206, header
            assert reply.headers["content-range"] == f"bytes {first}-{last}/{size}", header
            assert reply.headers["content-length"] == str(last - first + 1), header
            assert reply.body == (data[first:last + 1] if method == "GET" else b""), header


def test_ranges_served_whole_or_refused(web):
    data = web.stored(NEW, "CPE.nbt").read_bytes()
    size = len(data)
    for header in (f"bytes={size}-", f"bytes={size + 5}-{size + 10}", "bytes=-0", "bytes=9-3"):
        reply = web.request("GET", web.file_path(), headers={"Range": header})
        assert reply.status == 416, header
        assert reply.headers["content-range"] == f"bytes */{size}", header
    # a stale If-Range, several ranges, or another unit: the whole file (a valid answer)
    for headers in ({"Range": "bytes=0-9", "If-Range": '"0000"'},
                    {"Range": "bytes=0-9,20-29"}, {"Range": "items=0-9"}):
        reply = web.request("GET", web.file_path(), headers=headers)
        assert reply.status == 200 and reply.body == data, headers
    # the client's copy is current
    etag = f'"{sha256(data)}"'
    reply = web.request("GET", web.file_path(), headers={"If-None-Match": etag})
    assert reply.status == 304 and reply.body == b""
    web.ok()


def test_pending_reset_version_is_no_longer_served(web):
    path = web.file_path(NEW)
    assert web.request("GET", path).status == 200  # pending is referenced
    web.act(RuleAction.RESET)
    assert web.stored(NEW, "CPE.nbt").is_file()  # still on disk until clear-files
    for method in ("GET", "HEAD"):
        reply = web.request(method, path)
        assert reply.status == 404
        assert reply.body == b"" or b'Reason="not-found"' in reply.body


def test_restore_version_is_served_until_restored_away_and_removed_rules_serve_nothing(web):
    web.approve()
    web.package(NEWER)
    web.approve()  # approved NEWER, restore NEW
    assert web.request("GET", web.file_path(NEW)).status == 200
    assert web.request("GET", web.file_path(NEWER)).status == 200
    web.act(RuleAction.RESTORE)  # approved NEW, NEWER referenced by nothing
    assert web.request("GET", web.file_path(NEWER)).status == 404
    assert web.request("GET", web.file_path(NEW)).status == 200
    web.act(RuleAction.REMOVE)
    assert web.request("GET", web.file_path(NEW)).status == 404
    assert web.check(mac=MAC, modules=(("CPE", OLD),)).downloads == []


def test_external_download_needs_an_account(web):
    web.services.set_user_password("alice", "long-password")
    path = web.file_path(prefix=EXT)
    data = web.stored(NEW, "CPE.nbt").read_bytes()
    refusals = [{}, basic("alice", "wrong-password"), basic("mallory", "long-password"),
                {"Authorization": "Basic !!!not-base64!!!"}, {"Authorization": "Bearer abc"},
                basic("alice", "")]
    for headers in refusals[:4]:  # under the throttling threshold
        reply = web.request("GET", path, headers=headers)
        assert reply.status == 401, headers
        assert reply.headers["www-authenticate"] == 'Basic realm="Device Update"'
        assert data not in reply.body
    for method in ("GET", "HEAD"):
        reply = web.request(method, path, headers=ALICE)
        assert reply.status == 200
        assert reply.body == (data if method == "GET" else b"")
    assert web.request("GET", path, headers=basic("ALICE", "long-password")).status == 200
    assert web.request("GET", web.file_path()).status == 200  # internal: no account needed


@pytest.mark.parametrize("target", ["download", "log"])
def test_repeated_failures_are_throttled_per_account_and_address(web, target):
    web.services.set_user_password("alice", "long-password")
    if target == "download":
        def attempt(headers):
            return web.request("GET", web.file_path(prefix=EXT), headers=headers)
    else:
        def attempt(headers):
            return web.request("PUT", "/RequestHandlerExt/Logs/Watson/a.txt", b"log", headers)
    for _ in range(5):
        assert attempt(basic("alice", "wrong-password")).status == 401
    # this account from this address: refused for a while, even with the right password
    reply = attempt(ALICE)
    assert reply.status == 429 and int(reply.headers["retry-after"]) > 0
    # other accounts from this address, until the address itself has failed 20 times
    for n in range(15):
        assert attempt(basic(f"user{n}", "whatever-else")).status == 401
    for headers in (basic("bob", "whatever-else"), {}):
        reply = attempt(headers)
        assert reply.status == 429, headers
        assert int(reply.headers["retry-after"]) > 0
    assert not (web.data_dir / "Logs" / "Client").exists()
    # internal endpoints need no account, so they are not throttled
    assert web.request("GET", web.file_path()).status == 200
    web.ok()


def test_a_check_offers_what_the_download_then_serves_for_every_file(web):
    web.approve()
    download = web.check(mac=MAC).downloads[0]
    base = download.findtext("BaseURL")
    assert base.endswith(f"/DeviceUpdateFiles_Int/UCPhone/Polycom/CX600/A/ENU/{NEW}/CPE")
    for element in download.findall("File"):
        url = element.get("InternalUrl")
        assert url == f"{base}/{element.get('Name')}", "each file: the folder plus its name"
        path = url[url.index("/DeviceUpdateFiles_Int/"):]
        reply = web.request("GET", path)
        assert reply.status == 200
        assert len(reply.body) == int(element.get("Size"))
        assert sha256(reply.body) == element.get("Sha256")
