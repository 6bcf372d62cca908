"""File → Import from Lync Server… driven offscreen: choose, preview, import, refuse, cancel."""

from __future__ import annotations

import pytest
from lync_fixtures import CX600_ID, HP_ID, V1, V2, V3, devices_csv, lync_store, rules_csv
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QTreeWidgetItemIterator

from app.domain.test_devices import TestDevice
from app.domain.versions import Version
from app.ui.dialogs.lync_import import LyncImportDialog

pytestmark = pytest.mark.qt_log_ignore(
    r"This plugin does not support (propagateSizeHints|raise)\(\)", extend=True)


@pytest.fixture
def lync(tmp_path):
    store = tmp_path / "DeviceUpdateStore"
    lync_store(store, image_size=3 * 1024 * 1024)
    return {"store": store, "rules": rules_csv(tmp_path / "rules.csv"),
            "devices": devices_csv(tmp_path / "devices.csv")}


@pytest.fixture
def dialog(ctx, qtbot):
    widget = LyncImportDialog(ctx)
    qtbot.addWidget(widget)
    widget.show()
    return widget


def tree_texts(dialog) -> list[str]:
    found, items = [], QTreeWidgetItemIterator(dialog.tree)
    while items.value():
        item = items.value()
        found.append(" | ".join(item.text(c) for c in range(5)).rstrip(" |"))
        items += 1
    return found


def fill(dialog, lync, rules=True, devices=True) -> None:
    dialog.store_edit.setText(str(lync["store"]))
    if rules:
        dialog.rules_edit.setText(str(lync["rules"]))
    if devices:
        dialog.devices_edit.setText(str(lync["devices"]))


def previewed(dialog, qtbot) -> None:
    qtbot.mouseClick(dialog.preview_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.task is None and dialog.preview_button.isEnabled(),
                    timeout=10_000)


def test_preview_lists_every_rule_version_and_test_device(dialog, lync, qtbot, ctx):
    fill(dialog, lync)
    previewed(dialog, qtbot)
    texts = tree_texts(dialog)
    assert "Rules (2)" in texts and "Test devices (2)" in texts
    assert "Versions to copy (4)" in texts
    assert any(CX600_ID in t and V2 in t and V3 in t and V1 in t for t in texts)
    assert any("lab-phone (global)" in t and "00-04-F2-12-34-56" in t for t in texts)
    assert dialog.import_button.isEnabled()
    assert "nothing has been changed" in dialog.summary.text()
    assert ctx.services.rules() == []


def test_import_brings_everything_over_with_progress(english, dialog, lync, qtbot, ctx):
    fill(dialog, lync)
    previewed(dialog, qtbot)
    with qtbot.waitSignal(dialog.lync_imported, timeout=20_000):
        qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
        assert dialog.progress.isVisible()
    rules = {r.id: r for r in ctx.services.rules()}
    assert set(rules) == {CX600_ID, HP_ID}
    assert rules[CX600_ID].approved == Version.parse(V2)
    assert {d.name for d in ctx.services.test_devices()} == {"lab-phone", "desk"}
    assert dialog.progress.value() == dialog.progress.maximum()
    (report,) = ctx.prompter.reports
    assert report.title == "Imported from Lync" and "2 rules" in report.text
    assert not dialog.isVisible()


def test_without_rules_the_newest_versions_are_pending_and_the_rest_left_out(dialog, lync,
                                                                            qtbot):
    fill(dialog, lync, rules=False, devices=False)
    previewed(dialog, qtbot)
    texts = tree_texts(dialog)
    assert "Left out: no rule names them (2)" in texts
    assert any("(a new Id)" in t and V3 in t for t in texts)


def test_a_bad_rules_file_is_named_and_nothing_can_be_imported(dialog, lync, qtbot, ctx,
                                                               tmp_path):
    lync["rules"].write_text('"Id","Brand"\r\n"x","y"\r\n')
    fill(dialog, lync)
    previewed(dialog, qtbot)
    assert "rules.csv, line 1: the header has no column" in dialog.summary.text()
    assert not dialog.import_button.isEnabled()
    assert ctx.prompter.errors == [] and ctx.services.rules() == []


def test_conflicts_are_shown_and_refuse_the_import(dialog, lync, qtbot, ctx):
    ctx.services.add_test_device(TestDevice.checked("desk", serial="X1", scope="site:Berlin"))
    fill(dialog, lync)
    previewed(dialog, qtbot)
    texts = tree_texts(dialog)
    assert "Conflicts (1)" in texts
    assert any("a test device named desk already exists in site:Berlin" in t for t in texts)
    assert "conflict" in dialog.summary.text() and not dialog.import_button.isEnabled()


def test_an_empty_store_field_asks_for_the_folder(dialog, qtbot):
    qtbot.mouseClick(dialog.preview_button, Qt.MouseButton.LeftButton)
    assert "Choose the copy of the DeviceUpdateStore folder" in dialog.summary.text()
    assert dialog.task is None


def test_cancel_during_the_import_changes_nothing(dialog, lync, qtbot, ctx):
    fill(dialog, lync)
    previewed(dialog, qtbot)
    dialog.start_import()
    dialog.cancel_import()
    qtbot.waitUntil(lambda: dialog.task is None, timeout=20_000)
    assert "cancelled; nothing was changed" in dialog.summary.text()
    assert ctx.services.rules() == [] and ctx.services.test_devices() == []
    assert dialog.isVisible() and dialog.close_button.text() == "Close"


def test_changing_a_path_forgets_the_preview(dialog, lync, qtbot):
    fill(dialog, lync)
    previewed(dialog, qtbot)
    dialog.rules_edit.setText("")
    assert not dialog.import_button.isEnabled() and tree_texts(dialog) == []


def test_the_file_menu_opens_it_and_the_window_shows_what_came_over(main_window, lync, qtbot,
                                                                   ctx):
    file_menu = next(a.menu() for a in main_window.menuBar().actions()
                     if a.text() == "&File")
    assert main_window.lync_import_action in file_menu.actions()
    main_window.lync_import_action.trigger()
    dialog = main_window.findChild(LyncImportDialog)
    assert dialog is not None and dialog.isVisible()
    fill(dialog, lync)
    previewed(dialog, qtbot)
    with qtbot.waitSignal(dialog.lync_imported, timeout=20_000):
        dialog.start_import()
    qtbot.waitUntil(lambda: main_window.pending_tab.view.model().rowCount() == 2,
                    timeout=5_000)
