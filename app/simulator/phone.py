"""A simulated desk phone (docs/protocol.md §8) that talks to the server only over HTTP.

It checks at start, at sign-in and every poll interval; on an offer it
downloads every file (resuming with Range), verifies size and SHA-256, waits
until it has been idle five minutes, "restarts" and runs the new version with
the old one as backup. Time can be scaled so a demo day passes in seconds.
"""

from __future__ import annotations

import base64
import enum
import hashlib
import http.client
import threading
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import UTC, datetime
from urllib.parse import quote, urlsplit
from xml.sax.saxutils import escape

import defusedxml.ElementTree as SafeET

from app.domain.errors import Text
from app.domain.names import DeviceKind

IDLE_BEFORE_RESTART = 5 * 60  # seconds of no use before a phone restarts into an update
CHECK_PATH = "/RequestHandler/ucdevice.upx"
CHECK_PATH_EXT = "/RequestHandlerExt/ucdevice.upx"
SLEEP_SLICE = 0.1  # real seconds: how soon a sleeping phone notices a stop or a new scale


class PhoneState(enum.Enum):
    """A phone's state; the value is also its event when it enters it (a Text: the
    console translates it)."""

    IDLE = Text("idle")
    CHECKING = Text("checking")
    DOWNLOADING = Text("downloading")
    WAITING = Text("waiting for idle")
    RESTARTING = Text("restarting")


@dataclass
class Clock:
    """Scaled time: *scale* simulated seconds pass per real second."""

    scale: float = 1.0
    stopped: threading.Event = field(default_factory=threading.Event)

    def sleep(self, simulated_seconds: float, *interrupts: threading.Event) -> bool:
        """Sleep; False if the fleet is stopping or one of *interrupts* is set.

        Waits in short real slices, so a scale changed meanwhile (the console's
        time-scale control) takes effect at once rather than after a long sleep.
        """
        left = simulated_seconds
        while left > 0:
            scale = self.scale
            step = min(left / scale, SLEEP_SLICE)
            if self.stopped.wait(step) or any(e.is_set() for e in interrupts):
                return False
            left -= step * scale
        return not self.stopped.is_set()


@dataclass
class PhoneIdentity:
    kind: DeviceKind
    mac: str | None
    serial: str | None
    versions: dict[str, str]  # update type -> version it runs


@dataclass(frozen=True)
class Event:
    """Something a phone did, for logs and the console."""

    at: datetime
    phone: str
    what: str  # a Text: English, which the console translates
    problem: bool = False


class PhoneError(Exception):
    """A check or download failed (network, refusal, verification); its one argument
    is a Text saying so."""


@dataclass
class Download:
    update_type: str
    version: str
    files: list[dict[str, str]]  # Name, Size, Sha256, InternalUrl, ExternalUrl
    base_url: str | None = None  # the update's folder, as a Lync phone takes it
    external_base_url: str | None = None

    def url_of(self, info: dict[str, str], external: bool) -> str | None:
        """A file's URL as a Lync phone builds it: its folder (BaseURL) plus its name;
        from a server that names no folder, the file's own URL."""
        base = self.external_base_url if external else self.base_url
        if base:
            return f"{base}/{quote(info.get('Name', ''), safe='')}"
        return info.get("ExternalUrl") if external else info.get("InternalUrl")


class SimulatedPhone:
    """One phone. Thread-safe to read; one thread runs it."""

    def __init__(self, identity: PhoneIdentity, server_url: str, *, external: bool = False,
                 external_url: str | None = None, clock: Clock | None = None,
                 on_event: Callable[[Event], None] | None = None) -> None:
        self.identity = identity
        self.server_url = server_url.rstrip("/")
        self.external_url = (external_url or server_url).rstrip("/")
        self.external = external
        self.clock = clock or Clock()
        self.on_event = on_event or (lambda event: None)
        self.state = PhoneState.IDLE
        self.backup: dict[str, str] = {}
        self.last_update: datetime | None = None
        self.user: str | None = None
        self.credentials: tuple[str, str] | None = None
        self.poll_hours = 24.0
        self.checks = 0
        self.failures = 0
        self._lock = threading.Lock()
        self._woken = threading.Event()  # check now rather than at the next poll
        self._retired = threading.Event()  # removed from its fleet: check no more

    @property
    def name(self) -> str:
        return self.identity.mac or self.identity.serial or "phone"

    @property
    def versions(self) -> dict[str, str]:
        with self._lock:
            return dict(self.identity.versions)

    def system_information(self) -> dict[str, str]:
        """What the phone's "System Information" screen shows."""
        with self._lock:
            return {
                "Current version": ", ".join(f"{t} {v}" for t, v in
                                             self.identity.versions.items()),
                "Backup version": ", ".join(f"{t} {v}" for t, v in self.backup.items()) or "—",
                "Last update": self.last_update.strftime("%Y-%m-%d %H:%M")
                if self.last_update else "—",
                "State": self.state.value,
            }

    def sign_in(self, user: str, credentials: tuple[str, str] | None = None) -> None:
        """A user signs in; a running phone checks for updates at once (docs/protocol.md §8)."""
        self.user, self.credentials = user, credentials
        self.check_soon()

    def sign_out(self) -> None:
        self.user, self.credentials = None, None

    # -- one check ----------------------------------------------------------------

    def check(self) -> bool:
        """Ask the server; install what is offered. True if the phone updated."""
        self._set(PhoneState.CHECKING)
        try:
            downloads = self._ask()
            if not downloads:
                self._say(Text("no update"))
                return False
            for download in downloads:
                self._fetch(download)
            self._set(PhoneState.WAITING)
            if not self.clock.sleep(IDLE_BEFORE_RESTART, self._retired):
                return False
            self._set(PhoneState.RESTARTING)
            self._install(downloads)
            return True
        except PhoneError as exc:
            self.failures += 1
            self._say(exc.args[0], problem=True)
            return False
        finally:
            self._set(PhoneState.IDLE)

    def _ask(self) -> list[Download]:
        self.checks += 1
        path = CHECK_PATH_EXT if self.external else CHECK_PATH
        base = self.external_url if self.external else self.server_url
        status, body, _ = _request("POST", base + path, self._request_body(),
                                   {"Content-Type": "text/xml"})
        if status != 200:
            raise PhoneError(Text("update check refused: {status} {reason}", status=status,
                                  reason=_reason(body)))
        root = SafeET.fromstring(body)
        self.poll_hours = float(root.get("PollIntervalHours", "24"))
        return [Download(d.get("UpdateType"), d.get("Version"),
                         [dict(f.attrib) for f in d.findall("File")],
                         d.findtext("BaseURL"), d.findtext("ExternalBaseURL"))
                for d in root.findall("Download")]

    def _request_body(self) -> bytes:
        k, ident = self.identity.kind, self.identity
        parts = ["<UpdateRequest>"]
        for tag, value in (("DeviceType", k.device_type), ("Brand", k.brand),
                           ("Model", k.model), ("Revision", k.revision),
                           ("Locale", k.locale), ("MacAddress", ident.mac),
                           ("SerialNumber", ident.serial), ("UserId", self.user)):
            if value:
                parts.append(f"<{tag}>{escape(value)}</{tag}>")
        parts.append("<Modules>")
        parts.extend(f'<Module UpdateType="{escape(t)}" Version="{escape(v)}"/>'
                     for t, v in self.versions.items())
        parts.append("</Modules></UpdateRequest>")
        return "".join(parts).encode()

    def _fetch(self, download: Download) -> dict[str, bytes]:
        self._set(PhoneState.DOWNLOADING)
        images = {}
        for info in download.files:
            url = download.url_of(info, self.external)
            if not url:
                raise PhoneError(Text("no URL for {name}", name=info.get("Name")))
            data = self._download(url, int(info["Size"]))
            if len(data) != int(info["Size"]) or \
                    hashlib.sha256(data).hexdigest() != info["Sha256"].lower():
                self._report_bad_image(download, info["Name"])
                raise PhoneError(Text("{name} of {version} failed verification; the update "
                                      "was refused", name=info["Name"],
                                      version=download.version))
            images[info["Name"]] = data
        return images

    def _download(self, url: str, size: int) -> bytes:
        """GET the file, resuming with Range after an interrupted transfer."""
        data = b""
        for _attempt in range(5):
            headers = self._auth()
            if data:
                headers["Range"] = f"bytes={len(data)}-"
            try:
                status, body, _ = _request("GET", url, None, headers)
            except PartialBody as partial:
                data += partial.data
                continue
            if status not in (200, 206):
                raise PhoneError(Text("download refused: {status} {reason}", status=status,
                                      reason=_reason(body)))
            data = body if status == 200 else data + body
            if len(data) >= size:
                return data
        return data

    def _auth(self) -> dict[str, str]:
        if not self.external or not self.credentials:
            return {}
        token = base64.b64encode(":".join(self.credentials).encode()).decode()
        return {"Authorization": f"Basic {token}"}

    def _report_bad_image(self, download: Download, name: str) -> None:
        """Upload a diagnostic log, as a phone does when an image fails verification."""
        stamp = datetime.now(UTC).strftime("%Y%m%d%H%M%S")
        text = (f"{self.name}: {download.update_type} {download.version} file {name} failed "
                f"size/SHA-256 verification at {stamp}; update refused\n").encode()
        base = self.external_url if self.external else self.server_url
        prefix = "/RequestHandlerExt" if self.external else "/RequestHandler"
        file_name = f"{(self.identity.serial or self.name).replace(':', '-')}-{stamp}.txt"
        try:
            status, body, _ = _request("PUT", f"{base}{prefix}/Logs/DiagLog/{file_name}", text,
                                       self._auth())
        except PhoneError as exc:
            self._say(Text("could not upload the failure log: {reason}", reason=exc.args[0]),
                      problem=True)
            return
        if status == 201:
            self._say(Text("uploaded failure log {name}", name=file_name))
        else:
            self._say(Text("failure log refused: {status} {reason}", status=status,
                           reason=_reason(body)), problem=True)

    def _install(self, downloads: list[Download]) -> None:
        with self._lock:
            for d in downloads:
                old = self.identity.versions.get(d.update_type)
                if old:
                    self.backup[d.update_type] = old
                self.identity.versions[d.update_type] = d.version
            self.last_update = datetime.now(UTC)
        self._say(Text("updated to {versions}", versions=", ".join(
            f"{d.update_type} {d.version}" for d in downloads)))

    # -- life ---------------------------------------------------------------------

    def run(self) -> None:
        """Check at start, then every poll interval or when woken, until the clock stops
        or the phone is retired."""
        while not (self.clock.stopped.is_set() or self.retired):
            self._woken.clear()
            self.check()
            self.clock.sleep(self.poll_hours * 3600, self._woken, self._retired)

    def check_soon(self) -> None:
        """Have the running phone check now instead of at its next poll."""
        self._woken.set()

    def retire(self) -> None:
        """Take the phone out of service: its run() ends and it checks no more."""
        self._retired.set()

    @property
    def retired(self) -> bool:
        return self._retired.is_set()

    def _set(self, state: PhoneState) -> None:
        with self._lock:
            changed, self.state = self.state != state, state
        if changed and state is not PhoneState.IDLE:
            self._say(state.value)

    def _say(self, what: Text, problem: bool = False) -> None:
        self.on_event(Event(datetime.now(UTC), self.name, what, problem))


class PartialBody(Exception):
    def __init__(self, data: bytes) -> None:
        super().__init__("connection closed early")
        self.data = data


def _request(method: str, url: str, body: bytes | None,
             headers: dict[str, str]) -> tuple[int, bytes, dict[str, str]]:
    parts = urlsplit(url)
    cls = http.client.HTTPSConnection if parts.scheme == "https" else http.client.HTTPConnection
    conn = cls(parts.hostname, parts.port, timeout=30)
    try:
        conn.request(method, parts.path + (f"?{parts.query}" if parts.query else ""), body,
                     headers)
        response = conn.getresponse()
        try:
            data = response.read()
        except http.client.IncompleteRead as exc:
            if method != "GET":  # only a download resumes; a cut-off answer is a failure
                raise PhoneError(Text("cannot reach the server: {reason}",
                                      reason=f"{parts.netloc}: connection closed early")) from None
            raise PartialBody(exc.partial) from None
        return response.status, data, dict(response.getheaders())
    except (OSError, http.client.HTTPException) as exc:  # named: a download's host may
        reason = f"{parts.netloc}: {exc or type(exc).__name__}"  # differ from the check's
        raise PhoneError(Text("cannot reach the server: {reason}", reason=reason)) from None
    finally:
        conn.close()


def _reason(body: bytes) -> str:
    try:
        return SafeET.fromstring(body).get("Reason", "")
    except Exception:  # noqa: BLE001 - any body: only for a message
        return ""
