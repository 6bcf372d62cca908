"""Device log uploads (docs/protocol.md §6.3) and the audit log (§6.4), over HTTP."""

from __future__ import annotations

import concurrent.futures
import re
from datetime import UTC, datetime

from web_support import MAC, NEW, OLD, SERIAL, basic, check_body, wait_for

from app.audit import file_server_name
from app.domain.test_devices import TestDevice

LOGS = "/RequestHandler/Logs/"


def test_log_upload_is_stored_under_its_type_and_never_overwritten(web):
    folder = web.data_dir / "Logs" / "Client" / "Watson"
    first = web.request("PUT", LOGS + "Watson/crash.dmp", b"first dump")
    assert first.status == 201
    assert first.xml.tag == "LogUpload" and first.xml.get("File") == "crash.dmp"
    second = web.request("PUT", LOGS + "Watson/crash.dmp", b"second dump")
    assert second.status == 201 and second.xml.get("File") == "crash_1.dmp"
    third = web.request("PUT", LOGS + "watson/crash.dmp", b"third dump")  # type without case
    assert third.status == 201 and third.xml.get("File") == "crash_2.dmp"
    assert {p.name: p.read_bytes() for p in folder.iterdir()} == {
        "crash.dmp": b"first dump", "crash_1.dmp": b"second dump", "crash_2.dmp": b"third dump"}
    # another type, an upper-case extension, an empty file
    assert web.request("PUT", LOGS + "CELog/boot.TXT", b"").status == 201
    assert (web.data_dir / "Logs" / "Client" / "CELog" / "boot.TXT").read_bytes() == b""


def test_bad_log_type_is_400_and_bad_extension_is_415(web):
    cases = {"Unknown/a.txt": (400, "bad-log-type"), "Watson/a.exe": (415, "bad-extension"),
             "Watson/noextension": (415, "bad-extension"), "Watson/a.txt.exe": (415,
                                                                              "bad-extension"),
             "Watson/.txt": (415, "bad-extension")}
    for path, (status, reason) in cases.items():
        reply = web.request("PUT", LOGS + path, b"data")
        assert (reply.status, reply.reason) == (status, reason), path
    assert not (web.data_dir / "Logs" / "Client").exists()
    # the lists are settings
    web.services.set_setting("ValidLogFileTypes", "Watson, Custom")
    web.services.set_setting("ValidLogFileExtensions", ".log")
    assert web.request("PUT", LOGS + "Custom/a.log", b"data").status == 201
    assert web.request("PUT", LOGS + "CELog/a.log", b"data").status == 400
    assert web.request("PUT", LOGS + "Watson/a.txt", b"data").status == 415


def test_an_upload_over_the_limit_is_413_and_leaves_no_file(web):
    web.services.set_setting("MaxLogUploadSize", "100")
    folder = web.data_dir / "Logs" / "Client" / "Watson"
    reply = web.request("PUT", LOGS + "Watson/big.dmp", b"x" * 101)
    assert (reply.status, reply.reason) == (413, "too-large")
    assert not folder.exists() or list(folder.iterdir()) == []
    big = web.request("PUT", LOGS + "Watson/big.dmp", b"x" * 5 * 1024 * 1024)
    assert big.status == 413
    assert not folder.exists() or list(folder.iterdir()) == []
    assert web.request("PUT", LOGS + "Watson/big.dmp", b"x" * 100).status == 201
    assert [p.name for p in folder.iterdir()] == ["big.dmp"]
    web.ok()


def test_external_log_upload_needs_an_account(web):
    web.services.set_user_password("alice", "long-password")
    path = "/RequestHandlerExt/Logs/DiagLog/diag.txt"
    for headers in ({}, basic("alice", "wrong-password")):
        reply = web.request("PUT", path, b"log", headers)
        assert reply.status == 401
        assert reply.headers["www-authenticate"] == 'Basic realm="Device Update"'
    assert not (web.data_dir / "Logs" / "Client").exists()
    reply = web.request("PUT", path, b"log", basic("alice", "long-password"))
    assert reply.status == 201
    assert (web.data_dir / "Logs" / "Client" / "DiagLog" / "diag.txt").read_bytes() == b"log"


def _parse_time(text: str) -> datetime:
    """Lync's Logging DateTime: UTC as YYYY-MM-DD HH:MM:SS (it sorts as text)."""
    assert re.fullmatch(r"\d{4}-\d\d-\d\d \d\d:\d\d:\d\d", text), text
    return datetime.strptime(text, "%Y-%m-%d %H:%M:%S").replace(tzinfo=UTC)


def test_every_check_writes_one_audit_line_of_13_fields(web):
    web.approve()
    web.services.add_test_device(TestDevice.checked("lab", serial="LAB-1"))
    web.package("4.0.7577.4500")  # pending for the test device
    started = datetime.now(UTC)
    replies = [
        web.check(mac="00:04:f2:12:34:56", serial=SERIAL, user="sip:alice@contoso.com",
                  modules=(("CPE", OLD), ("UCS", "1.2.3.4"))),
        web.check(mac=MAC, modules=(("CPE", NEW),)),
        web.check(serial="LAB-1"),
        web.check(external=True, mac=MAC),
        web.check(b"<UpdateRequest><oops"),
        web.request("GET", "/RequestHandler/ucdevice.upx"),
    ]
    assert [r.status for r in replies] == [200, 200, 200, 403, 400, 405]
    assert web.request("PUT", LOGS + "Watson/a.txt", b"x").status == 201  # not a check
    assert web.request("GET", web.file_path()).status == 200  # not a check
    web.stop()  # a clean stop writes every buffered line
    finished = datetime.now(UTC)
    rows = web.audit_lines()
    assert [r[1:] for r in rows] == [
        ["127.0.0.1", "UCPhone", MAC, SERIAL, "Polycom", "CX600", "A", "ENU",
         f"CPE/{OLD};UCS/1.2.3.4", f"CPE/{NEW}/Approved", "sip:alice@contoso.com", "offered"],
        ["127.0.0.1", "UCPhone", MAC, "", "Polycom", "CX600", "A", "ENU", f"CPE/{NEW}", "",
         "", "no-update"],
        ["127.0.0.1", "UCPhone", "", "LAB-1", "Polycom", "CX600", "A", "ENU", f"CPE/{OLD}",
         "CPE/4.0.7577.4500/Pending", "", "offered"],
        ["127.0.0.1", "UCPhone", MAC, "", "Polycom", "CX600", "A", "ENU", f"CPE/{OLD}", "",
         "", "403 sign-in-required"],
        ["127.0.0.1"] + [""] * 10 + ["400 malformed-xml"],
        ["127.0.0.1"] + [""] * 10 + ["405 method-not-allowed"],
    ]
    times = [_parse_time(r[0]) for r in rows]
    assert started.replace(microsecond=0) <= times[0] and times == sorted(times)
    assert times[-1] <= finished
    (audit_file,) = web.audit_files()
    server = file_server_name(web.services.pool())
    assert audit_file.name == f"RequestHandlerAuditLog_{server}_{times[0]:%Y%m%d}.log"


def test_audit_lines_reach_the_disk_once_the_cache_limit_is_passed(web):
    web.services.set_setting("MaxLogCacheLimit", "1")
    web.check(mac=MAC)
    rows = wait_for(web.audit_lines, what="the audit line")  # without stopping the server
    assert [r[3] for r in rows] == [MAC]


def test_a_new_audit_file_starts_when_max_log_file_size_is_passed(web):
    web.services.set_setting("MaxLogFileSize", "300")
    macs = [f"00-04-F2-00-01-{i:02X}" for i in range(7)]
    for mac in macs:
        assert web.check(mac=mac, user="sip:" + "x" * 60 + "@contoso.com").status == 200
    web.stop()
    files = web.audit_files()
    assert len(files) >= 3
    stem = files[0].name.removesuffix(".log")
    assert re.fullmatch(r"RequestHandlerAuditLog_[A-Za-z0-9.-]+_\d{8}", stem)
    assert [f.name for f in files] == [f"{stem}.log"] + [f"{stem}_{n}.log"
                                                         for n in range(1, len(files))]
    assert all(f.stat().st_size >= 300 for f in files[:-1])  # full before the next starts
    assert [r[3] for r in web.audit_lines()] == macs  # every line once, in order, whole


def test_a_flood_of_checks_is_audited_exactly_once_each(web):
    web.services.set_setting("MaxLogCacheLimit", "2000")  # flushes while checks arrive
    bodies = [check_body(mac=f"00-04-F2-00-02-{i:02X}") for i in range(60)]
    with concurrent.futures.ThreadPoolExecutor(8) as pool:
        statuses = list(pool.map(lambda b: web.check(b).status, bodies))
    assert statuses == [200] * len(bodies)
    web.stop()
    assert sorted(r[3] for r in web.audit_lines()) == sorted(
        f"00-04-F2-00-02-{i:02X}" for i in range(60))


def test_simultaneous_uploads_of_one_name_each_get_their_own_file(web):
    def upload(i: int) -> str:
        reply = web.request("PUT", LOGS + "Config/phone.xml", f"<cfg n='{i}'/>".encode())
        assert reply.status == 201
        return reply.xml.get("File")

    with concurrent.futures.ThreadPoolExecutor(8) as pool:
        names = list(pool.map(upload, range(16)))
    assert sorted(names) == sorted(["phone.xml"] + [f"phone_{n}.xml" for n in range(1, 16)])
    folder = web.data_dir / "Logs" / "Client" / "Config"
    contents = sorted(p.read_bytes() for p in folder.iterdir())
    assert contents == sorted(f"<cfg n='{i}'/>".encode() for i in range(16))
