"""The History tab in the console's language.

The store keeps each action's name and values in English ("approve",
"approved=4.0.7577.4366 pending=- restore=-"): that is the record, and the
command line's ``history`` prints it as it is. The console reads those texts
back here and says them in its language; a text it does not know is shown as
stored, so an action added later is never hidden, only untranslated.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from PySide6.QtCore import QCoreApplication


def tr(text: str) -> str:
    return QCoreApplication.translate("History", text)


def trn(text: str, n: int) -> str:
    return QCoreApplication.translate("History", text, None, n)


def _actions() -> dict[str, str]:
    """Stored action -> its name in the console: in English the stored word, as the command
    line's ``history`` shows it (services and the importer write them)."""
    return {
        "import": tr("import"), "approve": tr("approve"), "reset": tr("reset"),
        "restore": tr("restore"), "remove": tr("remove"), "config set": tr("config set"),
        "test-device add": tr("test-device add"), "test-device set": tr("test-device set"),
        "test-device remove": tr("test-device remove"), "user add": tr("user add"),
        "user password": tr("user password"), "user remove": tr("user remove"),
        "devices remove": tr("devices remove"), "clear-files": tr("clear-files"),
        "clear-logs": tr("clear-logs"),
    }


def action_text(action: str) -> str:
    """A stored action's name in the console's language."""
    return _actions().get(action, action)


def _versions(match: re.Match) -> str:
    approved, pending, restore = match.groups()  # "-" stands for none, in both languages
    return tr("approved={approved} pending={pending} restore={restore}").format(
        approved=approved, pending=pending, restore=restore)


def _test_device(match: re.Match) -> str:
    kind, identifier, scope = match.groups()
    kind_text = {"MAC": tr("MAC"), "SerialNumber": tr("serial number")}.get(kind, kind)
    site = scope.partition(":")[2] if scope.startswith("site:") else None
    scope_text = tr("global") if scope == "global" else \
        tr("site {site}").format(site=site) if site is not None else scope
    return tr("{kind}={identifier} scope={scope}").format(
        kind=kind_text, identifier=identifier, scope=scope_text)


Form = tuple[re.Pattern, Callable[[re.Match], str]]
_STATES: tuple[Form, ...] = (  # a rule's or a test device's state, before and after
    (re.compile(r"approved=(\S+) pending=(\S+) restore=(\S+)"), _versions),
    (re.compile(r"(MAC|SerialNumber)=(\S+) scope=(.+)"), _test_device),
)
# (action, column) -> the forms app/services.py and app/packages/importer.py store there;
# only there, so a name that happens to look like one (a test device "from A") stays
_FORMS: dict[tuple[str, str], tuple[Form, ...]] = {
    ("devices remove", "subject"): (
        (re.compile(r"(\d+) devices"), lambda m: trn("%n device(s)", int(m[1]))),
        (re.compile(r"not seen for (\d+) days"),
         lambda m: trn("not seen for %n day(s)", int(m[1])))),
    ("devices remove", "detail"): (
        (re.compile(r"(\d+) devices removed"),
         lambda m: trn("%n device(s) removed", int(m[1]))),),
    ("clear-files", "subject"): (
        (re.compile(r"(\d+) versions"), lambda m: trn("%n version(s)", int(m[1]))),),
    ("clear-logs", "subject"): (
        (re.compile(r"older than (\d+) days"),
         lambda m: trn("older than %n day(s)", int(m[1]))),),
    ("clear-logs", "detail"): (
        (re.compile(r"(\d+) files deleted"), lambda m: trn("%n file(s) deleted", int(m[1]))),),
    ("import", "detail"): (
        (re.compile(r"from (.+)"), lambda m: tr("from {update}").format(update=m[1])),),
}


def value_text(action: str, column: str, text: str | None) -> str:
    """What *action* stored in *column* ("subject", "before", "after", "detail"), in the
    console's language; names and versions stay as they are."""
    if not text:
        return ""
    forms = _STATES if column in ("before", "after") else _FORMS.get((action, column), ())
    for pattern, said in forms:
        match = pattern.fullmatch(text)
        if match:
            return said(match)
    return text
