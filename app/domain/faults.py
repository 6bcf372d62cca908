"""Faults of the machine rather than of the program: a full disk, a read-only folder.

They reach the administrator as a :class:`UserError` that says what happened
and what to do, never as "unexpected error … please report it".
"""

from __future__ import annotations

import errno

from app.domain.errors import UserError


class EnvironmentFault(UserError):
    """The disk or the folder, not ucupdates, stopped the work; nothing was changed."""


_ADVICE = {
    errno.ENOSPC: "the disk is full: free some space and try again",
    errno.EDQUOT: "the disk quota is used up: free some space and try again",
    errno.EROFS: "the folder is on a read-only file system: ucupdates needs to write there",
    errno.EACCES: "permission denied: run ucupdates as a user who may write there",
    errno.EPERM: "the operation is not permitted there: check the folder's owner and rights",
    errno.EIO: "the disk reported an input/output error: check the disk",
}


def environment_fault(exc: OSError, doing: str) -> EnvironmentFault | None:
    """The fault for *exc* raised while *doing* something, or None if it is not one."""
    advice = _ADVICE.get(exc.errno or 0)
    if advice is None:
        return None
    where = f" ({exc.filename})" if exc.filename else ""
    return EnvironmentFault(f"cannot {doing}{where}: {advice}; nothing was changed")
