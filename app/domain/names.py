"""Device kinds and the names that make them up (docs/protocol.md §2, §3)."""

from __future__ import annotations

import re
from dataclasses import dataclass

from app.domain.errors import InvalidValueError

_NAME_RE = re.compile(r"^[A-Za-z0-9 _.\-]{1,64}\Z")
_FILE_NAME_RE = re.compile(r"^[A-Za-z0-9 _.\-]{1,128}\Z")

_WINDOWS_RESERVED = {"CON", "PRN", "AUX", "NUL", *(f"COM{i}" for i in range(1, 10)),
                     *(f"LPT{i}" for i in range(1, 10))}

KIND_FIELDS = ("DeviceType", "Brand", "Model", "Revision", "Locale")


def check_name(field: str, value: str) -> str:
    """Return *value* if it is a valid kind or update-type name, else raise."""
    if not isinstance(value, str) or not _NAME_RE.match(value) or value in (".", ".."):
        raise InvalidValueError(
            "{field} '{value}' is not valid: use 1 to 64 letters, digits, spaces, "
            "'-', '_' or '.' (and not '.' or '..' alone)", field=field, value=value)
    return value


def check_file_name(value: str) -> str:
    """Return *value* if it is a valid update file name (no path separators), else raise."""
    if not isinstance(value, str) or not _FILE_NAME_RE.match(value) or value in (".", ".."):
        raise InvalidValueError(
            "file name '{value}' is not valid: use 1 to 128 letters, digits, spaces, "
            "'-', '_' or '.', with no folder separators", value=value)
    if value.split(".")[0].strip().upper() in _WINDOWS_RESERVED:
        raise InvalidValueError("file name '{value}' is reserved on Windows", value=value)
    return value


def fold(value: str) -> str:
    """The case-insensitive form used to match names."""
    return value.casefold()


@dataclass(frozen=True)
class DeviceKind:
    """(DeviceType, Brand, Model, Revision, Locale); kept as first seen, matched without case."""

    device_type: str
    brand: str
    model: str
    revision: str
    locale: str

    @classmethod
    def checked(cls, *values: str) -> DeviceKind:
        """Build a kind, validating every part."""
        return cls(*(check_name(f, v) for f, v in zip(KIND_FIELDS, values, strict=True)))

    def parts(self) -> tuple[str, str, str, str, str]:
        return (self.device_type, self.brand, self.model, self.revision, self.locale)

    @property
    def key(self) -> str:
        """Case-insensitive identity of the kind."""
        return "/".join(fold(p) for p in self.parts())

    def matches(self, other: DeviceKind) -> bool:
        return self.key == other.key

    def __str__(self) -> str:
        return " ".join(self.parts())
