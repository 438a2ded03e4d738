"""CLI: `lessons pack`, `lessons import`, `lessons list`, `lessons remove`.

A department (or a school) packs a folder of lesson files into a signed .knsl; a school
imports it into its data folder. `list` shows every lesson the database teaches with its
version and origin (bundled, pack, own) and the installed packs.
"""

from __future__ import annotations

import argparse
import json
from pathlib import Path
from typing import TYPE_CHECKING, Any

from skillsapp.messages import tr

if TYPE_CHECKING:
    from skillsapp.store import Store


def _open(db: str) -> Store:
    from skillsapp.store import open_store

    return open_store(db)


def cmd_pack(args: argparse.Namespace) -> int:
    from skillsapp.packs.build import build_pack
    from skillsapp.sync.keys import ensure_keys

    store = _open(args.db)
    try:
        path, manifest = build_pack(
            store,
            Path(args.src),
            Path(args.out),
            pack_id=args.id,
            version=args.version,
            publisher=args.publisher,
        )
        fingerprint = ensure_keys(store).identity.fingerprint
    finally:
        store.close()
    lessons = manifest["lessons"]
    count = len(lessons) if isinstance(lessons, list) else 0
    print(
        tr(
            "packs.built",
            path=path,
            pack=manifest["pack_id"],
            version=manifest["pack_version"],
            count=count,
            fingerprint=fingerprint,
        )
    )
    return 0


def cmd_import(args: argparse.Namespace) -> int:
    from skillsapp.packs.install import install_pack

    store = _open(args.db)
    try:
        result = install_pack(store, Path(args.db), Path(args.file), accept=args.accept)
    finally:
        store.close()
    print(tr(result.message_key(), **result.params()))
    return 0


def lessons_json(db_path: Path) -> dict[str, list[dict[str, Any]]]:
    """What `lessons list --json` prints: each taught lesson and each installed pack."""
    from skillsapp.content.library import kit_for
    from skillsapp.packs.install import installed_packs

    kit = kit_for(db_path)
    lessons = [
        {
            "id": lesson.id,
            "version": lesson.version,
            "origin": lesson.origin,
            "pack": lesson.pack_id,
            "title": {"vi": lesson.title.vi, "en": lesson.title.en},
        }
        for lesson in sorted(kit.lessons, key=lambda lesson: lesson.id)
    ]
    packs = [
        {
            "id": pack.pack_id,
            "version": pack.version,
            "publisher": pack.publisher_name,
            "fingerprint": pack.fingerprint,
            "created_at": pack.created_at,
            "lessons": [{"id": i, "version": v} for i, v in pack.lessons],
        }
        for pack in installed_packs(db_path)
    ]
    return {"lessons": lessons, "packs": packs}


def cmd_list(args: argparse.Namespace) -> int:
    from skillsapp.messages import current_lang

    listing = lessons_json(Path(args.db))
    if args.json:
        print(json.dumps(listing, ensure_ascii=False, indent=2))
        return 0
    lang = current_lang()
    for lesson in listing["lessons"]:
        origin = lesson["origin"] + (f":{lesson['pack']}" if lesson["pack"] else "")
        print(f"{lesson['id']}  v{lesson['version']}  {origin}  {lesson['title'][lang]}")
    for pack in listing["packs"]:
        print(f"[{pack['id']} v{pack['version']}] {pack['publisher']} {pack['fingerprint']}")
    return 0


def cmd_remove(args: argparse.Namespace) -> int:
    from skillsapp.packs.remove import remove_pack

    remove_pack(Path(args.db), args.pack)
    print(tr("packs.removed", pack=args.pack))
    return 0


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    from skillsapp.packs import texts

    texts.register()
    lessons = sub.add_parser("lessons", help="signed lesson packs (.knsl): make, import, list")
    lessons_sub = lessons.add_subparsers(dest="lessons_command", metavar="COMMAND", required=True)

    pack = lessons_sub.add_parser("pack", help="sign a folder of lesson files into a pack")
    pack.add_argument("--db", required=True)
    pack.add_argument("--src", required=True, help="folder of <band>/<file>.yaml lesson files")
    pack.add_argument("--out", required=True, help="pack file, or a folder to write into")
    pack.add_argument("--id", help="pack id (default: the folder's name)")
    pack.add_argument("--version", type=int, help="pack version (default: the date and time)")
    pack.add_argument("--publisher", help="publisher name (default: this device's name)")
    pack.set_defaults(func=cmd_pack, writes_db=True)

    imp = lessons_sub.add_parser("import", help="verify a lesson pack and install it")
    imp.add_argument("--db", required=True)
    imp.add_argument("file", metavar="FILE")
    imp.add_argument(
        "--accept", metavar="FINGERPRINT", help="accept a new publisher with this fingerprint"
    )
    imp.set_defaults(func=cmd_import, writes_db=True)

    listing = lessons_sub.add_parser("list", help="lessons with their version and origin")
    listing.add_argument("--db", required=True)
    listing.add_argument("--json", action="store_true", help="machine-readable output")
    listing.set_defaults(func=cmd_list)

    remove = lessons_sub.add_parser("remove", help="take an imported pack out again")
    remove.add_argument("--db", required=True)
    remove.add_argument("pack", metavar="PACK_ID")
    remove.set_defaults(func=cmd_remove, writes_db=True)
