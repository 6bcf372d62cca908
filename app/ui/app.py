"""Starting the console: the only module that builds a QApplication."""

from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QApplication, QMessageBox

from app import __version__
from app.domain.errors import UserError
from app.services import Services
from app.ui import icons
from app.ui.context import UiContext
from app.ui.i18n import install_language, system_language
from app.ui.messages import Prompter
from app.ui.server_controller import ServerController
from app.ui.tasks import TaskRunner

LANGUAGE_KEY = "ui/language"


def build_context(services: Services, ui_state: QSettings,
                  prompter: Prompter | None = None) -> UiContext:
    return UiContext(services, TaskRunner(), prompter or Prompter(),
                     ServerController(services), ui_state)


def chosen_language(ui_state: QSettings) -> str:
    choice = str(ui_state.value(LANGUAGE_KEY, "system"))
    return system_language() if choice == "system" else choice


def run_gui(data_dir: Path) -> int:
    """Open the console on *data_dir*; returns the exit status."""
    app = QApplication.instance() or QApplication(sys.argv[:1])
    app.setOrganizationName("ucupdates")
    app.setApplicationName("ucupdates")
    app.setApplicationVersion(__version__)
    app.setWindowIcon(icons.icon(icons.APP))
    ui_state = QSettings()
    install_language(chosen_language(ui_state))
    try:
        services = Services(data_dir)
    except UserError as exc:
        QMessageBox.critical(None, "ucupdates", str(exc))
        return 1
    from app.ui.main_window import MainWindow  # after the translator is installed

    window = MainWindow(build_context(services, ui_state))
    window.show()
    window.autostart_server()
    try:
        return app.exec()
    finally:
        services.close()
