"""``ucupdates serve``: the device server in the foreground, logging to stderr."""

from __future__ import annotations

import ipaddress
import logging
import signal
import socket
import sys
import threading

from app.audit import FILE_PREFIX
from app.services import Services
from app.web.runner import ServerRunner, ServerState

log = logging.getLogger("ucupdates.server")


def serve_forever(services: Services, host: str | None, port: int | None,
                  threads: int, server_name: str | None = None) -> None:
    """Serve until Ctrl-C or SIGTERM; then stop cleanly with every audit line written."""
    _log_to_stderr()
    stop = threading.Event()
    runner = ServerRunner(services, host, port, threads, on_change=_announce,
                          server_name=server_name)
    runner.start()
    _describe(services, runner.state)
    log.info("audit log: %s/%s%s_<YYYYMMDD>.log", runner.app.audit.folder,
             FILE_PREFIX, runner.app.audit.server_name)
    previous = _on_signals(lambda *_: stop.set())
    try:
        while not stop.wait(0.5):
            pass
    except KeyboardInterrupt:
        pass
    finally:
        _restore(previous)
        log.info("stopping…")
        runner.stop()
        _summary(runner)


def _log_to_stderr() -> None:
    handler = logging.StreamHandler(sys.stderr)
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    root = logging.getLogger()
    if not root.handlers:
        root.addHandler(handler)
    root.setLevel(logging.INFO)


def _announce(state: ServerState) -> None:
    if not state.running:
        log.info("stopped")
    elif _listens_everywhere(state.host):
        log.info("serving on all addresses, port %d", state.port)
    else:
        log.info("serving on %s", state.url)


def _describe(services: Services, state: ServerState) -> None:
    settings = services.settings()
    log.info("data folder: %s", services.data_dir)
    urls = phone_urls(state, socket.gethostname(), _addresses_of(socket.gethostname(), state))
    if len(urls) > 1 or urls[0] != state.url:
        log.info("phones can reach this server at %s", ", ".join(urls))
    internal = settings.internal_base_url or urls[0]
    log.info("internal update check: %s/RequestHandler/ucdevice.upx", internal)
    if settings.external_base_url:
        log.info("external update check: %s/RequestHandlerExt/ucdevice.upx",
                 settings.external_base_url)


def phone_urls(state: ServerState, hostname: str, addresses: list[str]) -> list[str]:
    """URLs a phone can use: the bound address, or on 0.0.0.0 / :: this machine's
    name and each of its non-loopback addresses (0.0.0.0 is no address to connect to)."""
    if not _listens_everywhere(state.host):
        return [state.url]
    hosts = [hostname] if hostname else []
    hosts += [a for a in dict.fromkeys(addresses) if not ipaddress.ip_address(a).is_loopback]
    return [ServerState(True, host, state.port).url for host in hosts] or [state.url]


def _listens_everywhere(host: str) -> bool:
    try:
        return ipaddress.ip_address(host).is_unspecified
    except ValueError:
        return False


def _addresses_of(hostname: str, state: ServerState) -> list[str]:
    """The addresses this machine's name resolves to, of the family the server listens on."""
    if not _listens_everywhere(state.host):
        return []
    family = socket.AF_INET6 if ":" in state.host else socket.AF_INET
    try:
        found = socket.getaddrinfo(hostname, None, family, socket.SOCK_STREAM)
    except OSError:
        return []
    return [info[4][0].split("%")[0] for info in found]


def _on_signals(handler) -> dict:
    previous = {}
    for name in ("SIGTERM", "SIGINT", "SIGHUP"):
        number = getattr(signal, name, None)
        if number is not None:
            previous[number] = signal.signal(number, handler)
    return previous


def _restore(previous: dict) -> None:
    for number, handler in previous.items():
        signal.signal(number, handler)


def _summary(runner: ServerRunner) -> None:
    app = runner.app
    totals = app.counts.totals if app else {}
    log.info("answered %d update checks, %d downloads, %d log uploads, %d refusals; "
             "%d audit lines written", totals.get("check", 0), totals.get("download", 0),
             totals.get("log", 0), totals.get("refusal", 0),
             app.audit.lines_written if app else 0)
    if app and app.audit.lines_dropped:
        log.warning("%d audit lines were dropped while the disk was full",
                    app.audit.lines_dropped)
    if runner.queue_warnings.count:
        log.warning("waitress reported a full task queue %d times (consider --threads)",
                    runner.queue_warnings.count)
