"""Opening the console on a store an earlier version wrote: it says it is upgrading the
store before the window appears, and the window opens on the converted store."""

from __future__ import annotations

import signal
import sqlite3

from PySide6.QtCore import QTimer

from app.services import Services
from app.store.schema import MIGRATIONS


def test_the_console_says_it_upgrades_an_earlier_store(tmp_path, qapp, monkeypatch):
    from app.ui import app as console
    from app.ui.i18n import install_language, remove_language

    data_dir = tmp_path / "data"
    data_dir.mkdir()
    conn = sqlite3.connect(data_dir / "store.sqlite3")
    for number, script in enumerate(MIGRATIONS[:3], start=1):  # what revision 3 wrote
        conn.executescript(script)
        conn.execute(f"PRAGMA user_version = {number}")
    conn.close()
    shown = []
    real_notice = console._upgrade_notice

    def notice():
        dialog = real_notice()
        shown.append((dialog.isVisible(), dialog.labelText()))
        return dialog
    monkeypatch.setattr(console, "_upgrade_notice", notice)
    installed = []  # the console's translators, removed afterwards for the other tests
    monkeypatch.setattr(console, "install_language",
                        lambda code: installed.extend(install_language(code, cache=tmp_path)))
    monkeypatch.setenv(console.EXIT_AFTER_SHOW, "1")
    monkeypatch.setenv("HOME", str(tmp_path))  # the console's UI state, not the user's
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "config"))
    handlers = {n: signal.getsignal(n) for n in (signal.SIGINT, signal.SIGTERM)}
    timers = set(qapp.findChildren(QTimer))
    try:
        assert console.run_gui(data_dir, "en") == 0
        assert console.run_gui(data_dir, "en") == 0
    finally:  # the console's Ctrl-C handling and its wake-up timer end with it
        for number, handler in handlers.items():
            signal.signal(number, handler)
        for timer in set(qapp.findChildren(QTimer)) - timers:
            timer.stop()
        remove_language(installed)
    assert shown == [(True, "Upgrading the store for this version of ucupdates. This happens "
                            "once; with a large inventory it takes a while.")]
    assert not Services.needs_upgrade(data_dir), "converted, so the second start said nothing"


def test_the_console_says_plainly_when_its_store_cannot_be_reached(tmp_path, qapp,
                                                                   monkeypatch):
    """--store naming a PostgreSQL server that is not there: one message, no window."""
    from PySide6.QtWidgets import QMessageBox

    from app.ui import app as console
    from app.ui.i18n import install_language, remove_language

    said = []
    monkeypatch.setattr(QMessageBox, "critical",
                        lambda parent, title, text: said.append((title, text)))
    installed = []
    monkeypatch.setattr(console, "install_language",
                        lambda code: installed.extend(install_language(code, cache=tmp_path)))
    monkeypatch.setenv("HOME", str(tmp_path))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "config"))
    try:
        status = console.run_gui(tmp_path / "data", "en",
                                 "postgresql://ucupdates@127.0.0.1:1/ucupdates")
    finally:
        remove_language(installed)
    assert status == 1
    assert said and said[0][1].startswith(
        "cannot reach the store postgresql://ucupdates@127.0.0.1:1/ucupdates:"), said
    assert not (tmp_path / "data" / "store.sqlite3").exists()
