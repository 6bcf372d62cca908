"""An update package read from a cabinet and checked against docs/protocol.md §3."""

from __future__ import annotations

import io
import re
from collections.abc import Callable
from dataclasses import dataclass, replace
from pathlib import Path, PurePosixPath

from app.domain.errors import PackageError, UserError
from app.domain.names import fold
from app.packages import cabinet
from app.packages.manifest import MANIFEST_NAME, ManifestUpdate, parse_manifest
from app.packages.spool import Spooler

DEFAULT_MAX_SIZE = 4 * 1024**3
_DRIVE_RE = re.compile(r"^[A-Za-z]:")


MAX_MANIFEST_SIZE = 16 * 1024**2
Progress = Callable[[int, int, str], bool]  # (done, total, what) -> keep going?


class ImportCancelled(UserError):
    """The administrator cancelled reading or importing a package; nothing changed."""


@dataclass(frozen=True)
class PackageFile:
    name: str
    sha256: str
    size: int
    member: int  # its place in the cabinet's file table: a spool keeps it under that number


@dataclass(frozen=True)
class PackageUpdate:
    update: ManifestUpdate
    files: tuple[PackageFile, ...]


@dataclass(frozen=True)
class Package:
    label: str
    pack_version: str | None
    updates: tuple[PackageUpdate, ...]
    ignored: tuple[str, ...]  # members no update lists
    source: Path | None = None  # the cabinet file (None when read from memory)

    @property
    def total_size(self) -> int:
        return sum(f.size for u in self.updates for f in u.files)


def read_package(path: Path, max_size: int = DEFAULT_MAX_SIZE,
                 progress: Progress | None = None, spool: Path | None = None) -> Package:
    """Read and validate the cabinet at *path*; raise PackageError naming the cause.

    The members are decompressed once, streaming, and hashed; with *spool* each
    member's bytes are also written there, as ``<spool>/<member number>``, so an
    import needs no second pass. *progress* returning False cancels.
    """
    path = Path(path)
    label = path.name
    try:
        if path.stat().st_size > max_size + 64 * 1024**2:
            raise PackageError("{label}: the file is larger than the package size limit "
                               "({max_size:,} bytes, MaxPackageUnpackedSize)",
                               label=label, max_size=max_size)
        with open(path, "rb") as source:
            info = cabinet.scan(source, label, max_size)
    except FileNotFoundError:
        raise PackageError("{path}: no such file", path=path) from None
    except IsADirectoryError:
        raise PackageError("{path}: is a folder, not a package file", path=path) from None
    except OSError as exc:
        raise PackageError("{path}: cannot be read ({reason})",
                           path=path, reason=exc.strerror) from None
    return replace(_read(path, label, info, progress, spool), source=path)


def parse_package(data: bytes | bytearray, label: str,
                  max_size: int = DEFAULT_MAX_SIZE) -> Package:
    """Validate cabinet bytes in memory as an update package (the builder's check)."""
    info = cabinet.scan(bytes(data), label, max_size)
    return _read(bytes(data), label, info, None, None)


def _read(source: Path | bytes, label: str, info: cabinet.CabinetInfo,
          progress: Progress | None, spool: Path | None) -> Package:
    members = _index_members(info.members, label)
    manifest_key = fold(MANIFEST_NAME)
    if manifest_key not in members:  # known from the file table: nothing decompressed yet
        raise PackageError("{label}: not an update package (no {manifest} at its root)",
                           label=label, manifest=MANIFEST_NAME)
    manifest_at = members[manifest_key][1]
    if info.members[manifest_at].size > MAX_MANIFEST_SIZE:
        raise PackageError("{label}: {manifest} is larger than {most:,} bytes",
                           label=label, manifest=MANIFEST_NAME, most=MAX_MANIFEST_SIZE)
    sinks = _Sinks(spool, manifest_at)
    try:
        cabinet.stream_members(source, label, info, sinks.sink_for,
                               _byte_progress(progress, info.unpacked_size))
    except BaseException:
        sinks.spooler.abandon()
        raise
    sinks.spooler.finish()
    manifest = parse_manifest(sinks.manifest.getvalue())
    used = {manifest_key}
    updates = tuple(_collect(u, members, info.members, sinks.digests, used, label)
                    for u in manifest.updates)
    ignored = tuple(sorted(name for key, (name, _) in members.items() if key not in used))
    sinks.drop(i for key, (_, i) in members.items() if key not in used)
    return Package(label, manifest.pack_version, updates, ignored)


def _byte_progress(progress: Progress | None, total: int):
    if progress is None:
        return None

    def report(done: int, name: str) -> None:
        if not progress(done, total, name):
            raise ImportCancelled("import cancelled; nothing was changed")
    return report


class _Sinks:
    """Hands stream_members a sink per member: the manifest kept in memory, every other
    member to the spooler (hashed, and written when there is a spool folder)."""

    def __init__(self, spool: Path | None, manifest_at: int) -> None:
        if spool is not None:
            spool.mkdir(parents=True, exist_ok=True)
        self.spool, self.manifest_at = spool, manifest_at
        self.manifest = io.BytesIO()
        self.spooler = Spooler(spool)

    @property
    def digests(self) -> dict[int, str]:
        return self.spooler.digests

    def sink_for(self, index: int, member: cabinet.CabMember):
        if index == self.manifest_at:
            return self.manifest
        return self.spooler.sink(index)

    def drop(self, indexes) -> None:
        """Remove spooled members that no update lists."""
        if self.spool is not None:
            for index in indexes:
                (self.spool / str(index)).unlink(missing_ok=True)


def _index_members(found: tuple[cabinet.CabMember, ...],
                   label: str) -> dict[str, tuple[str, int]]:
    """Map each member's case-folded, '/'-separated path to (its name, its number)."""
    index: dict[str, tuple[str, int]] = {}
    for number, member in enumerate(found):
        path = _safe_member_path(member.name, label)
        key = fold(path)
        if key in index:
            raise PackageError("{label}: members {first!r} and {name!r} differ only "
                               "in case or separators", label=label, first=index[key][0],
                               name=member.name)
        index[key] = (member.name, number)
    return index


def _safe_member_path(name: str, label: str) -> str:
    path = name.replace("\\", "/")
    if path.startswith("/") or _DRIVE_RE.match(path):
        raise PackageError("{label}: member {name!r} has an absolute path", label=label, name=name)
    parts = PurePosixPath(path).parts
    if ".." in parts or any(p in ("", ".") for p in path.split("/")):
        raise PackageError("{label}: member {name!r} climbs out of the package ('..') "
                           "or has an empty path part", label=label, name=name)
    return path


def _collect(update: ManifestUpdate, members: dict[str, tuple[str, int]],
             table: tuple[cabinet.CabMember, ...], digests: dict[int, str], used: set[str],
             label: str) -> PackageUpdate:
    folder = "/".join(update.kind.parts())
    files = []
    for entry in update.files:
        key = fold(f"{folder}/{entry.name}")
        if key not in members:
            raise PackageError("{label}: {file} listed for {update} is "
                               "missing (expected member {folder}/{file})",
                               label=label, file=entry.name, update=update.describe(),
                               folder=folder)
        number = members[key][1]
        digest = digests[number]
        if entry.sha256 and entry.sha256 != digest:
            raise PackageError("{label}: {folder}/{file} fails its hash check "
                               "(updateInfo.xml says {expected}, content is {digest})",
                               label=label, folder=folder, file=entry.name, expected=entry.sha256,
                               digest=digest)
        used.add(key)
        files.append(PackageFile(entry.name, digest, table[number].size, number))
    return PackageUpdate(update, tuple(files))


def without_data(package: Package) -> Package:
    """Kept for callers that pass packages between processes: a package holds no data."""
    return package
