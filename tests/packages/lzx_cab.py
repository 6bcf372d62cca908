"""Write LZX cabinets for tests and benchmarks: no tool on Linux writes them.

Microsoft's makecab writes LZX; gcab, lcab and cabarchive write only MSZIP or
stored folders. This writer emits a valid LZX stream made of LZX
*uncompressed* blocks (block type 3), one per 32 KiB frame, and, with
``verbatim=True``, verbatim blocks (type 1) whose Huffman trees code every
byte as a literal with 8-bit codes. Both are block types every LZX decoder
must read, and the cabinet checksums are real, so `cabextract` (libmspack)
and `bsdtar` (libarchive) can be asked whether they get the same bytes back.

The bit stream follows the LZX format as libmspack documents it: 16-bit
little-endian words, bits taken from the top; a frame of 32,768 bytes per
CFDATA block; the stream re-aligned to 16 bits after each frame.
"""

from __future__ import annotations

import struct

FRAME = 32768


def cab_checksum(data: bytes, seed: int = 0) -> int:
    """The cabinet checksum: XOR of the little-endian 32-bit words, plus the odd tail.

    Folding one big integer in halves at 32-bit boundaries gives the XOR of all
    its words with a few C-speed operations (tests/packages/test_checksum.py
    compares it with cabarchive's reference loop).
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


def block_checksum(packed: bytes, unpacked_size: int) -> int:
    """A CFDATA block's checksum: its data, then its two size fields."""
    return cab_checksum(struct.pack("<HH", len(packed), unpacked_size), cab_checksum(packed))
_MAIN_ELEMENTS_BASE = 256  # literals; the match elements follow, 8 per position slot
_POSITION_SLOTS = {15: 30, 16: 32, 17: 34, 18: 36, 19: 38, 20: 42, 21: 50}


class BitWriter:
    """LZX's bit order: 16-bit little-endian words, most significant bit first."""

    def __init__(self) -> None:
        self.out = bytearray()
        self.acc = 0
        self.bits = 0

    def write(self, value: int, count: int) -> None:
        for shift in range(count - 1, -1, -1):
            self.acc = (self.acc << 1) | ((value >> shift) & 1)
            self.bits += 1
            if self.bits == 16:
                self.out += struct.pack("<H", self.acc)
                self.acc, self.bits = 0, 0

    def write_bytes(self, data: bytes) -> None:
        """Each byte as 8 bits, most significant first, at whatever bit offset we are."""
        count = len(data) * 8 + self.bits
        value = (self.acc << (len(data) * 8)) | int.from_bytes(data, "big")
        whole, self.bits = count // 16, count % 16
        self.acc = value & ((1 << self.bits) - 1)
        words = (value >> self.bits).to_bytes(whole * 2, "big")
        swapped = bytearray(len(words))
        swapped[0::2], swapped[1::2] = words[1::2], words[0::2]  # 16-bit little-endian
        self.out += swapped

    def align(self, at_least_one: bool = False) -> None:
        """Pad to the next 16-bit boundary (a whole word when already there and asked)."""
        if self.bits:
            self.write(0, 16 - self.bits)
        elif at_least_one:
            self.write(0, 16)

    def raw(self, data: bytes) -> None:
        assert self.bits == 0
        self.out += data


def _uncompressed_block(bits: BitWriter, frame: bytes) -> None:
    bits.write(3, 3)  # block type: uncompressed
    bits.write(len(frame), 24)
    bits.align(at_least_one=True)  # decoders read 1-16 bits here, never 0
    bits.raw(struct.pack("<III", 1, 1, 1))  # R0, R1, R2
    bits.raw(frame)
    if len(frame) & 1:
        bits.raw(b"\0")


def _pretree_symbol(bits: BitWriter, symbol: int) -> None:
    """The pre-tree is a complete code: symbols 0-11 get 4 bits, 12-19 get 5."""
    if symbol < 12:
        bits.write(symbol, 4)
    else:
        bits.write(0b11000 + symbol - 12, 5)


def _tree_segment(bits: BitWriter, previous: list[int], lengths: list[int]) -> None:
    """One segment of code lengths: its pre-tree, then each length as a delta.

    LZX codes a length as (previous - new) mod 17, the previous being the same
    element's length in the block before (0 at the start of the stream).
    """
    for symbol in range(20):
        bits.write(4 if symbol < 12 else 5, 4)
    for before, length in zip(previous, lengths, strict=True):
        _pretree_symbol(bits, (before - length) % 17)


class _Trees:
    """Code lengths carried from one verbatim block to the next, as decoders keep them."""

    def __init__(self, window_bits: int) -> None:
        main_size = _MAIN_ELEMENTS_BASE + _POSITION_SLOTS[window_bits] * 8
        self.main = [0] * main_size
        self.length = [0] * 249

    def write(self, bits: BitWriter) -> None:
        main = [8] * 256 + [0] * (len(self.main) - 256)  # every literal 8 bits: complete
        length = [1, 1] + [0] * 247  # unused, but complete: some decoders insist
        _tree_segment(bits, self.main[:256], main[:256])
        _tree_segment(bits, self.main[256:], main[256:])
        _tree_segment(bits, self.length, length)
        self.main, self.length = main, length


def _verbatim_block(bits: BitWriter, frame: bytes, trees: _Trees) -> None:
    bits.write(1, 3)  # block type: verbatim
    bits.write(len(frame), 24)
    trees.write(bits)
    bits.write_bytes(frame)  # the canonical code of literal b, all lengths 8, is b


def lzx_frames(data: bytes, window_bits: int = 16, verbatim: bool = False) -> list[bytes]:
    """The compressed bytes of each 32 KiB frame of *data*, as CFDATA blocks hold them."""
    frames, trees = [], _Trees(window_bits)
    for number, start in enumerate(range(0, len(data), FRAME)):
        frame = data[start:start + FRAME]
        bits = BitWriter()
        if number == 0:
            bits.write(0, 1)  # no Intel E8 translation
        if verbatim:
            _verbatim_block(bits, frame, trees)
        else:
            _uncompressed_block(bits, frame)
        bits.align()
        frames.append(bytes(bits.out))
    return frames


def lzx_cabinet(members: dict[str, bytes], window_bits: int = 16,
                verbatim: bool = False) -> bytes:
    """A single-folder LZX cabinet of *members* (name -> data), with real checksums."""
    if not 15 <= window_bits <= 21:
        raise ValueError("LZX windows are 15..21 bits")
    names = [name.replace("/", "\\").encode("utf-8") for name in members]
    stream = b"".join(members.values())
    frames = lzx_frames(stream, window_bits, verbatim)
    files_at = 36 + 8
    file_table = bytearray()
    offset = 0
    for name, data in zip(names, members.values(), strict=True):
        attrs = 0x80 if not name.isascii() else 0
        file_table += struct.pack("<IIHHHH", len(data), offset, 0, 0x5821, 0, attrs) + name + b"\0"
        offset += len(data)
    data_at = files_at + len(file_table)
    blocks = bytearray()
    for number, packed in enumerate(frames):
        unpacked = min(FRAME, len(stream) - number * FRAME)
        blocks += struct.pack("<IHH", block_checksum(packed, unpacked), len(packed), unpacked)
        blocks += packed
    total = data_at + len(blocks)
    header = struct.pack("<4sIIIIIBBHHHHH", b"MSCF", 0, total, 0, files_at, 0, 3, 1, 1,
                         len(members), 0, 0x1234, 0)
    folder = struct.pack("<IHH", data_at, len(frames), 3 | (window_bits << 8))
    return bytes(header + folder + file_table + blocks)
