"""Parsing and validating ``updateInfo.xml`` (docs/protocol.md §3)."""

from __future__ import annotations

import re
from dataclasses import dataclass
from xml.etree.ElementTree import Element, ParseError

import defusedxml.ElementTree as SafeET
from defusedxml import DefusedXmlException

from app.domain.errors import InvalidValueError, PackageError, Text
from app.domain.names import KIND_FIELDS, DeviceKind, check_file_name, check_name, fold
from app.domain.versions import Version

MANIFEST_NAME = "updateInfo.xml"
_SHA256_RE = re.compile(r"^[0-9A-Fa-f]{64}\Z")


@dataclass(frozen=True)
class ManifestFile:
    name: str
    sha256: str | None  # lower-case hex when given


@dataclass(frozen=True)
class ManifestUpdate:
    kind: DeviceKind
    update_type: str
    version: Version
    files: tuple[ManifestFile, ...]

    @property
    def key(self) -> tuple[str, str]:
        return (self.kind.key, fold(self.update_type))

    def describe(self) -> str:
        return f"{self.kind} {self.update_type} {self.version}"


@dataclass(frozen=True)
class Manifest:
    pack_version: str | None
    updates: tuple[ManifestUpdate, ...]


def parse_manifest(text: bytes) -> Manifest:
    """Parse the manifest, refusing DTDs, entities and every rule docs/protocol.md §3 sets."""
    root = _parse_xml(text)
    if root.tag != "Updates":
        raise _error(Text("the root element is <{tag}>, expected <Updates>", tag=root.tag))
    elements = root.findall("./Updates/Update")
    if not elements:
        raise _error(Text("it lists no updates (expected <Updates><Updates><Update .../>)"))
    updates = tuple(_update(e, n) for n, e in enumerate(elements, start=1))
    _check_unique(updates)
    return Manifest(root.get("Version"), updates)


def _parse_xml(text: bytes) -> Element:
    try:
        return SafeET.fromstring(text, forbid_dtd=True, forbid_entities=True,
                                 forbid_external=True)
    except DefusedXmlException:
        raise _error(Text("it contains a DTD or entity declarations, which are not "
                          "allowed")) from None
    except ParseError as exc:
        raise _error(Text("it is not well-formed XML ({reason})", reason=str(exc))) from None


def _error(problem: Text) -> PackageError:
    return PackageError("{manifest}: {problem}", manifest=MANIFEST_NAME, problem=problem)


def _update(element: Element, number: int) -> ManifestUpdate:
    where = Text("update #{number}", number=number)
    try:
        values = [_required(element, f) for f in (*KIND_FIELDS, "UpdateType", "Version")]
        kind = DeviceKind.checked(*values[:5])
        update_type = check_name("UpdateType", values[5])
        version = Version.parse(values[6])
        files = tuple(_file(f) for f in element.findall("File"))
    except InvalidValueError as exc:
        raise _error(Text("{where}: {problem}", where=where, problem=exc)) from None
    if not files:
        raise _error(Text("{where} ({kind} {update_type}) lists no <File> elements",
                          where=where, kind=str(kind), update_type=update_type))
    _check_unique_files(where, files)
    return ManifestUpdate(kind, update_type, version, files)


def _required(element: Element, attribute: str) -> str:
    value = element.get(attribute)
    if value is None:
        raise InvalidValueError("the {attribute} attribute is missing", attribute=attribute)
    return value


def _file(element: Element) -> ManifestFile:
    name = check_file_name(_required(element, "Name"))
    digest = element.get("Sha256")
    if digest is not None and not _SHA256_RE.match(digest):
        raise InvalidValueError("file {name}: Sha256 must be 64 hex digits", name=name)
    return ManifestFile(name, digest.lower() if digest else None)


def _check_unique_files(where: Text, files: tuple[ManifestFile, ...]) -> None:
    seen: set[str] = set()
    for f in files:
        if fold(f.name) in seen:
            raise _error(Text("{where} lists the file {name} twice", where=where, name=f.name))
        seen.add(fold(f.name))


def _check_unique(updates: tuple[ManifestUpdate, ...]) -> None:
    seen: dict[tuple[str, str], ManifestUpdate] = {}
    for update in updates:
        if update.key in seen:
            raise _error(Text("two updates name the same device kind and update type: "
                              "{first} and {second}", first=seen[update.key].describe(),
                              second=update.describe()))
        seen[update.key] = update
