"""The console's dialogs driven offscreen: settings and accounts, "what would it get"."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLineEdit, QPushButton

from app.domain.names import DeviceKind
from app.domain.offers import OfferReason
from app.domain.rules import RuleAction
from app.domain.test_devices import TestDevice
from app.domain.versions import Version
from app.packages.builder import SAMPLE_KINDS
from app.services import RuleFilter
from app.ui.dialogs.query import DeviceQueryDialog
from app.ui.dialogs.settings import SettingsDialog

OLD = "4.0.7577.4366"
POLYCOM = DeviceKind(*SAMPLE_KINDS[0])
AASTRA = DeviceKind(*SAMPLE_KINDS[1])
TEST_MAC = "00-04-F2-AA-BB-CC"

# Qt's offscreen platform warns whenever a top-level window with a layout is shown.
pytestmark = pytest.mark.qt_log_ignore(r"This plugin does not support propagateSizeHints\(\)",
                                       extend=True)


# -- settings ----------------------------------------------------------------------


def setting_field(dialog: SettingsDialog, name: str) -> QLineEdit:
    return dialog.findChild(QLineEdit, f"setting_{name}")


def type_into(qtbot, edit: QLineEdit, text: str) -> None:
    edit.selectAll()
    edit.del_()
    qtbot.keyClicks(edit, text)


def test_settings_show_stored_values_with_defaults_and_descriptions(ctx, parent):
    dialog = SettingsDialog(ctx, parent)
    port = setting_field(dialog, "Port")
    assert port.text() == "8080" and port.placeholderText() == "8080"
    assert "listens on" in port.toolTip()
    assert setting_field(dialog, "Site").placeholderText() == "not set"
    for name in ("settingsOk", "settingsApply", "settingsCancel"):
        push = dialog.findChild(QPushButton, name)
        assert push.toolTip() and push.accessibleName()


def test_a_valid_setting_is_stored_and_normalised(ctx, parent, qtbot):
    dialog = SettingsDialog(ctx, parent)
    dialog.show()
    type_into(qtbot, setting_field(dialog, "PollIntervalHours"), "12")
    type_into(qtbot, setting_field(dialog, "LogCleanUpTimeOfDay"), "2:30")
    with qtbot.waitSignal(dialog.settings_changed):
        qtbot.mouseClick(dialog.apply_button, Qt.MouseButton.LeftButton)
    settings = ctx.services.settings()
    assert settings["PollIntervalHours"] == 12 and settings["LogCleanUpTimeOfDay"] == "02:30"
    assert setting_field(dialog, "LogCleanUpTimeOfDay").text() == "02:30"
    assert {h.subject for h in ctx.services.history()} == {"PollIntervalHours",
                                                           "LogCleanUpTimeOfDay"}

    type_into(qtbot, setting_field(dialog, "PollIntervalHours"), "")  # empty: the default
    with qtbot.waitSignal(dialog.accepted):
        dialog.findChild(QPushButton, "settingsOk").click()
    assert ctx.services.settings()["PollIntervalHours"] == 24


def test_an_invalid_setting_is_refused_inline_and_nothing_is_stored(ctx, parent, qtbot):
    dialog = SettingsDialog(ctx, parent)
    dialog.show()
    dialog.tabs.setCurrentWidget(dialog.accounts_page)
    type_into(qtbot, setting_field(dialog, "PollIntervalHours"), "48")  # valid
    type_into(qtbot, setting_field(dialog, "Port"), "99999")
    error = dialog.service_page.rows["Port"].error
    assert not error.isHidden() and "out of range" in error.text(), "checked while typing"
    setting_field(dialog, "InternalBaseUrl").setText("ftp://nowhere")

    with qtbot.assertNotEmitted(dialog.settings_changed):
        dialog.findChild(QPushButton, "settingsOk").click()
    assert dialog.isVisible(), "OK with an invalid field keeps the dialog open"
    assert dialog.tabs.currentWidget() is dialog.service_page
    url_error = dialog.service_page.rows["InternalBaseUrl"].error
    assert not url_error.isHidden() and "is not a URL" in url_error.text()
    assert ctx.services.settings()["PollIntervalHours"] == 24, "nothing stored, not even 48"
    assert ctx.services.history() == [] and ctx.prompter.errors == []

    type_into(qtbot, setting_field(dialog, "Port"), "9000")
    setting_field(dialog, "InternalBaseUrl").setText("")
    with qtbot.waitSignal(dialog.settings_changed):
        assert dialog.apply()
    assert error.isHidden() and url_error.isHidden()
    assert ctx.services.settings()["Port"] == 9000


def test_accounts_add_reset_and_remove(ctx, parent, qtbot):
    dialog = SettingsDialog(ctx, parent)
    dialog.show()
    page = dialog.accounts_page
    assert not page.remove_button.isEnabled()
    qtbot.mouseClick(page.add_button, Qt.MouseButton.LeftButton)
    add = page.account_dialog
    assert add.isVisible()
    add.name_edit.setText("alice")
    add.password_edit.setText("correct horse")
    add.repeat_edit.setText("correct hose")
    add.ok_button.click()
    assert add.isVisible() and "differ" in add.error.text()
    add.password_edit.setText("short")
    add.repeat_edit.setText("short")
    add.ok_button.click()  # the length is the store's rule: said in the dialog
    qtbot.waitUntil(lambda: "at least 8 characters" in add.error.text())
    assert add.isVisible() and add.ok_button.isEnabled() and ctx.services.users() == []
    add.password_edit.setText("correct horse")
    add.repeat_edit.setText("correct horse")
    with qtbot.waitSignal(dialog.accounts_changed):
        add.ok_button.click()
    assert not add.isVisible() and page.names() == ["alice"] and page.selected() == "alice"
    assert ctx.services.check_credentials("alice", "correct horse")

    page.reset_button.click()
    reset = page.account_dialog
    assert reset.name_edit.isReadOnly() and reset.name_edit.text() == "alice"
    reset.password_edit.setText("battery staple")
    reset.repeat_edit.setText("battery staple")
    with qtbot.waitSignal(reset.accepted):
        reset.ok_button.click()
    assert ctx.services.check_credentials("alice", "battery staple")

    ctx.prompter.confirm_answer = False
    page.remove_button.click()
    assert "alice" in ctx.prompter.confirms[-1].text and page.names() == ["alice"]
    assert ctx.prompter.confirms[-1].accept == "Remove alice"
    ctx.prompter.confirm_answer = True
    page.select("alice")
    with qtbot.waitSignal(dialog.accounts_changed):
        page.remove_button.click()
    assert ctx.services.users() == [] and page.names() == []


def test_an_account_removed_meanwhile_is_said_and_the_list_follows(ctx, parent, qtbot):
    ctx.services.add_user("carol", "long enough")
    dialog = SettingsDialog(ctx, parent)
    page = dialog.accounts_page
    page.select("carol")
    ctx.services.remove_user("carol")  # from the command line, say
    page.remove_button.click()
    qtbot.waitUntil(lambda: bool(ctx.prompter.errors))
    assert "no user account named 'carol'" in str(ctx.prompter.errors[-1])
    assert page.names() == []


def test_ok_pressed_twice_stores_once(ctx, parent, qtbot):
    dialog = SettingsDialog(ctx, parent)
    dialog.show()
    type_into(qtbot, setting_field(dialog, "PollIntervalHours"), "12")
    ok = dialog.findChild(QPushButton, "settingsOk")
    with qtbot.waitSignal(dialog.accepted):
        ok.click()
        ok.click()  # the dialog waits for the store: the second click does nothing
    assert [h.subject for h in ctx.services.history()] == ["PollIntervalHours"]


def test_adding_an_existing_account_asks_before_resetting_it(ctx, parent):
    ctx.services.set_user_password("bob", "first password")
    dialog = SettingsDialog(ctx, parent)
    add = dialog.accounts_page.open_account_dialog(None)
    add.name_edit.setText("BOB")
    add.password_edit.setText("second password")
    add.repeat_edit.setText("second password")
    ctx.prompter.confirm_answer = False
    add.ok_button.click()
    assert add.isVisible() and "already exists" in ctx.prompter.confirms[-1].text
    assert "named bob already" in ctx.prompter.confirms[-1].text, "the stored spelling"
    assert ctx.prompter.confirms[-1].accept == "Set the new password"
    assert ctx.services.check_credentials("bob", "first password")
    add.reject()


def test_language_choice_is_kept_with_the_ui_state(ctx, parent):
    dialog = SettingsDialog(ctx, parent)
    combo = dialog.language_page.combo
    assert combo.currentData() == "system"
    combo.setCurrentIndex(combo.findData("de"))
    assert dialog.apply()
    assert ctx.ui_state.value("ui/language") == "de"
    assert not dialog.language_page.note.isHidden()
    assert SettingsDialog(ctx, parent).language_page.combo.currentData() == "de"


# -- what would this device get ------------------------------------------------------


@pytest.fixture
def fleet(ctx, sample_cab):
    """OLD imported for all kinds, approved for Polycom; one test device by MAC."""
    ctx.services.import_package(ctx.services.read_package(sample_cab(OLD)))
    ctx.services.apply(RuleAction.APPROVE, RuleFilter(brand="Polycom"))
    ctx.services.add_test_device(TestDevice.checked("lab phone", mac=TEST_MAC))
    return ctx


def ask(dialog: DeviceQueryDialog, kind: DeviceKind, version: str, mac: str = "",
        serial: str = ""):
    dialog.set_kind(kind.parts())
    dialog.set_device(mac=mac, serial=serial, version=version)
    dialog.check_button.click()
    return dialog.last_result


def test_query_answers_approved_current_and_roll_back(fleet, parent):
    dialog = DeviceQueryDialog(fleet, parent)
    _, _, offer = ask(dialog, POLYCOM, "4.0.7577.1")
    assert offer.reason is OfferReason.APPROVED and offer.version == Version.parse(OLD)
    assert dialog.offer_label.text() == f"Version {OLD} (approved) for CPE"
    assert dialog.reason_label.text() == "The approved version is offered."
    _, _, offer = ask(dialog, POLYCOM, OLD)
    assert offer.reason is OfferReason.CURRENT
    assert dialog.offer_label.text() == f"No update for CPE: the device keeps {OLD}."
    _, _, offer = ask(dialog, POLYCOM, "4.0.9999.0")
    assert offer.reason is OfferReason.ROLLBACK and "rolls back" in dialog.reason_label.text()


def test_query_pending_reaches_the_test_device_only(fleet, parent):
    dialog = DeviceQueryDialog(fleet, parent)
    _, _, offer = ask(dialog, AASTRA, "4.0.7577.1", mac="00-04-F2-00-00-01")
    assert offer.reason is OfferReason.NO_APPROVED and not offer.offered
    assert "test devices only" in dialog.reason_label.text()
    _, _, offer = ask(dialog, AASTRA, "4.0.7577.1", mac=TEST_MAC.lower().replace("-", ":"))
    assert offer.reason is OfferReason.TEST_DEVICE_PENDING
    assert dialog.offer_label.text() == f"Version {OLD} (pending) for CPE"
    assert "test device" in dialog.reason_label.text()


def test_query_unknown_kind_and_kind_chooser(fleet, parent):
    dialog = DeviceQueryDialog(fleet, parent)
    _, _, offer = ask(dialog, DeviceKind("UCPhone", "Polycom", "CX9999", "A", "ENU"), OLD)
    assert offer.reason is OfferReason.UNKNOWN_KIND
    assert dialog.reason_label.text().startswith("There is no rule")
    assert dialog.kind_combo.count() == 1 + len(SAMPLE_KINDS)
    index = dialog.kind_combo.findText(str(AASTRA))
    dialog.kind_combo.setCurrentIndex(index)
    dialog.kind_combo.activated.emit(index)
    assert dialog.part_combos["Model"].currentText() == AASTRA.model
    assert dialog.part_combos["DeviceType"].currentText() == "UCPhone"


@pytest.mark.parametrize(("field", "value", "words"), [
    ("mac", "zz-not-a-mac", "MAC"),
    ("version", "4.0", "is not a version"),
    ("version", "", "Enter the version"),
    ("model", "bad/model", "Model 'bad/model' is not valid"),
])
def test_query_invalid_input_is_explained_inline(fleet, parent, field, value, words):
    dialog = DeviceQueryDialog(fleet, parent)
    dialog.show()
    kind = POLYCOM if field != "model" else DeviceKind("UCPhone", "Polycom", value, "A", "ENU")
    result = ask(dialog, kind, value if field == "version" else OLD,
                 mac=value if field == "mac" else "")
    assert result is None and dialog.error.isVisible() and words in dialog.error.text()
    assert dialog.offer_label.text() == "No answer: correct the input above."
    assert fleet.prompter.errors == [], "a user error is not a message box"


def test_query_dialog_buttons_are_described(fleet, parent):
    dialog = DeviceQueryDialog(fleet, parent, kind=AASTRA, update_type="CPE")
    assert dialog.part_combos["Model"].currentText() == AASTRA.model
    for push in dialog.findChildren(QPushButton):
        assert push.toolTip() and push.accessibleName(), push.text()

