"""The Qt binding must not lose references to True and None (PySide6 6.12.0 does).

On Python 3.11, True and None are ordinary objects: a binding that drops a
reference with every signal emission makes the console abort after a while
("deallocating True or False"). The idle console with its server running
emits about one signal a second, so that is a crash within the hour. This
checks the installed binding directly, without letting it get that far.
"""

from __future__ import annotations

import sys

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QLabel


class _Emitter(QObject):
    changed = Signal(int)


def test_signals_and_calls_keep_their_references_to_true_and_none(qtbot):
    emitter, label = _Emitter(), QLabel()
    qtbot.addWidget(label)
    emitter.changed.connect(lambda _value: None)
    true_before, none_before = sys.getrefcount(True), sys.getrefcount(None)
    for n in range(500):
        emitter.changed.emit(n)
        label.setText("x")
    lost_true = true_before - sys.getrefcount(True)
    lost_none = none_before - sys.getrefcount(None)
    assert lost_true < 50 and lost_none < 50, (
        f"the Qt binding lost {lost_true} references to True and {lost_none} to None in 500 "
        "signals: it will crash the console; install PySide6-Essentials < 6.12")
