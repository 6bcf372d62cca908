"""Revision 2 of the protocol, where the record of real Lync deployments is known (§11):
``BaseURL``, ``<Vendor>``, and the request handler audit log as report scripts read it."""

from __future__ import annotations

import csv
from datetime import UTC, datetime

import pytest
from revision1 import OLD_AUDIT_LINE, make_revision1_folder
from web_support import CX600, MAC, NEW, OLD, Web

from app.audit import AUDIT_DIR
from app.services import Services

PHONES = [  # (MAC, brand as the phone says it, user)
    ("00-04-F2-00-00-01", "Polycom", "sip:alice@contoso.com"),
    ("00-04-F2-00-00-02", "Polycom", None),
    ("00-04-F2-00-00-03", "polycom", "=HYPERLINK(\"http://evil\",\"x\")"),
]


def vendor_body(*, brand: str | None = None, vendor: str | None = None, mac: str = MAC,
                user: str | None = None) -> bytes:
    parts = ["<UpdateRequest><DeviceType>UCPhone</DeviceType>"]
    if brand is not None:
        parts.append(f"<Brand>{brand}</Brand>")
    if vendor is not None:
        parts.append(f"<Vendor>{vendor}</Vendor>")
    parts.append(f"<Model>CX600</Model><Revision>A</Revision><Locale>ENU</Locale>"
                 f"<MacAddress>{mac}</MacAddress>")
    if user is not None:
        parts.append(f"<UserId>{user.replace('&', '&amp;').replace('<', '&lt;')}</UserId>")
    parts.append(f'<Modules><Module UpdateType="CPE" Version="{OLD}"/></Modules>'
                 "</UpdateRequest>")
    return "".join(parts).encode()


# -- BaseURL ---------------------------------------------------------------------------------


def test_each_download_names_its_folder_and_each_file_is_that_folder_plus_its_name(web):
    web.services.set_setting("ExternalBaseUrl", "https://updates.example.com")
    web.approve()
    (download,) = web.check(mac=MAC).downloads
    folder = "UCPhone/Polycom/CX600/A/ENU/" + NEW + "/CPE"
    base, external = download.findtext("BaseURL"), download.findtext("ExternalBaseURL")
    assert base == f"{web.url}/DeviceUpdateFiles_Int/{folder}"
    assert external == f"https://updates.example.com/DeviceUpdateFiles_Ext/{folder}"
    for element in download.findall("File"):
        assert element.get("InternalUrl") == f"{base}/{element.get('Name')}"
        assert element.get("ExternalUrl") == f"{external}/{element.get('Name')}"
        assert web.request("GET", element.get("InternalUrl")[len(web.url):]).status == 200


def test_without_an_external_base_url_there_is_no_external_folder(web):
    web.approve()
    (download,) = web.check(mac=MAC).downloads
    assert download.find("ExternalBaseURL") is None
    assert all(f.get("ExternalUrl") is None for f in download.findall("File"))


# -- Vendor ------------------------------------------------------------------------------------


@pytest.mark.parametrize(("brand", "vendor"), [(None, "Polycom"), ("Polycom", "POLYCOM"),
                                               ("Polycom", None)])
def test_vendor_stands_for_brand(web, brand, vendor):
    web.approve()
    reply = web.check(vendor_body(brand=brand, vendor=vendor))
    assert reply.status == 200 and len(reply.downloads) == 1


@pytest.mark.parametrize(("brand", "vendor", "reason"), [
    ("Polycom", "Aastra", "brand-vendor-mismatch"),
    (None, None, "missing-Brand"),
])
def test_brand_and_vendor_that_disagree_or_are_missing_are_refused(web, brand, vendor, reason):
    reply = web.check(vendor_body(brand=brand, vendor=vendor))
    assert (reply.status, reply.reason) == (400, reason)
    web.stop()
    assert web.audit_lines()[-1][12] == f"400 {reason}"


# -- the audit log as report scripts read it -------------------------------------------------


def test_a_report_script_reads_the_audit_log_by_column_name(services, data_dir, package):
    package(NEW)
    server = Web(services, data_dir, package)
    server.approve()
    for mac, brand, user in PHONES:
        assert server.check(vendor_body(vendor=brand, mac=mac, user=user)).status == 200
    server.stop()
    files = sorted((data_dir / AUDIT_DIR).glob("RequestHandlerAuditLog_*_*.log"))
    assert files, "Lync's file names"
    seen = {}
    for path in files:
        with open(path, newline="", encoding="utf-8") as source:
            assert source.readline().startswith("Logging DateTime,")
            source.seek(0)
            for row in csv.DictReader(source):
                seen[row["Mac Address"]] = row
    assert set(seen) == {mac for mac, _, _ in PHONES}
    for mac, brand, _ in PHONES:
        row = seen[mac]
        assert (row["Vendor"].casefold(), row["Model"], row["Revision"]) == \
            (brand.casefold(), "CX600", "A")
        assert row["User Host Address"] == "127.0.0.1"
        assert row["Request Modules"] == f"CPE/{OLD}"
        assert row["Response Modules"] == f"CPE/{NEW}/Approved"
        logged = datetime.strptime(row["Logging DateTime"], "%Y-%m-%d %H:%M:%S")
        assert abs(logged.replace(tzinfo=UTC) - datetime.now(UTC)).total_seconds() < 120
    assert seen["00-04-F2-00-00-01"]["User Id"] == "sip:alice@contoso.com"
    assert seen["00-04-F2-00-00-03"]["User Id"].startswith("'="), "no cell runs as a formula"


def test_server_name_names_the_audit_file(services, data_dir, package):
    package(NEW)
    from app.web.runner import ServerRunner

    runner = ServerRunner(services, host="127.0.0.1", port=0, server_name="web01.contoso.com")
    runner.start()
    try:
        import http.client

        conn = http.client.HTTPConnection("127.0.0.1", runner.state.port, timeout=10)
        conn.request("POST", "/RequestHandler/ucdevice.upx", vendor_body(vendor="Polycom"))
        assert conn.getresponse().status == 200
        conn.close()
    finally:
        runner.stop()
    (audit_file,) = (data_dir / AUDIT_DIR).glob("*.log")
    assert audit_file.name == f"RequestHandlerAuditLog_web01.contoso.com_" \
                              f"{datetime.now(UTC):%Y%m%d}.log"


def test_revision1_audit_files_stay_readable_beside_new_ones(tmp_path):
    folder = make_revision1_folder(tmp_path / "old")
    services = Services(folder.data_dir)
    try:
        server = Web(services, folder.data_dir, package=None)
        assert server.check(vendor_body(vendor="Polycom")).status == 200
        server.stop()
        rows = services.audit()
    finally:
        services.close()
    assert len(rows) == 4 and rows[0]["MAC"] == MAC  # newest first: today's check
    old = rows[1:]
    assert all(r["time"] == "2026-11-30 08:15:00" and r["client"] == "192.168.1.20"
               for r in old)
    assert old[0]["request"] == "CPE/4.0.7577.4066"
    assert old[0]["response"] == "CPE/4.0.7577.4366/Approved"
    assert OLD_AUDIT_LINE.count(";") == 12
    assert CX600[1] == old[0]["Brand"]


def test_a_refused_check_still_says_which_phone_asked(web):
    body = vendor_body(vendor="Polycom", mac="00-11-22-33-44-66").replace(
        f'Version="{OLD}"'.encode(), b'Version="1.0"')
    assert web.check(body).reason == "bad-version"
    forged = vendor_body(vendor="Polycom", user="eve\n2024-01-01 00:00:00,6.6.6.6").replace(
        b"<Model>CX600</Model>", b"")
    assert web.check(forged).reason == "missing-Model"
    web.stop()
    bad_version, missing_model = web.audit_lines()
    assert bad_version[3] == "00-11-22-33-44-66" and bad_version[5] == "Polycom"
    assert bad_version[12] == "400 bad-version"
    assert missing_model[11] == "eve?2024-01-01 00:00:00,6.6.6.6", "one line, whatever was sent"
    assert missing_model[12] == "400 missing-Model"
