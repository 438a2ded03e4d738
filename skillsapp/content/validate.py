"""The checker behind `skillsapp curriculum check`, and the per-file check the loader relies on.

Two kinds of fault: shape faults (parse.py) make a lesson unusable, so the loader leaves that file
out; teaching rules (here: timings, counts, strand 6 help, the band and grade plans) are reported
but the lesson still loads, because a teacher in front of a class is better served by a lesson
whose minutes do not add up than by a missing one.
"""

from __future__ import annotations

import math
import re
from collections import Counter, defaultdict
from dataclasses import dataclass
from pathlib import Path

from skillsapp.content.model import (
    DISCLOSURE_PROTOCOL,
    HELP_CONTACT,
    HELP_STRAND,
    Band,
    Kit,
    Lesson,
    Problem,
    QuizItem,
    grade_plans,
    make_problem,
)
from skillsapp.content.parse import Reference, read_lesson
from skillsapp.content.pictures import picture_rules
from skillsapp.content.problem_texts import ProblemParams, Term
from skillsapp.content.source import FieldPath, YamlFile, read_document
from skillsapp.services.own_lessons import is_own_id

SCHOOL_MIN_LESSONS = 10
GRADE_MIN_LESSONS = 6  # issue 17: each grade's own sequence, like a year of lessons
ADULT_MIN_LESSONS = {"parents": 8, "staff": 6}  # issue 17: every strand for parents
QUIZ_MINUTES_PER_ITEM = 1.5  # asking, answering and the feedback of one item
OBJECTIVE_BOUNDS = (2, 4)
KEY_MESSAGE_BOUNDS = (2, 4)
_ORDER_PREFIX = re.compile(r"^(\d+)-")
# Words in a script that mean "hand this out": a lesson that says them but has no material the
# app prints leaves the teacher to make it by hand. The handout and family note ("phiếu học tập",
# "phiếu gửi gia đình") and cards pupils hold up to answer (A-D, Đ/S) are printed already or
# need no text, and payment cards are not class materials.
_MATERIAL_WORDS = re.compile(r"\b(thẻ|phiếu|cards?|worksheets?)\b", re.I)
_NOT_MATERIAL = re.compile(
    r"phiếu (học tập|gửi gia đình)|thẻ (cào|ngân hàng|ngành|tín dụng|game|đ/s|a|đỏ|xanh)\b"
    r"|giơ thẻ|(scratch|bank|credit|gift|top-up|red|green|a[–-]d) cards?|hold up",
    re.I,
)


@dataclass(frozen=True)
class LessonCheck:
    """One lesson file checked: the lesson (None when it is left out) and what is wrong."""

    lesson: Lesson | None
    problems: tuple[Problem, ...]
    doc: YamlFile | None


def check_kit(root: Path | None = None) -> list[Problem]:
    """Every problem in the lesson files under `root` (default: the bundled lessons/)."""
    from skillsapp.content.loader import load_kit

    return list(load_kit(root).problems)


def check_lesson_file(path: Path, shown: str, ref: Reference) -> LessonCheck:
    """Parse one lesson file and apply every per-file rule, in line order."""
    return check_lesson_doc(read_document(path, shown), ref)


def check_lesson_doc(doc: YamlFile | Problem, ref: Reference) -> LessonCheck:
    """Every per-file rule on one parsed lesson (a file, or a text from a pack or the editor)."""
    if isinstance(doc, Problem):
        return LessonCheck(None, (doc,), None)
    lesson, problems = read_lesson(doc, ref)
    problems += doc.nfc_problems()
    band = ref.band(lesson.band) if lesson else None
    if lesson and band:
        problems += lesson_rules(lesson, doc, band)
        problems += picture_rules(lesson, doc)
    return LessonCheck(lesson, tuple(sorted(problems, key=lambda p: p.line or 0)), doc)


def lesson_rules(lesson: Lesson, doc: YamlFile, band: Band) -> list[Problem]:
    """The teaching rules one well-formed lesson must meet."""
    found: list[Found] = []
    match = _ORDER_PREFIX.match(doc.path.stem)
    if is_own_id(lesson.id):
        pass  # an own lesson's id is its own form (services.own_lessons); its order is free
    elif match is None:
        found.append(_found(("order",), "check.order_file_name"))
    elif int(match.group(1)) != lesson.order:
        found.append(
            _found(("order",), "check.order_mismatch", order=lesson.order, named=match.group(1))
        )
    if lesson.minutes != band.minutes:
        found.append(
            _found(
                ("minutes",),
                "check.lesson_minutes",
                minutes=lesson.minutes,
                band=band.id,
                band_minutes=band.minutes,
            )
        )
    step_total = sum(step.minutes for step in lesson.steps)
    if step_total != lesson.minutes:
        found.append(
            _found(("steps",), "check.steps_total", total=step_total, minutes=lesson.minutes)
        )
    if len(lesson.quiz) < band.min_quiz_items:
        needed, has = band.min_quiz_items, len(lesson.quiz)
        found.append(_found(("quiz",), "check.quiz_count", band=band.id, needed=needed, has=has))
    found += _timetable_rule(lesson)
    found += _count_rule("objectives", len(lesson.objectives), OBJECTIVE_BOUNDS)
    found += _count_rule("key_messages", len(lesson.key_messages), KEY_MESSAGE_BOUNDS)
    found += _help_rules(lesson)
    if band.is_school and not lesson.competences:
        found.append(_found(("competences",), "check.competences"))
    return [doc.problem(path, key, **dict(params)) for path, key, params in found]


Found = tuple[FieldPath, str, ProblemParams]  # a field, a message key and its params


def _found(path: FieldPath, key: str, **params: str | int | Term) -> Found:
    return (path, key, tuple(params.items()))


def missing_materials(lesson: Lesson) -> list[str]:
    """Warnings for `curriculum check`: scripts that hand out cards or worksheets the lesson does
    not carry as printable materials (with the first words that gave it away)."""
    if lesson.printables:
        return []
    for step in lesson.steps:
        for text in (step.script.vi, step.script.en):
            cleaned = _NOT_MATERIAL.sub("", text)
            found = _MATERIAL_WORDS.search(cleaned)
            if found:
                return [
                    f"{lesson.id}: the script mentions {found.group(0)!r} "
                    "but the lesson has no printable material"
                ]
    return []


def quiz_minutes_needed(items: int) -> int:
    """The least minutes a quiz step of `items` items fits in: 1.5 a item, rounded up."""
    return math.ceil(QUIZ_MINUTES_PER_ITEM * items)


def _timetable_rule(lesson: Lesson) -> list[Found]:
    """Exactly one step runs the quiz, and it is long enough to ask every item and give its
    feedback: a quiz squeezed into the wrap-up is rushed or cut short in a real period."""
    at = [index for index, step in enumerate(lesson.steps) if step.kind == "quiz"]
    if len(at) != 1:
        return [_found(("steps",), "check.quiz_steps", has=len(at))]
    needed = quiz_minutes_needed(len(lesson.quiz))
    minutes = lesson.steps[at[0]].minutes
    if minutes >= needed:
        return []
    items, per = len(lesson.quiz), str(QUIZ_MINUTES_PER_ITEM)
    key = "check.quiz_minutes"
    return [
        _found(
            ("steps", at[0], "minutes"), key, minutes=minutes, items=items, needed=needed, per=per
        )
    ]


def _count_rule(name: str, count: int, bounds: tuple[int, int]) -> list[Found]:
    low, high = bounds
    if low <= count <= high:
        return []
    return [_found((name,), "check.count_write", low=low, high=high, has=count)]


def _help_rules(lesson: Lesson) -> list[Found]:
    """Strand 6 talks about abuse, so it must always say who helps and what a teacher does."""
    if lesson.strand != HELP_STRAND:
        return []
    found: list[Found] = []
    if HELP_CONTACT not in lesson.contacts:
        found.append(
            _found(("contacts",), "check.help_contact", strand=HELP_STRAND, contact=HELP_CONTACT)
        )
    if DISCLOSURE_PROTOCOL not in lesson.protocols:
        where: FieldPath = ("teacher_notes", "protocols")
        protocol = DISCLOSURE_PROTOCOL
        found.append(_found(where, "check.help_protocol", strand=HELP_STRAND, protocol=protocol))
    return found


def plan_rules(ref: Reference, checks: list[LessonCheck], shown_root: str) -> list[Problem]:
    """Rules across files: a band's orders are unique, every band is complete, each grade's
    sequence is a year of lessons that agrees with the lessons' grades, and no two lessons share
    a story or a question."""
    problems: list[Problem] = []
    first_with_order: dict[tuple[str, int], str] = {}
    lessons = [(c.lesson, c.doc) for c in checks if c.lesson is not None and c.doc is not None]
    for lesson, doc in lessons:
        seen = first_with_order.setdefault((lesson.band, lesson.order), lesson.id)
        if seen != lesson.id:
            problems.append(
                doc.problem(("order",), "check.order_taken", order=lesson.order, other=seen)
            )
    by_band: dict[str, list[Lesson]] = defaultdict(list)
    for lesson, _ in lessons:
        by_band[lesson.band].append(lesson)
    for band in ref.bands:
        problems += _coverage(band, by_band[band.id], ref, f"{shown_root}/{band.id}")
    problems += _sequence_rules(ref, lessons)
    problems += _grade_coverage(ref, [lesson for lesson, _ in lessons], shown_root)
    problems += _unique_texts(lessons)
    return problems


def _sequence_rules(ref: Reference, lessons: list[tuple[Lesson, YamlFile]]) -> list[Problem]:
    """kit.yaml's sequence and each lesson's `grades` say the same, and a lesson stands in two
    grades only as a review: otherwise a pupil meets the same scenario and quiz twice."""
    if not ref.sequence:
        return []
    listed: dict[str, list[int]] = defaultdict(list)
    for grade, ids in ref.sequence:
        for lesson_id in ids:
            listed[lesson_id].append(grade)
    sequenced = {grade for grade, _ in ref.sequence}
    problems: list[Problem] = []
    for lesson, doc in lessons:
        band = ref.band(lesson.band)
        if band is None or not band.is_school:
            continue
        in_sequence = sorted(listed.get(lesson.id, []))
        says = [grade for grade in lesson.grades if grade in sequenced]
        if in_sequence != says:
            where: str | Term = ", ".join(map(str, in_sequence)) or Term("term.no_grade")
            says_grades = str(list(lesson.grades))
            problems.append(
                doc.problem(("grades",), "check.sequence_grades", says=says_grades, where=where)
            )
        if len(in_sequence) > 1 and not lesson.review:
            grades = ", ".join(map(str, in_sequence))
            problems.append(doc.problem(("review",), "check.review", grades=grades))
    return problems


def _grade_coverage(ref: Reference, lessons: list[Lesson], shown_root: str) -> list[Problem]:
    """Each grade has a year of lessons, and every two consecutive grades meet every strand
    (the spiral: a pupil is never two years without a strand)."""
    plans = grade_plans(ref.bands, ref.sequence, lessons)
    problems: list[Problem] = []
    for grade, plan in sorted(plans.items()):
        if len(plan) < GRADE_MIN_LESSONS:
            problems.append(
                make_problem(
                    f"{shown_root}/grade-{grade}",
                    None,
                    "",
                    "check.grade_lessons",
                    grade=grade,
                    needed=GRADE_MIN_LESSONS,
                    has=len(plan),
                )
            )
        after = plans.get(grade + 1)
        if after is None:
            continue
        taught = {lesson.strand for lesson in (*plan, *after)}
        missing = [str(strand.id) for strand in ref.strands if strand.id not in taught]
        if missing:
            shown = f"{shown_root}/grades-{grade}-{grade + 1}"
            params = {"grade": grade, "next": grade + 1, "missing": ", ".join(missing)}
            problems.append(make_problem(shown, None, "", "check.grades_strands", **params))
    return problems


def _unique_texts(lessons: list[tuple[Lesson, YamlFile]]) -> list[Problem]:
    """No two lessons tell the same scenario or ask the same quiz prompt: a pupil who moves up
    a grade must meet new stories and new questions, not last year's again."""
    first: dict[tuple[str, str], str] = {}
    problems: list[Problem] = []
    for lesson, doc in lessons:
        texts: list[tuple[FieldPath, str, str]] = []
        if lesson.scenario is not None:
            texts.append((("scenario", "text"), "scenario", lesson.scenario.text.vi))
        for index, item in enumerate(lesson.quiz):
            texts.append((("quiz", index, "prompt"), "quiz_prompt", _question(item)))
        for path, what, text in texts:
            key = (what, _plain(text))
            seen = first.setdefault(key, lesson.id)
            if seen != lesson.id:
                what_term = Term(f"term.{what}")
                problems.append(doc.problem(path, "check.same_text", what=what_term, other=seen))
    return problems


def _question(item: QuizItem) -> str:
    """What an item asks: its prompt, with the story of a scenario item or the cards of a
    sorting item, since "What should Nam do?" or "Sort the cards" is only the instruction."""
    parts = [item.prompt.vi]
    if item.scenario is not None:
        parts.append(item.scenario.vi)
    parts += [card.text.vi for card in item.cards]
    return "\n".join(parts)


def _plain(text: str) -> str:
    """Text compared for sameness: case, spacing and end punctuation do not make it new."""
    return " ".join(text.casefold().split()).rstrip(" .?!:")


def sequence_gaps(kit: Kit) -> list[str]:
    """For `curriculum check` only: sequence ids whose lesson is not in the kit (the file is
    missing or did not load). The app plans around them, so the loader does not report them."""
    loaded = {lesson.id for lesson in kit.lessons}
    return [
        f"lessons/kit.yaml: sequence.{grade}: no lesson {lesson_id} (its file is missing "
        "or did not load)"
        for grade, ids in kit.sequence
        for lesson_id in ids
        if lesson_id not in loaded
    ]


def _coverage(band: Band, lessons: list[Lesson], ref: Reference, shown: str) -> list[Problem]:
    """School bands need 10 lessons over all strands; parents and staff their minimum count."""
    needed = SCHOOL_MIN_LESSONS if band.is_school else ADULT_MIN_LESSONS.get(band.id, 0)
    problems: list[Problem] = []
    if len(lessons) < needed:
        params = {"band": band.id, "needed": needed, "has": len(lessons)}
        problems.append(make_problem(shown, None, "", "check.band_lessons", **params))
    if band.is_school:
        taught = Counter(lesson.strand for lesson in lessons)
        missing = [str(strand.id) for strand in ref.strands if not taught[strand.id]]
        if missing:
            missed = ", ".join(missing)
            problems.append(
                make_problem(shown, None, "", "check.band_strands", band=band.id, missing=missed)
            )
    return problems
