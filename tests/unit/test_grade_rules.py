"""The per-grade rules of `curriculum check` (issue 17), each on a small kit made for it.

Each test writes its own `sequence` into a copy of kit.yaml and a few copies of the example
lesson, then looks for the one problem the rule gives, and for its absence once the kit is fixed.
"""

from __future__ import annotations

from typing import Any

import pytest
import yaml

from skillsapp.cli import main
from skillsapp.content import load_kit
from skillsapp.content.validate import quiz_minutes_needed
from tests.unit.test_content_validate import EXAMPLE, KitDir, _bump, kit_dir

__all__ = ["kit_dir"]  # the fixture, imported so pytest finds it here


def set_sequence(kit_dir: KitDir, sequence: dict[int, list[str]]) -> None:
    path = kit_dir.root / "kit.yaml"
    data = yaml.safe_load(path.read_text(encoding="utf-8"))
    data["sequence"] = sequence
    path.write_text(yaml.safe_dump(data, allow_unicode=True, sort_keys=False), encoding="utf-8")
    _bump(path)


def messages(kit_dir: KitDir) -> list[str]:
    return [p.message for p in kit_dir.problems()]


def copy(kit_dir: KitDir, lesson_id: str, **changes: Any) -> None:
    """The example under another id, its texts made new so only the rule under test fires."""
    data = kit_dir.data()
    data.update(changes)
    data["scenario"]["text"]["vi"] += f" ({lesson_id})"
    for item in data["quiz"]:
        item["prompt"]["vi"] += f" ({lesson_id})"
    kit_dir.add(lesson_id, data)


def with_quiz_step(data: dict[str, Any], minutes: int) -> None:
    """The last step becomes the quiz step of `minutes`; the longest other step takes up the
    difference, so the lesson's minutes still add up."""
    last = data["steps"][-1]
    longest = max(data["steps"][:-1], key=lambda step: step["minutes"])
    longest["minutes"] += last["minutes"] - minutes
    for step in data["steps"]:
        if step["kind"] == "quiz":
            step["kind"] = "discuss"
    last.update(kind="quiz", minutes=minutes)


# --- timetable fit -------------------------------------------------------------------------------


def test_quiz_minutes_needed_rounds_up() -> None:
    assert [quiz_minutes_needed(n) for n in (3, 4, 5, 6)] == [5, 6, 8, 9]


def test_a_quiz_step_long_enough_passes_and_one_minute_less_fails(kit_dir: KitDir) -> None:
    items = len(kit_dir.data()["quiz"])
    kit_dir.mutate(lambda d: with_quiz_step(d, quiz_minutes_needed(items)))
    assert not any("quiz step" in m for m in messages(kit_dir))
    kit_dir.mutate(lambda d: with_quiz_step(d, quiz_minutes_needed(items) - 1))
    problem = next(p for p in kit_dir.problems() if "the quiz step has" in p.message)
    assert problem.field == f"steps[{len(kit_dir.data()['steps']) - 1}].minutes"
    assert f"{items} items need at least {quiz_minutes_needed(items)}" in problem.message
    assert load_kit(kit_dir.root).lessons  # a teaching rule: the lesson still loads


@pytest.mark.parametrize("count", [0, 2])
def test_exactly_one_quiz_step(kit_dir: KitDir, count: int) -> None:
    def steps(d: dict[str, Any]) -> None:
        for index, step in enumerate(d["steps"]):
            step["kind"] = "quiz" if index < count else "discuss"

    kit_dir.mutate(steps)
    assert f"need exactly one step of kind quiz (has {count})" in messages(kit_dir)


# --- the sequence --------------------------------------------------------------------------------


def test_each_grade_needs_six_lessons(kit_dir: KitDir) -> None:
    set_sequence(kit_dir, {3: [EXAMPLE]})
    assert "grade 3 needs at least 6 lessons (has 1)" in messages(kit_dir)
    ids = [EXAMPLE]
    for order in range(4, 9):
        ids.append(f"g3-5/0{order}-copy")
        copy(kit_dir, ids[-1])
    set_sequence(kit_dir, {3: ids})
    assert not any(m.startswith("grade 3 needs") for m in messages(kit_dir))
    assert "grade 4 needs at least 6 lessons (has 0)" in messages(kit_dir)


def test_a_lesson_in_two_grades_must_be_a_review(kit_dir: KitDir) -> None:
    kit_dir.replace("grades: [3]\n", "grades: [3, 4]\n")
    set_sequence(kit_dir, {3: [EXAMPLE], 4: [EXAMPLE]})
    found = [p for p in kit_dir.problems() if p.field == "review"]
    assert [p.message for p in found] == [
        "is in the sequence of grades 3, 4; only a lesson marked review: true may be planned "
        "for two grades"
    ]
    kit_dir.replace("grades: [3, 4]\n", "grades: [3, 4]\nreview: true\n")
    assert [p for p in kit_dir.problems() if p.field == "review"] == []
    assert load_kit(kit_dir.root).lesson(EXAMPLE).review is True


def test_the_sequence_and_the_grades_field_agree(kit_dir: KitDir) -> None:
    set_sequence(kit_dir, {3: [], 4: [EXAMPLE]})
    found = [p for p in kit_dir.problems() if p.field == "grades"]
    assert len(found) == 1 and found[0].message.startswith("says [3] but kit.yaml's sequence")
    assert "lists it for 4;" in found[0].message
    set_sequence(kit_dir, {3: [], 4: []})
    assert (
        "lists it for no grade;"
        in next(p for p in kit_dir.problems() if p.field == "grades").message
    )
    set_sequence(kit_dir, {3: [EXAMPLE], 4: []})
    assert [p for p in kit_dir.problems() if p.field == "grades"] == []


def test_every_strand_in_each_two_consecutive_grades(kit_dir: KitDir) -> None:
    set_sequence(kit_dir, {3: [EXAMPLE], 4: []})
    assert "grades 3 and 4 have no lesson in strand(s) 1, 2, 4, 5, 6, 7, 8" in messages(kit_dir)
    fourth = []
    for order, strand in enumerate((1, 2, 4, 5, 6, 7), start=4):
        fourth.append(f"g3-5/{order:02d}-strand-{strand}")
        copy(kit_dir, fourth[-1], strand=strand, grades=[4])
    set_sequence(kit_dir, {3: [EXAMPLE], 4: fourth})
    assert "grades 3 and 4 have no lesson in strand(s) 8" in messages(kit_dir)
    copy(kit_dir, "g3-5/10-strand-8", strand=8, grades=[4])
    set_sequence(kit_dir, {3: [EXAMPLE], 4: [*fourth, "g3-5/10-strand-8"]})
    assert not any(m.startswith("grades 3 and 4") for m in messages(kit_dir))


def test_an_unknown_grade_in_the_sequence_is_refused(kit_dir: KitDir) -> None:
    set_sequence(kit_dir, {13: [EXAMPLE]})
    problem = next(p for p in kit_dir.problems() if p.field.startswith("sequence"))
    assert problem.path == "lessons/kit.yaml"
    assert problem.message == "13 is not a grade a school band teaches"


def test_an_id_without_a_file_is_an_error_of_the_check_only(
    kit_dir: KitDir, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    set_sequence(kit_dir, {3: [EXAMPLE, "g3-5/99-not-written"]})
    kit = load_kit(kit_dir.root)
    assert [lesson.id for lesson in kit.grade_plan(3)] == [EXAMPLE]
    assert not any("99-not-written" in str(p) for p in kit.problems)
    monkeypatch.setenv("SKILLSAPP_LESSONS", str(kit_dir.root))
    monkeypatch.setenv("SKILLSAPP_LANG", "en")
    assert main(["curriculum", "check"]) == 1
    out = capsys.readouterr().out
    assert "lessons/kit.yaml: sequence.3: no lesson g3-5/99-not-written" in out


# --- new stories and questions in every lesson ---------------------------------------------------


def test_no_two_lessons_share_a_scenario_or_a_quiz_prompt(kit_dir: KitDir) -> None:
    kit_dir.add("g3-5/04-copy")
    found = [p for p in kit_dir.problems() if "write a new one" in p.message]
    fields = {p.field for p in found}
    assert "scenario.text" in fields and "quiz[0].prompt" in fields
    assert all(p.path == "lessons/g3-5/04-copy.yaml" for p in found)
    assert all(p.message.startswith("the same ") and EXAMPLE in p.message for p in found)
    kit_dir.path("g3-5/04-copy").unlink()
    copy(kit_dir, "g3-5/04-copy")
    assert not any("write a new one" in m for m in messages(kit_dir))


def test_a_scenario_item_with_the_same_question_about_another_story_is_new(
    kit_dir: KitDir,
) -> None:
    data = kit_dir.data()
    item = next(i for i in data["quiz"] if i["type"] == "scenario")
    copy(kit_dir, "g3-5/04-copy")
    other = kit_dir.data("g3-5/04-copy")
    same = next(i for i in other["quiz"] if i["id"] == item["id"])
    same["prompt"]["vi"] = item["prompt"]["vi"]
    same["scenario"]["vi"] += " Chuyện khác."
    kit_dir.write(kit_dir.path("g3-5/04-copy"), other)
    assert not any("write a new one" in m for m in messages(kit_dir))
    same["scenario"]["vi"] = item["scenario"]["vi"]
    kit_dir.write(kit_dir.path("g3-5/04-copy"), other)
    assert any("the same quiz prompt" in m for m in messages(kit_dir))


def test_adult_bands_keep_their_minimum(kit_dir: KitDir) -> None:
    found = messages(kit_dir)
    assert "band parents needs at least 8 lessons (has 0)" in found
    assert "band staff needs at least 6 lessons (has 0)" in found


def test_the_bundled_sequence_names_each_existing_lesson_once() -> None:
    """Real data, without the lessons still being written: every loaded pupil lesson stands in
    exactly the grade its `grades` names, and no review lesson is needed."""
    kit = load_kit()
    placed: dict[str, list[int]] = {}
    for grade, ids in kit.sequence:
        for lesson_id in ids:
            placed.setdefault(lesson_id, []).append(grade)
    for lesson in kit.lessons:
        if kit.band(lesson.band).is_school:
            assert placed.get(lesson.id) == list(lesson.grades), lesson.id
