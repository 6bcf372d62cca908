"""Running the device server on waitress in the background, with a clean stop.

waitress has no public "stop": its ``run()`` loops until the socket map is
empty. So the runner drives waitress's event loop itself, one poll at a
time, on its own thread, and checks a stop flag between polls; ``stop()``
sets the flag and pulls waitress's trigger (its thread-safe wake-up) so the
loop notices at once. Then the worker threads are shut down, every socket
closed and every buffered audit line and inventory entry written.

The loop uses ``poll()``: ``select()`` fails once a descriptor passes 1024,
which a few hundred slow clients reach. The connection-level defences (header
deadline, per-address cap, framing checks) are in :mod:`app.web.connections`.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable
from dataclasses import dataclass

from waitress import wasyncore
from waitress.adjustments import Adjustments

from app.domain.errors import UserError
from app.services import Services
from app.web.application import DeviceUpdateApp, create_app
from app.web.connections import DeviceServer, connection_limit, raise_open_file_limit
from app.web.housekeeping import HOUSEKEEPING_SECONDS, Housekeeping
from app.web.security import is_trusted_proxy

log = logging.getLogger("ucupdates.server")


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
                 on_change: Callable[[ServerState], None] | None = None,
                 server_name: str | None = None) -> None:
        self.services = services
        self.server_name = server_name
        self._host, self._port, self.threads = host, port, threads
        self._on_change = on_change or (lambda state: None)
        self._stop = threading.Event()
        self._closing = threading.Lock()  # pull_trigger() must not race close_all()
        self._closed = False
        self._thread: threading.Thread | None = None
        self._housekeeper: threading.Thread | None = None
        self._server: DeviceServer | None = None
        self.app: DeviceUpdateApp | None = None
        self.housekeeping: Housekeeping | None = None
        self.queue_warnings = QueueWarningCounter()
        self.state = ServerState(False, message="stopped")

    @property
    def running(self) -> bool:
        return self.state.running

    def start(self) -> ServerState:
        """Bind and start serving; raises UserError if the address cannot be used."""
        if self.running:
            return self.state
        settings = self.services.settings()
        host = self._host or settings.bind_address
        port = settings.port if self._port is None else self._port
        self.app = create_app(self.services, self.server_name)
        self.housekeeping = Housekeeping(self.services, self.app)
        self._server = self._bind(host, port, settings.max_log_upload_size)
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

    def _bind(self, host: str, port: int, max_upload: int) -> DeviceServer:
        try:
            adjustments = Adjustments(
                host=host, port=port, threads=self.threads, ident="ucupdates",
                max_request_body_size=max_upload + 1024 * 1024, channel_timeout=60,
                connection_limit=connection_limit(raise_open_file_limit()),
                cleanup_interval=1,  # how often the header deadline is enforced
                asyncore_use_poll=True, clear_untrusted_proxy_headers=False)
            return DeviceServer(self.app, adjustments, exempt=self._is_trusted_proxy)
        except (OSError, ValueError) as exc:
            self.app.close()
            self.app = None
            reason = getattr(exc, "strerror", None) or exc
            raise UserError("cannot listen on {host}:{port}: {reason}", host=host, port=port,
                            reason=str(reason)) from None

    def _is_trusted_proxy(self, address: str) -> bool:
        app = self.app
        return app is not None and is_trusted_proxy(
            address, app.catalog.current().settings.trusted_proxies)

    def _serve(self) -> None:
        server = self._server
        try:
            while not self._stop.is_set():
                wasyncore.loop(timeout=1.0, use_poll=True, map=server._map, count=1)
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
            self.housekeeping.run_once()

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

