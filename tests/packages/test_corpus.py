"""libmspack's hostile and unusual cabinets: each refused, for the right reason, quickly.

None of these files is an update package. What matters is *how* each is
refused (see the corpus README): a PackageError naming the file and the
cause, never a crash or a hang, and a data folder left exactly as it was.
"""

from __future__ import annotations

import re
import shutil
import signal
import subprocess
import time
from contextlib import contextmanager

import pytest
from helpers import CORPUS, snapshot

from app.domain.errors import PackageError
from app.packages import cabinet

FOLDER = CORPUS / "libmspack"
if not FOLDER.is_dir():
    pytest.skip(f"the libmspack cabinet corpus is not at {FOLDER}", allow_module_level=True)

PER_FILE_SECONDS = 2.0

# What an administrator is told, by category; each message must match its own and no other.
CATEGORIES = {
    "corrupt": r"\b(corrupt|truncated)\b",
    "Quantum": r"\bQuantum compression is not supported",
    "other compression": r"\bcompression type 0x[0-9a-f]+ is not supported",
    "multi-part": r"\bmulti-part cabinets\b.*\bnot supported",
    "not a cabinet": r"\bnot a cabinet file\b",
    "not a package": r"\bnot an update package\b",
    "name too long": r"\bmember name is longer than 254 bytes",
}

EXPECTED = {
    # Damaged folder and file tables.
    "bad_folderindex.cab": "corrupt",  # a file names a folder that does not exist
    "bad_nofiles.cab": "not a package",  # a well-formed cabinet with no files at all
    "bad_nofolders.cab": "corrupt",
    "bad_signature.cab": "not a cabinet",
    # Inputs that crashed or hung other decoders.
    # No updateInfo.xml in the file table: refused before anything is decompressed (the
    # decoder still meets every one of them in test_the_decoder_survives_the_corpus).
    "cve-2010-2800-mszip-infinite-loop.cab": "not a package",
    "cve-2014-9556-qtm-infinite-loop.cab": "Quantum",
    "cve-2014-9732-folders-segfault.cab": "other compression",  # compression field 0xf
    "cve-2015-4470-mszip-over-read.cab": "corrupt",  # header claims format 129.3
    "cve-2015-4471-lzx-under-read.cab": "corrupt",  # claims 220 bytes, holds 152
    "cve-2017-11423-fname-overread.cab": "corrupt",  # a name runs off the file table
    "cve-2018-18584-qtm-max-size-block.cab": "Quantum",
    "filename-read-violation-1.cab": "corrupt",  # empty member name
    "filename-read-violation-2.cab": "multi-part",  # cabinet #1242 of a set
    "filename-read-violation-3.cab": "multi-part",  # cabinet #32768 of a set
    "filename-read-violation-4.cab": "corrupt",
    "hidden-file-bad-folderid.cab": "corrupt",
    "hidden-file-beyond-eof.cab": "corrupt",
    "hidden-files.cab": "corrupt",  # tools disagree on where its file table is
    "lzx-main-tree-no-lengths.cab": "not a package",
    "lzx-premature-matches.cab": "not a package",
    # Well-formed cabinets.
    "mszip_lzx_qtm.cab": "Quantum",  # folders MSZIP, LZX, Quantum: Quantum is refused
    "multi_basic_pt1.cab": "multi-part",
    "multi_basic_pt2.cab": "multi-part",
    "multi_basic_pt3.cab": "multi-part",
    "multi_basic_pt4.cab": "multi-part",
    "multi_basic_pt5.cab": "multi-part",
    # Valid per the format (255 bytes), but cabarchive reads at most 254: refused by name.
    "normal_255c_filename.cab": "name too long",
    "normal_2files_1folder.cab": "not a package",
    "normal_2files_2folders.cab": "not a package",  # folder 1 MSZIP, folder 2 LZX
    # Cut short in the header, folder or file tables, or the data.
    "partial_nodata.cab": "corrupt",
    "partial_nofiles.cab": "corrupt",
    "partial_nofolder.cab": "corrupt",
    "partial_shortextheader.cab": "corrupt",
    "partial_shortfile1.cab": "corrupt",
    "partial_shortfile2.cab": "corrupt",
    "partial_shortfolder.cab": "corrupt",
    "partial_shortheader.cab": "corrupt",
    # Cut short inside the previous/next cabinet names: their header flags already say
    # the cabinet spans several files, which is refused before those names are read.
    "partial_str_nofname.cab": "multi-part",
    "partial_str_noninfo.cab": "multi-part",
    "partial_str_nonname.cab": "multi-part",
    "partial_str_nopinfo.cab": "multi-part",
    "partial_str_nopname.cab": "multi-part",
    "partial_str_shortfname.cab": "multi-part",
    "partial_str_shortninfo.cab": "multi-part",
    "partial_str_shortnname.cab": "multi-part",
    "partial_str_shortpinfo.cab": "multi-part",
    "partial_str_shortpname.cab": "multi-part",
    # Reserved areas in the header, folders and data blocks: readable, but no manifest.
    "reserve_---.cab": "not a package",
    "reserve_--D.cab": "not a package",
    "reserve_-F-.cab": "not a package",
    "reserve_-FD.cab": "not a package",
    "reserve_H--.cab": "not a package",
    "reserve_H-D.cab": "not a package",
    "reserve_HF-.cab": "not a package",
    "reserve_HFD.cab": "not a package",
    # A cabinet only somewhere inside the file. search_tricky1 starts with "MSCF" followed
    # by a second, real header: what is at its start is a corrupt header.
    "search_basic.cab": "not a cabinet",
    "search_tricky1.cab": "corrupt",
}


class Hung(BaseException):
    """Not an Exception: no ``except Exception`` in the code under test may swallow it."""


@contextmanager
def deadline(seconds: float):
    """Turn a hang into a failure where the platform allows (SIGALRM)."""
    if not hasattr(signal, "setitimer"):
        yield
        return

    def fire(*_):
        raise Hung(f"still running after {seconds} s")

    previous = signal.signal(signal.SIGALRM, fire)
    signal.setitimer(signal.ITIMER_REAL, seconds)
    try:
        yield
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous)


def refusal(services, path) -> str:
    with pytest.raises(PackageError) as caught:
        services.import_package(services.read_package(path))
    return str(caught.value)


def categories_of(message: str) -> list[str]:
    return [name for name, pattern in CATEGORIES.items() if re.search(pattern, message)]


def test_the_table_covers_the_whole_corpus():
    assert sorted(p.name for p in FOLDER.iterdir() if p.is_file()) == sorted(EXPECTED)


@pytest.fixture
def stocked(services, sample_cab):
    services.import_package(services.read_package(sample_cab()))
    assert services.rules()
    return services


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_corpus_file_is_refused_by_name(stocked, data_dir, name):
    before = snapshot(data_dir)
    started = time.monotonic()
    with deadline(PER_FILE_SECONDS * 2):
        message = refusal(stocked, FOLDER / name)
    assert time.monotonic() - started < PER_FILE_SECONDS
    assert message.startswith(f"{name}: ")
    assert categories_of(message) == [EXPECTED[name]], message
    assert snapshot(data_dir) == before


def test_whole_corpus_is_refused_quickly(services):
    started = time.monotonic()
    with deadline(10):
        for name in EXPECTED:
            refusal(services, FOLDER / name)
    assert time.monotonic() - started < 3


def _decode_all(path) -> dict[str, bytes]:
    """Every member as the import's decoder gives it, once the tables were accepted."""
    info = cabinet.scan(path.read_bytes(), path.name, 10**9)
    found: dict[str, bytes] = {}

    class Collect:
        def __init__(self, name):
            self.name = name
            found[name] = b""

        def write(self, data):
            found[self.name] += data
    cabinet.stream_members(path, path.name, info, lambda _i, member: Collect(member.name))
    return found


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_the_decoder_survives_the_corpus(name, tmp_path):
    """The streaming decoder (libarchive) meets every hostile file, manifest or not: a
    refusal by name or the same bytes as cabextract, never a crash or a hang."""
    path = FOLDER / name
    with deadline(PER_FILE_SECONDS * 2):
        try:
            members = _decode_all(path)
        except PackageError as exc:
            assert categories_of(str(exc)), str(exc)
            return
    if shutil.which("cabextract"):
        subprocess.run(["cabextract", "-q", "-d", str(tmp_path), str(path)], check=True,
                       capture_output=True)
        for member, data in members.items():
            assert (tmp_path / member.replace("\\", "/")).read_bytes() == data, member
