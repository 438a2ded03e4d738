"""A child process that saves lesson sessions into a database in a loop, for the tests that kill
it or cut its power: it prints "ready" once open, then "saved <session id> <pupils>" after each
save returns (what the teacher would see as saved). argv: the database, and SQLite's
`synchronous` setting (FULL is the app's own; NORMAL shows what a weaker one loses)."""

SESSION_WRITER = r"""
import sys
from datetime import date
from skillsapp.content import load_kit
from skillsapp.domain.records import Answer, SessionInput
from skillsapp.services import school
from skillsapp.services.sessions import record_session
from skillsapp.store import open_store

store = open_store(sys.argv[1])
if len(sys.argv) > 2 and sys.argv[2] != "FULL":
    store.db.execute("PRAGMA synchronous = " + sys.argv[2])
kit = load_kit()
classes = school.classes(store)
print("ready", flush=True)
n = 0
while True:
    cls = classes[n % len(classes)]
    lesson = kit.band_plan(kit.band_for_grade(cls.grade).id)[n % 5]
    keys = lesson.quiz_keys()
    pupils = school.pupils(store, cls.id, include_inactive=False)
    answers = tuple(Answer(p.id, k, keys[k].answer) for p in pupils for k in keys)
    data = SessionInput(
        kind="lesson", held_on=date(2026, 11, 1 + n % 28), class_id=cls.id, lesson_id=lesson.id,
        quiz_mode="pupil", attendance={p.id: "present" for p in pupils}, answers=answers)
    session, _changes = record_session(store, data, keys=keys)
    print("saved", session.id, len(pupils), flush=True)
    n += 1
"""
