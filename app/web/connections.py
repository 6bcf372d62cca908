"""Connection-level defences of the embedded server, built on waitress's own classes.

Small sites run ``ucupdates serve`` without a reverse proxy, so the server
itself must survive what a proxy would otherwise absorb:

* slowloris: a request's headers must be complete within
  :data:`HEADER_DEADLINE` of its first byte, an idle keep-alive connection
  is closed after the same time, and a body must keep arriving at
  :data:`MIN_BODY_RATE` on average; waitress's own ``channel_timeout`` only
  closes connections that send nothing at all;
* one address may hold at most :data:`MAX_CONNECTIONS_PER_ADDRESS` open
  connections (trusted proxies excepted), so one machine cannot fill the
  connection limit;
* ambiguous request framing (RFC 9112 §6.1): Content-Length together with
  Transfer-Encoding, or Transfer-Encoding on HTTP/1.0, is refused with 400
  and the connection closed, so nothing can be smuggled behind it.

The server loop must use ``poll()`` (not ``select()``, which fails above
file descriptor 1024), and the process's open-file limit is raised so that
the connection limit fits in it.
"""

from __future__ import annotations

import logging
import select
import threading
import time
from collections import Counter
from collections.abc import Callable

from waitress.adjustments import Adjustments
from waitress.channel import HTTPChannel
from waitress.parser import HTTPRequestParser, ParsingError
from waitress.server import TcpWSGIServer

log = logging.getLogger("ucupdates.server")

# A phone sends its headers in one segment; 15 s covers four TCP
# retransmissions (1 + 2 + 4 + 8 s) on a bad link and no more.
HEADER_DEADLINE = 15.0
# A body slower than this on average (after HEADER_DEADLINE) is an attack:
# a 64 KiB update check would still have a minute, a 10 MiB log three hours.
MIN_BODY_RATE = 1024
# Phones behind one NAT check once a day; fifty at the same moment is plenty.
MAX_CONNECTIONS_PER_ADDRESS = 50
# Above this, poll() itself and waitress's per-connection buffers cost more
# than a small site's server should spend.
MAX_CONNECTIONS = 4000
# Without poll() (Windows), select() watches at most 512 sockets.
MAX_SELECT_CONNECTIONS = 500
# Descriptors kept free for files being served, the store, logs and threads.
RESERVED_FILES = 256
WANTED_OPEN_FILES = 16384
REFUSAL_LOG_SECONDS = 60.0


class DeviceRequestParser(HTTPRequestParser):
    """waitress's request parser, refusing ambiguous framing and noting when parts arrive."""

    def __init__(self, adj: Adjustments) -> None:
        super().__init__(adj)
        self.started = time.monotonic()
        self.headers_at: float | None = None

    def received(self, data: bytes) -> int:
        consumed = super().received(data)
        if self.headers_finished and self.headers_at is None:
            self.headers_at = time.monotonic()
        return consumed

    def parse_header(self, header_plus: bytes) -> None:
        super().parse_header(header_plus)
        # waitress drops Transfer-Encoding from the headers only for HTTP/1.1
        if self.chunked and "CONTENT_LENGTH" in self.headers:
            raise ParsingError("Content-Length and Transfer-Encoding together")
        if "TRANSFER_ENCODING" in self.headers:
            raise ParsingError("Transfer-Encoding is only understood in HTTP/1.1")


class DeviceChannel(HTTPChannel):
    """One connection; tells the server when it opens and closes, for the per-address cap."""

    parser_class = DeviceRequestParser

    def __init__(self, server: DeviceServer, sock, addr, adj: Adjustments, map=None) -> None:
        super().__init__(server, sock, addr, adj, map)
        self.peer = str(addr[0])
        server.connection_opened(self.peer)

    def del_channel(self, map=None) -> None:
        counted = self._fileno in self.server.active_channels
        super().del_channel(map)
        if counted:
            self.server.connection_closed(self.peer)

    def too_slow(self, now: float, monotonic: float, deadline: float) -> bool:
        """True when the client is holding this connection without making progress."""
        if self.requests:
            return False  # being answered; waitress's channel_timeout covers stalled reads
        request = self.request
        if request is None:
            return not self.total_outbufs_len and now - self.last_activity > deadline
        if request.headers_at is None:
            return monotonic - request.started > deadline
        receiving = monotonic - request.headers_at
        return receiving > deadline and request.body_bytes_received < MIN_BODY_RATE * receiving


class DeviceServer(TcpWSGIServer):
    """waitress's TCP server with the header deadline and the per-address cap."""

    channel_class = DeviceChannel
    header_deadline = HEADER_DEADLINE
    max_per_address = MAX_CONNECTIONS_PER_ADDRESS

    def __init__(self, application, adj: Adjustments,
                 exempt: Callable[[str], bool] = lambda address: False) -> None:
        """*exempt* says which peers (trusted proxies) the per-address cap spares."""
        self.open_by_address: Counter[str] = Counter()
        self._counts_lock = threading.Lock()
        self._exempt = exempt
        self.refused_connections = 0
        self._refused_since_log = 0
        self._last_refusal_log = 0.0
        super().__init__(application, map={}, adj=adj)

    def accept(self):
        pair = super().accept()
        if pair is not None and self._over_cap(str(pair[1][0])):
            pair[0].close()
            self._note_refusal(str(pair[1][0]))
            return None
        return pair

    def _over_cap(self, address: str) -> bool:
        with self._counts_lock:
            open_now = self.open_by_address[address]
        return open_now >= self.max_per_address and not self._exempt(address)

    def _note_refusal(self, address: str) -> None:
        self.refused_connections += 1
        self._refused_since_log += 1
        now = time.monotonic()
        if now - self._last_refusal_log >= REFUSAL_LOG_SECONDS:
            log.warning("refused %d connections: more than %d open from one address "
                        "(latest %s)", self._refused_since_log, self.max_per_address, address)
            self._last_refusal_log, self._refused_since_log = now, 0

    def connection_opened(self, address: str) -> None:
        with self._counts_lock:
            self.open_by_address[address] += 1

    def connection_closed(self, address: str) -> None:
        with self._counts_lock:
            self.open_by_address[address] -= 1
            if self.open_by_address[address] <= 0:
                del self.open_by_address[address]

    def maintenance(self, now: float) -> None:
        super().maintenance(now)
        monotonic = time.monotonic()
        for channel in list(self.active_channels.values()):
            if channel.too_slow(now, monotonic, self.header_deadline):
                channel.will_close = True  # the event loop closes it on its next pass


def raise_open_file_limit(wanted: int = WANTED_OPEN_FILES) -> int:
    """Raise this process's soft open-file limit toward the hard one; the soft limit after."""
    try:
        import resource
    except ImportError:  # Windows: no such limit to raise
        return wanted
    soft, hard = resource.getrlimit(resource.RLIMIT_NOFILE)
    target = wanted if hard == resource.RLIM_INFINITY else min(wanted, hard)
    if soft != resource.RLIM_INFINITY and soft < target:
        try:
            resource.setrlimit(resource.RLIMIT_NOFILE, (target, hard))
            soft = target
        except (ValueError, OSError):
            log.warning("cannot raise the open-file limit from %d to %d", soft, target)
    return wanted if soft == resource.RLIM_INFINITY else soft


def connection_limit(open_files: int) -> int:
    """How many connections fit in *open_files* descriptors, leaving room for files."""
    ceiling = MAX_CONNECTIONS if hasattr(select, "poll") else MAX_SELECT_CONNECTIONS
    return max(64, min(ceiling, open_files - RESERVED_FILES))
