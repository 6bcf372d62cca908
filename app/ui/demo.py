"""``ucupdates demo``: the whole story in two minutes, without phones and without real data.

The console opens on a throwaway data folder (removed on exit) with the sample
package, one test phone, the server running on a free port and twenty
simulated phones at 3600× (24 hours in 24 seconds): pending updates reach
only the test phone; approve, and every phone updates; restore, and they roll
back. UI state goes to a throwaway settings file too; the user's own data
folder and console settings are never written.

The language is ``--language``, else the console's saved choice. Choosing
another one in Settings → Language starts the demo over in it at once (after
asking, as the demo's data is thrown away): a demo has nothing worth keeping
across a restart, and "from the next start" would never come, since the
choice lives in the throwaway settings. The real console keeps the choice and
uses it from its next start, as the Language page says.
"""

from __future__ import annotations

import shutil
import sys
import tempfile
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QSettings
from PySide6.QtWidgets import QApplication, QMessageBox

from app import __version__
from app.domain.errors import UserError
from app.domain.names import DeviceKind
from app.domain.rules import RuleAction
from app.domain.test_devices import TestDevice
from app.packages.builder import SAMPLE_KINDS, SAMPLE_VERSION, cabinet_bytes, sample_members
from app.services import RuleFilter, Services
from app.simulator.fleet import OLD_VERSION
from app.ui import icons
from app.ui.app import LANGUAGE_KEY, build_context, chosen_language, end_on_signals
from app.ui.context import UiContext
from app.ui.i18n import LANGUAGES, install_language, remove_language, system_language, translated
from app.ui.messages import Prompter
from app.ui.simulator.dialogs import NewPhones

if TYPE_CHECKING:
    from app.ui.main_window import MainWindow
    from app.ui.simulator.window import SimulatorWindow

DEMO_PHONES = 20
DEMO_SCALE = 3600  # 24 h in 24 s
IMAGE_SIZE = 256 * 1024
DEMO_ACCOUNT, DEMO_PASSWORD = "alice", "demo-phone"  # for phones moved outside the firewall


def tr(text: str) -> str:
    return QCoreApplication.translate("Demo", text)


@dataclass
class Demo:
    """Everything ``build_demo`` made; :meth:`close` stops it and removes the folder."""

    folder: Path
    services: Services
    ctx: UiContext
    window: MainWindow
    simulator: SimulatorWindow
    language: str = "en"
    restart_in: str | None = None  # chosen in Settings: run_demo starts over in it

    def language_chosen(self, choice: str) -> None:
        """Settings → Language: start the demo over in *choice*, if the user agrees."""
        language = system_language() if choice == "system" else choice
        if language == self.language:
            return
        if self.ctx.prompter.confirm(
                self.window, tr("Language"),
                tr("Start the demo again in {language}?").format(language=LANGUAGES[language]),
                tr("The demo starts over: its data, phones and changes are thrown away.")):
            self.restart_in = language
            QCoreApplication.quit()  # run_demo builds the next one (no-op outside exec())
        else:  # the Language page shows the language the demo speaks
            self.ctx.ui_state.setValue(LANGUAGE_KEY, self.language)

    def close(self) -> None:
        self.simulator.close()  # stops the phones
        self.ctx.server.stop()  # first: the window asks before it stops a running server
        self.window.close()  # waits for background tasks
        self.ctx.tasks.wait(10_000)
        self.window.deleteLater()  # the simulator window with it (its parent)
        self.services.close()
        shutil.rmtree(self.folder, ignore_errors=True)


def build_demo(folder: Path, ui_state: QSettings, prompter: Prompter | None = None, *,
               phones: int = DEMO_PHONES, scale: int = DEMO_SCALE,
               language: str = "en") -> Demo:
    """Prepare the demo in *folder* and show its windows; no event loop is run here.

    *language* is the one installed: the Language page shows it."""
    from app.ui.main_window import MainWindow  # after the translator is installed

    ui_state.setValue(LANGUAGE_KEY, language)
    services = Services(folder / "data")
    ctx = build_context(services, ui_state, prompter)
    try:
        _import_samples(services, folder)
        state = ctx.server.start("127.0.0.1", 0)
        # the throwaway store says where the server listens, so the server panel agrees
        services.set_setting("Port", str(state.port))
        services.set_setting("ExternalBaseUrl", state.url)
        services.set_user_password(DEMO_ACCOUNT, DEMO_PASSWORD)
        window = MainWindow(ctx)
        simulator = window.simulator_window()
        simulator.set_scale(scale)
        kinds = tuple(DeviceKind(*k) for k in SAMPLE_KINDS)
        first, *_ = simulator.add_phones(NewPhones(phones, kinds, False, OLD_VERSION))
        services.add_test_device(TestDevice.checked("Demo test phone", mac=first.identity.mac))
        simulator.show_demo_note(DEMO_ACCOUNT, DEMO_PASSWORD)
    except BaseException:
        ctx.server.stop()
        services.close()
        raise
    window.refresh_all()
    window.show()
    simulator.show()  # the phones start checking now
    demo = Demo(folder, services, ctx, window, simulator, language)
    window.language_chosen.connect(demo.language_chosen)
    return demo


def _import_samples(services: Services, folder: Path) -> None:
    """The version the phones run, approved; the sample version, pending."""
    for version, approve in ((OLD_VERSION, True), (SAMPLE_VERSION, False)):
        path = folder / f"sample-{version}.cab"
        path.write_bytes(cabinet_bytes(sample_members(IMAGE_SIZE, version)))
        services.import_package(services.read_package(path))
        if approve:
            services.apply(RuleAction.APPROVE, RuleFilter())


def run_demo(language: str | None = None) -> int:
    """Open the demo console; returns the exit status. The throwaway folder is removed.

    Starts over, in a fresh folder, each time the user picks another language."""
    app = QApplication.instance() or QApplication(sys.argv[:1])
    app.setOrganizationName("ucupdates")
    app.setApplicationName("ucupdates")
    app.setApplicationVersion(__version__)
    app.setWindowIcon(icons.icon(icons.APP))
    # only read: the user's language, unless --language names one
    language = language or chosen_language(QSettings())
    while True:
        translators = install_language(language)
        try:
            status, language = _run_once(app, language)
        finally:
            remove_language(translators)
        if language is None:
            return status


def _run_once(app: QApplication, language: str) -> tuple[int, str | None]:
    """One demo in one throwaway folder: (exit status, the language to start over in)."""
    folder = Path(tempfile.mkdtemp(prefix="ucupdates-demo-"))
    ui_state = QSettings(str(folder / "console-state.ini"), QSettings.Format.IniFormat)
    demo = None
    try:
        demo = build_demo(folder, ui_state, language=language)
        end_on_signals(app, lambda: (demo.ctx.server.stop(), app.exit(0)))
        return app.exec(), demo.restart_in
    except UserError as exc:
        QMessageBox.critical(None, "ucupdates", translated(exc))
        return 1, None
    finally:
        if demo is not None:
            demo.close()
        ui_state.sync()  # written now, so nothing writes into the folder once it is gone
        shutil.rmtree(folder, ignore_errors=True)
