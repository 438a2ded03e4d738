"""CLI: `sync export`, `sync import`, `sync held`, `sync accept`, `sync refuse`, `keys export`,
`keys import`.

Each command opens the database, does one job through the sync services (the same ones the
Sync page calls) and prints a short summary. Importing several files goes on past a refused
one, so one bad file on a USB stick does not block the others; the exit code is then 1.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import TYPE_CHECKING

from skillsapp.errors import UserError
from skillsapp.messages import tr
from skillsapp.sync.keys import ROLES

if TYPE_CHECKING:
    from skillsapp.store import Store


def _open(db: str, *, create: bool = False) -> Store:
    from skillsapp.store import open_store

    return open_store(db, create=create)


def cmd_sync_export(args: argparse.Namespace) -> int:
    from skillsapp.sync.export import export_aggregate, export_rows

    if args.aggregate and (args.to or args.full or args.classes):
        args.parser.error("--aggregate carries counts only: no --to, --full or --class")
    if args.period and not args.aggregate:
        args.parser.error("--period goes with --aggregate")
    store = _open(args.db)
    try:
        if args.aggregate:
            result = export_aggregate(store, Path(args.out), period=args.period)
        else:
            result = export_rows(
                store, Path(args.out), to=args.to, full=args.full, classes=args.classes or ()
            )
    finally:
        store.close()
    print(result.message())
    return 0


def cmd_sync_import(args: argparse.Namespace) -> int:
    from skillsapp.sync.importer import import_package

    store = _open(args.db)
    failed = 0
    try:
        for name in args.files:
            try:
                result = import_package(store, Path(name))
            except UserError as exc:
                print(exc.message(), file=sys.stderr)
                failed += 1
                continue
            print("\n".join(result.lines()))
    finally:
        store.close()
    if failed and len(args.files) > 1:
        print(tr("sync.import_failed_some", count=failed), file=sys.stderr)
    return 1 if failed else 0


def held_lines(store: Store, lang: str | None = None) -> list[str]:
    """One line per device with held packages: what to read aloud before accepting it."""
    from skillsapp.store.sync_trust import HeldPackage, held_packages
    from skillsapp.sync.keys import DeviceIdentity

    by_device: dict[str, list[HeldPackage]] = {}
    for item in held_packages(store.db):
        by_device.setdefault(item.device_id, []).append(item)
    lines = []
    for device_id, items in by_device.items():
        try:
            identity = DeviceIdentity.from_json(items[0].sender)
        except ValueError:
            continue
        lines.append(
            tr(
                "sync.held_line",
                lang,
                name=identity.label,
                role=identity.role,
                school=items[0].school_name or "?",
                code=items[0].school_code or "?",
                fingerprint=identity.fingerprint,
                device=device_id,
                count=len(items),
                when=items[0].held_at.replace("T", " "),
            )
        )
    return lines


def cmd_sync_held(args: argparse.Namespace) -> int:
    store = _open(args.db)
    try:
        lines = held_lines(store)
    finally:
        store.close()
    print("\n".join(lines) or tr("sync.held_none"))
    return 0


def cmd_sync_accept(args: argparse.Namespace) -> int:
    from skillsapp.sync.importer import accept_device

    store = _open(args.db)
    try:
        accepted = accept_device(store, args.device)
    finally:
        store.close()
    print("\n".join(accepted.lines()))
    return 1 if accepted.errors else 0


def cmd_sync_refuse(args: argparse.Namespace) -> int:
    from skillsapp.sync.importer import refuse_device

    store = _open(args.db)
    try:
        identity, count = refuse_device(store, args.device)
    finally:
        store.close()
    name = identity.label if identity else args.device
    print(tr("sync.refused_device", count=count, name=name))
    return 0


def cmd_keys_export(args: argparse.Namespace) -> int:
    from skillsapp.store.db import set_setting
    from skillsapp.sync.keys import write_card

    store = _open(args.db, create=True)  # a new installation starts by handing out its card
    try:
        if args.name or args.role:
            with store.atomic():
                if args.name:
                    set_setting(store.db, "device_name", " ".join(args.name.split()))
                if args.role:
                    set_setting(store.db, "role", args.role)
        path, identity = write_card(store, Path(args.out))
    finally:
        store.close()
    print(
        tr(
            "keys.exported",
            path=path,
            name=identity.label,
            role=identity.role,
            fingerprint=identity.fingerprint,
        )
    )
    return 0


def cmd_keys_import(args: argparse.Namespace) -> int:
    from skillsapp.sync.keys import import_card

    store = _open(args.db)
    try:
        result = import_card(store, Path(args.file))
    finally:
        store.close()
    identity = result.identity
    print(
        tr(
            result.message_key(),
            name=identity.label,
            role=identity.role,
            fingerprint=identity.fingerprint,
        )
    )
    return 0


def cmd_keys_home(args: argparse.Namespace) -> int:
    """`keys status|keep|new-identity`: whether this copy's identity was made on this computer,
    and the teacher's answer when it was not (see sync/identity.py)."""
    from skillsapp.sync import identity

    store = _open(args.db)
    try:
        if args.keys_command == "status":
            copied = identity.check_home(store).copied
            print(
                tr("sync.copied_db", db=args.db)
                if copied
                else tr("keys.home_ok", device=store.device_id)
            )
            return 1 if copied else 0
        if args.keys_command == "keep":
            identity.keep_identity(store)
            print(tr("keys.kept", device=store.device_id))
            return 0
        old = store.device_id
        store = identity.new_identity(store)
        print(tr("keys.new_identity", device=store.device_id, old=old, db=args.db))
        return 0
    finally:
        store.close()


def cmd_sync_assign(args: argparse.Namespace) -> int:
    """`sync assign|unassign`: the leader says which teacher's device teaches a class, so that
    device's packages may change the class's rows (sync/scope.py); `--site` gives a site's PC
    (điểm trường) every live class of that site at once."""
    from skillsapp.services.school import classes, find_class, find_site
    from skillsapp.store import sync_trust
    from skillsapp.sync.keys import choose_recipient

    store = _open(args.db)
    try:
        if args.site:
            site = find_site(store, args.site)
            chosen = [c for c in classes(store) if c.site_id == site.id]
        else:
            chosen = [find_class(store, args.class_name)]
        device = choose_recipient(store, args.device)
        with store.atomic():
            for cls in chosen:
                if args.sync_command == "assign":
                    sync_trust.assign_class(store.db, cls.id, device.device_id)
                else:
                    sync_trust.unassign_class(store.db, cls.id, device.device_id)
    finally:
        store.close()
    key = "sync.assigned" if args.sync_command == "assign" else "sync.unassigned"
    for cls in chosen:
        print(tr(key, class_name=cls.name, device=device.label))
    return 0


def _role(text: str) -> str:
    if text not in ROLES:
        raise argparse.ArgumentTypeError(tr("keys.bad_role", role=text))
    return text


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    sync = sub.add_parser("sync", help="exchange data packages (.kns) between devices")
    sync_sub = sync.add_subparsers(dest="sync_command", metavar="COMMAND", required=True)

    export = sync_sub.add_parser("export", help="write a package for another device")
    export.add_argument("--db", required=True)
    export.add_argument("--out", required=True, help="package file, or a folder to write into")
    export.add_argument("--to", help="recipient: device id, name or fingerprint")
    export.add_argument("--full", action="store_true", help="send everything, not just changes")
    export.add_argument(
        "--class",
        dest="classes",
        action="append",
        metavar="NAME",
        help="only these classes' pupil data (repeatable); school-wide rows always go",
    )
    export.add_argument(
        "--aggregate", action="store_true", help="the school's counts for the department"
    )
    export.add_argument("--period", help="with --aggregate: the period (default: this year)")
    export.set_defaults(func=cmd_sync_export, parser=export)

    imp = sync_sub.add_parser("import", help="import packages from other devices")
    imp.add_argument("--db", required=True)
    imp.add_argument("files", nargs="+", metavar="FILE")
    imp.set_defaults(func=cmd_sync_import, writes_db=True)

    held = sync_sub.add_parser("held", help="packages held until their device is accepted")
    held.add_argument("--db", required=True)
    held.set_defaults(func=cmd_sync_held)

    accept = sync_sub.add_parser("accept", help="accept a device and merge its held packages")
    accept.add_argument("--db", required=True)
    accept.add_argument("device", metavar="DEVICE_ID", help="device id (or its first characters)")
    accept.set_defaults(func=cmd_sync_accept, writes_db=True)

    refuse = sync_sub.add_parser("refuse", help="drop a device's held packages unread")
    refuse.add_argument("--db", required=True)
    refuse.add_argument("device", metavar="DEVICE_ID")
    refuse.set_defaults(func=cmd_sync_refuse, writes_db=True)

    keys = sub.add_parser("keys", help="this device's key card, and other devices' cards")
    keys_sub = keys.add_subparsers(dest="keys_command", metavar="COMMAND", required=True)

    kexport = keys_sub.add_parser("export", help="write this device's public key card")
    kexport.add_argument("--db", required=True)
    kexport.add_argument("--out", required=True)
    kexport.add_argument("--name", help="set this device's name first (e.g. the teacher's)")
    kexport.add_argument("--role", type=_role, help="set this device's role first")
    kexport.set_defaults(func=cmd_keys_export)

    kimport = keys_sub.add_parser("import", help="add a known device from its key card")
    kimport.add_argument("--db", required=True)
    kimport.add_argument("file", metavar="FILE")
    kimport.set_defaults(func=cmd_keys_import, writes_db=True)

    for word, text in (
        ("status", "whether this database's identity was made on this computer"),
        ("keep", "the database moved here and the old computer is no longer used"),
        ("new-identity", "this is a copy and both computers stay in use: a new identity here"),
    ):
        home = keys_sub.add_parser(word, help=text)
        home.add_argument("--db", required=True)
        home.set_defaults(func=cmd_keys_home, writes_db=word != "status")

    for word, text in (
        ("assign", "a teacher's device teaches a class: its packages may change the class"),
        ("unassign", "take a class assignment back"),
    ):
        assign = sync_sub.add_parser(word, help=text)
        assign.add_argument("--db", required=True)
        which = assign.add_mutually_exclusive_group(required=True)
        which.add_argument("--class", dest="class_name", help="class name, e.g. 6A1")
        which.add_argument("--site", help="every live class of a site (điểm trường), by name")
        assign.add_argument("--device", required=True, help="device id, name or fingerprint")
        assign.set_defaults(func=cmd_sync_assign, writes_db=True)
