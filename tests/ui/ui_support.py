"""Helpers the console's tests share: a prompter that answers for the user, sample devices."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from pathlib import Path

from app.domain.inventory import DeviceSighting
from app.domain.names import DeviceKind
from app.packages.builder import SAMPLE_KINDS
from app.ui.messages import Prompter


@dataclass
class Said:
    """One message the window showed: a confirmation, report or error."""

    title: str
    text: str
    details: str = ""
    problem: bool = False
    accept: str = ""  # a confirmation's buttons: what they say, and which is the default
    reject: str = ""
    cautious: bool = False


@dataclass
class RecordingPrompter(Prompter):
    """Records every prompt instead of showing it; answers from its attributes."""

    confirm_answer: bool = True
    confirm_answers: list[bool] = field(default_factory=list)  # answered first, in order
    open_path: Path | None = None
    folder_path: Path | None = None
    int_answer: int | None = None
    errors: list[BaseException] = field(default_factory=list)
    error_titles: list[str] = field(default_factory=list)
    confirms: list[Said] = field(default_factory=list)
    reports: list[Said] = field(default_factory=list)

    def error(self, parent, exc: BaseException, title: str = "") -> None:
        self.errors.append(exc)
        self.error_titles.append(title)

    def confirm(self, parent, title: str, text: str, details: str = "", *,
                accept: str = "", reject: str = "", cautious: bool = False) -> bool:
        self.confirms.append(Said(title, text, details, accept=accept, reject=reject,
                                  cautious=cautious))
        return self.confirm_answers.pop(0) if self.confirm_answers else self.confirm_answer

    def report(self, parent, title: str, text: str, details: str = "",
               problem: bool = False) -> None:
        self.reports.append(Said(title, text, details, problem))

    def ask_int(self, parent, title: str, label: str, value: int, low: int,
                high: int) -> int | None:
        return self.int_answer

    def open_file(self, parent, title: str, filters: str) -> Path | None:
        return self.open_path

    def folder(self, parent, title: str) -> Path | None:
        return self.folder_path


UNKNOWN_KIND = ("UCPhone", "Snom", "D7xx", "A", "DEU")
START = datetime(2024, 5, 1, 8, 0, tzinfo=UTC)


def sighting(n: int, *, kind: tuple[str, ...] = SAMPLE_KINDS[0],
             version: str = "4.0.7577.4000", offer: str | None = None,
             external: bool = False, test: bool = False,
             user: str | None = None) -> DeviceSighting:
    """Device number *n*: MAC 00-04-F2-xx-xx-xx, serial SN<n>, seen n minutes after START."""
    mac = "00-04-F2-" + "-".join(f"{(n >> s) & 0xFF:02X}" for s in (16, 8, 0))
    return DeviceSighting(
        DeviceKind(*kind), mac, f"SN{n:06d}", {"CPE": version},
        (START + timedelta(minutes=n)).isoformat(), f"10.0.{n // 250}.{n % 250 + 1}",
        user, external, offer, test)


def record(services, sightings: list[DeviceSighting]) -> None:
    services.record_sightings([(s, 1) for s in sightings])


def start_server(window, ctx, qtbot, port: int = 0) -> int:
    """Start the window's server as the Start action does (the address is remembered on the
    write road first) and wait until it listens; returns its port."""
    window.server_panel.port_spin.setValue(port)
    window.start_action.trigger()
    qtbot.waitUntil(lambda: ctx.server.running or bool(ctx.prompter.errors), timeout=10_000)
    assert ctx.server.running, ctx.prompter.errors
    return ctx.server.state.port
