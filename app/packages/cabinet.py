"""Reading Microsoft cabinet files safely, streaming.

Before anything is decompressed we walk the cabinet's header, folder, file
and data-block tables ourselves, reading only those few bytes from the file:
that is where we can name the exact reason a cabinet is refused
(multi-part, Quantum, an LZX window out of range, truncated...) and enforce
the member-count and size limits, so a small hostile file cannot expand
into gigabytes. Then libarchive (through libarchive-c) checks each data block's
checksum and decompresses the members, stored, MSZIP or LZX, one block at a
time into a caller's sink, while we count every byte against what the tables
declared. Nothing is trusted until the whole cabinet has been read.
See docs/design.md ("Packages") for why libarchive.
"""

from __future__ import annotations

import io
import re
import struct
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import BinaryIO, Protocol

from app.domain.errors import PackageError, Text
from app.packages.decoder import libarchive

_HEADER = struct.Struct("<4sIIIIIBBHHHHH")
_RESERVE = struct.Struct("<HBB")
_FOLDER = struct.Struct("<IHH")
_FILE = struct.Struct("<IIHHHH")
_DATA = struct.Struct("<IHH")
_FLAG_PREV, _FLAG_NEXT, _FLAG_RESERVE = 0x1, 0x2, 0x4
_COMPRESSION = {0: "none", 1: "MSZIP", 2: "Quantum", 3: "LZX"}
_SUPPORTED = {"none", "MSZIP", "LZX"}
_LZX_WINDOWS = range(15, 22)  # window sizes 2^15..2^21, as the format allows
MAX_MEMBERS = 10_000
_NAME_MAX = 254  # the format allows 255; the builder (cabarchive) writes at most 254
_CHECKSUM_ERROR = re.compile(r"Checksum error CFDATA\[(\d+)\]")
_CHUNK = 1024 * 1024  # bytes decompressed per step: bounds memory whatever the size


@dataclass(frozen=True)
class CabMember:
    name: str
    size: int


@dataclass(frozen=True)
class DataBlock:
    at: int  # offset of the CFDATA header
    checksum: int
    packed: int
    unpacked: int
    reserve: int


@dataclass(frozen=True)
class CabinetInfo:
    members: tuple[CabMember, ...]
    compressions: frozenset[str]
    blocks: tuple[DataBlock, ...] = ()

    @property
    def unpacked_size(self) -> int:
        return sum(m.size for m in self.members)


class _Reader:
    """Bounds-checked reads from a seekable file; running off its end means truncated."""

    def __init__(self, source: BinaryIO, size: int, label: str) -> None:
        self.source, self.size, self.label = source, size, label

    def read(self, offset: int, count: int) -> bytes:
        if offset + count > self.size:
            raise _truncated(self.label)
        self.source.seek(offset)
        data = self.source.read(count)
        if len(data) != count:
            raise _truncated(self.label)
        return data

    def unpack(self, fmt: struct.Struct, offset: int) -> tuple:
        return fmt.unpack(self.read(offset, fmt.size))

    def string(self, offset: int, limit: int = 256) -> tuple[bytes, int]:
        self.source.seek(offset)
        chunk = self.source.read(min(limit, max(0, self.size - offset)))
        end = chunk.find(b"\0")
        if end < 0:
            raise _truncated(self.label) if offset + limit > self.size else PackageError(
                "{label}: corrupt cabinet (a name is not terminated)", label=self.label)
        return chunk[:end], offset + end + 1


def _truncated(label: str) -> PackageError:
    return PackageError("{label}: the cabinet is truncated or corrupt (it ends too early)",
                        label=label)


def scan(source: BinaryIO | bytes, label: str, max_size: int) -> CabinetInfo:
    """Check the cabinet's structure and limits without decompressing anything."""
    if isinstance(source, bytes | bytearray):
        source = io.BytesIO(source)
    size = source.seek(0, io.SEEK_END)
    source.seek(0)
    if size < 4 or source.read(4) != b"MSCF":
        raise PackageError("{label}: not a cabinet file (no MSCF signature at its start)",
                           label=label)
    reader = _Reader(source, size, label)
    (_, _, total, _, files_at, _, minor, major, n_folders, n_files, flags, _,
     index) = reader.unpack(_HEADER, 0)
    if (major, minor) != (1, 3):
        raise PackageError("{label}: unsupported or corrupt cabinet header (format version "
                           "{major}.{minor}, expected 1.3)", label=label, major=major, minor=minor)
    if flags & (_FLAG_PREV | _FLAG_NEXT) or index != 0:
        raise PackageError("{label}: multi-part cabinets (spanning several files) are not "
                           "supported; use a single-file package", label=label)
    if total > size:
        raise _truncated(label)
    offset, reserves = _skip_reserve(reader, flags)
    compressions, blocks = _folders(reader, offset, n_folders, reserves)
    if files_at != offset + n_folders * (_FOLDER.size + reserves[0]):
        # libmspack reads the files right after the folders, libarchive where the header
        # points: a cabinet where those differ shows each tool other members
        raise PackageError("{label}: corrupt cabinet (its file table is not where the "
                           "format puts it, after the folder table)", label=label)
    members = _files(reader, files_at, n_files, n_folders)
    expanded = sum(b.unpacked for b in blocks)
    _check_limits(label, max(expanded, sum(m.size for m in members)), max_size)
    return CabinetInfo(tuple(members), frozenset(compressions), tuple(blocks))


def _skip_reserve(reader: _Reader, flags: int) -> tuple[int, tuple[int, int]]:
    """Return where the folder table starts and the per-folder and per-block reserves."""
    offset = _HEADER.size
    if not flags & _FLAG_RESERVE:
        return offset, (0, 0)
    header_reserve, folder_reserve, block_reserve = reader.unpack(_RESERVE, offset)
    return offset + _RESERVE.size + header_reserve, (folder_reserve, block_reserve)


def _folders(reader: _Reader, offset: int, count: int,
             reserves: tuple[int, int]) -> tuple[set[str], list[DataBlock]]:
    """Return the compressions used and every data block's header."""
    if count == 0:
        raise PackageError("{label}: corrupt cabinet (it has no data folders)", label=reader.label)
    found, blocks = set(), []
    for _ in range(count):
        blocks_at, n_blocks, kind = reader.unpack(_FOLDER, offset)
        name = _COMPRESSION.get(kind & 0x000F, f"compression type 0x{kind & 0x000F:x}")
        if name not in _SUPPORTED:
            raise PackageError("{label}: {compression} is not supported; "
                               "repack the cabinet with LZX, MSZIP or no compression",
                               label=reader.label, compression=_compression(kind))
        if name == "LZX" and (kind >> 8) & 0x1F not in _LZX_WINDOWS:
            raise PackageError("{label}: corrupt cabinet (an LZX window of 2^{bits} bytes; "
                               "the format allows 2^15 to 2^21)",
                               label=reader.label, bits=(kind >> 8) & 0x1F)
        found.add(name)
        blocks += _data_blocks(reader, blocks_at, n_blocks, reserves[1])
        offset += _FOLDER.size + reserves[0]
    return found, blocks


def _data_blocks(reader: _Reader, offset: int, count: int, reserve: int) -> list[DataBlock]:
    """Walk a folder's data-block headers: the only honest measure of what it expands to."""
    blocks = []
    for _ in range(count):
        checksum, packed, unpacked = reader.unpack(_DATA, offset)
        blocks.append(DataBlock(offset, checksum, packed, unpacked, reserve))
        offset += _DATA.size + reserve + packed
    if offset > reader.size:
        raise _truncated(reader.label)
    return blocks


def _files(reader: _Reader, offset: int, count: int, n_folders: int) -> list[CabMember]:
    if count == 0:
        raise PackageError("{label}: the cabinet holds no files, so it is not an "
                           "update package", label=reader.label)
    if count > MAX_MEMBERS:
        raise PackageError("{label}: the cabinet has {count} members; at most "
                           "{most} are allowed", label=reader.label, count=count, most=MAX_MEMBERS)
    members = []
    for _ in range(count):
        size, _, folder, _, _, attrs = reader.unpack(_FILE, offset)
        if folder >= 0xFFFD:
            raise PackageError("{label}: a file continues into another cabinet; "
                               "multi-part cabinets are not supported", label=reader.label)
        if folder >= n_folders:
            raise PackageError("{label}: corrupt cabinet (a file names folder "
                               "{folder}, but there are {n_folders})",
                               label=reader.label, folder=folder, n_folders=n_folders)
        raw, offset = reader.string(offset + _FILE.size)
        members.append(CabMember(_decode_name(reader.label, raw, attrs), size))
    return members


def _decode_name(label: str, raw: bytes, attrs: int) -> str:
    if not raw:
        raise PackageError("{label}: corrupt cabinet (a member has an empty name)", label=label)
    if len(raw) > _NAME_MAX:
        raise PackageError("{label}: a member name is longer than {most} bytes",
                           label=label, most=_NAME_MAX)
    try:
        name = raw.decode("utf-8") if attrs & 0x80 else raw.decode("cp1252")
    except UnicodeDecodeError:
        raise PackageError("{label}: corrupt cabinet (a member name is not valid text)",
                           label=label) from None
    if not raw.isascii() and not _is_utf8(raw):
        # cabarchive reads every name as UTF-8: say so instead of "corrupt" later.
        raise PackageError("{label}: member {name!r} has a non-ASCII name in a legacy "
                           "(ANSI) encoding, which cannot be read; rename it or repack the "
                           "cabinet with UTF-8 names", label=label, name=name)
    return name


def _is_utf8(raw: bytes) -> bool:
    try:
        raw.decode("utf-8")
    except UnicodeDecodeError:
        return False
    return True


def _check_limits(label: str, total: int, max_size: int) -> None:
    if total > max_size:
        raise PackageError("{label}: the package would unpack to {total:,} bytes, more than "
                           "the limit of {max_size:,} bytes (MaxPackageUnpackedSize)",
                           label=label, total=total, max_size=max_size)


def _compression(kind: int) -> Text:
    """An unsupported compression as the refusal names it."""
    code = kind & 0x000F
    if code in _COMPRESSION:
        return Text("{method} compression", method=_COMPRESSION[code])
    return Text("compression type 0x{code:x}", code=code)


class MemberSink(Protocol):
    """Where one member's bytes go while it is decompressed."""

    def write(self, data: bytes) -> object: ...


Progress = Callable[[int, str], None]  # (bytes decompressed so far, member name)


def opener_for(source: Path | bytes) -> Callable:
    """How libarchive reads *source*: the file at a path, or bytes in memory."""
    module = libarchive()
    if isinstance(source, bytes | bytearray):
        return lambda: module.memory_reader(bytes(source), format_name="cab")
    return lambda: module.file_reader(str(source), format_name="cab", block_size=_CHUNK)


def stream_members(source: Path | bytes, label: str, info: CabinetInfo,
                   sink_for: Callable[[int, CabMember], MemberSink | None],
                   progress: Progress | None = None) -> None:
    """Decompress the members in cabinet order into ``sink_for(index, member)``.

    Call only after :func:`scan` accepted the cabinet. libarchive checks each
    data block's checksum once the block is read (blocks with checksum 0 are
    not checked, as the format says); an LZX decoder may stop at a damaged
    block first. Either way the caller must trust nothing a sink received
    until this returns. A member whose sink is None is decompressed and
    dropped. Each member must give exactly the size its table entry declared.
    """
    done = 0
    reader = opener_for(source)
    with _decoder_errors(label), reader() as archive:
        entries = iter(archive)
        for index, member in enumerate(info.members):
            entry = next(entries, None)
            if entry is None:
                raise _corrupt_count(label, info, index)
            sink = sink_for(index, member)
            written = 0
            for chunk in _chunks(entry):
                written += len(chunk)
                if written > member.size:
                    raise PackageError("{label}: the cabinet is corrupt ({name} holds more "
                                       "than the {size:,} bytes its table declares)",
                                       label=label, name=member.name, size=member.size)
                if sink is not None:
                    sink.write(chunk)
                done += len(chunk)
                if progress:
                    progress(done, member.name)
            if written != member.size:
                raise PackageError("{label}: the cabinet is corrupt ({name} ends after "
                                   "{written:,} of its {size:,} bytes)", label=label,
                                   name=member.name, written=written, size=member.size)
        if next(entries, None) is not None:
            raise _corrupt_count(label, info, len(info.members) + 1)


def _chunks(entry) -> Iterator[bytes]:
    yield from entry.get_blocks(block_size=_CHUNK)


def _corrupt_count(label: str, info: CabinetInfo, read: int) -> PackageError:
    return PackageError("{label}: the cabinet is corrupt (its file table names "
                        "{listed} members, {read} could be read)",
                        label=label, listed=len(info.members), read=read)


@contextmanager
def _decoder_errors(label: str) -> Iterator[None]:
    """libarchive's complaints about the data, in the refusal's words."""
    try:
        yield
    except libarchive().exception.ArchiveError as exc:
        detail = (getattr(exc, "msg", None) or str(exc)).split(" (errno=")[0]
        checksum = _CHECKSUM_ERROR.match(detail)
        if checksum:  # libarchive counts blocks from 0
            raise PackageError("{label}: the cabinet is corrupt (data block {number} fails "
                               "its checksum)", label=label,
                               number=int(checksum.group(1)) + 1) from None
        raise PackageError("{label}: the cabinet is corrupt ({detail})",
                           label=label, detail=detail) from None
