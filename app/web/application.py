"""The device update web service as one WSGI application (docs/protocol.md §6).

:func:`create_app` receives the services it works on; the console and the
headless ``serve`` command build it the same way, and tests build it on a
temporary data folder.
"""

from __future__ import annotations

import functools
import logging
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import UTC, datetime
from urllib.parse import quote

from app.audit import AuditLog, AuditRecord
from app.domain.inventory import DeviceSighting
from app.domain.offers import Approval, ModuleOffer, offers_for
from app.services import Services
from app.store.catalog import Catalog, CatalogCache
from app.web import device_logs, downloads
from app.web.activity import InventoryRecorder, RecentCounts
from app.web.protocol import (
    MAX_CHECK_BODY,
    Download,
    OfferedFile,
    ProtocolError,
    UpdateRequest,
    parse_update_request,
    render_error,
    render_response,
)
from app.web.security import Client, CredentialCheck, is_internal, resolve_client

log = logging.getLogger("ucupdates.web")
XML = "text/xml; charset=utf-8"

INTERNAL_CHECK = "/RequestHandler/ucdevice.upx"
EXTERNAL_CHECK = "/RequestHandlerExt/ucdevice.upx"
INTERNAL_FILES = "/DeviceUpdateFiles_Int/"
EXTERNAL_FILES = "/DeviceUpdateFiles_Ext/"
INTERNAL_LOGS = "/RequestHandler/Logs/"
HEALTH = "/ucupdates/health"  # for load balancers and monitoring (docs/pool.md)
EXTERNAL_LOGS = "/RequestHandlerExt/Logs/"


@dataclass
class Request:
    """One request as the handlers see it."""

    environ: dict
    path: str
    client: Client
    internal: bool
    catalog: Catalog

    @property
    def method(self) -> str:
        return self.environ.get("REQUEST_METHOD", "GET").upper()


Response = tuple[int, list[tuple[str, str]], Iterable[bytes]]


def error(status: int, reason: str, headers: list[tuple[str, str]] | None = None) -> Response:
    body = render_error(reason)
    return status, [("Content-Type", XML), ("Content-Length", str(len(body))),
                    *(headers or [])], [body]


class DeviceUpdateApp:
    """Routes requests to the update check, downloads and log uploads."""

    def __init__(self, services: Services, server_name: str | None = None) -> None:
        self.services = services
        self.catalog = CatalogCache(services.db)
        # this server's name in its audit file names: --server-name, else the Pool setting
        self.audit = AuditLog(services.data_dir, self._audit_limits,
                              server_name or services.pool())
        self.inventory = InventoryRecorder(services.record_sightings)
        self.counts = RecentCounts()
        self._catalog_seen = self.catalog.current()
        self.credentials = CredentialCheck(
            lambda name: self.catalog.current().password_hash(name))

    def _audit_limits(self) -> tuple[float, int, int]:
        settings = self._catalog_seen.settings
        return (settings.log_flush_interval * 60.0, settings.max_log_cache_limit,
                settings.max_log_file_size)

    def __call__(self, environ: dict, start_response) -> Iterable[bytes]:
        try:
            status, headers, body = self._respond(environ)
        except ProtocolError as exc:
            status, headers, body = error(exc.status, exc.reason, exc.headers)
        except Exception:  # a bug: the phone gets a 500, the log gets the traceback
            log.exception("internal error answering %s", environ.get("PATH_INFO"))
            status, headers, body = error(500, "internal-error")
        if status >= 400:
            self.counts.add("refusal")
        start_response(_status_line(status), headers)
        if environ.get("REQUEST_METHOD", "").upper() == "HEAD":
            return _no_body(body)  # whatever the status: a body would corrupt keep-alive
        return body

    def _respond(self, environ: dict) -> Response:
        catalog = self._catalog_seen = self.catalog.current()
        path = _decoded_path(environ)
        client = resolve_client(environ, catalog.settings.trusted_proxies)
        if path == HEALTH:
            return self._health(client.address, catalog)
        route = _route(path)
        if route is None:
            return error(404, "not-found")
        kind, internal, rest = route
        request = Request(environ, rest, client, internal, catalog)
        if internal and not is_internal(client.address, catalog.settings.internal_networks):
            if kind == "check":
                self._audit_refusal(request, "403 not-internal")
            return error(403, "not-internal")
        return getattr(self, f"_{kind}")(request)

    # -- health ---------------------------------------------------------------

    def _health(self, address: str, catalog) -> Response:
        """200 while this server reaches its store, else 503; inside the network only."""
        if not is_internal(address, catalog.settings.internal_networks):
            return error(404, "not-found")
        if self.services.store_answers():
            status, text = 200, f"ok {self.audit.server_name}\n"
        else:
            status, text = 503, f"store unreachable {self.audit.server_name}\n"
        body = text.encode()
        return status, [("Content-Type", "text/plain; charset=utf-8"),
                        ("Content-Length", str(len(body))), ("Cache-Control", "no-store")], [body]

    # -- update check ---------------------------------------------------------

    def _check(self, request: Request) -> Response:
        if request.method != "POST":
            self._audit_refusal(request, "405 method-not-allowed")
            return error(405, "method-not-allowed", [("Allow", "POST")])
        try:
            update = parse_update_request(_read_body(request.environ, MAX_CHECK_BODY))
        except ProtocolError as exc:
            self.audit.append(_refusal_record(request, exc))
            raise
        if not request.internal and not update.user_id:
            self._audit_refusal(request, "403 sign-in-required", update)
            return error(403, "sign-in-required")
        return self._answer(request, update)

    def _answer(self, request: Request, update: UpdateRequest) -> Response:
        catalog, settings = request.catalog, request.catalog.settings
        testing, decided = offers_for(catalog, update.kind, update.mac, update.serial,
                                      [(m.update_type, m.version) for m in update.modules])
        offers = [self._download(request, update, d) for d in decided]
        offered = [d for d in offers if d is not None]
        body = render_response(offered, settings.poll_interval_hours)
        outcome = "offered" if offered else "no-update"
        self._record(request, update, offered, testing, outcome)
        self.counts.add("check")
        return 200, [("Content-Type", XML), ("Content-Length", str(len(body)))], [body]

    def _download(self, request: Request, update: UpdateRequest,
                  decided: ModuleOffer) -> Download | None:
        catalog, rule, offer = request.catalog, decided.rule, decided.offer
        if not offer.offered or rule is None:
            return None
        stored = catalog.files_of(update.kind.key, decided.update_type, str(offer.version))
        if not stored:
            log.error("no stored files for %s %s %s", update.kind, rule.update_type,
                      offer.version)
            return None
        folder = _url_path(stored[0].rel_dir)
        internal = f"{self._internal_base(request)}{INTERNAL_FILES}{folder}"
        external_base = request.catalog.settings.external_base_url
        external = f"{external_base}{EXTERNAL_FILES}{folder}" if external_base else None
        files = tuple(_offered_file(s, internal, external) for s in stored)
        return Download(rule.update_type, offer.version, offer.approval or Approval.APPROVED, files,
                        internal, external)

    def _internal_base(self, request: Request) -> str:
        configured = request.catalog.settings.internal_base_url
        if configured:
            return configured
        environ = request.environ
        host = environ.get("HTTP_HOST") if request.internal else None
        if not host:  # the address phones inside used; else where we listen
            host = f"{environ.get('SERVER_NAME')}:{environ.get('SERVER_PORT')}"
        return f"{request.client.scheme}://{host}"

    def _record(self, request: Request, update: UpdateRequest, offered: list[Download],
                testing: bool, outcome: str) -> None:
        now = datetime.now(UTC)
        self.audit.append(_audit_record(now, request, update, offered, outcome))
        summary = ", ".join(f"{d.update_type} {d.version} {d.approval}" for d in offered)
        self.inventory.add(DeviceSighting(
            update.kind, update.mac, update.serial,
            {m.update_type: str(m.version) for m in update.modules}, now.isoformat(),
            request.client.address, update.user_id, not request.internal, summary or None,
            testing))

    def _audit_refusal(self, request: Request, outcome: str,
                       update: UpdateRequest | None = None) -> None:
        self.audit.append(_audit_record(datetime.now(UTC), request, update, [], outcome))

    # -- downloads and logs ---------------------------------------------------------

    def _files(self, request: Request) -> Response:
        if not request.internal:
            self._require_account(request)
        response = downloads.serve(request.environ, request.path, request.catalog,
                                   self.services.files.root)
        if response[0] in (200, 206):
            self.counts.add("download")
        return response

    def _logs(self, request: Request) -> Response:
        if request.method != "PUT":
            return error(405, "method-not-allowed", [("Allow", "PUT")])
        if not request.internal:
            self._require_account(request)
        response = device_logs.store(request.environ, request.path, request.catalog.settings,
                                     self.services.data_dir)
        if response[0] == 201:
            self.counts.add("log")
        return response

    def _require_account(self, request: Request) -> None:
        status, _ = self.credentials.check(request.environ, request.client.address)
        if status == 429:
            wait = self.credentials.retry_after(request.environ, request.client.address)
            raise ProtocolError(429, "too-many-failures", [("Retry-After", str(wait))])
        if status == 401:
            raise ProtocolError(401, "credentials-required",
                                [("WWW-Authenticate", 'Basic realm="Device Update"')])

    def flush(self) -> None:
        """Write buffered inventory and audit lines now."""
        self.inventory.flush()
        self.audit.flush()

    def close(self) -> None:
        """Write what can be written (a clean stop, even on a full disk) and let go."""
        try:
            self.inventory.flush()
        except Exception as exc:  # noqa: BLE001 - the disk or the store: say so, stop anyway
            log.error("%d device inventory entries could not be written: %s",
                      self.inventory.pending, exc)
        self.audit.close()
        self.catalog.close()


def create_app(services: Services, server_name: str | None = None) -> DeviceUpdateApp:
    """The WSGI application for one set of services; *server_name* names it in audit files."""
    return DeviceUpdateApp(services, server_name)


def _route(path: str) -> tuple[str, bool, str] | None:
    if path in (INTERNAL_CHECK, EXTERNAL_CHECK):
        return "check", path == INTERNAL_CHECK, ""
    for prefix, kind, internal in ((INTERNAL_FILES, "files", True),
                                   (EXTERNAL_FILES, "files", False),
                                   (INTERNAL_LOGS, "logs", True),
                                   (EXTERNAL_LOGS, "logs", False)):
        if path.startswith(prefix):
            return kind, internal, path[len(prefix):]
    return None


@functools.lru_cache(maxsize=4096)
def _url_path(rel_dir: str) -> str:
    """A version folder's path in download URLs (docs/protocol.md §6.2: version first)."""
    return "/".join(quote(p, safe="") for p in rel_dir.split("/"))


def _offered_file(stored, internal_folder: str, external_folder: str | None) -> OfferedFile:
    """A file as offered: its URLs are its update's folder (BaseURL) plus its name."""
    name = quote(stored.name, safe="")
    external = f"{external_folder}/{name}" if external_folder else None
    return OfferedFile(stored.name, stored.size, stored.sha256, f"{internal_folder}/{name}",
                       external)


def _decoded_path(environ: dict) -> str:
    raw = environ.get("PATH_INFO", "")
    try:
        return raw.encode("latin-1").decode("utf-8")
    except (UnicodeEncodeError, UnicodeDecodeError):
        return "\ufffd"


def _no_body(body: Iterable[bytes]) -> list[bytes]:
    close = getattr(body, "close", None)
    if close is not None:
        close()  # an open file handed over for streaming
    return []


def _read_body(environ: dict, limit: int) -> bytes:
    try:
        declared = int(environ.get("CONTENT_LENGTH") or 0)
    except ValueError:
        raise ProtocolError(400, "bad-content-length") from None
    if declared > limit:
        raise ProtocolError(413, "too-large")
    body = environ["wsgi.input"].read(declared or limit + 1)
    if len(body) > limit:
        raise ProtocolError(413, "too-large")
    return body


def _audit_record(now: datetime, request: Request, update: UpdateRequest | None,
                  offered: list[Download], outcome: str) -> AuditRecord:
    if update is None:
        return AuditRecord(now, request.client.address, outcome=outcome)
    k = update.kind
    return AuditRecord(
        now, request.client.address, k.device_type, update.mac, update.serial, k.brand,
        k.model, k.revision, k.locale,
        tuple((m.update_type, str(m.version)) for m in update.modules),
        tuple((d.update_type, str(d.version), d.approval) for d in offered),
        update.user_id, outcome)


def _refusal_record(request: Request, exc: ProtocolError) -> AuditRecord:
    """A refused check's row: what the phone said about itself, as far as it could be read."""
    seen = exc.seen
    return AuditRecord(
        datetime.now(UTC), request.client.address, seen.get("DeviceType"),
        seen.get("MacAddress"), seen.get("SerialNumber"),
        seen.get("Brand") or seen.get("Vendor"), seen.get("Model"), seen.get("Revision"),
        seen.get("Locale"), user_id=seen.get("UserId"), outcome=f"{exc.status} {exc.reason}")


_REASONS = {200: "OK", 201: "Created", 206: "Partial Content", 304: "Not Modified",
            400: "Bad Request", 401: "Unauthorized", 403: "Forbidden", 404: "Not Found",
            405: "Method Not Allowed", 412: "Precondition Failed", 413: "Content Too Large",
            415: "Unsupported Media Type", 416: "Range Not Satisfiable",
            429: "Too Many Requests", 500: "Internal Server Error",
            507: "Insufficient Storage"}


def _status_line(status: int) -> str:
    return f"{status} {_REASONS.get(status, 'Unknown')}"
