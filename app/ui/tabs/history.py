"""The History tab: who did what, when, with the versions before and after."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import (
    QSettings,
    Qt,
    Signal,
)
from PySide6.QtWidgets import (
    QWidget,
)

from app.store.admin import HistoryEntry
from app.ui.columns import FITTED, fit_wrapped_columns, wrap_rows
from app.ui.context import UiContext
from app.ui.models import HistoryModel
from app.ui.tabs.common import (
    KeptSelection,
    Loader,
    fit_columns_once,
    make_filter_edit,
    make_proxy,
    make_table,
    placeholder_text,
    restore_header,
    save_header,
    tab_layout,
)

HISTORY_LIMIT = 5_000
HISTORY_LINES = 3  # a history row's height: a rule's three versions, one per line
# the History columns that wrap (rows are three lines tall anyway), and onto how many
# lines at most: the date above the time, each version on its own line
WRAPPED_HISTORY = {HistoryModel.TIME: 2, HistoryModel.ACTION: 2, HistoryModel.SUBJECT: 2,
                   HistoryModel.BEFORE: HISTORY_LINES,
                   HistoryModel.AFTER: HISTORY_LINES, HistoryModel.DETAIL: HISTORY_LINES}


class HistoryTab(QWidget):
    """Every administrator action: time, user, versions before and after."""

    refreshed = Signal()

    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setObjectName("historyTab")
        self.model = HistoryModel(self)
        self.proxy = make_proxy(self.model, self)
        self._loader = Loader(ctx, self, self._load_job, self._show)
        self._loader.loaded.connect(self.refreshed)
        layout = tab_layout(self)
        self.filter_edit = make_filter_edit(
            self, self.tr("Show only actions whose columns contain this text"))
        self.filter_edit.textChanged.connect(self.proxy.setFilterFixedString)
        layout.addWidget(self.filter_edit)
        self.view = make_table("historyTable", self.proxy, self)
        self.view.setAccessibleName(self.tr("History"))
        self.view.set_placeholder(lambda: placeholder_text(
            self._loader, self.model.rowCount(),
            self.tr("Nothing has been done yet. Imports, approvals and every other change "
                    "are listed here, with who made them and when."),
            self.tr("No action matches the filter.")))
        self.view.setSortingEnabled(True)
        self.view.sortByColumn(HistoryModel.TIME, Qt.SortOrder.DescendingOrder)
        wrap_rows(self.view, HISTORY_LINES)  # versions before and after: one per line
        layout.addWidget(self.view, 1)

    def refresh(self) -> None:
        self._loader.refresh()

    @property
    def loading(self) -> bool:
        return self._loader.busy

    def _load_job(self) -> Callable[[], list[HistoryEntry]]:
        services = self.ctx.services
        return lambda: services.history(HISTORY_LIMIT)

    def _show(self, entries: list[HistoryEntry]) -> None:
        with KeptSelection(self.view, lambda e: (e.at, e.action, e.subject)):
            self.model.set_rows(entries)
        if not self.view.property(FITTED) and entries:
            fit_columns_once(self.view)
            fit_wrapped_columns(self.view, WRAPPED_HISTORY)

    def save_state(self, settings: QSettings, key: str) -> None:
        save_header(settings, key, self.view)

    def restore_state(self, settings: QSettings, key: str) -> None:
        restore_header(settings, key, self.view)
