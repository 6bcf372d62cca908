"""Import… driven offscreen: file choice, preview, progress, cancel, refusals, report."""

from __future__ import annotations

import sqlite3
import threading
import time
from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QPushButton

from app.domain.errors import PackageError
from app.domain.rules import RuleAction
from app.domain.versions import Version
from app.import_worker import IsolatedImport
from app.packages.builder import SAMPLE_KINDS, cabinet_bytes, sample_members
from app.packages.importer import ImportCancelled
from app.services import RuleFilter
from app.ui import import_flow
from app.ui.dialogs.import_preview import ImportPreviewDialog
from app.ui.import_flow import ImportFlow

OLD, NEW = "4.0.7577.4366", "4.0.7577.4455"

# Qt's offscreen platform warns whenever a top-level window with a layout is shown or raised.
pytestmark = pytest.mark.qt_log_ignore(
    r"This plugin does not support (propagateSizeHints|raise)\(\)", extend=True)


@pytest.fixture
def cab(tmp_path):
    """Write a generated package (optionally with unlisted members) and return its path."""
    def make(version: str = OLD, image_size: int = 4096, kinds=SAMPLE_KINDS,
             extra: dict[str, bytes] | None = None) -> Path:
        members = sample_members(image_size, version, kinds) | (extra or {})
        path = tmp_path / f"pkg-{version}-{image_size}-{len(kinds)}.cab"
        path.write_bytes(cabinet_bytes(members))
        return path
    return make


def snapshot(data_dir: Path, raw_store: bool = True) -> dict[str, bytes]:
    """Every file in the data folder plus a dump of the store (as tests/conftest.py).

    With *raw_store* False the store counts by its dump only: the import's child
    process checkpoints the WAL when it closes, which moves bytes but no data.
    """
    files = {p.relative_to(data_dir).as_posix(): p.read_bytes()
             for p in sorted(data_dir.rglob("*"))
             if p.is_file() and not p.name.endswith(("-shm", "-wal"))
             and (raw_store or not p.name.startswith("store.sqlite3"))}
    conn = sqlite3.connect(data_dir / "store.sqlite3")
    files["dump"] = "\n".join(conn.iterdump()).encode()
    conn.close()
    return files


def import_directly(services, path: Path) -> None:
    services.import_package(services.read_package(path))


def test_import_through_the_flow_previews_shows_progress_and_reports(ctx, parent, cab, qtbot):
    ctx.prompter.open_path = cab()
    flow = ImportFlow(ctx, parent)
    with qtbot.waitSignal(flow.preview_shown, timeout=10_000) as shown:
        assert flow.start()  # asks for the file through the prompter
    preview: ImportPreviewDialog = shown.args[0]
    assert preview.isVisible() and preview.isModal()
    assert preview.effect_texts() == ["New rule with this pending version"] * 4
    assert "4 of 4" in preview.summary.text()
    assert ctx.services.rules() == [], "the preview changed nothing"

    with qtbot.waitSignal(flow.import_finished, timeout=10_000) as finished:
        qtbot.mouseClick(preview.import_button, Qt.MouseButton.LeftButton)
        assert flow.progress_dialog.isVisible(), "the progress dialog shows while importing"
    assert finished.args[0].changed == 4
    assert flow.progress_dialog.value() == flow.progress_dialog.maximum()
    assert not flow.progress_dialog.isVisible() and not flow.busy

    rules = ctx.services.rules()
    assert len(rules) == 4
    assert all(r.pending == Version.parse(OLD) and r.approved is None for r in rules)
    report = ctx.prompter.reports[-1]
    assert report.title == "Import finished"
    assert "Rules with a new pending version: 4" in report.text
    assert "CX600" in report.details and ctx.prompter.errors == []


def test_reimport_says_nothing_would_change(ctx, parent, cab, qtbot):
    path = cab()
    import_directly(ctx.services, path)
    flow = ImportFlow(ctx, parent)
    with qtbot.waitSignal(flow.preview_shown, timeout=10_000) as shown:
        flow.start(path)
    preview = shown.args[0]
    assert preview.summary.text().startswith("Nothing would change")
    assert preview.effect_texts() == ["Already pending; nothing changes"] * 4
    assert preview.import_button.isEnabled(), "re-import is harmless and still allowed"
    with qtbot.waitSignal(flow.import_finished, timeout=10_000):
        preview.import_button.click()
    assert "Nothing changed" in ctx.prompter.reports[-1].text
    assert "Already pending (unchanged): 4" in ctx.prompter.reports[-1].text


def test_preview_names_replaced_pending_approved_and_ignored_members(ctx, parent, cab):
    import_directly(ctx.services, cab(OLD))
    ctx.services.apply(RuleAction.APPROVE, RuleFilter(brand="Polycom"))
    services = ctx.services

    again = ImportPreviewDialog(services.preview_import(services.read_package(cab(OLD))),
                                parent)
    assert again.effect_texts()[0] == "Already approved; nothing changes"

    newer = cab(NEW, extra={"notes/readme.txt": b"not listed"})
    preview = ImportPreviewDialog(services.preview_import(services.read_package(newer)), parent)
    texts = preview.effect_texts()
    assert texts[0] == "New pending version"  # Polycom: approved, nothing pending
    assert texts[1:] == [f"New pending version; replaces pending {OLD}"] * 3
    assert preview.ignored_list.isVisibleTo(preview)
    assert [preview.ignored_list.item(0).text()] == ["notes\\readme.txt"]  # as in the cabinet
    for push in preview.findChildren(QPushButton):
        assert push.toolTip() and push.accessibleName(), push.text()


def test_refused_package_names_the_cause_and_changes_nothing(ctx, parent, cab, data_dir,
                                                             qtbot):
    good = cab().read_bytes()
    truncated = cab().with_name("truncated.cab")
    truncated.write_bytes(good[: len(good) // 2])
    before = snapshot(data_dir, raw_store=False)
    flow = ImportFlow(ctx, parent)
    with qtbot.waitSignal(flow.import_failed, timeout=10_000) as failed:
        flow.start(truncated)
    assert isinstance(failed.args[0], PackageError)
    shown = ctx.prompter.errors[-1]
    assert ctx.prompter.error_titles[-1] == "Package refused"
    assert isinstance(shown, PackageError)
    assert "truncated.cab" in str(shown) and "truncated or corrupt" in str(shown)
    assert "Nothing was changed." in str(shown)
    assert flow.preview_dialog is None and not flow.busy
    assert snapshot(data_dir, raw_store=False) == before


def test_no_file_chosen_starts_nothing(ctx, parent):
    flow = ImportFlow(ctx, parent)
    assert not flow.start() and not flow.busy and not ctx.tasks.busy


def test_cancel_from_the_progress_dialog_changes_nothing(ctx, parent, cab, data_dir, qtbot,
                                                         monkeypatch):
    path = cab(image_size=2 * 1024 * 1024)
    before = snapshot(data_dir, raw_store=False)
    services = ctx.services
    real_run, started, release = import_flow._run_session, threading.Event(), threading.Event()

    def held_at_first_file(session, task):
        real_progress = task.progress

        def hold(done, total, text):  # the import waits until the test has pressed Cancel
            started.set()
            release.wait(10)
            return real_progress(done, total, text)
        task.progress = hold
        return real_run(session, task)
    monkeypatch.setattr(import_flow, "_run_session", held_at_first_file)

    flow = ImportFlow(ctx, parent)
    with qtbot.waitSignal(flow.preview_shown, timeout=10_000) as shown:
        flow.start(path)
    shown.args[0].import_button.click()
    qtbot.waitUntil(started.is_set, timeout=10_000)
    cancel = flow.progress_dialog.findChild(QPushButton)
    assert flow.progress_dialog.isVisible() and cancel.text() == "Cancel"
    with qtbot.waitSignal(flow.import_failed, timeout=10_000) as failed:
        qtbot.mouseClick(cancel, Qt.MouseButton.LeftButton)
        release.set()
    assert isinstance(failed.args[0], ImportCancelled)
    report = ctx.prompter.reports[-1]
    assert (report.title, report.text) == ("Import cancelled",
                                           "Import cancelled; nothing was changed.")
    assert ctx.prompter.errors == []
    assert services.rules() == [] and snapshot(data_dir, raw_store=False) == before


def test_cancel_while_reading_shows_no_preview(ctx, parent, cab, qtbot):
    flow = ImportFlow(ctx, parent)
    with qtbot.waitSignal(flow.import_failed, timeout=10_000) as failed:
        flow.start(cab())
        assert flow.reading_dialog.isVisible() and flow.reading_dialog.maximum() == 0  # busy
        flow.reading_dialog.findChild(QPushButton).click()
    assert isinstance(failed.args[0], ImportCancelled)
    assert flow.preview_dialog is None and not flow.busy
    assert ctx.prompter.reports == [] and ctx.prompter.errors == []


def test_a_second_start_while_busy_is_refused(ctx, parent, cab, qtbot):
    flow = ImportFlow(ctx, parent)
    with qtbot.waitSignal(flow.preview_shown, timeout=10_000):
        flow.start(cab())
    assert not flow.start(cab()), "one import at a time"
    with qtbot.waitSignal(flow.flow_ended):
        flow.preview_dialog.reject()
    assert ctx.services.rules() == []


def test_reading_and_importing_run_in_a_child_process(ctx, parent, cab, qtbot, monkeypatch):
    services, calls, threads = ctx.services, [], {}
    for name in ("read_package", "preview_import", "import_package"):
        monkeypatch.setattr(services, name, lambda *a, _n=name, **k: calls.append(_n))
    for name in ("preview", "run"):
        real = getattr(IsolatedImport, name)

        def recorded(self, *args, _real=real, _name=name, **kwargs):
            threads[_name] = threading.current_thread()
            return _real(self, *args, **kwargs)
        monkeypatch.setattr(IsolatedImport, name, recorded)
    flow = ImportFlow(ctx, parent)
    flow.preview_shown.connect(lambda dialog: dialog.accept())
    with qtbot.waitSignal(flow.import_finished, timeout=20_000):
        flow.start(cab())
    assert calls == []  # nothing of it ran in the window's process
    assert set(threads) == {"preview", "run"}
    assert threading.main_thread() not in threads.values()
    assert len(services.rules()) == 4


def test_the_window_keeps_responding_while_a_200_mb_package_imports(ctx, parent, qtbot,
                                                                    tmp_path):
    path = tmp_path / "big.cab"  # 4 x 50 MiB images, about 200 MiB
    path.write_bytes(cabinet_bytes(sample_members(50 * 1024 * 1024, "4.0.7577.4366"),
                                   compress=False))
    ticks: list[float] = []
    timer = QTimer(parent)
    timer.setInterval(5)
    timer.timeout.connect(lambda: ticks.append(time.perf_counter()))
    accepted: list[float] = []
    flow = ImportFlow(ctx, parent)
    flow.preview_shown.connect(lambda dialog: QTimer.singleShot(20, lambda: (
        accepted.append(time.perf_counter()), dialog.accept())))
    timer.start()
    with qtbot.waitSignal(flow.import_finished, timeout=120_000):
        flow.start(path)
    timer.stop()
    gaps = [(b - a, b) for a, b in zip(ticks, ticks[1:], strict=False)]
    reading = max(gap for gap, end in gaps if end <= accepted[0])
    importing = max(gap for gap, end in gaps if end > accepted[0])
    print(f"worst GUI stall: {reading * 1000:.0f} ms while reading, "
          f"{importing * 1000:.0f} ms while importing 200 MiB")
    # the figure is the benchmark (printed with -s); the test asks that the window never
    # freezes, with room for a busy two-core machine running the whole suite
    assert reading < 0.5 and importing < 0.5
    assert len(ctx.services.rules()) == 4
