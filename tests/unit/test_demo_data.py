"""Removing the demo school deletes all of it and nothing else, in one transaction."""

from __future__ import annotations

from datetime import date

import pytest

from skillsapp.domain.records import Pupil, School, SessionInput
from skillsapp.services import school as school_service
from skillsapp.services.demo import DEMO_SCHOOL
from skillsapp.services.demo_data import demo_summary, has_demo, remove_demo
from skillsapp.services.sessions import record_session

TABLES = ("school", "school_class", "pupil", "session", "attendance", "quiz_answer", "quiz_tally")


def _counts(store) -> dict[str, int]:
    return {t: store.db.execute(f"SELECT count(*) FROM {t}").fetchone()[0] for t in TABLES}


def _real_school(store) -> dict[str, int]:
    """A second, real school with one class, two pupils and one session; returns its counts.

    Its name sorts before the demo's, so it is the current school that sessions are saved to.
    """
    real = school_service.save_school(
        store, School(id="", code="REAL-1", name="Trường THCS An Lạc")
    )
    cls = school_service.create_class(
        store, school_id=real.id, school_year="2026-2027", grade=7, name="7B9"
    )
    school_service.add_pupils(
        store,
        [
            Pupil(id="", class_id=cls.id, full_name="Lê Văn An", gender="M"),
            Pupil(id="", class_id=cls.id, full_name="Trần Thị Bình", gender="F"),
        ],
    )
    pupils = school_service.pupils(store, cls.id)
    record_session(
        store,
        SessionInput(
            kind="lesson",
            held_on=date(2026, 10, 1),
            class_id=cls.id,
            lesson_id="g6-9/01-mang-xa-hoi-va-em",
            minutes=35,
            attendance={p.id: "present" for p in pupils},
        ),
    )
    return {"school": 1, "school_class": 1, "pupil": 2, "session": 1, "attendance": 2}


def test_summary_counts_what_will_go(demo_store):
    summary = demo_summary(demo_store)
    assert summary is not None
    assert summary.name == DEMO_SCHOOL.name
    counts = _counts(demo_store)
    assert (summary.classes, summary.pupils) == (counts["school_class"], counts["pupil"])
    assert summary.sessions == counts["session"] > 0


def test_remove_demo_deletes_every_demo_row_and_keeps_the_real_school(demo_store):
    expected = _real_school(demo_store)
    changes = remove_demo(demo_store)
    assert {"school", "school_class", "pupil", "session", "attendance"} <= changes.tables
    assert not has_demo(demo_store)
    assert demo_summary(demo_store) is None
    after = _counts(demo_store)
    assert after == {**dict.fromkeys(TABLES, 0), **expected}
    assert school_service.current_school(demo_store).code == "REAL-1"
    assert demo_store.db.execute("PRAGMA foreign_key_check").fetchall() == []


def test_remove_demo_twice_is_harmless(demo_store):
    remove_demo(demo_store)
    assert remove_demo(demo_store).tables == frozenset()


def test_remove_demo_is_all_or_nothing(demo_store, monkeypatch):
    before = _counts(demo_store)
    real_execute = demo_store.db.execute

    def failing(sql, *args):
        if sql.startswith("DELETE FROM school_class"):
            raise RuntimeError("power cut")
        return real_execute(sql, *args)

    monkeypatch.setattr(demo_store.db, "execute", failing)
    with pytest.raises(RuntimeError):
        remove_demo(demo_store)
    monkeypatch.undo()
    assert _counts(demo_store) == before
