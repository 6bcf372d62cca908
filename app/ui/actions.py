"""One way to make a window's actions: name, words, icon, tip and what it does."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QWidget

from app.ui import icons


def make_action(parent: QWidget, name: str, text: str, icon_name: str | None, tip: str,
                slot: Callable[[], object],
                shortcut: QKeySequence | QKeySequence.StandardKey | str | None = None
                ) -> QAction:
    """An action with its object name (the tests find it by that), tooltip, status tip and
    accessible description all saying *tip*."""
    action = QAction(text, parent)
    if icon_name:
        action.setIcon(icons.icon(icon_name))
    action.setObjectName(name)
    for set_tip in (action.setToolTip, action.setStatusTip, action.setWhatsThis):
        set_tip(tip)
    action.setProperty("accessibleName", tip)
    if shortcut:
        action.setShortcut(QKeySequence(shortcut))
    action.triggered.connect(slot)
    return action
