"""Import…: choose a file, read and preview it, import it, report — never blocking the window.

Reading (unpacking and checking every hash) and importing (copying files into
the store) run in a child process (:class:`IsolatedImport`), driven from the
task runner; the GUI thread only shows a progress dialog, the preview and
the report. A thread alone is not enough: the cabinet reader holds Python's
interpreter lock for hundreds of milliseconds on a large package.
"""

from __future__ import annotations

from collections import Counter
from pathlib import Path

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtWidgets import QProgressDialog, QWidget

from app.domain.errors import UserError
from app.domain.rules import ImportEffect
from app.import_worker import IsolatedImport
from app.packages.importer import ImportCancelled, ImportPlan
from app.ui import icons
from app.ui.context import UiContext
from app.ui.dialogs.import_preview import ImportPreviewDialog, data_size, effect_text
from app.ui.i18n import translated
from app.ui.tasks import Task

STEPS = 1000  # the progress bar counts thousandths: byte counts can exceed an int


class ImportFlow(QObject):
    """Runs one import at a time from file choice to report.

    Signals: ``preview_shown(ImportPreviewDialog)`` once the package is read;
    ``import_finished(ImportPlan)`` after a successful import;
    ``import_failed(exception)`` when reading or importing failed or was
    cancelled (an :class:`ImportCancelled` then); ``flow_ended()`` whenever
    the flow is idle again, whatever happened.
    """

    preview_shown = Signal(object)
    import_finished = Signal(object)
    import_failed = Signal(object)
    flow_ended = Signal()

    def __init__(self, ctx: UiContext, parent: QWidget) -> None:
        super().__init__(parent)
        self.late_cancel = False  # a cancel that came after the import was recorded
        self.ctx = ctx
        self.parent_widget = parent
        self.stage = "idle"  # idle, reading, preview, importing
        self.task: Task | None = None
        self.reading_dialog: QProgressDialog | None = None
        self.preview_dialog: ImportPreviewDialog | None = None
        self.progress_dialog: QProgressDialog | None = None
        self.session: IsolatedImport | None = None

    @property
    def busy(self) -> bool:
        return self.stage != "idle"

    def start(self, path: Path | None = None) -> bool:
        """Begin an import of *path* (ask for a file if None); False if nothing was started."""
        if self.busy:
            self._raise_current()
            return False
        if path is None:
            path = self.ctx.prompter.open_file(self.parent_widget,
                                               self.tr("Import update package"),
                                               self.tr("Update packages (*.cab);;All files (*)"))
            if path is None:
                return False
        self._read(Path(path))
        return True

    # -- reading and preview --------------------------------------------------

    def _read(self, path: Path) -> None:
        self.stage = "reading"
        self.reading_dialog = self._replace(self.reading_dialog, self._reading_dialog(path))
        data_dir, store = self.ctx.services.data_dir, self.ctx.services.store
        self.task = self.ctx.tasks.run(lambda task: _open_session(data_dir, path, store),
                                       self._on_read, self._on_read_failed)
        self.reading_dialog.canceled.connect(self._cancel)
        self.reading_dialog.show()

    def _reading_dialog(self, path: Path) -> QProgressDialog:
        dialog = self._new_progress_dialog(
            self.tr("Reading {0} and checking every file in it…").format(path.name))
        dialog.setObjectName("importReadingDialog")
        dialog.setWindowTitle(self.tr("Reading update package"))
        dialog.setRange(0, 0)  # busy: reading reports no steps
        return dialog

    def _on_read(self, result: tuple[IsolatedImport, ImportPlan]) -> None:
        self.session, plan = result
        self._hide(self.reading_dialog)
        if self.task is not None and self.task.cancelled:
            self._end()
            self.import_failed.emit(ImportCancelled(self.tr("reading the package was cancelled")))
            return
        self.stage = "preview"
        self.preview_dialog = ImportPreviewDialog(plan, self.parent_widget)
        self.preview_dialog.accepted.connect(lambda: self._import(plan))
        self.preview_dialog.rejected.connect(self._end)
        self.preview_dialog.open()
        self.preview_shown.emit(self.preview_dialog)

    def _on_read_failed(self, exc: BaseException) -> None:
        self._hide(self.reading_dialog)
        self._end()
        self.import_failed.emit(exc)
        self.ctx.prompter.error(self.parent_widget, self._nothing_changed(exc),
                                self.tr("Package refused"))

    # -- importing ------------------------------------------------------------

    def _import(self, plan: ImportPlan) -> None:
        self.stage = "importing"
        self.progress_dialog = self._replace(self.progress_dialog, self._import_dialog(plan))
        session, self.session = self.session, None
        self.task = self.ctx.write(self.parent_widget, lambda task: _run_session(session, task),
                                   self._on_imported, after=self._import_ended,
                                   refused=self._on_import_refused, progress=self._on_progress,
                                   failed_title=self.tr("Import failed"))
        self.progress_dialog.canceled.connect(self._cancel)
        self.progress_dialog.show()

    def _import_dialog(self, plan: ImportPlan) -> QProgressDialog:
        dialog = self._new_progress_dialog(self.tr("Importing {0} ({1})…").format(
            plan.package.label, data_size(plan.package.total_size)))
        dialog.setObjectName("importProgressDialog")
        dialog.setWindowTitle(self.tr("Importing update package"))
        dialog.setRange(0, STEPS)
        return dialog

    def _on_progress(self, done: int, total: int, text: str) -> None:
        dialog = self.progress_dialog
        if self.stage != "importing" or dialog is None or dialog.wasCanceled():
            return
        if done >= total:
            dialog.setLabelText(self.tr("Recording the import in the store…"))
        else:
            dialog.setLabelText(self.tr("Copying {0}\n{1} of {2}").format(
                text, data_size(done), data_size(total)))
        # A modal progress dialog processes events in setValue(); nothing below may follow.
        dialog.setValue(done * STEPS // total if total else STEPS)

    def _import_ended(self, failure: BaseException | None) -> None:
        self.late_cancel = failure is None and self.task is not None and self.task.cancelled
        if failure is None and self.progress_dialog is not None:
            self.progress_dialog.setValue(STEPS)
        self._hide(self.progress_dialog)
        self._end()
        if failure is not None:
            self.import_failed.emit(failure)

    def _on_imported(self, plan: ImportPlan) -> None:
        self.import_finished.emit(plan)
        text, details = self.report_text(plan)
        if self.late_cancel:
            text += "\n\n" + self.tr("The import was already being recorded when you "
                                     "cancelled, so it was completed.")
        self.ctx.prompter.report(self.parent_widget, self.tr("Import finished"), text, details)

    def _on_import_refused(self, exc: UserError) -> None:
        if isinstance(exc, ImportCancelled):
            self.ctx.prompter.report(self.parent_widget, self.tr("Import cancelled"),
                                     self.tr("Import cancelled; nothing was changed."))
        else:
            self.ctx.prompter.error(self.parent_widget, self._nothing_changed(exc),
                                    self.tr("Import failed"))

    # -- words ----------------------------------------------------------------

    def report_text(self, plan: ImportPlan) -> tuple[str, str]:
        """The report after an import: a summary and one line per update as details."""
        counts = Counter(item.effect for item in plan.items)
        package = plan.package
        if plan.changed == 0:
            text = self.tr("Imported {0}. Nothing changed: every update in it was already "
                           "pending or approved.").format(package.label)
        else:
            text = self.tr("Imported {0}. Pending versions reach test devices only, until you "
                           "approve them.").format(package.label)
        lines = [
            (self.tr("Rules with a new pending version:"),
             counts[ImportEffect.NEW] + counts[ImportEffect.PENDING_ADDED]
             + counts[ImportEffect.REPLACES_PENDING]),
            (self.tr("… of which replaced an older pending version:"),
             counts[ImportEffect.REPLACES_PENDING]),
            (self.tr("Already pending (unchanged):"), counts[ImportEffect.UNCHANGED]),
            (self.tr("Already approved (unchanged):"), counts[ImportEffect.ALREADY_APPROVED]),
            (self.tr("Ignored members (listed by no update):"), len(package.ignored)),
        ]
        text += "\n\n" + "\n".join(f"{label} {n}" for label, n in lines if n)
        return text, self._details(plan)

    def _details(self, plan: ImportPlan) -> str:
        lines = [f"{item.update.update.describe()}: {effect_text(item)}" for item in plan.items]
        if plan.package.ignored:
            lines.append(self.tr("Ignored: {0}").format(", ".join(plan.package.ignored)))
        return "\n".join(lines)

    def _nothing_changed(self, exc: BaseException) -> BaseException:
        """The same user error, saying that nothing was changed (imports are all or nothing)."""
        if not isinstance(exc, UserError):
            return exc  # a bug: the error path shows the traceback as details
        text = self.tr("{0}\n\nNothing was changed.").format(translated(exc))
        try:
            return type(exc)(text)
        except TypeError:
            return UserError(text)

    # -- dialogs --------------------------------------------------------------

    def _new_progress_dialog(self, label: str) -> QProgressDialog:
        dialog = QProgressDialog(label, self.tr("Cancel"), 0, 0, self.parent_widget)
        dialog.setWindowIcon(icons.icon(icons.IMPORT))
        dialog.setWindowModality(Qt.WindowModality.WindowModal)
        dialog.setAutoClose(False)
        dialog.setAutoReset(False)
        dialog.setMinimumDuration(0)
        dialog.setMinimumWidth(460)
        return dialog

    @staticmethod
    def _replace(old, new):
        """Drop the previous flow's dialog; the latest one stays readable (tests, screenshots)."""
        if old is not None:
            old.deleteLater()
        return new

    def _cancel(self) -> None:
        """The dialog's Cancel: the worker stops at its next step and changes nothing."""
        if self.task is not None:
            self.task.cancel()

    @staticmethod
    def _hide(dialog: QProgressDialog | None) -> None:
        if dialog is not None:
            dialog.hide()  # not close(): closing a progress dialog means "cancel"

    def _end(self) -> None:
        """Back to idle; the preview goes, and a child process not used for import ends."""
        self.stage = "idle"
        self.task = None
        if self.session is not None:
            session, self.session = self.session, None
            self.ctx.tasks.run(lambda task: session.close(), lambda _: None,
                               lambda exc: None)
        if self.preview_dialog is not None:
            self.preview_dialog.deleteLater()
            self.preview_dialog = None
        self.flow_ended.emit()

    def _raise_current(self) -> None:
        for dialog in (self.preview_dialog, self.progress_dialog, self.reading_dialog):
            if dialog is not None and dialog.isVisible():
                dialog.raise_()
                dialog.activateWindow()
                return


def _open_session(data_dir: Path, path: Path,
                  store: str | None = None) -> tuple[IsolatedImport, ImportPlan]:
    """Start the child process and wait for its preview (on a worker thread)."""
    session = IsolatedImport(data_dir, path, store)
    try:
        return session, session.preview()
    except BaseException:
        session.close()
        raise


def _run_session(session: IsolatedImport, task: Task) -> ImportPlan:
    try:
        return session.run(task.progress)
    finally:
        session.close()
