"""The Pending Updates and Approved Updates tabs: one row per rule."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QPoint, QSettings, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QMenu,
    QWidget,
)

from app.domain.compliance import Rollout
from app.domain.rules import RuleState, UpdateRule
from app.services import RuleFilter
from app.ui.columns import hide_columns
from app.ui.context import UiContext
from app.ui.dialogs.rule_phones import RulePhonesDialog
from app.ui.models import OBJECT_ROLE, RulesModel
from app.ui.tabs.common import (
    KeptSelection,
    Loader,
    fit_columns_once,
    make_filter_edit,
    make_proxy,
    make_table,
    placeholder_text,
    pop_up,
    restore_header,
    save_header,
    select_rows,
    selected_objects,
    tab_layout,
)

LIVE_PAUSE_MS = 5000  # while the server runs, the phones are counted again this often


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
        self._live_timer = QTimer(self)
        self._live_timer.setSingleShot(True)
        self._live_timer.setInterval(LIVE_PAUSE_MS)
        self._live_timer.timeout.connect(self.refresh)
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
        # the rollout's tooltip gives the last check; History, each rule's last change
        hide_columns(self.view, (RulesModel.DEVICE_TYPE, RulesModel.POOL,
                                 RulesModel.LAST_CHANGE, RulesModel.LAST_CHECK))
        self.view.doubleClicked.connect(lambda index: self.show_phones(index.row()))
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

    def _load_job(self) -> Callable[[], tuple[list[UpdateRule], str, dict[str, Rollout]]]:
        services, selection = self.ctx.services, RuleFilter(state=self.state)
        return lambda: (services.rules(selection), services.pool(), services.rollouts())

    def follow_live(self) -> None:
        """The server recorded checks: count the phones again, at most every few seconds
        (counting reads the whole inventory's profile index)."""
        if not self._live_timer.isActive():
            self._live_timer.start()

    def _show(self, loaded: tuple[list[UpdateRule], str, dict[str, Rollout]]) -> None:
        rules, pool, rollouts = loaded
        with KeptSelection(self.view, lambda rule: rule.id):
            self.model.set_rows(rules, pool, rollouts)
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

    def show_phones(self, row: int) -> RulePhonesDialog:
        """A rule's phones in a window of their own: the Devices list of its kind."""
        rule = self.proxy.index(row, 0).data(OBJECT_ROLE)
        dialog = RulePhonesDialog(self.ctx, rule, self.model.rollout(rule), self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.show()
        return dialog

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
            phones = menu.addAction(self.tr("Show the phones of this kind…"))
            phones.setObjectName("showPhonesAction")
            phones.setToolTip(self.tr("List every phone of this rule's kind, with where it "
                                      "stands"))
            phones.triggered.connect(lambda: self.show_phones(index.row()))
        return menu

    def _show_context_menu(self, pos: QPoint) -> None:
        pop_up(self.view, self.context_menu(pos), pos)

    # -- column state ----------------------------------------------------------------------

    def save_state(self, settings: QSettings, key: str) -> None:
        save_header(settings, key, self.view)

    def restore_state(self, settings: QSettings, key: str) -> None:
        restore_header(settings, key, self.view)
