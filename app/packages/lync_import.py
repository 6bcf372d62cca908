"""Bringing a Lync deployment in (``import-lync``, docs/protocol.md §10), all or nothing.

The same crash-safe road as a package import: the version folders are copied
into a staging folder (hashed on the way, synced), one transaction writes the
rules with their Lync GUIDs and versions, the stored files, the test devices,
the history and a journal row, and then the folders are renamed into
``DeviceUpdateStore``. A crash at any moment is rolled forward or swept at the
next start by :meth:`Importer.recover`.
"""

from __future__ import annotations

import hashlib
import os
import sqlite3
import uuid
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime

from app.domain.errors import ConflictError, Text
from app.domain.faults import environment_fault
from app.domain.names import fold
from app.domain.rules import UpdateRule
from app.domain.test_devices import TestDevice
from app.packages.filestore import FileStore, Staging, crash_point
from app.packages.importer import Importer, versions_text
from app.packages.layout import version_rel_dir
from app.packages.lync import LyncDeployment, LyncRule, StoredVersion
from app.packages.package import ImportCancelled
from app.store import admin
from app.store import files as file_queries
from app.store import rules as rule_queries
from app.store.admin import HistoryEntry
from app.store.database import Database

Progress = Callable[[int, int, str], bool]  # (bytes done, bytes in all, what) -> go on?
_CHUNK = 1024 * 1024


@dataclass(frozen=True)
class LyncImportResult:
    deployment: LyncDeployment
    rules: tuple[UpdateRule, ...]
    test_devices: tuple[TestDevice, ...]


def conflicts(conn: sqlite3.Connection, deployment: LyncDeployment) -> list[Text]:
    """What is already here and would clash: each refuses the whole import."""
    found = []
    for rule in deployment.rules:
        existing = rule_queries.rule_by_key(conn, rule.kind, rule.update_type)
        if existing is not None:
            found.append(Text("a rule for {kind} {update_type} already exists (Id {id})",
                              kind=str(rule.kind), update_type=rule.update_type,
                              id=existing.id))
        elif rule.id and rule_queries.rule_by_id(conn, rule.id) is not None:
            found.append(Text("a rule with Id {id} already exists", id=rule.id))
    for device in deployment.test_devices:
        if admin.test_device(conn, device.name, device.scope) is not None:
            found.append(Text("a test device named {name} already exists in {scope}",
                              name=device.name, scope=device.scope))
        elif (other := admin.test_device_with_identifier(conn, device)) is not None:
            found.append(Text("{identifier} is already test device {other} in {scope}",
                              identifier=device.identifier, other=other, scope=device.scope))
    return found


class LyncImporter:
    """Imports one checked deployment into a store and file store."""

    def __init__(self, db: Database, files: FileStore, importer: Importer, os_user: str,
                 clock: Callable[[], datetime]) -> None:
        self.db, self.files, self.importer = db, files, importer
        self.os_user, self.clock = os_user, clock

    def preview(self, deployment: LyncDeployment) -> list[Text]:
        """The conflicts an import would meet now (empty: it would go through)."""
        with self.db.read() as conn:
            return conflicts(conn, deployment)

    def run(self, deployment: LyncDeployment,
            progress: Progress | None = None) -> LyncImportResult:
        """Import everything, or on any error or conflict, nothing."""
        self.importer.recover()
        committed = False
        try:
            with self.files.staging() as stage:
                digests = _copy_all(stage, deployment, progress)
                crash_point("lync-staged")
                with self.db.write() as conn:
                    found = conflicts(conn, deployment)
                    if found:
                        raise ConflictError("import from Lync refused, nothing was changed: "
                                            "{conflict}", conflict=found[0])
                    result = self._commit(conn, deployment, digests, stage)
                    stage.keep = True
                committed = True
                crash_point("lync-committed")
                self.files.move_into_place(stage.import_id, _moves(deployment, result))
                with self.db.write() as conn:
                    file_queries.remove_journal(conn, stage.import_id)
                stage.keep = False
        except OSError as exc:
            fault = None if committed else environment_fault(
                exc, Text("import from {path}", path=str(deployment.store_dir)))
            if fault is None:
                raise
            raise fault from None
        return result

    def _commit(self, conn: sqlite3.Connection, deployment: LyncDeployment,
                digests: dict[str, tuple[str, int]], stage: Staging) -> LyncImportResult:
        now = self.clock()
        rules = tuple(self._add_rule(conn, r, now) for r in deployment.rules)
        by_key = {r.key: r for r in rules}
        for version in deployment.versions:
            _record_version(conn, version, by_key[version.key], digests, now.isoformat())
        for device in deployment.test_devices:
            admin.insert_test_device(conn, device)
            self._history(conn, now, "test-device add", None, device.name, None,
                          f"{device.identifier_type.value}={device.identifier} "
                          f"scope={device.scope}")
        file_queries.add_journal(conn, stage.import_id,
                                 _moves(deployment, LyncImportResult(deployment, rules, ())),
                                 now.isoformat())
        return LyncImportResult(deployment, rules, deployment.test_devices)

    def _add_rule(self, conn: sqlite3.Connection, lync: LyncRule, now: datetime) -> UpdateRule:
        rule = UpdateRule(lync.id or str(uuid.uuid4()), lync.kind, lync.update_type,
                          approved=lync.approved, pending=lync.pending, restore=lync.restore,
                          created_at=now, updated_at=now)
        rule_queries.insert_rule(conn, rule)
        self._history(conn, now, "import-lync", rule.id, f"{rule.kind} {rule.update_type}",
                      None, versions_text(rule))
        return rule

    def _history(self, conn, now: datetime, action: str, rule_id: str | None, subject: str,
                 before: str | None, after: str | None) -> None:
        admin.add_history(conn, HistoryEntry(now.isoformat(), self.os_user, action, rule_id,
                                             subject, before, after, "from Lync"))


def _staged_rel(version: StoredVersion) -> str:
    return "/".join((*(fold(p) for p in version.kind.parts()), str(version.version),
                     fold(version.update_type)))


def _moves(deployment: LyncDeployment, result: LyncImportResult) -> list[list[str]]:
    by_key = {r.key: r for r in result.rules}
    return [[_staged_rel(v), version_rel_dir(by_key[v.key].kind, by_key[v.key].update_type,
                                              str(v.version))]
            for v in deployment.versions]


def _record_version(conn: sqlite3.Connection, version: StoredVersion, rule: UpdateRule,
                    digests: dict[str, tuple[str, int]], now: str) -> None:
    kind_key, type_key = rule.kind.key, fold(rule.update_type)
    rel_dir = version_rel_dir(rule.kind, rule.update_type, str(version.version))
    file_queries.delete_version(conn, kind_key, type_key, str(version.version))  # stale rows
    for name, _ in version.files:
        sha256, size = digests[f"{_staged_rel(version)}/{name}"]
        file_queries.insert_file(conn, file_queries.StoredFile(
            kind_key, type_key, str(version.version), name, rel_dir, size, sha256), now)


def _copy_all(stage: Staging, deployment: LyncDeployment,
              progress: Progress | None) -> dict[str, tuple[str, int]]:
    """Copy every version folder into staging; returns each staged file's SHA-256 and size
    (as copied: a file that changed since the folder was read is stored as it is now)."""
    total, done, digests = deployment.total_size, 0, {}
    for version in deployment.versions:
        target = stage.root / _staged_rel(version)
        target.mkdir(parents=True, exist_ok=True)
        for name, _ in version.files:
            digest, size = hashlib.sha256(), 0
            with open(version.folder / name, "rb") as source, open(target / name, "wb") as out:
                while chunk := source.read(_CHUNK):
                    digest.update(chunk)
                    out.write(chunk)
                    done, size = done + len(chunk), size + len(chunk)
                    if progress and not progress(done, total, f"{version.kind} {name}"):
                        raise ImportCancelled("import cancelled; nothing was changed")
                out.flush()
                os.fsync(out.fileno())
            digests[f"{_staged_rel(version)}/{name}"] = (digest.hexdigest(), size)
    return digests
