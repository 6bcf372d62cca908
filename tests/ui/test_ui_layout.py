"""Every tab reads at the default window size, in English and German: no header or cell
text cut, nothing beyond the table's right edge, and the server panel keeps its width
when the server starts (issue 9: D)."""

from __future__ import annotations

import http.client

import pytest
from PySide6.QtCore import QRect, Qt
from PySide6.QtWidgets import QApplication, QStyle, QStyleOptionHeader
from ui_support import record, sighting, start_server

from app.domain.test_devices import TestDevice
from app.packages.builder import SAMPLE_KINDS
from app.ui.i18n import install_language, remove_language
from app.ui.main_window import DEFAULT_SIZE, MainWindow
from app.ui.tabs.common import Table

ROWS_CHECKED = 50


@pytest.fixture(params=["en", "de"])
def language(request, qapp, tmp_path):
    translators = install_language(request.param, cache=tmp_path / "qm")
    yield request.param
    remove_language(translators)


@pytest.fixture
def story(services, rules):
    """Rules in both states, two test devices, phones that checked in."""
    services.add_test_device(TestDevice.checked("Lab CX600", mac="00-04-F2-12-34-56"))
    services.add_test_device(TestDevice.checked("Berlin desk", serial="AASTRA-0042",
                                                scope="site:Berlin"))
    record(services, [sighting(n, kind=SAMPLE_KINDS[n % 4], user="sip:alice@contoso.com",
                               offer="CPE 4.0.7577.4366 Approved") for n in range(8)])
    return services


def check_in(port: int, n: int, mac: str | None = None) -> None:
    kind = SAMPLE_KINDS[n % 4]
    mac = mac or f"00-04-F2-00-01-{n:02X}"
    body = ("<UpdateRequest>" + "".join(
        f"<{t}>{v}</{t}>" for t, v in zip(("DeviceType", "Brand", "Model", "Revision",
                                           "Locale"), kind, strict=True))
        + f"<MacAddress>{mac}</MacAddress><SerialNumber>SN{n:04d}"
        "</SerialNumber><Modules><Module UpdateType=\"CPE\" Version=\"4.0.7577.4066\"/>"
        "</Modules></UpdateRequest>")
    conn = http.client.HTTPConnection("127.0.0.1", port, timeout=10)
    conn.request("POST", "/RequestHandler/ucdevice.upx", body, {"Content-Type": "text/xml"})
    conn.getresponse().read()
    conn.close()


@pytest.fixture
def window(language, ctx, qtbot, story):
    main = MainWindow(ctx)
    qtbot.addWidget(main)
    main.resize(DEFAULT_SIZE)
    main.show()
    qtbot.waitExposed(main)
    yield main
    ctx.server.stop()


def settle(qtbot, ctx) -> None:
    qtbot.waitUntil(lambda: not ctx.tasks.busy, timeout=10_000)
    QApplication.processEvents()


# -- what a reader sees in a column --------------------------------------------------------


def header_label_width(view, column: int) -> int:
    """The room QHeaderView gives the header text of *column* (it elides what is wider)."""
    header = view.horizontalHeader()
    option = QStyleOptionHeader()
    option.initFrom(header)
    option.rect = QRect(0, 0, view.columnWidth(column), header.height())
    option.orientation = Qt.Orientation.Horizontal
    option.state |= QStyle.StateFlag.State_Horizontal
    if header.isSortIndicatorShown() and header.sortIndicatorSection() == column:
        option.sortIndicator = QStyleOptionHeader.SortIndicator.SortDown
    return header.style().subElementRect(QStyle.SubElement.SE_HeaderLabel, option,
                                         header).width()


def cut_texts(view) -> list[str]:
    """Header and cell texts of *view*'s shown columns that do not fit their column."""
    model, metrics = view.model(), view.fontMetrics()
    header_metrics = view.horizontalHeader().fontMetrics()
    margin = view.style().pixelMetric(QStyle.PixelMetric.PM_FocusFrameHMargin, None, view) + 1
    cut = []
    for column in range(model.columnCount()):
        if view.isColumnHidden(column):
            continue
        title = model.headerData(column, Qt.Orientation.Horizontal)
        if header_metrics.horizontalAdvance(title) > header_label_width(view, column):
            cut.append(f"header {title!r} ({view.columnWidth(column)} px)")
        room = QRect(0, 0, view.columnWidth(column) - 2 * margin, view.rowHeight(0) - 2)
        for row in range(min(model.rowCount(), ROWS_CHECKED)):
            text = str(model.index(row, column).data() or "")
            flags = Qt.TextFlag.TextWordWrap if view.wordWrap() else 0
            used = metrics.boundingRect(QRect(0, 0, room.width(), 100 * room.height()),
                                        flags, text)
            if used.width() > room.width() or used.height() > room.height():
                cut.append(f"{title}: {text!r} ({view.columnWidth(column)} px)")
    return cut


def beyond_the_edge(view) -> list[str]:
    """Shown columns that do not end inside the visible part of the table."""
    edge = view.viewport().width()
    return [str(view.model().headerData(c, Qt.Orientation.Horizontal))
            for c in range(view.model().columnCount())
            if not view.isColumnHidden(c)
            and view.columnViewportPosition(c) + view.columnWidth(c) > edge]


def shown_tables(window):
    """Every table of every tab (and of each page of the Logs tab), made visible in turn."""
    for index in range(window.tabs.count()):
        window.tabs.setCurrentIndex(index)
        tab = window.tabs.currentWidget()
        pages = getattr(tab, "pages", None)
        for page in range(pages.count()) if pages else [None]:
            if pages:
                pages.setCurrentIndex(page)
            QApplication.processEvents()
            yield from (t for t in tab.findChildren(Table) if t.isVisible())


# -- the tests ------------------------------------------------------------------------------


def test_every_column_of_every_tab_reads_at_the_default_size(window, ctx, qtbot, language):
    start_server(window, ctx, qtbot)
    for n in range(6):
        check_in(ctx.server.state.port, n)
    check_in(ctx.server.state.port, 0, mac="00-04-F2-12-34-56")  # the test device: pending
    window.server_panel.stop()  # writes what it holds; the tables stop following it
    window.refresh_all()
    settle(qtbot, ctx)
    assert (window.width(), window.height()) == (DEFAULT_SIZE.width(), DEFAULT_SIZE.height())
    problems, seen = [], []
    for view in shown_tables(window):
        seen.append(view.objectName())
        assert view.model().rowCount() > 0 or view.objectName() == "deviceLogsTable"
        problems += [f"{view.objectName()}: {p}" for p in cut_texts(view)]
        problems += [f"{view.objectName()}: column {c} goes beyond the right edge"
                     for c in beyond_the_edge(view)]
        if view.horizontalScrollBar().maximum() > 0:
            problems.append(f"{view.objectName()}: needs scrolling sideways")
    assert len(seen) == 7
    assert not problems, f"at {DEFAULT_SIZE.width()}×{DEFAULT_SIZE.height()} in " \
        f"{language}:\n" + "\n".join(problems)


def test_the_server_panel_keeps_its_width_when_the_server_starts(window, ctx, qtbot):
    settle(qtbot, ctx)
    before = (window.server_panel.width(), window.pending_tab.view.width())
    start_server(window, ctx, qtbot)
    check_in(ctx.server.state.port, 1)
    ctx.server.poll_now()
    QApplication.processEvents()
    assert ctx.server.running
    assert (window.server_panel.width(), window.pending_tab.view.width()) == before
    window.server_panel.stop()
    QApplication.processEvents()
    assert (window.server_panel.width(), window.pending_tab.view.width()) == before


def test_hidden_columns_come_back_from_the_header_menu(window):
    from app.ui.columns import column_chooser
    from app.ui.models import RulesModel

    view = window.pending_tab.view
    assert view.isColumnHidden(RulesModel.POOL)
    menu = column_chooser(view)
    pool = next(a for a in menu.actions()
                if a.text() == view.model().headerData(RulesModel.POOL,
                                                       Qt.Orientation.Horizontal))
    assert not pool.isChecked()
    pool.trigger()
    assert not view.isColumnHidden(RulesModel.POOL)
    assert view.columnWidth(RulesModel.POOL) > 0
    menu.deleteLater()
