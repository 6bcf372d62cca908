"""Starting the console: the only module that builds a QApplication."""

from __future__ import annotations

import os
import signal
import sys
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QSettings, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox, QProgressDialog

from app import __version__
from app.domain.errors import UserError
from app.services import Services
from app.ui import icons
from app.ui.context import UiContext
from app.ui.i18n import install_language, system_language, translated
from app.ui.messages import Prompter
from app.ui.server_controller import ServerController
from app.ui.tasks import TaskRunner

LANGUAGE_KEY = "ui/language"
# the reverse-DNS id of packaging/linux/ (.desktop, AppStream): lets Wayland docks
# match the window to its launcher and icon
DESKTOP_ID = "io.github.ucupdates.Console"
# for packaging/build.sh: quit as soon as the window is up, saying how long that took
EXIT_AFTER_SHOW = "UCUPDATES_EXIT_AFTER_SHOW"


def build_context(services: Services, ui_state: QSettings,
                  prompter: Prompter | None = None) -> UiContext:
    return UiContext(services, TaskRunner(), prompter or Prompter(),
                     ServerController(services), ui_state)


def end_on_signals(app: QApplication, end: Callable[[], None]) -> QTimer:
    """Ctrl-C and SIGTERM end the console cleanly: *end* runs on the GUI thread (it stops
    the device server and leaves the event loop; the demo then removes its folder).

    Python runs its signal handlers only between bytecodes, and Qt's event loop
    runs none while it waits: a quarter-second timer lets Python in.
    """
    def handler(_number, _frame) -> None:
        QTimer.singleShot(0, end)
    for name in ("SIGINT", "SIGTERM"):
        signal.signal(getattr(signal, name), handler)
    wake = QTimer(app)
    wake.timeout.connect(lambda: None)
    wake.start(250)
    return wake


def chosen_language(ui_state: QSettings) -> str:
    choice = str(ui_state.value(LANGUAGE_KEY, "system"))
    return system_language() if choice == "system" else choice


def run_gui(data_dir: Path, language: str | None = None, store: str | None = None) -> int:
    """Open the console on *data_dir* (in *language*, else the saved choice), with the
    store at *store* (a PostgreSQL URL; None: the data folder's SQLite file)."""
    app = QApplication.instance() or QApplication(sys.argv[:1])
    app.setOrganizationName("ucupdates")
    app.setApplicationName("ucupdates")
    app.setApplicationVersion(__version__)
    app.setDesktopFileName(DESKTOP_ID)
    app.setWindowIcon(icons.icon(icons.APP))
    ui_state = QSettings()
    install_language(language or chosen_language(ui_state))
    try:
        upgrading = _upgrade_notice() if Services.needs_upgrade(data_dir, store) else None
    except UserError as exc:
        QMessageBox.critical(None, "ucupdates", translated(exc))
        return 1
    try:
        services = Services(data_dir, store=store)
    except UserError as exc:
        QMessageBox.critical(None, "ucupdates", translated(exc))
        return 1
    finally:
        if upgrading is not None:
            upgrading.close()
    from app.ui.main_window import MainWindow  # after the translator is installed

    window = MainWindow(build_context(services, ui_state))
    window.show()
    window.autostart_server()
    end_on_signals(app, lambda: _end(app, window))
    if os.environ.get(EXIT_AFTER_SHOW):
        QTimer.singleShot(0, lambda: _report_shown(app, window))
    try:
        return app.exec()
    finally:
        services.close()


def _upgrade_notice() -> QProgressDialog:
    """Said while a store written by an earlier version is converted (before the window)."""
    notice = QProgressDialog(QCoreApplication.translate(
        "app", "Upgrading the store for this version of ucupdates. This happens once; with "
        "a large inventory it takes a while."), "", 0, 0)
    notice.setWindowTitle("ucupdates")
    notice.setCancelButton(None)
    notice.setMinimumDuration(0)
    notice.show()
    QCoreApplication.processEvents()
    return notice


def _end(app: QApplication, window) -> None:
    """Asked to end by a signal: no question (the operator already said so), a clean stop."""
    window.save_state()
    window.ctx.server.stop()
    app.exit(0)


def _report_shown(app: QApplication, window) -> None:
    """Print the time from process start to a shown window (stderr), then quit."""
    if not window.isVisible():
        print("ucupdates: the window was not shown", file=sys.stderr, flush=True)
        app.exit(1)
        return
    elapsed = _since_process_start()
    when = f" {elapsed:.2f} s after process start" if elapsed is not None else ""
    print(f"ucupdates: window shown{when}", file=sys.stderr, flush=True)
    app.exit(0)


def _since_process_start() -> float | None:
    """Seconds since this process started, from /proc (Linux); None elsewhere."""
    try:
        fields = Path("/proc/self/stat").read_text().rsplit(")", 1)[1].split()
        started = int(fields[19]) / os.sysconf("SC_CLK_TCK")  # field 22: starttime
        uptime = float(Path("/proc/uptime").read_text().split()[0])
    except (OSError, ValueError, IndexError, AttributeError):
        return None
    return max(0.0, uptime - started)
