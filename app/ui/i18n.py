"""Translations: Qt Linguist ``.ts`` sources, compiled to ``.qm`` when first needed.

Only the ``.ts`` files are kept in the repository. At start the console
compiles the chosen one with the ``lrelease`` that ships inside the PySide6
wheel into the per-user cache (named by the source's hash, so an edited
``.ts`` is recompiled), and loads it with a plain QTranslator. A Python
subclass of QTranslator that reads ``.ts`` directly was tried and dropped:
PySide6 6.12 on Python 3.11 loses a reference to ``None`` on every
``translate()`` call, which aborts the interpreter within seconds.

A frozen bundle has no ``lrelease``: ``packaging/ucupdates.spec`` compiles the
``.qm`` at build time and the bundle carries it where the ``.ts`` would be;
such a prebuilt ``.qm`` is loaded as it is.

Qt's own texts (OK, Cancel, key names) come from Qt's ``qtbase_<lang>.qm``.

English needs a translation too, for plurals only: a source says "%n rule(s)"
and ``ucupdates_en.ts`` holds "%n rule" and "%n rules" (Qt's numerus forms).

Texts from below the UI (errors, refusals, simulated phones' events) are
English templates with named values (``app.domain.errors.Text`` and
``UserError``); :func:`translated` looks the template up in the context the
object names and fills in the same values, so no Qt reaches those layers.

``resources/translations/update.py`` writes the ``.ts`` files from the
sources (every tr() call, every error template); translators edit them with
Qt Linguist or by hand.
"""

from __future__ import annotations

import hashlib
import logging
import shutil
import subprocess
import sys
from pathlib import Path

import platformdirs
from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from app.domain.errors import fill
from app.resources_path import resources

TRANSLATIONS = resources("translations")
LANGUAGES = {"en": "English", "de": "Deutsch"}
log = logging.getLogger("ucupdates.ui")


def system_language() -> str:
    name = QLocale.system().name().split("_")[0]
    return name if name in LANGUAGES else "en"


def lrelease() -> Path | None:
    """The lrelease program of the installed PySide6 (or on PATH)."""
    import PySide6

    folder = Path(PySide6.__file__).parent
    for name in ("lrelease.exe", "lrelease") if sys.platform == "win32" else ("lrelease",):
        if (folder / name).is_file():
            return folder / name
    found = shutil.which("pyside6-lrelease") or shutil.which("lrelease")
    return Path(found) if found else None


def compiled(ts_file: Path, cache: Path | None = None) -> Path | None:
    """The ``.qm`` for *ts_file*, compiling it into the cache if needed; None on failure."""
    digest = hashlib.sha256(ts_file.read_bytes()).hexdigest()[:16]
    cache = cache or Path(platformdirs.user_cache_dir("ucupdates", appauthor=False))
    target = cache / f"{ts_file.stem}-{digest}.qm"
    if target.is_file():
        return target
    tool = lrelease()
    if tool is None:
        log.warning("no lrelease found; the console stays in English")
        return None
    cache.mkdir(parents=True, exist_ok=True)
    result = subprocess.run([str(tool), "-silent", str(ts_file), "-qm", str(target)],
                            capture_output=True, text=True, timeout=60)
    if result.returncode != 0 or not target.is_file():
        log.warning("could not compile %s: %s", ts_file, result.stderr.strip())
        return None
    return target


def prebuilt(language: str) -> Path | None:
    """A ``.qm`` shipped next to the ``.ts`` (a frozen bundle has one and no lrelease).

    Used unless the ``.ts`` beside it is newer, so a stale build output in a
    checkout never hides an edited translation.
    """
    qm_file = TRANSLATIONS / f"ucupdates_{language}.qm"
    ts_file = qm_file.with_suffix(".ts")
    if not qm_file.is_file():
        return None
    if ts_file.is_file() and ts_file.stat().st_mtime > qm_file.stat().st_mtime:
        return None
    return qm_file


def install_language(language: str, cache: Path | None = None) -> list[QTranslator]:
    """Install the console's and Qt's translations for *language*; return them."""
    app = QCoreApplication.instance()
    ts_file = TRANSLATIONS / f"ucupdates_{language}.ts"
    shipped = prebuilt(language)
    if shipped is None and not ts_file.is_file():
        return []
    installed = []
    qt_own = QTranslator(app)
    if language != "en" and qt_own.load(
            f"qtbase_{language}", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)):
        app.installTranslator(qt_own)
        installed.append(qt_own)
    qm_file = shipped or compiled(ts_file, cache)
    ours = QTranslator(app)
    if qm_file is not None and ours.load(str(qm_file)):
        app.installTranslator(ours)
        installed.append(ours)
    return installed


def remove_language(translators: list[QTranslator]) -> None:
    app = QCoreApplication.instance()
    for translator in translators:
        app.removeTranslator(translator)


def translated(text: object) -> str:
    """*text* in the installed language when it is a Text or UserError from below the
    UI (its values translated too); anything else as ``str()``."""
    template = getattr(text, "template", None)
    if not isinstance(template, str):
        return str(text)
    wording = QCoreApplication.translate(text.context, template)
    values = {name: translated(value) if hasattr(value, "template") else value
              for name, value in text.params.items()}
    return fill(wording, values)
