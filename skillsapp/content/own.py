"""Own lessons as curriculum: the database's own-lesson texts as lesson sources, a lesson
copied for adapting, and the editor's data written back to YAML and checked.

The editor works on the lesson's YAML as plain data (mappings, lists, strings, numbers): every
field of a lesson file can be edited the same way, and what it saves is a lesson file's text,
checked by the same rules as the files in lessons/ (`with_lessons`).
"""

from __future__ import annotations

import copy
from pathlib import Path
from typing import Any

from skillsapp.content.library import lessons_alone
from skillsapp.content.model import Kit, Lesson, Problem
from skillsapp.content.signature import OWN, LessonSource, own_shown, own_sources
from skillsapp.services.own_lessons import new_own_id, own_versions


def sources_in_file(db_path: Path) -> list[LessonSource]:
    """The own lessons of a database file (none for a file without them)."""
    return own_sources((row.lesson_id, row.yaml) for row in own_versions(db_path))


def lesson_data(lesson: Lesson, db_path: Path | None = None) -> dict[str, Any]:
    """The lesson's YAML as plain data: its file, or for an own lesson its newest saved text."""
    if lesson.origin == OWN and db_path is not None:
        rows = [row for row in own_versions(db_path) if row.lesson_id == lesson.id]
        text = rows[-1].yaml if rows else ""
    else:
        text = Path(lesson.path).read_text(encoding="utf-8")
    import yaml  # only when a lesson is edited: the app's start never loads PyYAML

    data = yaml.safe_load(text)
    return data if isinstance(data, dict) else {}


def adapted(lesson: Lesson, db_path: Path | None = None) -> dict[str, Any]:
    """A copy of `lesson` as a new own lesson of the same band: a fresh id, version 1."""
    data = copy.deepcopy(lesson_data(lesson, db_path))
    data["id"] = new_own_id(lesson.band, lesson.title.en or lesson.title.vi)
    data["version"] = 1
    return data


def to_yaml(data: dict[str, Any]) -> str:
    """The editor's data as a lesson file's text (Unicode kept, key order kept)."""
    import yaml

    return yaml.safe_dump(data, allow_unicode=True, sort_keys=False, width=100)


def check_own(kit: Kit, data: dict[str, Any]) -> tuple[Lesson | None, list[Problem]]:
    """The lesson the data makes, and every problem the lesson checks find in it."""
    lesson_id = str(data.get("id", ""))
    source = LessonSource(to_yaml(data), own_shown(lesson_id), OWN)
    lessons, problems = lessons_alone(kit, [source])
    lesson = lessons.get(lesson_id)
    return lesson, problems
