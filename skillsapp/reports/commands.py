"""CLI: `report` (class, school and department reports), `print` (paper for days without a PC)
and `plan` (the school's checklist of programme tasks).

    skillsapp report --db PATH --kind class|school|department --period P [--class NAME]
                     --format pdf|docx|xlsx|csv --out FILE [--lang vi|en]
                     [--csv-dialect excel-vi|standard]
    skillsapp print attendance-sheet --db PATH --class NAME --out FILE.pdf [--columns N]
    skillsapp print quiz-sheet --db PATH --class NAME [--lesson ID] --out FILE.pdf
    skillsapp print handout --lesson ID --out FILE.pdf|.html [--db PATH]
    skillsapp print family-note --lesson ID --out FILE.pdf|.html [--db PATH --class NAME]
    skillsapp print materials --lesson ID --out FILE.pdf [--material ID] [--db PATH]
    skillsapp print lesson-plan --db PATH --lesson ID --class NAME --out FILE.docx|.pdf
    skillsapp plan list --db PATH --year 2026-2027
    skillsapp plan set --db PATH --year 2026-2027 --task CODE --status todo|doing|done [--note T]
"""

from __future__ import annotations

import argparse
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING, Any

import skillsapp.reports.messages  # noqa: F401  (registers report.* messages)
from skillsapp.errors import UserError
from skillsapp.messages import current_lang, tr
from skillsapp.reports import FORMATS, KINDS, LANGS

if TYPE_CHECKING:
    from collections.abc import Iterator

    from skillsapp.store import Store


def _kit(db: str | None) -> Any:
    """The curriculum of the database named (with its installed packs), else the bundled one."""
    from skillsapp.content.library import kit_for

    return kit_for(Path(db) if db else None)


@contextmanager
def _store(path: str | None) -> Iterator[Store | None]:
    """The database for a command; reports never create one by mistake."""
    if not path:
        yield None
        return
    from skillsapp.store import open_store

    store = open_store(path, create=False)
    try:
        yield store
    finally:
        store.close()


def _lang(args: argparse.Namespace) -> str:
    return args.lang or current_lang()


def cmd_report(args: argparse.Namespace) -> int:
    from skillsapp.reports.build import ReportRequest, check_out_path, save_report

    request = ReportRequest(
        kind=args.kind,
        period=args.period,
        fmt=args.format,
        lang=_lang(args),
        class_name=args.class_name or "",
        csv_dialect=args.csv_dialect or "",
        by_site=args.by_site,
    )
    request.check()
    check_out_path(args.out, args.format)
    with _store(args.db) as store:
        assert store is not None
        rendered = save_report(store, _kit(args.db), request, args.out)
    if args.format == "csv":
        from skillsapp.reports.csv_out import default_dialect
        from skillsapp.reports.labels import label

        dialect = request.csv_dialect or default_dialect(request.lang)
        text = label(f"csv_{dialect}", request.lang)
        print(tr("report.done_csv", request.lang, path=args.out, dialect=text))
        return 0
    _done(Path(args.out), rendered.pages if args.format == "pdf" else 0, request.lang)
    return 0


def _done(path: Path, pages: int, lang: str) -> None:
    if pages:
        print(tr("report.done_pdf", lang, path=path, pages=pages))
    else:
        print(tr("report.done", lang, path=path))


def _pdf_out(out: str, allowed: tuple[str, ...] = (".pdf",)) -> Path:
    from skillsapp.reports.build import check_out_path

    path = Path(out)
    if path.suffix.lower() not in allowed:
        raise UserError("report.bad_out", path=path, ext=" / ".join(allowed))
    return check_out_path(path, path.suffix.lower().lstrip("."))


def _class(store: Store, name: str) -> Any:
    from skillsapp.services.school import find_class

    return find_class(store, name)


def _lesson(kit: Any, lesson_id: str, band: str | None = None) -> Any:
    """The lesson as typed (full id, `g6-9/07`, or `7` with --band); near matches if unknown."""
    try:
        return kit.find_lesson(lesson_id, band)
    except KeyError:
        near = ", ".join(kit.near_lessons(lesson_id)) or "-"
        raise UserError("report.lesson_unknown", lesson=lesson_id, near=near) from None


def _school_name(store: Store | None) -> str:
    if store is None:
        return ""
    from skillsapp.services.school import current_school

    return current_school(store).name


def _write_pdf(doc: Any, path: Path, lang: str) -> int:
    from skillsapp.files import write_atomically
    from skillsapp.reports.pdf import render_pdf

    data, pages = render_pdf(doc)
    write_atomically(path, data)
    _done(path, pages, lang)
    return 0


def cmd_attendance_sheet(args: argparse.Namespace) -> int:
    from skillsapp.reports.printables import attendance_sheet
    from skillsapp.services.school import pupils

    path, lang = _pdf_out(args.out), _lang(args)
    with _store(args.db) as store:
        assert store is not None
        cls = _class(store, args.class_name)
        roster = pupils(store, cls.id, include_inactive=False)
        doc = attendance_sheet(_school_name(store), cls, roster, lang, args.columns)
    return _write_pdf(doc, path, lang)


def cmd_quiz_sheet(args: argparse.Namespace) -> int:
    from skillsapp.reports.printables import quiz_sheet
    from skillsapp.services.coverage import class_coverage
    from skillsapp.services.school import pupils

    path, lang, kit = _pdf_out(args.out), _lang(args), _kit(args.db)
    with _store(args.db) as store:
        assert store is not None
        cls = _class(store, args.class_name)
        lesson_id = args.lesson or class_coverage(store, cls.id, kit).next_lesson_id
        if not lesson_id:
            raise UserError("report.no_next_lesson", name=cls.name)
        roster = pupils(store, cls.id, include_inactive=False)
        lesson = _lesson(kit, lesson_id, args.band)
        if getattr(args, "marks", False):
            return _marks_sheet(store, cls, roster, lesson, path, lang)
        doc = quiz_sheet(_school_name(store), cls, roster, lesson, lang)
    return _write_pdf(doc, path, lang)


def _marks_sheet(
    store: Store, cls: Any, roster: list[Any], lesson: Any, path: Path, lang: str
) -> int:
    """The bubble sheet `sheets scan` reads: rows by answer-card number, so each pupil is on
    the row of the card they keep all year (numbers are given here as `cards print` does)."""
    from skillsapp.files import write_atomically
    from skillsapp.reports.answer_sheet import answer_sheet_pdf
    from skillsapp.store.cards import assign_card_numbers

    with store.atomic():
        numbers = assign_card_numbers(store.db, cls.id, [p.id for p in roster])
    names = {numbers[p.id]: p.full_name for p in roster if p.id in numbers}
    try:
        data, pages = answer_sheet_pdf(_school_name(store), cls, lesson, names, lang)
    except ValueError as exc:
        raise UserError("report.sheet_too_wide", lesson=lesson.id) from exc
    write_atomically(path, data)
    _done(path, pages, lang)
    return 0


class _MarksAction(argparse.Action):
    """--marks: the machine-read sheet; it gives card numbers, so the command then writes."""

    def __call__(
        self, parser: Any, namespace: argparse.Namespace, values: Any, option: Any = None
    ) -> None:
        namespace.marks = True
        namespace.writes_db = True


def _lesson_page(args: argparse.Namespace, which: str) -> int:
    """Handout or family note: PDF through the report layout, HTML from the curriculum."""

    path, lang, kit = _pdf_out(args.out, (".pdf", ".html")), _lang(args), _kit(args.db)
    lesson = _lesson(kit, args.lesson, args.band)
    if path.suffix.lower() == ".html":
        from skillsapp.content import render
        from skillsapp.files import write_atomically

        page = getattr(render, f"render_{which}")(lesson, kit, lang)
        write_atomically(path, page.encode("utf-8"))
        _done(path, 0, lang)
        return 0
    from skillsapp.reports.printables import family_note, handout

    with _store(args.db) as store:
        school = _school_name(store)
        if which == "handout":
            doc = handout(kit, lesson, lang, school)
        else:
            cls = _class(store, args.class_name) if store and args.class_name else None
            doc = family_note(
                kit,
                lesson,
                lang,
                school,
                cls.name if cls else "",
                cls.homeroom_teacher if cls else "",
            )
    return _write_pdf(doc, path, lang)


def cmd_materials(args: argparse.Namespace) -> int:
    """A lesson's cards, worksheets, posts, photo sets and forms, ready to copy and cut."""
    from skillsapp.files import write_atomically
    from skillsapp.reports.materials import render_materials

    path, lang, kit = _pdf_out(args.out), _lang(args), _kit(args.db)
    lesson = _lesson(kit, args.lesson, args.band)
    with _store(args.db) as store:
        school = _school_name(store)
    try:
        data, pages = render_materials(kit, lesson, lang, school, args.material)
    except ValueError:
        which = f" {args.material!r}" if args.material else ""
        raise UserError("report.no_materials", lesson=lesson.id, which=which) from None
    write_atomically(path, data)
    _done(path, pages, lang)
    return 0


def cmd_lesson_plan(args: argparse.Namespace) -> int:
    """The official lesson plan of a lesson for a class: Word to edit, or PDF to print."""
    from skillsapp.files import write_atomically
    from skillsapp.reports.docx_out import render_docx
    from skillsapp.reports.lesson_plan import lesson_plan, plan_facts

    path, lang, kit = _pdf_out(args.out, (".docx", ".pdf")), _lang(args), _kit(args.db)
    lesson = _lesson(kit, args.lesson, args.band)
    with _store(args.db) as store:
        assert store is not None
        doc = lesson_plan(kit, lesson, lang, plan_facts(store, _class(store, args.class_name)))
    if path.suffix.lower() == ".pdf":
        return _write_pdf(doc, path, lang)
    write_atomically(path, render_docx(doc))
    _done(path, 0, lang)
    return 0


def cmd_guide(args: argparse.Namespace) -> int:
    """The user guide as an A4 manual for staff training, for one kind of reader or all."""
    from skillsapp.files import write_atomically
    from skillsapp.reports.guide_pdf import render_guide

    path, lang = _pdf_out(args.out), _lang(args)
    data, pages = render_guide(lang, args.role)
    write_atomically(path, data)
    _done(path, pages, lang)
    return 0


def cmd_plan_list(args: argparse.Namespace) -> int:
    from skillsapp.reports.labels import label
    from skillsapp.services.checklist import task_states

    lang = _lang(args)
    with _store(args.db) as store:
        assert store is not None
        for state in task_states(store, args.year):
            note = f" ({state.note})" if state.note else ""
            status = label(f"status_{state.status}", lang)
            print(f"{state.code:16} {status:16} {state.task.title(lang)}{note}")
    return 0


def cmd_plan_set(args: argparse.Namespace) -> int:
    from skillsapp.services.checklist import set_task

    with _store(args.db) as store:
        assert store is not None
        set_task(store, args.year, args.task, args.status, args.note)
    print(tr("plan.saved", _lang(args), code=args.task, year=args.year, status=args.status))
    return 0


def _add_lang(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--lang", choices=LANGS, help="language of the document (default: app)")


def _printable(kinds: argparse._SubParsersAction, name: str, text: str, func: Any) -> Any:
    parser = kinds.add_parser(name, help=text)
    parser.add_argument("--out", required=True)
    _add_lang(parser)
    parser.set_defaults(func=func)
    return parser


def _handout(args: argparse.Namespace) -> int:
    return _lesson_page(args, "handout")


def _family_note(args: argparse.Namespace) -> int:
    return _lesson_page(args, "family_note")


def _register_print(sub: argparse._SubParsersAction) -> None:
    printing = sub.add_parser("print", help="printable sheets, handouts and family notes")
    kinds = printing.add_subparsers(dest="printable", metavar="WHAT", required=True)
    sheet = _printable(
        kinds, "attendance-sheet", "a blank attendance register for a class", cmd_attendance_sheet
    )
    sheet.add_argument("--columns", type=int, choices=range(4, 13), default=10, metavar="4-12")
    quiz = _printable(
        kinds, "quiz-sheet", "a paper answer sheet for a lesson's quiz", cmd_quiz_sheet
    )
    quiz.add_argument("--lesson", help="lesson id (default: the class's next lesson)")
    quiz.add_argument("--band", help="band for a short lesson number, e.g. --band g6-9 --lesson 7")
    quiz.add_argument(
        "--marks",
        nargs=0,
        action=_MarksAction,
        help="bubbles and corner markers, read from a photo by `sheets scan`",
    )
    for parser in (sheet, quiz):
        parser.add_argument("--db", required=True)
        parser.add_argument("--class", dest="class_name", required=True)
    handout = _printable(kinds, "handout", "a lesson's pupil handout (PDF or HTML)", _handout)
    note = _printable(
        kinds, "family-note", "a lesson's note to families (PDF or HTML)", _family_note
    )
    note.add_argument("--class", dest="class_name", help="the class the note goes home from")
    materials = _printable(
        kinds,
        "materials",
        "a lesson's cards, worksheets, posts, photo sets, forms (PDF)",
        cmd_materials,
    )
    materials.add_argument("--material", help="only this material (its id in the lesson)")
    plan = _printable(
        kinds,
        "lesson-plan",
        "a lesson's official lesson plan for a class (Word .docx or PDF)",
        cmd_lesson_plan,
    )
    plan.add_argument("--db", required=True)
    plan.add_argument("--class", dest="class_name", required=True)
    plan.add_argument("--lesson", required=True, help="full id, g6-9/07, or 7 with --band")
    plan.add_argument("--band", help="band for a short lesson number, e.g. g6-9")
    guide = _printable(kinds, "guide", "the user guide as an A4 manual (PDF)", cmd_guide)
    guide.add_argument(
        "--role",
        choices=("teacher", "leader", "department"),
        help="only the pages for this reader (default: the whole guide)",
    )
    for parser in (handout, note, materials):
        parser.add_argument("--lesson", required=True, help="full id, g6-9/07, or 7 with --band")
        parser.add_argument("--band", help="band for a short lesson number, e.g. g6-9")
        parser.add_argument("--db", help="school database, for the school's name")


def _register_plan(sub: argparse._SubParsersAction) -> None:
    from skillsapp.domain.checklist import CHECKLIST_CODES, STATUSES

    plan = sub.add_parser("plan", help="the school's checklist of programme tasks")
    actions = plan.add_subparsers(dest="plan_action", metavar="ACTION", required=True)
    show = actions.add_parser("list", help="the tasks and their status for a school year")
    update = actions.add_parser("set", help="set a task's status and note")
    for parser in (show, update):
        parser.add_argument("--db", required=True)
        parser.add_argument("--year", required=True, help="school year, e.g. 2026-2027")
        _add_lang(parser)
    update.add_argument("--task", required=True, choices=CHECKLIST_CODES)
    update.add_argument("--status", required=True, choices=STATUSES)
    update.add_argument("--note", default="")
    show.set_defaults(func=cmd_plan_list)
    update.set_defaults(func=cmd_plan_set, writes_db=True)


def register(sub: argparse._SubParsersAction) -> None:
    report = sub.add_parser("report", help="class, school or department report")
    report.add_argument("--db", required=True)
    report.add_argument("--kind", required=True, choices=KINDS)
    report.add_argument("--period", required=True, help="2026-2027, 2026-2027/hk1, 2026-11, ...")
    report.add_argument("--class", dest="class_name", help="class name (class reports)")
    report.add_argument("--format", required=True, choices=FORMATS)
    report.add_argument("--out", required=True)
    report.add_argument(
        "--csv-dialect",
        choices=("excel-vi", "standard"),
        help="CSV: excel-vi (';' and decimal ',', default in Vietnamese) or standard",
    )
    report.add_argument(
        "--by-site",
        action="store_true",
        help="school report: add a breakdown by site (satellite sites, điểm trường)",
    )
    _add_lang(report)
    report.set_defaults(func=cmd_report)
    _register_print(sub)
    _register_plan(sub)
