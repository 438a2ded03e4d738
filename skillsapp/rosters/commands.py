"""`skillsapp roster import`: a class list file into a class, all or nothing.

The class is made in the current school year when it does not exist yet, so a new school year
can be set up from the school's exports alone. Any row with a problem stops the import (exit 1,
each problem on its own line) unless `--skip-bad` says to import the clean rows.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from skillsapp.errors import UserError
from skillsapp.messages import register_messages, tr

register_messages(
    {
        "roster.imported": {
            "vi": "Đã nhập {count} học sinh vào lớp {name} ({year}).",
            "en": "Imported {count} pupils into class {name} ({year}).",
        },
        "roster.skipped": {
            "vi": "Đã bỏ qua {count} dòng có lỗi.",
            "en": "Skipped {count} rows with problems.",
        },
        "roster.grade_mismatch": {
            "vi": "Lớp {name} ({year}) đã có và thuộc khối {grade}, không phải khối {wanted}.",
            "en": "Class {name} ({year}) already exists in grade {grade}, not grade {wanted}.",
        },
    }
)


def _grade(text: str) -> int:
    try:
        value = int(text)
    except ValueError:
        value = 0
    if not 1 <= value <= 12:
        raise argparse.ArgumentTypeError(tr("class.bad_grade", grade=text))
    return value


def _school_year(text: str) -> str:
    first, _, second = text.strip().partition("-")
    if not (first.isdigit() and second.isdigit() and int(second) == int(first) + 1):
        raise argparse.ArgumentTypeError(tr("period.bad", text=text))
    return f"{int(first)}-{int(second)}"


def cmd_roster_import(args: argparse.Namespace) -> int:
    from skillsapp.rosters import table as roster
    from skillsapp.services import school as school_service
    from skillsapp.services.settings import current_school_year
    from skillsapp.store import classes as class_queries
    from skillsapp.store import open_store

    store = open_store(args.db, create=False)
    try:
        school = school_service.current_school(store)
        year = args.year or current_school_year(store).label
        existing = class_queries.class_by_name(store.db, args.class_name, year)
        if existing and existing.grade != args.grade:
            raise UserError(
                "roster.grade_mismatch",
                name=existing.name,
                year=year,
                grade=existing.grade,
                wanted=args.grade,
            )
        pupils = school_service.pupils(store, existing.id) if existing else []
        preview = roster.read_roster(Path(args.file), existing=pupils)
        for line in preview.problems():
            print(line, file=sys.stderr)
        if preview.bad and not args.skip_bad:
            raise UserError("roster.has_problems", count=len(preview.bad))
        with store.atomic():
            cls = existing or school_service.create_class(
                store, school_id=school.id, school_year=year, grade=args.grade,
                name=args.class_name,
            )  # fmt: skip
            changes = roster.import_roster(store, cls.id, preview, skip_bad=args.skip_bad)
    finally:
        store.close()
    print(tr("roster.imported", count=len(changes.ids), name=cls.name, year=year))
    if preview.bad:
        print(tr("roster.skipped", count=len(preview.bad)))
    return 0


def register(sub: argparse._SubParsersAction) -> None:
    roster = sub.add_parser("roster", help="class lists")
    roster_sub = roster.add_subparsers(dest="roster_command", metavar="COMMAND", required=True)
    imp = roster_sub.add_parser(
        "import", help="import a class list (.xlsx or .csv) into a class, all or nothing"
    )
    imp.add_argument("--db", required=True)
    imp.add_argument("--class", dest="class_name", required=True, help="class name, e.g. 6A1")
    imp.add_argument("--grade", type=_grade, required=True, help="grade 1-12")
    imp.add_argument(
        "--year", type=_school_year, help="school year, e.g. 2026-2027 (default: the current one)"
    )
    imp.add_argument("--skip-bad", action="store_true", help="import the rows without problems")
    imp.add_argument("file")
    imp.set_defaults(func=cmd_roster_import, writes_db=True)
