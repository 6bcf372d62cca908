""""What would this device get?": the server's own decision, asked from the console."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from app.domain.errors import InvalidValueError, UserError
from app.domain.names import KIND_FIELDS, DeviceKind
from app.domain.offers import Approval, Offer, OfferReason
from app.domain.rules import UpdateRule
from app.domain.versions import Version
from app.ui import icons
from app.ui.context import UiContext
from app.ui.dialogs.settings import button, error_label, show_error
from app.ui.i18n import translated

DEFAULT_KIND = ("UCPhone", "", "", "", "")
DEFAULT_UPDATE_TYPE = "CPE"


class DeviceQueryDialog(QDialog):
    """Enter a device kind, MAC or serial and the version it runs; see the offer and why.

    Uses ``Services.what_would_device_get``, i.e. the same decision the device
    server makes (docs/protocol.md §5).
    """

    def __init__(self, ctx: UiContext, parent: QWidget | None = None,
                 kind: DeviceKind | None = None, update_type: str | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.rules: list[UpdateRule] = ctx.services.rules()
        self.last_result: tuple[str, Version, Offer] | None = None
        self.setObjectName("deviceQueryDialog")
        self.setWindowTitle(self.tr("What would this device get?"))
        self.setWindowIcon(icons.icon(icons.QUERY))
        layout = QVBoxLayout(self)
        intro = QLabel(self.tr("Asks the same question the server answers when a phone checks "
                               "for updates. Nothing is changed."))
        intro.setWordWrap(True)
        layout.addWidget(intro)
        layout.addWidget(self._build_device())
        layout.addWidget(self._build_module())
        self.error = error_label("queryError")
        layout.addWidget(self.error)
        layout.addWidget(self._build_result())
        layout.addWidget(self._build_buttons())
        self.set_kind(kind.parts() if kind else DEFAULT_KIND)
        self.type_combo.setEditText(update_type or DEFAULT_UPDATE_TYPE)
        self._watch_inputs()
        self.setMinimumWidth(520)

    # -- builders -------------------------------------------------------------

    def _build_device(self) -> QGroupBox:
        box = QGroupBox(self.tr("Device"), self)
        form = QFormLayout(box)
        self.kind_combo = QComboBox(box)
        self.kind_combo.setObjectName("queryKind")
        self.kind_combo.setAccessibleName(self.tr("Device kind with a rule"))
        self.kind_combo.setToolTip(self.tr("Fill in the fields below from a kind that has a rule"))
        self.kind_combo.addItem(self.tr("Choose a kind that has a rule…"), None)
        for parts in sorted({r.kind.parts() for r in self.rules}, key=_fold_parts):
            self.kind_combo.addItem(" ".join(parts), parts)
        self.kind_combo.activated.connect(self._kind_chosen)
        form.addRow(self.tr("Known kind:"), self.kind_combo)
        self.part_combos: dict[str, QComboBox] = {}
        names = self._field_names()
        for index, field in enumerate(KIND_FIELDS):
            values = {r.kind.parts()[index] for r in self.rules} | {DEFAULT_KIND[index]}
            name, label = names[field]
            combo = self._editable_combo(f"query{field}", name, values)
            form.addRow(label, combo)
            self.part_combos[field] = combo
        self.mac_edit = self._line_edit("queryMac", self.tr("MAC address"),
                                        self.tr("optional, e.g. 00-04-F2-12-34-56"))
        self.serial_edit = self._line_edit("querySerial", self.tr("Serial number"),
                                           self.tr("optional"))
        form.addRow(self.tr("MAC address:"), self.mac_edit)
        form.addRow(self.tr("Serial number:"), self.serial_edit)
        return box

    def _build_module(self) -> QGroupBox:
        box = QGroupBox(self.tr("What it runs"), self)
        form = QFormLayout(box)
        types = {r.update_type for r in self.rules} | {DEFAULT_UPDATE_TYPE}
        self.type_combo = self._editable_combo("queryUpdateType", self.tr("Update type"),
                                               types)
        self.version_edit = self._line_edit("queryVersion", self.tr("Current version"),
                                            self.tr("e.g. 4.0.7577.4366"))
        form.addRow(self.tr("Update type:"), self.type_combo)
        form.addRow(self.tr("Current version:"), self.version_edit)
        return box

    def _build_result(self) -> QGroupBox:
        box = QGroupBox(self.tr("Answer"), self)
        form = QFormLayout(box)
        self.offer_label = QLabel(self.tr("Press Check to ask."), box)
        self.offer_label.setObjectName("queryOffer")
        self.reason_label = QLabel("", box)
        self.reason_label.setObjectName("queryReason")
        for label in (self.offer_label, self.reason_label):
            label.setWordWrap(True)
            label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        form.addRow(self.tr("Offer:"), self.offer_label)
        form.addRow(self.tr("Why:"), self.reason_label)
        return box

    def _build_buttons(self) -> QDialogButtonBox:
        buttons = QDialogButtonBox(self)
        self.check_button = button(self.tr("Check"), self.tr("Ask what the server would offer "
                                                             "this device"),
                                   icons.QUERY, "queryCheck")
        self.check_button.setDefault(True)
        self.check_button.clicked.connect(self.check)
        buttons.addButton(self.check_button, QDialogButtonBox.ButtonRole.ActionRole)
        close = buttons.addButton(QDialogButtonBox.StandardButton.Close)
        close.setObjectName("queryClose")
        close.setAutoDefault(False)
        close.setToolTip(self.tr("Close this dialog"))
        close.setAccessibleName(self.tr("Close"))
        buttons.rejected.connect(self.reject)
        return buttons

    def _field_names(self) -> dict[str, tuple[str, str]]:
        """Each device-kind field's name and label in the console's language (the XML
        names are the phones')."""
        return {"DeviceType": (self.tr("Device type"), self.tr("Device type:")),
                "Brand": (self.tr("Brand"), self.tr("Brand:")),
                "Model": (self.tr("Model"), self.tr("Model:")),
                "Revision": (self.tr("Revision"), self.tr("Revision:")),
                "Locale": (self.tr("Locale"), self.tr("Locale:"))}

    def _editable_combo(self, name: str, accessible: str, values: set[str]) -> QComboBox:
        combo = QComboBox(self)
        combo.setObjectName(name)
        combo.setAccessibleName(accessible)
        combo.setEditable(True)
        combo.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        combo.addItems(sorted((v for v in values if v), key=str.casefold))
        return combo

    def _line_edit(self, name: str, accessible: str, placeholder: str) -> QLineEdit:
        edit = QLineEdit(self)
        edit.setObjectName(name)
        edit.setAccessibleName(accessible)
        edit.setPlaceholderText(placeholder)
        return edit

    # -- behaviour ------------------------------------------------------------

    def _watch_inputs(self) -> None:
        """An answer is only shown next to the input it answers."""
        for combo in (*self.part_combos.values(), self.type_combo):
            combo.editTextChanged.connect(self._input_changed)
        for edit in (self.mac_edit, self.serial_edit, self.version_edit):
            edit.textChanged.connect(self._input_changed)

    def _input_changed(self) -> None:
        if self.last_result is not None or self.error.isVisibleTo(self):
            self.last_result = None
            show_error(self.error, "")
            self.offer_label.setText(self.tr("Press Check to ask."))
            self.reason_label.setText("")

    def set_kind(self, parts: tuple[str, ...]) -> None:
        """Fill the five kind fields."""
        for field, value in zip(KIND_FIELDS, parts, strict=True):
            self.part_combos[field].setEditText(value)

    def _kind_chosen(self, index: int) -> None:
        parts = self.kind_combo.itemData(index)
        if parts:
            self.set_kind(parts)

    def set_device(self, *, mac: str = "", serial: str = "", version: str = "",
                   update_type: str | None = None) -> None:
        """Fill the device's identity and current version (the main window and tests use it)."""
        self.mac_edit.setText(mac)
        self.serial_edit.setText(serial)
        self.version_edit.setText(version)
        if update_type is not None:
            self.type_combo.setEditText(update_type)

    def check(self) -> tuple[str, Version, Offer] | None:
        """Ask the services; show the answer in words, or what is wrong with the input."""
        try:
            result = self._ask()
        except UserError as exc:
            self._show_problem(translated(exc))
            return None
        except Exception as exc:  # noqa: BLE001 - a bug: the one error path shows it
            self._show_problem("")
            self.ctx.prompter.error(self, exc)
            return None
        show_error(self.error, "")
        self._show_answer(*result)
        self.last_result = result
        return result

    def _ask(self) -> tuple[str, Version, Offer]:
        kind = DeviceKind.checked(*(self.part_combos[f].currentText().strip()
                                    for f in KIND_FIELDS))
        version = self.version_edit.text().strip()
        if not version:
            raise InvalidValueError(self.tr("Enter the version the device runs now, "
                                            "e.g. 4.0.7577.4366."))
        mac = self.mac_edit.text().strip() or None
        serial = self.serial_edit.text().strip() or None
        update_type = self.type_combo.currentText().strip()
        return self.ctx.services.what_would_device_get(kind, mac, serial,
                                                       {update_type: version})[0]

    def _show_problem(self, text: str) -> None:
        self.last_result = None
        show_error(self.error, text)
        self.offer_label.setText(self.tr("No answer: correct the input above."))
        self.reason_label.setText("")

    def _show_answer(self, update_type: str, current: Version, offer: Offer) -> None:
        if offer.offered:
            approval = (self.tr("approved") if offer.approval is Approval.APPROVED
                        else self.tr("pending"))
            self.offer_label.setText(self.tr("Version {0} ({1}) for {2}").format(
                offer.version, approval, update_type))
        else:
            self.offer_label.setText(self.tr("No update for {0}: the device keeps {1}.").format(
                update_type, current))
        self.reason_label.setText(self.reason_text(offer.reason))

    def reason_text(self, reason: OfferReason) -> str:
        return {
            OfferReason.TEST_DEVICE_PENDING: self.tr(
                "This is a test device and a pending version exists: test devices get the "
                "pending version."),
            OfferReason.APPROVED: self.tr("The approved version is offered."),
            OfferReason.ROLLBACK: self.tr(
                "The approved version is older than the one the device runs: it is offered so "
                "the device rolls back (after a Restore)."),
            OfferReason.CURRENT: self.tr("The device already runs the version it would be "
                                         "offered."),
            OfferReason.NO_APPROVED: self.tr(
                "No version is approved for this kind yet; a pending version reaches test "
                "devices only."),
            OfferReason.UNKNOWN_KIND: self.tr("There is no rule for this device kind and update "
                                              "type: the server offers nothing."),
        }[reason]


def _fold_parts(parts: tuple[str, ...]) -> tuple[str, ...]:
    return tuple(p.casefold() for p in parts)
