"""Who is asking: client address behind trusted proxies, internal networks, credentials."""

from __future__ import annotations

import base64
import binascii
import functools
import hashlib
import ipaddress
import re
import threading
import time
from collections import defaultdict, deque
from collections.abc import Callable, Hashable
from dataclasses import dataclass

from app.accounts import verify_password

IpAddress = ipaddress.IPv4Address | ipaddress.IPv6Address
UNREADABLE = "unknown"  # the client of an X-Forwarded-For hop that is no address
_PORT = re.compile(r":[0-9]{1,5}")


@functools.lru_cache(maxsize=4096)
def _ip(text: str) -> IpAddress | None:
    """An address as proxies write it: bare, with a port, or IPv6 in brackets; else None."""
    host = _without_port(text.strip())
    if host is None:
        return None
    try:
        address = ipaddress.ip_address(host)
    except ValueError:
        return None
    if isinstance(address, ipaddress.IPv6Address) and address.ipv4_mapped:
        return address.ipv4_mapped
    return address


def _without_port(text: str) -> str | None:
    if text.startswith("["):  # [2001:db8::1] or [2001:db8::1]:4711
        host, closed, rest = text[1:].partition("]")
        return host if closed and (not rest or _PORT.fullmatch(rest)) else None
    if text.count(":") == 1:  # 203.0.113.5:4711 (a bare IPv6 address has several)
        host, _, port = text.partition(":")
        return host if _PORT.fullmatch(":" + port) else None
    return text


@dataclass(frozen=True)
class Client:
    address: str
    scheme: str


def resolve_client(environ: dict, trusted_proxies: tuple[str, ...]) -> Client:
    """The real client: X-Forwarded-For/-Proto count only when the peer is a trusted proxy."""
    peer = environ.get("REMOTE_ADDR", "")
    scheme = environ.get("wsgi.url_scheme", "http")
    trusted = _trusted(trusted_proxies)
    if _ip(peer) not in trusted:
        return Client(peer, scheme)
    proto = environ.get("HTTP_X_FORWARDED_PROTO", "").split(",")[-1].strip().lower()
    scheme = proto if proto in ("http", "https") else scheme
    hops = [h.strip() for h in environ.get("HTTP_X_FORWARDED_FOR", "").split(",") if h.strip()]
    client = peer
    for hop in reversed(hops):  # the rightmost hop not added by one of our proxies
        address = _ip(hop)
        if address is None:  # never fall back to the proxy: it would count as internal
            return Client(UNREADABLE, scheme)
        client = str(address)
        if address not in trusted:
            break
    return Client(client, scheme)


def is_trusted_proxy(address: str, trusted_proxies: tuple[str, ...]) -> bool:
    """True when *address* is one of the configured trusted proxies."""
    ip = _ip(address)
    return ip is not None and ip in _trusted(trusted_proxies)


def is_internal(address: str, networks: tuple[str, ...]) -> bool:
    ip = _ip(address)
    return ip is not None and any(ip in n for n in _networks(networks))


@functools.lru_cache(maxsize=64)
def _networks(networks: tuple[str, ...]) -> tuple[ipaddress.IPv4Network | ipaddress.IPv6Network,
                                                  ...]:
    return tuple(ipaddress.ip_network(n) for n in networks)


@functools.lru_cache(maxsize=64)
def _trusted(proxies: tuple[str, ...]) -> frozenset[IpAddress | None]:
    return frozenset(_ip(p) for p in proxies)


def basic_credentials(environ: dict) -> tuple[str, str] | None:
    header = environ.get("HTTP_AUTHORIZATION", "")
    scheme, _, token = header.partition(" ")
    if scheme.lower() != "basic" or not token:
        return None
    try:
        decoded = base64.b64decode(token.strip(), validate=True).decode("utf-8")
    except (binascii.Error, UnicodeDecodeError):
        return None
    name, sep, password = decoded.partition(":")
    return (name, password) if sep else None


class Throttle:
    """Refuse a key (an address, or an account at an address) for a while after
    *max_failures* failed sign-ins within *window* seconds."""

    MAX_TRACKED = 10_000

    def __init__(self, max_failures: int = 5, window: float = 300.0, lockout: float = 60.0,
                 clock: Callable[[], float] = time.monotonic) -> None:
        self.max_failures, self.window, self.lockout = max_failures, window, lockout
        self._clock = clock
        self._failures: dict[Hashable, deque[float]] = defaultdict(deque)
        self._locked_until: dict[Hashable, float] = {}
        self._lock = threading.Lock()

    def retry_after(self, *keys: Hashable) -> int:
        """Seconds until *keys* may try again; 0 when not throttled."""
        now = self._clock()
        with self._lock:
            waits = [self._locked_until.get(k, 0) - now for k in keys]
        return max(0, int(max(waits, default=0) + 0.999))

    def failed(self, *keys: Hashable) -> None:
        now = self._clock()
        with self._lock:
            if len(self._failures) > self.MAX_TRACKED:
                self._forget_old(now)
            for key in keys:
                times = self._failures[key]
                times.append(now)
                while times and times[0] < now - self.window:
                    times.popleft()
                if len(times) >= self.max_failures:
                    self._locked_until[key] = now + self.lockout
                    times.clear()

    def _forget_old(self, now: float) -> None:
        """Keep memory bounded when many names or addresses fail (e.g. random names)."""
        for key in [k for k, t in self._failures.items() if not t or t[-1] < now - self.window]:
            del self._failures[key]
        for key in [k for k, until in self._locked_until.items() if until < now]:
            del self._locked_until[key]

    def succeeded(self, key: Hashable) -> None:
        with self._lock:
            self._failures.pop(key, None)


class CredentialCheck:
    """Verifies Basic credentials against the console's accounts.

    scrypt is deliberately slow, so a verified (name, password, stored hash)
    triple is remembered for a few minutes: a phone fetching an image in many
    ranges pays once. A changed or removed account no longer matches its
    stored hash, so it is refused at once. Only a digest of the password is kept.

    Failures are throttled per (account, address) and per address, never per
    account alone: otherwise anyone could lock a user out from their own
    address by guessing wrong five times.
    """

    PAIR_FAILURES = 5  # one address guessing one account's password
    ADDRESS_FAILURES = 20  # one address guessing any accounts' (room for a NAT)

    def __init__(self, lookup: Callable[[str], str | None], ttl: float = 300.0) -> None:
        """*lookup* gives an account's stored password hash, or None."""
        self._lookup, self._ttl = lookup, ttl
        self.pairs = Throttle(self.PAIR_FAILURES)
        self.addresses = Throttle(self.ADDRESS_FAILURES)
        self._good: dict[tuple[str, bytes, str], float] = {}
        self._lock = threading.Lock()

    def check(self, environ: dict, address: str) -> tuple[int, str | None]:
        """(0, user) when allowed, (401, None) when not, (429, None) when throttled."""
        given = basic_credentials(environ)
        if self.retry_after(environ, address):
            return 429, None
        pair = _pair_key(given, address)
        if given and self._valid(*given):
            self.pairs.succeeded(pair)
            return 0, given[0]
        if given:
            self.pairs.failed(pair)
            self.addresses.failed(address)
        return 401, None

    def retry_after(self, environ: dict, address: str) -> int:
        """Seconds until this address may try these credentials again; 0 when allowed."""
        pair = _pair_key(basic_credentials(environ), address)
        return max(self.pairs.retry_after(pair), self.addresses.retry_after(address))

    def _valid(self, name: str, password: str) -> bool:
        stored = self._lookup(name)
        if stored is None:
            verify_password(password, None)  # as slow as a known name
            return False
        key = (name.casefold(), hashlib.sha256(password.encode()).digest(), stored)
        now = time.monotonic()
        with self._lock:
            if self._good.get(key, 0) > now:
                return True
        if not verify_password(password, stored):
            return False
        with self._lock:
            self._good[key] = now + self._ttl
        return True


def _pair_key(given: tuple[str, str] | None, address: str) -> tuple[str, str]:
    return (given[0].casefold() if given else "", address)
