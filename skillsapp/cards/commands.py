"""`skillsapp cards print|scan`: the class's answer cards, and reading them from photos.

skillsapp cards print --db PATH --class NAME --out FILE.pdf [--per-page 1|2|4]
skillsapp cards scan --db PATH --class NAME [--json] IMAGE...
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import Any

from skillsapp.cards import messages as _messages  # noqa: F401  (registers the texts)
from skillsapp.errors import UserError
from skillsapp.messages import current_lang, tr


def _open(path: str) -> Any:
    from skillsapp.store import open_store

    return open_store(path, create=False)


def class_cards(store: Any, class_name: str) -> tuple[Any, list[Any], dict[str, int]]:
    """The class, its active pupils, and their card numbers (new pupils get free numbers)."""
    from skillsapp.cards import saving
    from skillsapp.services.school import find_class

    cls = find_class(store, class_name)
    roster, numbers = saving.class_cards(store, cls)
    return cls, roster, numbers


def cmd_print(args: argparse.Namespace) -> int:
    from skillsapp.cards.layout import MAX_CARDS
    from skillsapp.cards.saving import save_class_cards
    from skillsapp.reports.build import check_out_path
    from skillsapp.services.school import find_class

    out = Path(args.out)
    if out.suffix.lower() != ".pdf":
        raise UserError("report.bad_out", path=out, ext=".pdf")
    out = check_out_path(out, "pdf")
    lang = current_lang()
    store = _open(args.db)
    try:
        saved = save_class_cards(store, find_class(store, args.class_name), out, args.per_page)
    finally:
        store.close()
    if saved.printed < saved.pupils:
        print(
            tr(
                "cards.too_many",
                lang,
                name=saved.class_name,
                count=saved.pupils,
                max=MAX_CARDS,
                left=saved.pupils - saved.printed,
            ),
            file=sys.stderr,
        )
    print(tr("cards.printed", lang, count=saved.printed, path=out))
    return 0


def read_image_file(path: Path) -> Any:
    """A photo from disk as a grey frame; unreadable = one UserError line naming the file."""
    from skillsapp.cards.reading import decode_image

    try:
        data = path.read_bytes()
    except OSError as exc:
        raise UserError("cards.bad_image_file", path=path) from exc
    try:
        return decode_image(data)
    except UserError as exc:
        raise UserError("cards.bad_image_file", path=path) from exc


def cmd_scan(args: argparse.Namespace) -> int:
    from skillsapp.cards.reading import Sweep, read_frame

    frames = [read_image_file(Path(name)) for name in args.images]  # all readable, or stop
    store = _open(args.db)
    try:
        _cls, roster, numbers = class_cards(store, args.class_name)
    finally:
        store.close()
    pupil_of = {n: pid for pid, n in numbers.items()}
    sweep = Sweep()
    for frame in frames:
        sweep.add(read_frame(frame), set(pupil_of))
    cards = [
        {"number": n, "pupil_id": pupil_of[n], "answer": a}
        for n, a in sorted(sweep.answers.items())
    ]
    if args.json:
        print(json.dumps({"cards": cards, "unknown_markers": sweep.unknown_markers}))
        return 0
    lang = current_lang()
    names = {p.id: p.full_name for p in roster}
    for card in cards:
        print(
            tr(
                "cards.seen",
                lang,
                number=card["number"],
                name=names.get(card["pupil_id"], ""),
                answer=card["answer"],
            )
        )
    print(
        tr("cards.summary", lang, seen=len(cards), total=len(roster), unknown=sweep.unknown_markers)
    )
    return 0


def register(sub: argparse._SubParsersAction) -> None:
    cards = sub.add_parser("cards", help="answer cards held up and read by a camera")
    actions = cards.add_subparsers(dest="cards_action", metavar="ACTION", required=True)
    printing = actions.add_parser("print", help="print the class's answer cards (PDF)")
    printing.add_argument("--out", required=True)
    printing.add_argument(
        "--per-page", type=int, choices=(1, 2, 4), default=4, help="cards per A4 page"
    )
    # Printing gives new pupils their card numbers, so it writes.
    printing.set_defaults(func=cmd_print, writes_db=True)
    scan = actions.add_parser("scan", help="read answer cards from photos or frames")
    scan.add_argument("--json", action="store_true", help="print the answers as JSON")
    scan.add_argument("images", nargs="+", metavar="IMAGE", help="photos or frames, in order")
    scan.set_defaults(func=cmd_scan, writes_db=True)
    for parser in (printing, scan):
        parser.add_argument("--db", required=True)
        parser.add_argument("--class", dest="class_name", required=True)
