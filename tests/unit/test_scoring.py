"""How typed answers are read and judged, and how attendance rates count."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from skillsapp.domain import attendance
from skillsapp.domain.scoring import (
    AnswerError,
    QuizKey,
    is_correct,
    normalise_answer,
    score,
    tally_result,
)

SINGLE = QuizKey("q1", "single", "2", 4)
TF = QuizKey("q2", "true_false", "false", 2)
MULTI = QuizKey("q3", "multiple", "0,3", 4)
SORT = QuizKey("q4", "sorting", "0,1,1", 2)


@pytest.mark.parametrize("typed", ["3", "c", "C", " 3 "])
def test_single_choice_keys_and_letters(typed):
    assert normalise_answer(SINGLE, typed) == "2"


@pytest.mark.parametrize(
    ("typed", "stored"), [("Đ", "true"), ("đ", "true"), ("s", "false"), ("Sai", "false")]
)
def test_true_false_keys(typed, stored):
    assert normalise_answer(TF, typed) == stored


def test_multiple_choice_order_and_separators_do_not_matter():
    assert normalise_answer(MULTI, "4,1") == "0,3"
    assert normalise_answer(MULTI, "da") == "0,3"
    assert is_correct(MULTI, normalise_answer(MULTI, "a d"))
    assert not is_correct(MULTI, normalise_answer(MULTI, "a"))


@pytest.mark.parametrize(
    ("key", "typed"),
    [(SINGLE, "5"), (SINGLE, "e"), (TF, "x"), (SORT, "0,1"), (SORT, "0,2,1"), (SINGLE, "")],
)
def test_impossible_answers_are_rejected(key, typed):
    with pytest.raises(AnswerError):
        normalise_answer(key, typed)


def test_score_and_pass_mark():
    assert score([True, True, False, False], 4).passed
    assert not score([True], 4).passed
    assert score([], 0).ratio == 0.0


def test_tally():
    result = tally_result(TF, {"false": 30, "true": 10})
    assert (result.right, result.responses) == (30, 40)


def test_attendance_rate_counts_late_as_attended_and_leaves_excused_out():
    rate = attendance.rate(["present", "late", "absent", "excused"])
    assert (rate.attended, rate.counted, rate.missed) == (2, 3, 1)
    assert attendance.rate([]).ratio == 1.0
    with pytest.raises(ValueError):
        attendance.rate(["gone"])


def test_status_cycle_visits_every_status():
    seen, status = [], "present"
    for _ in range(4):
        seen.append(status)
        status = attendance.next_status(status)
    assert sorted(seen) == sorted(attendance.STATUSES) and status == "present"


@given(st.lists(st.booleans(), max_size=20), st.integers(min_value=0, max_value=20))
def test_score_never_exceeds_total(results, total):
    result = score(results, total)
    assert 0 <= result.correct <= total and 0.0 <= result.ratio <= 1.0
