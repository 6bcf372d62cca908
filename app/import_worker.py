"""Reading and importing a package in a child process.

A 200 MB cabinet makes ``cabarchive`` hold Python's global interpreter lock
for well over 100 ms at a time (it joins the whole decompressed folder in one
call), which would freeze the console. So the console reads, previews and
imports in a child process and only talks to it through a pipe: the window
stays responsive, and a hostile cabinet that exhausts memory takes down only
the child. The same Services code does the work, on the same data folder.
"""

from __future__ import annotations

import contextlib
import multiprocessing
import os
import traceback
from collections.abc import Callable
from dataclasses import replace
from pathlib import Path

from app.domain.errors import UserError
from app.packages.importer import ImportPlan
from app.packages.package import without_data

Progress = Callable[[int, int, str], bool]


def _light(plan: ImportPlan) -> ImportPlan:
    return replace(plan, package=without_data(plan.package), items=tuple(
        replace(i, update=next(u for u in without_data(plan.package).updates
                               if u.update == i.update.update)) for i in plan.items))


def _child(data_dir: str, store: str | None, path: str, conn) -> None:
    from app.services import Services  # imported in the child only

    # the import decodes, hashes and writes on two threads: on a small machine the
    # window the administrator is looking at must win the CPU
    with contextlib.suppress(AttributeError, OSError):
        os.nice(5)
    services = None
    try:
        services = Services(Path(data_dir), store=store)
        package = services.read_package(Path(path))
        conn.send(("preview", _light(services.preview_import(package))))
        if conn.recv() != "import":
            return

        def progress(done: int, total: int, text: str) -> bool:
            # wait for the answer, as an in-process callback would: a cancel always
            # arrives before the import commits
            conn.send(("progress", done, total, text))
            return conn.recv() == "go"
        conn.send(("done", _light(services.import_package(package, progress))))
    except UserError as exc:
        conn.send(("refused", exc))  # pickled whole: the console translates its template
    except BaseException as exc:  # noqa: BLE001 - reported to the parent as a bug
        conn.send(("failed", repr(exc), "".join(traceback.format_exception(exc))))
    finally:
        if services is not None:
            services.close()
        conn.close()


class ChildProcessError(RuntimeError):
    """The import process failed unexpectedly; carries its traceback text."""


class IsolatedImport:
    """One package, read and imported by a child process. Blocking calls: use a worker."""

    def __init__(self, data_dir: Path, path: Path, store: str | None = None) -> None:
        context = multiprocessing.get_context("spawn")
        self._conn, child_end = context.Pipe()
        self._process = context.Process(target=_child, args=(str(data_dir), store, str(path),
                                                              child_end), daemon=True)
        self._process.start()
        child_end.close()

    def preview(self) -> ImportPlan:
        """Wait for the child to read and preview the package."""
        return self._until("preview")

    def run(self, progress: Progress | None = None) -> ImportPlan:
        """Import what was previewed; *progress* returning False cancels."""
        self._conn.send("import")
        return self._until("done", progress)

    def _until(self, wanted: str, progress: Progress | None = None) -> ImportPlan:
        while True:
            try:
                message = self._conn.recv()
            except EOFError:
                raise ChildProcessError("the import process ended unexpectedly "
                                        f"(exit code {self._process.exitcode})") from None
            kind = message[0]
            if kind == wanted:
                return message[1]
            if kind == "progress":
                keep_going = progress(*message[1:]) if progress else True
                self._conn.send("go" if keep_going else "cancel")
            elif kind == "refused":
                raise message[1]
            elif kind == "failed":
                raise ChildProcessError(f"{message[1]}\n\n{message[2]}")

    def close(self) -> None:
        """End the child (after a preview that was not imported, or when done)."""
        with contextlib.suppress(BrokenPipeError, OSError):
            self._conn.send("abort")
        self._process.join(timeout=10)
        if self._process.is_alive():
            self._process.terminate()
            self._process.join(timeout=5)
        self._conn.close()
