"""The server panel: start/stop, where phones find the server, and what it is doing."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from app import discovery
from app.domain.settings import find_setting
from app.ui import icons
from app.ui.context import UiContext
from app.web.runner import ServerState

AUTOSTART_KEY = "server/autostart"
PANEL_CHARS = 36  # the panel's width in average characters (more if its fixed texts need it)


class ServerPanel(QWidget):
    """Shows at a glance whether the server runs; starts and stops it."""

    dns_checked = Signal(object)  # discovery.DnsCheck

    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setObjectName("serverPanel")
        layout = QVBoxLayout(self)
        layout.addWidget(self._build_status())
        layout.addLayout(self._build_address())
        layout.addLayout(self._build_discovery())
        layout.addWidget(self._build_counts())
        self.autostart = QCheckBox(self.tr("Start the server when the console opens"))
        self.autostart.setObjectName("autostartCheck")
        self.autostart.setAccessibleName(self.autostart.text())
        self.autostart.setChecked(ctx.ui_state.value(AUTOSTART_KEY, False, type=bool))
        self.autostart.toggled.connect(lambda on: ctx.ui_state.setValue(AUTOSTART_KEY, on))
        layout.addWidget(self.autostart)
        layout.addStretch(1)
        ctx.server.state_changed.connect(self.show_state)
        ctx.server.counts_changed.connect(self.show_counts)
        self.show_state(ctx.server.state)
        self.setFixedWidth(self._fixed_width())

    def _fixed_width(self) -> int:
        """A width that does not follow what the panel shows: a running server's longer
        texts wrap inside it rather than push the tabs aside."""
        return max(self.fontMetrics().averageCharWidth() * PANEL_CHARS,
                   self.minimumSizeHint().width())

    def _build_status(self) -> QWidget:
        box = QWidget()
        column = QVBoxLayout(box)
        column.setContentsMargins(0, 0, 0, 0)
        self.status = QLabel()
        self.status.setObjectName("serverStatus")
        self.status.setTextFormat(Qt.TextFormat.RichText)
        self.status.setWordWrap(True)
        self.start_button = self._button(self.tr("Start"), icons.SERVER_START,
                                         self.tr("Start the device update server"), self.start)
        self.stop_button = self._button(self.tr("Stop"), icons.SERVER_STOP,
                                        self.tr("Stop the device update server"), self.stop)
        column.addWidget(self.status)
        row = QHBoxLayout()
        row.addWidget(self.start_button)
        row.addWidget(self.stop_button)
        row.addStretch(1)
        column.addLayout(row)
        return box

    def _button(self, text: str, icon_name: str, tip: str, slot) -> QPushButton:
        button = QPushButton(icons.icon(icon_name), text)
        button.setToolTip(tip)
        button.setAccessibleName(tip)
        button.clicked.connect(slot)
        return button

    def _build_address(self) -> QFormLayout:
        settings = self.ctx.services.settings()
        form = QFormLayout()
        self.host_edit = QLineEdit(settings.bind_address)
        self.host_edit.setObjectName("bindAddressEdit")
        self.host_edit.setToolTip(self.tr("Address to listen on: 127.0.0.1 for this machine "
                                          "only, 0.0.0.0 for every network"))
        self.port_spin = QSpinBox()
        self.port_spin.setObjectName("portSpin")
        self.port_spin.setRange(0, 65535)
        self.port_spin.setSpecialValueText(self.tr("any free port"))
        self.port_spin.setValue(settings.port)
        self.port_spin.setToolTip(self.tr("Port to listen on"))
        for widget in (self.host_edit, self.port_spin):
            widget.setAccessibleName(widget.toolTip())
        form.addRow(self.tr("Bind address:"), self.host_edit)
        form.addRow(self.tr("Port:"), self.port_spin)
        return form

    def _build_discovery(self) -> QFormLayout:
        form = QFormLayout()
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapAllRows)  # URLs get the width
        self.internal_url = _selectable()
        self.external_url = _selectable()
        self.dns_name = _selectable()
        self.dns_result = QLabel()
        self.dns_result.setObjectName("dnsResult")
        self.dns_result.setWordWrap(True)
        check = self._button(self.tr("Check DNS"), icons.QUERY,
                             self.tr("Check whether the record resolves to this machine"),
                             self.check_dns)
        form.addRow(self.tr("Internal URL:"), self.internal_url)
        form.addRow(self.tr("External URL:"), self.external_url)
        form.addRow(self.tr("DNS record to create:"), self.dns_name)
        form.addRow(check, self.dns_result)
        return form

    def _build_counts(self) -> QLabel:
        self.counts = QLabel()
        self.counts.setObjectName("serverCounts")
        self.counts.setWordWrap(True)
        self.show_counts({})
        return self.counts

    # -- behaviour ---------------------------------------------------------------

    def start(self) -> None:
        """Listen on the address given, then remember it as the service settings (on the
        console's write road): an address the server cannot use is never stored."""
        host, port = self.host_edit.text().strip(), self.port_spin.value()
        try:
            if host:
                find_setting("BindAddress").value(host)  # the setting's own check
            self.ctx.server.start(host or None, port)
        except Exception as exc:  # noqa: BLE001 - the one error path shows it
            self.ctx.prompter.error(self, exc, self.tr("Server not started"))
            return
        self.ctx.write(self, lambda _task: self.ctx.services.set_server_address(host, port),
                       lambda _stored: None, failed_title=self.tr("Address not remembered"))

    def stop(self) -> None:
        try:
            self.ctx.server.stop()
        except Exception as exc:  # noqa: BLE001
            self.ctx.prompter.error(self, exc, self.tr("Server not stopped cleanly"))

    def show_state(self, state: ServerState) -> None:
        if state.running:
            text = self.tr("Running on {url}").format(url=state.url)
            self.status.setText(f"<b style='color:#1a7f37'>●</b> {text}")
        else:
            self.status.setText(f"<b style='color:#cf222e'>●</b> {self.tr('Stopped')}")
        self.start_button.setEnabled(not state.running)
        self.stop_button.setEnabled(state.running)
        self.host_edit.setEnabled(not state.running)
        self.port_spin.setEnabled(not state.running)
        self.show_urls()

    def show_urls(self) -> None:
        internal, external = self.ctx.server.urls()
        self.internal_url.setText(f"{internal}/RequestHandler/ucdevice.upx")
        self.external_url.setText(f"{external}/RequestHandlerExt/ucdevice.upx" if external
                                  else self.tr("none (set ExternalBaseUrl in Settings)"))
        domain = discovery.this_domain()
        name = discovery.record_name(domain) if domain else \
            self.tr("{prefix}.<your DNS domain>").format(prefix=discovery.RECORD_PREFIX)
        self.dns_name.setText(self.tr("{name} → this server").format(name=name))

    def show_counts(self, counts: dict) -> None:
        # one count per phrase: Qt's %n takes one number
        text = self.tr("Last minute: {checks} · {downloads} · {refusals} refused")
        self.counts.setText(text.format(
            checks=self.tr("%n check(s)", "", counts.get("check", 0)),
            downloads=self.tr("%n download(s)", "", counts.get("download", 0)),
            refusals=counts.get("refusal", 0)))

    def check_dns(self) -> None:
        name = discovery.record_name(discovery.this_domain())
        if "<" in name:
            self.dns_result.setText(self.tr("This machine has no DNS domain, so there is no "
                                            "record to check."))
            return
        self.dns_result.setText(self.tr("Checking {name}…").format(name=name))
        self.ctx.tasks.run(lambda task: discovery.check_record(name), self._show_dns,
                           lambda exc: self.ctx.prompter.error(self, exc))

    def _show_dns(self, result: discovery.DnsCheck) -> None:
        if result.error:
            text = self.tr("{name} does not resolve ({error}).").format(
                name=result.name, error=result.error)
        elif result.points_here:
            text = self.tr("{name} resolves to this machine.").format(name=result.name)
        else:
            text = self.tr("{name} resolves to {addresses}, not to this machine.").format(
                name=result.name, addresses=", ".join(result.resolved))
        self.dns_result.setText(text)
        self.dns_checked.emit(result)


def _selectable() -> QLabel:
    label = QLabel()
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    label.setWordWrap(True)
    return label
