"""The inventory a window at a time (issue 12): devices share profiles, the console's
list is built in SQL, and it must agree with working it out device by device."""

from __future__ import annotations

import sqlite3
from datetime import UTC, datetime, timedelta

import pytest

from app.domain.compliance import Compliance
from app.domain.inventory import (
    DeviceColumn,
    DeviceQuery,
    DeviceSighting,
    SearchField,
    address_sort_key,
    versions_sort_key,
)
from app.domain.names import DeviceKind
from app.domain.rules import RuleAction
from app.packages.builder import SAMPLE_KINDS
from app.services import RuleFilter
from app.store.database import Database
from app.store.schema import MIGRATIONS

START = datetime(2024, 5, 1, 8, 0, tzinfo=UTC)
OTHER_KIND = ("UCPhone", "Snom", "D7xx", "A", "DEU")
VERSIONS = ("4.0.7577.4000", "4.0.7577.4366", "4.0.7577.4400")
pytestmark = pytest.mark.both_engines  # the console's list is the same on PostgreSQL


def seen(n: int, *, version: str | None = None, offer: str | None = None,
         mac: bool = True, minutes: int | None = None) -> DeviceSighting:
    kind = (*SAMPLE_KINDS, OTHER_KIND)[n % 5]
    address = f"10.0.{n % 3}.{(n * 7) % 250 + 1}" if n % 11 else f"fe80::{n:x}"
    return DeviceSighting(
        DeviceKind(*kind), f"00-04-F2-00-{n >> 8:02X}-{n & 0xFF:02X}" if mac else None,
        f"SN{n:05d}", {"CPE": version or VERSIONS[n % 3]},
        (START + timedelta(minutes=n if minutes is None else minutes)).isoformat(), address,
        f"user{n % 4}@example.com" if n % 2 else None, n % 6 == 0, offer, n % 17 == 0)


@pytest.fixture
def fleet(services, sample_cab):
    """120 devices of five kinds, three versions; Polycom and HP approved at 4366."""
    services.import_package(services.read_package(sample_cab(VERSIONS[1])))
    services.apply(RuleAction.APPROVE, RuleFilter(brand="Polycom"))
    services.apply(RuleAction.APPROVE, RuleFilter(brand="HP"))
    services.record_sightings([(seen(n, offer="CPE 4.0.7577.4366 Approved"
                                     if n % 4 == 0 else None), 1) for n in range(120)])
    return services


def listed(services, query: DeviceQuery):
    view = services.device_view()
    try:
        listing = services.list_devices(view, query)
        rows = services.device_window(view, 0, listing.size + 5)
    finally:
        view.close()
    assert len(rows) == listing.size
    return listing, [(r.entry, listing.states[r.profile_id]) for r in rows]


ORACLE = {  # the order the old in-Python model gave, by column
    DeviceColumn.KIND: lambda e, c: e.kind.key,
    DeviceColumn.MAC: lambda e, c: e.mac or "",
    DeviceColumn.SERIAL: lambda e, c: (e.serial or "").casefold(),
    DeviceColumn.VERSIONS: lambda e, c: versions_sort_key(e.versions),
    DeviceColumn.LAST_SEEN: lambda e, c: e.last_seen,
    DeviceColumn.ADDRESS: lambda e, c: address_sort_key(e.address),
    DeviceColumn.USER: lambda e, c: (e.user_id or "").casefold(),
    DeviceColumn.NETWORK: lambda e, c: e.external,
    DeviceColumn.COMPLIANCE: lambda e, c: list(Compliance).index(c),
    DeviceColumn.TEST: lambda e, c: not e.is_test_device,
}


@pytest.mark.parametrize("column", list(DeviceColumn))
@pytest.mark.parametrize("descending", [False, True])
def test_every_sort_agrees_with_sorting_device_by_device(fleet, column, descending):
    everything = fleet.inventory_with_compliance()
    listing, rows = listed(fleet, DeviceQuery(sort=column, descending=descending))
    key = ORACLE[column]
    assert [key(*r) for r in rows] == sorted((key(*r) for r in everything), reverse=descending)
    assert sorted(e.key for e, _ in rows) == sorted(e.key for e, _ in everything)
    assert {e.key: c for e, c in rows} == {e.key: c for e, c in everything}, \
        "each device's compliance is its profile's"
    assert fleet.count_devices() == {s: sum(c is s for _, c in everything) for s in Compliance}


@pytest.mark.parametrize("query,wanted", [
    (DeviceQuery(text="00-04-f2-00-00-0a"), lambda e, c: e.mac == "00-04-F2-00-00-0A"),
    (DeviceQuery(text="0004F200000A"), lambda e, c: e.mac == "00-04-F2-00-00-0A"),
    (DeviceQuery(text="snom d7"), lambda e, c: e.kind.brand == "Snom"),
    (DeviceQuery(text="CPE 4.0.7577.44"), lambda e, c: e.versions["CPE"] == VERSIONS[2]),
    (DeviceQuery(text="USER3@"), lambda e, c: e.user_id == "user3@example.com"),
    (DeviceQuery(text="fe80::"), lambda e, c: e.address.startswith("fe80::")),
    (DeviceQuery(text="100%_"), lambda e, c: False),
    (DeviceQuery(text="Ü"), lambda e, c: False),
    (DeviceQuery(text="00:04:F2:00:00:0A"), lambda e, c: e.mac == "00-04-F2-00-00-0A"),
    (DeviceQuery(text="00 04 f2 00 00 0a"), lambda e, c: e.mac == "00-04-F2-00-00-0A"),
    (DeviceQuery(text="zz", field=SearchField.MAC_PREFIX), lambda e, c: False),
    (DeviceQuery(text="O0", field=SearchField.MAC_PREFIX), lambda e, c: False),
    (DeviceQuery(text="0004f20000", field=SearchField.MAC_PREFIX),
     lambda e, c: e.mac.startswith("00-04-F2-00-00")),
    (DeviceQuery(text="00:04:F2:00:00:1", field=SearchField.MAC_PREFIX),
     lambda e, c: e.mac.startswith("00-04-F2-00-00-1")),
    (DeviceQuery(text="User1", field=SearchField.USER),
     lambda e, c: (e.user_id or "").startswith("user1")),
    (DeviceQuery(state=Compliance.BEHIND), lambda e, c: c is Compliance.BEHIND),
    (DeviceQuery(state=Compliance.UNKNOWN_KIND, text="SN0001"),
     lambda e, c: c is Compliance.UNKNOWN_KIND and "SN0001" in e.serial),
    (DeviceQuery(kind_key=DeviceKind(*SAMPLE_KINDS[0]).key),
     lambda e, c: e.kind == DeviceKind(*SAMPLE_KINDS[0])),
])
def test_filters_agree_with_filtering_device_by_device(fleet, query, wanted):
    everything = fleet.inventory_with_compliance()
    listing, rows = listed(fleet, query)
    expected = [e for e, c in everything if wanted(e, c)]
    assert sorted(e.key for e, _ in rows) == sorted(e.key for e in expected)
    assert sum(fleet.count_devices().values()) == len(everything)


def test_the_empty_inventory_lists_nothing(services):
    listing, rows = listed(services, DeviceQuery(text="x", sort=DeviceColumn.COMPLIANCE))
    assert (listing.size, rows) == (0, [])
    assert services.count_devices() == dict.fromkeys(Compliance, 0)
    assert services.rollouts() == {}


def test_a_device_keeps_its_id_across_checks_and_a_mac_joins_its_serial(services):
    services.record_sightings([(seen(1, mac=False), 1)])
    view = services.device_view()
    first = services.list_devices(view, DeviceQuery())
    (before,) = services.device_window(view, 0, 5)
    services.record_sightings([(seen(1, version=VERSIONS[2], minutes=500), 1)])
    services.list_devices(view, DeviceQuery())
    (after,) = services.device_window(view, 0, 5)
    view.close()
    assert first.size == 1 and before.device_id == after.device_id
    assert after.entry.mac == "00-04-F2-00-00-01" and after.entry.checks == 2
    assert after.entry.versions == {"CPE": VERSIONS[2]} and before.profile_id != after.profile_id


def test_a_late_batch_from_another_member_does_not_undo_a_newer_check(services):
    """Pool members batch their inventory writes: an older sighting can land last."""
    services.record_sightings([(seen(1, version=VERSIONS[2], minutes=500), 1)])
    services.record_sightings([(seen(1, version=VERSIONS[0], minutes=400), 2)])
    services.record_sightings([(seen(1, version=VERSIONS[1], minutes=300), 1)])
    (entry,) = services.inventory()
    assert entry.versions == {"CPE": VERSIONS[2]} and entry.checks == 4
    assert entry.last_seen == (START + timedelta(minutes=500)).isoformat()
    assert entry.first_seen == (START + timedelta(minutes=300)).isoformat()


def test_a_window_shows_a_device_removed_meanwhile_as_gone(fleet):
    view = fleet.device_view()
    listing = fleet.list_devices(view, DeviceQuery())
    first = fleet.device_window(view, 0, 3)
    fleet.remove_devices([first[1].entry.key])
    again = fleet.device_window(view, 0, 3)
    assert again[1] is None and again[0] == first[0] and listing.size == 120
    assert fleet.device_positions(view, [first[0].device_id, first[1].device_id,
                                         first[2].device_id]) == [0, 1, 2]
    view.close()


def test_rollouts_count_each_rules_phones(fleet):
    rollouts = fleet.rollouts()
    everything = fleet.inventory()
    for rule in fleet.rules():
        phones = [e for e in everything if e.kind == rule.kind]
        running = [e.versions["CPE"] for e in phones]
        got = rollouts[rule.id]
        approved = str(rule.approved) if rule.approved else None
        pending = str(rule.pending) if rule.pending else None
        assert got.approved == sum(v == approved for v in running)
        assert got.pending == sum(v == pending for v in running)
        assert got.phones == len(phones)
        assert got.last_check == max(e.last_seen for e in phones)
    polycom = next(r for r in fleet.rules() if r.kind.brand == "Polycom")
    assert rollouts[polycom.id].approved > 0 and rollouts[polycom.id].other > 0


def test_a_revision_3_inventory_moves_into_profiles(tmp_path):
    path = tmp_path / "store.sqlite3"
    conn = sqlite3.connect(path)
    for number, script in enumerate(MIGRATIONS[:3], start=1):
        conn.executescript(script)
        conn.execute(f"PRAGMA user_version = {number}")
    row = ("mac:00-04-F2-00-00-01", "00-04-F2-00-00-01", "SN1", "UCPhone", "Polycom", "CX600",
           "A", "ENU", "ucphone|polycom|cx600|a|enu")
    for n, (versions, address) in enumerate([('{"CPE": "4.0.1.1"}', "10.0.0.9"),
                                             ('{"CPE":"4.0.1.1"}', "10.0.0.10")]):
        conn.execute("INSERT INTO devices VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)",
                     (row[0][:-1] + str(n), row[1][:-1] + str(n), *row[2:], versions,
                      "2024-01-01", f"2024-01-0{n + 2}", address, None, 0, None, 0, 3))
    conn.commit()
    conn.close()
    db = Database(path)
    with db.read() as conn:
        from app.store import inventory as queries
        entries = queries.inventory(conn)
        assert conn.execute("SELECT COUNT(*) FROM device_profiles").fetchone()[0] == 1, \
            "the same versions however spelled: one profile"
        keys = [r[0] for r in conn.execute("SELECT address_key FROM devices ORDER BY "
                                           "address_key")]
    db.close()
    assert [e.address for e in entries] == ["10.0.0.10", "10.0.0.9"]
    assert keys == [address_sort_key("10.0.0.9"), address_sort_key("10.0.0.10")]
    assert all(e.checks == 3 and e.versions == {"CPE": "4.0.1.1"} for e in entries)


def test_the_export_streams_every_device_newest_first(services, engine):
    """``devices list`` reads the inventory as it prints it: on PostgreSQL through a
    server-side cursor, so a million phones never sit in the program's memory at once."""
    services.record_sightings([(seen(n), 1) for n in range(2500)])
    exported = services.iter_inventory()
    first = next(exported)
    if engine == "postgresql":
        with services.db.read() as conn:  # the export's own transaction, nested
            cursors = conn.execute("SELECT count(*) FROM pg_cursors").fetchone()[0]
        assert cursors == 1
    rest = list(exported)
    assert [first, *rest] == services.inventory()
    assert len(rest) == 2499 and first.last_seen >= rest[-1].last_seen
    half = services.iter_inventory()
    next(half)
    half.close()  # a reader that stops early (| head) leaves the store usable
    assert services.count_devices()
