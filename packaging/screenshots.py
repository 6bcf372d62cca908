"""Screenshots of every tab and the main dialogs, offscreen, into docs/screenshots/.

Run from the project root:  python packaging/screenshots.py [--out docs/screenshots]
[--language de]

Builds a throwaway data folder with a realistic story (two packages, an
approval, test devices, a running server that a few phones checked with),
opens the real window offscreen and saves ``QWidget.grab()`` of each view.
"""

from __future__ import annotations

import argparse
import http.client
import os
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from PySide6.QtCore import QSettings  # noqa: E402
from PySide6.QtWidgets import QApplication, QWidget  # noqa: E402

from app.domain.rules import RuleAction  # noqa: E402
from app.domain.test_devices import TestDevice  # noqa: E402
from app.packages.builder import SAMPLE_KINDS, cabinet_bytes, sample_members  # noqa: E402
from app.services import RuleFilter, Services  # noqa: E402

V1, V2, V3 = "4.0.7577.4366", "4.0.7577.4400", "4.0.7577.4500"


def build_story(services: Services, work: Path) -> None:
    """Approved 4366 everywhere, 4400 pending, two test devices."""
    for version in (V1, V2):
        path = work / f"sample-{version}.cab"
        path.write_bytes(cabinet_bytes(sample_members(256 * 1024, version)))
        services.import_package(services.read_package(path))
        if version == V1:
            services.apply(RuleAction.APPROVE, RuleFilter())
    services.add_test_device(TestDevice.checked("Lab CX600", mac="00-04-F2-12-34-56"))
    services.add_test_device(TestDevice.checked("Berlin desk", serial="AASTRA-0042",
                                                scope="site:Berlin"))


def phone_checks(port: int) -> None:
    """A few phones ask, as real ones would."""
    phones = [(SAMPLE_KINDS[i % 4], f"00-04-F2-00-00-{i:02X}", f"SN{i:04d}", "4.0.7577.4066")
              for i in range(12)]
    phones.append((SAMPLE_KINDS[0], "00-04-F2-12-34-56", "CX-LAB", "4.0.7577.4366"))
    phones.append((("UCPhone", "Snom", "D735", "A", "DEU"), "00-04-13-AA-BB-CC", "", "1.0.0.1"))
    for kind, mac, serial, version in phones:
        body = ("<UpdateRequest>" + "".join(
            f"<{t}>{v}</{t}>" for t, v in zip(
                ("DeviceType", "Brand", "Model", "Revision", "Locale"), kind, strict=True))
            + f"<MacAddress>{mac}</MacAddress>"
            + (f"<SerialNumber>{serial}</SerialNumber>" if serial else "")
            + f'<Modules><Module UpdateType="CPE" Version="{version}"/></Modules>'
            "</UpdateRequest>")
        conn = http.client.HTTPConnection("127.0.0.1", port, timeout=10)
        conn.request("POST", "/RequestHandler/ucdevice.upx", body, {"Content-Type": "text/xml"})
        conn.getresponse().read()
        conn.close()


def settle(app: QApplication, ctx, seconds: float = 0.5) -> None:
    """Let background loads finish and their results reach the widgets."""
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline or ctx.tasks.busy:
        app.processEvents()
        time.sleep(0.01)


def save(widget: QWidget, out: Path, name: str) -> None:
    widget.grab().save(str(out / f"{name}.png"))
    print(f"wrote {out / name}.png")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=ROOT / "docs" / "screenshots")
    parser.add_argument("--language", default="en", choices=("en", "de"))
    args = parser.parse_args()
    args.out.mkdir(parents=True, exist_ok=True)
    app = QApplication([])
    from app.ui.i18n import install_language
    install_language(args.language)
    with tempfile.TemporaryDirectory() as scratch:
        shoot(app, Path(scratch), args.out)


def shoot(app: QApplication, work: Path, out: Path) -> None:
    from app.ui.app import build_context
    from app.ui.dialogs.import_preview import ImportPreviewDialog
    from app.ui.dialogs.query import DeviceQueryDialog
    from app.ui.dialogs.settings import SettingsDialog
    from app.ui.dialogs.test_device import TestDeviceDialog
    from app.ui.main_window import DEFAULT_SIZE, MainWindow

    services = Services(work / "data", os_user="admin")
    build_story(services, work)
    ctx = build_context(services, QSettings(str(work / "ui.ini"), QSettings.Format.IniFormat))
    window = MainWindow(ctx)
    window.resize(DEFAULT_SIZE)  # as a new administrator first sees it
    window.show()
    window.server_panel.port_spin.setValue(0)
    window.server_panel.start()  # the address is remembered on the write road first
    deadline = time.monotonic() + 30
    while not ctx.server.running and time.monotonic() < deadline:
        app.processEvents()
        time.sleep(0.01)
    phone_checks(ctx.server.state.port)
    ctx.server.runner.app.inventory.flush()
    ctx.server.poll_now()
    window.refresh_all()
    settle(app, ctx, 1.0)
    for index, name in enumerate(("pending", "approved", "test-devices", "devices", "logs",
                                  "history")):
        window.tabs.setCurrentIndex(index)
        settle(app, ctx)
        save(window, out, f"tab-{name}")
    path = work / "newer.cab"
    path.write_bytes(cabinet_bytes(sample_members(256 * 1024, V3)))
    preview = ImportPreviewDialog(services.preview_import(services.read_package(path)), window)
    preview.show()
    settle(app, ctx)
    save(preview, out, "dialog-import-preview")
    preview.close()
    settings = SettingsDialog(ctx, window)
    settings.show()
    settle(app, ctx)
    save(settings, out, "dialog-settings")
    settings.close()
    query = DeviceQueryDialog(ctx, window)
    query.set_kind(SAMPLE_KINDS[0])
    query.set_device(mac="00-04-F2-12-34-56", version="4.0.7577.4366")
    query.check()
    query.show()
    settle(app, ctx)
    save(query, out, "dialog-what-would-it-get")
    query.close()
    device = TestDeviceDialog(window)
    device.show()
    settle(app, ctx)
    save(device, out, "dialog-test-device")
    device.close()
    ctx.server.stop()  # closing with the server running would ask first
    window.close()
    settle(app, ctx)
    services.close()


if __name__ == "__main__":
    main()
