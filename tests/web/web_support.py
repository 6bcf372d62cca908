"""Helpers for the web tests: a running server, an HTTP client, the audit on disk.

Every web test talks HTTP to a real server (``http.client``, or raw sockets
for the malformed and slow cases); nothing calls the WSGI application
directly. Imported by name (pytest puts this folder on ``sys.path``).
"""

from __future__ import annotations

import base64
import csv
import hashlib
import http.client
import io
import time
import xml.etree.ElementTree as ET
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from app.audit import AUDIT_DIR, FIELDS, HEADER_LINE
from app.domain.rules import RuleAction
from app.packages.builder import SAMPLE_KINDS
from app.services import RuleFilter, Services
from app.web.runner import ServerRunner

CX600 = SAMPLE_KINDS[0]  # ("UCPhone", "Polycom", "CX600", "A", "ENU")
OLD = "4.0.7577.4066"  # what the phones run
NEW = "4.0.7577.4366"  # what the fixture imports (pending)
NEWER = "4.0.7577.4500"
MAC = "00-04-F2-12-34-56"
SERIAL = "CX600-0001"
IMAGE_SIZE = 64 * 1024
CHECK = "/RequestHandler/ucdevice.upx"
CHECK_EXT = "/RequestHandlerExt/ucdevice.upx"


@dataclass
class Reply:
    status: int
    headers: dict[str, str]  # names lower-cased
    body: bytes

    @property
    def xml(self) -> ET.Element:
        return ET.fromstring(self.body)

    @property
    def reason(self) -> str | None:
        root = self.xml
        return root.get("Reason") if root.tag == "UpdateError" else None

    @property
    def downloads(self) -> list[ET.Element]:
        root = self.xml
        assert root.tag == "UpdateResponse", self.body
        assert root.get("Downloads") == str(len(root.findall("Download"))), self.body
        return root.findall("Download")


def check_body(*, kind: tuple[str, ...] = CX600, mac: str | None = None,
               serial: str | None = None, user: str | None = None,
               modules: tuple[tuple[str, str], ...] = (("CPE", OLD),)) -> bytes:
    """An update check as a phone sends it (values are inserted verbatim: escape yourself)."""
    parts = ["<UpdateRequest>"]
    for tag, value in zip(("DeviceType", "Brand", "Model", "Revision", "Locale"), kind,
                          strict=True):
        parts.append(f"<{tag}>{value}</{tag}>")
    for tag, value in (("MacAddress", mac), ("SerialNumber", serial), ("UserId", user)):
        if value is not None:
            parts.append(f"<{tag}>{value}</{tag}>")
    parts.append("<Modules>")
    parts.extend(f'<Module UpdateType="{t}" Version="{v}"/>' for t, v in modules)
    parts.append("</Modules></UpdateRequest>")
    return "".join(parts).encode("utf-8")


def basic(user: str, password: str) -> dict[str, str]:
    token = base64.b64encode(f"{user}:{password}".encode()).decode()
    return {"Authorization": f"Basic {token}"}


def wait_for(condition: Callable[[], object], timeout: float = 5.0, what: str = "condition"):
    """Poll *condition* until it is truthy (bounded); return its value."""
    deadline = time.monotonic() + timeout
    while True:
        value = condition()
        if value:
            return value
        if time.monotonic() > deadline:
            raise AssertionError(f"timed out after {timeout}s waiting for {what}")
        time.sleep(0.02)


class Web:
    """The running server plus the helpers every web test needs."""

    def __init__(self, services: Services, data_dir: Path, package: Callable[..., None]):
        self.services, self.data_dir, self.package = services, data_dir, package
        self.runner = ServerRunner(services, host="127.0.0.1", port=0)
        state = self.runner.start()
        self.host, self.port, self.url = state.host, state.port, state.url

    # -- HTTP ---------------------------------------------------------------------

    def request(self, method: str, path: str, body: bytes | None = None,
                headers: dict[str, str] | None = None, timeout: float = 10.0) -> Reply:
        conn = http.client.HTTPConnection(self.host, self.port, timeout=timeout)
        try:
            conn.request(method, path, body=body, headers=headers or {})
            response = conn.getresponse()
            data = response.read()
            return Reply(response.status, {k.lower(): v for k, v in response.getheaders()},
                         data)
        finally:
            conn.close()

    def check(self, body: bytes | None = None, *, external: bool = False,
              headers: dict[str, str] | None = None, **fields) -> Reply:
        data = body if body is not None else check_body(**fields)
        return self.request("POST", CHECK_EXT if external else CHECK, data,
                            {"Content-Type": "text/xml", **(headers or {})})

    def ok(self) -> None:
        """The server still answers an ordinary check, promptly."""
        started = time.monotonic()
        reply = self.check(mac="00-04-F2-00-00-01")
        assert reply.status == 200, reply
        assert reply.xml.tag == "UpdateResponse"
        assert time.monotonic() - started < 5

    # -- administration -----------------------------------------------------------

    def approve(self) -> None:
        self.services.apply(RuleAction.APPROVE, RuleFilter())

    def act(self, action: RuleAction) -> None:
        report = self.services.apply(action, RuleFilter())
        assert report.complete, report

    # -- what is on disk ----------------------------------------------------------

    def stored(self, version: str, name: str, kind: tuple[str, ...] = CX600) -> Path:
        return self.data_dir.joinpath("DeviceUpdateStore", *kind, version, "CPE", name)

    def file_path(self, version: str = NEW, name: str = "CPE.nbt",
                  kind: tuple[str, ...] = CX600, prefix: str = "/DeviceUpdateFiles_Int/") -> str:
        return prefix + "/".join((*kind, version, "CPE", name))

    @property
    def audit_dir(self) -> Path:
        return self.data_dir / AUDIT_DIR

    def audit_files(self) -> list[Path]:
        if not self.audit_dir.is_dir():
            return []
        return sorted(self.audit_dir.iterdir(), key=lambda p: (len(p.name), p.name))

    def audit_lines(self) -> list[list[str]]:
        """Every audit row on disk, as its 13 cells (a file must start with Lync's header
        row and end with a whole row, or the test fails)."""
        rows = []
        for path in self.audit_files():
            data = path.read_bytes().decode("utf-8")
            assert data.startswith(HEADER_LINE), f"{path.name} has no header row"
            assert data.endswith("\r\n"), f"{path.name} ends mid-row"
            for cells in list(csv.reader(io.StringIO(data, newline="")))[1:]:
                assert len(cells) == len(FIELDS), cells
                rows.append(cells)
        return rows

    def stop(self) -> None:
        self.runner.stop()


def sha256(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


