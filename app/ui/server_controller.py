"""The embedded device server as the window sees it: start/stop and live signals."""

from __future__ import annotations

import socket

from PySide6.QtCore import QObject, QTimer, Signal

from app.services import Services
from app.web.runner import ServerRunner, ServerState


class ServerController(QObject):
    """Wraps :class:`ServerRunner`; every signal is emitted on the GUI thread."""

    state_changed = Signal(object)  # ServerState
    counts_changed = Signal(dict)  # last minute: {"check": n, "download": n, "refusal": n, ...}
    inventory_changed = Signal()  # the server wrote new device sightings
    audit_changed = Signal()  # the server answered requests (new audit lines)

    def __init__(self, services: Services, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.services = services
        self.runner: ServerRunner | None = None
        self._written = (0, 0)
        self._timer = QTimer(self)
        self._timer.setInterval(1000)
        self._timer.timeout.connect(self._poll)

    @property
    def state(self) -> ServerState:
        return self.runner.state if self.runner else ServerState(False, message="stopped")

    @property
    def running(self) -> bool:
        return self.state.running

    def start(self, host: str | None = None, port: int | None = None) -> ServerState:
        """Bind and serve; raises UserError (e.g. port in use) for the error path."""
        if self.running:
            return self.state
        self.runner = ServerRunner(self.services, host, port)
        state = self.runner.start()
        self._written = (0, 0)
        self._timer.start()
        self.state_changed.emit(state)
        return state

    def stop(self) -> None:
        if not self.running:
            return
        self._timer.stop()
        self.runner.stop()
        self._poll_written()
        self.state_changed.emit(self.state)

    def poll_now(self) -> None:
        """Look for news at once (tests and the Refresh action use it)."""
        self._poll()

    def _poll(self) -> None:
        if self.runner is None or self.runner.app is None:
            return
        self.counts_changed.emit(dict(self.runner.app.counts.last_minute()))
        self._poll_written()

    def _poll_written(self) -> None:
        app = self.runner.app if self.runner else None
        if app is None:
            return
        written = (app.inventory.written, app.counts.totals.total())
        if written[0] != self._written[0]:
            self.inventory_changed.emit()
        if written[1] != self._written[1]:
            self.audit_changed.emit()
        self._written = written

    def devices_served_since(self, hours: float) -> int:
        """Phones that checked in during the last *hours*, counting the sightings the
        running server still holds in memory (it writes them about twice a second)."""
        app = self.runner.app if self.runner else None
        if app is not None:
            app.inventory.flush()
        return self.services.devices_seen_since(hours=hours)

    def buffered_audit_lines(self) -> list[str]:
        """Audit lines the running server holds in memory (not yet on disk)."""
        app = self.runner.app if self.runner else None
        return app.audit.buffered() if app else []

    def urls(self) -> tuple[str, str | None]:
        """(internal base URL, external base URL or None) as phones will be told."""
        settings = self.services.settings()
        internal = settings.internal_base_url or (self.state.url if self.running else
                                                   f"http://{socket.getfqdn()}:"
                                                   f"{settings.port}")
        return internal, settings.external_base_url
