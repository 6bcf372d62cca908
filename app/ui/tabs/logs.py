"""The Logs tab: the audit log of update checks, and the logs phones uploaded."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from pathlib import Path

from PySide6.QtCore import (
    QDate,
    QMargins,
    QModelIndex,
    QSettings,
    QSortFilterProxyModel,
    Qt,
    QUrl,
    Signal,
)
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QHBoxLayout,
    QLabel,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from app.services import DeviceLogFile
from app.ui import icons
from app.ui.columns import hide_columns
from app.ui.context import UiContext
from app.ui.models import AuditModel, DeviceLogsModel
from app.ui.tabs.common import (
    FilterProxy,
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

PAGE_MARGINS = QMargins(4, 6, 4, 4)  # the pages have a frame: the audit table gets the width
AUDIT_LIMIT = 10_000  # newest audit lines shown


class AuditFilter(FilterProxy):
    """Audit lines of one device text, local day and outcome class (each optional)."""

    def __init__(self, model: AuditModel, parent: QWidget) -> None:
        super().__init__(parent)
        self.setSourceModel(model)
        self.device_text, self.day, self.outcome = "", None, None

    def set_criteria(self, device_text: str, day: date | None, outcome: str | None) -> None:
        self.beginFilterChange()
        self.device_text, self.day, self.outcome = device_text.strip(), day, outcome
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def filterAcceptsRow(self, source_row: int, source_parent: QModelIndex) -> bool:  # noqa: N802
        return self.sourceModel().row_matches(source_row, self.device_text, self.day,
                                              self.outcome)


class LogsTab(QWidget):
    """Audit lines, filterable by device, day and outcome; uploaded device logs."""

    refreshed = Signal()

    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setObjectName("logsTab")
        self.audit_model = AuditModel(self)
        self.audit_proxy = AuditFilter(self.audit_model, self)
        self.logs_model = DeviceLogsModel(self)
        self.logs_proxy = make_proxy(self.logs_model, self)
        self.open_url: Callable[[QUrl], bool] = QDesktopServices.openUrl  # tests replace it
        self._loader = Loader(ctx, self, self._load_job, self._show)
        self._loader.loaded.connect(self.refreshed)
        layout = tab_layout(self)
        self.pages = QTabWidget(self)
        self.pages.setObjectName("logsPages")
        self.pages.addTab(self._build_audit_page(), self.tr("Audit"))
        self.pages.addTab(self._build_device_logs_page(), self.tr("Device logs"))
        self.pages.setTabToolTip(0, self.tr("One line per request the server answered"))
        self.pages.setTabToolTip(1, self.tr("Log files phones uploaded"))
        layout.addWidget(self.pages)
        self._filter_audit()
        self._update_log_buttons()

    # -- building ---------------------------------------------------------------------------

    def _build_audit_page(self) -> QWidget:
        page = QWidget(self)
        layout = QVBoxLayout(page)
        layout.setContentsMargins(PAGE_MARGINS)
        layout.addLayout(self._build_audit_bar(page))
        self.audit_view = make_table("auditTable", self.audit_proxy, page)
        self.audit_view.setAccessibleName(self.tr("Audit lines"))
        self.audit_view.set_placeholder(lambda: placeholder_text(
            self._loader, self.audit_model.rowCount(),
            self.tr("No request has been logged yet. Every update check a phone makes is "
                    "listed here."),
            self.tr("No line matches the filter.")))
        self.audit_view.setSortingEnabled(True)
        self.audit_view.sortByColumn(AuditModel.TIME, Qt.SortOrder.DescendingOrder)
        hide_columns(self.audit_view, (AuditModel.CLIENT, AuditModel.SERIAL, AuditModel.USER))
        layout.addWidget(self.audit_view, 1)
        self.audit_summary = QLabel(page)
        self.audit_summary.setObjectName("auditSummaryLabel")
        layout.addWidget(self.audit_summary)
        return page

    def _build_audit_bar(self, page: QWidget) -> QHBoxLayout:
        bar = QHBoxLayout()
        self.device_edit = make_filter_edit(
            page, self.tr("Show lines whose device kind, MAC, serial, client address or user "
                          "contain this text"), "deviceFilterEdit")
        self.device_edit.setPlaceholderText(self.tr("Device: MAC, serial, model, address…"))
        self.device_edit.textChanged.connect(self._filter_audit)
        self.any_date_check = QCheckBox(self.tr("Any date"), page)
        self.any_date_check.setObjectName("anyDateCheck")
        self.any_date_check.setToolTip(self.tr("Untick to show only the lines of one day"))
        self.any_date_check.setAccessibleName(self.tr("Any date"))
        self.any_date_check.setChecked(True)
        self.date_edit = QDateEdit(QDate.currentDate(), page)
        self.date_edit.setObjectName("dateEdit")
        self.date_edit.setCalendarPopup(True)
        self.date_edit.setDisplayFormat("yyyy-MM-dd")  # as the times in the table
        self.date_edit.setToolTip(self.tr("The day (local time) whose lines are shown"))
        self.date_edit.setAccessibleName(self.tr("Date"))
        self.outcome_combo = QComboBox(page)
        self.outcome_combo.setObjectName("outcomeCombo")
        self.outcome_combo.setToolTip(self.tr("Show only lines with this outcome"))
        self.outcome_combo.setAccessibleName(self.tr("Outcome"))
        for text, value in ((self.tr("All outcomes"), None),
                            (self.tr("Offered"), AuditModel.OFFERED),
                            (self.tr("No update"), AuditModel.NO_UPDATE),
                            (self.tr("Refused"), AuditModel.REFUSED)):
            self.outcome_combo.addItem(text, value)
        self.any_date_check.toggled.connect(self._filter_audit)
        self.date_edit.dateChanged.connect(self._filter_audit)
        self.outcome_combo.currentIndexChanged.connect(self._filter_audit)
        for widget in (self.device_edit, self.any_date_check, self.date_edit,
                       self.outcome_combo):
            bar.addWidget(widget, 1 if widget is self.device_edit else 0)
        return bar

    def _build_device_logs_page(self) -> QWidget:
        page = QWidget(self)
        layout = QVBoxLayout(page)
        layout.setContentsMargins(PAGE_MARGINS)
        bar = QHBoxLayout()
        self.logs_filter_edit = make_filter_edit(
            page, self.tr("Show log files whose type or name contain this text"),
            "logsFilterEdit")
        self.logs_filter_edit.textChanged.connect(self.logs_proxy.setFilterFixedString)
        self.open_file_button = make_button(page, "openFileButton", self.tr("Open file"),
                                            self.tr("Open the selected log file"))
        self.open_folder_button = make_button(
            page, "openFolderButton", self.tr("Open folder"),
            self.tr("Open the folder that holds the selected log (or all logs)"), icons.FOLDER)
        self.open_file_button.clicked.connect(self.open_selected_file)
        self.open_folder_button.clicked.connect(self.open_folder)
        for widget in (self.logs_filter_edit, self.open_file_button, self.open_folder_button):
            bar.addWidget(widget, 1 if widget is self.logs_filter_edit else 0)
        layout.addLayout(bar)
        self.logs_view = make_table("deviceLogsTable", self.logs_proxy, page)
        self.logs_view.setAccessibleName(self.tr("Uploaded device logs"))
        self.logs_view.set_placeholder(lambda: placeholder_text(
            self._loader, self.logs_model.rowCount(),
            self.tr("No phone has uploaded a log yet."),
            self.tr("No log file matches the filter.")))
        self.logs_view.setSortingEnabled(True)
        self.logs_view.sortByColumn(DeviceLogsModel.MODIFIED, Qt.SortOrder.DescendingOrder)
        self.logs_view.doubleClicked.connect(lambda _index: self.open_selected_file())
        self.logs_view.selectionModel().selectionChanged.connect(self._update_log_buttons)
        layout.addWidget(self.logs_view, 1)
        return page

    # -- loading ------------------------------------------------------------------------------

    def refresh(self) -> None:
        """Read the audit files and list the device logs on a worker."""
        self._loader.refresh()

    @property
    def loading(self) -> bool:
        return self._loader.busy

    def _load_job(self) -> Callable[[], tuple[list[dict[str, str]], list[DeviceLogFile]]]:
        services, buffered = self.ctx.services, self.ctx.server.buffered_audit_lines()
        return lambda: (services.audit(AUDIT_LIMIT, buffered), services.device_logs())

    def _show(self, loaded: tuple[list[dict[str, str]], list[DeviceLogFile]]) -> None:
        audit, logs = loaded
        with KeptSelection(self.audit_view, _audit_key):
            self.audit_model.set_rows(audit)
        with KeptSelection(self.logs_view, lambda log: log.path):
            self.logs_model.set_rows(logs)
        fit_columns_once(self.audit_view)
        fit_columns_once(self.logs_view)
        self._update_audit_summary()
        self._update_log_buttons()

    # -- audit filter -------------------------------------------------------------------------

    def _filter_audit(self, *_args: object) -> None:
        self.date_edit.setEnabled(not self.any_date_check.isChecked())
        day = None if self.any_date_check.isChecked() else self.date_edit.date().toPython()
        self.audit_proxy.set_criteria(self.device_edit.text(), day,
                                      self.outcome_combo.currentData())
        self._update_audit_summary()

    def _update_audit_summary(self) -> None:
        shown, total = self.audit_proxy.rowCount(), self.audit_model.rowCount()
        text = self.tr("{shown} of the newest %n line(s) shown", "", total).format(shown=shown)
        if total == 0:
            text = self.tr("No request has been logged yet.")
        self.audit_summary.setText(text)

    # -- device logs ----------------------------------------------------------------------------

    def selected_logs(self) -> list[DeviceLogFile]:
        return selected_objects(self.logs_view)

    def _update_log_buttons(self, *_args: object) -> None:
        self.open_file_button.setEnabled(bool(self.logs_view.selectionModel().selectedRows()))

    def open_selected_file(self) -> None:
        for log in self.selected_logs()[:10]:  # a slip of Ctrl+A should not open hundreds
            self._open(log.path)

    def open_folder(self) -> None:
        chosen = self.selected_logs()
        folder = chosen[0].path.parent if chosen else self.ctx.services.device_logs_folder()
        if not folder.is_dir():
            self.ctx.prompter.report(self, self.tr("No device logs"),
                                     self.tr("No phone has uploaded a log yet. Logs will be "
                                             "kept in {folder}.").format(folder=folder))
            return
        self._open(folder)

    def _open(self, path: Path) -> None:
        if not self.open_url(QUrl.fromLocalFile(str(path))):
            self.ctx.prompter.report(self, self.tr("Could not open"),
                                     self.tr("No program on this computer opened {path}.")
                                     .format(path=path), problem=True)

    # -- column state ---------------------------------------------------------------------------

    def save_state(self, settings: QSettings, key: str) -> None:
        save_header(settings, f"{key}/audit", self.audit_view)
        save_header(settings, f"{key}/deviceLogs", self.logs_view)
        settings.setValue(f"{key}/page", self.pages.currentIndex())

    def restore_state(self, settings: QSettings, key: str) -> None:
        restore_header(settings, f"{key}/audit", self.audit_view)
        restore_header(settings, f"{key}/deviceLogs", self.logs_view)
        self.pages.setCurrentIndex(int(settings.value(f"{key}/page", 0)))


def _audit_key(line: dict[str, str]) -> tuple[str, ...]:
    return tuple(line.values())
