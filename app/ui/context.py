"""What every part of the window is given: services, background tasks, prompts, the server."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QSettings

from app.services import Services
from app.ui.messages import Prompter
from app.ui.server_controller import ServerController
from app.ui.tasks import TaskRunner


@dataclass
class UiContext:
    """Passed explicitly to every window, tab and dialog; there are no globals."""

    services: Services
    tasks: TaskRunner
    prompter: Prompter
    server: ServerController
    ui_state: QSettings  # geometry, column widths, language: UI state, not service settings
