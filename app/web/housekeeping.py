"""What the running server does besides answering: twice a second, off the request path.

Each task runs on its own: one failing (a full disk, a locked store) does not
stop the others, and a failure that repeats is logged once when it starts
and once when it ends, not every half second.
"""

from __future__ import annotations

import logging
import sqlite3
import time
from collections.abc import Callable
from datetime import datetime

from app import maintenance
from app.data_folder import DataFolder
from app.domain.errors import UserError
from app.services import Services
from app.store import files as file_queries
from app.store.catalog import Catalog
from app.web.application import DeviceUpdateApp

log = logging.getLogger("ucupdates.server")
HOUSEKEEPING_SECONDS = 0.5


class FailureLog:
    """Logs a task's failure when it starts and when it ends, not at every retry."""

    def __init__(self) -> None:
        self.failing: dict[str, str] = {}  # task -> what went wrong

    def run(self, task: str, action: Callable[[], object]) -> None:
        try:
            action()
        except (OSError, sqlite3.OperationalError, UserError) as exc:  # a full disk, a lock
            self._failed(task, str(exc), traceback=False)
        except Exception as exc:  # noqa: BLE001 - a bug: keep serving, show it once
            self._failed(task, f"{type(exc).__name__}: {exc}", traceback=True)
        else:
            if self.failing.pop(task, None) is not None:
                log.warning("%s works again", task)

    def _failed(self, task: str, what: str, traceback: bool) -> None:
        if self.failing.get(task) == what:
            return
        self.failing[task] = what
        log.error("%s failed: %s; retrying every %.1f s", task, what, HOUSEKEEPING_SECONDS,
                  exc_info=traceback)


class ImportRecovery:
    """Finishes an import that committed but crashed before moving its files.

    An import's commit changes the catalog, so recovery runs when the
    catalog changes, and again every round while the journal still names an
    import: one held by a live importer (its lock) is left alone until it
    finishes or dies.
    """

    def __init__(self, services: Services) -> None:
        self._services = services
        self._seen: Catalog | None = None
        self.waiting = False  # the journal names an import its importer still holds

    def run_if_needed(self, catalog: Catalog) -> None:
        if catalog is self._seen and not self.waiting:
            return
        self._seen = catalog
        recovery = self._services.importer.recover()
        if recovery.rolled_forward:
            log.warning("finished %d interrupted imports: their files are in place",
                        recovery.rolled_forward)
        with self._services.db.read() as conn:
            self.waiting = bool(file_queries.journal(conn))


class Housekeeping:
    """The server's periodic tasks for one application."""

    def __init__(self, services: Services, app: DeviceUpdateApp) -> None:
        self._services, self._app = services, app
        self.failures = FailureLog()
        self.recovery = ImportRecovery(services)
        self._last_cleanup = 0.0

    def run_once(self) -> None:
        app = self._app
        self.failures.run("reading the store", app.catalog.poll)
        self.failures.run("finishing an interrupted import",
                          lambda: self.recovery.run_if_needed(app.catalog.current()))
        self.failures.run("writing the device inventory", app.inventory.flush)
        self.failures.run("writing the audit log", app.audit.flush_if_due)
        self.failures.run("deleting old logs", self._clean_up_logs_if_due)

    def _clean_up_logs_if_due(self) -> None:
        settings = self._app.catalog.current().settings
        now = datetime.now().astimezone()
        if not cleanup_due(settings.log_clean_up_time_of_day, now, self._last_cleanup):
            return
        self._last_cleanup = time.time()
        removed = maintenance.remove_old_logs(DataFolder(self._services.data_dir).logs,
                                              settings.log_clean_up_interval, now)
        if removed:
            log.info("deleted %d device logs and audit files older than %d days", removed,
                     settings.log_clean_up_interval)


def cleanup_due(time_of_day: str | None, now: datetime, last: float) -> bool:
    """Hourly when no time is set; otherwise once a day, at or after that time."""
    if time_of_day is None:
        return time.time() - last >= 3600
    hour, minute = (int(p) for p in time_of_day.split(":"))
    today_at = now.replace(hour=hour, minute=minute, second=0, microsecond=0)
    return now >= today_at and last < today_at.timestamp()
