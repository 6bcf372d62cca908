"""Device log uploads (docs/protocol.md §6.3): checked, size-limited, never overwriting."""

from __future__ import annotations

import errno
import os
from pathlib import Path

from app.data_folder import DataFolder
from app.domain.errors import InvalidValueError
from app.domain.names import check_file_name, fold
from app.domain.settings import ServiceSettings
from app.web.protocol import ProtocolError, render_log_stored

_BLOCK = 64 * 1024
_NEW_FILE = os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_BINARY", 0)


def store(environ: dict, path: str, settings: ServiceSettings, data_dir: Path):
    """Store one uploaded log; 201 on success."""
    log_type, name = _target(path, settings)
    limit = settings.max_log_upload_size
    declared = _declared_length(environ)
    if declared is not None and declared > limit:
        raise ProtocolError(413, "too-large")
    folder = DataFolder(data_dir).device_logs / log_type
    try:
        folder.mkdir(parents=True, exist_ok=True)
        stored = _write_new(folder, name, environ["wsgi.input"], declared, limit)
    except OSError as exc:
        if exc.errno in (errno.ENOSPC, errno.EDQUOT):  # the phone may try again later
            raise ProtocolError(507, "insufficient-storage") from None
        raise
    body = render_log_stored(stored.name)
    return 201, [("Content-Type", "text/xml; charset=utf-8"),
                 ("Content-Length", str(len(body)))], [body]


def _target(path: str, settings: ServiceSettings) -> tuple[str, str]:
    parts = path.split("/")
    if len(parts) != 2:
        raise ProtocolError(400, "bad-log-path")
    types = {fold(t): t for t in settings.valid_log_file_types}
    if fold(parts[0]) not in types:
        raise ProtocolError(400, "bad-log-type")
    try:
        name = check_file_name(parts[1])
    except InvalidValueError:
        raise ProtocolError(400, "bad-file-name") from None
    extensions = {fold(e) for e in settings.valid_log_file_extensions}
    if fold(Path(name).suffix) not in extensions:
        raise ProtocolError(415, "bad-extension")
    return types[fold(parts[0])], name


def _declared_length(environ: dict) -> int | None:
    text = environ.get("CONTENT_LENGTH")
    if not text:
        return None
    try:
        return int(text)
    except ValueError:
        raise ProtocolError(400, "bad-content-length") from None


def _write_new(folder: Path, name: str, source, declared: int | None, limit: int) -> Path:
    target, handle = _create_exclusive(folder, name)
    try:
        with handle:
            _copy(source, handle, declared, limit)
    except BaseException:
        target.unlink(missing_ok=True)
        raise
    return target


def _create_exclusive(folder: Path, name: str):
    """Open a new file ``name``, or ``stem_1.ext``, ``stem_2.ext``... never an existing one."""
    stem, suffix = Path(name).stem, Path(name).suffix
    for n in range(10_000):
        candidate = folder / (name if n == 0 else f"{stem}_{n}{suffix}")
        try:
            fd = os.open(candidate, _NEW_FILE, 0o640)
        except FileExistsError:
            continue
        return candidate, os.fdopen(fd, "wb")
    raise ProtocolError(409, "too-many-files-of-that-name")


def _copy(source, handle, declared: int | None, limit: int) -> None:
    remaining = declared if declared is not None else limit + 1
    written = 0
    while remaining > 0:
        data = source.read(min(_BLOCK, remaining))
        if not data:
            break
        written += len(data)
        if written > limit:
            raise ProtocolError(413, "too-large")
        handle.write(data)
        remaining -= len(data)
