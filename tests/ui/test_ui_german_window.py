"""Nothing English on a German screen: the real window on a store with content, every tab,
the settings dialog, the simulated phones and the main dialogs, every text collected.

A text fails when it is an English source the .ts translates differently (whole, or
one of its lines, placeholders and counts filled in any way), or when it reads as an
English sentence (two common English words) that no translation produced: a text
nobody wrapped in tr().
"""

from __future__ import annotations

import http.client
import re

import pytest
from language_support import ts_messages
from PySide6.QtCore import QAbstractItemModel, QCoreApplication, Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QComboBox,
    QGroupBox,
    QLabel,
    QLineEdit,
    QListWidget,
    QMenu,
    QTabWidget,
    QWidget,
)
from ui_support import record, sighting

from app.domain.rules import RuleAction
from app.domain.test_devices import TestDevice
from app.packages.builder import SAMPLE_VERSION
from app.simulator.phone import Event, PhoneState
from app.ui.dialogs.import_preview import ImportPreviewDialog
from app.ui.dialogs.query import DeviceQueryDialog
from app.ui.dialogs.test_device import TestDeviceDialog
from app.ui.main_window import MainWindow
from app.ui.simulator.dialogs import AddPhonesDialog, SignInDialog
from app.ui.tabs.common import select_rows

ROLES = (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole)
MAX_ROWS = 30
# two of these as words make a text English (German shares none of them)
ENGLISH_WORDS = {"the", "and", "is", "are", "of", "not", "this", "with", "to", "for", "no",
                 "has", "have", "be", "will", "you", "your", "or", "from", "by", "that",
                 "there", "which", "was", "were", "yet", "any", "every", "first", "it"}
# English words on a German screen on purpose: names of things, protocol terms, values
SAME_IN_BOTH = re.compile(
    r"MaxPackageUnpackedSize|updateInfo\.xml|ucdevice\.upx|RequestHandler(Ext)?|sip:\S+"
    r"|https?://\S+|(/[\w.\-]+)+|[A-Z][A-Za-z]+(Interval|Size|Limit|Types|Extensions|Url|Address|Networks"
    r"|Proxies|Hours|Day)\b")


# -- what the .ts says must not show ---------------------------------------------------


def _pattern(source: str) -> re.Pattern:
    """The English source with its placeholders and count filled by anything."""
    parts = re.split(r"(\{[^{}]*\}|%n)", source)
    regex = "".join(r"\d+" if p == "%n" else ".+?" if p.startswith("{") and p.endswith("}")
                    else re.escape(p) for p in parts)
    return re.compile(regex, re.DOTALL)


def english_sources() -> list[tuple[str, re.Pattern | None]]:
    """Every source the German .ts translates to something else everywhere (a text kept
    as it is somewhere, like "Pool" or "Revision", may show)."""
    changed, kept = set(), set()
    for m in ts_messages("de"):
        same = m.source.replace("%n", "") in {f.replace("%n", "") for f in m.forms}
        (kept if same else changed).add(m.source)
    return [(s, _pattern(s) if re.search(r"\{[^{}]*\}|%n", s) else None)
            for s in sorted(changed - kept) if len(s.strip()) > 1]


# -- collecting what is on screen ----------------------------------------------------------


def _widget_texts(widget: QWidget) -> list[str]:
    texts = [widget.windowTitle(), widget.toolTip(), widget.accessibleName()]
    if isinstance(widget, QLabel | QAbstractButton):
        texts.append(widget.text())
    if isinstance(widget, QLineEdit):
        texts.append(widget.placeholderText())
    if isinstance(widget, QGroupBox):
        texts.append(widget.title())
    if isinstance(widget, QMenu):
        texts.append(widget.title())
    if isinstance(widget, QTabWidget):
        texts += [widget.tabText(i) for i in range(widget.count())]
        texts += [widget.tabToolTip(i) for i in range(widget.count())]
    if isinstance(widget, QComboBox):
        texts += [widget.itemText(i) for i in range(widget.count())]
    if isinstance(widget, QListWidget):
        texts += [widget.item(i).text() for i in range(widget.count())]
    if isinstance(widget, QAbstractItemView) and not isinstance(widget, QListWidget) \
            and widget.model() is not None:
        texts += _model_texts(widget.model())
    return texts


def _model_texts(model: QAbstractItemModel) -> list[str]:
    texts = []
    for column in range(model.columnCount()):
        texts += [model.headerData(column, Qt.Orientation.Horizontal, role) for role in ROLES]
        for row in range(min(model.rowCount(), MAX_ROWS)):
            texts += [model.index(row, column).data(role) for role in ROLES]
    return texts


def _action_texts(widget: QWidget) -> list[str]:
    return [text for action in widget.findChildren(QAction)
            for text in (action.text(), action.toolTip(), action.statusTip())]


def screen_texts(*windows: QWidget) -> list[str]:
    """Every text the windows and their children show (or show on hover)."""
    texts = []
    for window in windows:
        for widget in (window, *window.findChildren(QWidget)):
            texts += _widget_texts(widget)
        texts += _action_texts(window)
    return [t for t in texts if isinstance(t, str) and t.strip()]


def english_left(texts: list[str]) -> list[str]:
    sources = english_sources()
    left = set()
    for text in texts:
        for piece in {text, *text.split("\n"), text.replace("&", "")}:
            piece = piece.strip()
            if any(piece == s if p is None else p.fullmatch(piece) for s, p in sources):
                left.add(f"an English source: {piece!r}")
        words = set(re.findall(r"[a-z]+", SAME_IN_BOTH.sub(" ", text).lower()))
        if len(words & ENGLISH_WORDS) >= 2:
            left.add(f"reads as English: {text!r}")
    return sorted(left)


# -- the store, and the windows ------------------------------------------------------------


@pytest.fixture
def content(services, rules):
    """Pending and approved rules, a test device, devices seen, and a varied history."""
    services.add_test_device(TestDevice.checked("Lab phone", mac="00-04-F2-00-00-01"))
    services.add_test_device(TestDevice.checked("Branch phone", serial="SN42",
                                                scope="site:Berlin"))
    record(services, [sighting(n) for n in range(1, 6)] + [sighting(9, test=True)])
    services.set_setting("PollIntervalHours", "12")
    services.set_user_password("alice", "correct horse")
    services.clear_logs(1)
    services.clear_files()
    services.remove_devices_not_seen_for(3650)
    return services


def _ask_for_updates(port: int, mac: str) -> None:
    """One update check, so the Logs tab has a line (as a phone would ask)."""
    body = ("<UpdateRequest><DeviceType>UCPhone</DeviceType><Brand>Polycom</Brand>"
            "<Model>CX600</Model><Revision>A</Revision><Locale>ENU</Locale>"
            f"<MacAddress>{mac}</MacAddress><Modules>"
            '<Module UpdateType="CPE" Version="4.0.7577.4000"/></Modules></UpdateRequest>')
    conn = http.client.HTTPConnection("127.0.0.1", port, timeout=10)
    conn.request("POST", "/RequestHandler/ucdevice.upx", body, {"Content-Type": "text/xml"})
    conn.getresponse().read()
    conn.close()


@pytest.fixture
def german_window(german, ctx, content, qtbot):
    state = ctx.server.start("127.0.0.1", 0)
    for mac in ("00-04-F2-00-00-01", "00-04-F2-00-00-77"):
        _ask_for_updates(state.port, mac)
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    window.show()
    window.refresh_all()
    for tab in (window.pending_tab, window.approved_tab, window.test_devices_tab,
                window.devices_tab, window.logs_tab, window.history_tab):
        qtbot.waitUntil(lambda tab=tab: not getattr(tab, "loading", False), timeout=10_000)
    yield window
    ctx.server.stop()


def _visit_every_tab(window: MainWindow, qtbot) -> list[str]:
    texts = []
    for index in range(window.tabs.count()):
        window.tabs.setCurrentIndex(index)
        qtbot.wait(1)
        texts += screen_texts(window)
    return texts


def test_the_main_window_and_its_tabs_show_no_english(german_window, qtbot):
    window = german_window
    qtbot.waitUntil(lambda: window.logs_tab.audit_model.rowCount() >= 2, timeout=10_000)
    assert min(tab.view.model().rowCount() for tab in (
        window.pending_tab, window.approved_tab, window.test_devices_tab, window.devices_tab,
        window.history_tab)) > 0, "every tab has rows to check"
    left = english_left(_visit_every_tab(window, qtbot))
    assert not left, "\n".join(left)


def test_the_settings_and_account_dialogs_show_no_english(german_window, qtbot):
    german_window.show_settings()
    from app.ui.dialogs.settings import SettingsDialog

    dialog = german_window.findChildren(SettingsDialog)[-1]
    texts = []
    for index in range(dialog.tabs.count()):
        dialog.tabs.setCurrentIndex(index)
        texts += screen_texts(dialog)
    account = dialog.accounts_page.open_account_dialog(None)
    texts += screen_texts(account)
    left = english_left(texts)
    assert not left, "\n".join(left)


def test_the_dialogs_show_no_english(german_window, ctx, qtbot):
    dialogs = [TestDeviceDialog(german_window), DeviceQueryDialog(ctx, german_window)]
    for dialog in dialogs:
        qtbot.addWidget(dialog)
    query = dialogs[1]
    query.check()  # an empty form: the dialog says what is missing
    left = english_left(screen_texts(*dialogs))
    assert not left, "\n".join(left)


def test_the_simulated_phones_show_no_english(german_window, ctx, qtbot):
    simulator = german_window.simulator_window()
    simulator.show()
    from datetime import UTC, datetime

    now = datetime.now(UTC)
    for state in PhoneState:
        simulator.show_phone_event(Event(now, "02-55-43-00-00-01", state.value))
    simulator.show_demo_note("alice", "demo-phone")
    kinds = simulator.rule_kinds()
    dialogs = [AddPhonesDialog(simulator, kinds), SignInDialog(simulator)]
    for dialog in dialogs:
        qtbot.addWidget(dialog)
    left = english_left(screen_texts(simulator, *dialogs))
    simulator.close()
    assert not left, "\n".join(left)


def test_the_import_preview_and_report_show_no_english(german_window, ctx, sample_cab,
                                                       qtbot):
    plan = ctx.services.preview_import(ctx.services.read_package(sample_cab("4.0.7577.4500")))
    dialog = ImportPreviewDialog(plan, german_window)
    qtbot.addWidget(dialog)
    text, details = german_window.import_flow.report_text(plan)
    left = english_left([*screen_texts(dialog), text, details])
    assert not left, "\n".join(left)


def test_what_the_window_asks_and_reports_shows_no_english(german_window, ctx, qtbot):
    """Confirmations and reports go through the prompter: collect what it was told."""
    window, prompter = german_window, ctx.prompter
    window.tabs.setCurrentWidget(window.pending_tab)
    select_rows(window.pending_tab.view, list(range(window.pending_tab.view.model()
                                                    .rowCount())))
    prompter.confirm_answer = False
    for action in (window.approve_action, window.reset_action, window.remove_action):
        action.trigger()
    window.tabs.setCurrentWidget(window.approved_tab)
    select_rows(window.approved_tab.view, [0])
    window.restore_action.trigger()
    prompter.confirm_answer = True
    window.tabs.setCurrentWidget(window.pending_tab)
    select_rows(window.pending_tab.view, [0])
    window.approve_action.trigger()  # done: reported
    qtbot.waitUntil(lambda: bool(prompter.reports), timeout=10_000)
    window.show_about()
    said = [t for s in (*prompter.confirms, *prompter.reports)
            for t in (s.title, s.text, s.details)]
    assert len(said) >= 10
    left = english_left([t for t in said if t])
    assert not left, "\n".join(left)


def test_the_check_finds_english(german, ctx, qtbot):
    """The check itself: an untranslated source and an unwrapped English text are found."""
    assert english_left(["Pending Updates", "Running on http://127.0.0.1:8080",
                         "Approve 3 rule(s)?", "This is not translated at all"]) == [
        "an English source: 'Approve 3 rule(s)?'",
        "an English source: 'Pending Updates'",
        "an English source: 'Running on http://127.0.0.1:8080'",
        "reads as English: 'This is not translated at all'"]
    assert english_left(["Ausstehende Updates", "Pool", "MAC", f"CPE {SAMPLE_VERSION}",
                         QCoreApplication.translate("MainWindow", "Pending Updates")]) == []
    assert RuleAction.APPROVE  # the actions above use the same words as the console
