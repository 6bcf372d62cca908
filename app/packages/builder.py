"""Building update packages: from a folder, or a generated sample for demos and tests."""

from __future__ import annotations

import hashlib
import random
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from xml.sax.saxutils import quoteattr

import cabarchive

from app.domain.errors import PackageError
from app.packages.manifest import MANIFEST_NAME, parse_manifest
from app.packages.package import Package, parse_package

_FIXED_TIME = datetime(2012, 1, 1, 12, 0, 0)  # reproducible cabinets

SAMPLE_KINDS = (
    ("UCPhone", "Polycom", "CX600", "A", "ENU"),
    ("UCPhone", "Aastra", "6725ip", "A", "ENU"),
    ("UCPhone", "HP", "4120", "A", "ENU"),
    ("UCPhone", "LG-Nortel", "IP8540", "A", "ENU"),
)
SAMPLE_VERSION = "4.0.7577.4366"


@dataclass(frozen=True)
class BuiltPackage:
    data: bytes
    package: Package
    skipped: tuple[str, ...]  # files in the folder that no update lists


def cabinet_bytes(members: dict[str, bytes], compress: bool = True) -> bytes:
    """A single-folder cabinet holding *members* (paths with '/' or '\\')."""
    archive = cabarchive.CabArchive()
    for name, data in members.items():
        archive[name.replace("/", "\\")] = cabarchive.CabFile(data, mtime=_FIXED_TIME)
    return archive.save(compress=compress)


def pack_folder(folder: Path, compress: bool = True) -> BuiltPackage:
    """Build a package from *folder*, validated exactly as an import would be."""
    folder = Path(folder)
    manifest_path = _find_manifest(folder)
    manifest = parse_manifest(manifest_path.read_bytes())
    members = {MANIFEST_NAME: manifest_path.read_bytes()}
    for update in manifest.updates:
        for entry in update.files:
            rel = "/".join((*update.kind.parts(), entry.name))
            members[rel] = _read_member(folder, rel)
    skipped = _unlisted(folder, set(members) | {manifest_path.name})
    data = cabinet_bytes(members, compress)
    return BuiltPackage(data, parse_package(data, folder.name), skipped)


def _find_manifest(folder: Path) -> Path:
    if not folder.is_dir():
        raise PackageError("{folder}: not a folder", folder=folder)
    for child in folder.iterdir():
        if child.name.casefold() == MANIFEST_NAME.casefold() and child.is_file():
            return child
    raise PackageError("{folder}: no {manifest} in the folder",
                       folder=folder, manifest=MANIFEST_NAME)


def _read_member(folder: Path, rel: str) -> bytes:
    path = folder.joinpath(*rel.split("/"))
    if not path.is_file():
        path = _case_insensitive(folder, rel.split("/"))
    if path is None or not path.is_file():
        raise PackageError("{folder}: {rel} is listed in {manifest} but missing",
                           folder=folder, rel=rel, manifest=MANIFEST_NAME)
    return path.read_bytes()


def _case_insensitive(folder: Path, parts: list[str]) -> Path | None:
    current = folder
    for part in parts:
        match = [c for c in current.iterdir() if c.name.casefold() == part.casefold()]
        if not match:
            return None
        current = match[0]
    return current


def _unlisted(folder: Path, listed: set[str]) -> tuple[str, ...]:
    wanted = {name.casefold() for name in listed}
    found = (p.relative_to(folder).as_posix() for p in folder.rglob("*") if p.is_file())
    return tuple(sorted(p for p in found if p.casefold() not in wanted))


def sample_members(image_size: int = 1024 * 1024, version: str = SAMPLE_VERSION,
                   kinds: tuple[tuple[str, ...], ...] = SAMPLE_KINDS) -> dict[str, bytes]:
    """Manifest and synthetic images for a demo package (deterministic for a version)."""
    rng = random.Random(f"ucupdates-sample-{version}")
    members: dict[str, bytes] = {}
    updates = []
    for kind in kinds:
        files = {"CPE.nbt": rng.randbytes(image_size), "CPE.cat": rng.randbytes(512)}
        for name, data in files.items():
            members["/".join((*kind, name))] = data
        updates.append(_update_xml(kind, version, files))
    members[MANIFEST_NAME] = _manifest_xml(version, updates).encode("utf-8")
    return members


def _update_xml(kind: tuple[str, ...], version: str, files: dict[str, bytes]) -> str:
    attrs = " ".join(f"{k}={quoteattr(v)}" for k, v in zip(
        ("DeviceType", "Brand", "Model", "Revision", "Locale"), kind, strict=True))
    lines = [f'    <Update {attrs} UpdateType="CPE" Version="{version}">']
    for name, data in files.items():
        digest = hashlib.sha256(data).hexdigest()
        lines.append(f'      <File Name="{name}" Sha256="{digest}"/>')
    lines.append("    </Update>")
    return "\n".join(lines)


def _manifest_xml(version: str, updates: list[str]) -> str:
    body = "\n".join(updates)
    return (f'<?xml version="1.0" encoding="utf-8"?>\n<Updates Version="{version}">\n'
            f"  <Updates>\n{body}\n  </Updates>\n</Updates>\n")


def pack_sample(image_size: int = 1024 * 1024, version: str = SAMPLE_VERSION,
                compress: bool = True,
                kinds: tuple[tuple[str, ...], ...] = SAMPLE_KINDS) -> BuiltPackage:
    """A valid demo package for several phone models."""
    data = cabinet_bytes(sample_members(image_size, version, kinds), compress)
    return BuiltPackage(data, parse_package(data, "sample"), ())
