"""LZX update packages import (docs/protocol.md §3), checked against independent extractors.

The cabinets are written by tests/packages/lzx_cab.py (LZX uncompressed and
verbatim blocks, real checksums); `cabextract` (libmspack) and `bsdtar`
(libarchive's own command) must get the same bytes from every one of them as
the original members, and as the import stores.
"""

from __future__ import annotations

import shutil
import struct
import subprocess
from pathlib import Path

import pytest
from helpers import snapshot
from lzx_cab import lzx_cabinet

from app.domain.errors import PackageError
from app.packages.builder import SAMPLE_KINDS, sample_members
from app.packages.manifest import MANIFEST_NAME
from app.services import RuleFilter

VERSION = "4.0.7577.4366"
CASES = [(15, False), (16, True), (18, False), (21, True)]  # (window bits, verbatim blocks)


def write(tmp_path: Path, members: dict[str, bytes], window: int, verbatim: bool) -> Path:
    path = tmp_path / f"lzx-{window}-{int(verbatim)}.cab"
    path.write_bytes(lzx_cabinet(members, window, verbatim))
    return path


def extracted_by(tool: list[str], cab: Path, into: Path) -> dict[str, bytes]:
    if not shutil.which(tool[0]):
        pytest.skip(f"{tool[0]} is not installed (Debian: cabextract, libarchive-tools); "
                    ".ci/run installs it")
    into.mkdir()
    subprocess.run([*tool, str(cab)] if tool[0] == "cabextract" else [*tool, str(cab), "-C",
                                                                        str(into)],
                   check=True, capture_output=True)
    return {p.relative_to(into).as_posix(): p.read_bytes()
            for p in into.rglob("*") if p.is_file()}


@pytest.mark.parametrize(("window", "verbatim"), CASES)
def test_independent_extractors_agree_on_our_lzx_cabinets(tmp_path, window, verbatim):
    members = sample_members(70_001, VERSION, SAMPLE_KINDS[:2])
    cab = write(tmp_path, members, window, verbatim)
    expected = {name.replace("\\", "/"): data for name, data in members.items()}
    assert extracted_by(["cabextract", "-q", "-d", str(tmp_path / "c")], cab,
                        tmp_path / "c") == expected
    assert extracted_by(["bsdtar", "-xf"], cab, tmp_path / "b") == expected


@pytest.mark.parametrize(("window", "verbatim"), CASES)
def test_an_lzx_package_imports_and_stores_the_same_bytes(services, tmp_path, window,
                                                          verbatim):
    members = sample_members(100_003, VERSION)
    plan = services.import_package(write(tmp_path, members, window, verbatim))
    assert plan.changed == len(SAMPLE_KINDS)
    assert all(str(r.pending) == VERSION for r in services.rules())
    stored = {p.relative_to(services.files.root).as_posix(): p.read_bytes()
              for p in services.files.root.rglob("*") if p.is_file()}
    for name, data in members.items():
        if name == MANIFEST_NAME:
            continue
        *kind, file_name = name.replace("\\", "/").split("/")
        where = "/".join([*kind, VERSION, "CPE", file_name])
        assert stored[where] == data, where


def test_preview_then_import_of_lzx_through_the_cli(cli_run, tmp_path):
    cab = write(tmp_path, sample_members(40_000, VERSION), 21, True)
    preview = cli_run("import", str(cab), "--preview")
    assert preview.returncode == 0 and "Nothing was changed" in preview.stdout
    done = cli_run("import", str(cab))
    assert done.returncode == 0, done.stderr
    assert "4 rules now have a new pending version" in done.stdout


def _first_block_data_at(cab: bytes) -> int:
    folder_blocks_at = struct.unpack_from("<I", cab, 36)[0]
    return folder_blocks_at + 8


@pytest.mark.parametrize(("offset", "named"), [
    (20_000, "data block 1 fails its checksum"),  # a literal: decodes, the checksum catches it
    (300, "the cabinet is corrupt"),  # inside the Huffman trees: the decoder stops first
])
def test_a_flipped_bit_in_lzx_data_is_refused(services, tmp_path, data_dir, offset, named):
    cab = bytearray(lzx_cabinet(sample_members(50_000, VERSION), 16, True))
    cab[_first_block_data_at(bytes(cab)) + offset] ^= 0x10
    path = tmp_path / "flipped.cab"
    path.write_bytes(bytes(cab))
    before = snapshot(data_dir)
    with pytest.raises(PackageError, match=named):
        services.import_package(path)
    assert snapshot(data_dir) == before
    assert list((data_dir / "tmp").iterdir()) == [], "the staging folder is gone"


def test_lzx_data_that_does_not_decode_is_corrupt_not_a_crash(services, tmp_path, data_dir):
    cab = bytearray(lzx_cabinet(sample_members(50_000, VERSION), 16, True))
    at = struct.unpack_from("<I", cab, 36)[0]
    cab[at:at + 4] = b"\0\0\0\0"  # no checksum: the decoder is the only judge
    start = at + 8
    cab[start:start + 64] = b"\xff" * 64  # nonsense trees
    path = tmp_path / "garbled.cab"
    path.write_bytes(bytes(cab))
    before = snapshot(data_dir)
    with pytest.raises(PackageError, match="corrupt|fails its hash|missing"):
        services.import_package(services.read_package(path))
    assert snapshot(data_dir) == before
    assert services.rules(RuleFilter()) == []


def test_a_member_larger_than_its_table_says_is_refused(services, tmp_path):
    members = sample_members(50_000, VERSION, SAMPLE_KINDS[:1])
    cab = bytearray(lzx_cabinet(members, 16))
    files_at = struct.unpack_from("<I", cab, 16)[0]
    first_size = struct.unpack_from("<I", cab, files_at)[0]
    struct.pack_into("<I", cab, files_at, first_size - 10)  # the table now undercounts
    path = tmp_path / "liar.cab"
    path.write_bytes(bytes(cab))
    with pytest.raises(PackageError, match="corrupt"):
        services.read_package(path)


@pytest.fixture
def cli_run(data_dir):
    import os
    import sys

    from helpers import ROOT

    def run(*words):
        return subprocess.run([sys.executable, "-m", "app", "--data-dir", str(data_dir),
                               *words], cwd=ROOT, capture_output=True, text=True,
                              timeout=120, env={**os.environ, "PYTHONPATH": str(ROOT)})
    return run
