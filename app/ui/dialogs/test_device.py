"""Add or edit one test device; the domain validates, the dialog says what is wrong."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from app.domain.errors import UserError
from app.domain.test_devices import IdentifierType, TestDevice
from app.ui.i18n import translated

MAC, SERIAL = IdentifierType.MAC, IdentifierType.SERIAL


class TestDeviceDialog(QDialog):
    """Name, MAC address or serial number, and scope (global or one site)."""

    __test__ = False  # not a pytest test class

    def __init__(self, parent: QWidget | None, device: TestDevice | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("testDeviceDialog")
        self.setWindowTitle(self.tr("Edit test device") if device else
                            self.tr("Add test device"))
        self._device: TestDevice | None = None
        self._build()
        if device is not None:
            self._fill(device)
        self._validate()

    @classmethod
    def ask(cls, parent: QWidget | None, device: TestDevice | None = None) -> TestDevice | None:
        """Show the dialog; the checked device, or None if cancelled."""
        dialog = cls(parent, device)
        try:
            return dialog.device() if dialog.exec() == QDialog.DialogCode.Accepted else None
        finally:
            dialog.deleteLater()

    def device(self) -> TestDevice | None:
        """The device as entered, validated; None while something is wrong."""
        return self._device

    # -- building ---------------------------------------------------------------------------

    def _build(self) -> None:
        layout = QVBoxLayout(self)
        form = QFormLayout()
        self.name_edit = self._edit("nameEdit", self.tr("Name"),
                                    self.tr("A name you recognise, e.g. whose desk it is on"))
        form.addRow(self.tr("&Name:"), self.name_edit)
        self.type_combo = QComboBox(self)
        self.type_combo.setObjectName("identifierTypeCombo")
        self.type_combo.addItem(self.tr("MAC address"), MAC)
        self.type_combo.addItem(self.tr("Serial number"), SERIAL)
        self.type_combo.setToolTip(self.tr("How the phone is recognised in its update checks"))
        self.type_combo.setAccessibleName(self.tr("Identifier type"))
        form.addRow(self.tr("Identified &by:"), self.type_combo)
        self.identifier_edit = self._edit("identifierEdit", self.tr("Identifier"), "")
        form.addRow(self.tr("I&dentifier:"), self.identifier_edit)
        form.addRow(self.tr("Scope:"), self._build_scope())
        layout.addLayout(form)
        layout.addWidget(self._build_problem_label())
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.ok_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setObjectName("okButton")
        self.ok_button.setToolTip(self.tr("Save this test device"))
        self.ok_button.setAccessibleName(self.tr("OK"))
        cancel = self.buttons.button(QDialogButtonBox.StandardButton.Cancel)
        cancel.setToolTip(self.tr("Close without saving"))
        cancel.setAccessibleName(self.tr("Cancel"))
        layout.addWidget(self.buttons)
        self.type_combo.currentIndexChanged.connect(self._type_changed)
        self._type_changed()

    def _edit(self, object_name: str, accessible: str, tooltip: str) -> QLineEdit:
        edit = QLineEdit(self)
        edit.setObjectName(object_name)
        edit.setAccessibleName(accessible)
        edit.setToolTip(tooltip)
        edit.textChanged.connect(self._validate)
        return edit

    def _build_scope(self) -> QWidget:
        box = QWidget(self)
        row = QHBoxLayout(box)
        row.setContentsMargins(0, 0, 0, 0)
        self.global_radio = QRadioButton(self.tr("&Global"), box)
        self.global_radio.setObjectName("globalRadio")
        self.global_radio.setToolTip(self.tr("A test device on every site"))
        self.global_radio.setAccessibleName(self.tr("Global scope"))
        self.site_radio = QRadioButton(self.tr("&Site:"), box)
        self.site_radio.setObjectName("siteRadio")
        self.site_radio.setToolTip(self.tr("A test device only where the server's Site "
                                           "setting has this name"))
        self.site_radio.setAccessibleName(self.tr("Site scope"))
        self.site_edit = self._edit("siteEdit", self.tr("Site name"), self.tr("The site's name"))
        group = QButtonGroup(box)
        group.addButton(self.global_radio)
        group.addButton(self.site_radio)
        self.global_radio.setChecked(True)
        self.global_radio.toggled.connect(self._validate)
        for widget in (self.global_radio, self.site_radio, self.site_edit):
            row.addWidget(widget)
        return box

    def _build_problem_label(self) -> QLabel:
        self.problem_label = QLabel(self)
        self.problem_label.setObjectName("problemLabel")
        self.problem_label.setWordWrap(True)
        self.problem_label.setMinimumWidth(360)
        return self.problem_label

    def _fill(self, device: TestDevice) -> None:
        self.name_edit.setText(device.name)
        self.type_combo.setCurrentIndex(self.type_combo.findData(device.identifier_type))
        self.identifier_edit.setText(device.identifier)
        if device.scope != "global":
            self.site_radio.setChecked(True)
            self.site_edit.setText(device.scope.partition(":")[2])

    # -- validation -------------------------------------------------------------------------

    def _type_changed(self, *_args: object) -> None:
        if self.type_combo.currentData() is MAC:
            self.identifier_edit.setPlaceholderText("00-04-F2-12-34-56")
            self.identifier_edit.setToolTip(self.tr("Six pairs of hex digits, joined or "
                                                    "separated by '-' or ':'"))
        else:
            self.identifier_edit.setPlaceholderText(self.tr("serial number"))
            self.identifier_edit.setToolTip(self.tr("Letters, digits, '-' and '_'"))
        self._validate()

    def _validate(self, *_args: object) -> None:
        self.site_edit.setEnabled(self.site_radio.isChecked())
        self._device, problem = self._checked()
        untouched = not self.name_edit.text() and not self.identifier_edit.text()
        if self._device is not None:
            self._say("")
        elif untouched:
            self._say(self.tr("Enter a name and the phone's MAC address or serial number."))
        else:
            self._say(problem, problem=True)
        self.ok_button.setEnabled(self._device is not None)

    def _checked(self) -> tuple[TestDevice | None, str]:
        identifier = self.identifier_edit.text()
        given = {"mac": identifier} if self.type_combo.currentData() is MAC else \
            {"serial": identifier}
        scope = "global" if self.global_radio.isChecked() else f"site:{self.site_edit.text()}"
        try:
            return TestDevice.checked(self.name_edit.text(), scope=scope, **given), ""
        except UserError as exc:
            return None, translated(exc)

    def _say(self, text: str, problem: bool = False) -> None:
        self.problem_label.setText(text)
        self.problem_label.setStyleSheet("color: #b02020;" if problem else "")
        self.problem_label.setAccessibleDescription(text)
