"""Importing packages atomically (docs/protocol.md §4 import table, §9).

The order of work is what makes import crash-safe:

1. every file is written to a locked staging folder (no store lock held);
2. one store transaction decides each rule's fate, writes rules, file
   records, history and a journal row naming the folders still to move;
3. the staged folders are renamed into the file store;
4. the journal row is deleted.

A crash before 2 commits leaves only a staging folder, swept at the next
start; a crash after it leaves a journal row, rolled forward at the next
start (or the next import). No rule points at missing files past that.
"""

from __future__ import annotations

import sqlite3
import uuid
from collections.abc import Callable
from dataclasses import dataclass, replace
from datetime import datetime
from pathlib import Path

from app.domain.errors import PackageError, Text
from app.domain.faults import environment_fault
from app.domain.names import fold
from app.domain.rules import ImportEffect, UpdateRule, import_effect
from app.packages.filestore import FileStore, Staging
from app.packages.filestore import crash_point as _crash_point  # tests replace it
from app.packages.layout import version_rel_dir
from app.packages.package import (
    DEFAULT_MAX_SIZE,
    ImportCancelled,
    Package,
    PackageUpdate,
    read_package,
)
from app.store import files as file_queries
from app.store import rules as rule_queries
from app.store.admin import HistoryEntry, add_history
from app.store.database import Database

Progress = Callable[[int, int, str], bool]  # (done, total, what) -> keep going?
SPOOL_DIR = "#spool"  # '#' is in no device name, so no staged folder can be called so
__all__ = ["ImportCancelled", "Importer", "ImportPlan", "PlannedUpdate", "Recovery"]


@dataclass(frozen=True)
class PlannedUpdate:
    """What importing one device-specific update does."""

    update: PackageUpdate
    effect: ImportEffect
    before: UpdateRule | None
    rel_dir: str
    store_files: bool  # the version's files are new (or replace unreferenced stale ones)

    def describe(self) -> str:
        if self.effect is ImportEffect.REPLACES_PENDING:
            return f"replaces pending {self.before.pending}"
        return self.effect.value


@dataclass(frozen=True)
class ImportPlan:
    package: Package
    items: tuple[PlannedUpdate, ...]

    @property
    def changed(self) -> int:
        return sum(1 for i in self.items if i.effect.changes_rule)


@dataclass(frozen=True)
class Recovery:
    rolled_forward: int
    swept: int


class Importer:
    """Previews and runs imports against one store and file store."""

    def __init__(self, db: Database, files: FileStore, os_user: str,
                 clock: Callable[[], datetime]) -> None:
        self.db, self.files, self.os_user, self.clock = db, files, os_user, clock

    def preview(self, package: Package) -> ImportPlan:
        """What importing *package* would do, changing nothing."""
        with self.db.read() as conn:
            return _plan(conn, package)

    def run(self, source: Package | Path, progress: Progress | None = None,
            max_size: int = DEFAULT_MAX_SIZE) -> ImportPlan:
        """Import a package, all of it or, on any error, nothing.

        *source* is a cabinet's path, or a package read before (for a preview):
        either way the cabinet is decompressed once more, streaming, straight
        into the staging folder, and a package read before must still match it.
        """
        expected = source if isinstance(source, Package) else None
        path = expected.source if expected is not None else Path(source)
        if path is None:
            raise ValueError("a package read from memory has no file to import from")
        self.recover()
        committed = False
        try:
            with self.files.staging() as stage:
                package = _stage_all(stage, path, expected, progress, max_size)
                _crash_point("staged")
                with self.db.write() as conn:
                    plan = _plan(conn, package)
                    moves = self._commit(conn, plan, stage.import_id)
                    stage.keep = True  # if anything fails from here on, recovery finishes
                committed = True
                _crash_point("committed")
                self.files.move_into_place(stage.import_id, moves)
                _crash_point("moved")
                with self.db.write() as conn:
                    file_queries.remove_journal(conn, stage.import_id)
                stage.keep = False
        except OSError as exc:
            fault = None if committed else environment_fault(
                exc, Text("import {label}", label=path.name))
            if fault is None:
                raise
            raise fault from None
        return plan

    def _commit(self, conn: sqlite3.Connection, plan: ImportPlan,
                import_id: str) -> list[list[str]]:
        now = self.clock()
        moves = []
        for item in plan.items:
            if item.store_files:
                _record_files(conn, item, now.isoformat())
                moves.append([_staging_dir(item.update), item.rel_dir])
            if item.effect.changes_rule:
                self._apply(conn, item, now)
        file_queries.add_journal(conn, import_id, moves, now.isoformat())
        return moves

    def _apply(self, conn: sqlite3.Connection, item: PlannedUpdate, now: datetime) -> None:
        update = item.update.update
        if item.before is None:
            after = UpdateRule(str(uuid.uuid4()), update.kind, update.update_type,
                               pending=update.version, created_at=now, updated_at=now)
            rule_queries.insert_rule(conn, after)
        else:
            after = replace(item.before, pending=update.version, updated_at=now)
            rule_queries.update_versions(conn, after)
        add_history(conn, HistoryEntry(
            now.isoformat(), self.os_user, "import", after.id,
            f"{after.kind} {after.update_type}", versions_text(item.before),
            versions_text(after), f"from {item.update.update.describe()}"))

    def recover(self) -> Recovery:
        """Finish imports that committed before a crash; remove abandoned staging folders."""
        with self.db.read() as conn:
            journal = file_queries.journal(conn)
        rolled = sum(self._roll_forward(i, moves) for i, moves in journal.items())
        swept = 0
        for import_id in self.files.staged_ids():
            if import_id in journal:
                continue
            with self.files.claim_abandoned(import_id) as abandoned:
                if abandoned:
                    self.files.discard(import_id)
                    swept += 1
        return Recovery(rolled, swept)

    def _roll_forward(self, import_id: str, moves: list[list[str]]) -> bool:
        with self.files.claim_abandoned(import_id) as abandoned:
            if not abandoned:
                return False
            self.files.move_into_place(import_id, moves)
            with self.db.write() as conn:
                file_queries.remove_journal(conn, import_id)
            self.files.discard(import_id)
            return True


def versions_text(rule: UpdateRule | None) -> str | None:
    """A rule's three versions as one line for the history."""
    if rule is None:
        return None
    return (f"approved={rule.approved or '-'} pending={rule.pending or '-'} "
            f"restore={rule.restore or '-'}")


def _stage_all(stage: Staging, path: Path, expected: Package | None,
               progress: Progress | None, max_size: int) -> Package:
    """Decompress the cabinet into the staging folder, each update's files in its folder."""
    spool = stage.root / SPOOL_DIR
    package = read_package(path, max_size, progress, spool)
    if expected is not None and _contents(package) != _contents(expected):
        raise PackageError("{label}: the file changed after it was read; open it again",
                           label=package.label)
    for item in package.updates:
        folder = stage.root / _staging_dir(item)
        folder.mkdir(parents=True, exist_ok=True)
        for f in item.files:
            (spool / str(f.member)).rename(folder / f.name)
    spool.rmdir()
    total = package.total_size
    if progress and not progress(total, total, "recording the import"):
        raise ImportCancelled("import cancelled; nothing was changed")
    return package


def _contents(package: Package) -> list[tuple[str, str, str]]:
    return [(u.update.describe(), f.name, f.sha256) for u in package.updates for f in u.files]


def _staging_dir(item: PackageUpdate) -> str:
    """Where a package update's files are staged: its case-folded identity."""
    u = item.update
    return "/".join((*(fold(p) for p in u.kind.parts()), fold(u.update_type), str(u.version)))


def _plan(conn: sqlite3.Connection, package: Package) -> ImportPlan:
    return ImportPlan(package, tuple(_plan_one(conn, package.label, u) for u in package.updates))


def _plan_one(conn: sqlite3.Connection, label: str, item: PackageUpdate) -> PlannedUpdate:
    update = item.update
    rule = rule_queries.rule_by_key(conn, update.kind, update.update_type)
    stored = file_queries.files_of_version(conn, update.kind.key, fold(update.update_type),
                                           str(update.version))
    same = _same_files(stored, item)
    if stored and not same and rule is not None and update.version in rule.referenced_versions():
        raise PackageError(
            "{label}: {update} is already stored with different files or content; "
            "a changed image needs a new version number", label=label, update=update.describe())
    if stored:
        rel_dir = stored[0].rel_dir
    else:
        owner = rule or UpdateRule("", update.kind, update.update_type)
        rel_dir = version_rel_dir(owner.kind, owner.update_type, str(update.version))
    effect = import_effect(rule, update.version)
    return PlannedUpdate(item, effect, rule, rel_dir, store_files=not same)


def _same_files(stored: list[file_queries.StoredFile], item: PackageUpdate) -> bool:
    mine = {(fold(f.name), f.sha256) for f in item.files}
    return bool(stored) and mine == {(fold(s.name), s.sha256) for s in stored}


def _record_files(conn: sqlite3.Connection, item: PlannedUpdate, now: str) -> None:
    update = item.update.update
    kind_key, type_key, version = update.kind.key, fold(update.update_type), str(update.version)
    file_queries.delete_version(conn, kind_key, type_key, version)
    for f in item.update.files:
        file_queries.insert_file(conn, file_queries.StoredFile(
            kind_key, type_key, version, f.name, item.rel_dir, f.size, f.sha256), now)
