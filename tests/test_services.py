"""Services beyond the rule lifecycle: test devices, accounts, settings, clean-up, the store."""

from __future__ import annotations

import os
import sqlite3
import time

import pytest

from app.domain.errors import (
    AccountExistsError,
    ConflictError,
    InvalidValueError,
    NotFoundError,
    UserError,
)
from app.domain.rules import RuleAction
from app.domain.test_devices import TestDevice
from app.services import RuleFilter, Services


def test_test_device_names_and_identifiers_are_unique_per_scope(services):
    services.add_test_device(TestDevice.checked("lab", mac="00-04-F2-12-34-56"))
    with pytest.raises(ConflictError, match="already exists"):
        services.add_test_device(TestDevice.checked("LAB", serial="S1"))
    with pytest.raises(ConflictError, match="already test device 'lab'"):
        services.add_test_device(TestDevice.checked("other", mac="0004f2123456"))
    services.add_test_device(TestDevice.checked("lab", serial="S1", scope="site:Berlin"))
    assert [d.scope for d in services.test_devices()] == ["global", "site:Berlin"]


def test_replacing_a_test_device_is_one_step(services):
    services.add_test_device(TestDevice.checked("a", mac="00-04-F2-12-34-56"))
    services.add_test_device(TestDevice.checked("b", serial="S1"))
    with pytest.raises(ConflictError):  # b's serial is taken: a must survive unchanged
        services.replace_test_device("a", "global", TestDevice.checked("a", serial="S1"))
    assert {d.name: d.identifier for d in services.test_devices()} == {
        "a": "00-04-F2-12-34-56", "b": "S1"}
    services.replace_test_device("a", "global", TestDevice.checked("a2", serial="S2"))
    assert {d.name for d in services.test_devices()} == {"a2", "b"}


def test_removing_an_unknown_test_device_says_so(services):
    with pytest.raises(NotFoundError, match="no test device named 'ghost'"):
        services.remove_test_device("ghost")


def test_passwords_are_stored_as_salted_scrypt_hashes(services, data_dir):
    assert services.set_user_password("alice", "correct horse") is True
    assert services.set_user_password("bob", "correct horse") is True
    assert services.check_credentials("ALICE", "correct horse")
    assert not services.check_credentials("alice", "wrong horse")
    assert not services.check_credentials("nobody", "correct horse")
    raw = (data_dir / "store.sqlite3").read_bytes() + (data_dir / "store.sqlite3-wal").read_bytes()
    assert b"correct horse" not in raw
    hashes = [u.password_hash for u in services.users()]
    assert all(h.startswith("scrypt$") for h in hashes) and hashes[0] != hashes[1]


def test_short_password_and_bad_name_are_refused(services):
    with pytest.raises(InvalidValueError, match="at least 8"):
        services.set_user_password("alice", "short")
    with pytest.raises(InvalidValueError, match="user name"):
        services.set_user_password("a b", "long enough")
    assert services.users() == []


def test_invalid_setting_changes_nothing(services):
    services.set_setting("PollIntervalHours", "12")
    with pytest.raises(InvalidValueError, match="1..168"):
        services.set_setting("PollIntervalHours", "500")
    assert services.settings()["PollIntervalHours"] == 12


def test_settings_are_stored_all_or_nothing(services):
    with pytest.raises(InvalidValueError, match="Port"):
        services.set_settings({"PollIntervalHours": "12", "Port": "99999"})
    assert services.settings().poll_interval_hours == 24, "the valid one was not stored"
    assert services.history() == []
    services.set_settings({"PollIntervalHours": "12", "Port": "9001"})
    assert (services.settings().poll_interval_hours, services.settings().port) == (12, 9001)
    assert [h.subject for h in services.history()] == ["Port", "PollIntervalHours"]


def test_accounts_exist_in_any_case_and_say_so_in_a_type(services):
    services.add_user("Alice", "long enough")
    with pytest.raises(AccountExistsError, match="'Alice' exists"):
        services.add_user("ALICE", "other password")
    assert services.check_credentials("alice", "long enough")
    with pytest.raises(NotFoundError, match="no user account named 'bob'"):
        services.reset_password("bob", "long enough")
    services.reset_password("alice", "new password")
    assert services.check_credentials("Alice", "new password")
    assert [a.name for a in services.users()] == ["Alice"]
    assert services.account_named("aLiCe").name == "Alice"


def test_optional_setting_can_be_unset(services):
    services.set_setting("ExternalBaseUrl", "https://updates.example.com/")
    assert services.settings()["ExternalBaseUrl"] == "https://updates.example.com"
    services.set_setting("ExternalBaseUrl", "")
    assert services.settings()["ExternalBaseUrl"] is None


def test_clear_files_keeps_every_referenced_version(services, sample_cab, data_dir):
    for version in ("4.0.1.1", "4.0.1.2", "4.0.1.3"):
        services.import_package(services.read_package(sample_cab(version)))
        services.apply(RuleAction.APPROVE, RuleFilter())
    # approved 4.0.1.3, restore 4.0.1.2; 4.0.1.1 is referenced by nobody
    cleared = services.clear_files()
    assert len(cleared.versions) == 4 and all(d.endswith("/4.0.1.1/CPE") for d in cleared.versions)
    assert cleared.freed_bytes > 4 * 4096
    store = data_dir / "DeviceUpdateStore"
    versions = {p.parent.name for p in store.glob("*/*/*/*/*/*/*")}
    assert versions == {"4.0.1.2", "4.0.1.3"}
    assert services.clear_files().versions == ()


def test_clear_files_removes_folders_the_store_never_knew(services, data_dir):
    stray = data_dir / "DeviceUpdateStore/UCPhone/X/Y/A/ENU/1.0.0.0/CPE"
    stray.mkdir(parents=True)
    (stray / "CPE.nbt").write_bytes(b"x" * 10)
    assert services.clear_files().leftovers == 1
    assert not stray.exists()


def test_clear_logs_deletes_only_old_files(services, data_dir):
    logs = data_dir / "Logs/Client/Watson"
    logs.mkdir(parents=True)
    old, new = logs / "old.dmp", logs / "new.dmp"
    old.write_text("old")
    new.write_text("new")
    ten_days_ago = time.time() - 10 * 86400
    os.utime(old, (ten_days_ago, ten_days_ago))
    assert services.clear_logs(5) == 1
    assert not old.exists() and new.exists()
    with pytest.raises(InvalidValueError, match="1..30"):
        services.clear_logs(31)


def test_store_uses_wal_and_a_schema_version(services, data_dir):
    conn = sqlite3.connect(data_dir / "store.sqlite3")
    assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    assert conn.execute("PRAGMA user_version").fetchone()[0] >= 1
    conn.close()


def test_store_from_a_newer_program_is_refused_with_a_message(data_dir):
    Services(data_dir).close()
    conn = sqlite3.connect(data_dir / "store.sqlite3")
    conn.execute("PRAGMA user_version = 99")
    conn.close()
    with pytest.raises(UserError, match="newer ucupdates"):
        Services(data_dir)
