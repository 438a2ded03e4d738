"""`skillsapp roster import` and `skillsapp roster undo`: class-list files into their classes.

The import says what it would do (new, updated, moved, left, per class) before anything is
written; `--dry-run` stops there. Rows with problems stop it (the first 20 are printed, with how
to skip them; `--errors FILE.csv` keeps every one with its reason) unless `--skip-bad` imports
the clean rows; an import that looks wrong (a class over 60, most of a class leaving, a file
naming other classes) needs `--yes`. Classes the file names are made in the school year when
missing, so a new year can be set up from the school's exports alone.
"""

from __future__ import annotations

import argparse
import csv
import sys
from pathlib import Path

from skillsapp.errors import UserError
from skillsapp.messages import register_messages, tr

SHOWN_PROBLEMS = 20

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
        "roster.more_problems": {
            "vi": "... và {count} dòng có lỗi khác ({total} dòng có lỗi tất cả).",
            "en": "... and {count} more rows with problems ({total} in all).",
        },
        "roster.skip_hint": {
            "vi": "Để bỏ qua các dòng có lỗi và nhập phần còn lại, thêm --skip-bad; để ghi mọi "
            "dòng có lỗi kèm lý do ra một tệp, thêm --errors TỆP.csv.",
            "en": "To skip the rows with problems and import the rest, add --skip-bad; to write "
            "every rejected row with its reason to a file, add --errors FILE.csv.",
        },
        "roster.errors_written": {
            "vi": "Đã ghi {count} dòng có lỗi vào {path}.",
            "en": "Wrote {count} rejected rows to {path}.",
        },
        "roster.confirm": {
            "vi": "Chưa nhập gì: hãy xem lại các điểm trên; nếu đúng, chạy lại với --yes.",
            "en": "Nothing was imported: check the points above; if they are right, run again "
            "with --yes.",
        },
        "roster.dry_run": {
            "vi": "Chạy thử (--dry-run): chưa ghi gì.",
            "en": "Dry run (--dry-run): nothing was written.",
        },
        "roster.errors_header": {
            "vi": "Trang tính,Dòng,Lớp,Họ và tên,Mã học sinh,Lý do",
            "en": "Sheet,Row,Class,Full name,Pupil id,Reason",
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


def write_errors(path: Path, file, lang: str | None = None) -> int:
    """Every rejected row with its reason, as a CSV Excel opens (UTF-8 with BOM), in `lang`
    (the CLI's language by default; the Classes page passes its own)."""
    try:
        with path.open("w", encoding="utf-8-sig", newline="") as handle:
            out = csv.writer(handle)
            out.writerow(tr("roster.errors_header", lang).split(","))
            for item in file.bad:
                row = item.row
                out.writerow(
                    [item.sheet, row.line, item.class_name, row.full_name, row.code,
                     row.problem_text(lang)]
                )  # fmt: skip
    except OSError as exc:
        raise UserError("io.cannot_write", path=path, reason=exc.strerror or exc) from exc
    return len(file.bad)


def _print_problems(file) -> None:
    lines = file.problems()
    for line in lines[:SHOWN_PROBLEMS]:
        print(line, file=sys.stderr)
    if len(lines) > SHOWN_PROBLEMS:
        print(
            tr("roster.more_problems", count=len(lines) - SHOWN_PROBLEMS, total=len(lines)),
            file=sys.stderr,
        )


def cmd_roster_import(args: argparse.Namespace) -> int:
    from skillsapp.rosters import update
    from skillsapp.rosters.classlists import read_class_file
    from skillsapp.services.settings import current_school_year
    from skillsapp.store import open_store

    store = open_store(args.db, create=False)
    try:
        year = args.year or current_school_year(store).label
        file = read_class_file(Path(args.file), class_name=args.class_name, sheet=args.sheet)
        if file.bad:
            _print_problems(file)
        if args.errors:
            count = write_errors(Path(args.errors), file)
            print(tr("roster.errors_written", count=count, path=args.errors), file=sys.stderr)
        plan = update.plan_import(
            store, file, school_year=year, grade=args.grade, class_name=args.class_name,
            skip_bad=args.skip_bad,
        )  # fmt: skip
        for line in plan.summary():
            print(line)
        for check in [*plan.notes, *plan.checks]:
            print(check.message(), file=sys.stderr)
        if file.bad and not args.skip_bad:
            print(tr("roster.skip_hint"), file=sys.stderr)
            raise UserError("roster.has_problems", count=len(file.bad))
        if args.dry_run:
            print(tr("roster.dry_run"))
            return 0
        if plan.checks and not args.yes:
            raise UserError("roster.confirm")
        result = update.apply_plan(store, plan)
    finally:
        store.close()
    for change in plan.classes.values():
        listed = sum(change.counts[k] for k in ("new", "updated", "moved", "same"))
        print(tr("roster.imported", count=listed, name=change.name, year=year))
    print(tr("roster.imported_all", file=Path(args.file).name, **_four(result.counts)))
    if file.bad:
        print(tr("roster.skipped", count=len(file.bad)))
    return 0


def _four(counts: dict[str, int]) -> dict[str, int]:
    return {k: counts[k] for k in ("new", "updated", "moved", "left")}


def cmd_roster_undo(args: argparse.Namespace) -> int:
    from skillsapp.rosters import update
    from skillsapp.services import school as school_service
    from skillsapp.store import open_store

    store = open_store(args.db, create=False)
    try:
        cls = school_service.find_class(store, args.class_name, args.year)
        result = update.undo_last_import(store, cls.id)
    finally:
        store.close()
    print(result.message())
    return 0


def register(sub: argparse._SubParsersAction) -> None:
    roster = sub.add_parser("roster", help="class lists")
    roster_sub = roster.add_subparsers(dest="roster_command", metavar="COMMAND", required=True)
    imp = roster_sub.add_parser(
        "import",
        help="import a class list (.xlsx, .xls, .ods, .csv) into its classes: new pupils "
        "added, known ones updated or moved, missing ones marked as left",
    )
    imp.add_argument("--db", required=True)
    imp.add_argument(
        "--class", dest="class_name",
        help="class for a file that names none (no class column, no sheet per class), e.g. 6A1",
    )  # fmt: skip
    imp.add_argument(
        "--grade", type=_grade, help="grade 1-12 of classes made (default: from the name, 6A1 -> 6)"
    )
    imp.add_argument(
        "--year", type=_school_year, help="school year, e.g. 2026-2027 (default: the current one)"
    )
    imp.add_argument("--sheet", help="read only this sheet of a workbook")
    imp.add_argument("--skip-bad", action="store_true", help="import the rows without problems")
    imp.add_argument("--dry-run", action="store_true", help="say what would change, write nothing")
    imp.add_argument("--yes", action="store_true", help="import even when something looks wrong")
    imp.add_argument(
        "--errors", metavar="FILE.csv", help="write every rejected row with its reason"
    )
    imp.add_argument("file")
    imp.set_defaults(func=cmd_roster_import, writes_db=True)
    undo = roster_sub.add_parser(
        "undo", help="undo the last class-list import of a class, restoring it as it was"
    )
    undo.add_argument("--db", required=True)
    undo.add_argument("--class", dest="class_name", required=True, help="class name, e.g. 6A1")
    undo.add_argument("--year", type=_school_year, help="school year (default: the newest)")
    undo.set_defaults(func=cmd_roster_undo, writes_db=True)
