"""`skillsapp sheets scan`: read photographed or scanned paper answer sheets
(`print quiz-sheet --marks`) into each pupil's marks, flagging every uncertain one.

skillsapp sheets scan --db PATH --class NAME --lesson ID [--json] IMAGE...

Nothing is saved: the output is what the session's review shows the teacher to confirm.
`--json` prints {"answers": [{"number", "pupil_id", "item", "marks", "uncertain", "flag",
"answer"}], "flagged", "pages", "images_without_sheet"}: marks are the bubbles' letters (on a
true/false item A is true, B false), flag is null, "faint" (faint or rubbed out) or "double",
and answer (the stored form, as typing gives) is null whenever flag is not. The lesson must be
the one the sheet was printed for: its id is in the header, and its code in the row of
squares between the bottom markers; a sheet of another lesson is refused (sheets.other_lesson).
"""

from __future__ import annotations

import argparse
import json
from pathlib import Path

from skillsapp.cards import messages as _messages  # noqa: F401  (registers the texts)
from skillsapp.messages import current_lang, tr


def cmd_scan(args: argparse.Namespace) -> int:
    from skillsapp.cards.commands import _open, read_image_file
    from skillsapp.cards.scanning import class_card_numbers
    from skillsapp.cards.sheets import read_sheets
    from skillsapp.content.library import kit_for
    from skillsapp.domain.answer_sheet import sheet_layout
    from skillsapp.reports.answer_sheet import sheet_items_of
    from skillsapp.reports.commands import _lesson
    from skillsapp.services.school import find_class, pupils

    images = [read_image_file(Path(name)) for name in args.images]  # all readable, or stop
    lesson = _lesson(kit_for(Path(args.db)), args.lesson)
    store = _open(args.db)
    try:
        cls = find_class(store, args.class_name)
        numbers = class_card_numbers(store, cls.id)
        names = {p.id: p.full_name for p in pupils(store, cls.id)}
    finally:
        store.close()
    pupil_of = {n: pid for pid, n in numbers.items()}
    result = read_sheets(images, sheet_layout(sheet_items_of(lesson)), set(pupil_of), lesson.id)
    rows = [
        {
            "number": read.number,
            "pupil_id": pupil_of[read.number],
            "item": read.item_id,
            "marks": ["ABCD"[m] for m in read.marks],
            "uncertain": ["ABCD"[m] for m in read.uncertain],
            "flag": read.flag,
            "answer": read.answer,
        }
        for _key, read in sorted(result.items.items())
    ]
    flagged = sum(1 for row in rows if row["flag"])
    if args.json:
        print(
            json.dumps(
                {
                    "answers": rows,
                    "flagged": flagged,
                    "pages": sorted(p + 1 for p in result.pages),
                    "images_without_sheet": result.images_without_sheet,
                },
                ensure_ascii=False,
            )
        )
        return 0
    lang = current_lang()
    for row in rows:
        marks = "".join(row["marks"]) or "-"
        line = tr("sheets.row", lang, number=row["number"], name=names.get(row["pupil_id"], ""),
                  item=row["item"], marks=marks)  # fmt: skip
        if row["flag"]:
            line += " " + tr(f"sheets.flag_{row['flag']}", lang)
        print(line)
    print(
        tr(
            "sheets.summary",
            lang,
            pages=len(result.pages),
            answers=len(rows),
            flagged=flagged,
            empty=result.images_without_sheet,
        )
    )
    return 0


def register(sub: argparse._SubParsersAction) -> None:
    sheets = sub.add_parser("sheets", help="paper answer sheets read from photos or scans")
    actions = sheets.add_subparsers(dest="sheets_action", metavar="ACTION", required=True)
    scan = actions.add_parser(
        "scan", help="read filled-in answer sheets (print quiz-sheet --marks)"
    )
    scan.add_argument("--db", required=True)
    scan.add_argument("--class", dest="class_name", required=True)
    scan.add_argument("--lesson", required=True, help="the lesson whose sheet was printed")
    scan.add_argument("--json", action="store_true", help="print the marks as JSON")
    scan.add_argument("images", nargs="+", metavar="IMAGE", help="photos or scans of the sheets")
    scan.set_defaults(func=cmd_scan)
