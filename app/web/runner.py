"""Running the device server on waitress in the background, with a clean stop.

waitress has no public "stop": its ``run()`` loops until the socket map is
empty. So the runner drives waitress's event loop itself, one poll at a
time, on its own thread, and checks a stop flag between polls; ``stop()``
sets the flag and pulls waitress's trigger (its thread-safe wake-up) so the
loop notices at once. Then the worker threads are shut down, every socket
closed and every buffered audit line and inventory entry written.
"""

from __future__ import annotations

import logging
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime

from waitress import wasyncore
from waitress.server import create_server

from app import maintenance
from app.domain.errors import UserError
from app.services import Services
from app.web.application import DeviceUpdateApp, create_app

log = logging.getLogger("ucupdates.server")
HOUSEKEEPING_SECONDS = 0.5


class QueueWarningCounter(logging.Filter):
    """Counts waitress's "task queue depth" warnings instead of printing each one."""

    def __init__(self) -> None:
        super().__init__()
        self.count = 0

    def filter(self, record: logging.LogRecord) -> bool:
        self.count += 1
        return False


@dataclass(frozen=True)
class ServerState:
    running: bool
    host: str = ""
    port: int = 0
    message: str = ""

    @property
    def url(self) -> str:
        host = f"[{self.host}]" if ":" in self.host else self.host
        return f"http://{host}:{self.port}"


class ServerRunner:
    """Start and stop one device server; *on_change* hears every state change."""

    def __init__(self, services: Services, host: str | None = None, port: int | None = None,
                 threads: int = 8,
                 on_change: Callable[[ServerState], None] | None = None) -> None:
        self.services = services
        self._host, self._port, self.threads = host, port, threads
        self._on_change = on_change or (lambda state: None)
        self._stop = threading.Event()
        self._closing = threading.Lock()  # pull_trigger() must not race close_all()
        self._closed = False
        self._thread: threading.Thread | None = None
        self._housekeeper: threading.Thread | None = None
        self._server = None
        self.app: DeviceUpdateApp | None = None
        self.queue_warnings = QueueWarningCounter()
        self.state = ServerState(False, message="stopped")
        self._last_cleanup: float = 0.0

    @property
    def running(self) -> bool:
        return self.state.running

    def start(self) -> ServerState:
        """Bind and start serving; raises UserError if the address cannot be used."""
        if self.running:
            return self.state
        settings = self.services.settings()
        host = self._host or settings["BindAddress"]
        port = settings["Port"] if self._port is None else self._port
        self.app = create_app(self.services)
        self._server = self._bind(host, port, settings["MaxLogUploadSize"])
        logging.getLogger("waitress.queue").addFilter(self.queue_warnings)
        self._stop.clear()
        self._closed = False
        self._thread = threading.Thread(target=self._serve, name="device-server", daemon=True)
        self._housekeeper = threading.Thread(target=self._housekeep, name="housekeeping",
                                             daemon=True)
        self._thread.start()
        self._housekeeper.start()
        bound_host, bound_port = self._server.effective_host, self._server.effective_port
        self._set(ServerState(True, str(bound_host), int(bound_port), "running"))
        return self.state

    def _bind(self, host: str, port: int, max_upload: int):
        try:
            return create_server(
                self.app, host=host, port=port, threads=self.threads, ident="ucupdates",
                max_request_body_size=max_upload + 1024 * 1024, channel_timeout=60,
                connection_limit=1000,
                clear_untrusted_proxy_headers=False)
        except OSError as exc:
            self.app.close()
            self.app = None
            raise UserError(f"cannot listen on {host}:{port}: {exc.strerror or exc}") from None

    def _serve(self) -> None:
        server = self._server
        try:
            while not self._stop.is_set():
                wasyncore.loop(timeout=1.0, map=server._map, count=1)
        except Exception:  # noqa: BLE001 - keep the process alive, report the failure
            log.exception("the device server stopped unexpectedly")
            self._stop.set()
        finally:
            server.task_dispatcher.shutdown(timeout=5)
            with self._closing:
                wasyncore.close_all(server._map)
                self._closed = True

    def _housekeep(self) -> None:
        while not self._stop.wait(HOUSEKEEPING_SECONDS):
            try:
                self.app.catalog.poll()
                self.app.inventory.flush()
                self.app.audit.flush_if_due()
                self._clean_up_logs_if_due()
            except Exception:  # noqa: BLE001 - a failed flush is retried next round
                log.exception("housekeeping failed; will retry")

    def _clean_up_logs_if_due(self) -> None:
        settings = self.app.catalog.current().settings
        now = datetime.now().astimezone()
        if not _cleanup_due(settings["LogCleanUpTimeOfDay"], now, self._last_cleanup):
            return
        self._last_cleanup = time.time()
        removed = maintenance.remove_old_logs(self.services.data_dir / "Logs",
                                              settings["LogCleanUpInterval"], now)
        if removed:
            log.info("deleted %d device logs and audit files older than %d days", removed,
                     settings["LogCleanUpInterval"])

    def stop(self) -> None:
        """Stop serving; returns when every socket is closed and every line written."""
        if not self.running:
            return
        with self._closing:  # once closed, the trigger's descriptor may belong to another file
            self._stop.set()
            if not self._closed:
                self._server.pull_trigger()
        for thread in (self._thread, self._housekeeper):
            if thread is not None:
                thread.join(timeout=15)
        self.app.close()
        logging.getLogger("waitress.queue").removeFilter(self.queue_warnings)
        self._set(ServerState(False, message="stopped"))

    def _set(self, state: ServerState) -> None:
        self.state = state
        self._on_change(state)


def _cleanup_due(time_of_day: str | None, now: datetime, last: float) -> bool:
    """Hourly when no time is set; otherwise once a day, at or after that time."""
    if time_of_day is None:
        return time.time() - last >= 3600
    hour, minute = (int(p) for p in time_of_day.split(":"))
    today_at = now.replace(hour=hour, minute=minute, second=0, microsecond=0)
    return now >= today_at and last < today_at.timestamp()
