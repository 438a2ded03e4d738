"""Whether a pack's lessons may be installed: every lesson passes the `curriculum check` rules
of one lesson file, and none would replace a lesson with an older version.

All or nothing: one broken lesson refuses the whole pack and is named, because a department's
update half-installed would teach some schools a mix nobody reviewed.
"""

from __future__ import annotations

from dataclasses import dataclass, replace

from skillsapp.content.files import references
from skillsapp.content.library import lessons_alone
from skillsapp.content.model import Kit, Lesson
from skillsapp.content.signature import LessonSource
from skillsapp.errors import UserError
from skillsapp.packs.format import Pack


@dataclass(frozen=True)
class LessonPlan:
    """What installing a pack does to the taught lessons: ids it adds, ids it updates."""

    new: tuple[str, ...]
    updated: tuple[str, ...]


def pack_sources(pack: Pack, *, retired: bool = False) -> list[LessonSource]:
    """The pack's lessons as sources; named `<pack id>/lessons/<band>/<file>.yaml`."""
    return [
        LessonSource(
            text=pack.lesson_text(entry.member),
            shown=f"{pack.pack_id}/{entry.member}",
            origin="pack",
            pack_id=pack.pack_id,
            retired=retired,
        )
        for entry in pack.lessons
    ]


def check_lessons(pack: Pack, kit: Kit) -> LessonPlan:
    """Check every lesson against `kit` (the curriculum the database teaches now); UserError
    naming the first lesson that is broken, older than the taught one, a changed copy of the
    same version, or moved to another band or strand (reports and plans count a lesson in its
    strand, so an earlier period's figures would move with it)."""
    alone = read_lessons(pack, kit)
    taught = {lesson.id: lesson for lesson in kit.lessons}
    new, updated = [], []
    for entry in pack.lessons:
        lesson = alone[entry.lesson_id]
        have = taught.get(entry.lesson_id)
        if have is None:
            new.append(entry.lesson_id)
        elif lesson.version < have.version:
            raise UserError(
                "packs.older",
                path=pack.path,
                lesson=entry.lesson_id,
                have=have.version,
                version=lesson.version,
            )
        elif lesson.version == have.version:
            if _content(lesson) != _content(have):
                raise UserError(
                    "packs.same_version",
                    path=pack.path,
                    lesson=entry.lesson_id,
                    version=lesson.version,
                )
        elif (lesson.band, lesson.strand) != (have.band, have.strand):
            raise UserError("packs.moved", path=pack.path, lesson=entry.lesson_id)
        else:
            updated.append(entry.lesson_id)
    return LessonPlan(tuple(new), tuple(updated))


def read_lessons(pack: Pack, kit: Kit) -> dict[str, Lesson]:
    """The pack's lessons parsed and checked on their own against `kit`'s reference files;
    UserError naming the first broken one, or one whose version is not the manifest's."""
    lessons, problems = lessons_alone(kit, pack_sources(pack))
    if problems:
        first = problems[0]
        lesson = first.path.split("/lessons/", 1)[-1].removesuffix(".yaml")
        problem = ": ".join(part for part in (first.field, first.message) if part)
        raise UserError("packs.bad_lesson", path=pack.path, lesson=lesson, problem=problem)
    for entry in pack.lessons:
        if entry.lesson_id not in lessons or lessons[entry.lesson_id].version != entry.version:
            raise UserError(
                "packs.bad_manifest", path=pack.path, reason=f"version of {entry.lesson_id}"
            )
        missing = missing_files(lessons[entry.lesson_id], set(pack.members))
        if missing:
            raise UserError(
                "packs.missing_file", path=pack.path, lesson=entry.lesson_id, file=missing[0]
            )
    return lessons


def missing_files(lesson: Lesson, carried: set[str]) -> list[str]:
    """The files the lesson names (a slide's picture, an attached file) the pack does not carry."""
    return [ref for ref in references(lesson) if ref not in carried]


def _content(lesson: Lesson) -> Lesson:
    """A lesson without where it came from, to compare two copies of one version."""
    return replace(lesson, path="", origin="", pack_id="", folder="")
