"""Reading Microsoft cabinet files safely.

``cabarchive`` does the decompression. Before handing it any bytes we walk
the cabinet's header, folder and file tables ourselves: that is where we can
name the exact reason a cabinet is refused (multi-part, LZX, Quantum,
truncated...) and enforce the member-count and size limits *before*
anything is decompressed, so a small hostile file cannot expand into
gigabytes.
"""

from __future__ import annotations

import struct
from dataclasses import dataclass

import cabarchive

from app.domain.errors import PackageError, Text

_HEADER = struct.Struct("<4sIIIIIBBHHHHH")
_RESERVE = struct.Struct("<HBB")
_FOLDER = struct.Struct("<IHH")
_FILE = struct.Struct("<IIHHHH")
_DATA = struct.Struct("<IHH")
_FLAG_PREV, _FLAG_NEXT, _FLAG_RESERVE = 0x1, 0x2, 0x4
_COMPRESSION = {0: "none", 1: "MSZIP", 2: "Quantum", 3: "LZX"}
_SUPPORTED = {"none", "MSZIP"}
MAX_MEMBERS = 10_000
_NAME_MAX = 254  # the format allows 255 bytes, but cabarchive reads at most 254


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
    """Bounds-checked reads; running off the end means the cabinet is truncated."""

    def __init__(self, data: bytes, label: str) -> None:
        self.data, self.label = data, label

    def unpack(self, fmt: struct.Struct, offset: int) -> tuple:
        if offset + fmt.size > len(self.data):
            raise _truncated(self.label)
        return fmt.unpack_from(self.data, offset)

    def string(self, offset: int, limit: int = 256) -> tuple[bytes, int]:
        end = self.data.find(b"\0", offset, offset + limit)
        if end < 0:
            raise _truncated(self.label) if offset + limit > len(self.data) else PackageError(
                "{label}: corrupt cabinet (a name is not terminated)", label=self.label)
        return self.data[offset:end], end + 1


def _truncated(label: str) -> PackageError:
    return PackageError("{label}: the cabinet is truncated or corrupt (it ends too early)",
                        label=label)


def scan(data: bytes, label: str, max_size: int) -> CabinetInfo:
    """Check the cabinet's structure and limits without decompressing anything."""
    if len(data) < 4 or data[:4] != b"MSCF":
        raise PackageError("{label}: not a cabinet file (no MSCF signature at its start)",
                           label=label)
    reader = _Reader(data, label)
    (_, _, total, _, files_at, _, minor, major, n_folders, n_files, flags, _,
     index) = reader.unpack(_HEADER, 0)
    if (major, minor) != (1, 3):
        raise PackageError("{label}: unsupported or corrupt cabinet header (format version "
                           "{major}.{minor}, expected 1.3)", label=label, major=major, minor=minor)
    if flags & (_FLAG_PREV | _FLAG_NEXT) or index != 0:
        raise PackageError("{label}: multi-part cabinets (spanning several files) are not "
                           "supported; use a single-file package", label=label)
    if total > len(data):
        raise _truncated(label)
    offset, reserves = _skip_reserve(reader, flags)
    compressions, blocks = _folders(reader, offset, n_folders, reserves)
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
                               "repack the cabinet with MSZIP or no compression",
                               label=reader.label, compression=_compression(kind))
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
    if offset > len(reader.data):
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


def extract(data: bytes | bytearray, label: str, info: CabinetInfo) -> dict[str, bytes]:
    """Decompress every member; call only after :func:`scan` accepted *data*.

    The data-block checksums are verified here (fast, see :func:`block_checksum`)
    and then zeroed, which tells cabarchive to skip its own pure-Python check:
    that took 70 % of an import. A bytearray passed in is changed in place.
    """
    buffer = data if isinstance(data, bytearray) else bytearray(data)
    for number, block in enumerate(info.blocks, start=1):
        if block.checksum and block_checksum(buffer, block) != block.checksum:
            raise PackageError("{label}: the cabinet is corrupt (data block {number} fails "
                               "its checksum)", label=label, number=number)
        buffer[block.at:block.at + 4] = b"\0\0\0\0"
    try:
        archive = cabarchive.CabArchive(buffer)
    except cabarchive.NotSupportedError as exc:
        raise PackageError("{label}: unsupported cabinet ({reason})",
                           label=label, reason=str(exc)) from None
    except Exception as exc:  # noqa: BLE001 - the parser fails in many ways on bad input
        detail = str(exc) or type(exc).__name__
        raise PackageError("{label}: the cabinet is corrupt ({detail})",
                           label=label, detail=detail) from None
    members = {name: bytes(member.buf or b"") for name, member in archive.items()}
    if len(members) != len(info.members):
        raise PackageError("{label}: the cabinet is corrupt (its file table names "
                           "{listed} members, {read} could be read)",
                           label=label, listed=len(info.members), read=len(members))
    return members


def block_checksum(buffer: bytes | bytearray, block: DataBlock) -> int:
    """The MS-CAB checksum of one data block (its data, then its two size fields)."""
    start = block.at + _DATA.size + block.reserve
    value = _xor_words(memoryview(buffer)[start:start + block.packed], 0)
    return _xor_words(struct.pack("<HH", block.packed, block.unpacked), value)


def _xor_words(data, seed: int) -> int:
    """XOR of the little-endian 32-bit words, plus the format's odd tail rule.

    Folding one big integer in halves at 32-bit boundaries gives the XOR of
    all its words with a handful of C-speed operations instead of a Python
    loop over every word.
    """
    whole = len(data) // 4 * 4
    value, bits = int.from_bytes(data[:whole], "little"), whole * 8
    while bits > 32:
        half = (bits // 64 + (bits % 64 > 0)) * 32
        value = (value >> half) ^ (value & ((1 << half) - 1))
        bits = half
    tail = bytes(data[whole:])
    if len(tail) == 3:
        value ^= (tail[0] << 16) | (tail[1] << 8) | tail[2]
    elif len(tail) == 2:
        value ^= (tail[0] << 8) | tail[1]
    elif len(tail) == 1:
        value ^= tail[0]
    return value ^ seed
