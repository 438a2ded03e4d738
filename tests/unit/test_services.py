"""Use cases: classes and pupils, recording, editing and deleting sessions, privacy deletion."""

from __future__ import annotations

from datetime import date

import pytest

from skillsapp.content import load_kit
from skillsapp.domain.records import Answer, Pupil, SessionInput, Tally, fact_id
from skillsapp.errors import UserError
from skillsapp.services import school as school_service
from skillsapp.services.coverage import class_coverage
from skillsapp.services.privacy import delete_pupil_data
from skillsapp.services.sessions import delete_session, get_session, list_sessions, record_session


@pytest.fixture
def cls(demo_store):
    return school_service.classes(demo_store)[0]


@pytest.fixture
def lesson(cls):
    kit = load_kit()
    return kit.band_plan(kit.band_for_grade(cls.grade).id)[0]


def _input(store, cls, lesson, **changes):
    pupils = school_service.pupils(store, cls.id, include_inactive=False)
    keys = lesson.quiz_keys()
    item = next(iter(keys))
    data = dict(
        kind="lesson",
        held_on=date(2026, 11, 23),
        class_id=cls.id,
        lesson_id=lesson.id,
        lesson_version=lesson.version,
        minutes=lesson.minutes,
        quiz_mode="pupil",
        attendance={p.id: "present" for p in pupils} | {pupils[0].id: "absent"},
        answers=tuple(Answer(p.id, item, keys[item].answer) for p in pupils[1:]),
    )
    data.update(changes)
    return SessionInput(**data), keys


def _count(store, sql, *params):
    return store.db.execute(sql, params).fetchone()[0]


def test_record_session_writes_everything_in_one_go(demo_store, cls, lesson):
    data, keys = _input(demo_store, cls, lesson)
    saved, changes = record_session(demo_store, data, keys=keys)
    assert "attendance" in changes.tables
    assert (
        _count(demo_store, "SELECT count(*) FROM attendance WHERE session_id=?", saved.id)
        == cls.pupil_count
    )
    assert (
        _count(demo_store, "SELECT sum(correct) FROM quiz_answer WHERE session_id=?", saved.id)
        == cls.pupil_count - 1
    )
    first = next(iter(data.attendance))
    assert (
        _count(demo_store, "SELECT count(*) FROM attendance WHERE id=?", fact_id(saved.id, first))
        == 1
    )
    assert get_session(demo_store, saved.id).attendance == data.attendance


def test_edit_rewrites_only_changes_and_tombstones_removed_answers(demo_store, cls, lesson):
    data, keys = _input(demo_store, cls, lesson)
    saved, _ = record_session(demo_store, data, keys=keys)
    before = dict(
        demo_store.db.execute(
            "SELECT id, hlc FROM attendance WHERE session_id=?", [saved.id]
        ).fetchall()
    )
    pupil = next(iter(data.attendance))
    changed = SessionInput(
        **{
            **data.__dict__,
            "attendance": data.attendance | {pupil: "late"},
            "answers": data.answers[1:],
        }
    )
    record_session(demo_store, changed, keys=keys, session_id=saved.id)
    after = dict(
        demo_store.db.execute(
            "SELECT id, hlc FROM attendance WHERE session_id=?", [saved.id]
        ).fetchall()
    )
    moved = [i for i in after if after[i] != before[i]]
    assert moved == [fact_id(saved.id, pupil)]
    assert (
        _count(
            demo_store,
            "SELECT count(*) FROM quiz_answer WHERE session_id=? AND deleted=1",
            saved.id,
        )
        == 1
    )


def test_saving_an_unchanged_session_writes_nothing(demo_store, cls, lesson):
    data, keys = _input(demo_store, cls, lesson)
    saved, _ = record_session(demo_store, data, keys=keys)
    stamps = demo_store.db.execute(
        "SELECT hlc FROM attendance WHERE session_id=? ORDER BY id", [saved.id]
    ).fetchall()
    record_session(demo_store, data, keys=keys, session_id=saved.id)
    again = demo_store.db.execute(
        "SELECT hlc FROM attendance WHERE session_id=? ORDER BY id", [saved.id]
    ).fetchall()
    assert stamps == again


def test_whole_class_tally_mode(demo_store, cls, lesson):
    keys = lesson.quiz_keys()
    key = next(iter(keys.values()))
    data, _ = _input(
        demo_store,
        cls,
        lesson,
        quiz_mode="class",
        answers=(),
        tallies=(Tally(key.item_id, key.answer, 25),),
    )
    saved, _ = record_session(demo_store, data, keys=keys)
    assert get_session(demo_store, saved.id).tallies == (Tally(key.item_id, key.answer, 25),)


def test_delete_session_tombstones_it_and_its_rows(demo_store, cls, lesson):
    data, keys = _input(demo_store, cls, lesson)
    saved, _ = record_session(demo_store, data, keys=keys)
    delete_session(demo_store, saved.id)
    with pytest.raises(UserError):
        get_session(demo_store, saved.id)
    assert (
        _count(
            demo_store, "SELECT count(*) FROM attendance WHERE session_id=? AND deleted=0", saved.id
        )
        == 0
    )
    assert saved.id not in {s.id for s in list_sessions(demo_store, class_id=cls.id)}


@pytest.mark.parametrize(
    "change",
    [
        {"kind": "party"},
        {"class_id": None},
        {"attendance": {"not-a-pupil": "present"}},
        {"answers": (Answer("not-a-pupil", "q1", "0"),)},
        {"quiz_mode": "guess"},
    ],
)
def test_invalid_sessions_are_refused_and_nothing_is_written(demo_store, cls, lesson, change):
    data, keys = _input(demo_store, cls, lesson, **change)
    before = _count(demo_store, "SELECT count(*) FROM session")
    with pytest.raises(UserError):
        record_session(demo_store, data, keys=keys)
    assert _count(demo_store, "SELECT count(*) FROM session") == before


def test_failure_in_the_middle_rolls_back_the_whole_session(demo_store, cls, lesson, monkeypatch):
    import skillsapp.services.sessions as sessions_module

    calls = {"n": 0}
    real = sessions_module.replace_children

    def failing(*args, **kwargs):
        calls["n"] += 1
        if calls["n"] == 2:
            raise RuntimeError("power cut")
        return real(*args, **kwargs)

    monkeypatch.setattr(sessions_module, "replace_children", failing)
    data, keys = _input(demo_store, cls, lesson)
    before = [_count(demo_store, f"SELECT count(*) FROM {t}") for t in ("session", "attendance")]
    with pytest.raises(RuntimeError):
        record_session(demo_store, data, keys=keys)
    assert [
        _count(demo_store, f"SELECT count(*) FROM {t}") for t in ("session", "attendance")
    ] == before


def test_parent_meeting_records_participants(demo_store):
    saved, _ = record_session(
        demo_store, SessionInput(kind="parent_meeting", held_on=date(2026, 11, 1), participants=80)
    )
    assert get_session(demo_store, saved.id).participants == 80


def test_delete_pupil_data_wipes_personal_content(demo_store, cls):
    pupil = school_service.pupils(demo_store, cls.id)[0]
    demo_store.db.execute(
        "INSERT INTO conflict(table_name, row_id, loser, winner_hlc, package_id, recorded_at) "
        "VALUES ('pupil', ?, ?, 'x', 'p', 'now')",
        [pupil.id, f'{{"full_name": "{pupil.full_name}"}}'],
    )
    assert _count(demo_store, "SELECT count(*) FROM attendance WHERE pupil_id=?", pupil.id) > 0
    delete_pupil_data(demo_store, pupil.id)
    row = demo_store.db.execute(
        "SELECT full_name, code, deleted FROM pupil WHERE id=?", [pupil.id]
    ).fetchone()
    assert row == ("", "", 1)
    assert (
        _count(
            demo_store, "SELECT count(*) FROM attendance WHERE pupil_id=? AND deleted=0", pupil.id
        )
        == 0
    )
    assert (
        _count(
            demo_store, "SELECT count(*) FROM quiz_answer WHERE pupil_id=? AND answer!=''", pupil.id
        )
        == 0
    )
    assert pupil.id not in {p.id for p in school_service.pupils(demo_store, cls.id)}
    assert _count(demo_store, "SELECT count(*) FROM conflict WHERE row_id=?", pupil.id) == 0
    demo_store.db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    assert pupil.full_name.encode() not in demo_store.path.read_bytes()


def test_classes_and_pupils(demo_store):
    school = school_service.current_school(demo_store)
    new = school_service.create_class(
        demo_store, school_id=school.id, school_year="2026-2027", grade=3, name=" 3A  9 "
    )
    assert new.name == "3A 9"
    with pytest.raises(UserError):
        school_service.create_class(
            demo_store, school_id=school.id, school_year="2026-2027", grade=3, name="3a 9"
        )
    with pytest.raises(UserError):
        school_service.create_class(
            demo_store, school_id=school.id, school_year="2026-2027", grade=13, name="X"
        )
    pupil = school_service.save_pupil(
        demo_store, Pupil(id="", class_id=new.id, full_name="Lê  Thị Ánh", gender="F")
    )
    assert pupil.full_name == "Lê Thị Ánh"
    school_service.update_class(demo_store, new.id, name="3A10", archived=True)
    assert new.id not in {c.id for c in school_service.classes(demo_store)}
    assert school_service.get_class(demo_store, new.id).archived
    with pytest.raises(UserError):
        school_service.save_pupil(demo_store, Pupil(id="", class_id=new.id, full_name="  "))


def test_coverage_and_next_lesson(demo_store, cls):
    kit = load_kit()
    coverage = class_coverage(demo_store, cls.id, kit)
    plan = kit.grade_plan(cls.grade)
    assert coverage.total == len(plan)
    held = {s.lesson_id for s in list_sessions(demo_store, class_id=cls.id)}
    assert coverage.done == len(held & {lesson.id for lesson in plan})
    if coverage.next_lesson_id:
        assert coverage.next_lesson_id not in held
