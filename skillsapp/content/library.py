"""The curriculum a database teaches: the bundled kit, the lesson packs installed beside the
database, and the teacher's own lessons, merged by lesson version.

The bundled lessons/ come with the installer; a department's pack (skillsapp.packs) updates or
adds lessons without a new installer. A lesson id keeps its history: a higher `version` replaces
the taught lesson for future sessions, and every older version stays in `Kit.history`, so a past
session's report names the lesson as it was taught (`Kit.lesson_at`). A lower or equal version
never replaces anything, so a new installer with an older copy of a lesson does not downgrade a
newer imported one.

Installed packs live in `<db folder>/lessons/packs/<pack id>/lessons/<band>/<file>.yaml`; a pack
replaced by a newer one or removed moves to `<db folder>/lessons/retired/<name>/` and its lessons
stay as history only. The installer does the same for its own lessons: a bundled lesson raised to
a new version keeps each earlier one in `lessons/history/<version>/<band>/<file>.yaml`, read
into the bundled kit's history by the loader (tests/unit/test_lesson_history.py holds the
curriculum to it), so a school that taught version 1 still reports it as taught after installing
the next release. Like load_kit, `kit_for` is cached in memory and on disk on the files'
signatures, so a start with nothing changed parses no YAML.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import replace
from pathlib import Path

from skillsapp.content import cache
from skillsapp.content.loader import load_kit
from skillsapp.content.model import Kit, Lesson, Problem
from skillsapp.content.signature import (
    LessonSource,
    installed_files,
    library_signature,
)
from skillsapp.paths import library_dir

ORIGINS = ("bundled", "pack", "own")


def with_lessons(kit: Kit, sources: Iterable[LessonSource]) -> tuple[Kit, list[Problem]]:
    """`kit` with `sources` checked and merged: new ids added, a taught lesson replaced by a
    higher version only, every other version kept in the history. A source with a shape fault
    is left out with its problems (like a broken file in lessons/)."""
    from skillsapp.content.parse import Reference
    from skillsapp.content.source import parse_document
    from skillsapp.content.validate import check_lesson_doc

    ref = Reference(
        kit.bands,
        kit.strands,
        kit.seed_items,
        kit.contacts,
        kit.protocols,
        kit.contacts_verified,
        kit.domains,
        kit.sequence,
    )
    current = {lesson.id: lesson for lesson in kit.lessons}
    history = list(kit.history)
    problems: list[Problem] = []
    for source in sources:
        doc = parse_document(source.text, Path(source.shown), source.shown)
        check = check_lesson_doc(doc, ref)
        if check.lesson is None:
            problems += check.problems
            continue
        if not source.retired:  # a version kept for past sessions is never taught again:
            problems += check.problems  # a teaching rule added since is not its problem
        lesson = replace(
            check.lesson, origin=source.origin, pack_id=source.pack_id, folder=source.folder
        )
        taught = current.get(lesson.id)
        if source.retired or (taught is not None and lesson.version <= taught.version):
            history.append(lesson)
            continue
        if taught is not None:
            history.append(taught)
        current[lesson.id] = lesson
    merged = replace(
        kit,
        lessons=tuple(current.values()),
        history=_distinct(history, current),
        problems=(*kit.problems, *problems),
    )
    return merged, problems


def lessons_alone(
    kit: Kit, sources: Iterable[LessonSource]
) -> tuple[dict[str, Lesson], list[Problem]]:
    """The sources parsed and checked on their own against `kit`'s reference files, whatever
    the kit teaches: what a pack holds, before it is merged."""
    empty = replace(kit, lessons=(), history=(), problems=())
    alone, problems = with_lessons(empty, sources)
    return {lesson.id: lesson for lesson in alone.lessons}, problems


def _distinct(history: list[Lesson], current: dict[str, Lesson]) -> tuple[Lesson, ...]:
    """One lesson per (id, version), the taught one left out: the first seen wins, so the
    bundled copy of a version stays the one reported."""
    seen = {(lesson.id, lesson.version) for lesson in current.values()}
    kept: list[Lesson] = []
    for lesson in history:
        if (lesson.id, lesson.version) not in seen:
            seen.add((lesson.id, lesson.version))
            kept.append(lesson)
    return tuple(kept)


# (library folder) -> (signature, kit). Keyed like load_kit's cache; a race costs a second merge.
_cache: dict[Path, tuple[object, Kit]] = {}


def kit_for(db_path: Path | None) -> Kit:
    """The curriculum this database teaches: the bundled kit, the installed packs, then the
    database's own lessons; the bundled kit itself when there is nothing else."""
    from skillsapp.content.own import sources_in_file

    if db_path is None:
        return load_kit()
    extras = tuple(sources_in_file(db_path))
    files = installed_files(db_path)
    if not files and not extras:
        return load_kit()
    root = library_dir(db_path).resolve()
    signature = library_signature(files, extras)
    cached = _cache.get(root)
    if cached is not None and cached[0] == signature:
        return cached[1]
    kit = cache.read_kit(root, signature)  # a start with nothing changed loads one kit only
    if kit is None:
        sources = [*(_file_source(path, retired) for path, retired in files), *extras]
        kit, _ = with_lessons(load_kit(), sources)
        cache.write_kit(root, signature, kit)
    _cache[root] = (signature, kit)
    return kit


def _file_source(path: Path, retired: bool) -> LessonSource:
    """A lesson file of an installed pack; the pack id is its folder's manifest name."""
    pack_folder = path.parent.parent.parent
    try:
        text = path.read_text(encoding="utf-8")
    except (OSError, UnicodeError):
        text = ""  # reported as an empty file by the checks, and left out
    return LessonSource(
        text=text,
        shown=str(path),
        origin="pack",
        pack_id=pack_id_of(pack_folder),
        retired=retired,
        folder=str(pack_folder),
    )


def pack_id_of(folder: Path) -> str:
    """An installed pack's id: its folder name, without the `@<version>` a retired one has."""
    return folder.name.split("@", 1)[0]
