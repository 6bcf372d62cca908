"""One way to run work off the GUI thread: a QRunnable with a signal channel back.

Workers never touch widgets: they report progress and results through
queued signals, which Qt delivers on the GUI thread.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal, Slot


class _Channel(QObject):
    progressed = Signal(int, int, str)
    finished = Signal(object)
    failed = Signal(object)


class Task(QRunnable):
    """Runs ``func(task)``; *func* may call :meth:`progress` and check :attr:`cancelled`."""

    def __init__(self, func: Callable[[Task], Any]) -> None:
        super().__init__()
        self.setAutoDelete(False)
        self.func = func
        self.channel = _Channel()
        self._cancel = threading.Event()

    @property
    def cancelled(self) -> bool:
        return self._cancel.is_set()

    def cancel(self) -> None:
        self._cancel.set()

    def progress(self, done: int, total: int, text: str = "") -> bool:
        """Report progress; returns False once the user cancelled (stop soon)."""
        self.channel.progressed.emit(int(done), int(total), text)
        return not self.cancelled

    def run(self) -> None:
        try:
            result = self.func(self)
        except BaseException as exc:  # noqa: BLE001 - delivered to the GUI's error path
            self.channel.failed.emit(exc)
        else:
            self.channel.finished.emit(result)


class TaskRunner(QObject):
    """Starts tasks on a thread pool and keeps them alive until they report back."""

    task_started = Signal()
    all_tasks_done = Signal()

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.pool = QThreadPool(self)
        self.pool.setMaxThreadCount(2)
        self._running: set[Task] = set()

    def run(self, func: Callable[[Task], Any], on_done: Callable[[Any], None],
            on_error: Callable[[BaseException], None],
            on_progress: Callable[[int, int, str], None] | None = None) -> Task:
        task = Task(func)
        task.channel.finished.connect(on_done)
        task.channel.failed.connect(on_error)
        if on_progress is not None:
            task.channel.progressed.connect(on_progress)
        task.channel.finished.connect(lambda _: self._forget(task))
        task.channel.failed.connect(lambda _: self._forget(task))
        self._running.add(task)
        self.task_started.emit()
        self.pool.start(task)
        return task

    @Slot()
    def _forget(self, task: Task) -> None:
        self._running.discard(task)
        if not self._running:
            self.all_tasks_done.emit()

    @property
    def busy(self) -> bool:
        return bool(self._running)

    def wait(self, msecs: int = 30_000) -> bool:
        return self.pool.waitForDone(msecs)
