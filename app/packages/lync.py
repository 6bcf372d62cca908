"""What a Lync deployment hands over (docs/protocol.md §10 ``import-lync``), read and checked.

A copy of a Lync server's ``DeviceUpdateStore`` folder
(``<DeviceType>\\<Brand>\\<Model>\\<Revision>\\<Locale>\\<Version>\\<UpdateType>\\<files>``),
and optionally what ``Get-CsDeviceUpdateRule | Export-Csv`` and
``Get-CsTestDevice | Export-Csv`` wrote. Nothing here touches the store: this
module reads, validates and describes; :mod:`app.packages.lync_import` imports.
Every refusal names the file, the line and the reason.
"""

from __future__ import annotations

import csv
import io
from dataclasses import dataclass
from pathlib import Path

from app.domain.errors import PackageError, UserError
from app.domain.names import DeviceKind, check_file_name, check_name, fold
from app.domain.test_devices import TestDevice
from app.domain.versions import Version

RULE_COLUMNS = ("Id", "DeviceType", "Brand", "Model", "Revision", "Locale", "UpdateType",
                "ApprovedVersion", "PendingVersion", "RestoreVersion")
DEVICE_COLUMNS = ("Identity", "Identifier", "IdentifierType")
MAX_CSV_BYTES = 16 * 1024 * 1024
_GUID_HEX = set("0123456789abcdef")


@dataclass(frozen=True)
class StoredVersion:
    """One version folder of the Lync store: its kind, update type, version and files."""

    kind: DeviceKind
    update_type: str
    version: Version
    folder: Path
    files: tuple[tuple[str, int], ...]  # (name, size)

    @property
    def key(self) -> tuple[str, str]:
        return (self.kind.key, fold(self.update_type))

    @property
    def size(self) -> int:
        return sum(size for _, size in self.files)


@dataclass(frozen=True)
class LyncRule:
    """A rule as Lync had it: its GUID and its three versions."""

    id: str
    kind: DeviceKind
    update_type: str
    approved: Version | None
    pending: Version | None
    restore: Version | None
    line: int  # in the rules file; 0 when made up from the store (no rules file)
    pool: str | None = None  # from its Identity, service:WebServer:<pool>/<GUID>

    @property
    def key(self) -> tuple[str, str]:
        return (self.kind.key, fold(self.update_type))

    def versions(self) -> list[Version]:
        return [v for v in (self.approved, self.pending, self.restore) if v is not None]


@dataclass(frozen=True)
class LyncDeployment:
    """Everything read from the store folder and the two files, checked against each other."""

    store_dir: Path
    versions: tuple[StoredVersion, ...]  # those the rules name (all newest, without rules)
    rules: tuple[LyncRule, ...]
    test_devices: tuple[TestDevice, ...]
    unused_versions: tuple[StoredVersion, ...]  # in the store, named by no rule

    @property
    def pool(self) -> str | None:
        """The pool the rules' identities name, when they all name the same one."""
        pools = {r.pool for r in self.rules}
        return pools.pop() if len(pools) == 1 else None

    @property
    def total_size(self) -> int:
        return sum(v.size for v in self.versions)


def read_deployment(store_dir: Path, rules_csv: Path | None = None,
                    devices_csv: Path | None = None) -> LyncDeployment:
    """Read and check a Lync deployment; raise PackageError naming file, line and reason."""
    store_dir = Path(store_dir)
    found = scan_store(store_dir)
    if rules_csv is not None:
        rules = read_rules(Path(rules_csv))
        wanted = _versions_named(rules, found, Path(rules_csv))
    else:
        rules, wanted = _newest_pending(found)
    devices = read_test_devices(Path(devices_csv)) if devices_csv is not None else ()
    used = {(v.key, v.version) for v in wanted}
    unused = tuple(v for v in found if (v.key, v.version) not in used)
    return LyncDeployment(store_dir, tuple(wanted), tuple(rules), tuple(devices), unused)


# -- the store folder ---------------------------------------------------------------------


def scan_store(store_dir: Path) -> list[StoredVersion]:
    """Every version folder at depth 7, with its files; anything else is refused by name."""
    if not store_dir.is_dir():
        if not store_dir.exists():
            raise PackageError("{path}: no such folder (give the copy of the Lync server's "
                               "DeviceUpdateStore folder)", path=store_dir)
        raise PackageError("{path}: not a folder (give the copy of the Lync server's "
                           "DeviceUpdateStore folder)", path=store_dir)
    found: dict[tuple[tuple[str, str], Version], StoredVersion] = {}
    for folder in sorted(p for p in store_dir.glob("*/*/*/*/*/*/*") if p.is_dir()):
        version = _stored_version(store_dir, folder)
        if (version.key, version.version) in found:
            raise PackageError("{path}: the store holds {version} twice (folder names that "
                               "differ only in case)", path=folder, version=version.version)
        found[(version.key, version.version)] = version
    if not found:
        raise PackageError("{path}: no update versions found; expected folders "
                           "DeviceType/Brand/Model/Revision/Locale/Version/UpdateType "
                           "holding the files", path=store_dir)
    return list(found.values())


def _stored_version(store_dir: Path, folder: Path) -> StoredVersion:
    parts = folder.relative_to(store_dir).parts
    try:
        kind = DeviceKind.checked(*parts[:5])
        version = Version.parse(parts[5])
        update_type = check_name("UpdateType", parts[6])
        files = tuple((check_file_name(p.name), p.stat().st_size)
                      for p in sorted(folder.iterdir()) if p.is_file())
    except UserError as exc:
        raise PackageError("{path}: {reason}", path=folder, reason=_reason(exc)) from None
    except OSError as exc:
        raise PackageError("{path}: cannot be read ({reason})", path=folder,
                           reason=exc.strerror) from None
    if not files:
        raise PackageError("{path}: the version folder holds no files", path=folder)
    return StoredVersion(kind, update_type, version, folder, files)


def _reason(exc: UserError) -> UserError:
    """A nested refusal, kept translatable: the console translates a nested error in its
    own context ("errors"), which a Text made from its template would not be in."""
    return exc


# -- Export-Csv files -----------------------------------------------------------------------


def _csv_rows(path: Path, required: tuple[str, ...]) -> list[tuple[int, dict[str, str]]]:
    """(line, row) pairs of an Export-Csv file: optional ``#TYPE`` line, then a header."""
    text = _csv_text(path)
    lines = text.splitlines(keepends=True)
    first = 1
    if lines and lines[0].startswith("#"):
        lines, first = lines[1:], 2  # "#TYPE Microsoft.Rtc..." from Export-Csv
    reader = csv.DictReader(io.StringIO("".join(lines)), strict=True)
    try:
        header = reader.fieldnames or []
        missing = [c for c in required if c not in header]
        if missing:
            raise PackageError("{file}, line {line}: the header has no column {columns} "
                               "(is this what Export-Csv wrote?)", file=path.name, line=first,
                               columns=", ".join(missing))
        rows = []
        for row in reader:
            line = first + reader.line_num - 1
            if None in row or None in row.values():
                raise PackageError("{file}, line {line}: the row has a different number of "
                                   "columns than the header", file=path.name, line=line)
            rows.append((line, {k: (v or "").strip() for k, v in row.items()}))
        return rows
    except csv.Error as exc:
        raise PackageError("{file}, line {line}: not readable as CSV ({reason})",
                           file=path.name, line=first + reader.line_num - 1,
                           reason=str(exc)) from None


def _csv_text(path: Path) -> str:
    try:
        if path.stat().st_size > MAX_CSV_BYTES:
            raise PackageError("{file}: larger than {most:,} bytes; is it the right file?",
                               file=path.name, most=MAX_CSV_BYTES)
        raw = path.read_bytes()
    except FileNotFoundError:
        raise PackageError("{path}: no such file", path=path) from None
    except IsADirectoryError:
        raise PackageError("{path}: is a folder, not a CSV file", path=path) from None
    except OSError as exc:
        raise PackageError("{path}: cannot be read ({reason})", path=path,
                           reason=exc.strerror) from None
    for bom, codec in ((b"\xff\xfe", "utf-16"), (b"\xfe\xff", "utf-16"),
                       (b"\xef\xbb\xbf", "utf-8-sig")):
        if raw.startswith(bom):
            return _decode(raw, codec, path)
    try:  # PowerShell 7 writes UTF-8; 5.1's ASCII is a subset of it
        return raw.decode("utf-8")
    except UnicodeDecodeError:
        return _decode(raw, "cp1252", path)  # "-Encoding Default": the Windows code page


def _decode(raw: bytes, codec: str, path: Path) -> str:
    try:
        return raw.decode(codec)
    except UnicodeDecodeError:
        raise PackageError("{file}: not readable as text ({codec})", file=path.name,
                           codec=codec) from None


def read_rules(path: Path) -> list[LyncRule]:
    """The rules of ``Get-CsDeviceUpdateRule | Export-Csv``, each checked."""
    rules, seen = [], {}
    for line, row in _csv_rows(path, RULE_COLUMNS):
        rule = _rule(path, line, row)
        if rule.key in seen or any(r.id == rule.id for r in rules):
            raise PackageError("{file}, line {line}: a second rule for {kind} {update_type} "
                               "(or the same Id again); the first is on line {first}",
                               file=path.name, line=line, kind=str(rule.kind),
                               update_type=rule.update_type, first=seen.get(rule.key, line))
        seen[rule.key] = line
        rules.append(rule)
    if not rules:
        raise PackageError("{file}: holds no rules", file=path.name)
    return rules


def _rule(path: Path, line: int, row: dict[str, str]) -> LyncRule:
    try:
        kind = DeviceKind.checked(*(row[c] for c in RULE_COLUMNS[1:6]))
        update_type = check_name("UpdateType", row["UpdateType"])
        versions = {c: Version.parse(row[c]) if row[c] else None
                    for c in ("ApprovedVersion", "PendingVersion", "RestoreVersion")}
    except UserError as exc:
        raise PackageError("{file}, line {line}: {reason}", file=path.name, line=line,
                           reason=_reason(exc)) from None
    rule_id = row["Id"].strip("{}").lower()
    if not _is_guid(rule_id):
        raise PackageError("{file}, line {line}: Id '{value}' is not a GUID",
                           file=path.name, line=line, value=row["Id"])
    return LyncRule(rule_id, kind, update_type, versions["ApprovedVersion"],
                    versions["PendingVersion"], versions["RestoreVersion"], line,
                    _pool_of(row.get("Identity", "")))


def _pool_of(identity: str) -> str | None:
    """``service:WebServer:pool01.contoso.com/<GUID>`` -> ``pool01.contoso.com``."""
    head, slash, _ = identity.rpartition("/")
    prefix = "service:webserver:"
    if not slash or not head.casefold().startswith(prefix):
        return None
    pool = head[len(prefix):]
    return pool if pool and all(c.isalnum() or c in ".-" for c in pool) else None


def _is_guid(text: str) -> bool:
    parts = text.split("-")
    return ([len(p) for p in parts] == [8, 4, 4, 4, 12]
            and all(set(p) <= _GUID_HEX for p in parts))


def _versions_named(rules: list[LyncRule], found: list[StoredVersion],
                    path: Path) -> list[StoredVersion]:
    by_key = {(v.key, v.version): v for v in found}
    wanted: dict[tuple[tuple[str, str], Version], StoredVersion] = {}
    for rule in rules:
        for version in rule.versions():
            stored = by_key.get((rule.key, version))
            if stored is None:
                raise PackageError("{file}, line {line}: the rule for {kind} {update_type} "
                                   "names version {version}, which is not in the store "
                                   "folder", file=path.name, line=rule.line,
                                   kind=str(rule.kind), update_type=rule.update_type,
                                   version=str(version))
            wanted[(rule.key, version)] = stored
    return list(wanted.values())


def _newest_pending(found: list[StoredVersion]) -> tuple[list[LyncRule], list[StoredVersion]]:
    """Without a rules file: per kind and update type, the newest version, pending."""
    newest: dict[tuple[str, str], StoredVersion] = {}
    for version in found:
        if version.key not in newest or version.version > newest[version.key].version:
            newest[version.key] = version
    rules = [LyncRule("", v.kind, v.update_type, None, v.version, None, 0)
             for v in newest.values()]
    return rules, list(newest.values())


def read_test_devices(path: Path) -> list[TestDevice]:
    """The test devices of ``Get-CsTestDevice | Export-Csv``, each checked."""
    devices: list[tuple[int, TestDevice]] = []
    for line, row in _csv_rows(path, DEVICE_COLUMNS):
        device = _test_device(path, line, row)
        for first, other in devices:
            if other.scope.casefold() == device.scope.casefold() and (
                    other.name.casefold() == device.name.casefold()
                    or other.identifier.casefold() == device.identifier.casefold()):
                raise PackageError("{file}, line {line}: test device {name} clashes with "
                                   "line {first} (same name or identifier in {scope})",
                                   file=path.name, line=line, name=device.name, first=first,
                                   scope=device.scope)
        devices.append((line, device))
    return [d for _, d in devices]


def _test_device(path: Path, line: int, row: dict[str, str]) -> TestDevice:
    scope_part, slash, name = row["Identity"].rpartition("/")
    kind = row["IdentifierType"].casefold()
    try:
        if not slash:
            raise PackageError("Identity '{value}' is not Global/NAME or site:SITE/NAME",
                               value=row["Identity"])
        if kind not in ("macaddress", "serialnumber"):
            raise PackageError("IdentifierType '{value}' is neither MACAddress nor "
                               "SerialNumber", value=row["IdentifierType"])
        mac = row["Identifier"] if kind == "macaddress" else None
        serial = row["Identifier"] if kind == "serialnumber" else None
        return TestDevice.checked(name, mac=mac, serial=serial, scope=scope_part)
    except UserError as exc:
        raise PackageError("{file}, line {line}: {reason}", file=path.name, line=line,
                           reason=_reason(exc)) from None
