"""Hostile input over HTTP: each refused with the right 4xx, the server still serving, nothing
written where it must not be."""

from __future__ import annotations

import socket
import threading
import time
from pathlib import Path

import pytest
from web_support import CHECK, CHECK_EXT, CX600, MAC, NEW, OLD, basic, check_body

MARKER = b"TOP-SECRET-MARKER-5e1f"


def _outside_audit(data_dir: Path) -> dict[str, bytes]:
    """Every file of the data folder except the audit log and SQLite's own files."""
    return {p.relative_to(data_dir).as_posix(): p.read_bytes()
            for p in data_dir.rglob("*")
            if p.is_file() and "Audit" not in p.parts and not p.name.startswith("store.sqlite3")}


def _raw(web, data: bytes, timeout: float = 10.0) -> bytes:
    """Send raw bytes, return everything the server answers until it closes."""
    with socket.create_connection((web.host, web.port), timeout=timeout) as sock:
        sock.sendall(data)
        sock.shutdown(socket.SHUT_WR)
        chunks = []
        while chunk := sock.recv(65536):
            chunks.append(chunk)
    return b"".join(chunks)


def _status(raw: bytes) -> int:
    return int(raw.split(b" ", 2)[1])


def _kind_without(field: str) -> bytes:
    body = check_body(mac=MAC).decode()
    start = body.index(f"<{field}>")
    end = body.index(f"</{field}>") + len(f"</{field}>")
    return (body[:start] + body[end:]).encode()


BILLION_LAUGHS = b"""<?xml version="1.0"?>
<!DOCTYPE lolz [
 <!ENTITY lol "lol">
 <!ENTITY lol1 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">
 <!ENTITY lol2 "&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;">
 <!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;">
 <!ENTITY lol4 "&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;">
 <!ENTITY lol5 "&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;">
 <!ENTITY lol6 "&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;">
 <!ENTITY lol7 "&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;">
 <!ENTITY lol8 "&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;">
 <!ENTITY lol9 "&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;">
]>
<UpdateRequest><DeviceType>&lol9;</DeviceType></UpdateRequest>"""

XXE = check_body(user="&xxe;").replace(
    b"<UpdateRequest>",
    b'<?xml version="1.0"?><!DOCTYPE UpdateRequest [<!ENTITY xxe SYSTEM '
    b'"file:///etc/passwd">]><UpdateRequest>')

EXTERNAL_DTD = b'<?xml version="1.0"?><!DOCTYPE UpdateRequest SYSTEM "file:///etc/passwd">' + \
    check_body()

BAD_BODIES = {
    "empty": (b"", "malformed-xml"),
    "not-xml": (b"hello, server", "malformed-xml"),
    "unclosed": (check_body()[:-20], "malformed-xml"),
    "two-roots": (check_body() + b"<UpdateRequest/>", "malformed-xml"),
    "bad-utf8": (check_body().replace(b"UCPhone", b"UC\xffPhone"), "malformed-xml"),
    "unknown-encoding": (b'<?xml version="1.0" encoding="x-no-such-codec"?>' + check_body(),
                         "malformed-xml"),
    "multibyte-encoding": (b'<?xml version="1.0" encoding="shift_jis"?>' + check_body(),
                           "malformed-xml"),
    "billion-laughs": (BILLION_LAUGHS, "dtd-not-allowed"),
    "external-entity": (XXE, "dtd-not-allowed"),
    "external-dtd": (EXTERNAL_DTD, "dtd-not-allowed"),
    "wrong-root": (b"<UpdateResponse Downloads='0'/>", "not-an-update-request"),
    "deep-nesting": (b"<a>" * 9000 + b"</a>" * 9000, "not-an-update-request"),
    **{f"missing-{f}": (_kind_without(f), f"missing-{f}")
       for f in ("DeviceType", "Brand", "Model", "Revision", "Locale")},
    "empty-Model": (check_body(kind=("UCPhone", "Polycom", " ", "A", "ENU")), "missing-Model"),
    "missing-Modules": (_kind_without("Modules"), "missing-Modules"),
    "empty-Modules": (check_body(modules=()), "missing-Modules"),
    "bad-kind": (check_body(kind=("UCPhone", "Poly/../com", "CX600", "A", "ENU")),
                 "bad-device-kind"),
    "bad-update-type": (check_body(modules=(("../CPE", OLD),)), "bad-update-type"),
    "bad-mac": (check_body(mac="00-04-F2-12-34"), "bad-mac-address"),
    "bad-serial": (check_body(serial="CX600 0001;x"), "bad-serial-number"),
    "user-with-newline": (check_body(user="eve&#13;&#10;forged"), "bad-user-id"),
    "user-too-long": (check_body(user="u" * 257), "bad-user-id"),
    **{f"version-{v or 'empty'}": (check_body(modules=(("CPE", v),)), "bad-version")
       for v in ("4.0.7577", "4.0.7577.4066.1", "4.0.7577.65536", "a.b.c.d", "", "-1.0.0.0",
                 "4.0.7577.4066 x", "4..7577.4066", "4.0.7577.123456")},
    "no-version-attribute": (check_body(modules=(("CPE", OLD),)).replace(
        f' Version="{OLD}"'.encode(), b""), "bad-version"),
}


@pytest.mark.parametrize("name", list(BAD_BODIES))
def test_bad_check_bodies_are_refused_and_change_nothing(web, name):
    body, reason = BAD_BODIES[name]
    before = _outside_audit(web.data_dir)
    reply = web.check(body)
    assert (reply.status, reply.reason) == (400, reason), reply.body
    assert reply.headers["content-type"] == "text/xml; charset=utf-8"
    assert b"root:" not in reply.body  # nothing of /etc/passwd comes back
    web.ok()
    web.stop()
    assert [row[12] for row in web.audit_lines()] == [f"400 {reason}", "no-update"]
    assert [e.mac for e in web.services.inventory()] == ["00-04-F2-00-00-01"]
    assert _outside_audit(web.data_dir) == before


def test_a_ten_megabyte_check_is_refused_with_413(web):
    body = check_body()[:-len("</UpdateRequest>")] + b" " * (10 * 1024 * 1024) + \
        b"</UpdateRequest>"
    reply = web.check(body)
    assert (reply.status, reply.reason) == (413, "too-large")
    # just over the limit is refused too; exactly at it is parsed
    limit = 64 * 1024
    base = check_body(mac=MAC)
    padded = base.replace(b"<Modules>", b" " * (limit - len(base)) + b"<Modules>")
    assert len(padded) == limit and web.check(padded).status == 200
    assert web.check(padded + b" ").status == 413
    web.ok()
    web.stop()
    assert [row[12] for row in web.audit_lines()] == [
        "413 too-large", "no-update", "413 too-large", "no-update"]


def _plant_secrets(web) -> None:
    (web.data_dir / "secret.txt").write_bytes(MARKER)
    (web.data_dir.parent / "secret.txt").write_bytes(MARKER)
    (web.data_dir / "DeviceUpdateStore" / "secret.txt").write_bytes(MARKER)


STORE_DIR = "/".join((*CX600, NEW, "CPE"))
DOWNLOAD_TRAVERSALS = [
    "../../secret.txt",
    "../secret.txt",
    f"{STORE_DIR}/../../../../../../../secret.txt",
    "%2e%2e/%2e%2e/secret.txt",
    "%2E%2E%2F%2E%2E%2Fsecret.txt",
    f"{STORE_DIR}/..%2f..%2f..%2f..%2f..%2f..%2f..%2f..%2fsecret.txt",
    f"{STORE_DIR}/%2e%2e%2f%2e%2e%2f%2e%2e%2f%2e%2e%2f%2e%2e%2f%2e%2e%2f%2e%2e%2fsecret.txt",
    "UCPhone/Polycom/CX600/A/ENU/4.0.7577.4366/CPE/%2e%2e/secret.txt",
    "UCPhone/Polycom/CX600/A/ENU/%2e%2e/%2e%2e/secret.txt",
    f"{STORE_DIR}/..%5c..%5c..%5c..%5c..%5c..%5c..%5c..%5csecret.txt",
    f"{STORE_DIR}/..\\..\\..\\..\\..\\..\\..\\..\\secret.txt",
    "%5c..%5c..%5csecret.txt",
    "/etc/passwd",
    "%2fetc%2fpasswd",
    f"{STORE_DIR}/%2fetc%2fpasswd",
    "C:%5cWindows%5cwin.ini",
    f"{STORE_DIR}/CPE.nbt%00.txt",
    f"{STORE_DIR}/CPE.nbt%00",
    f"{STORE_DIR}/%00",
    f"{STORE_DIR}/..%252f..%252fsecret.txt",
    f"{STORE_DIR}/../{NEW}/CPE.nbt",
    f"{STORE_DIR}/./CPE.nbt",
]


@pytest.mark.parametrize("prefix", ["/DeviceUpdateFiles_Int/", "/DeviceUpdateFiles_Ext/"])
def test_path_traversal_in_download_urls_serves_nothing_outside_the_store(web, prefix):
    web.services.set_user_password("alice", "long-password")
    auth = basic("alice", "long-password")
    _plant_secrets(web)
    assert web.request("GET", web.file_path(prefix=prefix), headers=auth).status == 200
    for path in DOWNLOAD_TRAVERSALS:
        for method in ("GET", "HEAD"):
            reply = web.request(method, prefix + path, headers=auth)
            assert reply.status in (400, 404), (path, reply.status)
            assert MARKER not in reply.body and b"root:" not in reply.body, path
    web.ok()


LOG_TRAVERSALS = [
    "Watson/../../../evil.txt",
    "Watson/..%2f..%2f..%2f..%2fevil.txt",
    "Watson/%2e%2e%2f%2e%2e%2f%2e%2e%2fevil.txt",
    "Watson/..%5c..%5c..%5cevil.txt",
    "Watson/..\\..\\..\\evil.txt",
    "..%2f..%2f..%2fWatson/evil.txt",
    "%2e%2e/evil.txt",
    "../evil.txt",
    "Watson/%2ftmp%2fevil.txt",
    "Watson//tmp/evil.txt",
    "/tmp/evil.txt",
    "%2ftmp%2fevil.txt",
    "Watson/C:%5cevil.txt",
    "Watson/evil.txt%00.dmp",
    "Watson/evil%00.txt",
    "Watson/sub/evil.txt",
    "Watson/..",
    "Watson/.",
    "Watson/",
    "Watson/evil.txt/",
    "Watson",
]


def test_path_traversal_and_separators_in_log_urls_write_nothing(web, tmp_path):
    before = _outside_audit(web.data_dir)
    for path in LOG_TRAVERSALS:
        reply = web.request("PUT", "/RequestHandler/Logs/" + path, MARKER)
        assert reply.status == 400, (path, reply.status, reply.body)
    web.ok()
    written = [p for p in tmp_path.rglob("*") if p.is_file() and MARKER in p.read_bytes()]
    assert written == []
    assert not list(tmp_path.rglob("evil*"))
    assert _outside_audit(web.data_dir) == before
    client_logs = web.data_dir / "Logs" / "Client"
    assert not client_logs.exists() or not [p for p in client_logs.rglob("*") if p.is_file()]


def test_raw_nul_and_control_bytes_in_the_request_line_are_refused(web):
    for target in (b"/DeviceUpdateFiles_Int/" + STORE_DIR.encode() + b"/CPE.nbt\x00.txt",
                   b"/RequestHandler/Logs/Watson/evil\x00.txt",
                   b"/RequestHandler/Logs/Watson/evil\r.txt"):
        answer = _raw(web, b"PUT " + target + b" HTTP/1.1\r\nHost: x\r\nContent-Length: 1"
                      b"\r\nConnection: close\r\n\r\nx")
        assert _status(answer) in (400, 404, 405), answer[:200]
    web.ok()
    assert not list(web.data_dir.rglob("evil*"))


def test_separators_and_newlines_cannot_forge_audit_lines(web):
    web.approve()
    user = "eve;1.2.3.4;UCPhone,x#y%z"
    checks = [
        web.check(mac=MAC, user=user),  # answered: the user goes into the line, encoded
        web.check(mac=MAC, user=user, external=True),
        web.check(mac=MAC, user="eve\n2024-01-01T00:00:00Z;6.6.6.6;forged"),  # refused
        web.check(mac=MAC, user="eve&#13;&#10;2024-01-01T00:00:00Z;6.6.6.6;forged"),
        web.check(mac=MAC, modules=(("CPE&#10;", OLD),)),  # a newline in an attribute
        web.check(mac=MAC, modules=(("CPE", f"{OLD}&#10;"),)),
    ]
    assert [c.status for c in checks[:2]] == [200, 200]
    assert [c.status for c in checks[2:4]] == [400, 400]
    assert checks[4].status in (200, 400) and checks[5].status == 200
    web.stop()
    rows = web.audit_lines()  # 13 cells each, the header first
    assert len(rows) == len(checks)
    assert rows[0][11] == rows[1][11] == user  # kept whole by RFC 4180 quoting
    assert rows[0][10] == f"CPE/{NEW}/Approved"
    assert all(row[1] == "127.0.0.1" for row in rows)
    assert not any("6.6.6.6" in field for row in rows for field in row[:11])


def test_wrong_methods_get_405_with_allow(web):
    web.approve()
    before = _outside_audit(web.data_dir)
    cases = [(path, method, "POST") for path in (CHECK, CHECK_EXT)
             for method in ("GET", "PUT", "DELETE", "HEAD", "OPTIONS", "PATCH")]
    cases += [(web.file_path(), method, "GET, HEAD") for method in ("POST", "PUT", "DELETE")]
    cases += [("/RequestHandler/Logs/Watson/a.txt", method, "PUT")
              for method in ("GET", "POST", "DELETE", "HEAD")]
    for path, method, allow in cases:
        reply = web.request(method, path, b"<x/>" if method != "HEAD" else None)
        assert reply.status == 405, (method, path, reply.status)
        assert reply.headers.get("allow") == allow, (method, path)
    web.ok()
    assert web.request("GET", web.file_path()).status == 200  # DELETE deleted nothing
    web.stop()
    assert _outside_audit(web.data_dir) == before
    outcomes = [row[12] for row in web.audit_lines()]
    assert outcomes == ["405 method-not-allowed"] * 12 + ["offered"]


def test_malformed_http_is_refused_and_the_server_keeps_serving(web):
    bad = [
        b"THIS IS NOT HTTP\r\n\r\n",
        b"POST " + CHECK.encode() + b" HTTP/1.1\r\nHost: x\r\nContent-Length: abc\r\n\r\n",
        b"POST " + CHECK.encode() + b" HTTP/1.1\r\nHost: x\r\nContent-Length: -5\r\n\r\n",
        b"POST " + CHECK.encode() + b" HTTP/1.1\r\nHost: x\r\nContent-Length: 5\r\n"
        b"Transfer-Encoding: chunked\r\n\r\n0\r\n\r\n",
        b"POST " + CHECK.encode() + b" HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: chunked\r\n\r\n"
        b"zz\r\n",
        b"GET / HTTP/1.1\r\nHost: x\r\nNo colon here\r\n\r\n",
    ]
    for data in bad:
        answer = _raw(web, data)
        assert 400 <= _status(answer) < 500, (data[:60], answer[:200])
        web.ok()
    # headers over waitress's limit: a 431, or a reset while we are still sending
    try:
        answer = _raw(web, b"GET / HTTP/1.1\r\nHost: x\r\nX-Big: " + b"a" * 300_000 +
                      b"\r\n\r\n")
        assert 400 <= _status(answer) < 500
    except (ConnectionResetError, BrokenPipeError):
        pass
    web.ok()


def test_a_chunked_check_is_answered(web):
    body = check_body(mac=MAC)
    chunked = b"".join(b"%x\r\n%s\r\n" % (len(body[i:i + 50]), body[i:i + 50])
                       for i in range(0, len(body), 50)) + b"0\r\n\r\n"
    answer = _raw(web, b"POST " + CHECK.encode() + b" HTTP/1.1\r\nHost: x\r\n"
                  b"Content-Type: text/xml\r\nTransfer-Encoding: chunked\r\n"
                  b"Connection: close\r\n\r\n" + chunked)
    assert _status(answer) == 200 and b"<UpdateResponse" in answer


def test_a_slow_client_does_not_hold_up_the_others(web):
    web.approve()
    body = check_body(mac=MAC)
    request = (b"POST " + CHECK.encode() + b" HTTP/1.1\r\nHost: x\r\nContent-Type: text/xml\r\n"
               b"Connection: close\r\nContent-Length: %d\r\n\r\n" % len(body)) + body
    result: dict[str, bytes] = {}
    trickling = threading.Event()

    def trickle() -> None:
        with socket.create_connection((web.host, web.port), timeout=15) as sock:
            pause = 2.0 / len(request)  # the whole request takes about two seconds
            for i in range(len(request)):
                sock.sendall(request[i:i + 1])
                trickling.set()
                time.sleep(pause)
            chunks = []
            while chunk := sock.recv(65536):
                chunks.append(chunk)
        result["answer"] = b"".join(chunks)

    # also hold more half-sent requests open than the server has worker threads
    stalled = [socket.create_connection((web.host, web.port), timeout=5) for _ in range(20)]
    for sock in stalled:
        sock.sendall(b"POST " + CHECK.encode() + b" HTTP/1.1\r\nHost: x\r\nContent-Le")
    slow = threading.Thread(target=trickle)
    slow.start()
    try:
        assert trickling.wait(5)
        answered = 0
        while slow.is_alive() and answered < 20:
            started = time.monotonic()
            reply = web.check(mac="00-04-F2-00-00-02")
            assert reply.status == 200
            assert time.monotonic() - started < 1.0  # promptly, while the slow one trickles
            answered += 1
        assert answered >= 5 and slow.is_alive()
    finally:
        slow.join(timeout=20)
        for sock in stalled:
            sock.close()
    assert not slow.is_alive()
    answer = result["answer"]
    assert _status(answer) == 200 and b'Approval="Approved"' in answer
