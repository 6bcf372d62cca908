"""Versions, names, test-device identifiers and settings: what is accepted and what is said."""

from __future__ import annotations

import dataclasses

import pytest

from app.domain.errors import InvalidValueError
from app.domain.names import DeviceKind, check_file_name, check_name
from app.domain.settings import SETTINGS, ServiceSettings, attribute_name, find_setting
from app.domain.test_devices import TestDevice, is_test_device, normalize_mac, normalize_scope
from app.domain.versions import Version


def test_versions_compare_numerically_not_as_text():
    assert Version.parse("4.0.7577.10") > Version.parse("4.0.7577.9")
    assert Version.parse("4.0.07577.4366") == Version.parse("4.0.7577.4366")
    assert str(Version.parse("4.0.07577.4366")) == "4.0.7577.4366"


@pytest.mark.parametrize("text", ["4.0.7577", "4.0.7577.4366.1", "4.0.x.1", "4.0.65536.1",
                                  "", " . . . ", "-1.0.0.0", "1.0.0.0\n2",
                                  "\uff14.0.7577.4366"])
def test_bad_versions_are_refused_with_the_value(text):
    with pytest.raises(InvalidValueError, match="not a version"):
        Version.parse(text)


def test_device_kinds_match_without_case():
    a = DeviceKind.checked("UCPhone", "Polycom", "CX600", "A", "ENU")
    b = DeviceKind.checked("ucphone", "POLYCOM", "cx600", "a", "enu")
    assert a.matches(b) and a != b


@pytest.mark.parametrize("value", ["", ".", "..", "a/b", "a\\b", "x" * 65, "caf\u00e9", "a;b",
                                   "Polycom\n"])
def test_bad_names_are_refused(value):
    with pytest.raises(InvalidValueError, match="Brand"):
        check_name("Brand", value)


def test_file_names_allow_128_characters_but_no_separators():
    assert check_file_name("CPE.nbt") == "CPE.nbt"
    assert check_file_name("a" * 128)
    for bad in ("a" * 129, "dir/CPE.nbt", "..\\CPE.nbt", "..", "NUL.dmp", "con.txt"):
        with pytest.raises(InvalidValueError, match="file name"):
            check_file_name(bad)


@pytest.mark.parametrize("text", ["00-04-F2-12-34-56", "00:04:f2:12:34:56", "0004F2123456",
                                  " 00-04-f2-12-34-56 "])
def test_mac_forms_are_normalized(text):
    assert normalize_mac(text) == "00-04-F2-12-34-56"


@pytest.mark.parametrize("text", ["00-04-F2-12-34", "00-04:F2-12-34-56", "00-04-F2-12-34-5G",
                                  "0004F212345", "00--04-F2-12-34-56", ""])
def test_bad_macs_are_explained(text):
    with pytest.raises(InvalidValueError, match="MAC address"):
        normalize_mac(text)


def test_test_device_needs_exactly_one_identifier_and_a_valid_serial():
    with pytest.raises(InvalidValueError, match="either"):
        TestDevice.checked("x", mac="00-04-F2-12-34-56", serial="S1")
    with pytest.raises(InvalidValueError, match="serial"):
        TestDevice.checked("x", serial="CX600 0001")
    assert TestDevice.checked("x", serial="CX600_0001-a").identifier == "CX600_0001-a"


def test_scopes():
    assert normalize_scope(None) == "global"
    assert normalize_scope("GLOBAL") == "global"
    assert normalize_scope("Site:Berlin") == "site:Berlin"
    for bad in ("site:", "region:x", "site:a/b"):
        with pytest.raises(InvalidValueError, match="scope"):
            normalize_scope(bad)


def test_test_device_matching_honours_site_scope():
    devices = [TestDevice.checked("a", mac="00:04:f2:12:34:56"),
               TestDevice.checked("b", serial="SN1", scope="site:Berlin")]
    assert is_test_device(devices, None, "0004f2123456", None)
    assert not is_test_device(devices, None, None, "SN1")
    assert is_test_device(devices, "berlin", None, "sn1")
    assert not is_test_device(devices, "Paris", "00-04-F2-12-34-57", "SN1")


def test_settings_defaults_match_lync():
    current = ServiceSettings.from_texts({})
    assert current["LogCleanUpInterval"] == 10
    assert current["MaxLogFileSize"] == 1024000
    assert current["ValidLogFileTypes"] == ("Watson", "Config", "DiagLog", "CELog")
    assert ".clg2" in current["ValidLogFileExtensions"]
    assert current["Port"] == 8080 and current["BindAddress"] == "127.0.0.1"
    assert current["ExternalBaseUrl"] is None and current["LogCleanUpTimeOfDay"] is None


def test_every_setting_has_one_typed_attribute_and_the_lync_name_reaches_it():
    declared = {f.name for f in dataclasses.fields(ServiceSettings)}
    assert declared == {attribute_name(s.name) for s in SETTINGS}
    current = ServiceSettings.from_texts({"Port": "9000", "TrustedProxies": "10.0.0.1"})
    assert current.port == 9000 == current["port"] == current["PORT"]
    assert current.trusted_proxies == ("10.0.0.1",)
    assert attribute_name("MaxLogUploadSize") == "max_log_upload_size"


@pytest.mark.parametrize("name,value,words", [
    ("LogCleanUpInterval", "0", "1..365"),
    ("LogCleanUpInterval", "366", "1..365"),
    ("LogFlushInterval", "61", "1..60"),
    ("PollIntervalHours", "abc", "whole number"),
    ("Port", "70000", "1..65535"),
    ("LogCleanUpTimeOfDay", "25:00", "hh:mm"),
    ("ExternalBaseUrl", "ftp://x", "URL"),
    ("InternalNetworks", "10.0.0.0/33", "network"),
    ("BindAddress", "localhost", "IP address"),
    ("ValidLogFileExtensions", "txt", "file extension"),
    ("MaxLogCacheLimit", "0", "at least 1"),
])
def test_invalid_settings_are_refused_naming_the_setting(name, value, words):
    with pytest.raises(InvalidValueError) as caught:
        find_setting(name).value(value)
    assert name in str(caught.value) and words in str(caught.value)


def test_unknown_setting_lists_the_known_ones():
    with pytest.raises(InvalidValueError, match="PollIntervalHours"):
        find_setting("PollInterval")
