"""The German translation: complete, in step with the sources, and shown by the real window.

The ``.ts`` file is compiled to ``.qm`` by app.ui.i18n when first needed, so
what these tests read is exactly what the console shows.
"""

from __future__ import annotations

import ast
import re
import sys
import xml.etree.ElementTree as ET
from dataclasses import dataclass
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QDialogButtonBox

import app.ui
from app.domain.settings import SETTINGS
from app.ui.i18n import TRANSLATIONS, compiled, install_language, remove_language
from app.ui.main_window import MainWindow

TS_FILE = TRANSLATIONS / "ucupdates_de.ts"
UI_SOURCES = sorted(Path(app.ui.__file__).parent.glob("*.py"))
PLACEHOLDER = re.compile(r"\{[^{}]*\}")  # {n}, {0}, {mb:.1f}
ACCELERATOR = re.compile(r"&(?=[^&\s])")  # "&File"; "&&" is a literal ampersand

# Texts passed to tr() as a variable: where the call is, and every text it can get.
DYNAMIC = {
    ("settings_dialog.py", "ServicePage", "setting.description"):
        [s.description for s in SETTINGS],
}


# -- reading the .ts file -------------------------------------------------------------


@dataclass(frozen=True)
class Message:
    context: str
    source: str
    translation: str
    kind: str  # the translation's type attribute: "" (finished), "unfinished", "vanished", ...


def ts_messages() -> list[Message]:
    root = ET.parse(TS_FILE).getroot()
    found = []
    for context in root.iter("context"):
        name = context.findtext("name", "")
        for message in context.iter("message"):
            translation = message.find("translation")
            found.append(Message(
                name, message.findtext("source", ""),
                (translation.text or "") if translation is not None else "",
                translation.get("type", "") if translation is not None else "missing"))
    return found


def live_entries() -> dict[tuple[str, str], Message]:
    """(context, source) -> message, without entries lupdate marked obsolete or vanished."""
    return {(m.context, m.source): m for m in ts_messages()
            if m.kind not in ("obsolete", "vanished")}


# -- reading the sources --------------------------------------------------------------


@dataclass(frozen=True)
class Call:
    where: str  # file:line
    context: str | None  # None: self.tr outside a class
    text: str | None  # None: not a string literal
    expression: str


def _helpers(tree: ast.Module) -> dict[str, str]:
    """Module-level ``def tr(text): return QCoreApplication.translate("Ctx", text)``:
    helper name -> its context."""
    helpers = {}
    for node in tree.body:
        if not isinstance(node, ast.FunctionDef) or not node.args.args:
            continue
        parameter = node.args.args[0].arg
        for call in ast.walk(node):
            if (isinstance(call, ast.Call) and isinstance(call.func, ast.Attribute)
                    and call.func.attr == "translate" and len(call.args) >= 2
                    and isinstance(call.args[0], ast.Constant)
                    and isinstance(call.args[1], ast.Name) and call.args[1].id == parameter):
                helpers[node.name] = call.args[0].value
    return helpers


class _TrCalls(ast.NodeVisitor):
    """``self.tr(x)`` (context: the enclosing class), ``translate("Ctx", x)`` and
    ``helper(x)`` for the module's translate helpers."""

    def __init__(self, path: Path, helpers: dict[str, str]) -> None:
        self.path, self.helpers = path, helpers
        self.classes: list[str] = []
        self.functions: list[str] = []
        self.calls: list[Call] = []

    def visit_ClassDef(self, node: ast.ClassDef) -> None:  # noqa: N802 - ast's name
        self.classes.append(node.name)
        self.generic_visit(node)
        self.classes.pop()

    def visit_FunctionDef(self, node: ast.FunctionDef) -> None:  # noqa: N802 - ast's name
        self.functions.append(node.name)
        self.generic_visit(node)
        self.functions.pop()

    def visit_Call(self, node: ast.Call) -> None:  # noqa: N802 - ast's name
        func, found = node.func, None
        if (isinstance(func, ast.Attribute) and func.attr == "tr"
                and isinstance(func.value, ast.Name) and func.value.id == "self"):
            found = (self.classes[-1] if self.classes else None), node.args[:1]
        elif (isinstance(func, ast.Attribute) and func.attr == "translate"
              and len(node.args) >= 2 and isinstance(node.args[0], ast.Constant)):
            in_helper = not self.classes and bool(self.functions) and \
                self.functions[-1] in self.helpers
            if not in_helper:
                found = node.args[0].value, node.args[1:2]
        elif isinstance(func, ast.Name) and func.id in self.helpers:
            found = self.helpers[func.id], node.args[:1]
        if found is not None and found[1]:
            context, (argument,) = found
            literal = isinstance(argument, ast.Constant) and isinstance(argument.value, str)
            self.calls.append(Call(f"{self.path.name}:{node.lineno}", context,
                                   argument.value if literal else None,
                                   ast.unparse(argument)))
        self.generic_visit(node)


def source_calls() -> list[Call]:
    calls = []
    for path in UI_SOURCES:
        tree = ast.parse(path.read_text(encoding="utf-8"), str(path))
        visitor = _TrCalls(path, _helpers(tree))
        visitor.visit(tree)
        calls += visitor.calls
    return calls


# -- (a) the .ts file -------------------------------------------------------------------


def test_the_ts_file_loads_and_has_contexts():
    messages = ts_messages()
    assert len(messages) > 300, "the German .ts file looks empty"
    nameless = [m.source for m in messages if not m.context]
    assert not nameless, (
        "messages in the empty context (pyside6-lupdate puts module-level tr() helpers "
        "there; move them to the helper's context):\n" + "\n".join(nameless))


def test_every_message_is_translated_and_keeps_its_placeholders():
    problems = []
    for m in ts_messages():
        label = f"{m.context}: {m.source!r} -> {m.translation!r}"
        if m.kind:
            problems.append(f"{label}: type={m.kind!r} (finish or drop it)")
        if not m.translation.strip():
            problems.append(f"{label}: no translation")
            continue
        if sorted(PLACEHOLDER.findall(m.source)) != sorted(PLACEHOLDER.findall(m.translation)):
            problems.append(f"{label}: placeholders differ")
        if len(ACCELERATOR.findall(m.source)) != len(ACCELERATOR.findall(m.translation)):
            problems.append(f"{label}: keyboard accelerator (&) lost or added")
        for edge in (str.startswith, str.endswith):
            if edge(m.source, "…") and not edge(m.translation, "…"):
                problems.append(f"{label}: the ellipsis (…) is lost")
        if m.source.count("\n") != m.translation.count("\n"):
            problems.append(f"{label}: line breaks differ")
        if m.source[len(m.source.rstrip()):] != m.translation[len(m.translation.rstrip()):]:
            problems.append(f"{label}: trailing white space differs")
    assert not problems, "\n".join(problems)


def test_menu_accelerators_are_unique():
    entries = live_entries()
    menus = ["&File", "&Rules", "&Maintenance", "&Server", "&Tools", "&View", "&Help"]
    keys = [ACCELERATOR.split(entries[("MainWindow", m)].translation, 1)[1][0].casefold()
            for m in menus]
    assert len(set(keys)) == len(keys), keys


# -- (b) the sources ----------------------------------------------------------------------


def test_every_translatable_text_in_the_sources_is_in_the_ts_file():
    entries = live_entries()
    calls = source_calls()
    assert len(calls) > 300, "the scan found too few tr() calls; is it still working?"
    missing, unknown = [], []
    for call in calls:
        if call.context is None:
            unknown.append(f"{call.where}: self.tr() outside a class has no context")
        elif call.text is not None:
            if (call.context, call.text) not in entries:
                missing.append(f"{call.where}  {call.context}: {call.text!r}")
        else:
            key = (call.where.partition(":")[0], call.context, call.expression)
            if key not in DYNAMIC:
                unknown.append(f"{call.where}: {call.context} translates the variable "
                               f"{call.expression}; list its texts in DYNAMIC")
                continue
            missing += [f"{call.where}  {call.context}: {text!r} (from {call.expression})"
                        for text in DYNAMIC[key] if (call.context, text) not in entries]
    assert not unknown, "\n".join(unknown)
    assert not missing, (
        f"{len(missing)} text(s) have no entry in {TS_FILE.name}; run pyside6-lupdate over "
        "app/ui/*.py, move what lands in the empty context to the helper's context, add "
        "what it misses (f-strings, _tr helpers, variables) by hand, and translate:\n"
        + "\n".join(missing))


# -- (c) the real window ------------------------------------------------------------------

def test_the_ts_file_compiles_with_the_bundled_lrelease(tmp_path, qapp):
    qm_file = compiled(TS_FILE, tmp_path)
    assert qm_file is not None and qm_file.stat().st_size > 1000
    assert compiled(TS_FILE, tmp_path) == qm_file  # cached by content, not rebuilt


@pytest.fixture
def german(qapp, tmp_path):
    """The German translators, installed before any widget is built; removed afterwards."""
    translators = install_language("de", cache=tmp_path)
    assert len(translators) == 2, "Qt's and the console's German translations"
    yield translators
    remove_language(translators)


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
            window.stop_action: "Server beenden",
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
        assert window.server_status.text() == "● Server beendet"
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
