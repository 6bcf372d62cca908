"""``ucupdates serve``: the device server in the foreground, logging to stderr."""

from __future__ import annotations

import logging
import signal
import sys
import threading

from app.services import Services
from app.web.runner import ServerRunner, ServerState

log = logging.getLogger("ucupdates.server")


def serve_forever(services: Services, host: str | None, port: int | None,
                  threads: int) -> None:
    """Serve until Ctrl-C or SIGTERM; then stop cleanly with every audit line written."""
    _log_to_stderr()
    stop = threading.Event()
    runner = ServerRunner(services, host, port, threads, on_change=_announce)
    runner.start()
    _describe(services, runner.state)
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
    if state.running:
        log.info("serving on %s", state.url)
    else:
        log.info("stopped")


def _describe(services: Services, state: ServerState) -> None:
    settings = services.settings()
    internal = settings["InternalBaseUrl"] or state.url
    log.info("data folder: %s", services.data_dir)
    log.info("internal update check: %s/RequestHandler/ucdevice.upx", internal)
    if settings["ExternalBaseUrl"]:
        log.info("external update check: %s/RequestHandlerExt/ucdevice.upx",
                 settings["ExternalBaseUrl"])


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
    if runner.queue_warnings.count:
        log.warning("waitress reported a full task queue %d times (consider --threads)",
                    runner.queue_warnings.count)
