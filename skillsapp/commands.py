"""Core CLI commands: demo, backup, restore."""

from __future__ import annotations

import argparse
from collections.abc import Callable
from pathlib import Path

from skillsapp.errors import UserError
from skillsapp.messages import tr


def _positive(name: str) -> Callable[[str], int]:
    """An argparse type: a whole number above zero, else a usage message naming the option."""

    def parse(text: str) -> int:
        try:
            value = int(text)
        except ValueError:
            value = 0
        if value <= 0:
            raise argparse.ArgumentTypeError(tr("usage.bad_number", name=name))
        return value

    return parse


def _human_size(size: int) -> str:
    return f"{size / 1_048_576:.1f} MB" if size >= 1_048_576 else f"{size / 1024:.0f} KB"


def cmd_demo(args: argparse.Namespace) -> int:
    from skillsapp.content.library import kit_for
    from skillsapp.services.demo import make_demo
    from skillsapp.store import open_store
    from skillsapp.store.demo import has_school

    store = open_store(args.db)
    try:
        if has_school(store.db):
            raise UserError("demo.not_empty", path=args.db)
        result = make_demo(store, kit_for(Path(args.db)), pupils=args.pupils, seed=args.seed)
    finally:
        store.close()
    print(
        tr(
            "demo.done",
            school=result.school,
            classes=result.classes,
            pupils=result.pupils,
            sessions=result.sessions,
            path=args.db,
        )
    )
    return 0


def cmd_backup(args: argparse.Namespace) -> int:
    from skillsapp.store.backup import backup_file

    target = backup_file(Path(args.db), Path(args.out))
    print(tr("backup.done", path=target, size=_human_size(target.stat().st_size)))
    return 0


def cmd_restore(args: argparse.Namespace) -> int:
    from skillsapp.store.backup import restore

    kept = restore(Path(args.file), Path(args.db))
    if kept:
        print(tr("restore.done", path=args.db, old=kept))
    else:
        print(tr("restore.done_new", path=args.db))
    return 0


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    demo = sub.add_parser("demo", help="make the demo school in a new database")
    demo.add_argument("--db", required=True)
    demo.add_argument("--pupils", type=_positive("--pupils"), default=600)
    demo.add_argument("--seed", type=int, default=1)
    demo.set_defaults(func=cmd_demo, writes_db=True)

    backup = sub.add_parser("backup", help="copy the database safely to a file")
    backup.add_argument("--db", required=True)
    backup.add_argument("--out", required=True)
    backup.set_defaults(func=cmd_backup)

    restore = sub.add_parser("restore", help="replace the database with a backup (keeps the old)")
    restore.add_argument("file")
    restore.add_argument("--db", required=True)
    restore.set_defaults(func=cmd_restore, writes_db=True)
    register_gui(sub)


def cmd_gui(args: argparse.Namespace) -> int:
    from skillsapp.app import run_app

    return run_app(db=args.db, screenshot=args.screenshot, page=args.page, lang=args.lang)


def register_gui(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    gui = sub.add_parser("gui", help="open the app, or render one page to a PNG and exit")
    gui.add_argument("--db")
    gui.add_argument("--screenshot", help="PNG file: render offscreen at 1366x768 and exit")
    gui.add_argument("--page", help="page to show (classes, today, curriculum, ...)")
    gui.add_argument("--lang", choices=("vi", "en"))
    gui.set_defaults(func=cmd_gui)
