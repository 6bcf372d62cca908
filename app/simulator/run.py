"""``ucupdates simulate``: a fleet against a server, printing what the phones do."""

from __future__ import annotations

import threading
import time
from collections.abc import Callable
from dataclasses import dataclass

from app.domain.names import DeviceKind
from app.packages.builder import SAMPLE_KINDS
from app.services import Services
from app.simulator.fleet import Fleet
from app.simulator.phone import Clock, Event


@dataclass(frozen=True)
class SimulationOptions:
    count: int
    url: str | None
    serve: bool
    external_share: float
    user: str | None
    credentials: tuple[str, str] | None
    time_scale: float
    rounds: int | None
    seconds: float


@dataclass(frozen=True)
class SimulationSummary:
    text: str
    failures: int


def phone_kinds(services: Services) -> list[DeviceKind]:
    """The kinds of the current rules (as phones report them), else the sample's."""
    kinds = {r.kind.key: r.kind for r in services.rules()}
    return list(kinds.values()) or [DeviceKind(*k) for k in SAMPLE_KINDS]


def simulate(services: Services, options: SimulationOptions,
             say: Callable[[str], None]) -> SimulationSummary:
    runner = None
    if options.serve:
        from app.web.runner import ServerRunner  # only when asked to serve

        runner = ServerRunner(services, host="127.0.0.1", port=0)
        runner.start()
        say(f"device server running on {runner.state.url}")
    try:
        return _run(services, options, runner.state.url if runner else _url(services, options),
                    say)
    finally:
        if runner is not None:
            runner.stop()


def _url(services: Services, options: SimulationOptions) -> str:
    settings = services.settings()
    return options.url or settings.internal_base_url or f"http://127.0.0.1:{settings.port}"


def _run(services: Services, options: SimulationOptions, url: str,
         say: Callable[[str], None]) -> SimulationSummary:
    external = services.settings().external_base_url or url
    lock = threading.Lock()  # phones report from their own threads: one line at a time

    def show(event: Event) -> None:
        mark = "!" if event.problem else " "
        with lock:
            say(f"{event.at:%H:%M:%S} {mark} {event.phone}: {event.what}")
    fleet = Fleet(url, external_url=external, clock=Clock(options.time_scale), on_event=show)
    fleet.populate(phone_kinds(services), options.count, external_share=options.external_share)
    for phone in fleet.phones:
        if options.user:
            phone.sign_in(options.user, options.credentials)
    say(f"{len(fleet.phones)} phones against {url} (time x{options.time_scale:g})")
    started = time.monotonic()
    if options.rounds:
        for _ in range(options.rounds):
            fleet.check_all()
    else:
        fleet.start()
        try:
            time.sleep(options.seconds)
        except KeyboardInterrupt:
            say("interrupted")
        fleet.stop()
    elapsed = time.monotonic() - started
    checks = sum(p.checks for p in fleet.phones)
    failures = sum(p.failures for p in fleet.phones)
    text = f"{fleet.summary()}; {checks / elapsed:.0f} checks/s over {elapsed:.1f} s"
    say(text)
    return SimulationSummary(text, failures)
