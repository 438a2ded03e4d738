"""The checker's problems speak Vietnamese and English (the lesson editor shows them in the
teacher's language) while `str(problem)`, what `curriculum check` prints in English, is the
English text; and the new steps and quiz items the editor adds have the fields their kind needs."""

from __future__ import annotations

import re
import string
import unicodedata
from pathlib import Path

import pytest

from skillsapp.content.loader import load_kit
from skillsapp.content.model import Problem
from skillsapp.content.own import adapted, check_own, new_item, new_step
from skillsapp.domain.scoring import ITEM_TYPES
from skillsapp.messages import MESSAGES

CONTENT = Path(__file__).resolve().parents[2] / "skillsapp" / "content"
SOURCE = "g6-9/03-tin-nhan-gia-mao"  # 6 steps (the quiz step 9 minutes), 6 quiz items


def _fields(text: str) -> set[str]:
    return {name for _, name, _, _ in string.Formatter().parse(text) if name}


def test_every_check_text_is_in_both_languages_with_the_same_placeholders():
    keys = [key for key in MESSAGES if key.startswith(("check.", "term."))]
    assert len(keys) > 70
    for key in keys:
        vi, en = MESSAGES[key]["vi"], MESSAGES[key]["en"]
        assert (vi and en and vi != en) or key in ("check.yaml",), key
        assert unicodedata.is_normalized("NFC", vi), key
        assert _fields(vi) == _fields(en), key


def test_every_key_the_checker_uses_has_its_texts():
    used: set[str] = set()
    for path in CONTENT.glob("*.py"):
        used |= set(re.findall(r'"(check\.[a-z_]+)"', path.read_text(encoding="utf-8")))
    assert "check.steps_total" in used and "check.empty" in used
    assert sorted(key for key in used if key not in MESSAGES) == []


def _kit_and_data():
    kit = load_kit()
    return kit, adapted(kit.lesson(SOURCE))


def test_a_shape_fault_reads_in_both_languages_and_prints_as_before():
    kit, data = _kit_and_data()
    data["title"]["en"] = ""
    data["steps"][0]["minutes"] = "five"
    _lesson, problems = check_own(kit, data)
    by_field = {p.field: p for p in problems}
    empty, wrong = by_field["title.en"], by_field["steps[0].minutes"]
    assert empty.message == "is empty" and empty.in_lang("vi") == "đang để trống"
    assert wrong.message == "must be a whole number, not text"
    assert wrong.in_lang("vi") == "phải là một số nguyên, không phải chữ"
    assert str(empty) == f"{empty.path}:{empty.line}: title.en: is empty"
    assert empty.shown("vi") == f"{empty.path}:{empty.line}: title.en: đang để trống"


def test_a_teaching_rule_reads_in_both_languages():
    kit, data = _kit_and_data()
    data["steps"][0]["minutes"] = 6
    _lesson, problems = check_own(kit, data)
    assert [(p.field, p.message, p.in_lang("vi")) for p in problems] == [
        ("steps", "add up to 46 minutes, not 45", "cộng lại được 46 phút, không phải 45")
    ]


def test_a_problem_without_a_key_speaks_english_and_compares_as_before():
    old = Problem("lessons/x.yaml", 3, "title", "something odd")
    assert old.in_lang("vi") == "something odd"
    assert str(old) == "lessons/x.yaml:3: title: something odd"


def _filled(value):
    """Every blank text of a new step or item written (as the teacher would)."""
    if isinstance(value, dict):
        if set(value) == {"vi", "en"}:
            return {"vi": "Chữ", "en": "Words"}
        return {key: _filled(entry) for key, entry in value.items()}
    if isinstance(value, list):
        return [_filled(entry) for entry in value]
    return value


def test_a_new_step_of_each_kind_has_what_a_step_needs():
    assert new_step("discuss", "g6-9") == {
        "minutes": 5,
        "kind": "discuss",
        "title": {"vi": "", "en": ""},
        "slide": {"vi": "", "en": ""},
        "script": {"vi": "", "en": ""},
    }
    assert new_step("warm_up", "g1-2")["picture"] == ""  # a picture band's slides need one
    kit, data = _kit_and_data()
    data["steps"][1]["minutes"] = 5  # the explore step's 10 minutes shared with the new one
    data["steps"].insert(2, _filled(new_step("activity", "g6-9")))
    lesson, problems = check_own(kit, data)
    assert problems == []
    assert lesson is not None and [step.kind for step in lesson.steps][1:4] == [
        "explore",
        "activity",
        "activity",
    ]


@pytest.mark.parametrize("kind", ITEM_TYPES)
def test_a_new_quiz_item_of_each_type_is_well_formed_once_written(kind):
    kit, data = _kit_and_data()
    item = new_item(kind, {"q1", "q2", "q3", "q4", "q5", "q6"})
    assert item["id"] == "q7" and item["type"] == kind and "feedback" in item
    data["quiz"].append(_filled(item))
    lesson, problems = check_own(kit, data)
    # well formed: only the teaching rule that a 7th item needs a longer quiz step is left
    assert [(p.field, p.message) for p in problems] == [
        (
            "steps[4].minutes",
            "the quiz step has 9 minutes; 7 items need at least 11 (1.5 a item, rounded up)",
        )
    ]
    assert lesson is not None and lesson.quiz[-1].type == kind


@pytest.mark.parametrize("kind", ["cards", "worksheet", "post", "photo_set", "form"])
def test_a_new_printed_material_of_each_kind_is_well_formed_once_written(kind):
    from skillsapp.content.own import new_material

    kit, data = _kit_and_data()
    material = new_material(kind, {"hoc-lieu-1"})
    assert material["id"] == "hoc-lieu-2" and material["kind"] == kind
    data["materials"].append(_filled(material))
    lesson, problems = check_own(kit, data)
    assert problems == []
    assert lesson is not None and [m.kind for m in lesson.printables] == [kind]
