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


EDITOR_LISTS = ("steps", "quiz")  # added to with a kind or a type (the editor's own tools)
FieldPath = tuple[str | int, ...]


def blank_like(value: Any) -> Any:
    """A new entry shaped like `value`: its texts blank, its numbers and choices kept."""
    if isinstance(value, dict):
        return {key: blank_like(entry) for key, entry in value.items()}
    if isinstance(value, list):
        return [blank_like(entry) for entry in value]
    return "" if isinstance(value, str) else value


def entry_lists(data: Any, path: FieldPath = ()) -> list[FieldPath]:
    """Every list of entries in the lesson a teacher may lengthen or shorten (objectives, a
    question's options, a material's cards...), by path, in document order; not the steps and
    the quiz themselves (the editor adds those by kind and type), nor `why` (it follows the
    options)."""
    found: list[FieldPath] = []
    if isinstance(data, dict):
        for key, value in data.items():
            if key == "why":
                continue
            own_tools = not path and key in EDITOR_LISTS
            if isinstance(value, list) and value and not own_tools:
                found.append((*path, key))
            found += entry_lists(value, (*path, key))
    elif isinstance(data, list):
        for index, value in enumerate(data):
            found += entry_lists(value, (*path, index))
    return found


def add_entry(data: dict[str, Any], path: FieldPath, index: int) -> None:
    """A blank entry after entry `index` of the list at `path` (shaped like that entry); a
    question's new option gets its `why` to write."""
    entries = _at(data, path)
    at = min(index, len(entries) - 1)
    entries.insert(at + 1, blank_like(entries[at]))
    item = _question_of(data, path)
    if item is not None:
        _shift_answer(item, at + 1, +1)
        why = item.get("why")
        if isinstance(why, list) and len(why) >= at + 1:
            why.insert(at + 1, {"vi": "", "en": ""})


def remove_entry(data: dict[str, Any], path: FieldPath, index: int) -> None:
    """Remove entry `index` of the list at `path`; a question's option takes its `why` with it
    and the answer keeps pointing at the same options."""
    entries = _at(data, path)
    if not 0 <= index < len(entries):
        return
    del entries[index]
    item = _question_of(data, path)
    if item is not None:
        why = item.get("why")
        if isinstance(why, list) and index < len(why):
            del why[index]
        _shift_answer(item, index, -1)


def _question_of(data: dict[str, Any], path: FieldPath) -> dict[str, Any] | None:
    """The quiz item whose options are at `path`, else None."""
    if len(path) == 3 and path[0] == "quiz" and path[2] == "options":
        item = _at(data, path[:2])
        return item if isinstance(item, dict) else None
    return None


def _shift_answer(item: dict[str, Any], start: int, by: int) -> None:
    """Option numbers from `start` on move by `by` (an option was added or removed before)."""

    def moved(value: Any) -> Any:
        if isinstance(value, int) and not isinstance(value, bool) and value >= start:
            return value + by if by > 0 or value > start else value
        return value

    answer = item.get("answer")
    item["answer"] = [moved(v) for v in answer] if isinstance(answer, list) else moved(answer)


def optional_fields(data: dict[str, Any]) -> list[FieldPath]:
    """Optional fields the lesson does not have yet, that the editor can add: the lesson's
    picture, its link to the Informatics subject, a step's picture."""
    missing: list[FieldPath] = []
    if "picture" not in data:
        missing.append(("picture",))
    alignment = data.get("alignment")
    if isinstance(alignment, dict) and "tin_hoc" not in alignment:
        missing.append(("alignment", "tin_hoc"))
    steps = data.get("steps")
    for index, step in enumerate(steps if isinstance(steps, list) else []):
        if isinstance(step, dict) and "picture" not in step:
            missing.append(("steps", index, "picture"))
    return missing


def add_optional(data: dict[str, Any], path: FieldPath) -> None:
    """Add one of `optional_fields`, blank for the teacher to write."""
    value: Any = {"vi": "", "en": ""} if path[-1] == "tin_hoc" else ""
    _at(data, path[:-1])[path[-1]] = value


def _at(data: Any, path: FieldPath) -> Any:
    for part in path:
        data = data[part]
    return data


def new_material(kind: str, taken: set[str]) -> dict[str, Any]:
    """A new printable material of `kind` (parse.MATERIAL_FIELDS) with the fields it needs and
    the fewest entries it may have, its texts blank; an id not in `taken`."""
    number = 1
    while f"hoc-lieu-{number}" in taken:
        number += 1
    material: dict[str, Any] = {"id": f"hoc-lieu-{number}", "kind": kind, "title": _blank()}
    if kind == "cards":
        material["cards"] = [{"text": _blank()} for _ in range(2)]
    elif kind == "worksheet":
        material.update(instructions=_blank(), items=[{"text": _blank()}])
    elif kind == "post":
        material["post"] = {"author": _blank(), "text": _blank(), "likes": 0}
    elif kind == "photo_set":
        material["photos"] = [{"caption": _blank(), "description": _blank()}]
    elif kind == "form":
        material["fields"] = [{"label": _blank()}]
    return material
