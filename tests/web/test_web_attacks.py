"""What an attacker found (issue 9), each through real sockets against a running server.

Attackers use other loopback addresses (127.0.0.2 and up: all of 127/8 is
loopback on Linux) by binding their sockets before connecting, so the
per-address limits see them as different machines while the legitimate
phone stays on 127.0.0.1.
"""

from __future__ import annotations

import contextlib
import http.client
import re
import select
import socket
import threading
import time
from email.utils import formatdate

import pytest
from web_support import CHECK, MAC, NEWER, Reply, basic, check_body

from app.web.connections import DeviceServer

EXT = "/DeviceUpdateFiles_Ext/"
ALICE = basic("alice", "long-password")
ATTACKERS = [f"127.0.0.{n}" for n in range(2, 31)]
pytestmark = pytest.mark.skipif(not hasattr(select, "poll"), reason="needs poll()")


# -- raw connections ------------------------------------------------------------------------


def _connect(web, source: str, first_bytes: bytes = b"") -> socket.socket:
    sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    sock.settimeout(5)
    sock.bind((source, 0))
    sock.connect((web.host, web.port))
    if first_bytes:
        sock.sendall(first_bytes)
    return sock


def _closed_by_server(socks: list[socket.socket], timeout: float,
                      wanted: int | None = None) -> int:
    """How many of *socks* the server closes (EOF or reset) within *timeout* seconds,
    returning early once *wanted* (default: all) are closed."""
    wanted = len(socks) if wanted is None else wanted
    by_fd = {s.fileno(): s for s in socks}
    poller = select.poll()  # select() cannot watch descriptors above 1024
    for fd in by_fd:
        poller.register(fd, select.POLLIN)
    closed, deadline = 0, time.monotonic() + timeout
    while closed < wanted and (left := deadline - time.monotonic()) > 0:
        for fd, _ in poller.poll(left * 1000):
            try:
                data = by_fd[fd].recv(65536, socket.MSG_DONTWAIT)
            except BlockingIOError:
                continue
            except OSError:  # reset: closed with our bytes unread
                data = b""
            if not data:
                poller.unregister(fd)
                closed += 1
    return closed


class Trickle:
    """Sends one more header line on every connection each *every* seconds (slowloris)."""

    def __init__(self, socks: list[socket.socket], every: float = 1.0) -> None:
        self.socks, self.every = socks, every
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, daemon=True)
        self._thread.start()

    def _run(self) -> None:
        while not self._stop.wait(self.every):
            for sock in self.socks:
                with contextlib.suppress(OSError):  # closed by the server, as it should be
                    sock.send(b"X-Slow: 1\r\n", socket.MSG_DONTWAIT)

    def stop(self) -> None:
        self._stop.set()
        self._thread.join(timeout=5)


def _timed_check(web) -> float:
    started = time.monotonic()
    reply = web.check(mac="00-04-F2-00-00-01")
    assert reply.status == 200 and reply.xml.tag == "UpdateResponse"
    return time.monotonic() - started


HEADERS_START = b"POST " + CHECK.encode() + b" HTTP/1.1\r\nHost: x\r\n"


# -- 1. slowloris ---------------------------------------------------------------------------------


def test_slow_clients_neither_block_checks_nor_stay_past_the_header_deadline(web, monkeypatch):
    """Enough slowloris connections to pass descriptor 1024 in this process (select()
    failed there); checks are answered promptly; every slow client is cut off once the
    header deadline passes: trickled headers, silence, and a trickled body alike."""
    body_start = HEADERS_START + b"Content-Type: text/xml\r\nContent-Length: 60000\r\n\r\n<a>"
    slow = [_connect(web, ATTACKERS[n % len(ATTACKERS)], HEADERS_START) for n in range(520)]
    silent = [_connect(web, ATTACKERS[n % len(ATTACKERS)]) for n in range(20)]
    dribbling = [_connect(web, ATTACKERS[n % len(ATTACKERS)], body_start) for n in range(20)]
    attack = Trickle(slow + dribbling)
    try:
        assert max(slow[-1].fileno(), dribbling[-1].fileno()) > 1024 // 2
        latencies = [_timed_check(web) for _ in range(5)]
        assert max(latencies) < 2.0, latencies
        assert _closed_by_server(slow + silent + dribbling, timeout=0.5) == 0
        monkeypatch.setattr(DeviceServer, "header_deadline", 2.0)
        everyone = slow + silent + dribbling
        assert _closed_by_server(everyone, timeout=8) == len(everyone)
        web.ok()
    finally:
        attack.stop()
        for sock in slow + silent + dribbling:
            sock.close()


def test_one_address_cannot_hold_more_than_its_share_of_connections(web):
    limit = DeviceServer.max_per_address
    greedy = [_connect(web, "127.0.0.31", HEADERS_START) for _ in range(limit + 10)]
    proxy = []
    try:
        assert _closed_by_server(greedy, timeout=2, wanted=10) == 10
        assert _closed_by_server(greedy, timeout=0.5) == 10  # the others stay
        web.ok()  # another address is served
        with pytest.raises((http.client.HTTPException, OSError)):
            _request_from(web, "127.0.0.31", "POST", CHECK, check_body())
        # a trusted proxy speaks for many phones: no cap
        web.services.set_setting("TrustedProxies", "127.0.0.32")
        proxy = [_connect(web, "127.0.0.32", HEADERS_START) for _ in range(limit + 10)]
        assert _closed_by_server(proxy, timeout=1) == 0
    finally:
        for sock in greedy + proxy:
            sock.close()


# -- 4. request smuggling -------------------------------------------------------------------------


def _exchange(web, data: bytes, timeout: float = 5.0) -> tuple[bytes, bool]:
    """Send *data* without closing our side; (everything answered, whether the server closed)."""
    with socket.create_connection((web.host, web.port), timeout=timeout) as sock:
        sock.sendall(data)
        chunks = []
        try:
            while chunk := sock.recv(65536):
                chunks.append(chunk)
        except TimeoutError:
            return b"".join(chunks), False
        except ConnectionResetError:
            pass
    return b"".join(chunks), True


SMUGGLED = b"GET /DeviceUpdateFiles_Int/smuggled HTTP/1.1\r\nHost: x\r\n\r\n"


@pytest.mark.parametrize("framing", [
    b"HTTP/1.1\r\nHost: x\r\nContent-Length: %d\r\nTransfer-Encoding: chunked\r\n",
    b"HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: chunked\r\nContent-Length: %d\r\n",
    b"HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: chunked\r\ncontent-length: %d\r\n",
    b"HTTP/1.0\r\nHost: x\r\nConnection: keep-alive\r\nTransfer-Encoding: chunked\r\n"
    b"Content-Length: %d\r\n",
])
def test_content_length_beside_transfer_encoding_is_refused_and_the_connection_closed(
        web, framing):
    body = b"0\r\n\r\n" + SMUGGLED
    request = b"POST " + CHECK.encode() + b" " + framing % len(body) + b"\r\n" + body
    answer, closed = _exchange(web, request)
    statuses = re.findall(rb"HTTP/1\.[01] (\d{3}) ", answer)
    assert statuses == [b"400"], answer  # the smuggled GET is never answered
    assert closed, "the server kept the connection open after ambiguous framing"
    web.ok()


# -- 5. HEAD never carries a body ---------------------------------------------------------------


def _throttle_alice(web) -> None:
    web.services.set_user_password("alice", "long-password")
    for _ in range(5):
        web.request("GET", web.file_path(prefix=EXT), headers=basic("alice", "wrong"))


HEAD_ERRORS = {
    404: lambda web: (web.file_path(NEWER), {}),
    401: lambda web: (web.file_path(prefix=EXT), {}),
    405: lambda web: (CHECK, {}),
    416: lambda web: (web.file_path(), {"Range": "bytes=999999999-"}),
    412: lambda web: (web.file_path(), {"If-Match": '"not-this-one"'}),
    403: lambda web: (web.services.set_setting("InternalNetworks", "10.0.0.0/8"),
                      (web.file_path(), {}))[1],
    429: lambda web: (_throttle_alice(web),
                      (web.file_path(prefix=EXT), basic("alice", "wrong")))[1],
}


@pytest.mark.parametrize("status", list(HEAD_ERRORS))
def test_a_head_refused_with_an_error_sends_no_body(web, status):
    path, headers = HEAD_ERRORS[status](web)
    head = b"HEAD " + path.encode() + b" HTTP/1.1\r\nHost: x\r\n" + \
        b"".join(f"{k}: {v}\r\n".encode() for k, v in headers.items()) + b"\r\n"
    after = b"GET /no/such/thing HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n"
    answer, closed = _exchange(web, head + after)  # one keep-alive connection
    assert closed
    head_part, _, rest = answer.partition(b"\r\n\r\n")
    assert head_part.startswith(b"HTTP/1.1 %d " % status), head_part
    assert int(re.search(rb"Content-Length: (\d+)", head_part).group(1)) > 0  # as GET's
    # the next response on the connection starts right after the HEAD's headers
    assert rest.startswith(b"HTTP/1.1 404 "), rest[:100]
    assert rest.endswith(b'<UpdateError Reason="not-found"/>\n')


# -- 6. one address cannot lock an account for another ----------------------------------------


def _request_from(web, source: str, method: str, path: str, body: bytes | None = None,
                  headers: dict[str, str] | None = None) -> Reply:
    conn = http.client.HTTPConnection(web.host, web.port, timeout=10,
                                      source_address=(source, 0))
    try:
        conn.request(method, path, body=body, headers=headers or {})
        response = conn.getresponse()
        return Reply(response.status, {k.lower(): v for k, v in response.getheaders()},
                     response.read())
    finally:
        conn.close()


def test_wrong_passwords_from_one_address_do_not_lock_the_account_elsewhere(web):
    web.services.set_user_password("alice", "long-password")
    path = web.file_path(prefix=EXT)
    wrong = basic("alice", "wrong-password")
    assert [_request_from(web, "127.0.0.2", "GET", path, headers=wrong).status
            for _ in range(6)] == [401] * 5 + [429]
    assert _request_from(web, "127.0.0.2", "GET", path, headers=ALICE).status == 429
    # the real alice, elsewhere, is not locked out
    assert _request_from(web, "127.0.0.3", "GET", path, headers=ALICE).status == 200
    assert _request_from(web, "127.0.0.3", "GET", path, headers=ALICE).status == 200


# -- 7. unreadable X-Forwarded-For ----------------------------------------------------------------


@pytest.mark.parametrize(("forwarded", "status", "audited"), [
    ("garbage", 403, "unknown"),
    ("127.0.0.1, garbage", 403, "unknown"),
    ("10.1.2.3, garbage", 403, "unknown"),
    ("", 200, "127.0.0.1"),  # no header: the proxy's own request
    ("203.0.113.5:4711", 403, "203.0.113.5"),
    ("[2001:db8::1]:4711", 403, "2001:db8::1"),
    ("[2001:db8::1]", 403, "2001:db8::1"),
    ("2001:db8::1", 403, "2001:db8::1"),
    ("10.1.2.3:4711", 200, "10.1.2.3"),
    ("[::ffff:10.1.2.3]:80", 200, "10.1.2.3"),
    ("10.1.2.3:notaport", 403, "unknown"),
    ("[2001:db8::1", 403, "unknown"),
])
def test_forwarded_for_is_parsed_and_anything_unreadable_is_outside(web, forwarded, status,
                                                                     audited):
    web.services.set_setting("TrustedProxies", "127.0.0.1")
    headers = {"X-Forwarded-For": forwarded} if forwarded else {}
    reply = web.check(mac=MAC, headers=headers)
    assert reply.status == status, reply.body
    web.stop()
    assert [row[1] for row in web.audit_lines()] == [audited]


# -- 10. conditional requests on downloads -------------------------------------------------------


def test_conditional_requests_on_downloads(web):
    path = web.file_path()
    etag = web.request("HEAD", path).headers["etag"]
    past = formatdate(time.time() - 7 * 86400, usegmt=True)
    future = formatdate(time.time() + 86400, usegmt=True)
    cases = [
        ({"If-None-Match": f"W/{etag}"}, 304),
        ({"If-None-Match": f'"other", W/{etag}'}, 304),
        ({"If-None-Match": "*"}, 304),
        ({"If-None-Match": '"other"'}, 200),
        ({"If-None-Match": '"other"', "If-Modified-Since": future}, 200),  # ETag wins
        ({"If-Modified-Since": future}, 304),
        ({"If-Modified-Since": past}, 200),
        ({"If-Modified-Since": "not a date"}, 200),
        ({"If-Match": etag}, 200),
        ({"If-Match": "*"}, 200),
        ({"If-Match": '"other"'}, 412),
        ({"If-Match": f"W/{etag}"}, 412),  # If-Match compares strongly
        ({"If-Unmodified-Since": past}, 412),
        ({"If-Unmodified-Since": future}, 200),
        ({"If-Match": etag, "If-Unmodified-Since": past}, 200),  # If-Match wins
        ({"If-Unmodified-Since": "yesterday"}, 200),
        ({"If-Match": '"other"', "If-None-Match": etag}, 412),
        ({"Range": "Bytes=0-9"}, 206),
        ({"Range": "BYTES=0-9"}, 206),
        ({"Range": "bytes=0-9,20-29"}, 200),  # several ranges: the whole file is valid
    ]
    for headers, status in cases:
        for method in ("GET", "HEAD"):
            reply = web.request(method, path, headers=headers)
            assert reply.status == status, (method, headers, reply.status)
            if status == 206:
                assert reply.headers["content-range"].startswith("bytes 0-9/")
                assert len(reply.body) == (10 if method == "GET" else 0)
            if status == 304:
                assert reply.body == b"" and reply.headers["etag"] == etag
            if status == 412:
                assert method == "HEAD" or b'Reason="precondition-failed"' in reply.body
    assert "last-modified" in web.request("GET", path).headers

