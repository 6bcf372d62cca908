"""The device protocol's XML (docs/protocol.md §6.1): parsing update requests, writing responses."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from xml.etree.ElementTree import Element, ParseError
from xml.sax.saxutils import escape, quoteattr

import defusedxml.ElementTree as SafeET
from defusedxml import DefusedXmlException

from app.domain.errors import InvalidValueError
from app.domain.names import KIND_FIELDS, DeviceKind, check_name
from app.domain.test_devices import normalize_mac
from app.domain.versions import Version

MAX_CHECK_BODY = 64 * 1024
_USER_RE = re.compile(r"^[^\x00-\x1f\x7f]{1,256}\Z")
_SERIAL_RE = re.compile(r"^[A-Za-z0-9_\-]{1,64}\Z")


class ProtocolError(Exception):
    """A request the server refuses: HTTP status and a short machine reason.

    *seen* is what a refused update check said about the phone (its kind, MAC,
    serial, user), as far as it could be read, so the audit row still says who
    asked."""

    def __init__(self, status: int, reason: str, headers: list[tuple[str, str]] | None = None):
        super().__init__(reason)
        self.status, self.reason, self.headers = status, reason, headers or []
        self.seen: dict[str, str] = {}


@dataclass(frozen=True)
class Module:
    update_type: str
    version: Version


@dataclass(frozen=True)
class UpdateRequest:
    kind: DeviceKind
    mac: str | None
    serial: str | None
    user_id: str | None
    modules: tuple[Module, ...]


@dataclass(frozen=True)
class OfferedFile:
    name: str
    size: int
    sha256: str
    internal_url: str
    external_url: str | None


@dataclass(frozen=True)
class Download:
    update_type: str
    version: Version
    approval: str
    files: tuple[OfferedFile, ...] = field(default=())
    base_url: str = ""  # the update's folder, as Lync phones receive it: each file's URL is
    external_base_url: str | None = None  # that folder plus its name


def parse_update_request(body: bytes) -> UpdateRequest:
    """Parse and validate an update check body; raise ProtocolError(400) on any fault."""
    root = _parse(body)
    if root.tag != "UpdateRequest":
        raise ProtocolError(400, "not-an-update-request")
    try:
        return _update_request(root)
    except ProtocolError as exc:
        exc.seen = _seen(root)
        raise


_SEEN = ("DeviceType", "Brand", "Vendor", "Model", "Revision", "Locale", "MacAddress",
         "SerialNumber", "UserId")
_CONTROL = re.compile(r"[\x00-\x1f\x7f]")


def _seen(root: Element) -> dict[str, str]:
    """The identifying texts of a refused check, cut short and without control characters
    (an audit row is one line whatever a phone sent)."""
    seen = {}
    for tag in _SEEN:
        element = root.find(tag)
        if element is not None and (element.text or "").strip():
            seen[tag] = _CONTROL.sub("?", element.text.strip())[:64]
    return seen


def _update_request(root: Element) -> UpdateRequest:
    values = [_brand(root) if f == "Brand" else _text(root, f, required=True)
              for f in KIND_FIELDS]
    try:
        kind = DeviceKind.checked(*values)
    except InvalidValueError:
        raise ProtocolError(400, "bad-device-kind") from None
    return UpdateRequest(kind, _mac(root), _serial(root), _user(root), _modules(root))


def _parse(body: bytes) -> Element:
    try:
        return SafeET.fromstring(body, forbid_dtd=True, forbid_entities=True,
                                 forbid_external=True)
    except DefusedXmlException:
        raise ProtocolError(400, "dtd-not-allowed") from None
    except (ParseError, ValueError, LookupError):  # LookupError: unknown declared encoding
        raise ProtocolError(400, "malformed-xml") from None


def _text(root: Element, tag: str, required: bool = False) -> str | None:
    element = root.find(tag)
    value = (element.text or "").strip() if element is not None else ""
    if not value:
        if required:
            raise ProtocolError(400, f"missing-{tag}")
        return None
    return value


def _brand(root: Element) -> str:
    """``<Brand>``, or ``<Vendor>`` (Lync's own word); both given must agree (any case)."""
    brand, vendor = _text(root, "Brand"), _text(root, "Vendor")
    if brand and vendor and brand.casefold() != vendor.casefold():
        raise ProtocolError(400, "brand-vendor-mismatch")
    if not (brand or vendor):
        raise ProtocolError(400, "missing-Brand")
    return brand or vendor


def _mac(root: Element) -> str | None:
    value = _text(root, "MacAddress")
    try:
        return normalize_mac(value) if value else None
    except InvalidValueError:
        raise ProtocolError(400, "bad-mac-address") from None


def _serial(root: Element) -> str | None:
    value = _text(root, "SerialNumber")
    if value is not None and not _SERIAL_RE.match(value):
        raise ProtocolError(400, "bad-serial-number")
    return value


def _user(root: Element) -> str | None:
    value = _text(root, "UserId")
    if value is not None and not _USER_RE.match(value):
        raise ProtocolError(400, "bad-user-id")
    return value


def _modules(root: Element) -> tuple[Module, ...]:
    container = root.find("Modules")
    if container is None:
        raise ProtocolError(400, "missing-Modules")
    modules = []
    for element in container.findall("Module"):
        try:
            update_type = check_name("UpdateType", element.get("UpdateType", ""))
        except InvalidValueError:
            raise ProtocolError(400, "bad-update-type") from None
        try:
            modules.append(Module(update_type, Version.parse(element.get("Version", ""))))
        except InvalidValueError:
            raise ProtocolError(400, "bad-version") from None
    if not modules:
        raise ProtocolError(400, "missing-Modules")
    return tuple(modules)


def render_response(downloads: list[Download], poll_hours: int) -> bytes:
    head = f'<UpdateResponse Downloads="{len(downloads)}" PollIntervalHours="{poll_hours}"'
    if not downloads:
        return _document(head + "/>")
    parts = [head + ">"]
    for d in downloads:
        parts.append(f'  <Download UpdateType={quoteattr(d.update_type)} '
                     f'Version="{d.version}" Approval="{d.approval}">')
        parts.append(f"    <BaseURL>{escape(d.base_url)}</BaseURL>")
        if d.external_base_url:
            parts.append(f"    <ExternalBaseURL>{escape(d.external_base_url)}</ExternalBaseURL>")
        parts.extend(_file_xml(f) for f in d.files)
        parts.append("  </Download>")
    parts.append("</UpdateResponse>")
    return _document("\n".join(parts))


def _file_xml(f: OfferedFile) -> str:
    external = f" ExternalUrl={quoteattr(f.external_url)}" if f.external_url else ""
    return (f"    <File Name={quoteattr(f.name)} Size=\"{f.size}\" Sha256=\"{f.sha256}\" "
            f"InternalUrl={quoteattr(f.internal_url)}{external}/>")


def render_error(reason: str) -> bytes:
    return _document(f"<UpdateError Reason={quoteattr(reason)}/>")


def render_log_stored(name: str) -> bytes:
    return _document(f"<LogUpload File={quoteattr(name)}/>")


def _document(body: str) -> bytes:
    return f'<?xml version="1.0" encoding="utf-8"?>\n{body}\n'.encode()
