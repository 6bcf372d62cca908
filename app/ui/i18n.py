"""Translations: Qt Linguist ``.ts`` files, loaded as they are.

We keep translations as the ``.ts`` files Qt Linguist edits and load them
with a small QTranslator that reads them directly, so there is no compiled
``.qm`` to build or to forget to rebuild. ``tr()`` and
``QCoreApplication.translate`` work unchanged.
"""

from __future__ import annotations

import xml.etree.ElementTree as ET
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLocale, QTranslator

TRANSLATIONS = Path(__file__).resolve().parents[2] / "resources" / "translations"
LANGUAGES = {"en": "English", "de": "Deutsch"}


class TsTranslator(QTranslator):
    """A QTranslator over one Qt Linguist .ts file (finished and unfinished entries)."""

    def __init__(self, path: Path, parent=None) -> None:
        super().__init__(parent)
        self.table: dict[tuple[str, str], str] = {}
        root = ET.parse(path).getroot()  # our own file, not outside input
        for context in root.iter("context"):
            name = context.findtext("name", "")
            for message in context.iter("message"):
                source = message.findtext("source", "")
                translation = message.find("translation")
                if translation is not None and translation.text and \
                        translation.get("type") not in ("obsolete", "vanished"):
                    self.table[(name, source)] = translation.text

    def translate(self, context: str, source: str, disambiguation: str | None = None,
                  n: int = -1) -> str:
        return self.table.get((context, source), "")

    def isEmpty(self) -> bool:  # noqa: N802 - Qt's name
        return not self.table


def system_language() -> str:
    name = QLocale.system().name().split("_")[0]
    return name if name in LANGUAGES else "en"


def install_language(language: str) -> QTranslator | None:
    """Install the translation for *language* ("en" needs none); return it."""
    app = QCoreApplication.instance()
    path = TRANSLATIONS / f"ucupdates_{language}.ts"
    if language == "en" or not path.is_file():
        return None
    translator = TsTranslator(path, app)
    app.installTranslator(translator)
    return translator
