""""What would this device get?" answers what the server answers, in every rule state.

Both call ``offers_for`` on the catalog; this asks both, for each state a rule
can be in, for a test device and for any other phone, and compares.
"""

from __future__ import annotations

import pytest
from web_support import CX600, MAC, NEW, NEWER, OLD

from app.domain.names import DeviceKind
from app.domain.rules import RuleAction
from app.domain.test_devices import TestDevice
from app.services import RuleFilter

OTHER_MAC = "00-04-F2-99-99-99"
STATES = ["pending only", "approved", "approved and pending", "restored to nothing",
          "rolled back", "pending cancelled", "removed"]


def reach(web, state: str) -> None:
    """Bring the CX600 rule (NEW pending, from the fixture) into *state*."""
    act = {"approve": RuleAction.APPROVE, "reset": RuleAction.RESET,
           "restore": RuleAction.RESTORE, "remove": RuleAction.REMOVE}
    steps = {
        "pending only": [],
        "approved": ["approve"],
        "approved and pending": ["approve", NEWER],
        "restored to nothing": ["approve", "restore"],
        "rolled back": ["approve", NEWER, "approve", "restore"],
        "pending cancelled": ["approve", NEWER, "reset"],
        "removed": ["remove"],
    }[state]
    for step in steps:
        if step in act:
            web.services.apply(act[step], RuleFilter())
        else:
            web.package(step)


def served(web, mac: str, running: str) -> tuple[str, str] | None:
    (download,) = web.check(mac=mac, modules=(("CPE", running),)).downloads or [None]
    return None if download is None else (download.get("Version"), download.get("Approval"))


def asked(web, mac: str, running: str) -> tuple[str, str] | None:
    ((_, _, offer),) = web.services.what_would_device_get(DeviceKind(*CX600), mac, None,
                                                          {"CPE": running})
    return (str(offer.version), offer.approval) if offer.offered else None


@pytest.mark.parametrize("state", STATES)
@pytest.mark.parametrize("running", [OLD, NEW, NEWER])
def test_the_dialog_and_the_server_give_the_same_answer(web, state, running):
    web.services.add_test_device(TestDevice.checked("lab", mac=MAC))
    reach(web, state)
    for mac in (MAC, OTHER_MAC):
        assert asked(web, mac, running) == served(web, mac, running), (state, mac, running)


def test_a_test_device_of_another_site_is_answered_alike(web):
    web.services.set_setting("Site", "Berlin")
    web.services.add_test_device(TestDevice.checked("lab", mac=MAC, scope="site:Paris"))
    assert asked(web, MAC, OLD) == served(web, MAC, OLD) is None
    web.services.add_test_device(TestDevice.checked("lab2", mac=OTHER_MAC,
                                                    scope="site:Berlin"))
    assert asked(web, OTHER_MAC, OLD) == served(web, OTHER_MAC, OLD) == (NEW, "Pending")
