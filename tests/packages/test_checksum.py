"""Cabinet checksums: our test writer's equals the format's, and a bad block is named."""

from __future__ import annotations

import os

import pytest
from cabarchive.utils import _checksum_compute
from lzx_cab import cab_checksum

from app.domain.errors import PackageError
from app.packages import cabinet
from app.packages.builder import cabinet_bytes, sample_members
from app.packages.package import parse_package


@pytest.mark.parametrize("size", [*range(0, 12), 31, 32, 33, 4095, 32768, 32769])
@pytest.mark.parametrize("seed", [0, 0x12345678])
def test_writer_checksum_equals_the_reference(size, seed):
    data = os.urandom(size)
    assert cab_checksum(data, seed) == _checksum_compute(data, seed)


def test_a_flipped_byte_in_compressed_data_is_named_as_a_checksum_failure():
    data = bytearray(cabinet_bytes(sample_members(100_000, "4.0.7577.4366")))
    info = cabinet.scan(bytes(data), "x.cab", 10**9)
    block = info.blocks[1]
    data[block.at + 8 + 100] ^= 0x01
    with pytest.raises(PackageError, match="data block 2 fails its checksum"):
        parse_package(bytes(data), "x.cab")
