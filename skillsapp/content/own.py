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

from skillsapp.content.library import LessonSource, lessons_alone
from skillsapp.content.model import Kit, Lesson, Problem
from skillsapp.services.own_lessons import OwnLessonRow, new_own_id, own_versions

OWN = "own"


def own_shown(lesson_id: str) -> str:
    """Where an own lesson is named in problems; ends in `<band>/<file>.yaml` (the id rule)."""
    return f"{OWN}/{lesson_id}.yaml"


def own_sources(rows: list[OwnLessonRow]) -> list[LessonSource]:
    """Each saved version as a source for `with_lessons`, oldest first (newer replaces)."""
    return [LessonSource(row.yaml, own_shown(row.lesson_id), OWN) for row in rows]


def sources_in_file(db_path: Path) -> list[LessonSource]:
    """The own lessons of a database file (none for a file without them)."""
    return own_sources(own_versions(db_path))


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


def _blank() -> dict[str, str]:
    return {"vi": "", "en": ""}


def new_step(kind: str, band: str) -> dict[str, Any]:
    """A new step of `kind` with every field a step needs, its texts blank for the teacher to
    write (the checks name each one until it is written). A picture band's step needs its
    picture, others have none (an empty one would be a fault)."""
    from skillsapp.content.pictures import PICTURE_BANDS

    step: dict[str, Any] = {"minutes": 5, "kind": kind}
    if band in PICTURE_BANDS:
        step["picture"] = ""
    step.update(title=_blank(), slide=_blank(), script=_blank())
    return step


def new_item(kind: str, taken: set[str]) -> dict[str, Any]:
    """A new quiz item of type `kind` with the fields that type needs (parse.ITEM_FIELDS): the
    question, its options or cards, a right answer, why each wrong option is wrong, and the
    feedback; an id not in `taken`."""
    number = 1
    while f"q{number}" in taken:
        number += 1
    item: dict[str, Any] = {"id": f"q{number}", "type": kind, "prompt": _blank()}
    if kind == "scenario":
        item["scenario"] = _blank()
    if kind in ("single", "scenario"):
        item.update(options=[_blank() for _ in range(3)], answer=0, why=[None, _blank(), _blank()])
    elif kind == "multiple":
        options = [_blank() for _ in range(4)]
        item.update(options=options, answer=[0, 1], why=[None, None, _blank(), _blank()])
    elif kind == "true_false":
        item["answer"] = True
    elif kind == "sorting":
        cards = [{"text": _blank(), "category": index % 2} for index in range(4)]
        item.update(categories=[_blank(), _blank()], cards=cards)
    item["feedback"] = _blank()
    return item


def fit_why(item: dict[str, Any]) -> None:
    """After a quiz item's answer changed: a `why` entry per option again, null for a right
    option and a misconception (kept, or blank to write) for each wrong one, as the quiz rules
    want. An answer that does not read as option numbers yet leaves `why` as it is."""
    options, why, answer = item.get("options"), item.get("why"), item.get("answer")
    if not isinstance(options, list) or not isinstance(why, list):
        return
    right = set(answer) if isinstance(answer, list) else {answer}
    if not all(isinstance(i, int) and not isinstance(i, bool) for i in right):
        return
    old = why + [None] * (len(options) - len(why))
    item["why"] = [
        None if index in right else (old[index] if old[index] is not None else _blank())
        for index in range(len(options))
    ]
