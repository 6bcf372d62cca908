"""Faults of the machine rather than of the program: a full disk, a read-only folder.

They reach the administrator as a :class:`UserError` that says what happened
and what to do, never as "unexpected error … please report it".
"""

from __future__ import annotations

import errno

from app.domain.errors import Text, UserError


class EnvironmentFault(UserError):
    """The disk or the folder, not ucupdates, stopped the work; nothing was changed."""


_ADVICE = {
    errno.ENOSPC: Text("the disk is full: free some space and try again"),
    errno.EDQUOT: Text("the disk quota is used up: free some space and try again"),
    errno.EROFS: Text("the folder is on a read-only file system: ucupdates needs to write there"),
    errno.EACCES: Text("permission denied: run ucupdates as a user who may write there"),
    errno.EPERM: Text("the operation is not permitted there: check the folder's owner and "
                      "rights"),
    errno.EIO: Text("the disk reported an input/output error: check the disk"),
}


def environment_fault(exc: OSError, doing: str) -> EnvironmentFault | None:
    """The fault for *exc* raised while *doing* something (a Text where the console
    shows it), or None if it is not one."""
    advice = _ADVICE.get(exc.errno or 0)
    if advice is None:
        return None
    if exc.filename:
        return EnvironmentFault("cannot {doing} ({file}): {advice}; nothing was changed",
                                doing=doing, file=str(exc.filename), advice=advice)
    return EnvironmentFault("cannot {doing}: {advice}; nothing was changed", doing=doing,
                            advice=advice)
