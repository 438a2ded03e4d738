"""One quiz question swept by the camera: which card readings become pupils' answers."""

from __future__ import annotations

import pytest

from skillsapp.cards.reading import FrameRead
from skillsapp.cards.scanning import QuestionScan, answered, can_scan, card_answer
from skillsapp.domain.scoring import QuizKey

SINGLE = QuizKey("q1", "single", "2", 3)
TRUE_FALSE = QuizKey("q2", "true_false", "true", 2)


def scan(key: QuizKey = SINGLE) -> QuestionScan:
    return QuestionScan(key, {1: "p1", 2: "p2", 3: "p3"}, attending={"p1", "p2"})


@pytest.mark.parametrize(
    ("key", "letter", "answer"),
    [
        (SINGLE, "A", "0"),
        (SINGLE, "C", "2"),
        (SINGLE, "D", None),  # three options: D is no answer
        (TRUE_FALSE, "A", "true"),
        (TRUE_FALSE, "B", "false"),
        (TRUE_FALSE, "C", None),
    ],
)
def test_a_card_letter_is_the_items_stored_answer(key, letter, answer):
    assert card_answer(key, letter) == answer


def test_only_one_turn_items_can_be_scanned():
    assert can_scan(SINGLE) and can_scan(TRUE_FALSE)
    assert not can_scan(QuizKey("q3", "multiple", "0,1", 4))
    assert not can_scan(QuizKey("q4", "sorting", "0,1", 2))


def test_changes_only_and_the_most_recent_letter_wins():
    question = scan()
    assert question.add(FrameRead(answers={1: "A", 2: "B"})) == [("p1", "0"), ("p2", "1")]
    assert question.add(FrameRead(answers={1: "A"})) == []  # seen again: a correction stands
    assert question.add(FrameRead(answers={1: "C"})) == [("p1", "2")]


def test_absent_pupils_cards_are_ignored_and_strangers_counted_once():
    question = scan()
    frame = FrameRead(answers={3: "A", 9: "B"}, unknown_markers=1, unknown_ids=[77])
    assert question.add(frame) == []
    assert question.add(frame) == []
    assert question.absent == {3}
    assert question.unknown == {8, 77}  # card 9 is marker 8; the same markers count once
    assert question.status(3) == "absent" and question.status(9) == "unknown"


def test_a_letter_with_no_option_is_no_answer_until_turned_to_one():
    question = scan()
    assert question.add(FrameRead(answers={1: "D"})) == []
    assert question.status(1) == "no_answer"
    assert question.add(FrameRead(answers={1: "B"})) == [("p1", "1")]
    assert question.status(1) == "ok"


def test_answered_counts_only_pupils_who_came():
    answers = {("p1", "q1"): "0", ("p3", "q1"): "1", ("p2", "q2"): "true"}
    assert answered(answers, "q1", ["p1", "p2"]) == ["p1"]
