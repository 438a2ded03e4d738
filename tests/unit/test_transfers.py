"""Pupils moving during the year (issue 22 item 2): a move keeps the marks with the class where
they were made, a pupil who left is kept inactive with the day, and a pupil who joins mid-year
is counted "since joining" against the lessons still ahead."""

from __future__ import annotations

import sqlite3
from datetime import date
from pathlib import Path

import pytest

from skillsapp.cli import main
from skillsapp.content import load_kit
from skillsapp.domain.records import Pupil, SessionInput
from skillsapp.errors import UserError
from skillsapp.services import school
from skillsapp.services.coverage import pupil_coverage
from skillsapp.services.sessions import record_session
from skillsapp.store import open_store

YEAR = "2026-2027"


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def _marks(db: Path, pupil_id: str) -> list[tuple[str, str]]:
    """(class of the session, pupil row's class) of every mark of one pupil row."""
    con = sqlite3.connect(db)
    try:
        return list(
            con.execute(
                "SELECT s.class_id, p.class_id FROM attendance a JOIN session s ON s.id = "
                "a.session_id JOIN pupil p ON p.id = a.pupil_id WHERE a.pupil_id = ? "
                "AND a.deleted = 0",
                [pupil_id],
            )
        )
    finally:
        con.close()


def test_a_move_keeps_the_history_with_the_class_where_it_happened(demo_db: Path, capsys):
    store = open_store(demo_db)
    try:
        six, seven = school.find_class(store, "6A1", YEAR), school.find_class(store, "7A1", YEAR)
        pupil = school.pupils(store, six.id, include_inactive=False)[0]
        count = len(_marks(demo_db, pupil.id))
    finally:
        store.close()
    assert count > 0
    argv = ["pupils", "move", "--db", str(demo_db), "--class", "6A1", "--pupil", pupil.full_name]
    code, out, err = run(capsys, *argv, "--to", "7A1", "--on", "2026-12-01")
    assert code == 0, err
    assert out.strip() == f"{pupil.full_name} moved from class 6A1 to class 7A1 from 2026-12-01."
    store = open_store(demo_db)
    try:
        old = next(p for p in school.pupils(store, six.id) if p.id == pupil.id)
        assert (old.active, old.left_on, old.left_reason) == (False, "2026-12-01", "moved")
        new = [p for p in school.pupils(store, seven.id) if p.previous_id == pupil.id]
        assert [(p.full_name, p.active, p.joined_on) for p in new] == [
            (pupil.full_name, True, "2026-12-01")
        ]
        # the marks stay on the old row, in the old class; the new row starts with none
        assert _marks(demo_db, pupil.id) == [(six.id, six.id)] * count
        assert _marks(demo_db, new[0].id) == []
        assert six.pupil_count - 1 == school.get_class(store, six.id).pupil_count
        assert seven.pupil_count + 1 == school.get_class(store, seven.id).pupil_count
    finally:
        store.close()


def test_a_pupil_who_left_is_kept_inactive_with_the_day(demo_db: Path, capsys):
    store = open_store(demo_db)
    try:
        six = school.find_class(store, "6A1", YEAR)
        pupil = school.pupils(store, six.id, include_inactive=False)[0]
    finally:
        store.close()
    argv = ["pupils", "leave", "--db", str(demo_db), "--class", "6A1", "--pupil", pupil.full_name]
    code, out, err = run(capsys, *argv, "--on", "2026-11-15")
    assert code == 0, err
    assert out.strip() == f"{pupil.full_name} left the school on 2026-11-15; their history is kept."
    store = open_store(demo_db)
    try:
        kept = next(p for p in school.pupils(store, six.id) if p.id == pupil.id)
        assert (kept.active, kept.left_on, kept.left_reason) == (False, "2026-11-15", "left")
        assert len(_marks(demo_db, pupil.id)) > 0
        # marking them back in the class clears the day
        back = school.save_pupil(store, Pupil(**{**kept.__dict__, "active": True}))
        assert (back.active, back.left_on, back.left_reason) == (True, "", "")
    finally:
        store.close()
    code, _out, err = run(capsys, *argv, "--on", "2026-11-15")
    assert code == 0  # back in the class, so they can leave again


def test_moves_that_make_no_sense_are_refused(demo_store):
    six = school.find_class(demo_store, "6A1", YEAR)
    pupil = school.pupils(demo_store, six.id, include_inactive=False)[0]
    with pytest.raises(UserError) as same:
        school.move_pupil(demo_store, pupil.id, six.id, date(2026, 12, 1))
    assert same.value.message("en") == f"{pupil.full_name} is already in class 6A1."
    sid = school.current_school(demo_store).id
    later = school.create_class(
        demo_store, school_id=sid, school_year="2027-2028", grade=7, name="7A1"
    )
    with pytest.raises(UserError) as other_year:
        school.move_pupil(demo_store, pupil.id, later.id, date(2026, 12, 1))
    assert other_year.value.message("en") == (
        "A pupil can only move to a class of the same school year (2026-2027)."
    )
    school.pupil_left(demo_store, pupil.id, date(2026, 12, 1))
    with pytest.raises(UserError) as gone:
        school.pupil_left(demo_store, pupil.id, date(2026, 12, 2))
    assert gone.value.message("en") == f"{pupil.full_name} already left the class on 2026-12-01."


def test_a_joiner_is_counted_since_joining_against_the_lessons_ahead(demo_store):
    kit = load_kit()
    seven = school.find_class(demo_store, "7A1", YEAR)
    plan = [lesson.id for lesson in kit.grade_plan(7)]
    # the class's own lessons so far: the joiner comes after all of them
    joiner = school.save_pupil(
        demo_store,
        Pupil(id="", class_id=seven.id, full_name="Phạm Minh Châu", joined_on="2026-11-25"),
    )
    before = pupil_coverage(demo_store, joiner.id, kit)
    assert (before.held, before.attended) == (0, 0)
    done_before = len(plan) - len(before.ahead)
    assert done_before > 0  # the demo class had lessons before the pupil came
    # one lesson after joining, attended
    nxt = before.ahead[0]
    pupils = school.pupils(demo_store, seven.id, include_inactive=False)
    record_session(
        demo_store,
        SessionInput(kind="lesson", held_on=date(2026, 11, 27), class_id=seven.id, lesson_id=nxt,
                     attendance={p.id: "present" for p in pupils}),
    )  # fmt: skip
    after = pupil_coverage(demo_store, joiner.id, kit)
    assert (after.held, after.attended, after.ahead) == (1, 1, before.ahead)
    assert after.describe("en") == (
        f"Since joining on 25/11/2026: attended 1 of the 1 lessons the class has had; "
        f"{len(before.ahead)} lessons ahead."
    )
    assert after.describe("vi") == (
        f"Từ khi vào lớp ngày 25/11/2026: đã học 1/1 bài lớp đã học; còn {len(before.ahead)} "
        "bài phía trước."
    )
    # a pupil there from the start is counted over the whole year
    first = pupil_coverage(demo_store, pupils[0].id, kit)
    assert first.joined_on is None and first.held == done_before + 1
