"""Four-part numeric versions such as ``4.0.7577.4366``."""

from __future__ import annotations

import re
from dataclasses import dataclass

from app.domain.errors import InvalidValueError

_VERSION_RE = re.compile(r"^[0-9]{1,5}\.[0-9]{1,5}\.[0-9]{1,5}\.[0-9]{1,5}\Z")
PART_MAX = 65535


@dataclass(frozen=True, order=True)
class Version:
    """A device version; compares numerically, part by part."""

    parts: tuple[int, int, int, int]

    @classmethod
    def parse(cls, text: str) -> Version:
        """Parse ``a.b.c.d`` with each part 0..65535, or raise InvalidValueError."""
        cleaned = text.strip() if isinstance(text, str) else ""
        if not _VERSION_RE.match(cleaned):
            raise InvalidValueError(
                "'{text}' is not a version: expected four numbers separated by dots, "
                "e.g. 4.0.7577.4366", text=text)
        parts = tuple(int(p) for p in cleaned.split("."))
        if any(p > PART_MAX for p in parts):
            raise InvalidValueError("'{text}' is not a version: each part must be 0..65535",
                                    text=text)
        return cls(parts)  # type: ignore[arg-type]

    def __str__(self) -> str:
        return ".".join(str(p) for p in self.parts)


def parse_optional(text: str | None) -> Version | None:
    """Parse a stored version that may be absent."""
    return None if text is None else Version.parse(text)
