"""Write the console's ``.ts`` files from the sources: ``python resources/translations/update.py``.

The texts are found by reading the sources with ``ast`` rather than by
``pyside6-lupdate``, which the first ``.ts`` was made with: lupdate puts the
module-level ``tr()`` helpers in the empty context, cannot see texts passed
as variables (the settings' descriptions) and knows nothing of the English
templates that errors, refusals and simulated phones' events carry below the
UI (``app.domain.errors.Text`` and ``UserError``, translated in their
``context``, "errors" or "texts"). This script finds all of them:

* in ``app/ui``: ``self.tr(text[, comment, n])`` (context: the class),
  ``QCoreApplication.translate("Context", text[, comment, n])`` and module
  helpers ``def tr(text): return QCoreApplication.translate("Context", text)``;
  an ``n`` makes a plural message (Qt's ``%n`` with numerus forms);
* everywhere else in ``app`` but ``cli.py`` (the command line stays English):
  every ``Text("…", …)`` and ``…Error("…", …)`` of the UserError family.

Translations already in a ``.ts`` are kept, new texts are added as
unfinished, texts gone from the sources are dropped (git keeps them). The
English file holds only the plural messages ("%n rule" / "%n rules").
Translate with Qt Linguist or in an editor; the tests fail while anything is
unfinished.
"""

from __future__ import annotations

import ast
import sys
import xml.etree.ElementTree as ET
from dataclasses import dataclass, field
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent.parent
APP = ROOT / "app"
UI = APP / "ui"
ENGLISH_ONLY = {APP / "cli.py"}  # the command line is not translated
LANGUAGES = {"de": "de_DE", "en": "en_US"}
PLURAL_FORMS = {"de": 2, "en": 2}  # singular, plural
TRANSLATABLE_BASES = {"Text": "texts", "UserError": "errors"}  # and their subclasses


@dataclass
class Entry:
    """One text to translate, with every place it is used."""

    context: str
    source: str
    numerus: bool = False
    comment: str = ""  # the disambiguation given to tr()
    extra: str = ""  # a note for translators
    places: list[tuple[str, int]] = field(default_factory=list)

    @property
    def key(self) -> tuple[str, str, str]:
        return self.context, self.source, self.comment


@dataclass(frozen=True)
class Unreadable:
    """A call whose text is not a string literal, so no script can collect it."""

    where: str
    context: str | None
    expression: str


def dynamic_texts() -> dict[tuple[str, str, str], tuple[list[str], str]]:
    """Texts passed to tr() as a variable: (file, context, expression) -> (texts, note)."""
    sys.path.insert(0, str(ROOT))
    from app.domain.settings import SETTINGS

    return {("settings.py", "ServicePage", "setting.description"): (
        [s.description for s in SETTINGS],
        "A setting's description (app/domain/settings.py SETTINGS); the settings dialog "
        "shows it through self.tr(setting.description).")}


# -- the console: tr() calls ---------------------------------------------------------


def _helpers(tree: ast.Module) -> dict[str, tuple[str, bool]]:
    """Module-level ``def tr(text[, n]): return QCoreApplication.translate("Ctx", text…)``:
    helper name -> (its context, whether it passes a count)."""
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
                helpers[node.name] = (call.args[0].value, len(call.args) >= 4)
    return helpers


def _literal(node: ast.AST | None) -> str | None:
    return node.value if isinstance(node, ast.Constant) and isinstance(node.value, str) else None


class TrCalls(ast.NodeVisitor):
    """Every translation call of one console module."""

    def __init__(self, path: Path, helpers: dict[str, tuple[str, bool]]) -> None:
        self.path, self.helpers = path, helpers
        self.classes: list[str] = []
        self.functions: list[str] = []
        self.found: list[tuple[Entry, str] | Unreadable] = []

    def visit_ClassDef(self, node: ast.ClassDef) -> None:  # noqa: N802 - ast's name
        self.classes.append(node.name)
        self.generic_visit(node)
        self.classes.pop()

    def visit_FunctionDef(self, node: ast.FunctionDef) -> None:  # noqa: N802 - ast's name
        self.functions.append(node.name)
        self.generic_visit(node)
        self.functions.pop()

    def visit_Call(self, node: ast.Call) -> None:  # noqa: N802 - ast's name
        found = self._translation(node)
        if found is not None:
            context, args, plural = found
            self._add(node, context, args, plural)
        self.generic_visit(node)

    def _translation(self, node: ast.Call) -> tuple[str | None, list[ast.expr], bool] | None:
        """(context, [text, comment, n…], counted) when *node* translates something."""
        func = node.func
        if (isinstance(func, ast.Attribute) and func.attr == "tr"
                and isinstance(func.value, ast.Name) and func.value.id == "self"):
            return (self.classes[-1] if self.classes else None), node.args, len(node.args) >= 3
        if (isinstance(func, ast.Attribute) and func.attr == "translate"
                and len(node.args) >= 2 and _literal(node.args[0]) is not None):
            in_helper = not self.classes and bool(self.functions) and \
                self.functions[-1] in self.helpers
            return None if in_helper else (node.args[0].value, node.args[1:],
                                           len(node.args) >= 4)
        if isinstance(func, ast.Name) and func.id in self.helpers:
            context, plural = self.helpers[func.id]
            return context, node.args, plural
        return None

    def _add(self, node: ast.Call, context: str | None, args: list[ast.expr],
             plural: bool) -> None:
        if not args:
            return
        where = f"{self.path.relative_to(ROOT).as_posix()}:{node.lineno}"
        text = _literal(args[0])
        if context is None or text is None:
            self.found.append(Unreadable(where, context, ast.unparse(args[0])))
            return
        comment = _literal(args[1]) if len(args) > 1 else None
        self.found.append((Entry(context, text, plural, comment or ""), where))


def console_calls() -> list[tuple[Entry, str] | Unreadable]:
    """Every translation call in app/ui, each with where it is (file:line)."""
    found = []
    for path in sorted(UI.rglob("*.py")):
        tree = ast.parse(path.read_text(encoding="utf-8"), str(path))
        visitor = TrCalls(path, _helpers(tree))
        visitor.visit(tree)
        found += visitor.found
    return found


# -- below the console: Text and UserError templates ---------------------------------------


def _core_files() -> list[Path]:
    return [p for p in sorted(APP.rglob("*.py"))
            if UI not in p.parents and p not in ENGLISH_ONLY]


def translatable_classes(trees: list[ast.Module]) -> dict[str, str]:
    """Class name -> context, for Text, UserError and every class derived from them."""
    classes = dict(TRANSLATABLE_BASES)
    bases = {node.name: [b.id for b in node.bases if isinstance(b, ast.Name)]
             for tree in trees for node in ast.walk(tree) if isinstance(node, ast.ClassDef)}
    grown = True
    while grown:  # a subclass of a subclass, in any order
        grown = False
        for name, parents in bases.items():
            context = next((classes[p] for p in parents if p in classes), None)
            if name not in classes and context is not None:
                classes[name], grown = context, True
    return classes


def core_calls() -> list[tuple[Entry, str, list[str]] | Unreadable]:
    """Every ``Text(...)``/``…Error(...)`` made below the console: (entry, where, the
    names of the values given), or Unreadable when the template is not a literal."""
    files = _core_files()
    trees = [ast.parse(p.read_text(encoding="utf-8"), str(p)) for p in files]
    classes = translatable_classes(trees)
    found = []
    for path, tree in zip(files, trees, strict=True):
        for node in ast.walk(tree):
            name = _called_name(node)
            if name not in classes or not node.args:
                continue
            where = f"{path.relative_to(ROOT).as_posix()}:{node.lineno}"
            text = _literal(node.args[0])
            if text is None:
                found.append(Unreadable(where, classes[name], ast.unparse(node.args[0])))
            else:
                found.append((Entry(classes[name], text), where,
                              [k.arg for k in node.keywords if k.arg]))
    return found


def _called_name(node: ast.AST) -> str | None:
    if not isinstance(node, ast.Call):
        return None
    if isinstance(node.func, ast.Name):
        return node.func.id
    return node.func.attr if isinstance(node.func, ast.Attribute) else None


# -- everything, merged -----------------------------------------------------------------


def collect() -> tuple[dict[tuple[str, str, str], Entry], list[Unreadable]]:
    """Every translatable text once, with all its places; and the calls no one can read."""
    entries: dict[tuple[str, str, str], Entry] = {}
    unreadable: list[Unreadable] = []
    dynamic = dynamic_texts()

    def add(entry: Entry, where: str) -> None:
        file, _, line = where.rpartition(":")
        kept = entries.setdefault(entry.key, entry)
        kept.numerus |= entry.numerus
        kept.places.append((file, int(line)))

    core = [found[:2] if isinstance(found, tuple) else found for found in core_calls()]
    for item in [*console_calls(), *core]:  # (entry, where) or Unreadable
        if isinstance(item, tuple):
            add(*item)
            continue
        key = (item.where.rpartition(":")[0].rpartition("/")[2], item.context, item.expression)
        if key not in dynamic:
            unreadable.append(item)
            continue
        texts, note = dynamic[key]
        for text in texts:
            add(Entry(item.context, text, extra=note), item.where)
    return entries, unreadable


# -- the .ts files ------------------------------------------------------------------------


@dataclass
class Translation:
    kind: str  # "" finished, "unfinished"
    forms: list[str]  # one text, or the numerus forms


def read_ts(path: Path) -> dict[tuple[str, str, str], Translation]:
    if not path.is_file():
        return {}
    kept = {}
    for context in ET.parse(path).getroot().iter("context"):
        name = context.findtext("name", "")
        for message in context.iter("message"):
            node = message.find("translation")
            if node is None or node.get("type") in ("obsolete", "vanished"):
                continue
            forms = [f.text or "" for f in node.findall("numerusform")] or [node.text or ""]
            key = (name, message.findtext("source", ""), message.findtext("comment", ""))
            kept[key] = Translation(node.get("type", ""), forms)
    return kept


def _escape(text: str) -> str:
    return (text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
            .replace('"', "&quot;").replace("'", "&apos;"))


def _message(entry: Entry, old: Translation | None, forms: int) -> list[str]:
    numerus = ' numerus="yes"' if entry.numerus else ""
    lines = [f"    <message{numerus}>"]
    for file, line in sorted(set(entry.places)):
        lines.append(f'        <location filename="../../{file}" line="{line}"/>')
    lines.append(f"        <source>{_escape(entry.source)}</source>")
    if entry.comment:
        lines.append(f"        <comment>{_escape(entry.comment)}</comment>")
    if entry.extra:
        lines.append(f"        <extracomment>{_escape(entry.extra)}</extracomment>")
    wanted = forms if entry.numerus else 1
    texts = (old.forms if old else [])[:wanted]
    texts += [""] * (wanted - len(texts))
    finished = old is not None and not old.kind and all(texts) and \
        len(old.forms) >= wanted
    kind = "" if finished else ' type="unfinished"'
    if entry.numerus:
        lines.append(f"        <translation{kind}>")
        lines += [f"            <numerusform>{_escape(t)}</numerusform>" for t in texts]
        lines.append("        </translation>")
    else:
        lines.append(f"        <translation{kind}>{_escape(texts[0])}</translation>")
    lines.append("    </message>")
    return lines


def write_ts(language: str, entries: list[Entry]) -> Path:
    path = HERE / f"ucupdates_{language}.ts"
    old = read_ts(path)
    lines = ['<?xml version="1.0" encoding="utf-8"?>', "<!DOCTYPE TS>",
             f'<TS version="2.1" language="{LANGUAGES[language]}" sourcelanguage="en_US">']
    for context in sorted({e.context for e in entries}):
        lines += ["<context>", f"    <name>{_escape(context)}</name>"]
        for entry in sorted((e for e in entries if e.context == context),
                            key=lambda e: (min(e.places), e.source)):
            lines += _message(entry, old.get(entry.key), PLURAL_FORMS[language])
        lines.append("</context>")
    lines.append("</TS>")
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def main() -> int:
    entries, unreadable = collect()
    for item in unreadable:
        print(f"{item.where}: cannot collect {item.expression} (context {item.context}); "
              "pass a literal or list its texts in dynamic_texts()", file=sys.stderr)
    everything = list(entries.values())
    for language in LANGUAGES:
        wanted = everything if language != "en" else [e for e in everything if e.numerus]
        path = write_ts(language, wanted)
        left = sum('type="unfinished"' in line for line in path.read_text().splitlines())
        print(f"{path.relative_to(ROOT)}: {len(wanted)} messages, {left} unfinished")
    return 1 if unreadable else 0


if __name__ == "__main__":
    sys.exit(main())
