"""The console in German: errors, refusals, phones' events, History and plurals; the demo
in the language asked for, and starting over in the one chosen in Settings."""

from __future__ import annotations

import pickle
from datetime import UTC, datetime

import pytest
from PySide6.QtCore import QCoreApplication, QSettings, QTimer
from ui_support import RecordingPrompter

from app.domain.errors import InvalidValueError, PackageError, Text
from app.domain.rules import RuleAction
from app.domain.test_devices import TestDevice
from app.domain.versions import Version
from app.import_worker import IsolatedImport
from app.packages.builder import SAMPLE_VERSION
from app.services import RuleFilter
from app.simulator.phone import Event, PhoneState
from app.ui import demo as demo_module
from app.ui.commands import Commands
from app.ui.dialogs.settings import ServicePage
from app.ui.history_words import action_text, value_text
from app.ui.i18n import translated
from app.ui.messages import error_text
from app.ui.models import HistoryModel
from app.ui.simulator.window import SimulatorWindow

FAST = 86400


# -- errors and refusals ---------------------------------------------------------------


def test_str_of_an_error_stays_english_for_the_command_line():
    with pytest.raises(InvalidValueError) as raised:
        Version.parse("4.0")
    assert str(raised.value) == ("'4.0' is not a version: expected four numbers separated by "
                                 "dots, e.g. 4.0.7577.4366")
    assert raised.value.params == {"text": "4.0"}


def test_the_one_error_path_speaks_german(german):
    with pytest.raises(InvalidValueError) as raised:
        Version.parse("4.0")
    assert error_text(raised.value) == ("„4.0“ ist keine Version: Erwartet werden vier durch "
                                        "Punkte getrennte Zahlen, z. B. 4.0.7577.4366")


def test_nested_values_are_translated_too(german, services):
    with pytest.raises(InvalidValueError) as raised:
        services.set_setting("LogCleanUpInterval", "400")
    assert translated(raised.value) == (
        "LogCleanUpInterval: 400 liegt außerhalb des zulässigen Bereichs (zulässig: 1..365 Tage)")
    assert str(raised.value) == "LogCleanUpInterval: 400 is out of range (allowed: 1..365 days)"


def test_a_settings_field_says_what_is_wrong_in_german(german, ctx, qtbot):
    page = ServicePage(ctx)
    qtbot.addWidget(page)
    row = page.rows["Port"]
    row.edit.setText("abc")
    assert page.validate(row) is None
    assert row.error.text() == "Port: „abc“ ist keine ganze Zahl (zulässig: 1..65535)"


def test_a_refused_rule_is_explained_in_german(german, ctx, qtbot, rules):
    commands = Commands(ctx, None)
    approved_only = [r for r in rules if r.pending is None]
    ctx.prompter.confirm_answer = True
    commands.apply_to_rules(RuleAction.APPROVE, approved_only)
    qtbot.waitUntil(lambda: bool(ctx.prompter.reports), timeout=10_000)
    report = ctx.prompter.reports[-1]
    assert "sie hat keine ausstehende Version" in report.details
    assert "no pending version" not in report.details


def test_a_package_refusal_keeps_its_template_across_the_import_process(tmp_path, services,
                                                                         german):
    broken = tmp_path / "broken.cab"
    broken.write_bytes(b"not a cabinet at all")
    session = IsolatedImport(services.data_dir, broken)
    try:
        with pytest.raises(PackageError) as raised:
            session.preview()
    finally:
        session.close()
    assert raised.value.template == "{label}: not a cabinet file (no MSCF signature at its start)"
    assert translated(raised.value) == \
        "broken.cab: keine CAB-Datei (keine MSCF-Signatur am Anfang)"


def test_texts_survive_pickling_with_their_template():
    text = Text("updated to {versions}", versions="CPE 4.0.7577.4400")
    copy = pickle.loads(pickle.dumps(text))
    assert copy == "updated to CPE 4.0.7577.4400"
    assert (copy.template, copy.params) == (text.template, text.params)


# -- the simulated phones ----------------------------------------------------------------


def test_phone_events_show_in_german(german, ctx, qtbot):
    window = SimulatorWindow(ctx)
    qtbot.addWidget(window)
    now = datetime.now(UTC)
    window.show_phone_event(Event(now, "02-55-43-00-00-01", PhoneState.CHECKING.value))
    window.show_phone_event(Event(now, "02-55-43-00-00-01", Text(
        "updated to {versions}", versions="CPE 4.0.7577.4400")))
    shown = [window.events.item(i).text() for i in range(window.events.count())]
    assert shown[0].endswith("02-55-43-00-00-01  prüft")
    assert shown[1].endswith("aktualisiert auf CPE 4.0.7577.4400")


def test_the_phones_summary_counts_in_words(german, ctx, qtbot):
    window = SimulatorWindow(ctx)
    qtbot.addWidget(window)
    window.refresh()
    assert window.summary.text() == "0 Telefone: —; 0 Updateprüfungen, 0 fehlgeschlagen"


# -- History -------------------------------------------------------------------------------


def _history_cells(services) -> list[list[str]]:
    model = HistoryModel()
    model.set_rows(services.history())
    return [[model.index(r, c).data() for c in range(1, model.columnCount())]
            for r in range(model.rowCount())]


def test_history_says_actions_and_values_in_german(german, services, sample_cab):
    services.import_package(services.read_package(sample_cab(SAMPLE_VERSION)))
    services.apply(RuleAction.APPROVE, RuleFilter(brand="Polycom"))
    services.add_test_device(TestDevice.checked("Lab", mac="00-04-F2-00-00-01",
                                                scope="site:Berlin"))
    services.set_setting("PollIntervalHours", "12")
    services.clear_logs(1)
    services.clear_files()
    services.remove_devices_not_seen_for(1)
    cells = _history_cells(services)
    actions = {row[1] for row in cells}
    assert {"Importiert", "Genehmigt", "Testgerät hinzugefügt", "Einstellung geändert",
            "Protokolle gelöscht", "Updatedateien gelöscht"} <= actions
    flat = "\n".join(" | ".join(row) for row in cells)
    for english in ("approved=", "pending=", "scope=", "older than", "files deleted",
                    "versions", " from "):
        assert english not in flat, f"{english!r} left in English:\n{flat}"
    assert "genehmigt=4.0.7577.4366 ausstehend=- Wiederherstellung=-" in flat
    assert "MAC=00-04-F2-00-00-01 Bereich=Standort Berlin" in flat
    assert "älter als 1 Tag" in flat and "0 Dateien gelöscht" in flat


def test_history_keeps_what_it_does_not_know_and_names_that_look_like_values(german):
    assert action_text("something new") == "something new"
    assert value_text("test-device add", "subject", "from the lab") == "from the lab"
    assert value_text("devices remove", "subject", "1 devices") == "1 Gerät"


# -- plurals --------------------------------------------------------------------------------


def test_english_plurals_have_their_own_forms(english):
    def said(n: int) -> str:
        return QCoreApplication.translate("Commands", "Approve %n rule(s)?", "", n)
    assert (said(1), said(3)) == ("Approve 1 rule?", "Approve 3 rules?")


def test_german_plurals_have_their_own_forms(german):
    def said(n: int) -> str:
        return QCoreApplication.translate("Commands", "Approve %n rule(s)?", "", n)
    assert (said(1), said(3)) == ("1 Regel genehmigen?", "3 Regeln genehmigen?")


# -- the server panel -----------------------------------------------------------------------


def test_the_dns_name_placeholder_is_german(german, ctx, qtbot, monkeypatch):
    from app.ui.server_panel import ServerPanel

    monkeypatch.setattr("app.discovery.this_domain", lambda: None)
    panel = ServerPanel(ctx)
    qtbot.addWidget(panel)
    assert panel.dns_name.text() == "ucupdates-r2.<Ihre DNS-Domäne> → dieser Server"


# -- the demo ------------------------------------------------------------------------------


@pytest.fixture
def demo_state(tmp_path):
    return QSettings(str(tmp_path / "demo-ui.ini"), QSettings.Format.IniFormat)


@pytest.fixture
def german_demo(german, tmp_path, demo_state, qtbot, monkeypatch):
    monkeypatch.setenv("UCUPDATES_DATA_DIR", str(tmp_path / "real-data"))
    made = demo_module.build_demo(tmp_path / "demo", demo_state, RecordingPrompter(),
                                  phones=2, scale=FAST, language="de")
    yield made
    made.close()


def test_the_demo_speaks_the_language_it_was_given(german_demo):
    window = german_demo.window
    assert window.windowTitle() == "ucupdates — Geräteupdates"
    assert german_demo.simulator.windowTitle() == "Simulierte Telefone"
    window.show_settings()
    assert _settings_dialog(window).language_page.combo.currentData() == "de"


def _settings_dialog(window):
    from app.ui.dialogs.settings import SettingsDialog

    return window.findChildren(SettingsDialog)[-1]


def test_choosing_a_language_in_the_demo_starts_it_over_in_that_language(german_demo,
                                                                         qtbot):
    window = german_demo.window
    window.show_settings()
    dialog = _settings_dialog(window)
    combo = dialog.language_page.combo
    combo.setCurrentIndex(combo.findData("en"))
    dialog.accept()
    said = german_demo.ctx.prompter.confirms[-1]
    assert said.text == "Die Demo auf English neu starten?"
    assert german_demo.restart_in == "en"
    timer = QTimer()  # outside exec() the demo left the event loops alone
    with qtbot.waitSignal(timer.timeout, timeout=2000):
        timer.start(1)


def test_a_demo_that_is_not_started_over_keeps_its_language(german_demo, demo_state):
    german_demo.ctx.prompter.confirm_answer = False
    german_demo.window.language_chosen.emit("en")
    assert german_demo.restart_in is None
    assert demo_state.value("ui/language") == "de"


def test_run_demo_starts_over_in_the_chosen_language(monkeypatch, qapp, tmp_path):
    """Each round builds a demo with the language installed; the second one is German."""
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "cache"))
    rounds = []

    class FakeDemo:
        def __init__(self, language: str) -> None:
            self.language = language
            self.restart_in = "de" if len(rounds) == 1 else None  # after the first round

        def close(self) -> None:
            pass

    def build(folder, ui_state, prompter=None, *, language="en", **_):
        rounds.append((language, QCoreApplication.translate("MainWindow", "Pending Updates"),
                       folder.is_dir()))
        return FakeDemo(language)

    monkeypatch.setattr(demo_module, "build_demo", build)
    monkeypatch.setattr(type(qapp), "exec", lambda self: 0)
    assert demo_module.run_demo("en") == 0
    assert rounds == [("en", "Pending Updates", True), ("de", "Ausstehende Updates", True)]
    assert QCoreApplication.translate("MainWindow", "Pending Updates") == "Pending Updates"


def test_the_real_console_keeps_the_choice_for_its_next_start(ctx, main_window):
    window, chosen = main_window, []
    window.language_chosen.connect(chosen.append)
    window.show_settings()
    dialog = _settings_dialog(window)
    combo = dialog.language_page.combo
    combo.setCurrentIndex(combo.findData("de"))
    dialog.accept()
    assert chosen == ["de"] and ctx.ui_state.value("ui/language") == "de"
    from app.ui.app import chosen_language

    assert chosen_language(ctx.ui_state) == "de"
    assert not dialog.language_page.note.isHidden(), "it says: from the next start"
