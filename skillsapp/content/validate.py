"""The checker behind `skillsapp curriculum check`, and the per-file check the loader relies on.

Two kinds of fault: shape faults (parse.py) make a lesson unusable, so the loader leaves that file
out; teaching rules (here: timings, counts, strand 6 help, the band plan) are reported but the
lesson still loads, because a teacher in front of a class is better served by a lesson whose
minutes do not add up than by a missing one.
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from dataclasses import dataclass
from pathlib import Path

from skillsapp.content.model import (
    DISCLOSURE_PROTOCOL,
    HELP_CONTACT,
    HELP_STRAND,
    Band,
    Lesson,
    Problem,
)
from skillsapp.content.parse import Reference, read_lesson
from skillsapp.content.pictures import picture_rules
from skillsapp.content.source import FieldPath, YamlFile, read_document

SCHOOL_MIN_LESSONS = 10
ADULT_MIN_LESSONS = {"parents": 8, "staff": 6}  # issue 17: every strand for parents
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
    doc = read_document(path, shown)
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
    found: list[tuple[FieldPath, str]] = []
    match = _ORDER_PREFIX.match(doc.path.stem)
    if match is None:
        found.append((("order",), "the file name must start with the order, e.g. 03-slug.yaml"))
    elif int(match.group(1)) != lesson.order:
        found.append((("order",), f"is {lesson.order} but the file name says {match.group(1)}"))
    if lesson.minutes != band.minutes:
        found.append((("minutes",), f"is {lesson.minutes}; {band.id} lessons last {band.minutes}"))
    step_total = sum(step.minutes for step in lesson.steps)
    if step_total != lesson.minutes:
        found.append((("steps",), f"add up to {step_total} minutes, not {lesson.minutes}"))
    if len(lesson.quiz) < band.min_quiz_items:
        found.append(
            (
                ("quiz",),
                f"{band.id} needs at least {band.min_quiz_items} items (has {len(lesson.quiz)})",
            )
        )
    found += _count_rule("objectives", len(lesson.objectives), OBJECTIVE_BOUNDS)
    found += _count_rule("key_messages", len(lesson.key_messages), KEY_MESSAGE_BOUNDS)
    found += _help_rules(lesson)
    if band.is_school and not lesson.competences:
        found.append(
            (
                ("competences",),
                "a pupil lesson must list the framework codes it teaches (Thông tư 02/2025), "
                'e.g. competences: ["4.2"]',
            )
        )
    return [doc.problem(path, message) for path, message in found]


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


def _count_rule(name: str, count: int, bounds: tuple[int, int]) -> list[tuple[FieldPath, str]]:
    low, high = bounds
    return [] if low <= count <= high else [((name,), f"write {low} to {high} (has {count})")]


def _help_rules(lesson: Lesson) -> list[tuple[FieldPath, str]]:
    """Strand 6 talks about abuse, so it must always say who helps and what a teacher does."""
    if lesson.strand != HELP_STRAND:
        return []
    found: list[tuple[FieldPath, str]] = []
    if HELP_CONTACT not in lesson.contacts:
        found.append((("contacts",), f"strand {HELP_STRAND} lessons must name {HELP_CONTACT}"))
    if DISCLOSURE_PROTOCOL not in lesson.protocols:
        found.append(
            (
                ("teacher_notes", "protocols"),
                f"strand {HELP_STRAND} lessons must include the protocol {DISCLOSURE_PROTOCOL}",
            )
        )
    return found


def plan_rules(ref: Reference, checks: list[LessonCheck], shown_root: str) -> list[Problem]:
    """Rules across files: a band plan's orders are unique, and every band is complete."""
    problems: list[Problem] = []
    first_with_order: dict[tuple[str, int], str] = {}
    lessons = [(c.lesson, c.doc) for c in checks if c.lesson is not None and c.doc is not None]
    for lesson, doc in lessons:
        seen = first_with_order.setdefault((lesson.band, lesson.order), lesson.id)
        if seen != lesson.id:
            problems.append(doc.problem(("order",), f"{lesson.order} is also the order of {seen}"))
    by_band: dict[str, list[Lesson]] = defaultdict(list)
    for lesson, _ in lessons:
        by_band[lesson.band].append(lesson)
    for band in ref.bands:
        problems += _coverage(band, by_band[band.id], ref, f"{shown_root}/{band.id}")
    return problems


def _coverage(band: Band, lessons: list[Lesson], ref: Reference, shown: str) -> list[Problem]:
    """School bands need 10 lessons over all strands; parents and staff their minimum count."""
    needed = SCHOOL_MIN_LESSONS if band.is_school else ADULT_MIN_LESSONS.get(band.id, 0)
    problems: list[Problem] = []
    if len(lessons) < needed:
        message = f"band {band.id} needs at least {needed} lessons (has {len(lessons)})"
        problems.append(Problem(shown, None, "", message))
    if band.is_school:
        taught = Counter(lesson.strand for lesson in lessons)
        missing = [str(strand.id) for strand in ref.strands if not taught[strand.id]]
        if missing:
            message = f"band {band.id} has no lesson in strand(s) {', '.join(missing)}"
            problems.append(Problem(shown, None, "", message))
    return problems
