"""The one exception family for problems an administrator can cause or fix.

Anything derived from :class:`UserError` carries a message written for an
administrator and is shown as-is; every other exception is a bug.
"""


class UserError(Exception):
    """A problem the user can understand and act on."""


class InvalidValueError(UserError):
    """A value (version, MAC, setting, name...) does not have the required form."""


class PackageError(UserError):
    """An update package was refused; nothing was changed."""


class NotFoundError(UserError):
    """A named rule, test device or account does not exist."""


class ConflictError(UserError):
    """The change would clash with what is already stored."""


class StoreBusyError(UserError):
    """Another process held the store for too long."""
