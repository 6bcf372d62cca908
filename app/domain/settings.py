"""The service configuration (docs/protocol.md §6.5): every setting declared once.

Each :class:`Setting` knows its Lync name, default, valid range and how to
turn the text an administrator types into a value. Values are stored as
that canonical text, so the store needs no knowledge of types.
"""

from __future__ import annotations

import ipaddress
import re
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any
from urllib.parse import urlsplit

from app.domain.errors import InvalidValueError, Text
from app.domain.names import fold

Parser = Callable[[str], Any]


@dataclass(frozen=True)
class Setting:
    name: str
    default: str  # canonical text; "" means unset
    parse: Parser
    description: str

    def value(self, text: str) -> Any:
        """Parse stored or typed text; an empty text means "unset" (None) for optional ones."""
        try:
            return self.parse(text.strip())
        except InvalidValueError as exc:
            raise InvalidValueError("{setting}: {problem}", setting=self.name,
                                    problem=exc) from None


def integer(low: int, high: int | None = None, unit: Text | None = None) -> Parser:
    def parse(text: str) -> int:
        if not re.fullmatch(r"-?[0-9]{1,12}", text):
            raise InvalidValueError("'{text}' is not a whole number ({allowed})", text=text,
                                    allowed=_range(low, high, unit))
        number = int(text)
        if number < low or (high is not None and number > high):
            raise InvalidValueError("{number} is out of range ({allowed})", number=number,
                                    allowed=_range(low, high, unit))
        return number
    return parse


def _range(low: int, high: int | None, unit: Text | None) -> Text:
    if high is None:
        return Text("at least {low} {unit}", low=low, unit=unit) if unit else \
            Text("at least {low}", low=low)
    return Text("allowed: {low}..{high} {unit}", low=low, high=high, unit=unit) if unit else \
        Text("allowed: {low}..{high}", low=low, high=high)


def optional(inner: Parser) -> Parser:
    def parse(text: str) -> Any:
        return None if text == "" or fold(text) == "none" else inner(text)
    return parse


def time_of_day(text: str) -> str:
    match = re.fullmatch(r"([0-9]{1,2}):([0-9]{2})", text)
    if not match or int(match[1]) > 23 or int(match[2]) > 59:
        raise InvalidValueError("'{text}' is not a time of day: use hh:mm, e.g. 02:30",
                                text=text)
    return f"{int(match[1]):02d}:{match[2]}"


def word_list(pattern: str, what: Text) -> Parser:
    def parse(text: str) -> tuple[str, ...]:
        items = tuple(i.strip() for i in text.split(",") if i.strip())
        if not items:
            raise InvalidValueError("give at least one {what}, separated by commas", what=what)
        for item in items:
            if not re.fullmatch(pattern, item):
                raise InvalidValueError("'{item}' is not a valid {what}", item=item, what=what)
        return items
    return parse


def url(text: str) -> str:
    parts = urlsplit(text)
    if parts.scheme not in ("http", "https") or not parts.hostname:
        raise InvalidValueError("'{text}' is not a URL: use http(s)://host[:port]", text=text)
    try:
        parts.port  # noqa: B018 - raises for a bad port
    except ValueError:
        raise InvalidValueError("'{text}' has an invalid port", text=text) from None
    if parts.query or parts.fragment:
        raise InvalidValueError("'{text}': a base URL has no query or fragment", text=text)
    return text.rstrip("/")


def address(text: str) -> str:
    try:
        return str(ipaddress.ip_address(text))
    except ValueError:
        raise InvalidValueError("'{text}' is not an IP address", text=text) from None


def networks(text: str) -> tuple[str, ...]:
    found = []
    for item in (i.strip() for i in text.split(",") if i.strip()):
        try:
            found.append(str(ipaddress.ip_network(item, strict=False)))
        except ValueError:  # Python's reason is English and names no setting: ours
            raise InvalidValueError("'{item}' is not a network: use CIDR, like 10.0.0.0/8, "
                                    "comma separated", item=item) from None
    return tuple(found)


def addresses(text: str) -> tuple[str, ...]:
    return tuple(address(i.strip()) for i in text.split(",") if i.strip())


def site_name(text: str) -> str:
    if not re.fullmatch(r"[A-Za-z0-9 _.\-]{1,64}", text):
        raise InvalidValueError("'{text}' is not a site name (letters, digits, ' ', -, _, .)",
                                text=text)
    return text


PRIVATE_NETWORKS = "127.0.0.0/8, ::1/128, 10.0.0.0/8, 172.16.0.0/12, 192.168.0.0/16, fc00::/7"
LOG_TYPES = "Watson, Config, DiagLog, CELog"
LOG_EXTENSIONS = ".dmp, .clg, .clg2, .bak, .kdmp, .dat, .bin, .cat, .xml, .txt, .hex"

SETTINGS: tuple[Setting, ...] = (
    Setting("LogCleanUpInterval", "10", integer(1, 365, Text("days")),
            "Days after which device logs and audit files are deleted"),
    Setting("LogCleanUpTimeOfDay", "", optional(time_of_day),
            "Time of day for the clean-up (hh:mm); unset means check hourly"),
    Setting("LogFlushInterval", "5", integer(1, 60, Text("minutes")),
            "Minutes between writes of buffered audit lines"),
    Setting("MaxLogCacheLimit", "512000", integer(1, None, Text("bytes")),
            "Buffered audit bytes that force a write"),
    Setting("MaxLogFileSize", "1024000", integer(1, None, Text("bytes")),
            "Size at which a new audit file is started"),
    Setting("ValidLogFileTypes", LOG_TYPES, word_list(r"[A-Za-z0-9_\-]{1,64}", Text("log type")),
            "Log types devices may upload"),
    Setting("ValidLogFileExtensions", LOG_EXTENSIONS,
            word_list(r"\.[A-Za-z0-9]{1,16}", Text("file extension (like .txt)")),
            "File extensions devices may upload"),
    Setting("MaxLogUploadSize", "10485760", integer(1, None, Text("bytes")),
            "Largest device log upload"),
    Setting("InternalBaseUrl", "", optional(url),
            "Base URL phones inside use; unset means http://<host>:<port>"),
    Setting("ExternalBaseUrl", "", optional(url),
            "Base URL published by the reverse proxy; unset means no external URL"),
    Setting("BindAddress", "127.0.0.1", address, "Address the server listens on"),
    Setting("Port", "8080", integer(1, 65535), "Port the server listens on"),
    Setting("InternalNetworks", PRIVATE_NETWORKS, networks,
            "Networks allowed to use the internal endpoints (CIDR list)"),
    Setting("TrustedProxies", "", addresses,
            "Reverse proxies whose X-Forwarded-For/-Proto are honoured"),
    Setting("PollIntervalHours", "24", integer(1, 168, Text("hours")),
            "How often phones are told to check again"),
    Setting("Site", "", optional(site_name), "This server's site, for site-scoped test devices"),
    Setting("Pool", "", optional(site_name),
            "Server name shown in rule identities (default: the host's FQDN)"),
    Setting("MaxPackageUnpackedSize", str(4 * 1024**3), integer(1, None, Text("bytes")),
            "Largest total size an update package may unpack to"),
)

BY_NAME: dict[str, Setting] = {fold(s.name): s for s in SETTINGS}


def find_setting(name: str) -> Setting:
    """Look a setting up by its Lync name, ignoring case."""
    try:
        return BY_NAME[fold(name.strip())]
    except KeyError:
        known = ", ".join(s.name for s in SETTINGS)
        raise InvalidValueError("unknown setting '{name}'; known settings: {known}", name=name,
                                known=known) from None


def canonical(value: Any) -> str:
    """The text stored for a parsed value."""
    if value is None:
        return ""
    if isinstance(value, tuple):
        return ", ".join(value)
    return str(value)


def attribute_name(name: str) -> str:
    """The Python name of a Lync setting: LogCleanUpInterval -> log_clean_up_interval."""
    return re.sub(r"(?<!^)(?=[A-Z])", "_", name).lower()


@dataclass(frozen=True)
class ServiceSettings:
    """Every setting's current value, typed: ``settings.port`` is an int.

    One attribute per entry of :data:`SETTINGS`, named by :func:`attribute_name`
    (a test keeps the two in step); ``settings["Port"]`` looks a setting up by
    its Lync name, as the command line and the settings dialog do.
    """

    log_clean_up_interval: int
    log_clean_up_time_of_day: str | None
    log_flush_interval: int
    max_log_cache_limit: int
    max_log_file_size: int
    valid_log_file_types: tuple[str, ...]
    valid_log_file_extensions: tuple[str, ...]
    max_log_upload_size: int
    internal_base_url: str | None
    external_base_url: str | None
    bind_address: str
    port: int
    internal_networks: tuple[str, ...]
    trusted_proxies: tuple[str, ...]
    poll_interval_hours: int
    site: str | None
    pool: str | None
    max_package_unpacked_size: int

    @classmethod
    def from_texts(cls, stored: dict[str, str]) -> ServiceSettings:
        return cls(**{attribute_name(s.name): s.value(stored.get(s.name, s.default))
                      for s in SETTINGS})

    @classmethod
    def defaults(cls) -> ServiceSettings:
        return cls.from_texts({})

    def __getitem__(self, name: str) -> Any:
        return getattr(self, attribute_name(find_setting(name).name))
