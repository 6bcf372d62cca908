"""The Test Devices tab: phones, by MAC or serial, that receive pending versions."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QSettings, Qt, Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QWidget,
)

from app.domain.test_devices import TestDevice
from app.ui import icons
from app.ui.context import UiContext
from app.ui.dialogs.test_device import TestDeviceDialog
from app.ui.models import TestDevicesModel
from app.ui.tabs.common import (
    KeptSelection,
    Loader,
    fit_columns_once,
    make_button,
    make_filter_edit,
    make_proxy,
    make_table,
    placeholder_text,
    restore_header,
    save_header,
    selected_objects,
    tab_layout,
)
from app.ui.tasks import Task


class TestDevicesTab(QWidget):
    """Test devices: add, edit and remove through :class:`TestDeviceDialog`."""

    __test__ = False  # not a pytest test class

    test_devices_changed = Signal()
    refreshed = Signal()

    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setObjectName("testDevicesTab")
        self.model = TestDevicesModel(self)
        self.proxy = make_proxy(self.model, self)
        # (parent, device or None) -> the edited device, or None if cancelled; tests replace it
        self.ask_device: Callable[[QWidget, TestDevice | None], TestDevice | None] = \
            TestDeviceDialog.ask
        self._writing = False
        self._loader = Loader(ctx, self, lambda: ctx.services.test_devices, self._show)
        self._loader.loaded.connect(self.refreshed)
        self._build()

    def _build(self) -> None:
        layout = tab_layout(self)
        intro = QLabel(self.tr("Test devices receive pending updates before they are "
                               "approved for everyone."), self)
        intro.setWordWrap(True)
        layout.addWidget(intro)
        layout.addLayout(self._build_bar())
        self.view = make_table("testDevicesTable", self.proxy, self)
        self.view.set_placeholder(lambda: placeholder_text(
            self._loader, self.model.rowCount(),
            self.tr("No test devices. Add a phone by MAC address or serial number (Add…) to "
                    "try pending updates on it before everyone gets them."),
            self.tr("No test device matches the filter.")))
        self.view.setSortingEnabled(True)
        self.view.sortByColumn(TestDevicesModel.NAME, Qt.SortOrder.AscendingOrder)
        self.view.setAccessibleName(self.tr("Test devices"))
        self.view.doubleClicked.connect(lambda _index: self.edit_device())
        self.view.selectionModel().selectionChanged.connect(self._update_buttons)
        layout.addWidget(self.view, 1)
        self._update_buttons()

    def _build_bar(self) -> QHBoxLayout:
        bar = QHBoxLayout()
        self.filter_edit = make_filter_edit(
            self, self.tr("Show only test devices whose columns contain this text"))
        self.filter_edit.textChanged.connect(self.proxy.setFilterFixedString)
        bar.addWidget(self.filter_edit, 1)
        self.add_button = make_button(self, "addButton", self.tr("Add…"),
                                      self.tr("Add a test device by MAC address or serial "
                                              "number"), icons.ADD)
        self.edit_button = make_button(self, "editButton", self.tr("Edit…"),
                                       self.tr("Change the selected test device"), icons.EDIT)
        self.remove_button = make_button(self, "removeButton", self.tr("Remove"),
                                         self.tr("Remove the selected test devices"),
                                         icons.REMOVE)
        self.add_button.clicked.connect(self.add_device)
        self.edit_button.clicked.connect(self.edit_device)
        self.remove_button.clicked.connect(self.remove_devices)
        for button in (self.add_button, self.edit_button, self.remove_button):
            bar.addWidget(button)
        return bar

    def refresh(self) -> None:
        self._loader.refresh()

    def _show(self, devices: list[TestDevice]) -> None:
        with KeptSelection(self.view, lambda d: (d.name, d.scope)):
            self.model.set_rows(devices)
        fit_columns_once(self.view)
        self._update_buttons()

    def selected_devices(self) -> list[TestDevice]:
        return selected_objects(self.view)

    def _update_buttons(self, *_args: object) -> None:
        count = len(self.view.selectionModel().selectedRows())
        self.add_button.setEnabled(not self._writing)
        self.edit_button.setEnabled(count == 1 and not self._writing)
        self.remove_button.setEnabled(count > 0 and not self._writing)

    # -- changes ------------------------------------------------------------------------

    def add_device(self) -> None:
        device = self.ask_device(self, None)
        if device is not None:
            services = self.ctx.services
            self._write(lambda _task: services.add_test_device(device))

    def edit_device(self) -> None:
        chosen = self.selected_devices()
        if len(chosen) != 1:
            return
        old = chosen[0]
        device = self.ask_device(self, old)
        if device is not None and device != old:
            services = self.ctx.services
            self._write(lambda _task: services.replace_test_device(old.name, old.scope, device))

    def remove_devices(self) -> None:
        chosen = self.selected_devices()
        if not chosen or not self._confirm_removal(chosen):
            return
        services, keys = self.ctx.services, [(d.name, d.scope) for d in chosen]
        self._write(lambda _task: services.remove_test_devices(keys))

    def _confirm_removal(self, chosen: list[TestDevice]) -> bool:
        names = "\n".join(f"{d.name} ({d.identifier}, {d.scope})" for d in chosen)
        text = (self.tr("Remove test device {name}?").format(name=chosen[0].name)
                if len(chosen) == 1 else
                self.tr("Remove these %n test device(s)?", "", len(chosen)))
        return self.ctx.prompter.confirm(
            self, self.tr("Remove test devices"), text,
            self.tr("They will only receive approved updates from now on.\n\n") + names,
            accept=self.tr("Remove %n test device(s)", "", len(chosen)))

    def _write(self, change: Callable[[Task], object]) -> None:
        """Run one change on the console's write road; the buttons wait for it."""
        self._writing = True
        self._update_buttons()
        self.ctx.write(self, change, self._written, after=self._write_ended,
                       failed_title=self.tr("Test device not changed"))

    def _write_ended(self, _failure: BaseException | None) -> None:
        self._writing = False
        self._update_buttons()
        self.refresh()

    def _written(self, _result: object) -> None:
        self.test_devices_changed.emit()

    def save_state(self, settings: QSettings, key: str) -> None:
        save_header(settings, key, self.view)

    def restore_state(self, settings: QSettings, key: str) -> None:
        restore_header(settings, key, self.view)
