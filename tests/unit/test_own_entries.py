"""The editor's list and optional-field changes on a lesson's data (content/own.py): a
question's option comes and goes with its `why` and the answer keeps its option."""

from __future__ import annotations

from skillsapp.content.own import (
    add_entry,
    add_optional,
    blank_like,
    entry_lists,
    fit_why,
    optional_fields,
    remove_entry,
)

BLANK = {"vi": "", "en": ""}


def _text(word: str) -> dict[str, str]:
    return {"vi": word, "en": word}


def _lesson() -> dict:
    return {
        "title": _text("T"),
        "objectives": [_text("o1"), _text("o2")],
        "steps": [{"minutes": 5, "kind": "quiz", "title": _text("s")}],
        "quiz": [
            {
                "id": "q1",
                "type": "multiple",
                "options": [_text("a"), _text("b"), _text("c")],
                "answer": [0, 2],
                "why": [None, _text("wb"), None],
            },
            {"id": "q2", "type": "sorting", "categories": [_text("x"), _text("y")],
             "cards": [{"text": _text("k"), "category": 1}]},
        ],
        "alignment": {"seed": ["s1"]},
    }  # fmt: skip


def test_the_lists_a_teacher_can_lengthen():
    assert entry_lists(_lesson()) == [
        ("objectives",),
        ("quiz", 0, "options"),
        ("quiz", 0, "answer"),
        ("quiz", 1, "categories"),
        ("quiz", 1, "cards"),
        ("alignment", "seed"),
    ]


def test_blank_like_keeps_numbers_and_blanks_texts():
    assert blank_like({"text": _text("k"), "category": 1}) == {"text": BLANK, "category": 1}


def test_an_option_added_before_a_right_one_moves_the_answer():
    data = _lesson()
    add_entry(data, ("quiz", 0, "options"), 0)
    item = data["quiz"][0]
    assert item["options"] == [_text("a"), BLANK, _text("b"), _text("c")]
    assert item["answer"] == [0, 3]
    assert item["why"] == [None, BLANK, _text("wb"), None]


def test_an_option_removed_takes_its_why_and_the_answer_follows():
    data = _lesson()
    remove_entry(data, ("quiz", 0, "options"), 1)
    item = data["quiz"][0]
    assert item["options"] == [_text("a"), _text("c")]
    assert item["answer"] == [0, 1]
    assert item["why"] == [None, None]


def test_why_follows_a_new_answer():
    item = {"options": [_text("a"), _text("b"), _text("c")], "answer": 2,
            "why": [None, _text("wb"), _text("wc")]}  # fmt: skip
    fit_why(item)
    assert item["why"] == [BLANK, _text("wb"), None]
    item["answer"] = "two"  # not an option number yet: left as it is
    fit_why(item)
    assert item["why"] == [BLANK, _text("wb"), None]


def test_optional_fields_missing_and_added():
    data = _lesson()
    missing = [("picture",), ("alignment", "tin_hoc"), ("steps", 0, "picture")]
    assert optional_fields(data) == missing
    add_optional(data, ("alignment", "tin_hoc"))
    add_optional(data, ("steps", 0, "picture"))
    assert data["alignment"]["tin_hoc"] == BLANK and data["steps"][0]["picture"] == ""
    assert optional_fields(data) == [("picture",)]
