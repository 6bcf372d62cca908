"""The import preview: what a package holds and what importing it would do to each rule."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLocale, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHeaderView,
    QLabel,
    QListWidget,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.domain.rules import ImportEffect
from app.packages.importer import ImportPlan, PlannedUpdate
from app.ui import icons


def _tr(text: str) -> str:
    return QCoreApplication.translate("ImportPreviewDialog", text)


def effect_text(item: PlannedUpdate) -> str:
    """What importing this update does to its rule, in words."""
    if item.effect is ImportEffect.REPLACES_PENDING:
        return _tr("New pending version; replaces pending {0}").format(item.before.pending)
    return {
        ImportEffect.NEW: _tr("New rule with this pending version"),
        ImportEffect.PENDING_ADDED: _tr("New pending version"),
        ImportEffect.ALREADY_APPROVED: _tr("Already approved; nothing changes"),
        ImportEffect.UNCHANGED: _tr("Already pending; nothing changes"),
    }[item.effect]


def data_size(size: int) -> str:
    """A byte count as people read it, in the UI's locale (e.g. "4.2 MB")."""
    return QLocale().formattedDataSize(size, 1, QLocale.DataSizeFormat.DataSizeSIFormat)


class ImportPreviewDialog(QDialog):
    """Lists a package's device-specific updates with the effect of importing each.

    Accepting the dialog (Import) means "go ahead"; the dialog itself changes nothing.
    """

    EFFECT_COLUMN = 4

    def __init__(self, plan: ImportPlan, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.plan = plan
        self.setObjectName("importPreviewDialog")
        self.setWindowTitle(self.tr("Import update package"))
        self.setWindowIcon(icons.icon(icons.IMPORT))
        layout = QVBoxLayout(self)
        layout.addLayout(self._build_header())
        layout.addWidget(self._build_summary())
        layout.addWidget(self._build_table(), 1)
        layout.addWidget(self._build_ignored())
        layout.addWidget(self._build_buttons())
        self.resize(860, 480)

    # -- builders -------------------------------------------------------------

    def _build_header(self) -> QFormLayout:
        package = self.plan.package
        form = QFormLayout()
        file_label = QLabel(package.label)
        file_label.setObjectName("importPackageName")
        file_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        form.addRow(self.tr("Package file:"), file_label)
        form.addRow(self.tr("Pack version:"),
                    QLabel(package.pack_version or self.tr("not given")))
        total = package.total_size
        form.addRow(self.tr("Total size:"), QLabel(
            self.tr("{0} ({1} bytes) in %n update(s)", "", len(package.updates))
            .format(data_size(total), QLocale().toString(total))))
        return form

    def _build_summary(self) -> QLabel:
        self.summary = QLabel(self.summary_text())
        self.summary.setObjectName("importPreviewSummary")
        self.summary.setWordWrap(True)
        return self.summary

    def _build_table(self) -> QTableWidget:
        headers = [self.tr("Device kind"), self.tr("Update type"), self.tr("Version"),
                   self.tr("Files"), self.tr("What happens")]
        table = QTableWidget(len(self.plan.items), len(headers), self)
        table.setObjectName("importPreviewTable")
        table.setAccessibleName(self.tr("Updates in the package"))
        table.setHorizontalHeaderLabels(headers)
        table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        table.verticalHeader().setVisible(False)
        for row, item in enumerate(self.plan.items):
            for column, text in enumerate(self._row_texts(item)):
                cell = QTableWidgetItem(text)
                if column == self.EFFECT_COLUMN and item.effect.changes_rule:
                    font = cell.font()
                    font.setBold(True)
                    cell.setFont(font)
                table.setItem(row, column, cell)
        table.resizeColumnsToContents()
        table.horizontalHeader().setSectionResizeMode(self.EFFECT_COLUMN,
                                                      QHeaderView.ResizeMode.Stretch)
        self.table = table
        return table

    def _build_ignored(self) -> QWidget:
        box = QWidget(self)
        layout = QVBoxLayout(box)
        layout.setContentsMargins(0, 0, 0, 0)
        ignored = self.plan.package.ignored
        layout.addWidget(QLabel(self.tr("Members that no update lists; they will be ignored:")))
        self.ignored_list = QListWidget(box)
        self.ignored_list.setObjectName("importIgnoredList")
        self.ignored_list.setAccessibleName(self.tr("Ignored package members"))
        self.ignored_list.addItems(list(ignored))
        self.ignored_list.setMaximumHeight(90)
        layout.addWidget(self.ignored_list)
        box.setVisible(bool(ignored))
        return box

    def _build_buttons(self) -> QDialogButtonBox:
        buttons = QDialogButtonBox(self)
        self.import_button = buttons.addButton(self.tr("Import"),
                                               QDialogButtonBox.ButtonRole.AcceptRole)
        self.import_button.setObjectName("importButton")
        self.import_button.setIcon(icons.icon(icons.IMPORT))
        self.import_button.setToolTip(self.tr("Copy the update files into the store and record "
                                              "the pending versions shown above"))
        self.import_button.setAccessibleName(self.tr("Import the package"))
        self.import_button.setDefault(True)
        cancel = buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        cancel.setObjectName("cancelImportButton")
        cancel.setToolTip(self.tr("Close without importing; nothing is changed"))
        cancel.setAccessibleName(self.tr("Do not import"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        return buttons

    # -- texts ----------------------------------------------------------------

    def _row_texts(self, item: PlannedUpdate) -> tuple[str, ...]:
        update = item.update.update
        files = ", ".join(f.name for f in item.update.files)
        size = sum(f.size for f in item.update.files)
        return (str(update.kind), update.update_type, str(update.version),
                self.tr("{0} ({1})").format(files, data_size(size)), effect_text(item))

    def summary_text(self) -> str:
        changed = self.plan.changed
        if changed == 0:
            return self.tr("Nothing would change: every update in this package is already "
                           "pending or approved. Importing again is harmless.")
        return self.tr("Importing makes {0} of %n update(s) pending. Pending versions reach "
                       "test devices only, until you approve them.", "",
                       len(self.plan.items)).format(changed)

    def effect_texts(self) -> list[str]:
        """The "What happens" column, top to bottom (tests and screenshots read it)."""
        rows = range(self.table.rowCount())
        return [self.table.item(row, self.EFFECT_COLUMN).text() for row in rows]
