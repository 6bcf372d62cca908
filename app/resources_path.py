"""Where the program's own files are: the source tree, an installed copy or a frozen bundle.

In a checkout (or an editable install) the root is the folder holding ``app/``,
``resources/`` and ``pyproject.toml``. A PyInstaller bundle is laid out the same
way under ``sys._MEIPASS`` (``packaging/ucupdates.spec`` puts ``resources/`` and
a ``VERSION`` file there), so every caller asks this module and never builds the
path itself.
"""

from __future__ import annotations

import sys
from pathlib import Path


def frozen() -> bool:
    """True inside a PyInstaller bundle."""
    return bool(getattr(sys, "frozen", False)) and hasattr(sys, "_MEIPASS")


def root() -> Path:
    """The folder that holds ``resources/`` (the project root, or the bundle's)."""
    if frozen():
        return Path(sys._MEIPASS)
    return Path(__file__).resolve().parents[1]


def resources(*parts: str) -> Path:
    """A path under ``resources/``, e.g. ``resources("icons", "ucupdates.svg")``."""
    return root().joinpath("resources", *parts)
