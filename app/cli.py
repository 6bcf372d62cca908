"""The command line: the Lync cmdlets' counterparts (docs/protocol.md §10), on the services."""

from __future__ import annotations

import argparse
import getpass
import itertools
import json
import os
import shutil
import sys
import tempfile
import textwrap
import traceback
from collections.abc import Callable, Iterable, Sequence
from pathlib import Path

from app import __version__
from app.data_folder import DataFolder
from app.domain.errors import AccountExistsError, InvalidValueError, NotFoundError, UserError
from app.domain.faults import environment_fault
from app.domain.inventory import InventoryEntry
from app.domain.rules import NO_PREVIOUS_REFUSAL, RuleAction, UpdateRule, restores_to_nothing
from app.domain.settings import canonical
from app.domain.test_devices import TestDevice, normalize_scope
from app.domain.versions import Version
from app.packages.builder import SAMPLE_KINDS, SAMPLE_VERSION, pack_folder, pack_sample
from app.packages.importer import versions_text
from app.services import DATA_DIR_ENV, STORE_ENV, RuleFilter, Services, default_data_dir

EXIT_OK, EXIT_REFUSED, EXIT_USAGE = 0, 1, 2
LANGUAGES = ("de", "en")  # the console's translations (app/ui/i18n.py); no Qt import here


class Refused(Exception):
    """Part of what was asked was refused; the reasons are already on stderr."""


class UsageError(Exception):
    """The command's words do not make sense together (exit status 2)."""


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    if not getattr(args, "handler", None):
        args.handler, args.needs_store = cmd_gui, False  # no command: open the console
    args.data_dir_given = bool(args.data_dir)
    args.store = args.store or os.environ.get(STORE_ENV) or None
    data_dir = Path(args.data_dir) if args.data_dir else default_data_dir()
    return run(args.handler, args, data_dir)


def run(handler: Callable, args: argparse.Namespace, data_dir: Path) -> int:
    services = None
    args.data_dir = data_dir
    try:
        needs_store = getattr(args, "needs_store", True)
        store = getattr(args, "store", None)
        if needs_store and Services.needs_upgrade(data_dir, store):
            _warn(f"upgrading the store in {data_dir} for this version of ucupdates (once; "
                  "with a large inventory this takes a while)")
        services = Services(data_dir, store=store) if needs_store else None
        if services is not None and services.created:
            _warn(f"started a new, empty data folder at {data_dir} (give --data-dir or set "
                  f"{DATA_DIR_ENV} for another one)")
        handler(services, args)
        return EXIT_OK
    except Refused:
        return EXIT_REFUSED
    except UsageError as exc:
        print(f"ucupdates: usage error: {exc}", file=sys.stderr)
        return EXIT_USAGE
    except UserError as exc:
        print(f"ucupdates: {exc}", file=sys.stderr)
        return EXIT_REFUSED
    except BrokenPipeError:
        return _reader_went_away()
    except KeyboardInterrupt:
        print("ucupdates: interrupted", file=sys.stderr)
        return 130
    except OSError as exc:
        fault = environment_fault(exc, f"run '{_command_words(args)}'")
        if fault is None:
            return _report_bug(exc, data_dir)
        print(f"ucupdates: {fault}", file=sys.stderr)
        return EXIT_REFUSED
    except Exception as exc:  # noqa: BLE001 - a bug: say so briefly, keep the details
        return _report_bug(exc, data_dir)
    finally:
        if services is not None:
            services.close()


def _command_words(args: argparse.Namespace) -> str:
    return args.handler.__name__.removeprefix("cmd_").replace("_", " ")


def _reader_went_away() -> int:
    """Output piped into ``head`` and the like: stop quietly (docs/protocol.md §10).

    Whatever was asked is done; only its report was cut short. Point stdout at
    the null device so the interpreter's final flush does not fail again.
    """
    try:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
    except (OSError, ValueError):
        pass
    return EXIT_OK


def _report_bug(exc: Exception, data_dir: Path) -> int:
    log = DataFolder(data_dir).errors_log
    try:
        with open(log, "a", encoding="utf-8") as out:
            traceback.print_exception(exc, file=out)
        where = f"details in {log}"
    except OSError:
        where = "no details could be saved"
    print(f"ucupdates: unexpected error ({type(exc).__name__}: {exc}); {where}. "
          "Please report it.", file=sys.stderr)
    return 3


# -- parser -------------------------------------------------------------------


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="ucupdates",
        description="Keep IP desk phones on the right firmware: import update packages, "
                    "approve them, and serve them to devices.")
    parser.add_argument("--version", action="version", version=f"ucupdates {__version__}")
    parser.add_argument("--data-dir", metavar="DIR",
                        help="data folder (default: $UCUPDATES_DATA_DIR or the per-user "
                             "data folder)")
    parser.add_argument("--store", metavar="URL",
                        help="keep the store in this PostgreSQL database, shared by a pool "
                             "of servers: postgresql://user@host/database (default: "
                             f"${STORE_ENV}, else the SQLite file in the data folder; "
                             "docs/pool.md)")
    parser.add_argument("--language", choices=sorted(LANGUAGES),
                        help="language of the console (gui, demo); default: the one chosen "
                             "in Settings, else the system's")
    commands = parser.add_subparsers(title="commands", metavar="COMMAND")
    for add in (_add_gui, _add_demo, _add_import, _add_import_lync, _add_rules,
                _add_test_devices, _add_devices, _add_users, _add_config, _add_history,
                _add_clear, _add_pack, _add_serve, _add_simulate, _add_store):
        add(commands)
    return parser


def _command(commands, name: str, handler: Callable, help_text: str, **kwargs):
    sub = commands.add_parser(name, help=help_text, description=help_text, **kwargs)
    sub.set_defaults(handler=handler)
    return sub


def _add_gui(commands) -> None:
    sub = _command(commands, "gui", cmd_gui,
                   "open the desktop console (the default with no command)")
    sub.set_defaults(needs_store=False)


def _add_demo(commands) -> None:
    sub = _command(commands, "demo", cmd_demo,
                   "open the console on a throwaway data folder with the sample package, one "
                   "test phone, the server running and twenty simulated phones (your data is "
                   "not touched)")
    sub.set_defaults(needs_store=False)


def _add_import(commands) -> None:
    sub = _command(commands, "import", cmd_import, "import an update package (.cab)")
    sub.add_argument("file", type=Path, help="the package file")
    sub.add_argument("--preview", action="store_true",
                     help="only show what importing would do; change nothing")


def _add_import_lync(commands) -> None:
    sub = _command(commands, "import-lync", cmd_import_lync,
                   "bring a Lync deployment over: its DeviceUpdateStore copy, and the rules "
                   "and test devices its Export-Csv files hold (all or nothing)")
    sub.add_argument("store_dir", type=Path, metavar="STORE_DIR",
                     help="a copy of the Lync server's DeviceUpdateStore folder")
    sub.add_argument("--rules", type=Path, metavar="RULES.csv",
                     help="Get-CsDeviceUpdateRule | Export-Csv (without it: the newest "
                          "version of each kind becomes pending, nothing approved)")
    sub.add_argument("--test-devices", type=Path, metavar="DEVICES.csv",
                     help="Get-CsTestDevice | Export-Csv")
    sub.add_argument("--preview", action="store_true",
                     help="only show what importing would do; change nothing")


def _add_rules(commands) -> None:
    rules = commands.add_parser(
        "rules", help="list and manage update rules",
        description="Update rules, one per device kind and update type: list them, approve or "
                    "cancel their pending versions, roll them back or remove them.")
    actions = rules.add_subparsers(title="actions", metavar="ACTION", required=True)
    listing = _command(actions, "list", cmd_rules_list, "list update rules")
    listing.add_argument("--json", action="store_true", help="print JSON (Lync property names)")
    listing.add_argument("--format", choices=("table", "list"), default="table",
                         help="list: one block per rule, as Get-CsDeviceUpdateRule prints it")
    _add_filters(listing)
    listing.add_argument("--state", choices=("pending", "approved"),
                         help="only rules with a pending version, or with an approved one")
    for action, text in (("approve", "approve pending versions"),
                         ("reset", "cancel pending versions"),
                         ("restore", "roll approved versions back"),
                         ("remove", "delete rules")):
        sub = _command(actions, action, cmd_rules_action, text)
        sub.set_defaults(action=RuleAction(action))
        sub.add_argument("ids", nargs="*", metavar="ID", help="rule GUID or identity")
        _add_filters(sub)
        sub.add_argument("--all", action="store_true", help="every rule")
        if action == "restore":
            sub.add_argument("--allow-no-previous", action="store_true",
                             help="also restore rules that have no previous version: they are "
                                  "left with no approved version (asked in a terminal)")


def _add_filters(sub) -> None:
    sub.add_argument("--brand", help="only rules of this brand (any case)")
    sub.add_argument("--model", help="only rules of this model (any case)")


def _add_test_devices(commands) -> None:
    group = commands.add_parser("test-devices", help="devices that receive pending updates")
    actions = group.add_subparsers(title="actions", metavar="ACTION", required=True)
    listing = _command(actions, "list", cmd_devices_list, "list test devices")
    listing.add_argument("--json", action="store_true", help="print JSON")
    add = _command(actions, "add", cmd_devices_add, "add a test device")
    add.add_argument("name")
    _add_identifier(add, required=True)
    add.add_argument("--scope", default="global", help="global (default) or site:NAME")
    change = _command(actions, "set", cmd_devices_set, "change a test device")
    change.add_argument("name")
    change.add_argument("--scope", default="global", help="the device's current scope")
    change.add_argument("--new-name")
    change.add_argument("--new-scope")
    _add_identifier(change, required=False)
    remove = _command(actions, "remove", cmd_devices_remove, "remove a test device")
    remove.add_argument("name")
    remove.add_argument("--scope", default="global")


def _add_devices(commands) -> None:
    group = commands.add_parser("devices", help="the inventory of phones that have checked in")
    actions = group.add_subparsers(title="actions", metavar="ACTION", required=True)
    listing = _command(actions, "list", cmd_inventory_list,
                       "list the phones that have checked in, most recent first")
    listing.add_argument("--json", action="store_true", help="print JSON")
    remove = _command(actions, "remove", cmd_inventory_remove,
                      "forget phones (they reappear at their next check)")
    remove.add_argument("macs", nargs="*", metavar="MAC", help="MAC addresses, any spelling")
    remove.add_argument("--older-than", type=int, metavar="DAYS",
                        help="every phone not seen for DAYS days (1..3650)")


def _add_identifier(sub, required: bool) -> None:
    ident = sub.add_mutually_exclusive_group(required=required)
    ident.add_argument("--mac", help="MAC address, e.g. 00-04-F2-12-34-56")
    ident.add_argument("--serial", help="serial number")


def _add_users(commands) -> None:
    group = commands.add_parser("users", help="accounts for external downloads and logs")
    actions = group.add_subparsers(title="actions", metavar="ACTION", required=True)
    add = _command(actions, "add", cmd_users_add,
                   "add an account (password from the prompt, or one line on stdin)")
    add.add_argument("name")
    passwd = _command(actions, "passwd", cmd_users_passwd, "reset an account's password")
    passwd.add_argument("name")
    users_list = _command(actions, "list", cmd_users_list, "list accounts")
    users_list.add_argument("--json", action="store_true", help="print JSON")
    remove = _command(actions, "remove", cmd_users_remove, "remove an account")
    remove.add_argument("name")


def _add_config(commands) -> None:
    group = commands.add_parser("config", help="service settings (Lync names)")
    actions = group.add_subparsers(title="actions", metavar="ACTION", required=True)
    show = _command(actions, "show", cmd_config_show, "show every setting")
    show.add_argument("--json", action="store_true", help="print JSON")
    change = _command(actions, "set", cmd_config_set, "change one setting")
    change.add_argument("key")
    change.add_argument("value", help="the new value; an empty string unsets optional ones")


def _add_history(commands) -> None:
    sub = _command(commands, "history", cmd_history, "administrator actions, newest first")
    sub.add_argument("--limit", type=int, default=50, help="how many entries (default 50)")
    sub.add_argument("--json", action="store_true", help="print JSON")


def _add_clear(commands) -> None:
    _command(commands, "clear-files", cmd_clear_files,
             "delete stored versions that no rule references")
    logs = _command(commands, "clear-logs", cmd_clear_logs,
                    "delete device logs and audit files older than N days")
    logs.add_argument("--days-back", type=int, required=True, metavar="N", help="1..30")


def _add_pack(commands) -> None:
    sub = _command(commands, "pack", cmd_pack, "build an update package")
    sub.set_defaults(needs_store=False)
    sub.add_argument("folder", nargs="?", type=Path,
                     help="folder with updateInfo.xml and the files")
    sub.add_argument("--sample", action="store_true", help="build a demo package instead")
    sub.add_argument("-o", "--output", type=Path, required=True, help="the .cab to write")
    sub.add_argument("--image-size", type=int, default=1024 * 1024, metavar="BYTES",
                     help="size of each sample image (default 1 MiB)")
    sub.add_argument("--sample-version", default=SAMPLE_VERSION, metavar="VERSION",
                     help=f"version of the sample updates (default {SAMPLE_VERSION})")
    sub.add_argument("--models", type=int, default=len(SAMPLE_KINDS), metavar="N",
                     help=f"how many sample phone models (1..{len(SAMPLE_KINDS)}, default all)")
    sub.add_argument("--no-compress", action="store_true", help="store files uncompressed")


def _add_serve(commands) -> None:
    sub = _command(commands, "serve", cmd_serve,
                   "run the device update server in the foreground (Ctrl-C stops it)")
    sub.add_argument("--host", help="address to listen on (default: the BindAddress setting)")
    sub.add_argument("--port", type=int, help="port (default: the Port setting; 0 = any free)")
    sub.add_argument("--threads", type=int, default=8, help="worker threads (default 8)")
    sub.add_argument("--server-name", metavar="NAME",
                     help="this server's name in its audit file names "
                          "(RequestHandlerAuditLog_<NAME>_<date>.log); default: the Pool "
                          "setting, else the host's name")


def _add_store(commands) -> None:
    group = commands.add_parser("store", help="where the store is kept (docs/pool.md)")
    actions = group.add_subparsers(title="actions", metavar="ACTION", required=True)
    where = _command(actions, "where", cmd_store_where,
                     "say where the store is: the SQLite file or the PostgreSQL database")
    where.set_defaults(needs_store=True)
    copy = _command(actions, "copy", cmd_store_copy,
                    "copy the whole store into an empty PostgreSQL database, all or nothing "
                    "(to move a site to a pool; the data folder's files stay where they are)")
    copy.add_argument("--to", required=True, metavar="URL",
                      help="the empty database: postgresql://user@host/database")


def _add_simulate(commands) -> None:
    sub = _command(commands, "simulate",
                   cmd_simulate, "simulated phones checking against a device server")
    sub.add_argument("--count", type=int, default=20, help="how many phones (default 20)")
    sub.add_argument("--url", help="the server's internal base URL (default: this data "
                                   "folder's InternalBaseUrl, else http://127.0.0.1:<Port>)")
    sub.add_argument("--serve", action="store_true",
                     help="start a device server on a free port for this run, on a "
                          "throwaway copy of the data folder unless --data-dir is given")
    sub.add_argument("--external-share", type=float, default=0.0, metavar="F",
                     help="share of phones outside the firewall, 0..1 (default 0)")
    sub.add_argument("--user", metavar="SIP", help="signed-in user for every phone")
    sub.add_argument("--account", metavar="NAME",
                     help="account for external downloads (password on stdin/prompt)")
    sub.add_argument("--time-scale", type=float, default=3600.0, metavar="X",
                     help="simulated seconds per real second (default 3600: a day in 24 s)")
    sub.add_argument("--rounds", type=int, metavar="N",
                     help="every phone checks N times at once, then exit (no waiting)")
    sub.add_argument("--seconds", type=float, default=60.0,
                     help="without --rounds: run this long, in real seconds (default 60)")


# -- output helpers -----------------------------------------------------------


def print_table(headers: Sequence[str], rows: list[Sequence[object]],
                empty: str | None = None,
                widest: Sequence[int | None] | None = None) -> None:
    """Print rows as aligned columns; '-' stands for an empty value.

    With no rows, the header alone goes to stdout (an empty table for scripts)
    and *empty*, a hint for the person reading, to stderr. *widest*, per column,
    cuts longer cells with '…' so the table fits a terminal (--json has them whole).
    """
    limits = list(widest or []) + [None] * (len(headers) - len(widest or []))
    cells = [[_cell(v, limit) for v, limit in zip(row, limits, strict=False)] for row in rows]
    widths = [max([len(h), *(len(r[i]) for r in cells)]) for i, h in enumerate(headers)]
    print("  ".join(h.ljust(w) for h, w in zip(headers, widths, strict=True)).rstrip())
    for row in cells:
        print("  ".join(c.ljust(w) for c, w in zip(row, widths, strict=True)).rstrip())
    if not rows and empty:
        sys.stdout.flush()
        print(empty, file=sys.stderr)


def print_table_stream(headers: Sequence[str], rows: Iterable[Sequence[object]],
                       empty: str | None = None, sample: int = 1000) -> None:
    """:func:`print_table` for rows that arrive as they are read: the first *sample*
    rows set the widths, and a longer cell further down is cut with '…'."""
    rows = iter(rows)
    first = list(itertools.islice(rows, sample))
    cells = [[_cell(v, None) for v in row] for row in first]
    widths = [max([len(h), *(len(r[i]) for r in cells)]) for i, h in enumerate(headers)]
    print("  ".join(h.ljust(w) for h, w in zip(headers, widths, strict=True)).rstrip())
    for row in itertools.chain(cells, ([_cell(v, w) for v, w in zip(row, widths, strict=True)]
                                       for row in rows)):
        print("  ".join(c.ljust(w) for c, w in zip(row, widths, strict=True)).rstrip())
    if not first and empty:
        sys.stdout.flush()
        print(empty, file=sys.stderr)


def print_json_stream(records: Iterable[dict[str, object]]) -> None:
    """A JSON array written a record at a time (the same text ``json.dumps(…, indent=2)``
    gives for the whole list)."""
    started = False
    for record in records:
        body = textwrap.indent(json.dumps(record, indent=2), "  ")
        print(("[\n" if not started else ",\n") + body, end="")
        started = True
    print("\n]" if started else "[]")


def _cell(value: object, widest: int | None) -> str:
    text = "-" if value is None or value == "" else str(value)
    return text if widest is None or len(text) <= widest else text[:widest - 1] + "…"


def print_blocks(records: list[dict[str, object]]) -> None:
    """PowerShell's Format-List: ``Name : value`` lines, colons aligned, a blank line
    between records, an empty value for None (as Get-CsDeviceUpdateRule prints)."""
    for record in records:
        width = max(len(name) for name in record)
        print()
        for name, value in record.items():
            print(f"{name.ljust(width)} : {'' if value is None else value}")
    if records:
        print()


def _warn(message: str) -> None:
    print(f"ucupdates: {message}", file=sys.stderr)


# -- import -------------------------------------------------------------------


def cmd_import(services: Services, args) -> None:
    if args.preview:
        plan = services.preview_import(services.read_package(args.file))
    else:
        plan = services.import_package(args.file)
    package = plan.package
    version = f" (pack version {package.pack_version})" if package.pack_version else ""
    verb = "Importing would" if args.preview else "Imported"
    print(f"{package.label}{version}: {len(package.updates)} device-specific updates")
    print_table(["Device kind", "UpdateType", "Version", "Files", "Result"],
                [(u.update.update.kind, u.update.update.update_type, u.update.update.version,
                  len(u.update.files), u.describe()) for u in plan.items])
    for name in package.ignored:
        _warn(f"ignored member not listed in updateInfo.xml: {name}")
    if args.preview:
        print(f"{verb} change {plan.changed} rules. Nothing was changed.")
    else:
        print(f"{verb}: {plan.changed} rules now have a new pending version.")


# -- import-lync ------------------------------------------------------------------


def cmd_import_lync(services: Services, args) -> None:
    deployment = services.read_lync(args.store_dir, args.rules, args.test_devices)
    if args.preview:
        _describe_lync(deployment)
        found = services.lync_conflicts(deployment)
        for conflict in found:
            _warn(f"conflict: {conflict}")
        print(("Importing would be refused (see the conflicts). " if found else "")
              + "Nothing was changed.")
        if found:
            raise Refused
        return
    pool_before = services.settings().pool
    result = services.import_lync(deployment)
    _describe_lync(deployment, result.rules)
    if not pool_before and services.settings().pool:
        print(f"Pool set to {services.settings().pool}, as the rules' identities say "
              "(their Identity stays service:WebServer:<pool>/<Id>).")
    print(f"Imported from Lync: {_count(len(result.rules), 'rule')}, "
          f"{_count(len(deployment.versions), 'version')} "
          f"({deployment.total_size:,} bytes), "
          f"{_count(len(result.test_devices), 'test device')}.")


def _describe_lync(deployment, rules=None) -> None:
    rules = rules or deployment.rules
    print_table(["Id", "Device kind", "Type", "Approved", "Pending", "Restore"],
                [(r.id or "(new)", r.kind, r.update_type, r.approved, r.pending, r.restore)
                 for r in rules])
    if deployment.test_devices:
        print()
        print_table(["Test device", "Type", "Identifier", "Scope"],
                    [(d.name, d.identifier_type.value, d.identifier, d.scope)
                     for d in deployment.test_devices])
    why = "no rule names it" if any(r.line for r in deployment.rules) else \
        "not the newest; without --rules only the newest of each becomes pending"
    for version in deployment.unused_versions:
        _warn(f"not imported ({why}): {version.kind} {version.update_type} {version.version}")


# -- rules ----------------------------------------------------------------------


# Get-CsDeviceUpdateRule's order, which puts RestoreVersion before PendingVersion
LIST_ORDER = ("Identity", "Id", "DeviceType", "Brand", "Model", "Revision", "Locale",
              "UpdateType", "ApprovedVersion", "RestoreVersion", "PendingVersion")


def rule_json(rule: UpdateRule, pool: str) -> dict[str, object]:
    """A rule with the Lync property names (docs/protocol.md §10)."""
    return {
        "Identity": rule.identity(pool), "Id": rule.id,
        "DeviceType": rule.kind.device_type, "Brand": rule.kind.brand,
        "Model": rule.kind.model, "Revision": rule.kind.revision, "Locale": rule.kind.locale,
        "UpdateType": rule.update_type,
        "ApprovedVersion": _opt(rule.approved), "PendingVersion": _opt(rule.pending),
        "RestoreVersion": _opt(rule.restore),
    }


def _opt(value: object) -> str | None:
    return None if value is None else str(value)


def cmd_rules_list(services: Services, args) -> None:
    rules = services.rules(RuleFilter(brand=args.brand, model=args.model, state=args.state))
    if args.json:
        pool = services.pool()
        print(json.dumps([rule_json(r, pool) for r in rules], indent=2))
        return
    if args.format == "list":
        pool = services.pool()
        print_blocks([{k: rule_json(r, pool)[k] for k in LIST_ORDER} for r in rules])
        if not rules:
            print(_no_rules_hint(services, args), file=sys.stderr)
        return
    print_table(["Id", "Brand", "Model", "Rev", "Locale", "Type", "Approved", "Pending",
                 "Restore"],
                [(r.id, r.kind.brand, r.kind.model, r.kind.revision, r.kind.locale,
                  r.update_type, r.approved, r.pending, r.restore) for r in rules],
                empty=_no_rules_hint(services, args))


def _no_rules_hint(services: Services, args) -> str:
    if args.brand or args.model or args.state:
        return "(no rules match)"
    return "(no rules yet: import an update package with 'ucupdates import FILE.cab')"


def cmd_rules_action(services: Services, args) -> None:
    if not (args.ids or args.brand or args.model or args.all):
        raise UsageError("name the rules: give IDs, --brand/--model, or --all")
    selection = RuleFilter(tuple(args.ids), args.brand, args.model)
    allowed = _confirm_no_previous(services, selection, args)
    report = services.apply(args.action, selection, allowed)
    for result in report.done:
        rule = result.after or result.before
        print(f"{args.action.value}: {rule.kind} {rule.update_type}: "
              f"{_summary(result.before)} -> {_summary(result.after)}")
    for result in report.refused:
        r = result.before
        hint = "; --allow-no-previous does it anyway" if result.refusal == NO_PREVIOUS_REFUSAL \
            else ""
        _warn(f"{args.action.value} refused for {r.kind} {r.update_type} ({r.id}): "
              f"{result.refusal}{hint}")
    for given in report.unknown_ids:
        _warn(f"no rule with ID {given}")
    if not report.results and not report.unknown_ids:
        if args.all and not (args.ids or args.brand or args.model):
            print(f"no rules to {args.action.value}: the store has none yet")
            return  # everything asked (all of none) was done
        _warn("no rules match")
        raise Refused
    if not report.complete:
        raise Refused


def _confirm_no_previous(services: Services, selection: RuleFilter, args) -> set[str] | None:
    """For a restore: which rules without a previous version may be left unapproved.

    Lync restores them silently; here the administrator says so, with
    --allow-no-previous or at the terminal's prompt. A script without the
    option gets those rules refused, with the reason, and the rest done.
    """
    if args.action is not RuleAction.RESTORE or getattr(args, "allow_no_previous", False):
        return None
    bare = [r for r in services.select(selection)[0] if restores_to_nothing(r)]
    if not bare or not sys.stdin.isatty():
        return set()
    for rule in bare:
        _warn(f"{rule.kind.brand} {rule.kind.model} ({rule.kind}, {rule.update_type}) has no "
              f"previous version: it will have no approved version, and its phones keep "
              f"what they run (now {rule.approved}).")
    answer = input(f"Restore {_count(len(bare), 'such rule')} anyway? [y/N] ")
    return {r.id for r in bare} if answer.strip().lower() in ("y", "yes") else set()


def _count(n: int, noun: str) -> str:
    return f"{n} {noun}" if n == 1 else f"{n} {noun}s"


def _summary(rule: UpdateRule | None) -> str:
    return versions_text(rule) or "removed"


# -- test devices -----------------------------------------------------------------


def device_json(device: TestDevice) -> dict[str, str]:
    """A test device with Get-CsTestDevice's property names (Identity, Identifier,
    IdentifierType as MACAddress or SerialNumber), plus Name and Scope."""
    scope = "Global" if device.scope == "global" else device.scope
    kind = "MACAddress" if device.identifier_type.value == "MAC" else "SerialNumber"
    return {"Identity": f"{scope}/{device.name}", "Name": device.name,
            "IdentifierType": kind, "Identifier": device.identifier, "Scope": device.scope}


def cmd_devices_list(services: Services, args) -> None:
    devices = services.test_devices()
    if args.json:
        print(json.dumps([device_json(d) for d in devices], indent=2))
        return
    print_table(["Name", "Type", "Identifier", "Scope"],
                [(d.name, d.identifier_type.value, d.identifier, d.scope) for d in devices],
                empty="(no test devices: add one with 'ucupdates test-devices add NAME --mac MAC')")


def cmd_devices_add(services: Services, args) -> None:
    device = services.add_test_device(
        TestDevice.checked(args.name, mac=args.mac, serial=args.serial, scope=args.scope))
    print(f"added test device {device.name}: {device.identifier_type.value} "
          f"{device.identifier} ({device.scope})")


def cmd_devices_set(services: Services, args) -> None:
    old = next((d for d in services.test_devices()
                if d.name.casefold() == args.name.casefold()
                and d.scope.casefold() == normalize_scope(args.scope).casefold()), None)
    if old is None:
        raise InvalidValueError(f"no test device named '{args.name}' in scope {args.scope}")
    mac = args.mac if (args.mac or args.serial) else (
        old.identifier if old.identifier_type.value == "MAC" else None)
    serial = args.serial if (args.mac or args.serial) else (
        None if mac else old.identifier)
    new = TestDevice.checked(args.new_name or old.name, mac=mac, serial=serial,
                             scope=args.new_scope or old.scope)
    services.replace_test_device(old.name, old.scope, new)
    print(f"changed test device {new.name}: {new.identifier_type.value} {new.identifier} "
          f"({new.scope})")


def cmd_devices_remove(services: Services, args) -> None:
    removed = services.remove_test_device(args.name, args.scope)
    print(f"removed test device {removed.name} ({removed.scope})")


# -- device inventory -------------------------------------------------------------


def inventory_json(entry: InventoryEntry) -> dict[str, object]:
    k = entry.kind
    return {"MacAddress": entry.mac, "SerialNumber": entry.serial, "DeviceType": k.device_type,
            "Brand": k.brand, "Model": k.model, "Revision": k.revision, "Locale": k.locale,
            "Versions": entry.versions, "FirstSeen": entry.first_seen,
            "LastSeen": entry.last_seen, "Address": entry.address, "UserId": entry.user_id,
            "External": entry.external, "LastOffer": entry.last_offer,
            "TestDevice": entry.is_test_device, "Checks": entry.checks}


def cmd_inventory_list(services: Services, args) -> None:
    entries = services.iter_inventory()  # streamed: a million phones never sit in memory
    if args.json:
        print_json_stream(inventory_json(e) for e in entries)
        return
    print_table_stream(["MAC", "Serial", "Brand", "Model", "Versions", "Last seen (UTC)",
                        "Address", "Checks"],
                       ((e.mac, e.serial, e.kind.brand, e.kind.model,
                         " ".join(f"{t}={v}" for t, v in sorted(e.versions.items())),
                         e.last_seen[:19], e.address, e.checks) for e in entries),
                       empty="(no phone has checked in yet)")


def cmd_inventory_remove(services: Services, args) -> None:
    if bool(args.macs) == (args.older_than is not None):
        raise UsageError("give MAC addresses or --older-than DAYS (not both)")
    if args.older_than is not None:
        removed = services.remove_devices_not_seen_for(args.older_than)
        print(f"removed {_count(removed, 'device')} not seen for {args.older_than} days")
    else:
        removed = services.remove_devices_by_mac(args.macs)
        print(f"removed {_count(removed, 'device')}")


# -- users ------------------------------------------------------------------------


def read_password(prompt: str = "Password: ") -> str:
    """From the terminal (asked twice), or one line on stdin when it is not a terminal."""
    if not sys.stdin.isatty():
        return sys.stdin.readline().rstrip("\r\n")
    first = getpass.getpass(prompt)
    if getpass.getpass("Repeat: ") != first:
        raise InvalidValueError("the two passwords differ; nothing was changed")
    return first


def cmd_users_add(services: Services, args) -> None:
    taken = AccountExistsError("account '{name}' exists; use 'users passwd' to reset its "
                               "password", name=args.name)
    if services.account_named(args.name) is not None:
        raise taken  # before asking for a password
    try:
        services.add_user(args.name, read_password())
    except AccountExistsError:
        raise taken from None  # added meanwhile
    print(f"added account {args.name}")


def cmd_users_passwd(services: Services, args) -> None:
    if services.account_named(args.name) is None:
        raise NotFoundError("no user account named '{name}'", name=args.name)
    services.reset_password(args.name, read_password("New password: "))
    print(f"password of {args.name} changed")


def cmd_users_list(services: Services, args) -> None:
    users = services.users()
    if args.json:
        print(json.dumps([{"Name": u.name, "Created": u.created_at,
                           "PasswordChanged": u.updated_at} for u in users], indent=2))
        return
    print_table(["Name", "Created", "Password changed"],
                [(u.name, u.created_at[:19], u.updated_at[:19]) for u in users],
                empty="(no accounts: add one with 'ucupdates users add NAME')")


def cmd_users_remove(services: Services, args) -> None:
    services.remove_user(args.name)
    print(f"removed account {args.name}")


# -- config, history, clean-up ------------------------------------------------------


def cmd_config_show(services: Services, args) -> None:
    rows = services.setting_rows()
    if args.json:
        print(json.dumps({s.name: _json_value(v) for s, v in rows}, indent=2))
        return
    print_table(["Setting", "Value", "Default", "Meaning"],
                [(s.name, canonical(v), s.default, s.description) for s, v in rows],
                widest=(None, 28, 28))


def _json_value(value: object) -> object:
    return list(value) if isinstance(value, tuple) else value


def cmd_config_set(services: Services, args) -> None:
    setting, value = services.set_setting(args.key, args.value)
    print(f"{setting.name} = {canonical(value) or '(unset)'}")


def cmd_history(services: Services, args) -> None:
    entries = services.history(max(1, args.limit))
    if args.json:
        print(json.dumps([e.__dict__ for e in entries], indent=2))
        return
    print_table(["Time (UTC)", "User", "Action", "Subject", "Before", "After"],
                [(e.at[:19], e.os_user, e.action, e.subject, e.before, e.after)
                 for e in entries], empty="(nothing has been done in this data folder yet)",
                widest=(None, None, None, 34, 30, 30))


def cmd_clear_files(services: Services, args) -> None:
    cleared = services.clear_files()
    for rel_dir in cleared.versions:
        print(f"deleted {rel_dir}")
    print(f"cleared {len(cleared.versions)} unreferenced versions "
          f"({cleared.freed_bytes:,} bytes freed"
          + (f", {cleared.leftovers} leftover folders" if cleared.leftovers else "") + ")")


def cmd_clear_logs(services: Services, args) -> None:
    removed = services.clear_logs(args.days_back)
    print(f"deleted {removed} log files older than {args.days_back} days")


# -- pack ---------------------------------------------------------------------------


def cmd_pack(_services: None, args) -> None:
    compress = not args.no_compress
    if args.sample == bool(args.folder):
        raise UsageError("give either a FOLDER or --sample")
    if args.sample:
        if args.image_size < 1:
            raise UsageError("--image-size must be at least 1 byte")
        if not 1 <= args.models <= len(SAMPLE_KINDS):
            raise UsageError(f"--models must be 1..{len(SAMPLE_KINDS)}")
        built = pack_sample(args.image_size, str(Version.parse(args.sample_version)), compress,
                            SAMPLE_KINDS[:args.models])
    else:
        built = pack_folder(args.folder, compress)
    for name in built.skipped:
        _warn(f"not packed (no update lists it): {name}")
    try:
        args.output.write_bytes(built.data)
    except OSError as exc:
        raise UserError(f"cannot write {args.output}: {exc.strerror}") from None
    print(f"wrote {args.output} ({len(built.data):,} bytes, "
          f"{len(built.package.updates)} device-specific updates)")


# -- serve --------------------------------------------------------------------------


def cmd_serve(services: Services, args) -> None:
    from app.web.serve import serve_forever  # waitress is only needed here

    if args.port is not None and not 0 <= args.port <= 65535:
        raise UsageError("--port must be 0..65535")
    serve_forever(services, args.host, args.port, max(1, args.threads), args.server_name)


# -- store ------------------------------------------------------------------------------


def cmd_store_where(services: Services, args) -> None:
    print(f"{services.db.engine}: {services.store_shown}")


def cmd_store_copy(services: Services, args) -> None:
    if services.store is not None and services.store == args.to.strip():
        raise UsageError("--to names the store this command runs on; give another database")

    def progress(table: str, rows: int) -> None:
        if rows % 100_000 == 0:
            _warn(f"{table}: {rows:,} rows copied")
    copied, shown = services.copy_store_to(args.to, progress)
    rows = sum(copied.values())
    print(f"copied {rows:,} rows ({copied.get('rules', 0)} rules, "
          f"{copied.get('devices', 0):,} devices, {copied.get('history', 0):,} history "
          f"entries) into {shown}; start every server with "
          f"--store (or {STORE_ENV}) set to it")


# -- gui -------------------------------------------------------------------------------


def cmd_gui(_services: None, args) -> None:
    from app.ui.app import run_gui  # Qt is only loaded for the console

    status = run_gui(args.data_dir, args.language, args.store)
    if status:
        raise Refused


def cmd_demo(_services: None, args) -> None:
    from app.ui.demo import run_demo  # Qt is only loaded for the console

    if run_demo(args.language):
        raise Refused


# -- simulate ----------------------------------------------------------------------------


def cmd_simulate(services: Services, args) -> None:
    from app.simulator.run import SimulationOptions, simulate

    if args.count < 1 or not 0 <= args.external_share <= 1 or args.time_scale <= 0:
        raise UsageError("--count must be at least 1, --external-share 0..1, "
                         "--time-scale above 0")
    password = read_password("Password for external downloads: ") if args.account else None
    options = SimulationOptions(args.count, args.url, args.serve, args.external_share,
                                args.user, (args.account, password) if args.account else None,
                                args.time_scale, args.rounds, args.seconds)
    if args.serve and not args.data_dir_given:
        summary = _simulate_on_a_copy(services, options)
    else:
        summary = simulate(services, options, print)
    if summary.failures:
        raise Refused


def _simulate_on_a_copy(services: Services, options):
    """--serve without --data-dir: fifty fake phones must not land in the real inventory."""
    from app.simulator.run import simulate

    folder = Path(tempfile.mkdtemp(prefix="ucupdates-simulate-"))
    print(f"using a throwaway copy of {services.data_dir} (give --data-dir to run on a "
          "data folder itself)")
    copy = None
    try:
        copy = services.copy_to(folder)
        return simulate(copy, options, print)
    finally:
        if copy is not None:
            copy.close()
        shutil.rmtree(folder, ignore_errors=True)
