"""What every part of the window is given: services, background tasks, prompts, the server,
and the one road every write to the store takes."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QWidget

from app.domain.errors import UserError
from app.services import Services
from app.ui.messages import Prompter
from app.ui.server_controller import ServerController
from app.ui.tasks import Task, TaskRunner


@dataclass
class UiContext:
    """Passed explicitly to every window, tab and dialog; there are no globals."""

    services: Services
    tasks: TaskRunner
    prompter: Prompter
    server: ServerController
    ui_state: QSettings  # geometry, column widths, language: UI state, not service settings

    def write(self, parent: QWidget | None, work: Callable[[Task], Any],
              done: Callable[[Any], None], *, failed_title: str = "",
              after: Callable[[BaseException | None], None] | None = None,
              refused: Callable[[UserError], None] | None = None,
              progress: Callable[[int, int, str], None] | None = None) -> Task:
        """Run one change of the store: the only road a console write takes.

        *work* calls service methods on a worker thread (an import may hold the
        store for a while; the window must not freeze); it is given the :class:`Task`
        to report *progress* and see a cancel. On the GUI thread, *after* runs first
        whatever the outcome, given the failure or None (re-enable buttons), then
        *done* gets the result. A refusal (:class:`UserError`) goes to *refused* when
        the widget shows it in place; anything else, and every refusal without a
        *refused*, goes to the one error path, :meth:`Prompter.error`.
        """
        def succeeded(result: Any) -> None:
            if after is not None:
                after(None)
            done(result)

        def failed(exc: BaseException) -> None:
            if after is not None:
                after(exc)
            if refused is not None and isinstance(exc, UserError):
                refused(exc)
            else:
                self.prompter.error(parent, exc, failed_title)

        return self.tasks.run(work, succeeded, failed, progress)
