"""Fixtures for the console's tests: a real UiContext over a temporary data folder."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


import pytest  # noqa: E402
from PySide6.QtCore import QCoreApplication, QSettings  # noqa: E402
from ui_support import RecordingPrompter  # noqa: E402

from app.domain.rules import RuleAction  # noqa: E402
from app.services import RuleFilter  # noqa: E402
from app.ui.context import UiContext  # noqa: E402
from app.ui.server_controller import ServerController  # noqa: E402
from app.ui.tasks import TaskRunner  # noqa: E402


@pytest.fixture
def ctx(services, tmp_path, qtbot):
    """Services, a task runner, a prompter that records, an idle server, UI state in tmp."""
    state = QSettings(str(tmp_path / "ui.ini"), QSettings.Format.IniFormat)
    context = UiContext(services, TaskRunner(), RecordingPrompter(), ServerController(services),
                        state)
    yield context
    assert context.tasks.wait(), "background tasks still running at the end of the test"
    QCoreApplication.processEvents()  # deliver their results while the widgets exist


@pytest.fixture
def main_window(ctx, qtbot):
    """The real window, shown (offscreen); its server is stopped afterwards."""
    from app.ui.main_window import MainWindow

    window = MainWindow(ctx)
    qtbot.addWidget(window)
    window.show()
    yield window
    ctx.server.stop()


@pytest.fixture
def parent(qtbot):
    """A plain, shown widget for a dialog to open over, where the whole window is not needed."""
    from PySide6.QtWidgets import QWidget

    widget = QWidget()
    widget.resize(800, 600)
    qtbot.addWidget(widget)
    widget.show()
    return widget


@pytest.fixture
def rules(services, sample_cab):
    """Pending: Polycom, Aastra, LG-Nortel (4.0.7577.4400). Approved: Polycom and HP
    (4.0.7577.4366)."""
    services.import_package(services.read_package(sample_cab("4.0.7577.4366")))
    services.apply(RuleAction.APPROVE, RuleFilter(brand="Polycom"))
    services.apply(RuleAction.APPROVE, RuleFilter(brand="HP"))
    services.import_package(services.read_package(sample_cab("4.0.7577.4400")))
    services.apply(RuleAction.RESET, RuleFilter(brand="HP"))
    return services.rules()


@pytest.fixture
def german(qapp, tmp_path):
    """The German translators, installed before any widget is built; removed afterwards."""
    from app.ui.i18n import install_language, remove_language

    translators = install_language("de", cache=tmp_path)
    assert len(translators) == 2, "Qt's and the console's German translations"
    yield translators
    remove_language(translators)


@pytest.fixture
def english(qapp, tmp_path):
    """The console's English translator: plural forms only ("1 rule", "2 rules")."""
    from app.ui.i18n import install_language, remove_language

    translators = install_language("en", cache=tmp_path)
    assert len(translators) == 1, "the console's English plural forms"
    yield translators
    remove_language(translators)
