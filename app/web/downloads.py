"""Serving update files (docs/protocol.md §6.2): only referenced versions, streamed, with ranges."""

from __future__ import annotations

import logging
import os
import re
from email.utils import formatdate, parsedate_to_datetime
from pathlib import Path

from app.domain.errors import InvalidValueError
from app.domain.names import DeviceKind, check_file_name, check_name, fold
from app.domain.versions import Version
from app.store.catalog import Catalog
from app.web.protocol import ProtocolError

log = logging.getLogger("ucupdates.web")
_RANGE_RE = re.compile(r"^bytes=(\d*)-(\d*)$", re.IGNORECASE)  # units are case-insensitive


def serve(environ: dict, path: str, catalog: Catalog, store_root: Path):
    """Answer GET or HEAD for one file path below the files prefix."""
    method = environ.get("REQUEST_METHOD", "GET").upper()
    if method not in ("GET", "HEAD"):
        raise ProtocolError(405, "method-not-allowed", [("Allow", "GET, HEAD")])
    stored = _lookup(path, catalog)
    file_path = store_root / stored.rel_dir / stored.name
    try:
        handle = open(file_path, "rb")  # noqa: SIM115 - handed to the server, which closes it
    except OSError:
        log.error("referenced file missing from the store: %s", file_path)
        raise ProtocolError(404, "not-found") from None
    try:
        return _respond(environ, method, handle, stored)
    except BaseException:
        handle.close()
        raise


def _lookup(path: str, catalog: Catalog):
    parts = path.split("/")
    if len(parts) != 8:
        raise ProtocolError(404, "not-found")
    try:
        kind = DeviceKind.checked(*parts[:5])
        version = Version.parse(parts[5])  # the version before the update type, as Lync's
        update_type = check_name("UpdateType", parts[6])
        name = check_file_name(parts[7])
    except InvalidValueError:
        raise ProtocolError(404, "not-found") from None
    rule = catalog.rule(kind.key, update_type)
    if rule is None or version not in rule.referenced_versions():
        raise ProtocolError(404, "not-found")
    for stored in catalog.files_of(kind.key, update_type, str(version)):
        if fold(stored.name) == fold(name):
            return stored
    raise ProtocolError(404, "not-found")


def _respond(environ: dict, method: str, handle, stored):
    size, etag = stored.size, f'"{stored.sha256}"'
    modified = int(os.fstat(handle.fileno()).st_mtime)
    headers = [("Content-Type", "application/octet-stream"), ("ETag", etag),
               ("Last-Modified", formatdate(modified, usegmt=True)), ("Accept-Ranges", "bytes")]
    verdict = _preconditions(environ, etag, modified)
    if verdict is not None:
        handle.close()
        if verdict == 412:
            raise ProtocolError(412, "precondition-failed")
        return 304, headers, []
    span = _range(environ, etag, size)
    status, start, length = (200, 0, size) if span is None else (206, *span)
    if status == 206:
        headers.append(("Content-Range", f"bytes {start}-{start + length - 1}/{size}"))
    headers.append(("Content-Length", str(length)))
    if method == "HEAD":
        handle.close()
        return status, headers, []
    handle.seek(start)
    wrapper = environ.get("wsgi.file_wrapper")
    # waitress's file wrapper sends exactly Content-Length bytes from the current position
    body = wrapper(handle, 256 * 1024) if wrapper else _chunks(handle, length)
    return status, headers, body


def _preconditions(environ: dict, etag: str, modified: int) -> int | None:
    """412 or 304 when the conditional headers say so, in RFC 9110 §13.2.2's order."""
    if_match = environ.get("HTTP_IF_MATCH")
    unmodified_since = _http_date(environ.get("HTTP_IF_UNMODIFIED_SINCE"))
    if if_match is not None:
        if not _listed(if_match, etag, weak=False):
            return 412
    elif unmodified_since is not None and modified > unmodified_since:
        return 412
    if_none_match = environ.get("HTTP_IF_NONE_MATCH")
    if if_none_match is not None:
        return 304 if _listed(if_none_match, etag, weak=True) else None
    modified_since = _http_date(environ.get("HTTP_IF_MODIFIED_SINCE"))
    if modified_since is not None and modified <= modified_since:
        return 304
    return None


def _listed(header: str, etag: str, weak: bool) -> bool:
    """Whether *etag* is among the header's tags (``*`` is any); *weak* ignores ``W/``."""
    for tag in (t.strip() for t in header.split(",")):
        if tag == "*":
            return True
        if tag.startswith("W/"):
            if not weak:
                continue  # a weak tag never matches strongly (If-Match)
            tag = tag[2:]
        if tag == etag:
            return True
    return False


def _http_date(header: str | None) -> int | None:
    """POSIX seconds of an HTTP date; None when absent or unreadable (then it is ignored)."""
    if not header:
        return None
    try:
        return int(parsedate_to_datetime(header).timestamp())
    except (TypeError, ValueError, IndexError, OverflowError):
        return None


def _range(environ: dict, etag: str, size: int) -> tuple[int, int] | None:
    """(start, length) for a single satisfiable range; None to send the whole file."""
    header = environ.get("HTTP_RANGE")
    if not header:
        return None
    if_range = environ.get("HTTP_IF_RANGE")
    if if_range and if_range.strip() != etag:
        return None  # the file changed since the client's partial copy
    match = _RANGE_RE.match(header.strip().replace(" ", ""))
    if not match or match.group(1) == match.group(2) == "":
        return None  # several ranges or a form we do not serve: the whole file is valid
    first, last = match.groups()
    if first == "":
        start = max(0, size - int(last))
        end = size - 1
    else:
        start, end = int(first), min(int(last) if last else size - 1, size - 1)
    if start >= size or start > end:
        raise ProtocolError(416, "range-not-satisfiable",
                            [("Content-Range", f"bytes */{size}")])
    return start, end - start + 1


def _chunks(handle, length: int, block: int = 256 * 1024):
    with handle:
        while length > 0:
            data = handle.read(min(block, length))
            if not data:
                return
            length -= len(data)
            yield data
