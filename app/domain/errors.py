"""The one exception family for problems an administrator can cause or fix.

Anything derived from :class:`UserError` carries a message written for an
administrator and is shown as-is; every other exception is a bug.

Messages are English templates with named ``{placeholders}`` and the values
for them, kept apart: ``str()`` is the English text (what the command line
prints and logs keep), while the console looks the template up in its
translation (context ``errors``, see ``app/ui/i18n.py``) and fills in the
same values. No Qt here: the template and values are plain data.
:class:`Text` does the same for texts that are not errors (a refusal, a
simulated phone's event, a unit).
"""

from __future__ import annotations

from collections.abc import Mapping


def fill(template: str, params: Mapping[str, object]) -> str:
    """The template with its values; a template without values is used as it is,
    so messages with literal braces need no escaping."""
    return template.format(**params) if params else template


class Text(str):
    """An English text (the string itself) that also remembers its template and values."""

    context = "texts"
    template: str
    params: dict[str, object]

    def __new__(cls, template: str, /, **params: object) -> Text:
        text = super().__new__(cls, fill(template, params))
        text.template, text.params = template, params
        return text

    def __reduce__(self):
        # rebuilt from template and values (the import child process pickles errors)
        return _rebuild_text, (type(self), self.template, self.params)


def _rebuild_text(cls: type[Text], template: str, params: dict[str, object]) -> Text:
    return cls(template, **params)


class UserError(Exception):
    """A problem the user can understand and act on."""

    context = "errors"

    def __init__(self, template: str, /, **params: object) -> None:
        super().__init__(fill(template, params))
        self.template, self.params = template, params


class InvalidValueError(UserError):
    """A value (version, MAC, setting, name...) does not have the required form."""


class PackageError(UserError):
    """An update package was refused; nothing was changed."""


class NotFoundError(UserError):
    """A named rule, test device or account does not exist."""


class ConflictError(UserError):
    """The change would clash with what is already stored."""


class AccountExistsError(ConflictError):
    """An account of that name (in any case) is already there."""


class StoreBusyError(UserError):
    """Another process held the store for too long."""
