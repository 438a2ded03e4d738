"""`skillsapp curriculum check | list`: the authors' tools for the lesson files.

`check` is what an author runs until it prints nothing wrong; `list` shows the scope and sequence
(which strands each band covers, and each grade's own lessons in teaching order, from kit.yaml's
`sequence`) so gaps are visible at a glance, and `--json` gives the same to scripts.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import Counter

from skillsapp.content.model import Band, Kit, Lesson, Text

_MESSAGES = {
    "ok": {
        "vi": "Không có lỗi: {total} bài ({bands}).",
        "en": "No problems: {total} lessons ({bands}).",
    },
    "bad": {
        "vi": "Số lỗi: {count}; số bài đã nạp: {total}.",
        "en": "Problems: {count}; lessons loaded: {total}.",
    },
    "unknown_band": {
        "vi": "Không có khối {band}. Các khối: {bands}.",
        "en": "There is no band {band}. Bands: {bands}.",
    },
    "band_line": {
        "vi": "{id} · {name} · {count} bài · {minutes} phút",
        "en": "{id} · {name} · {count} lessons · {minutes} min",
    },
    "lesson_line": {
        "vi": "  {order:02d}  [{strand}] {title} ({items} câu hỏi)",
        "en": "  {order:02d}  [{strand}] {title} ({items} quiz items)",
    },
    "no_lessons": {"vi": "  (chưa có bài)", "en": "  (no lessons yet)"},
    "grade_line": {
        "vi": "  Lớp {grade} · {count} bài · mạch {strands}",
        "en": "  Grade {grade} · {count} lessons · strands {strands}",
    },
    "grade_lesson": {
        "vi": "    {position}. {id} [{strand}] {title}",
        "en": "    {position}. {id} [{strand}] {title}",
    },
    "grade_missing": {
        "vi": "    {position}. {id} (chưa có tệp bài học)",
        "en": "    {position}. {id} (no lesson file yet)",
    },
    "by_grade": {"vi": "Theo lớp (kit.yaml, sequence):", "en": "By grade (kit.yaml, sequence):"},
    "has_problems": {
        "vi": "Các tệp bài học có lỗi ({count}); chạy: skillsapp curriculum check",
        "en": "The lesson files have problems ({count}); run: skillsapp curriculum check",
    },
}
_STRAND_WIDTH = 34


def _say(key: str, lang: str, **params: object) -> str:
    return _MESSAGES[key][lang].format(**params)


def _lang() -> str:
    from skillsapp.messages import current_lang

    return current_lang()


def cmd_check(args: argparse.Namespace) -> int:
    from datetime import date

    from skillsapp.content import quiz_rules
    from skillsapp.content.loader import load_kit
    from skillsapp.content.validate import missing_materials, sequence_gaps

    kit = load_kit()
    lang = _lang()
    strict = args.strict_quiz or quiz_rules.QUIZ_RULES_ARE_ERRORS
    quiz_faults: list[str] = []
    for figures in quiz_rules.band_figures(kit):
        print(figures.summary())
        quiz_faults += quiz_rules.band_violations(figures)
    label = "error" if strict else "warning"
    for fault in [*quiz_faults, *quiz_rules.stale_contacts(kit.contacts, date.today())]:
        print(f"{label if fault in quiz_faults else 'warning'}: {fault}")
    for lesson in kit.lessons:
        for hint in missing_materials(lesson):
            print(f"warning: {hint}")
    gaps = sequence_gaps(kit)
    for problem in kit.problems:
        print(problem.shown(lang))  # the English text is `str(problem)`, as it always was
    for gap in gaps:
        print(gap)
    errors = len(kit.problems) + len(gaps) + (len(quiz_faults) if strict else 0)
    if errors:
        print(_say("bad", lang, count=errors, total=len(kit.lessons)))
        return 1
    bands = ", ".join(f"{band.id}: {len(kit.band_plan(band.id))}" for band in kit.bands)
    print(_say("ok", lang, total=len(kit.lessons), bands=bands))
    return 0


def cmd_list(args: argparse.Namespace) -> int:
    from skillsapp.content.loader import load_kit

    kit = load_kit()
    lang = _lang()
    known = [band.id for band in kit.bands]
    if args.band and args.band not in known:
        print(_say("unknown_band", lang, band=args.band, bands=", ".join(known)), file=sys.stderr)
        return 1
    bands = [band for band in kit.bands if args.band in (None, band.id)]
    if args.json:
        print(json.dumps(scope_json(kit, bands), ensure_ascii=False, indent=2))
    else:
        print("\n\n".join(_band_text(kit, band, lang) for band in bands))
    if kit.problems:
        print(_say("has_problems", lang, count=len(kit.problems)), file=sys.stderr)
    return 0


def _band_text(kit: Kit, band: Band, lang: str) -> str:
    """One band as a strand x lesson matrix (x where a lesson teaches that strand), then the
    lessons in order."""
    plan = kit.band_plan(band.id)
    name = band.name.get(lang)
    header = _say("band_line", lang, id=band.id, name=name, count=len(plan), minutes=band.minutes)
    if not plan:
        return f"{header}\n{_say('no_lessons', lang)}"
    lines = [header, " " * (_STRAND_WIDTH + 5) + " ".join(f"{s.order:02d}" for s in plan)]
    for strand in kit.strands:
        name = _clip(strand.name.get(lang), _STRAND_WIDTH)
        cells = " ".join(" x" if lesson.strand == strand.id else " ." for lesson in plan)
        lines.append(f"  {strand.id} {name:<{_STRAND_WIDTH}}  {cells}")
    lines.append("")
    lines += [_lesson_line(lesson, lang) for lesson in plan]
    if band.grades:
        lines += ["", _say("by_grade", lang)]
        lines += [line for grade in band.grades for line in _grade_lines(kit, grade, lang)]
    return "\n".join(lines)


def _grade_lines(kit: Kit, grade: int, lang: str) -> list[str]:
    """One grade's sequence in teaching order: what a class of that grade is planned against,
    with the ids kit.yaml lists whose file is not written yet."""
    plan = kit.grade_plan(grade)
    strands = ", ".join(str(s) for s in sorted({lesson.strand for lesson in plan})) or "-"
    lines = [_say("grade_line", lang, grade=grade, count=len(plan), strands=strands)]
    loaded = {lesson.id: lesson for lesson in plan}
    listed = kit.grade_sequence(grade) or tuple(loaded)
    for position, lesson_id in enumerate(listed, start=1):
        lesson = loaded.get(lesson_id)
        if lesson is None:
            lines.append(_say("grade_missing", lang, position=position, id=lesson_id))
        else:
            shown = {"id": lesson_id, "strand": lesson.strand, "title": lesson.title.get(lang)}
            lines.append(_say("grade_lesson", lang, position=position, **shown))
    return lines


def _lesson_line(lesson: Lesson, lang: str) -> str:
    title = lesson.title.get(lang)
    items = len(lesson.quiz)
    return _say(
        "lesson_line", lang, order=lesson.order, strand=lesson.strand, title=title, items=items
    )


def _clip(text: str, width: int) -> str:
    return text if len(text) <= width else text[: width - 1] + "…"


def _text_json(text: Text) -> dict[str, str]:
    return {"vi": text.vi, "en": text.en}


def scope_json(kit: Kit, bands: list[Band]) -> dict[str, object]:
    """The scope and sequence as plain data; counts list every strand, zeros included."""
    return {
        "bands": [
            {
                "id": band.id,
                "name": _text_json(band.name),
                "lessons": [
                    {
                        "id": lesson.id,
                        "order": lesson.order,
                        "strand": lesson.strand,
                        "title": _text_json(lesson.title),
                        "minutes": lesson.minutes,
                        "quiz_items": len(lesson.quiz),
                        "grades": list(lesson.grades),
                        "competences": list(lesson.competences),
                    }
                    for lesson in kit.band_plan(band.id)
                ],
            }
            for band in bands
        ],
        "grades": [_grade_json(kit, grade) for band in bands for grade in band.grades],
        "counts": {band.id: _strand_counts(kit, band) for band in bands},
        "domain_counts": {band.id: _domain_counts(kit, band) for band in bands},
        "framework": [
            {
                "id": domain.id,
                "name": _text_json(domain.name),
                "competences": [
                    {"code": c.code, "name": _text_json(c.name)} for c in domain.competences
                ],
            }
            for domain in kit.domains
        ],
    }


def _grade_json(kit: Kit, grade: int) -> dict[str, object]:
    """One grade's plan: its lesson ids in teaching order (those that loaded), the sequence ids
    with no lesson yet, and lessons per strand (zeros included)."""
    plan = kit.grade_plan(grade)
    loaded = {lesson.id for lesson in plan}
    taught = Counter(lesson.strand for lesson in plan)
    return {
        "grade": grade,
        "band": kit.band_for_grade(grade).id,
        "lessons": [lesson.id for lesson in plan],
        "missing": [i for i in kit.grade_sequence(grade) if i not in loaded],
        "strands": {str(strand.id): taught[strand.id] for strand in kit.strands},
    }


def _domain_counts(kit: Kit, band: Band) -> dict[str, int]:
    """Lessons of the band per framework domain (Thông tư 02/2025), zeros included."""
    counts = kit.domain_coverage(lesson.id for lesson in kit.band_plan(band.id))
    return {str(domain): count for domain, count in counts.items()}


def _strand_counts(kit: Kit, band: Band) -> dict[str, int]:
    taught = Counter(lesson.strand for lesson in kit.band_plan(band.id))
    return {str(strand.id): taught[strand.id] for strand in kit.strands}


def register(sub: argparse._SubParsersAction) -> None:
    curriculum = sub.add_parser("curriculum", help="check or list the lesson files")
    actions = curriculum.add_subparsers(dest="action", metavar="ACTION", required=True)
    check = actions.add_parser("check", help="report every problem in the lesson files")
    check.add_argument(
        "--strict-quiz", action="store_true", help="treat the quiz rules as errors, not warnings"
    )
    check.set_defaults(func=cmd_check)
    listing = actions.add_parser("list", help="print the scope and sequence")
    listing.add_argument("--band", help="only this band (e.g. g3-5)")
    listing.add_argument("--json", action="store_true", help="machine-readable output")
    listing.set_defaults(func=cmd_list)
