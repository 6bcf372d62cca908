"""Every refusal of docs/protocol.md §3, on packages generated here, through the import a user runs.

Each bad package is built from a valid one that would *change* the store (a
newer version of the sample), then broken in one way. It is imported into a
store that already holds a package; the refusal must name the cause and leave
the data folder byte-for-byte as it was.
"""

from __future__ import annotations

import hashlib
import os
import re
import struct
from pathlib import Path

import pytest
from filelock import Timeout
from helpers import snapshot

from app import cli
from app.domain.errors import PackageError
from app.packages.builder import cabinet_bytes, sample_members
from app.packages.manifest import MANIFEST_NAME
from app.store import leases

try:
    import fcntl
except ImportError:  # Windows
    fcntl = None

NEW_VERSION = "4.0.7577.5000"  # newer than the stocked sample: importing it changes rules
POLYCOM = "UCPhone/Polycom/CX600/A/ENU"
POLYCOM_UPDATE = re.compile(r'    <Update DeviceType="UCPhone" Brand="Polycom".*?</Update>\n', re.S)

# Where fields sit in a cabinet without reserved areas (the builder writes none).
HEADER_FILE_TABLE, HEADER_FLAGS, HEADER_SET_INDEX = 16, 30, 34
FOLDER_TABLE = 36
FOLDER_COMPRESSION = FOLDER_TABLE + 6
FILE_FOLDER_INDEX = 8  # inside a file-table entry


# -- building and breaking packages ---------------------------------------------


def members() -> dict[str, bytes]:
    return sample_members(256, NEW_VERSION)


def manifest_text() -> str:
    return members()[MANIFEST_NAME].decode("utf-8")


def with_manifest(text: str | bytes) -> bytes:
    data = text.encode("utf-8") if isinstance(text, str) else text
    return cabinet_bytes({**members(), MANIFEST_NAME: data})


def replace_once(text: str, old: str, new: str) -> str:
    assert old in text, old
    return text.replace(old, new, 1)


def patched(data: bytes, fmt: str, offset: int, value: int) -> bytes:
    out = bytearray(data)
    struct.pack_into(fmt, out, offset, value)
    return bytes(out)


def first_data_block(data: bytes) -> int:
    return struct.unpack_from("<I", data, FOLDER_TABLE)[0]


def first_file_entry(data: bytes) -> int:
    return struct.unpack_from("<I", data, HEADER_FILE_TABLE)[0]


def with_literal_member(name: str, encoding: str = "ascii") -> bytes:
    """A cabinet holding a member named exactly *name* in *encoding*, in the file table.

    The builder would turn '/' into '\\' and write UTF-8, so the name is patched in.
    """
    raw = name.encode(encoding)
    placeholder = b"~" * len(raw)
    data = cabinet_bytes({**members(), placeholder.decode(): b"evil"})
    assert data.count(placeholder + b"\0") == 1
    return data.replace(placeholder + b"\0", raw + b"\0")


# -- fixtures -------------------------------------------------------------------------


@pytest.fixture
def stocked(services, sample_cab):
    """The store after a first, valid import: 'unchanged' then means something."""
    services.import_package(services.read_package(sample_cab()))
    assert len(services.rules()) == 4
    return services


@pytest.fixture
def refused(stocked, data_dir: Path, tmp_path: Path):
    """Import *data* as a user would; return the refusal's message after checking nothing moved."""
    def attempt(data: bytes, name: str = "bad.cab") -> str:
        path = tmp_path / name
        path.write_bytes(data)
        before = snapshot(data_dir)
        with pytest.raises(PackageError) as caught:
            stocked.import_package(stocked.read_package(path))
        assert snapshot(data_dir) == before, "a refused import changed the data folder"
        return str(caught.value)
    return attempt


def test_the_unbroken_package_would_change_the_store(stocked, data_dir, tmp_path):
    """The control for every test below: without the damage, the import goes through."""
    path = tmp_path / "good.cab"
    path.write_bytes(cabinet_bytes(members()))
    before = snapshot(data_dir)
    plan = stocked.import_package(stocked.read_package(path))
    assert plan.changed == 4
    assert snapshot(data_dir) != before
    assert {str(r.pending) for r in stocked.rules()} == {NEW_VERSION}


# -- the cabinet ------------------------------------------------------------------------


@pytest.mark.parametrize("data", [
    b"",
    b"PK\x03\x04" + bytes(200),
    b'<?xml version="1.0"?><Updates/>',
    b"JUNK" + cabinet_bytes(sample_members(256)),  # a cabinet, but not at the start
], ids=["empty", "zip", "xml", "cabinet-after-junk"])
def test_not_a_cabinet(refused, data):
    message = refused(data)
    assert message.startswith("bad.cab: ")
    assert "not a cabinet" in message


@pytest.mark.parametrize("keep", [10, 40, 100, 0.5, -1], ids=str)
def test_truncated_cabinet(refused, keep):
    data = cabinet_bytes(members())
    end = int(len(data) * keep) if isinstance(keep, float) else keep % len(data)
    message = refused(data[:end])
    assert message.startswith("bad.cab: ")
    assert "truncated" in message


def test_corrupt_checksum(refused):
    data = cabinet_bytes(members())
    block = first_data_block(data)
    message = refused(patched(data, "<I", block, struct.unpack_from("<I", data, block)[0] ^ 1))
    assert message.startswith("bad.cab: ")
    assert "corrupt" in message and "checksum" in message.lower()


def test_corrupt_compressed_data(refused):
    data = cabinet_bytes(members())
    block = first_data_block(data)
    broken = bytearray(patched(data, "<I", block, 0))  # no checksum: the inflater must notice
    broken[block + 8 + 2] ^= 0xFF
    message = refused(bytes(broken))
    assert message.startswith("bad.cab: ")
    assert "corrupt" in message


def test_corrupt_data_without_a_checksum_is_caught_by_the_hash(refused):
    data = cabinet_bytes(members(), compress=False)
    block = first_data_block(data)
    broken = bytearray(patched(data, "<I", block, 0))
    broken[block + 8 + 100] ^= 0xFF  # inside the first member the folder holds
    message = refused(bytes(broken))
    assert re.search(r"UCPhone/\S+/CPE\.(nbt|cat) fails its hash check", message)


def test_file_naming_a_folder_that_does_not_exist(refused):
    data = cabinet_bytes(members())
    message = refused(patched(data, "<H", first_file_entry(data) + FILE_FOLDER_INDEX, 7))
    assert message.startswith("bad.cab: ")
    assert "corrupt" in message and "folder 7" in message


@pytest.mark.parametrize(("where", "value"), [
    ("flags", 0x1),  # there is a previous cabinet
    ("flags", 0x2),  # there is a next cabinet
    ("flags", 0x3),
    ("index", 1),  # the second cabinet of a set
    ("file", 0xFFFD),  # a file continued from the previous cabinet
    ("file", 0xFFFE),  # ... into the next one
    ("file", 0xFFFF),  # ... both
], ids=["prev", "next", "prev+next", "index1", "from-prev", "to-next", "both"])
def test_multi_part(refused, where, value):
    data = cabinet_bytes(members())
    offset = {"flags": HEADER_FLAGS, "index": HEADER_SET_INDEX,
              "file": first_file_entry(data) + FILE_FOLDER_INDEX}[where]
    message = refused(patched(data, "<H", offset, value))
    assert message.startswith("bad.cab: ")
    assert "multi-part" in message


@pytest.mark.parametrize(("kind", "named"), [
    (0x0002, "Quantum compression"),
    (0x0F02, "Quantum compression"),
    (0x000F, "compression type 0xf"),
])
def test_unsupported_compression_is_named(refused, kind, named):
    message = refused(patched(cabinet_bytes(members()), "<H", FOLDER_COMPRESSION, kind))
    assert message.startswith(f"bad.cab: {named} is not supported")


# -- updateInfo.xml ---------------------------------------------------------------------


@pytest.mark.parametrize("move_to", [None, "sub/updateInfo.xml", "updateInfo.xml.bak"])
def test_manifest_missing(refused, move_to):
    content = {**members()}
    manifest = content.pop(MANIFEST_NAME)
    if move_to:
        content[move_to] = manifest
    message = refused(cabinet_bytes(content))
    assert message.startswith("bad.cab: ")
    assert "not an update package" in message and "updateInfo.xml" in message


@pytest.mark.parametrize("text", [
    manifest_text()[:-20],
    manifest_text().replace("</Update>", "</Updat>", 1),
    b"\xff\xfe\x00garbage",
    b"",
    replace_once(manifest_text(), 'Brand="Polycom"', 'Brand="&nbsp;"'),
], ids=["cut-short", "mismatched-tag", "binary", "empty", "undefined-entity"])
def test_manifest_not_well_formed(refused, text):
    message = refused(with_manifest(text))
    assert message.startswith("updateInfo.xml: ")
    assert "not well-formed" in message


def _with_doctype(doctype: str, brand: str = "Polycom") -> str:
    body = manifest_text().split("?>", 1)[1]
    return ('<?xml version="1.0" encoding="utf-8"?>\n' + doctype
            + replace_once(body, 'Brand="Polycom"', f'Brand="{brand}"'))


BILLION_LAUGHS = "<!DOCTYPE Updates [<!ENTITY a0 \"lol\">" + "".join(
    f'<!ENTITY a{n} "{("&a" + str(n - 1) + ";") * 10}">' for n in range(1, 10)) + "]>"


@pytest.mark.parametrize("text", [
    _with_doctype("<!DOCTYPE Updates>"),
    _with_doctype("<!DOCTYPE Updates [<!ELEMENT Updates ANY>]>"),
    _with_doctype('<!DOCTYPE Updates [<!ENTITY b "Polycom">]>', brand="&b;"),
    _with_doctype(BILLION_LAUGHS, brand="&a9;"),
    _with_doctype('<!DOCTYPE Updates [<!ENTITY x SYSTEM "file:///etc/passwd">]>', brand="&x;"),
    _with_doctype('<!DOCTYPE Updates SYSTEM "http://example.invalid/updates.dtd">'),
    _with_doctype('<!DOCTYPE Updates [<!ENTITY % p SYSTEM "http://example.invalid/p"> %p;]>'),
], ids=["doctype", "internal-subset", "entity", "billion-laughs", "external-entity",
        "external-dtd", "parameter-entity"])
def test_manifest_with_dtd_or_entities(refused, text):
    message = refused(with_manifest(text))
    assert message.startswith("updateInfo.xml: ")
    assert "DTD or entit" in message


NAME_FIELDS = {"DeviceType": "UCPhone", "Brand": "Polycom", "Model": "CX600", "Revision": "A",
               "Locale": "ENU", "UpdateType": "CPE"}
BAD_NAMES = ["Poly/com", "Poly\\com", "Poly*com", "Polycöm", "x" * 65, ".", "..", ""]


@pytest.mark.parametrize("field", NAME_FIELDS)
@pytest.mark.parametrize("bad", BAD_NAMES, ids=["slash", "backslash", "star", "non-ascii",
                                                "65-chars", "dot", "dotdot", "empty"])
def test_name_breaking_the_rules(refused, field, bad):
    text = replace_once(manifest_text(), f'{field}="{NAME_FIELDS[field]}"', f'{field}="{bad}"')
    message = refused(with_manifest(text))
    assert message.startswith("updateInfo.xml: update #1: ")
    assert f"{field} '{bad}' is not valid" in message


def test_name_with_a_trailing_newline(refused):
    text = replace_once(manifest_text(), 'Brand="Polycom"', 'Brand="Polycom&#10;"')
    content = {**members(), MANIFEST_NAME: text.encode()}
    for name in ("CPE.nbt", "CPE.cat"):
        content[f"UCPhone/Polycom\n/CX600/A/ENU/{name}"] = content.pop(f"{POLYCOM}/{name}")
    message = refused(cabinet_bytes(content))
    assert "Brand" in message


def test_missing_attribute(refused):
    message = refused(with_manifest(replace_once(manifest_text(), ' Model="CX600"', "")))
    assert "update #1" in message and "Model attribute is missing" in message


@pytest.mark.parametrize("version", ["4.0.7577.5000.1", "4.0.7577", "70000.0.7577.5000",
                                     "4.0.abc.5000", "-1.0.0.0", ""])
def test_bad_version(refused, version):
    text = replace_once(manifest_text(), f'UpdateType="CPE" Version="{NEW_VERSION}"',
                        f'UpdateType="CPE" Version="{version}"')
    message = refused(with_manifest(text))
    assert message.startswith("updateInfo.xml: update #1: ")
    assert f"'{version}' is not a version" in message


@pytest.mark.parametrize("name", ["sub/CPE.nbt", "sub\\CPE.nbt", "C:CPE.nbt", "y" * 129, ".",
                                  ".."])
def test_file_name_breaking_the_rules(refused, name):
    text = replace_once(manifest_text(), 'Name="CPE.nbt"', f'Name="{name}"')
    message = refused(with_manifest(text))
    assert message.startswith("updateInfo.xml: update #1: ")
    assert f"file name '{name}' is not valid" in message


def test_malformed_sha256(refused):
    message = refused(with_manifest(replace_once(manifest_text(), 'Sha256="', 'Sha256="zz')))
    assert "CPE.nbt" in message and "Sha256" in message


def test_listed_file_missing(refused):
    content = members()
    del content[f"{POLYCOM}/CPE.cat"]
    message = refused(cabinet_bytes(content))
    assert message.startswith("bad.cab: CPE.cat listed for UCPhone Polycom CX600 A ENU CPE ")
    assert f"missing (expected member {POLYCOM}/CPE.cat)" in message


def test_listed_file_fails_its_hash(refused):
    content = members()
    content[f"{POLYCOM}/CPE.nbt"] = b"tampered image"
    message = refused(cabinet_bytes(content))
    assert message.startswith(f"bad.cab: {POLYCOM}/CPE.nbt fails its hash check")


@pytest.mark.parametrize("change", [
    {},
    {'Version="4.0.7577.5000"': 'Version="4.0.7577.5001"'},
    {'Model="CX600"': 'Model="cx600"', 'UpdateType="CPE"': 'UpdateType="cpe"'},
    {'DeviceType="UCPhone"': 'DeviceType="ucphone"', 'Locale="ENU"': 'Locale="enu"'},
], ids=["identical", "other-version", "model-and-type-case", "type-and-locale-case"])
def test_two_updates_for_the_same_kind_and_type(refused, change):
    text = manifest_text()
    update = POLYCOM_UPDATE.search(text).group(0)
    twin = update
    for old, new in change.items():
        twin = replace_once(twin, old, new)
    message = refused(with_manifest(text.replace(update, update + twin)))
    assert message.startswith("updateInfo.xml: two updates name the same device kind and "
                              "update type")
    assert "Polycom CX600 A ENU CPE" in message


# -- member paths, counts and sizes -----------------------------------------------------


@pytest.mark.parametrize(("name", "cause"), [
    ("/x", "absolute"),
    ("\\x", "absolute"),
    ("C:\\x", "absolute"),
    ("C:x", "absolute"),
    ("..\\x", "climbs out"),
    ("../x", "climbs out"),
    ("a\\..\\..\\x", "climbs out"),
    (f"{POLYCOM}/../../../../../../evil".replace("/", "\\"), "climbs out"),
])
def test_member_path_absolute_or_climbing_out(refused, name, cause):
    message = refused(with_literal_member(name))
    assert message.startswith("bad.cab: member ")
    assert name in message or repr(name) in message
    assert cause in message


def test_member_name_in_a_legacy_encoding(refused):
    """makecab writes ANSI names; the decompressor reads only UTF-8: say that, not 'corrupt'."""
    message = refused(with_literal_member("Nötes.txt", "cp1252"))
    assert message.startswith("bad.cab: member 'Nötes.txt' has a non-ASCII name")
    assert "corrupt" not in message


def test_utf8_member_names_are_read(stocked, tmp_path):
    path = tmp_path / "utf8.cab"
    path.write_bytes(cabinet_bytes({**members(), "Nötes.txt": b"x"}))
    assert stocked.read_package(path).ignored == ("Nötes.txt",)


def test_members_differing_only_in_case(refused):
    message = refused(cabinet_bytes({**members(), "readme.txt": b"1", "README.TXT": b"2"}))
    assert "readme.txt" in message and "README.TXT" in message and "differ only in case" in message


def test_more_than_10000_members(refused):
    content = {**members(), **{f"padding/{n}": b"" for n in range(10_001)}}
    message = refused(cabinet_bytes(content))
    assert message.startswith(f"bad.cab: the cabinet has {len(content)} members")
    assert re.search(r"at most 10,?000", message)


def test_10000_members_are_allowed(stocked, tmp_path):
    content = members()
    content.update({f"padding/{n}": b"" for n in range(10_000 - len(content))})
    path = tmp_path / "full.cab"
    path.write_bytes(cabinet_bytes(content))
    package = stocked.read_package(path)
    assert len(package.ignored) == 10_000 - 9  # 4 updates of 2 files, and the manifest


def test_unpacked_size_above_the_configured_limit(stocked, refused):
    stocked.set_setting("MaxPackageUnpackedSize", "1000")
    message = refused(cabinet_bytes(members()))
    assert message.startswith("bad.cab: the package would unpack to ")
    assert "limit of 1,000 bytes" in message and "MaxPackageUnpackedSize" in message


def test_data_blocks_claiming_more_than_the_limit(stocked, refused):
    """The limit is checked on what the data blocks expand to, not only on the file table."""
    data = cabinet_bytes(members(), compress=False)
    stocked.set_setting("MaxPackageUnpackedSize", str(len(data) + 1000))
    message = refused(patched(data, "<H", first_data_block(data) + 6, 0xFFFF))
    assert "MaxPackageUnpackedSize" in message


# -- not refusals -----------------------------------------------------------------------


def test_members_no_update_lists_are_ignored_and_reported(stocked, tmp_path, data_dir):
    extra = {"README.txt": b"notes", f"{POLYCOM}/extra.bin": b"x" * 10}
    path = tmp_path / "extra.cab"
    path.write_bytes(cabinet_bytes({**members(), **extra}))
    package = stocked.read_package(path)
    assert package.ignored == ("README.txt", f"{POLYCOM}/extra.bin".replace("/", "\\"))
    assert stocked.import_package(package).changed == 4
    assert not [p for p in data_dir.rglob("*") if p.name in ("README.txt", "extra.bin")]


def test_manifest_and_member_names_match_without_case(stocked, tmp_path):
    content = members()
    content["UPDATEINFO.XML"] = content.pop(MANIFEST_NAME)
    content[f"{POLYCOM.lower()}/cpe.NBT"] = content.pop(f"{POLYCOM}/CPE.nbt")
    path = tmp_path / "case.cab"
    path.write_bytes(cabinet_bytes(content))
    assert stocked.import_package(stocked.read_package(path)).changed == 4


# -- refused after staging, and on the command line -------------------------------------


class LeftBehindLock:
    """A file lock that stays on disk after release, as filelock 3.x's does on POSIX.

    filelock 4 *may* remove the file itself, which would hide whether the file
    store cleans up after its own locks.
    """

    def __init__(self, path: Path) -> None:
        self.path, self.fd = Path(path), None

    def acquire(self, timeout: float = -1) -> None:
        fd = os.open(self.path, os.O_RDWR | os.O_CREAT)
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except OSError:
            os.close(fd)
            raise Timeout(str(self.path)) from None
        self.fd = fd

    def release(self) -> None:
        fcntl.flock(self.fd, fcntl.LOCK_UN)
        os.close(self.fd)
        self.fd = None

    def __enter__(self) -> LeftBehindLock:
        self.acquire()
        return self

    def __exit__(self, *exc: object) -> None:
        self.release()


@pytest.mark.skipif(fcntl is None, reason="needs POSIX file locks")
def test_changed_image_under_a_stored_version(refused, monkeypatch):
    """Refused inside the import, after files were staged: staging and its lock must go."""
    monkeypatch.setattr(leases, "FileLock", LeftBehindLock)
    content = sample_members(4096)  # the stocked version, with one image changed
    old_image = content[f"{POLYCOM}/CPE.nbt"]
    content[f"{POLYCOM}/CPE.nbt"] = b"a different image"
    content[MANIFEST_NAME] = content[MANIFEST_NAME].replace(
        hashlib.sha256(old_image).hexdigest().encode(),
        hashlib.sha256(b"a different image").hexdigest().encode())
    message = refused(cabinet_bytes(content))
    assert "UCPhone Polycom CX600 A ENU CPE 4.0.7577.4366 is already stored" in message
    assert "new version number" in message


@pytest.mark.parametrize(("kind", "named"), [
    (0x0003, "an LZX window of 2^0 bytes"),
    (0x0E03, "an LZX window of 2^14 bytes"),
    (0x1603, "an LZX window of 2^22 bytes"),
    (0x1503, "the cabinet is corrupt"),  # MSZIP data under an LZX label: the decoder fails
])
def test_lzx_that_cannot_be_is_refused_as_corrupt(refused, kind, named):
    message = refused(patched(cabinet_bytes(members()), "<H", FOLDER_COMPRESSION, kind))
    assert message.startswith("bad.cab: ") and named in message


def test_cli_import_refusal(stocked, data_dir, tmp_path, capsys):
    bad = tmp_path / "qtm.cab"
    bad.write_bytes(patched(cabinet_bytes(members()), "<H", FOLDER_COMPRESSION, 2))
    capsys.readouterr()
    before = snapshot(data_dir)
    assert cli.main(["--data-dir", str(data_dir), "import", str(bad)]) == 1
    out, err = capsys.readouterr()
    assert "qtm.cab: Quantum compression is not supported" in err
    assert "Traceback" not in err + out
    assert out == ""
    assert snapshot(data_dir) == before
