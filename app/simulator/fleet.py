"""A fleet of simulated phones: made from the rules, run on threads, summarised."""

from __future__ import annotations

import threading
from collections import Counter
from collections.abc import Callable, Iterable
from concurrent.futures import ThreadPoolExecutor

from app.domain.names import DeviceKind
from app.simulator.phone import Clock, Event, PhoneIdentity, SimulatedPhone

OLD_VERSION = "4.0.7577.4066"  # what new simulated phones run


def mac_of(number: int) -> str:
    """Locally administered MACs (02-…) so they never clash with real phones."""
    return "02-55-43-" + "-".join(f"{(number >> s) & 0xFF:02X}" for s in (16, 8, 0))


class Fleet:
    """Phones that share a server, a clock and an event sink."""

    def __init__(self, server_url: str, external_url: str | None = None,
                 clock: Clock | None = None,
                 on_event: Callable[[Event], None] | None = None) -> None:
        self.server_url, self.external_url = server_url, external_url
        self.clock = clock or Clock()
        self.on_event = on_event or (lambda event: None)
        self.phones: list[SimulatedPhone] = []
        self._threads: dict[SimulatedPhone, threading.Thread] = {}
        self._lock = threading.Lock()
        self._last_number = 0  # numbers (MACs, serials) are never reused after a removal

    def add(self, kind: DeviceKind, *, number: int | None = None, update_type: str = "CPE",
            version: str = OLD_VERSION, external: bool = False, mac: str | None = None,
            serial: str | None = None) -> SimulatedPhone:
        with self._lock:
            number = self._last_number + 1 if number is None else number
            self._last_number = max(self._last_number, number)
        identity = PhoneIdentity(kind, mac or mac_of(number),
                                 serial or f"SIM-{kind.model}-{number:05d}",
                                 {update_type: version})
        phone = SimulatedPhone(identity, self.server_url, external=external,
                               external_url=self.external_url, clock=self.clock,
                               on_event=self.on_event)
        with self._lock:
            self.phones.append(phone)
        return phone

    def populate(self, kinds: Iterable[DeviceKind], count: int, *,
                 external_share: float = 0.0, version: str = OLD_VERSION) -> None:
        """*count* phones, kinds taken in turn; the first share of each kind external."""
        kinds = list(kinds)
        for n in range(count):
            external = (n // len(kinds)) < external_share * count / len(kinds)
            self.add(kinds[n % len(kinds)], version=version, external=external)

    def remove(self, phone: SimulatedPhone) -> None:
        """Take *phone* out of the fleet; a running phone stops checking (its thread ends)."""
        phone.retire()
        with self._lock:
            self.phones.remove(phone)

    def serve_from(self, server_url: str, external_url: str | None = None) -> None:
        """Point the fleet and every phone at a (re)started server; call while stopped."""
        self.server_url, self.external_url = server_url, external_url
        for phone in list(self.phones):
            phone.server_url = server_url.rstrip("/")
            phone.external_url = (external_url or server_url).rstrip("/")

    def check_all(self, workers: int = 200) -> list[bool]:
        """One check by every phone at once; True for each phone that updated."""
        with ThreadPoolExecutor(max(1, min(workers, len(self.phones)))) as pool:
            return list(pool.map(lambda phone: phone.check(), list(self.phones)))

    def start(self) -> None:
        """Every phone runs its own life: a check now, then every poll interval."""
        self.clock.stopped.clear()
        for phone in list(self.phones):
            self.start_phone(phone)

    def start_phone(self, phone: SimulatedPhone) -> None:
        running = self._threads.get(phone)
        if running is not None and running.is_alive():
            return
        thread = threading.Thread(target=phone.run, name=f"phone-{phone.name}", daemon=True)
        self._threads[phone] = thread
        thread.start()

    def stop(self, timeout: float = 10.0) -> None:
        self.clock.stopped.set()
        for thread in list(self._threads.values()):
            thread.join(timeout)
        self._threads.clear()

    def versions(self, update_type: str = "CPE") -> Counter[str]:
        return Counter(p.versions.get(update_type, "—") for p in self.phones)

    def summary(self) -> str:
        counts = self.versions()
        running = ", ".join(f"{n} on {v}" for v, n in sorted(counts.items()))
        checks = sum(p.checks for p in self.phones)
        failures = sum(p.failures for p in self.phones)
        return (f"{len(self.phones)} phones: {running}; {checks} checks, "
                f"{failures} failed checks or downloads")
