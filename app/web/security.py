"""Who is asking: client address behind trusted proxies, internal networks, credentials."""

from __future__ import annotations

import base64
import binascii
import functools
import hashlib
import ipaddress
import threading
import time
from collections import defaultdict, deque
from collections.abc import Callable
from dataclasses import dataclass

from app.accounts import verify_password

IpAddress = ipaddress.IPv4Address | ipaddress.IPv6Address


@functools.lru_cache(maxsize=4096)
def _ip(text: str) -> IpAddress | None:
    try:
        address = ipaddress.ip_address(text.strip().strip("[]"))
    except ValueError:
        return None
    if isinstance(address, ipaddress.IPv6Address) and address.ipv4_mapped:
        return address.ipv4_mapped
    return address


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
    hops = [h.strip() for h in environ.get("HTTP_X_FORWARDED_FOR", "").split(",") if h.strip()]
    client = peer
    for hop in reversed(hops):  # the rightmost hop not added by one of our proxies
        if _ip(hop) is None:
            break
        client = hop
        if _ip(hop) not in trusted:
            break
    proto = environ.get("HTTP_X_FORWARDED_PROTO", "").split(",")[-1].strip().lower()
    return Client(client, proto if proto in ("http", "https") else scheme)


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
    """Refuse an account or address for a while after repeated failed sign-ins."""

    MAX_TRACKED = 10_000

    def __init__(self, max_failures: int = 5, window: float = 300.0, lockout: float = 60.0,
                 clock: Callable[[], float] = time.monotonic) -> None:
        self.max_failures, self.window, self.lockout = max_failures, window, lockout
        self._clock = clock
        self._failures: dict[str, deque[float]] = defaultdict(deque)
        self._locked_until: dict[str, float] = {}
        self._lock = threading.Lock()

    def retry_after(self, *keys: str) -> int:
        """Seconds until *keys* may try again; 0 when not throttled."""
        now = self._clock()
        with self._lock:
            waits = [self._locked_until.get(k, 0) - now for k in keys]
        return max(0, int(max(waits, default=0) + 0.999))

    def failed(self, *keys: str) -> None:
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

    def succeeded(self, key: str) -> None:
        with self._lock:
            self._failures.pop(key, None)


class CredentialCheck:
    """Verifies Basic credentials against the console's accounts.

    scrypt is deliberately slow, so a verified (name, password, stored hash)
    triple is remembered for a few minutes: a phone fetching an image in many
    ranges pays once. A changed or removed account no longer matches its
    stored hash, so it is refused at once. Only a digest of the password is kept.
    """

    def __init__(self, lookup: Callable[[str], str | None], ttl: float = 300.0,
                 throttle: Throttle | None = None) -> None:
        """*lookup* gives an account's stored password hash, or None."""
        self._lookup, self._ttl = lookup, ttl
        self.throttle = throttle or Throttle()
        self._good: dict[tuple[str, bytes, str], float] = {}
        self._lock = threading.Lock()

    def check(self, environ: dict, address: str) -> tuple[int, str | None]:
        """(0, user) when allowed, (401, None) when not, (429, None) when throttled."""
        given = basic_credentials(environ)
        name = given[0].casefold() if given else ""
        if self.throttle.retry_after(f"addr:{address}", f"user:{name}"):
            return 429, None
        if given and self._valid(*given):
            self.throttle.succeeded(f"user:{name}")
            return 0, given[0]
        if given:
            self.throttle.failed(f"addr:{address}", f"user:{name}")
        return 401, None

    def retry_after(self, environ: dict, address: str) -> int:
        given = basic_credentials(environ)
        name = given[0].casefold() if given else ""
        return self.throttle.retry_after(f"addr:{address}", f"user:{name}")

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
