"""Settings: service configuration (docs/protocol.md §6.5), external accounts, language."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QScrollArea,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from app.domain.errors import InvalidValueError
from app.domain.settings import SETTINGS, Setting, canonical
from app.ui import icons
from app.ui.context import UiContext
from app.ui.i18n import LANGUAGES, translated

LANGUAGE_KEY = "ui/language"
ERROR_STYLE = "color: #b3261e;"
RESTART_SETTINGS = ("BindAddress", "Port", "MaxLogUploadSize")


def button(text: str, tooltip: str, icon_name: str | None = None,
           name: str = "") -> QPushButton:
    """A push button with the tooltip and accessible name every button must have."""
    push = QPushButton(text)
    push.setToolTip(tooltip)
    push.setAccessibleName(text.rstrip("…"))
    push.setObjectName(name)
    if icon_name:
        push.setIcon(icons.icon(icon_name))
    return push


def error_label(name: str) -> QLabel:
    label = QLabel()
    label.setObjectName(name)
    label.setStyleSheet(ERROR_STYLE)
    label.setWordWrap(True)
    label.hide()
    return label


def show_error(label: QLabel, text: str) -> None:
    label.setText(text)
    label.setVisible(bool(text))


# -- service settings ----------------------------------------------------------


@dataclass
class SettingRow:
    setting: Setting
    edit: QLineEdit
    error: QLabel
    stored: str  # canonical text of the stored value

    def text(self) -> str:
        """What the field asks for; an empty field means the default (its placeholder)."""
        return self.edit.text().strip() or self.setting.default


class ServicePage(QWidget):
    """One field per setting; nothing is stored unless every field is valid."""

    settings_changed = Signal()

    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.rows: dict[str, SettingRow] = {}
        layout = QVBoxLayout(self)
        note = QLabel(self.tr("Changes reach the running server at once, except {0}: those take "
                              "effect when the server is next started. Empty a field to go back "
                              "to its default.").format(", ".join(RESTART_SETTINGS)))
        note.setWordWrap(True)
        layout.addWidget(note)
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setWidget(self._build_fields())
        layout.addWidget(scroll, 1)
        self.load()

    def _build_fields(self) -> QWidget:
        fields = QWidget(self)
        grid = QGridLayout(fields)
        for index, setting in enumerate(SETTINGS):
            # The descriptions come from the settings table; a .ts may translate them here.
            description = self.tr(setting.description)
            edit = QLineEdit(fields)
            edit.setObjectName(f"setting_{setting.name}")
            edit.setAccessibleName(setting.name)
            edit.setToolTip(self.tr("{0}\nDefault: {1}").format(
                description, setting.default or self.tr("not set")))
            edit.setPlaceholderText(setting.default or self.tr("not set"))
            label = QLabel(setting.name, fields)
            label.setBuddy(edit)
            label.setToolTip(description)
            row = SettingRow(setting, edit, error_label(f"error_{setting.name}"), "")
            edit.textEdited.connect(lambda _text, row=row: self.validate(row))
            grid.addWidget(label, 3 * index, 0)
            grid.addWidget(edit, 3 * index, 1)
            grid.addWidget(self._hint(description, fields), 3 * index + 1, 1)
            grid.addWidget(row.error, 3 * index + 2, 1)
            self.rows[setting.name] = row
        grid.setColumnStretch(1, 1)
        return fields

    @staticmethod
    def _hint(text: str, parent: QWidget) -> QLabel:
        hint = QLabel(text, parent)
        hint.setWordWrap(True)
        font = hint.font()
        font.setPointSizeF(font.pointSizeF() * 0.9)  # an explanation, not a value
        hint.setFont(font)
        return hint

    def load(self) -> None:
        """Show the stored values (canonical text)."""
        for setting, value in self.ctx.services.setting_rows():
            row = self.rows[setting.name]
            row.stored = canonical(value)
            row.edit.setText(row.stored)
            row.edit.setCursorPosition(0)  # long lists show their start
            show_error(row.error, "")

    def validate(self, row: SettingRow) -> str | None:
        """The canonical text the field would store, or None (and the reason shown) if invalid."""
        try:
            text = canonical(row.setting.value(row.text()))
        except InvalidValueError as exc:
            show_error(row.error, translated(exc))
            return None
        show_error(row.error, "")
        return text

    def changes(self) -> dict[str, str] | None:
        """Every changed setting with its new text; None if any field is invalid."""
        checked = {name: self.validate(row) for name, row in self.rows.items()}
        if None in checked.values():
            return None
        return {name: text for name, text in checked.items() if text != self.rows[name].stored}

    def first_invalid(self) -> SettingRow | None:
        return next((row for row in self.rows.values() if row.error.isVisibleTo(self)), None)

    def apply(self, stored: Callable[[], object] | None = None) -> bool:
        """Store the changed settings, all or nothing, if every field is valid.

        False (and the first invalid field focused) when one is not; else the
        changes go down the console's write road and *stored* runs once they are
        stored (at once when nothing changed). A refusal keeps the fields as typed.
        """
        changes = self.changes()
        if changes is None:
            invalid = self.first_invalid()
            if invalid is not None:
                invalid.edit.setFocus()
            return False
        if not changes:
            if stored is not None:
                stored()
            return True
        waiting = self.window()  # the whole dialog: OK pressed twice stores once
        waiting.setEnabled(False)
        self.ctx.write(self, lambda _task: self.ctx.services.set_settings(changes),
                       lambda _done: self._stored(stored),
                       after=lambda _failure: waiting.setEnabled(True),
                       failed_title=self.tr("Settings not saved"))
        return True

    def _stored(self, then: Callable[[], object] | None) -> None:
        self.load()
        self.settings_changed.emit()
        if then is not None:
            then()


# -- accounts --------------------------------------------------------------------


class AccountDialog(QDialog):
    """Add an account (name + password twice) or reset the password of *name*."""

    def __init__(self, ctx: UiContext, parent: QWidget | None = None,
                 name: str | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.existing_name = name
        self.setObjectName("accountDialog")
        self.setWindowTitle(self.tr("Add account") if name is None else self.tr("Reset password"))
        form = QFormLayout(self)
        self.name_edit = QLineEdit(name or "", self)
        self.name_edit.setObjectName("accountName")
        self.name_edit.setAccessibleName(self.tr("User name"))
        self.name_edit.setReadOnly(name is not None)
        self.password_edit = self._password_edit("accountPassword", self.tr("Password"))
        self.repeat_edit = self._password_edit("accountPasswordRepeat",
                                               self.tr("Password again"))
        form.addRow(self.tr("User name:"), self.name_edit)
        form.addRow(self.tr("Password:"), self.password_edit)
        form.addRow(self.tr("Password again:"), self.repeat_edit)
        self.error = error_label("accountError")
        form.addRow(self.error)
        form.addRow(self._build_buttons())

    def _password_edit(self, name: str, accessible: str) -> QLineEdit:
        edit = QLineEdit(self)
        edit.setObjectName(name)
        edit.setAccessibleName(accessible)
        edit.setEchoMode(QLineEdit.EchoMode.Password)
        edit.setToolTip(self.tr("At least 8 characters"))
        return edit

    def _build_buttons(self) -> QDialogButtonBox:
        buttons = QDialogButtonBox(self)
        text = self.tr("Add account") if self.existing_name is None else self.tr("Set password")
        self.ok_button = button(text, self.tr("Store the account with this password; it can "
                                              "sign in from outside at once"), name="accountOk")
        self.ok_button.setDefault(True)
        buttons.addButton(self.ok_button, QDialogButtonBox.ButtonRole.AcceptRole)
        cancel = buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        cancel.setToolTip(self.tr("Close without changing any account"))
        cancel.setAccessibleName(self.tr("Cancel"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        return buttons

    def accept(self) -> None:
        """Store the account; a refusal is shown in the dialog, which stays open."""
        name, password = self.name_edit.text().strip(), self.password_edit.text()
        if password != self.repeat_edit.text():
            show_error(self.error, self.tr("The two passwords differ; type the same one twice."))
            return
        services = self.ctx.services
        if self.existing_name is not None:
            work = lambda _task: services.reset_password(self.existing_name, password)  # noqa: E731
        elif services.account_named(name) is None:
            work = lambda _task: services.add_user(name, password)  # noqa: E731
        elif self.ctx.prompter.confirm(
                self, self.tr("Account exists"),
                self.tr("An account named {0} already exists. Give it this new password?")
                .format(services.account_named(name).name),
                accept=self.tr("Set the new password")):
            work = lambda _task: services.reset_password(name, password)  # noqa: E731
        else:
            return
        self.ok_button.setEnabled(False)
        self.ctx.write(self, work, lambda _done: QDialog.accept(self),
                       after=lambda _failure: self.ok_button.setEnabled(True),
                       refused=lambda exc: show_error(self.error, translated(exc)))


class AccountsPage(QWidget):
    """The accounts that may use the external (reverse-proxy) endpoints."""

    accounts_changed = Signal()

    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.account_dialog: AccountDialog | None = None
        layout = QVBoxLayout(self)
        note = QLabel(self.tr("Accounts for phones and users outside, through the reverse "
                              "proxy. Changes here take effect at once."))
        note.setWordWrap(True)
        layout.addWidget(note)
        layout.addWidget(self._build_table(), 1)
        layout.addLayout(self._build_buttons())
        self.load()

    def _build_table(self) -> QTableWidget:
        self.table = QTableWidget(0, 3, self)
        self.table.setObjectName("accountsTable")
        self.table.setAccessibleName(self.tr("User accounts"))
        self.table.setHorizontalHeaderLabels(
            [self.tr("User name"), self.tr("Created"), self.tr("Password last set")])
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.verticalHeader().setVisible(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.table.itemSelectionChanged.connect(self._update_buttons)
        return self.table

    def _build_buttons(self) -> QHBoxLayout:
        self.add_button = button(self.tr("Add…"), self.tr("Add an account with a password"),
                                 icons.ADD, "addAccount")
        self.reset_button = button(self.tr("Reset password…"),
                                   self.tr("Give the selected account a new password"),
                                   icons.EDIT, "resetPassword")
        self.remove_button = button(self.tr("Remove"), self.tr("Delete the selected account"),
                                    icons.REMOVE, "removeAccount")
        self.add_button.clicked.connect(lambda: self.open_account_dialog(None))
        self.reset_button.clicked.connect(lambda: self.open_account_dialog(self.selected()))
        self.remove_button.clicked.connect(self.remove_selected)
        row = QHBoxLayout()
        for push in (self.add_button, self.reset_button, self.remove_button):
            row.addWidget(push)
        row.addStretch(1)
        return row

    def load(self) -> None:
        accounts = self.ctx.services.users()
        self.table.setRowCount(len(accounts))
        for index, account in enumerate(accounts):
            texts = (account.name, _when(account.created_at), _when(account.updated_at))
            for column, text in enumerate(texts):
                self.table.setItem(index, column, QTableWidgetItem(text))
        self._update_buttons()

    def names(self) -> list[str]:
        return [self.table.item(row, 0).text() for row in range(self.table.rowCount())]

    def selected(self) -> str | None:
        rows = self.table.selectionModel().selectedRows()
        return self.table.item(rows[0].row(), 0).text() if rows else None

    def select(self, name: str) -> None:
        if name in self.names():
            self.table.selectRow(self.names().index(name))

    def _update_buttons(self) -> None:
        chosen = self.selected() is not None
        self.reset_button.setEnabled(chosen)
        self.remove_button.setEnabled(chosen)

    def open_account_dialog(self, name: str | None) -> AccountDialog:
        """Add (name None) or reset a password; the dialog stores on OK and stays open on errors."""
        if self.account_dialog is not None:
            self.account_dialog.deleteLater()
        self.account_dialog = AccountDialog(self.ctx, self, name)
        self.account_dialog.accepted.connect(self._account_stored)
        self.account_dialog.open()
        return self.account_dialog

    def _account_stored(self) -> None:
        typed = self.account_dialog.name_edit.text().strip()
        stored = self.ctx.services.account_named(typed)
        name = stored.name if stored else typed  # the stored spelling, in any case typed
        self.load()
        self.select(name)
        self.accounts_changed.emit()

    def remove_selected(self) -> None:
        name = self.selected()
        if name is None or not self.ctx.prompter.confirm(
                self, self.tr("Remove account"),
                self.tr("Remove the account {0}? It can no longer sign in from outside.")
                .format(name), accept=self.tr("Remove {0}").format(name)):
            return
        self.ctx.write(self, lambda _task: self.ctx.services.remove_user(name),
                       lambda _done: self.accounts_changed.emit(),
                       after=lambda _failure: self.load())


def _when(iso: str) -> str:
    try:
        return datetime.fromisoformat(iso).astimezone().strftime("%Y-%m-%d %H:%M")
    except ValueError:
        return iso


# -- language --------------------------------------------------------------------


class LanguagePage(QWidget):
    """The console's language, kept with the UI state; used from the next start."""

    language_changed = Signal(str)

    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.combo = QComboBox(self)
        self.combo.setObjectName("languageCombo")
        self.combo.setAccessibleName(self.tr("Language"))
        self.combo.setToolTip(self.tr("The language of this console"))
        self.combo.addItem(self.tr("System default"), "system")
        for code, name in LANGUAGES.items():
            self.combo.addItem(name, code)
        self.note = QLabel(self.tr("The console uses the new language from its next start."))
        self.note.setObjectName("languageNote")
        self.note.setWordWrap(True)
        self.note.hide()
        form = QFormLayout(self)
        form.addRow(self.tr("Language:"), self.combo)
        form.addRow(self.note)
        self.stored = str(ctx.ui_state.value(LANGUAGE_KEY, "system"))
        index = self.combo.findData(self.stored)
        self.combo.setCurrentIndex(max(index, 0))

    def apply(self) -> bool:
        chosen = self.combo.currentData()
        if chosen != self.stored:
            self.ctx.ui_state.setValue(LANGUAGE_KEY, chosen)
            self.stored = chosen
            self.note.show()
            self.language_changed.emit(chosen)
        return True


# -- the dialog ------------------------------------------------------------------


class SettingsDialog(QDialog):
    """Tabs Service, Accounts and Language; OK and Apply store, Cancel drops unstored edits."""

    settings_changed = Signal()
    accounts_changed = Signal()
    language_changed = Signal(str)

    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setObjectName("settingsDialog")
        self.setWindowTitle(self.tr("Settings"))
        self.setWindowIcon(icons.icon(icons.SETTINGS))
        self.service_page = ServicePage(ctx, self)
        self.accounts_page = AccountsPage(ctx, self)
        self.language_page = LanguagePage(ctx, self)
        self.tabs = QTabWidget(self)
        self.tabs.setObjectName("settingsTabs")
        self.tabs.addTab(self.service_page, self.tr("Service"))
        self.tabs.addTab(self.accounts_page, self.tr("Accounts"))
        self.tabs.addTab(self.language_page, self.tr("Language"))
        self.service_page.settings_changed.connect(self.settings_changed)
        self.accounts_page.accounts_changed.connect(self.accounts_changed)
        self.language_page.language_changed.connect(self.language_changed)
        layout = QVBoxLayout(self)
        layout.addWidget(self.tabs, 1)
        layout.addWidget(self._build_buttons())
        self.resize(640, 600)

    def _build_buttons(self) -> QDialogButtonBox:
        standard = QDialogButtonBox.StandardButton
        buttons = QDialogButtonBox(standard.Ok | standard.Apply | standard.Cancel, self)
        tips = {
            standard.Ok: (self.tr("Store the changes and close"), "settingsOk"),
            standard.Apply: (self.tr("Store the changes and keep the dialog open"),
                             "settingsApply"),
            standard.Cancel: (self.tr("Close; changes not yet applied are dropped"),
                              "settingsCancel"),
        }
        for which, (tip, name) in tips.items():
            push = buttons.button(which)
            push.setToolTip(tip)
            push.setAccessibleName(push.text().replace("&", ""))
            push.setObjectName(name)
        self.apply_button = buttons.button(standard.Apply)
        self.apply_button.clicked.connect(lambda: self.apply())
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        return buttons

    def apply(self, then: Callable[[], object] | None = None) -> bool:
        """Store every page; shows the Service tab when one of its fields is invalid.

        The service settings go down the write road; the language, and then *then*,
        follow once they are stored.
        """
        def stored() -> None:
            self.language_page.apply()
            if then is not None:
                then()
        if not self.service_page.apply(stored):
            self.tabs.setCurrentWidget(self.service_page)
            return False
        return True

    def accept(self) -> None:
        """Close once everything is stored; a refusal keeps the dialog open."""
        self.apply(lambda: QDialog.accept(self))
