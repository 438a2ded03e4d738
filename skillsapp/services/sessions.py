"""Recording what happened in a session: attendance, quiz answers or tallies, in one go.

A session is saved in a single transaction, so a crash or a pulled plug leaves either the whole
session or nothing. Editing a saved session rewrites only what changed and tombstones what was
removed, so other devices learn of the edit through the merge rule.
"""

from __future__ import annotations

from collections.abc import Mapping
from datetime import date

from skillsapp.domain.attendance import STATUSES
from skillsapp.domain.records import (
    QUIZ_MODES,
    SESSION_KINDS,
    Changes,
    Session,
    SessionInput,
    SessionSummary,
    fact_id,
    new_id,
)
from skillsapp.domain.scoring import QuizKey, is_correct
from skillsapp.errors import UserError
from skillsapp.services.school import check_writable, current_school
from skillsapp.store import Store
from skillsapp.store import pupils as pupil_queries
from skillsapp.store import sessions as session_queries
from skillsapp.store.rows import put, replace_children, tombstone

CHILD_TABLES = ("attendance", "quiz_answer", "quiz_tally")


def _bad(reason: str) -> UserError:
    return UserError("session.bad", reason=reason)


def _validate(store: Store, data: SessionInput, keys: Mapping[str, QuizKey]) -> None:
    if data.kind not in SESSION_KINDS:
        raise _bad(f"kind {data.kind!r}")
    if data.quiz_mode not in QUIZ_MODES:
        raise _bad(f"quiz mode {data.quiz_mode!r}")
    if data.kind == "lesson" and not (data.class_id and data.lesson_id):
        raise _bad("a lesson needs a class and a lesson")
    if data.minutes < 0 or data.participants < 0:
        raise _bad("negative minutes or participants")
    pupils = pupil_queries.pupil_ids_of_class(store.db, data.class_id) if data.class_id else set()
    if set(data.attendance) - pupils:
        raise _bad("attendance for a pupil who is not in the class")
    if any(status not in STATUSES for status in data.attendance.values()):
        raise _bad("unknown attendance status")
    for answer in data.answers:
        if answer.pupil_id not in pupils:
            raise _bad("an answer from a pupil who is not in the class")
        if answer.item_id not in keys:
            raise _bad(f"quiz item {answer.item_id!r} is not in this lesson")
    if any(t.count < 0 or t.item_id not in keys for t in data.tallies):
        raise _bad("a tally for an unknown item or a negative count")


def _session_row(data: SessionInput, session_id: str, school_id: str) -> dict[str, object]:
    return {
        "id": session_id,
        "school_id": school_id,
        "class_id": data.class_id,
        "kind": data.kind,
        "lesson_id": data.lesson_id,
        "lesson_version": data.lesson_version,
        "held_on": data.held_on.isoformat(),
        "minutes": data.minutes,
        "teacher": data.teacher,
        "participants": data.participants,
        "notes": data.notes,
        "quiz_mode": data.quiz_mode,
        "quiz_shuffled": int(data.quiz_shuffled),
    }


def _child_rows(
    data: SessionInput, session_id: str, keys: Mapping[str, QuizKey]
) -> dict[str, list[dict[str, object]]]:
    attendance: list[dict[str, object]] = [
        {
            "id": fact_id(session_id, pupil_id),
            "session_id": session_id,
            "pupil_id": pupil_id,
            "status": status,
        }
        for pupil_id, status in data.attendance.items()
    ]
    answers: list[dict[str, object]] = [
        {
            "id": fact_id(session_id, a.pupil_id, a.item_id),
            "session_id": session_id,
            "pupil_id": a.pupil_id,
            "item_id": a.item_id,
            "answer": a.answer,
            "correct": int(is_correct(keys[a.item_id], a.answer)),
        }
        for a in (data.answers if data.quiz_mode == "pupil" else ())
    ]
    tallies: list[dict[str, object]] = [
        {
            "id": fact_id(session_id, t.item_id, t.option),
            "session_id": session_id,
            "item_id": t.item_id,
            "option": t.option,
            "count": t.count,
        }
        for t in (data.tallies if data.quiz_mode == "class" else ())
    ]
    return {"attendance": attendance, "quiz_answer": answers, "quiz_tally": tallies}


def record_session(
    store: Store,
    data: SessionInput,
    *,
    keys: Mapping[str, QuizKey] | None = None,
    session_id: str | None = None,
    planned_id: str | None = None,
) -> tuple[Session, Changes]:
    """Save a new session, or (with `session_id`) replace what a saved one holds.

    `planned_id` is the id a new session is saved under (a draft's: its quiz order is seeded
    by it, so the sheets printed before saving stay the saved session's); saving it again,
    after a crash between the save and the draft's removal, replaces it instead of doubling it.

    `keys` are the lesson's quiz keys, used to mark each answer right or wrong at save time, so
    reports stay correct even if a later lesson version changes its items.
    """
    keys = keys or {}
    check_writable(store, data.class_id)
    _validate(store, data, keys)
    if session_id and session_queries.session(store.db, session_id) is None:
        raise UserError("session.unknown")
    session_id = session_id or planned_id or new_id()
    school_id = current_school(store).id
    with store.atomic():
        put(store, "session", _session_row(data, session_id, school_id))
        for table, rows in _child_rows(data, session_id, keys).items():
            replace_children(store, table, "session_id", session_id, rows)
        store.save_clock()
    saved = session_queries.session(store.db, session_id)
    assert saved is not None
    return saved, Changes(tables=frozenset({"session", *CHILD_TABLES}), ids=(session_id,))


def delete_session(store: Store, session_id: str) -> Changes:
    """Tombstone a session and everything recorded in it."""
    found = session_queries.session(store.db, session_id)
    if found is None:
        raise UserError("session.unknown")
    check_writable(store, found.class_id)
    with store.atomic():
        for table in CHILD_TABLES:
            tombstone(store, table, session_queries.live_ids(store.db, table, session_id))
        tombstone(store, "session", [session_id])
        store.save_clock()
    return Changes(tables=frozenset({"session", *CHILD_TABLES}), ids=(session_id,))


def get_session(store: Store, session_id: str) -> Session:
    found = session_queries.session(store.db, session_id)
    if found is None:
        raise UserError("session.unknown")
    return found


def list_sessions(
    store: Store,
    *,
    class_id: str | None = None,
    start: date | None = None,
    end: date | None = None,
    school_year: str | None = None,
) -> list[SessionSummary]:
    return session_queries.summaries(
        store.db, class_id=class_id, start=start, end=end, school_year=school_year
    )


def session_input(session: Session) -> SessionInput:
    """The editable part of a saved session (to reopen it in the session flow)."""
    return SessionInput(**{f: getattr(session, f) for f in SessionInput.__dataclass_fields__})
