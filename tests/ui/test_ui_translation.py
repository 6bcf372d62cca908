"""The translations: complete, in step with the sources, and shown by the real window.

The ``.ts`` files are compiled to ``.qm`` by app.ui.i18n when first needed, so
what these tests read is exactly what the console shows. What the sources hold
is read by ``resources/translations/update.py``, the script that writes the
``.ts`` files: every tr() in the console and every English template raised or
made below it (``Text``, ``UserError``).
"""

from __future__ import annotations

import re
import string
import sys

import pytest
from language_support import (
    ACCELERATOR,
    PLACEHOLDER,
    WRITTEN_PLURAL,
    live_entries,
    ts_file,
    ts_messages,
    update_script,
)
from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QDialogButtonBox

from app.ui.i18n import compiled
from app.ui.main_window import MainWindow

TS_FILE = ts_file("de")
FORMS = {"de": 2, "en": 2}  # Qt's numerus forms: singular, plural
# a count followed by a plural noun ("{total} rules"): "1 rules", "1 Regeln" when it is 1
COUNTED = re.compile(r"\{(n|count|total|shown|checks|downloads|refusals|failures|phones"
                     r"|removed)\} (?:[a-z\-]+ ){0,2}[a-z\-]+s\b")
# counts that are never 1 where the text shows, or are said apart for 1 ("1 device")
COUNTED_APART = {("DevicesTab", "{count} devices")}


# -- (a) the .ts files ------------------------------------------------------------------


def test_the_ts_files_load_and_have_contexts():
    messages = ts_messages("de")
    assert len(messages) > 600, "the German .ts file looks empty"
    assert len(ts_messages("en")) > 10, "the English plural forms look missing"
    nameless = [m.source for m in messages if not m.context]
    assert not nameless, (
        "messages in the empty context (pyside6-lupdate puts module-level tr() helpers "
        "there; use resources/translations/update.py):\n" + "\n".join(nameless))


def _problems(m, language: str) -> list[str]:
    label = f"{language} {m.context}: {m.source!r} -> {m.forms!r}"
    problems = [f"{label}: type={m.kind!r} (finish or drop it)"] if m.kind else []
    if m.numerus and len(m.forms) != FORMS[language]:
        problems.append(f"{label}: {FORMS[language]} plural forms wanted")
    for form in m.forms:
        if not form.strip():
            problems.append(f"{label}: no translation")
            continue
        if sorted(PLACEHOLDER.findall(m.source)) != sorted(PLACEHOLDER.findall(form)):
            problems.append(f"{label}: placeholders differ")
        if ("%n" in m.source) != ("%n" in form):
            problems.append(f"{label}: %n lost or added")
        if len(ACCELERATOR.findall(m.source)) != len(ACCELERATOR.findall(form)):
            problems.append(f"{label}: keyboard accelerator (&) lost or added")
        for edge in (str.startswith, str.endswith):
            if edge(m.source, "…") and not edge(form, "…"):
                problems.append(f"{label}: the ellipsis (…) is lost")
        if m.source.count("\n") != form.count("\n"):
            problems.append(f"{label}: line breaks differ")
        if m.source[len(m.source.rstrip()):] != form[len(form.rstrip()):]:
            problems.append(f"{label}: trailing white space differs")
    return problems


@pytest.mark.parametrize("language", ["de", "en"])
def test_every_message_is_translated_and_keeps_its_placeholders(language):
    problems = [p for m in ts_messages(language) for p in _problems(m, language)]
    assert not problems, "\n".join(problems)


def test_plurals_go_through_qts_numerus_forms():
    """No "rule(s)" or "Regel(n)" on screen: a count goes through %n and numerus forms."""
    written = [f"{lang} {m.context}: {m.source!r} -> {form!r}"
               for lang in ("de", "en") for m in ts_messages(lang) for form in m.forms
               if WRITTEN_PLURAL.search(form)]
    uncounted = [f"{m.context}: {m.source!r}" for m in ts_messages("de")
                 if WRITTEN_PLURAL.search(m.source) and not m.numerus]
    assert not written, "plurals written out in a translation:\n" + "\n".join(written)
    assert not uncounted, ("texts with a written-out plural and no count; pass the count "
                           "(self.tr(text, \"\", n)) and use %n:\n" + "\n".join(uncounted))


def test_counts_in_the_console_go_through_numerus_forms():
    entries, _ = update_script.collect()
    counted = [f"{e.context}: {e.source!r} ({e.places[0][0]}:{e.places[0][1]})"
               for e in entries.values()
               if e.context not in ("errors", "texts") and not e.numerus
               and COUNTED.search(e.source) and (e.context, e.source) not in COUNTED_APART]
    assert not counted, ("a count in words says '1 rules'; use %n with the count "
                         "(self.tr(\"%n rule(s)\", \"\", n)):\n" + "\n".join(counted))


def test_menu_accelerators_are_unique():
    entries = live_entries()
    menus = ["&File", "&Rules", "&Maintenance", "&Server", "&Tools", "&View", "&Help"]
    keys = [ACCELERATOR.split(entries[("MainWindow", m)].forms[0], 1)[1][0].casefold()
            for m in menus]
    assert len(set(keys)) == len(keys), keys


# -- (b) the sources ----------------------------------------------------------------------


def test_every_translatable_text_in_the_sources_is_in_the_ts_files():
    entries, unreadable = update_script.collect()
    assert len(entries) > 600, "the scan found too few texts; is it still working?"
    german_ts, english_ts = live_entries("de"), live_entries("en")
    missing = [f"{e.context}: {e.source!r} ({e.places[0][0]}:{e.places[0][1]})"
               for e in entries.values() if (e.context, e.source) not in german_ts]
    missing += [f"{e.context}: {e.source!r} has a count: plural forms wanted"
                for e in entries.values()
                if e.numerus and not german_ts.get((e.context, e.source), e).numerus]
    missing += [f"en {e.context}: {e.source!r}" for e in entries.values()
                if e.numerus and (e.context, e.source) not in english_ts]
    assert not [f"{u.where}: {u.expression}" for u in unreadable], (
        "texts no script can collect (pass a literal, or list them in dynamic_texts()):\n"
        + "\n".join(f"{u.where}: {u.expression}" for u in unreadable))
    assert not missing, (
        f"{len(missing)} text(s) have no entry in the .ts files; run "
        "`python resources/translations/update.py` and translate:\n" + "\n".join(missing))


def test_no_translation_is_left_over_from_texts_gone_from_the_sources():
    entries, _ = update_script.collect()
    known = {(e.context, e.source) for e in entries.values()}
    stale = [f"{lang} {m.context}: {m.source!r}" for lang in ("de", "en")
             for m in ts_messages(lang) if (m.context, m.source) not in known]
    assert not stale, ("run `python resources/translations/update.py` to drop:\n"
                       + "\n".join(stale))


def test_every_message_below_the_console_is_a_template_with_its_values():
    """``raise XError(f"...")`` would show English in the German console: the template must
    be a literal, and its {names} exactly the values given."""
    problems = []
    for found in update_script.core_calls():
        if isinstance(found, update_script.Unreadable):
            problems.append(f"{found.where}: {found.expression} is not a literal template")
            continue
        entry, where, given = found
        names = {field for _, field, _, _ in string.Formatter().parse(entry.source) if field}
        if given and names != set(given):
            problems.append(f"{where}: {entry.source!r} names {sorted(names)}, "
                            f"given {sorted(given)}")
        if not given and names and "{" in entry.source:
            problems.append(f"{where}: {entry.source!r} has placeholders but no values")
    assert not problems, "\n".join(problems)


def test_the_ts_file_compiles_with_the_bundled_lrelease(tmp_path, qapp):
    qm_file = compiled(TS_FILE, tmp_path)
    assert qm_file is not None and qm_file.stat().st_size > 1000
    assert compiled(TS_FILE, tmp_path) == qm_file  # cached by content, not rebuilt


# -- (c) the real window ------------------------------------------------------------------


def test_the_main_window_speaks_german(german, ctx, qtbot):
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    window.show()
    try:
        assert window.windowTitle() == "ucupdates — Geräteupdates"
        assert [window.tabs.tabText(i) for i in range(window.tabs.count())] == [
            "Ausstehende Updates", "Genehmigte Updates", "Testgeräte", "Geräte",
            "Protokolle", "Verlauf"]
        actions = {
            window.import_action: "Importieren…",
            window.approve_action: "Genehmigen",
            window.reset_action: "Ausstehendes abbrechen",
            window.restore_action: "Wiederherstellen",
            window.remove_action: "Entfernen",
            window.clear_files_action: "Updatedateien löschen",
            window.clear_logs_action: "Protokolle löschen…",
            window.refresh_action: "Aktualisieren",
            window.start_action: "Server starten",
            window.stop_action: "Server stoppen",
            window.query_action: "Was würde dieses Gerät erhalten?",
            window.settings_action: "Einstellungen…",
        }
        assert {a.objectName(): a.text() for a in actions} == \
            {a.objectName(): text for a, text in actions.items()}
        assert window.approve_action.toolTip() == \
            "Die ausgewählten ausstehenden Updates für alle Telefone genehmigen"
        assert [a.text() for a in window.menuBar().actions()][:3] == [
            "&Datei", "&Regeln", "&Wartung"]
        header = window.pending_tab.view.model().headerData(6, Qt.Orientation.Horizontal)
        assert header == "Ausstehende Version"
        assert window.server_status.text() == "● Server gestoppt"
        # the module-level helpers' contexts: "tabs" and "Commands"
        assert window.pending_tab.filter_edit.placeholderText() == "Filtern…"
        window.approve_action.trigger()  # nothing selected: the window says so
        said = ctx.prompter.reports[-1]
        assert (said.title, said.text) == ("Genehmigen",
                                           "Wählen Sie zuerst eine oder mehrere Regeln aus.")
    finally:
        ctx.server.stop()


# -- texts the translation leaves alone, and Qt's own -------------------------------------


def test_texts_the_translation_leaves_as_they_are_are_not_blanked(german, ctx, qtbot):
    assert QCoreApplication.translate("NoSuchContext", "Some text") == "Some text"
    buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                               | QDialogButtonBox.StandardButton.Cancel)
    assert all(button.text() for button in buttons.buttons())
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    assert [a.text() for a in window.menuBar().actions()] == [
        "&Datei", "&Regeln", "&Wartung", "&Server", "E&xtras", "&Ansicht", "&Hilfe"]
    model = window.pending_tab.view.model()
    headers = [model.headerData(c, Qt.Orientation.Horizontal)
               for c in range(model.columnCount())]
    assert {"Revision", "Pool"} <= set(headers)


def test_translating_does_not_lose_references_to_none(german):
    before = sys.getrefcount(None)
    for _ in range(1000):
        QCoreApplication.translate("MainWindow", "&File")
    assert sys.getrefcount(None) > before - 100
