"""The one place that knows the data folder's layout (docs/protocol.md §9).

Every other module asks a :class:`DataFolder` where things are instead of
joining path names itself, so the layout can be read (and changed) in one look.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path


@dataclass(frozen=True)
class DataFolder:
    """Paths under one data folder; nothing here touches the disk."""

    root: Path

    def __post_init__(self) -> None:
        object.__setattr__(self, "root", Path(self.root))

    @property
    def store_file(self) -> Path:
        """The SQLite store: rules, files, test devices, settings, history, inventory."""
        return self.root / "store.sqlite3"

    @property
    def update_store(self) -> Path:
        """``DeviceUpdateStore``: the update files, in Lync's layout."""
        return self.root / "DeviceUpdateStore"

    @property
    def staging(self) -> Path:
        """Where imports unpack before they commit (same disk, so moving is renaming)."""
        return self.root / "tmp"

    @property
    def layout_holding(self) -> Path:
        """Where a revision-1 store's folders wait while the layout is converted."""
        return self.root / "layout-conversion"

    @property
    def logs(self) -> Path:
        """Everything automatic clean-up and ``clear-logs`` may delete."""
        return self.root / "Logs"

    @property
    def device_logs(self) -> Path:
        """Logs phones uploaded, a folder per log type."""
        return self.logs / "Client"

    @property
    def audit(self) -> Path:
        """The request handler audit log (docs/protocol.md §6.4)."""
        return self.logs / "Server" / "Audit" / "imageUpdates"

    @property
    def errors_log(self) -> Path:
        """Where the command line keeps the details of a bug it met."""
        return self.root / "ucupdates-errors.log"
