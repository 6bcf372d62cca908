"""An update package read from a cabinet and checked against SPEC §3."""

from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass, replace
from pathlib import Path, PurePosixPath

from app.domain.errors import PackageError
from app.domain.names import fold
from app.packages import cabinet
from app.packages.manifest import MANIFEST_NAME, ManifestUpdate, parse_manifest

DEFAULT_MAX_SIZE = 4 * 1024**3
_DRIVE_RE = re.compile(r"^[A-Za-z]:")


@dataclass(frozen=True)
class PackageFile:
    name: str
    data: bytes
    sha256: str
    size: int


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

    @property
    def total_size(self) -> int:
        return sum(f.size for u in self.updates for f in u.files)


def read_package(path: Path, max_size: int = DEFAULT_MAX_SIZE) -> Package:
    """Read and validate the cabinet at *path*; raise PackageError naming the cause."""
    path = Path(path)
    label = path.name
    try:
        if path.stat().st_size > max_size + 64 * 1024**2:
            raise PackageError("{label}: the file is larger than the package size limit "
                               "({max_size:,} bytes, MaxPackageUnpackedSize)",
                               label=label, max_size=max_size)
        data = bytearray(path.stat().st_size)  # extract() zeroes checksums in place
        with open(path, "rb") as source:
            read = source.readinto(data)
        del data[read:]
    except FileNotFoundError:
        raise PackageError("{path}: no such file", path=path) from None
    except IsADirectoryError:
        raise PackageError("{path}: is a folder, not a package file", path=path) from None
    except OSError as exc:
        raise PackageError("{path}: cannot be read ({reason})",
                           path=path, reason=exc.strerror) from None
    return parse_package(data, label, max_size)


def parse_package(data: bytes | bytearray, label: str, max_size: int = DEFAULT_MAX_SIZE) -> Package:
    """Validate cabinet bytes as an update package."""
    info = cabinet.scan(data, label, max_size)
    members = _index_members(cabinet.extract(data, label, info), label)
    manifest_key = fold(MANIFEST_NAME)
    if manifest_key not in members:
        raise PackageError("{label}: not an update package (no {manifest} at its root)",
                           label=label, manifest=MANIFEST_NAME)
    manifest = parse_manifest(members[manifest_key][1])
    used = {manifest_key}
    updates = tuple(_collect(u, members, used, label) for u in manifest.updates)
    ignored = tuple(sorted(name for key, (name, _) in members.items() if key not in used))
    return Package(label, manifest.pack_version, updates, ignored)


def _index_members(raw: dict[str, bytes], label: str) -> dict[str, tuple[str, bytes]]:
    """Map each member's case-folded, '/'-separated path to (original name, data)."""
    index: dict[str, tuple[str, bytes]] = {}
    for name, data in raw.items():
        path = _safe_member_path(name, label)
        key = fold(path)
        if key in index:
            raise PackageError("{label}: members {first!r} and {name!r} differ only "
                               "in case or separators", label=label, first=index[key][0], name=name)
        index[key] = (name, data)
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


def _collect(update: ManifestUpdate, members: dict[str, tuple[str, bytes]], used: set[str],
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
        data = members[key][1]
        digest = hashlib.sha256(data).hexdigest()
        if entry.sha256 and entry.sha256 != digest:
            raise PackageError("{label}: {folder}/{file} fails its hash check "
                               "(updateInfo.xml says {expected}, content is {digest})",
                               label=label, folder=folder, file=entry.name, expected=entry.sha256,
                               digest=digest)
        used.add(key)
        files.append(PackageFile(entry.name, data, digest, len(data)))
    return PackageUpdate(update, tuple(files))


def without_data(package: Package) -> Package:
    """The same package description without file contents (cheap to pass between processes)."""
    updates = tuple(PackageUpdate(u.update, tuple(replace(f, data=b"") for f in u.files))
                    for u in package.updates)
    return replace(package, updates=updates)
