"""How wide a table's columns are, and which of them are shown.

A column is as wide as its header text needs (the sort arrow's room counted
only on the column that shows it, as the style draws it) and as its rows
need, up to MAX_FITTED_WIDTH; widths the administrator saved win over all of
this. Columns an administrator rarely needs can start hidden; a right-click
on the header shows or hides any column.
"""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtCore import QCoreApplication, QPoint, QRect, QSize, Qt
from PySide6.QtWidgets import QMenu, QStyle, QStyleOptionHeader, QTableView

FITTED = "columnsFitted"  # a view property: the columns have their widths
MAX_FITTED_WIDTH = 320  # longer cell texts are elided (their tooltip shows them whole)
SLACK = 5  # the grid line, rounding in the text layout, and a little air
ROW_PADDING = 8  # above and below a row's text


def tr(text: str) -> str:
    return QCoreApplication.translate("columns", text)


def header_text(view: QTableView, column: int) -> str:
    return str(view.model().headerData(column, Qt.Orientation.Horizontal) or "")


def header_width(view: QTableView, column: int) -> int:
    """The width *column*'s header text needs, as the style measures it; with the sort
    arrow's room (as QHeaderView counts it) only on the column that shows the arrow."""
    header = view.horizontalHeader()
    option = QStyleOptionHeader()
    option.initFrom(header)
    option.text = header_text(view, column)
    style = header.style()
    size = style.sizeFromContents(QStyle.ContentsType.CT_HeaderSection, option, QSize(), header)
    width = size.width() + SLACK
    if header.isSortIndicatorShown() and header.sortIndicatorSection() == column:
        width += size.height() + style.pixelMetric(QStyle.PixelMetric.PM_HeaderMargin, None,
                                                   header)
    return width


def text_width(view: QTableView, text: str) -> int:
    """The width a cell showing *text* needs (the item delegate's margins included)."""
    margin = view.style().pixelMetric(QStyle.PixelMetric.PM_FocusFrameHMargin, None, view) + 1
    return view.fontMetrics().horizontalAdvance(text) + 2 * margin + SLACK


def rows_width(view: QTableView, column: int) -> int:
    """The width the rows shown now need in *column* (0 without rows)."""
    needed = QTableView.sizeHintForColumn(view, column)
    return needed + SLACK if needed > 0 else 0


def fit_columns(view: QTableView, typical: dict[int, Iterable[str]] | None = None) -> None:
    """Every column as wide as its header, its rows and its *typical* texts need."""
    typical = typical or {}
    for column in range(view.model().columnCount()):
        content = max([rows_width(view, column)]
                      + [text_width(view, t) for t in typical.get(column, ())])
        view.setColumnWidth(column, max(header_width(view, column),
                                        min(content, MAX_FITTED_WIDTH)))


def wrap_rows(view: QTableView, lines: int) -> None:
    """Cells wrap at spaces onto up to *lines* lines; every row is that tall."""
    view.setWordWrap(True)
    view.verticalHeader().setDefaultSectionSize(
        lines * view.fontMetrics().lineSpacing() + ROW_PADDING)


def wrapped_width(view: QTableView, text: str, lines: int) -> int:
    """The narrowest cell that shows *text* on at most *lines* lines, wrapped at spaces."""
    metrics, flags = view.fontMetrics(), Qt.TextFlag.TextWordWrap
    tallest = lines * metrics.lineSpacing()

    def fits(width: int) -> bool:
        used = metrics.boundingRect(QRect(0, 0, width, 100 * tallest), flags, text)
        return used.width() <= width and used.height() <= tallest
    low, high = 1, max(metrics.horizontalAdvance(text), 1)
    while low < high:  # fits() is monotonic in the width: halve the range
        middle = (low + high) // 2
        low, high = (low, middle) if fits(middle) else (middle + 1, high)
    return text_width(view, "") + low


def fit_wrapped_columns(view: QTableView, lines: dict[int, int], sample: int = 500,
                        longest: int = 12) -> None:
    """Narrow each column of *lines* to what its rows need when wrapped onto that many
    lines, never below its header; measured on the *longest* texts of the first
    *sample* rows (each measure costs a dozen text layouts, and this runs on the GUI
    thread)."""
    model = view.model()
    rows = range(min(model.rowCount(), sample))
    for column, most in lines.items():
        texts = sorted({str(model.index(r, column).data() or "") for r in rows},
                       key=len, reverse=True)[:longest]
        needed = max((wrapped_width(view, t, most) for t in texts if t), default=0)
        view.setColumnWidth(column, max(header_width(view, column), needed))


def fit_columns_once(view: QTableView) -> None:
    """Size the columns to their contents when the first rows arrive, unless widths
    saved earlier were restored (the administrator's widths win)."""
    if view.property(FITTED) or view.model().rowCount() == 0:
        return
    fit_columns(view)
    view.setProperty(FITTED, True)


def keep_room_for_the_sort_arrow(view: QTableView) -> None:
    """When the sort column changes, widen it if its header text would lose to the arrow."""
    def widen(column: int, _order: Qt.SortOrder) -> None:
        if column >= 0 and view.columnWidth(column) < header_width(view, column):
            view.setColumnWidth(column, header_width(view, column))
    view.horizontalHeader().sortIndicatorChanged.connect(widen)


def hide_columns(view: QTableView, columns: Iterable[int]) -> None:
    """Start with *columns* hidden; the header's right-click menu shows them again."""
    for column in columns:
        view.setColumnHidden(column, True)


def add_column_chooser(view: QTableView) -> None:
    """A right-click on the header lists the columns to show or hide."""
    header = view.horizontalHeader()
    header.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
    header.customContextMenuRequested.connect(
        lambda pos: _show_chooser(view, header.viewport().mapToGlobal(QPoint(pos))))


def column_chooser(view: QTableView) -> QMenu:
    """The header's menu: one checkable entry per column; the last shown one stays."""
    menu = QMenu(view)
    menu.setObjectName("columnChooser")
    menu.setTitle(tr("Columns"))
    shown = [c for c in range(view.model().columnCount()) if not view.isColumnHidden(c)]
    for column in range(view.model().columnCount()):
        action = menu.addAction(header_text(view, column))
        action.setCheckable(True)
        action.setChecked(column in shown)
        action.setEnabled(shown != [column])
        action.toggled.connect(lambda on, c=column: _set_shown(view, c, on))
    return menu


def _set_shown(view: QTableView, column: int, shown: bool) -> None:
    view.setColumnHidden(column, not shown)
    if shown and view.columnWidth(column) < header_width(view, column):
        view.setColumnWidth(column, header_width(view, column))


def _show_chooser(view: QTableView, where: QPoint) -> None:
    menu = column_chooser(view)
    menu.exec(where)
    menu.deleteLater()
