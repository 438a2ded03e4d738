"""The session page's Qt-free rules: the draft, typing answers key by key, and the review.

No QApplication here: these modules must stay plain Python so the rules are checked fast.
"""

from __future__ import annotations

import json
import subprocess
import sys
from datetime import date

import pytest
from hypothesis import given
from hypothesis import strategies as st

from skillsapp.content import load_kit
from skillsapp.domain.records import Pupil
from skillsapp.domain.scoring import AnswerError, QuizKey, is_correct
from skillsapp.lessonrun import quiz_entry
from skillsapp.lessonrun import session_review as rv
from skillsapp.lessonrun.session_draft import (
    SessionDraft,
    draft_path,
    load_draft,
    remove_draft,
    save_draft,
)
from skillsapp.services import school as school_service
from skillsapp.services.sessions import get_session, record_session

SINGLE = QuizKey("q1", "single", "1", 4)
TRUE_FALSE = QuizKey("q2", "true_false", "false", 2)
MULTIPLE = QuizKey("q3", "multiple", "0,2", 4)
SORTING = QuizKey("q4", "sorting", "0,1,1", 2)
KEYS = {k.item_id: k for k in (SINGLE, TRUE_FALSE, MULTIPLE, SORTING)}
PUPILS = [Pupil(id=f"p{i}", class_id="c", full_name=f"Nguyễn Văn {n}") for i, n in
          enumerate(["An", "Bình", "Chi", "Dũng"])]  # fmt: skip


def test_no_qt_loaded_by_these_modules():
    code = (
        "import sys, skillsapp.lessonrun.session_draft, skillsapp.lessonrun.session_review,"
        " skillsapp.lessonrun.quiz_entry, skillsapp.lessonrun.quiz_order;"
        " print('PySide6' in sys.modules)"
    )
    run = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert run.stdout.strip() == "False"


# --- the draft -----------------------------------------------------------------------------


def _draft(**changes) -> SessionDraft:
    draft = SessionDraft(class_id="c", lesson_id="g6-9/01", held_on=date(2026, 11, 20), **changes)
    draft.start_roster(p.id for p in PUPILS)
    return draft


def test_everyone_is_present_unless_marked():
    draft = _draft()
    draft.set_status("p1", "absent")
    draft.set_status("p2", "late")
    draft.set_status("p2", "present")
    data = draft.to_input(KEYS)
    assert data.attendance == {"p0": "present", "p1": "absent", "p2": "present", "p3": "present"}
    assert draft.attendance == {"p1": "absent"}


def test_input_keeps_only_this_lessons_items_and_this_roster():
    draft = _draft()
    draft.set_answer("p0", "q1", "1")
    draft.set_answer("p0", "gone", "1")  # an item of another lesson
    draft.set_answer("stranger", "q1", "0")
    draft.set_count("q1", "1", 5)  # tallies are ignored in per-pupil mode
    data = draft.to_input(KEYS)
    assert [(a.pupil_id, a.item_id) for a in data.answers] == [("p0", "q1")]
    assert data.tallies == ()


def test_whole_class_mode_saves_counts_above_zero_and_no_answers():
    draft = _draft(quiz_mode="class")
    draft.set_answer("p0", "q1", "1")
    draft.set_count("q1", "1", 3)
    draft.set_count("q1", "0", 2)
    draft.set_count("q1", "0", 0)
    data = draft.to_input(KEYS)
    assert data.answers == ()
    assert [(t.item_id, t.option, t.count) for t in data.tallies] == [("q1", "1", 3)]


def test_adult_session_has_participants_not_a_class():
    draft = _draft(kind="parent_meeting", participants=80, quiz_mode="class")
    data = draft.to_input(KEYS)
    assert (data.class_id, data.attendance, data.participants) == (None, {}, 80)
    assert _draft(participants=80).to_input(KEYS).participants == 0
    assert SessionDraft(kind="staff_training").quiz_mode == "class"  # no class list to answer


statuses = st.sampled_from(["present", "absent", "late", "excused"])
ids = st.text(alphabet="abcđ12", min_size=1, max_size=4)


@given(
    attendance=st.dictionaries(ids, statuses),
    answers=st.dictionaries(st.tuples(ids, ids), st.text(max_size=5)),
    tallies=st.dictionaries(st.tuples(ids, ids), st.integers(0, 500)),
    notes=st.text(),
    step=st.integers(0, 4),
)
def test_draft_survives_json_unchanged(attendance, answers, tallies, notes, step):
    draft = _draft(notes=notes, step=step, session_id="s1")
    for pupil, status in attendance.items():
        draft.set_status(pupil, status)
    for (pupil, item), answer in answers.items():
        draft.set_answer(pupil, item, answer)
    for (item, option), count in tallies.items():
        draft.set_count(item, option, count)
    again = SessionDraft.from_json(json.loads(json.dumps(draft.to_json())))
    assert again == draft


def test_draft_file_beside_the_database(tmp_path):
    path = draft_path(tmp_path / "school.db")
    assert path.parent == tmp_path and path.name.startswith("school.db")
    assert load_draft(path) is None
    draft = _draft(notes="Lớp ồn ào")
    draft.set_status("p3", "excused")
    save_draft(path, draft)
    assert load_draft(path) == draft
    assert [p.name for p in tmp_path.iterdir()] == [path.name]  # no temp file left behind
    remove_draft(path)
    assert not path.exists()


@pytest.mark.parametrize("text", ["{not json", '{"version": 99}', '{"version": 1}', "[]"])
def test_damaged_draft_is_set_aside_not_lost(tmp_path, text):
    path = draft_path(tmp_path / "school.db")
    path.write_text(text, encoding="utf-8")
    assert load_draft(path) is None
    assert not path.exists()
    assert path.with_name(path.name + ".damaged").read_text(encoding="utf-8") == text


def test_bad_status_in_draft_is_refused():
    data = _draft().to_json()
    data["attendance"] = {"p0": "asleep"}
    with pytest.raises(ValueError):
        SessionDraft.from_json(data)


def test_saved_session_reopens_as_the_same_input(demo_store):
    kit = load_kit()
    cls = school_service.classes(demo_store)[0]
    lesson = kit.band_plan(kit.band_for_grade(cls.grade).id)[0]
    pupils = school_service.pupils(demo_store, cls.id, include_inactive=False)
    draft = SessionDraft(class_id=cls.id, lesson_id=lesson.id, lesson_version=lesson.version,
                         held_on=date(2026, 11, 23), minutes=45, teacher="Cô Hà")  # fmt: skip
    draft.start_roster(p.id for p in pupils)
    draft.set_status(pupils[0].id, "late")
    draft.set_status(pupils[1].id, "absent")
    first = lesson.quiz[0].key()
    draft.set_answer(pupils[0].id, first.item_id, first.answer)
    keys = lesson.quiz_keys()
    saved, _changes = record_session(demo_store, draft.to_input(keys), keys=keys)
    reopened = SessionDraft.from_session(get_session(demo_store, saved.id), [])
    assert reopened.session_id == saved.id
    assert reopened.to_input(keys) == draft.to_input(keys)


# --- typing answers ------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("key", "char", "answer"),
    [(SINGLE, "2", "1"), (SINGLE, "b", "1"), (SINGLE, "D", "3"), (TRUE_FALSE, "đ", "true"),
     (TRUE_FALSE, "S", "false"), (TRUE_FALSE, "t", "true"), (TRUE_FALSE, "f", "false")],
)  # fmt: skip
def test_one_key_answers(key, char, answer):
    assert quiz_entry.press(key, "", char) == quiz_entry.Entry("", answer)


@pytest.mark.parametrize(("key", "char"), [(SINGLE, "5"), (SINGLE, "e"), (TRUE_FALSE, "x"),
                                           (MULTIPLE, "9"), (SORTING, "3")])  # fmt: skip
def test_keys_that_cannot_answer_are_refused(key, char):
    with pytest.raises(AnswerError):
        quiz_entry.press(key, "", char)


def test_multiple_choice_is_letters_then_enter_and_a_second_press_takes_back():
    entry = quiz_entry.press(MULTIPLE, "", "a")
    entry = quiz_entry.press(MULTIPLE, entry.pending, "3")
    entry = quiz_entry.press(MULTIPLE, entry.pending, "b")
    entry = quiz_entry.press(MULTIPLE, entry.pending, "B")
    assert entry == quiz_entry.Entry("02")
    assert quiz_entry.finish(MULTIPLE, entry.pending) == "0,2"
    with pytest.raises(AnswerError):
        quiz_entry.finish(MULTIPLE, "")


def test_sorting_finishes_after_the_last_card():
    pending = ""
    for char in "12":
        entry = quiz_entry.press(SORTING, pending, char)
        assert entry.answer is None
        pending = entry.pending
    assert quiz_entry.press(SORTING, pending, "2") == quiz_entry.Entry("", "0,1,1")
    with pytest.raises(AnswerError):
        quiz_entry.finish(SORTING, "01")  # one card short


def test_tally_options_and_labels():
    assert quiz_entry.tally_options(SINGLE) == ("0", "1", "2", "3")
    assert quiz_entry.tally_options(TRUE_FALSE) == ("true", "false")
    assert quiz_entry.tally_options(MULTIPLE) == ("0,2", quiz_entry.OTHER_OPTION)
    assert quiz_entry.letters("0,2") == "A, C"
    assert quiz_entry.categories("0,1,1") == "1 2 2"


# --- the review ----------------------------------------------------------------------------


def _codes(review: rv.Review) -> dict[str, tuple[str, ...]]:
    return {p.code: p.names for p in review.problems}


def test_review_counts_and_scores():
    draft = _draft()
    draft.set_status("p3", "absent")
    draft.set_status("p2", "late")
    for item, key in KEYS.items():
        draft.set_answer("p0", item, key.answer)  # all right
    draft.set_answer("p1", "q1", "0")  # one wrong answer, the rest blank
    review = rv.build_review(draft, PUPILS, KEYS)
    assert review.counts == {"present": 2, "absent": 1, "late": 1, "excused": 0}
    assert (review.roster, review.attended, review.scored, review.passed) == (4, 3, 2, 1)
    assert review.average == pytest.approx(0.5)
    first = review.items[0]
    assert (first.number, first.right, first.responses) == (1, 1, 2)
    assert _codes(review) == {
        rv.NO_ANSWERS: ("Nguyễn Văn Chi",),
        rv.SOME_ANSWERS: ("Nguyễn Văn Bình",),
    }


def test_review_flags_answers_of_absent_pupils_and_an_empty_quiz():
    draft = _draft()
    draft.set_status("p0", "absent")
    draft.set_answer("p0", "q1", "1")
    assert _codes(rv.build_review(draft, PUPILS, KEYS)) == {
        rv.QUIZ_EMPTY: (),
        rv.ABSENT_ANSWERS: ("Nguyễn Văn An",),
    }


def test_review_of_a_tally():
    draft = _draft(quiz_mode="class")
    draft.set_status("p0", "absent")
    draft.set_count("q1", "1", 2)
    draft.set_count("q1", "0", 3)  # 5 hands, 3 people
    review = rv.build_review(draft, PUPILS, KEYS)
    assert [(i.right, i.responses) for i in review.items] == [(2, 5), (0, 0), (0, 0), (0, 0)]
    assert _codes(review) == {rv.NO_TALLY: ("2", "3", "4"), rv.TOO_MANY_HANDS: ("1",)}


def test_review_of_setup_problems():
    assert _codes(rv.build_review(SessionDraft(), [], KEYS)) == {rv.NO_CLASS: ()}
    adults = SessionDraft(kind="staff_training", lesson_id="staff/01", quiz_mode="none")
    assert _codes(rv.build_review(adults, [], KEYS)) == {rv.NO_PARTICIPANTS: ()}
    everyone_away = _draft(quiz_mode="none")
    for pupil in PUPILS:
        everyone_away.set_status(pupil.id, "excused")
    assert _codes(rv.build_review(everyone_away, PUPILS, KEYS)) == {rv.NOBODY_CAME: ()}


@given(st.lists(st.sampled_from(["0", "1", "2", "3"]), min_size=4, max_size=4))
def test_review_right_answers_agree_with_scoring(answers):
    draft = _draft()
    for pupil, answer in zip(PUPILS, answers, strict=True):
        draft.set_answer(pupil.id, "q1", answer)
    review = rv.build_review(draft, PUPILS, {"q1": SINGLE})
    assert review.items[0].right == sum(is_correct(SINGLE, a) for a in answers)
    assert review.passed == review.items[0].right
