"""Core CLI commands: demo, backup, restore, the new school year and pupils moving."""

from __future__ import annotations

import argparse
from collections.abc import Callable
from datetime import date
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
    register_year(sub)
    register_pupils(sub)


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


def _iso_day(text: str) -> date:
    try:
        return date.fromisoformat(text)
    except ValueError as exc:
        raise argparse.ArgumentTypeError(f"YYYY-MM-DD: {text}") from exc


def _rename(text: str) -> tuple[str, str]:
    old, sep, new = text.partition("=")
    if not sep or not old.strip():
        raise argparse.ArgumentTypeError(f"OLD=NEW: {text}")
    return old.strip(), new.strip()


def cmd_year_start(args: argparse.Namespace) -> int:
    from skillsapp.services import school_year
    from skillsapp.store import open_store

    store = open_store(args.db, create=False)
    try:
        plan = school_year.plan_new_year(store, args.year)
        by_name = {p.name.casefold(): p.class_id for p in plan.promotions}
        names = {}
        for old, new in args.rename or ():
            if old.casefold() not in by_name:
                raise UserError("class.unknown", name=old)
            names[by_name[old.casefold()]] = new
        plan = plan.named(names)
        for line in plan.lines():
            print(line)
        if args.dry_run:
            print(tr("year.dry_run"))
            return 0
        school_year.start_new_year(store, plan)
    finally:
        store.close()
    print(tr("year.started", year=args.year))
    return 0


def cmd_year_undo(args: argparse.Namespace) -> int:
    from skillsapp.services import school_year
    from skillsapp.store import open_store

    store = open_store(args.db, create=False)
    try:
        state = school_year.undo_state(store)
        school_year.undo_new_year(store)
    finally:
        store.close()
    print(tr("year.undone", year=state.to_year if state else "?"))
    return 0


def register_year(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    year = sub.add_parser("year", help="carry the school into the next school year, or undo it")
    steps = year.add_subparsers(dest="year_command", metavar="STEP", required=True)
    start = steps.add_parser("start", help="promote every class, archive the old year")
    start.add_argument("--db", required=True)
    start.add_argument("--year", required=True, help="the new school year, e.g. 2027-2028")
    start.add_argument(
        "--rename",
        action="append",
        type=_rename,
        metavar="OLD=NEW",
        help="the new name of a class, where the suggested one is wrong or missing",
    )
    start.add_argument("--dry-run", action="store_true", help="show the preview, change nothing")
    start.set_defaults(func=cmd_year_start, writes_db=True)
    undo = steps.add_parser("undo", help="undo the last new school year (before its first session)")
    undo.add_argument("--db", required=True)
    undo.set_defaults(func=cmd_year_undo, writes_db=True)


def cmd_pupils_move(args: argparse.Namespace) -> int:
    from skillsapp.services import school
    from skillsapp.store import open_store

    store = open_store(args.db, create=False)
    try:
        old = school.find_class(store, args.class_name, args.school_year)
        new = school.find_class(store, args.to, old.school_year)
        pupil = school.find_pupil(store, old.id, args.pupil)
        school.move_pupil(store, pupil.id, new.id, args.on)
    finally:
        store.close()
    print(tr("pupil.moved", name=pupil.full_name, old=old.name, new=new.name, day=args.on))
    return 0


def cmd_pupils_leave(args: argparse.Namespace) -> int:
    from skillsapp.services import school
    from skillsapp.store import open_store

    store = open_store(args.db, create=False)
    try:
        cls = school.find_class(store, args.class_name, args.school_year)
        pupil = school.find_pupil(store, cls.id, args.pupil)
        school.pupil_left(store, pupil.id, args.on)
    finally:
        store.close()
    print(tr("pupil.left", name=pupil.full_name, day=args.on))
    return 0


def register_pupils(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    pupils = sub.add_parser("pupils", help="a pupil moving to another class or leaving the school")
    steps = pupils.add_subparsers(dest="pupils_command", metavar="STEP", required=True)
    move = steps.add_parser("move", help="move a pupil to another class from a day")
    leave = steps.add_parser("leave", help="mark a pupil as having left the school on a day")
    for parser in (move, leave):
        parser.add_argument("--db", required=True)
        parser.add_argument("--class", dest="class_name", required=True, help="the pupil's class")
        parser.add_argument("--pupil", required=True, help="the pupil's code or full name")
        parser.add_argument(
            "--on", type=_iso_day, default=date.today(), help="YYYY-MM-DD (default: today)"
        )
        parser.add_argument("--school-year", help="the class's school year, e.g. 2026-2027")
    move.add_argument("--to", required=True, help="the class the pupil moves to")
    move.set_defaults(func=cmd_pupils_move, writes_db=True)
    leave.set_defaults(func=cmd_pupils_leave, writes_db=True)
