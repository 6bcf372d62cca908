"""A Lync deployment as an administrator brings it: a DeviceUpdateStore copy and the two
files ``Export-Csv`` writes (``#TYPE`` line, every value quoted)."""

from __future__ import annotations

import csv
import io
import os
from pathlib import Path

POOL = "pool01.contoso.com"
CX600 = ("UCPhone", "Polycom", "CX600", "A", "ENU")
HP = ("UCPhone", "HP", "4120", "A", "ENU")
V1, V2, V3 = "4.0.7577.4366", "4.0.7577.4400", "4.0.7577.4455"
RULE_HEADER = ["Identity", "Id", "DeviceType", "Brand", "Model", "Revision", "Locale",
               "UpdateType", "ApprovedVersion", "PendingVersion", "RestoreVersion",
               "Description"]
CX600_ID = "d5ce3c10-2588-420a-82ac-dc2d9b1222ff"
HP_ID = "2fb0ffb6-c39e-4d1b-a9b3-3eeeb3c1c5fb"


def lync_store(root: Path, versions: dict[tuple[str, ...], tuple[str, ...]] | None = None,
               image_size: int = 5000) -> dict[str, bytes]:
    """DeviceUpdateStore/<kind>/<version>/CPE/{CPE.nbt,CPE.cat}; returns rel path -> bytes."""
    versions = versions or {CX600: (V1, V2, V3), HP: (V1,)}
    files = {}
    for kind, found in versions.items():
        for version in found:
            folder = root.joinpath(*kind, version, "CPE")
            folder.mkdir(parents=True)
            for name, size in (("CPE.nbt", image_size), ("CPE.cat", 300)):
                data = os.urandom(size)
                (folder / name).write_bytes(data)
                files["/".join((*kind, version, "CPE", name))] = data
    return files


def export_csv(path: Path, type_name: str, header: list[str], rows: list[list[str]],
               encoding: str = "utf-8") -> Path:
    """As PowerShell's Export-Csv writes: a #TYPE line, a header, every value quoted."""
    out = io.StringIO()
    out.write(f"#TYPE {type_name}\r\n")
    writer = csv.writer(out, quoting=csv.QUOTE_ALL, lineterminator="\r\n")
    writer.writerow(header)
    writer.writerows(rows)
    path.write_bytes(out.getvalue().encode(encoding))
    return path


def rule_row(rule_id: str, kind: tuple[str, ...], approved: str = "", pending: str = "",
             restore: str = "") -> list[str]:
    return [f"service:WebServer:{POOL}/{rule_id}", rule_id, *kind, "CPE", approved, pending,
            restore, ""]


def rules_csv(path: Path, rows: list[list[str]] | None = None, encoding: str = "utf-8") -> Path:
    rows = rows if rows is not None else [rule_row(CX600_ID, CX600, V2, V3, V1),
                                          rule_row(HP_ID, HP, pending=V1)]
    return export_csv(path, "Microsoft.Rtc.Management.WritableConfig.Policy.DeviceUpdate.Rule",
                      RULE_HEADER, rows, encoding)


def devices_csv(path: Path, rows: list[list[str]] | None = None) -> Path:
    rows = rows if rows is not None else [
        ["Global/lab-phone", "00-04-F2-12-34-56", "MACAddress"],
        ["site:Berlin/desk", "CX600-0001", "SerialNumber"]]
    return export_csv(path, "Microsoft.Rtc.Management.WritableConfig.Policy.DeviceUpdate."
                      "TestDevice", ["Identity", "Identifier", "IdentifierType"], rows)
