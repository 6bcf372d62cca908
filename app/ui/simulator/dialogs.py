"""The *Simulated phones* window's two questions: which phones to add, who signs in."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLineEdit,
    QSpinBox,
    QWidget,
)

from app.domain.names import DeviceKind
from app.simulator.fleet import OLD_VERSION


@dataclass(frozen=True)
class NewPhones:
    """What "Add phones…" asks for."""

    count: int
    kinds: tuple[DeviceKind, ...]  # taken in turn
    external: bool
    version: str


@dataclass(frozen=True)
class SignIn:
    user: str
    credentials: tuple[str, str] | None  # account and password for external downloads


class AddPhonesDialog(QDialog):
    """How many phones, of which kind, inside or outside the firewall, running what."""

    def __init__(self, parent: QWidget | None, kinds: list[DeviceKind]) -> None:
        super().__init__(parent)
        self.setObjectName("addPhonesDialog")
        self.setWindowTitle(self.tr("Add simulated phones"))
        self.kinds = kinds
        form = QFormLayout(self)
        self.count_spin = _spin(self, 1, 200, 5, self.tr("How many phones to add"))
        self.kind_combo = QComboBox(self)
        self.kind_combo.addItem(self.tr("Every kind in turn"), tuple(kinds))
        for kind in kinds:
            self.kind_combo.addItem(str(kind), (kind,))
        describe(self.kind_combo, self.tr("The phones' device kind (from the update rules)"))
        self.network_combo = QComboBox(self)
        self.network_combo.addItem(self.tr("Inside the firewall (internal)"), False)
        self.network_combo.addItem(self.tr("Outside the firewall (external)"), True)
        describe(self.network_combo, self.tr("Where the phones are: outside, they need a "
                                              "signed-in user to download"))
        self.version_edit = QLineEdit(OLD_VERSION, self)
        describe(self.version_edit, self.tr("The version the new phones run"))
        form.addRow(self.tr("&Number of phones:"), self.count_spin)
        form.addRow(self.tr("Device &kind:"), self.kind_combo)
        form.addRow(self.tr("&Network:"), self.network_combo)
        form.addRow(self.tr("&Version they run:"), self.version_edit)
        form.addRow(_ok_cancel(self))

    @classmethod
    def ask(cls, parent: QWidget | None, kinds: list[DeviceKind]) -> NewPhones | None:
        dialog = cls(parent, kinds)
        try:
            if dialog.exec() != QDialog.DialogCode.Accepted:
                return None
            return NewPhones(dialog.count_spin.value(), dialog.kind_combo.currentData(),
                             dialog.network_combo.currentData(),
                             dialog.version_edit.text().strip() or OLD_VERSION)
        finally:
            dialog.deleteLater()


class SignInDialog(QDialog):
    """A user signs in on the phone; the account is what external downloads send."""

    def __init__(self, parent: QWidget | None) -> None:
        super().__init__(parent)
        self.setObjectName("signInDialog")
        self.setWindowTitle(self.tr("Sign in on the phone"))
        self.setMinimumWidth(self.fontMetrics().horizontalAdvance("x" * 48))
        form = QFormLayout(self)
        self.user_edit = QLineEdit("sip:alice@contoso.com", self)
        describe(self.user_edit, self.tr("The user's SIP address"))
        self.account_edit = QLineEdit("alice", self)
        describe(self.account_edit, self.tr("Account for external downloads (Settings → "
                                             "Accounts); leave empty for none"))
        self.password_edit = QLineEdit(self)
        self.password_edit.setEchoMode(QLineEdit.EchoMode.Password)
        describe(self.password_edit, self.tr("The account's password"))
        form.addRow(self.tr("&User:"), self.user_edit)
        form.addRow(self.tr("&Account:"), self.account_edit)
        form.addRow(self.tr("&Password:"), self.password_edit)
        ok = _ok_cancel(self)
        form.addRow(ok)
        self.user_edit.textChanged.connect(lambda text: ok.button(
            QDialogButtonBox.StandardButton.Ok).setEnabled(bool(text.strip())))

    @classmethod
    def ask(cls, parent: QWidget | None) -> SignIn | None:
        dialog = cls(parent)
        try:
            if dialog.exec() != QDialog.DialogCode.Accepted:
                return None
            account = dialog.account_edit.text().strip()
            return SignIn(dialog.user_edit.text().strip(),
                          (account, dialog.password_edit.text()) if account else None)
        finally:
            dialog.deleteLater()


def describe(widget: QWidget, tip: str) -> None:
    """Tooltip and accessible name at once (screen readers read the same help)."""
    widget.setToolTip(tip)
    widget.setAccessibleName(tip)


def _spin(parent: QWidget, low: int, high: int, value: int, tip: str) -> QSpinBox:
    spin = QSpinBox(parent)
    spin.setRange(low, high)
    spin.setValue(value)
    describe(spin, tip)
    return spin


def _ok_cancel(dialog: QDialog) -> QDialogButtonBox:
    buttons = QDialogButtonBox(
        QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, dialog)
    buttons.accepted.connect(dialog.accept)
    buttons.rejected.connect(dialog.reject)
    return buttons
