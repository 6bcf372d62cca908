"""File → Import from Lync Server…: a Lync deployment's store and lists, previewed, imported.

The administrator picks the copy of the Lync server's ``DeviceUpdateStore``
folder and, optionally, the two files ``Export-Csv`` wrote. Preview reads and
checks them on a worker and lists every rule, version, test device, what is
left out and every conflict; Import copies and commits on a worker with a
progress bar and Cancel, all or nothing (``Services.import_lync``).
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.packages.lync import LyncDeployment
from app.packages.package import ImportCancelled
from app.ui.context import UiContext
from app.ui.i18n import translated
from app.ui.messages import error_text
from app.ui.tasks import Task

PROBLEM = QColor("#b00020")


class LyncImportDialog(QDialog):
    """Preview and import a Lync deployment; emits ``lync_imported(result)`` when done."""

    lync_imported = Signal(object)

    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.deployment: LyncDeployment | None = None
        self.task: Task | None = None
        self.setObjectName("lyncImportDialog")
        self.setWindowTitle(self.tr("Import from Lync Server"))
        self.resize(860, 560)
        layout = QVBoxLayout(self)
        layout.addWidget(self._intro())
        layout.addLayout(self._paths())
        layout.addWidget(self._preview_row())
        self.tree = self._tree()
        layout.addWidget(self.tree, 1)
        self.progress = QProgressBar(self)
        self.progress.setVisible(False)
        layout.addWidget(self.progress)
        layout.addWidget(self._buttons())
        self._set_busy(False)

    # -- building ---------------------------------------------------------------------

    def _intro(self) -> QLabel:
        label = QLabel(self.tr(
            "Bring a Lync pool's device updates over: the copy of its DeviceUpdateStore "
            "folder, and what Get-CsDeviceUpdateRule | Export-Csv and Get-CsTestDevice | "
            "Export-Csv wrote. Rules keep their Ids and versions; nothing is re-approved. "
            "Without a rules file, the newest version of each phone model becomes pending."),
            self)
        label.setWordWrap(True)
        return label

    def _paths(self) -> QFormLayout:
        form = QFormLayout()
        self.store_edit = self._path_row(form, self.tr("DeviceUpdateStore folder:"),
                                         "storeEdit", folder=True)
        self.rules_edit = self._path_row(form, self.tr("Rules (optional):"), "rulesEdit")
        self.devices_edit = self._path_row(form, self.tr("Test devices (optional):"),
                                           "devicesEdit")
        return form

    def _path_row(self, form: QFormLayout, label: str, name: str,
                  folder: bool = False) -> QLineEdit:
        row = QHBoxLayout()
        edit = QLineEdit(self)
        edit.setObjectName(name)
        edit.textChanged.connect(self._forget_preview)
        browse = QPushButton(self.tr("Browse…"), self)
        browse.clicked.connect(lambda: self._browse(edit, label, folder))
        row.addWidget(edit, 1)
        row.addWidget(browse)
        form.addRow(label, row)
        return edit

    def _preview_row(self) -> QWidget:
        row = QWidget(self)
        layout = QHBoxLayout(row)
        layout.setContentsMargins(0, 0, 0, 0)
        self.preview_button = QPushButton(self.tr("Preview"), row)
        self.preview_button.setObjectName("previewButton")
        self.preview_button.clicked.connect(self.preview)
        self.summary = QLabel(row)
        self.summary.setObjectName("summary")
        self.summary.setWordWrap(True)
        self.summary.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout.addWidget(self.preview_button)
        layout.addWidget(self.summary, 1)
        return row

    def _tree(self) -> QTreeWidget:
        tree = QTreeWidget(self)
        tree.setObjectName("previewTree")
        tree.setHeaderLabels([self.tr("What"), self.tr("Id or identifier"),
                              self.tr("Approved"), self.tr("Pending"), self.tr("Restore")])
        tree.setRootIsDecorated(True)
        tree.setColumnWidth(0, 300)
        tree.setColumnWidth(1, 290)
        return tree

    def _buttons(self) -> QDialogButtonBox:
        box = QDialogButtonBox(self)
        self.import_button = box.addButton(self.tr("Import"),
                                           QDialogButtonBox.ButtonRole.AcceptRole)
        self.import_button.setObjectName("importButton")
        self.close_button = box.addButton(QDialogButtonBox.StandardButton.Close)
        self.import_button.clicked.connect(self.start_import)
        self.close_button.clicked.connect(self._close_or_cancel)
        return box

    # -- choosing files ---------------------------------------------------------------

    def _browse(self, edit: QLineEdit, title: str, folder: bool) -> None:
        prompter = self.ctx.prompter
        chosen = (prompter.folder(self, title) if folder else
                  prompter.open_file(self, title, self.tr("Export-Csv files (*.csv);;"
                                                          "All files (*)")))
        if chosen is not None:
            edit.setText(str(chosen))

    def _chosen(self, edit: QLineEdit) -> Path | None:
        text = edit.text().strip()
        return Path(text) if text else None

    def _forget_preview(self) -> None:
        self.deployment = None
        self.tree.clear()
        self.summary.clear()
        self._set_busy(False)

    # -- preview ----------------------------------------------------------------------

    def preview(self) -> None:
        store = self._chosen(self.store_edit)
        if store is None:
            self._show_problem(self.tr("Choose the copy of the DeviceUpdateStore folder."))
            return
        rules, devices = self._chosen(self.rules_edit), self._chosen(self.devices_edit)
        services = self.ctx.services

        def read(_task: Task):
            deployment = services.read_lync(store, rules, devices)
            return deployment, services.lync_conflicts(deployment)
        self.summary.setText(self.tr("Reading…"))
        self._run(read, self._previewed)

    def _previewed(self, result) -> None:
        self.task = None
        self.deployment, conflicts = result
        self._fill_tree(self.deployment, conflicts)
        if conflicts:
            self._show_problem(self.tr(
                "%n conflict(s) with what is already here: importing would be refused. "
                "Remove or rename what they name, then preview again.", "", len(conflicts)))
            self.deployment = None
        else:
            deployment = self.deployment
            self.summary.setStyleSheet("")
            self.summary.setText(self.tr("Ready to import %n rule(s); nothing has been "
                                         "changed yet.", "", len(deployment.rules)))
        self._set_busy(False)

    def _fill_tree(self, deployment: LyncDeployment, conflicts: list) -> None:
        self.tree.clear()
        rules = self._section(self.tr("Rules (%n)", "", len(deployment.rules)))
        for rule in deployment.rules:
            self._item(rules, [f"{rule.kind} {rule.update_type}",
                               rule.id or self.tr("(a new Id)"), _text(rule.approved),
                               _text(rule.pending), _text(rule.restore)])
        devices = self._section(self.tr("Test devices (%n)", "", len(deployment.test_devices)))
        for device in deployment.test_devices:
            self._item(devices, [f"{device.name} ({device.scope})", device.identifier])
        versions = self._section(self.tr("Versions to copy (%n)", "",
                                         len(deployment.versions)))
        for version in deployment.versions:
            self._item(versions, [f"{version.kind} {version.update_type}",
                                  str(version.version)])
        if deployment.unused_versions:
            left = self._section(self.tr("Left out: no rule names them (%n)", "",
                                         len(deployment.unused_versions)))
            for version in deployment.unused_versions:
                self._item(left, [f"{version.kind} {version.update_type}",
                                  str(version.version)])
        if conflicts:
            found = self._section(self.tr("Conflicts (%n)", "", len(conflicts)), PROBLEM)
            for conflict in conflicts:
                self._item(found, [translated(conflict)], PROBLEM)
        self.tree.expandAll()

    def _section(self, title: str, color: QColor | None = None) -> QTreeWidgetItem:
        item = QTreeWidgetItem(self.tree, [title])
        if color is not None:
            item.setForeground(0, color)
        return item

    def _item(self, parent: QTreeWidgetItem, texts: list[str],
              color: QColor | None = None) -> QTreeWidgetItem:
        item = QTreeWidgetItem(parent, texts)
        if color is not None:
            item.setForeground(0, color)
        return item

    # -- import -----------------------------------------------------------------------

    def start_import(self) -> None:
        if self.deployment is None or self.task is not None:
            return
        deployment, services = self.deployment, self.ctx.services
        self.progress.setRange(0, 1000)
        self.progress.setValue(0)
        self.progress.setVisible(True)
        self.summary.setText(self.tr("Importing…"))
        self._run(lambda task: services.import_lync(deployment, task.progress), self._imported,
                  self._progressed)

    def cancel_import(self) -> None:
        if self.task is not None:
            self.task.cancel()
            self.summary.setText(self.tr("Cancelling…"))

    def _progressed(self, done: int, total: int, _what: str) -> None:
        self.progress.setValue(int(1000 * done / total) if total else 1000)

    def _imported(self, result) -> None:
        self.task = None
        self.progress.setValue(1000)
        self.lync_imported.emit(result)
        self.ctx.prompter.report(self, self.tr("Imported from Lync"), self.tr(
            "%n rule(s), with their Ids and versions, and their files are here now.", "",
            len(result.rules)), self.tr("%n test device(s) came over too.", "",
                                        len(result.test_devices)))
        self.accept()

    # -- running ----------------------------------------------------------------------

    def _run(self, work, on_done, on_progress=None) -> None:
        """Reading and importing both go down the console's write road."""
        self._set_busy(True)
        self.task = self.ctx.write(self, work, on_done, after=self._ended,
                                   refused=self._refused, progress=on_progress,
                                   failed_title=self.tr("Import from Lync Server"))

    def _ended(self, failure: BaseException | None) -> None:
        self.task = None
        if failure is not None:
            self.progress.setVisible(False)
            if not isinstance(failure, ImportCancelled):
                self.deployment = None
            self._set_busy(False)

    def _refused(self, exc: BaseException) -> None:
        if isinstance(exc, ImportCancelled):
            self._show_problem(self.tr("Import cancelled; nothing was changed."))
        else:
            self._show_problem(error_text(exc))

    def _show_problem(self, text: str) -> None:
        self.summary.setStyleSheet(f"color: {PROBLEM.name()}")
        self.summary.setText(text)

    def _set_busy(self, busy: bool) -> None:
        for widget in (self.store_edit, self.rules_edit, self.devices_edit,
                       self.preview_button):
            widget.setEnabled(not busy)
        self.import_button.setEnabled(not busy and self.deployment is not None)
        self.close_button.setText(self.tr("Cancel") if busy else self.tr("Close"))

    def _close_or_cancel(self) -> None:
        if self.task is not None:
            self.cancel_import()
        else:
            self.reject()

    def closeEvent(self, event) -> None:  # noqa: N802 - Qt's name
        if self.task is not None:  # a running import is cancelled, not left behind
            self.cancel_import()
            event.ignore()
            return
        super().closeEvent(event)


def _text(version) -> str:
    return "" if version is None else str(version)
