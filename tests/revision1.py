"""Lay out a data folder exactly as revision 1 of ucupdates left it, by hand.

Revision 1 stored a version's files under ``…/<Locale>/<UpdateType>/<Version>/``
and wrote the audit log as ``<YYYYMMDD>.log`` lines of ``;``-separated fields.
Its store schema is the first two entries of ``app.store.schema.MIGRATIONS``
(released entries never change), at ``user_version`` 2. This generator writes
that schema, rules, stored files, a test device and old audit lines directly,
without running any code of the current program, so the conversion at first
start is tested against what revision 1 really left behind.
"""

from __future__ import annotations

import hashlib
import os
import sqlite3
from dataclasses import dataclass, field
from pathlib import Path

from app.store.schema import MIGRATIONS

V1, V2 = "4.0.7577.4366", "4.0.7577.4400"
KINDS = (("UCPhone", "Polycom", "CX600", "A", "ENU"), ("UCPhone", "HP", "4120", "A", "ENU"),
         ("UCPhone", "Aastra", "6725ip", "A", "ENU"))
FILES = ("CPE.nbt", "CPE.cat")
OLD_AUDIT_LINE = ("2026-11-30T08:15:00.000000Z;192.168.1.20;UCPhone;00-04-F2-12-34-56;;"
                  "Polycom;CX600;A;ENU;CPE,4.0.7577.4066;CPE,4.0.7577.4366,Approved;;offered\n")


@dataclass
class Revision1Folder:
    data_dir: Path
    rule_ids: dict[str, str] = field(default_factory=dict)  # brand -> rule id
    files: dict[str, bytes] = field(default_factory=dict)  # new rel path -> content

    def old_path(self, new_rel: str) -> Path:
        """Where revision 1 kept the file that now belongs at *new_rel*."""
        parts = new_rel.split("/")
        return self.data_dir.joinpath("DeviceUpdateStore", *parts[:5], parts[6], parts[5],
                                      parts[7])


def make_revision1_folder(data_dir: Path, image_size: int = 4096) -> Revision1Folder:
    """Every kind with V1 approved and V2 pending, files of both, a test device, audit."""
    data_dir.mkdir(parents=True)
    folder = Revision1Folder(data_dir)
    conn = sqlite3.connect(data_dir / "store.sqlite3", isolation_level=None)
    conn.execute("PRAGMA journal_mode = WAL")
    conn.execute("BEGIN")
    for script in MIGRATIONS[:2]:
        for statement in script.split(";\n"):
            if statement.strip():
                conn.execute(statement)
    conn.execute("PRAGMA user_version = 2")
    for number, kind in enumerate(KINDS):
        rule_id = f"00000000-0000-4000-8000-00000000000{number}"
        folder.rule_ids[kind[1]] = rule_id
        _rule(conn, rule_id, kind)
        for version in (V1, V2):
            _version(conn, folder, kind, version, image_size)
    conn.execute(
        """INSERT INTO test_devices VALUES ('lab-phone', 'lab-phone', 'MAC', '00-04-F2-12-34-56',
           '00-04-f2-12-34-56', 'global', 'global')""")
    conn.execute("COMMIT")
    conn.close()
    audit = data_dir / "Logs/Server/Audit/imageUpdates"
    audit.mkdir(parents=True)
    (audit / "20261130.log").write_text(OLD_AUDIT_LINE * 3, encoding="utf-8")
    return folder


def _key(kind: tuple[str, ...]) -> str:
    return "/".join(p.casefold() for p in kind)


def _rule(conn: sqlite3.Connection, rule_id: str, kind: tuple[str, ...]) -> None:
    conn.execute(
        """INSERT INTO rules VALUES (:id, :t, :b, :m, :r, :l, :key, 'CPE', 'cpe', :approved,
           :pending, NULL, '2026-11-01T00:00:00+00:00', '2026-11-02T00:00:00+00:00')""",
        {"id": rule_id, "t": kind[0], "b": kind[1], "m": kind[2], "r": kind[3], "l": kind[4],
         "key": _key(kind), "approved": V1, "pending": V2})


def _version(conn: sqlite3.Connection, folder: Revision1Folder, kind: tuple[str, ...],
             version: str, image_size: int) -> None:
    old_rel = "/".join((*kind, "CPE", version))
    on_disk = folder.data_dir / "DeviceUpdateStore" / old_rel
    on_disk.mkdir(parents=True)
    for name in FILES:
        data = os.urandom(image_size if name.endswith(".nbt") else 256)
        (on_disk / name).write_bytes(data)
        folder.files["/".join((*kind, version, "CPE", name))] = data
        conn.execute(
            """INSERT INTO stored_files VALUES (:key, 'cpe', :version, :name, :rel, :size,
               :sha, '2026-11-01T00:00:00+00:00')""",
            {"key": _key(kind), "version": version, "name": name, "rel": old_rel,
             "size": len(data), "sha": hashlib.sha256(data).hexdigest()})
