"""What the translation tests share: the .ts files as data and the sources' texts (the
``german`` and ``english`` fixtures are in conftest.py)."""

from __future__ import annotations

import importlib.util
import re
import sys
import xml.etree.ElementTree as ET
from dataclasses import dataclass
from pathlib import Path

from app.ui.i18n import TRANSLATIONS

PLACEHOLDER = re.compile(r"\{[^{}]*\}")  # {n}, {0}, {mb:.1f}
ACCELERATOR = re.compile(r"&(?=[^&\s])")  # "&File"; "&&" is a literal ampersand
# "rule(s)", "Regel(n)", "Version(en)": a plural written out instead of Qt's %n
WRITTEN_PLURAL = re.compile(r"(?<=\w)(?<!http)\((?:s|es|n|en|e|er)\)")


def _load_update_script():
    """resources/translations/update.py, which finds every translatable text."""
    path = TRANSLATIONS / "update.py"
    spec = importlib.util.spec_from_file_location("ucupdates_translations_update", path)
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # dataclasses look their module up
    spec.loader.exec_module(module)
    return module


update_script = _load_update_script()


@dataclass(frozen=True)
class Message:
    context: str
    source: str
    forms: tuple[str, ...]  # the translation, or its numerus forms
    kind: str  # the translation's type attribute: "" (finished), "unfinished", "vanished", ...
    numerus: bool


def ts_file(language: str) -> Path:
    return TRANSLATIONS / f"ucupdates_{language}.ts"


def ts_messages(language: str = "de") -> list[Message]:
    root = ET.parse(ts_file(language)).getroot()
    found = []
    for context in root.iter("context"):
        name = context.findtext("name", "")
        for message in context.iter("message"):
            node = message.find("translation")
            forms = () if node is None else tuple(
                f.text or "" for f in node.findall("numerusform")) or (node.text or "",)
            found.append(Message(name, message.findtext("source", ""), forms,
                                 "missing" if node is None else node.get("type", ""),
                                 message.get("numerus") == "yes"))
    return found


def live_entries(language: str = "de") -> dict[tuple[str, str], Message]:
    """(context, source) -> message, without entries marked obsolete or vanished."""
    return {(m.context, m.source): m for m in ts_messages(language)
            if m.kind not in ("obsolete", "vanished")}
