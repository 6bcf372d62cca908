"""Discovery (docs/protocol.md §7): the DNS record phones look for, and whether it points here."""

from __future__ import annotations

import socket
from dataclasses import dataclass

RECORD_PREFIX = "ucupdates-r2"


def this_domain() -> str | None:
    """The DNS domain of this host, from its FQDN (None if the host has no domain)."""
    fqdn = socket.getfqdn()
    _, _, domain = fqdn.partition(".")
    return domain or None


def record_name(domain: str | None) -> str:
    return f"{RECORD_PREFIX}.{domain}" if domain else f"{RECORD_PREFIX}.<your DNS domain>"


@dataclass(frozen=True)
class DnsCheck:
    name: str
    resolved: tuple[str, ...]  # addresses the name resolves to
    local: tuple[str, ...]  # this host's addresses
    error: str | None = None

    @property
    def points_here(self) -> bool:
        return bool(set(self.resolved) & set(self.local))


def check_record(name: str) -> DnsCheck:
    """Resolve *name* and compare with this host's addresses (may take seconds: off the GUI)."""
    local = _local_addresses()
    try:
        infos = socket.getaddrinfo(name, None)
    except (socket.gaierror, UnicodeError) as exc:
        return DnsCheck(name, (), local, str(exc))
    return DnsCheck(name, tuple(sorted({i[4][0] for i in infos})), local)


def _local_addresses() -> tuple[str, ...]:
    found = {"127.0.0.1", "::1"}
    for host in {socket.gethostname(), socket.getfqdn()}:
        try:
            found |= {i[4][0] for i in socket.getaddrinfo(host, None)}
        except (socket.gaierror, UnicodeError):
            continue
    return tuple(sorted(found))
