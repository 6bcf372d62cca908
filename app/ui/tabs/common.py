"""What the tabs share: background loading, table views, filter boxes, column state."""

from __future__ import annotations

from collections.abc import Callable, Hashable
from typing import Any

from PySide6.QtCore import (
    QAbstractItemModel,
    QCoreApplication,
    QItemSelection,
    QItemSelectionModel,
    QObject,
    QPoint,
    QSettings,
    QSortFilterProxyModel,
    Qt,
    Signal,
)
from PySide6.QtGui import QKeySequence, QPainter, QPaintEvent, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QLineEdit,
    QMenu,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from app.ui import icons
from app.ui.columns import (
    FITTED,
    ROW_PADDING,
    add_column_chooser,
    fit_columns,
    keep_room_for_the_sort_arrow,
)
from app.ui.columns import fit_columns_once as fit_columns_once  # the tabs' one import place
from app.ui.context import UiContext
from app.ui.models import OBJECT_ROLE


def tr(text: str) -> str:
    return QCoreApplication.translate("tabs", text)


class Loader(QObject):
    """Runs one load at a time on a worker and shows the result on the GUI thread.

    *job* is called on the GUI thread and returns what the worker runs (so the
    worker never reads a widget); a refresh asked for while one runs is done
    once more after it, so bursts of changes cost two loads, not one per change.
    """

    loaded = Signal()

    def __init__(self, ctx: UiContext, parent: QWidget, job: Callable[[], Callable[[], Any]],
                 show: Callable[[Any], None]) -> None:
        super().__init__(parent)
        self.ctx, self._widget, self._job, self._show = ctx, parent, job, show
        self._running = False
        self._again = False
        self.has_loaded = False  # the first load has been shown

    @property
    def busy(self) -> bool:
        return self._running

    def refresh(self) -> None:
        if self._running:
            self._again = True
            return
        self._running = True
        work = self._job()
        self.ctx.tasks.run(lambda _task: work(), self._done, self._failed)

    def _done(self, result: Any) -> None:
        self._running = False
        self.has_loaded = True
        self._show(result)
        self.loaded.emit()
        self._next()

    def _failed(self, exc: BaseException) -> None:
        self._running = False
        self._again = False  # do not loop on a store that keeps failing
        self.ctx.prompter.error(self._widget, exc, tr("Could not load"))

    def _next(self) -> None:
        if self._again:
            self._again = False
            self.refresh()


class Table(QTableView):
    """A table that says in its empty viewport why it is empty and what to do."""

    PLACEHOLDER_MARGIN = 24

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._placeholder: Callable[[], str] = str

    def set_placeholder(self, text: Callable[[], str]) -> None:
        """*text* is asked whenever the table shows no rows (it may depend on a filter)."""
        self._placeholder = text
        self.viewport().update()

    def placeholder(self) -> str:
        """What the table says instead of rows; empty while it shows rows."""
        model = self.model()
        return "" if model is None or model.rowCount() > 0 else self._placeholder()

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802 - Qt's name
        super().paintEvent(event)
        text = self.placeholder()
        if not text:
            return
        painter = QPainter(self.viewport())
        painter.setPen(self.palette().placeholderText().color())
        margin = self.PLACEHOLDER_MARGIN
        painter.drawText(self.viewport().rect().adjusted(margin, margin, -margin, -margin),
                         Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop
                         | Qt.TextFlag.TextWordWrap, text)
        painter.end()


def placeholder_text(loader: Loader, total: int, empty: str, filtered: str) -> str:
    """What an empty table says: loading, nothing stored (*empty*) or nothing that
    passes the filter (*filtered*), given the *total* rows before filtering."""
    if not loader.has_loaded:
        return tr("Loading…")
    return empty if total == 0 else filtered


TAB_MARGINS = 4  # the tab's frame already sets it apart; the tables get the width


def tab_layout(tab: QWidget) -> QVBoxLayout:
    """The column a tab lays its filter bar, table and labels out in."""
    layout = QVBoxLayout(tab)
    layout.setContentsMargins(TAB_MARGINS, TAB_MARGINS + 2, TAB_MARGINS, TAB_MARGINS)
    return layout


def make_table(object_name: str, model: QAbstractItemModel, parent: QWidget, *,
               multi: bool = True) -> Table:
    """A read-only, row-selecting, sortable table with fixed row heights."""
    view = Table(parent)
    view.setObjectName(object_name)
    view.setModel(model)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection if multi
                          else QAbstractItemView.SelectionMode.SingleSelection)
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.setAlternatingRowColors(True)
    view.setWordWrap(False)
    view.setCornerButtonEnabled(False)
    rows = view.verticalHeader()
    rows.hide()
    rows.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
    rows.setDefaultSectionSize(view.fontMetrics().height() + ROW_PADDING)
    columns = view.horizontalHeader()
    columns.setStretchLastSection(True)
    columns.setSectionsMovable(True)
    columns.setHighlightSections(False)
    fit_columns(view)  # the headers, until rows arrive
    keep_room_for_the_sort_arrow(view)
    add_column_chooser(view)
    return view


class FilterProxy(QSortFilterProxyModel):
    """Filters rows; sorting is the source model's (one key per row, not a ``data()``
    call per comparison), so the view's header sorts through this proxy unchanged."""

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        self.sourceModel().sort(column, order)


def make_proxy(model: QAbstractItemModel, parent: QObject | None) -> FilterProxy:
    """The filter box matches any column, in any case."""
    proxy = FilterProxy(parent)
    proxy.setSourceModel(model)
    proxy.setFilterKeyColumn(-1)
    proxy.setFilterCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
    return proxy


def make_filter_edit(parent: QWidget, tooltip: str, object_name: str = "filterEdit") -> QLineEdit:
    edit = QLineEdit(parent)
    edit.setObjectName(object_name)
    edit.setPlaceholderText(tr("Filter…"))
    edit.setClearButtonEnabled(True)
    edit.setToolTip(tooltip)
    edit.setAccessibleName(tr("Filter"))
    find = QShortcut(QKeySequence(QKeySequence.StandardKey.Find), parent)
    find.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
    find.activated.connect(edit.setFocus)
    find.activated.connect(edit.selectAll)
    return edit


def make_button(parent: QWidget, object_name: str, text: str, tooltip: str,
                icon_name: str | None = None) -> QPushButton:
    button = QPushButton(text, parent)
    button.setObjectName(object_name)
    button.setToolTip(tooltip)
    button.setAccessibleName(text.rstrip("…").strip())
    if icon_name:
        button.setIcon(icons.icon(icon_name))
    return button


def selected_objects(view: QTableView) -> list[Any]:
    """The objects behind the selected rows, top to bottom as shown."""
    model = view.model()
    rows = sorted(i.row() for i in view.selectionModel().selectedRows())
    return [model.index(r, 0).data(OBJECT_ROLE) for r in rows]


def pop_up(view: QTableView, menu: QMenu, pos: QPoint) -> None:
    """Show a right-click *menu* at *pos* (viewport coordinates), unless it is empty."""
    if not menu.isEmpty():
        menu.exec(view.viewport().mapToGlobal(pos))
    menu.deleteLater()


def select_rows(view: QTableView, rows: list[int]) -> None:
    """Select exactly *rows* (of the view's model), in one selection change."""
    model = view.model()
    selection = QItemSelection()
    last = model.columnCount() - 1
    for row in rows:
        selection.select(model.index(row, 0), model.index(row, last))
    flags = QItemSelectionModel.SelectionFlag.ClearAndSelect
    view.selectionModel().select(selection, flags)
    if rows:
        view.scrollTo(model.index(rows[0], 0))


class KeptSelection:
    """Keeps the selected rows (by a key of their object) and the scroll position
    across a model reset, so a table refreshing every second stays usable."""

    def __init__(self, view: QTableView, key: Callable[[Any], Hashable]) -> None:
        self.view, self.key = view, key

    def __enter__(self) -> KeptSelection:
        self.keys = {self.key(obj) for obj in selected_objects(self.view)}
        self.scroll = self.view.verticalScrollBar().value()
        return self

    def __exit__(self, *exc_info: object) -> None:
        if self.keys:
            model = self.view.model()
            rows = [r for r in range(model.rowCount())
                    if self.key(model.index(r, 0).data(OBJECT_ROLE)) in self.keys]
            select_rows(self.view, rows)
        self.view.verticalScrollBar().setValue(self.scroll)


def save_header(settings: QSettings, key: str, view: QTableView) -> None:
    settings.setValue(f"{key}/header", view.horizontalHeader().saveState())


def restore_header(settings: QSettings, key: str, view: QTableView) -> bool:
    state = settings.value(f"{key}/header")
    restored = bool(state) and view.horizontalHeader().restoreState(state)
    if restored:
        view.setProperty(FITTED, True)
    return restored
