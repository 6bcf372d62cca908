"""Loading libarchive, the decoder behind every import (stored, MSZIP and LZX folders).

libarchive-c finds the shared library through ``$LIBARCHIVE`` or the system's
search path. A frozen bundle carries its own copy next to the program
(``packaging/ucupdates.spec``), which is pointed at here before the first
import. A machine without the library gets a refusal that says what to
install, not an import error.
"""

from __future__ import annotations

import os

from app import resources_path
from app.domain.errors import PackageError

BUNDLED = "libarchive.so.13"


def libarchive():
    """The libarchive-c module, loaded on first use."""
    if resources_path.frozen() and (resources_path.root() / BUNDLED).is_file():
        os.environ.setdefault("LIBARCHIVE", str(resources_path.root() / BUNDLED))
    try:
        import libarchive as module
        import libarchive.exception  # noqa: F401 - used through the module
    except (ImportError, OSError, AttributeError, TypeError) as exc:
        raise PackageError("cannot decompress packages: the libarchive library is missing "
                           "({reason}); install it (Debian/Ubuntu: libarchive13, Fedora: "
                           "libarchive) and try again", reason=str(exc) or type(exc).__name__
                           ) from None
    return module
