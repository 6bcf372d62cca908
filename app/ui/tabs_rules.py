"""The Pending / Approved Updates tabs and the Test Devices tab."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QPoint, QSettings, Qt, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QMenu,
    QWidget,
)

from app.domain.rules import RuleState, UpdateRule
from app.domain.test_devices import TestDevice
from app.services import RuleFilter
from app.ui import icons
from app.ui.columns import hide_columns
from app.ui.context import UiContext
from app.ui.models import OBJECT_ROLE, RulesModel, TestDevicesModel
from app.ui.tabs_common import (
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
    select_rows,
    selected_objects,
    tab_layout,
)
from app.ui.test_device_dialog import TestDeviceDialog


class RulesTab(QWidget):
    """Rules with a pending version, or rules with an approved version."""

    selection_changed = Signal()
    refreshed = Signal()

    def __init__(self, ctx: UiContext, state: RuleState,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx, self.state = ctx, RuleState(state)
        self.setObjectName(f"{state}Tab")
        self.model = RulesModel(state, self)
        self.proxy = make_proxy(self.model, self)
        self._context_actions: list[QAction] = []
        self._loader = Loader(ctx, self, self._load_job, self._show)
        self._loader.loaded.connect(self.refreshed)
        self._build()

    def _build(self) -> None:
        layout = tab_layout(self)
        layout.addLayout(self._build_bar())
        self.view = make_table(f"{self.state}Table", self.proxy, self)
        self.view.set_placeholder(lambda: placeholder_text(
            self._loader, self.model.rowCount(), self._empty_text(),
            self.tr("No rule matches the filter.")))
        self.view.setSortingEnabled(True)
        self.view.sortByColumn(RulesModel.BRAND, Qt.SortOrder.AscendingOrder)
        # the same for (nearly) every rule, and in each row's tooltip: shown on demand
        hide_columns(self.view, (RulesModel.DEVICE_TYPE, RulesModel.POOL))
        self.view.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.view.customContextMenuRequested.connect(self._show_context_menu)
        self.view.selectionModel().selectionChanged.connect(self._selection_changed)
        self.view.setAccessibleName(self.tr("Pending rules") if self.state is RuleState.PENDING
                                    else self.tr("Approved rules"))
        layout.addWidget(self.view, 1)
        self.summary_label = QLabel(self)
        self.summary_label.setObjectName("summaryLabel")
        layout.addWidget(self.summary_label)
        self._update_summary()

    def _build_bar(self) -> QHBoxLayout:
        bar = QHBoxLayout()
        self.filter_edit = make_filter_edit(
            self, self.tr("Show only rules whose columns contain this text"))
        self.filter_edit.textChanged.connect(self._filter)
        bar.addWidget(self.filter_edit, 1)
        self.brand_combo = QComboBox(self)
        self.brand_combo.setObjectName("brandCombo")
        self.brand_combo.setToolTip(self.tr("Select every rule of one brand"))
        self.brand_combo.setAccessibleName(self.tr("Select all rules of a brand"))
        self.brand_combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.brand_combo.activated.connect(self._brand_chosen)
        bar.addWidget(self.brand_combo)
        self._fill_brands()
        return bar

    def _empty_text(self) -> str:
        if self.state is RuleState.PENDING:
            shortcut = QKeySequence(QKeySequence.StandardKey.Open).toString(
                QKeySequence.SequenceFormat.NativeText)
            return self.tr("No pending updates. Import a package ({shortcut}) to start.")\
                .format(shortcut=shortcut)
        return self.tr("No approved updates yet. Approve rules on the Pending Updates tab.")

    # -- loading ------------------------------------------------------------------------

    def refresh(self) -> None:
        """Load the rules on a worker; the table is filled when they arrive."""
        self._loader.refresh()

    @property
    def loading(self) -> bool:
        return self._loader.busy

    def _load_job(self) -> Callable[[], tuple[list[UpdateRule], str]]:
        services, selection = self.ctx.services, RuleFilter(state=self.state)
        return lambda: (services.rules(selection), services.pool())

    def _show(self, loaded: tuple[list[UpdateRule], str]) -> None:
        rules, pool = loaded
        with KeptSelection(self.view, lambda rule: rule.id):
            self.model.set_rows(rules, pool)
        fit_columns_once(self.view)
        self._fill_brands()
        self._selection_changed()

    # -- selection ------------------------------------------------------------------------

    def selected_rules(self) -> list[UpdateRule]:
        return selected_objects(self.view)

    def select_brand(self, brand: str) -> None:
        """Select every rule of *brand* (any case); clears a filter that hides some."""
        wanted = brand.casefold()
        of_brand = [r for r in self.model.rows() if r.kind.brand.casefold() == wanted]
        if len(self._visible_rows(wanted)) < len(of_brand):
            self.filter_edit.clear()
        select_rows(self.view, self._visible_rows(wanted))
        self.view.setFocus()

    def _visible_rows(self, brand: str) -> list[int]:
        proxy = self.proxy
        return [row for row in range(proxy.rowCount())
                if proxy.index(row, 0).data(OBJECT_ROLE).kind.brand.casefold() == brand]

    def brands(self) -> list[str]:
        return sorted({r.kind.brand for r in self.model.rows()}, key=str.casefold)

    def _fill_brands(self) -> None:
        self.brand_combo.clear()
        self.brand_combo.addItem(self.tr("Select brand…"))
        for brand in self.brands():
            self.brand_combo.addItem(brand, brand)
        self.brand_combo.setEnabled(self.brand_combo.count() > 1)

    def _brand_chosen(self, index: int) -> None:
        brand = self.brand_combo.itemData(index)
        self.brand_combo.setCurrentIndex(0)
        if brand:
            self.select_brand(brand)

    def _filter(self, text: str) -> None:
        self.proxy.setFilterFixedString(text)
        self._update_summary()

    def _selection_changed(self, *_args: object) -> None:
        self._update_summary()
        self.selection_changed.emit()

    def _update_summary(self) -> None:
        shown, total = self.proxy.rowCount(), self.model.rowCount()
        selected = len(self.view.selectionModel().selectedRows())
        text = (self.tr("%n rule(s)", "", total) if shown == total
                else self.tr("{shown} of %n rule(s) shown", "", total).format(shown=shown))
        if selected:
            text += " · " + self.tr("{count} selected").format(count=selected)
        self.summary_label.setText(text)

    # -- context menu ----------------------------------------------------------------------

    def set_context_actions(self, actions: list[QAction]) -> None:
        """The window's actions (Approve, Cancel pending, ...) for the right-click menu."""
        self._context_actions = list(actions)

    def context_menu(self, pos: QPoint) -> QMenu:
        """The menu for a right-click at *pos* (viewport coordinates)."""
        index = self.view.indexAt(pos)
        if index.isValid() and not self.view.selectionModel().isRowSelected(index.row()):
            select_rows(self.view, [index.row()])
        menu = QMenu(self)
        menu.setObjectName("rulesContextMenu")
        menu.addActions(self._context_actions)
        if index.isValid():
            brand = index.data(OBJECT_ROLE).kind.brand
            if self._context_actions:
                menu.addSeparator()
            action = menu.addAction(self.tr("Select all rules of brand {brand}")
                                    .format(brand=brand))
            action.setObjectName("selectBrandAction")
            action.setToolTip(self.tr("Select every rule of {brand} in this list")
                              .format(brand=brand))
            action.triggered.connect(lambda: self.select_brand(brand))
        return menu

    def _show_context_menu(self, pos: QPoint) -> None:
        menu = self.context_menu(pos)
        if not menu.isEmpty():
            menu.exec(self.view.viewport().mapToGlobal(pos))
        menu.deleteLater()

    # -- column state ----------------------------------------------------------------------

    def save_state(self, settings: QSettings, key: str) -> None:
        save_header(settings, key, self.view)

    def restore_state(self, settings: QSettings, key: str) -> None:
        restore_header(settings, key, self.view)


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
            self._write(lambda: services.add_test_device(device))

    def edit_device(self) -> None:
        chosen = self.selected_devices()
        if len(chosen) != 1:
            return
        old = chosen[0]
        device = self.ask_device(self, old)
        if device is not None and device != old:
            services = self.ctx.services
            self._write(lambda: services.replace_test_device(old.name, old.scope, device))

    def remove_devices(self) -> None:
        chosen = self.selected_devices()
        if not chosen or not self._confirm_removal(chosen):
            return
        services = self.ctx.services

        def remove() -> None:
            for device in chosen:
                services.remove_test_device(device.name, device.scope)
        self._write(remove)

    def _confirm_removal(self, chosen: list[TestDevice]) -> bool:
        names = "\n".join(f"{d.name} ({d.identifier}, {d.scope})" for d in chosen)
        text = (self.tr("Remove test device {name}?").format(name=chosen[0].name)
                if len(chosen) == 1 else
                self.tr("Remove these %n test device(s)?", "", len(chosen)))
        return self.ctx.prompter.confirm(
            self, self.tr("Remove test devices"), text,
            self.tr("They will only receive approved updates from now on.\n\n") + names,
            accept=self.tr("Remove %n test device(s)", "", len(chosen)))

    def _write(self, change: Callable[[], object]) -> None:
        """Run one change on a worker (an import may hold the store for a while)."""
        self._writing = True
        self._update_buttons()
        self.ctx.tasks.run(lambda _task: change(), self._written, self._write_failed)

    def _written(self, _result: object) -> None:
        self._writing = False
        self.test_devices_changed.emit()
        self.refresh()

    def _write_failed(self, exc: BaseException) -> None:
        self._writing = False
        self._update_buttons()
        self.ctx.prompter.error(self, exc, self.tr("Test device not changed"))
        self.refresh()

    def save_state(self, settings: QSettings, key: str) -> None:
        save_header(settings, key, self.view)

    def restore_state(self, settings: QSettings, key: str) -> None:
        restore_header(settings, key, self.view)
