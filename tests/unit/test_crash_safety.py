"""A process killed at random moments while saving sessions never leaves half a session."""

from __future__ import annotations

import os
import random
import signal
import sqlite3
import subprocess
import sys
import time

WRITER = r"""
import sys
from datetime import date
from skillsapp.content import load_kit
from skillsapp.domain.records import Answer, SessionInput
from skillsapp.services import school
from skillsapp.services.sessions import record_session
from skillsapp.store import open_store

store = open_store(sys.argv[1])
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
    record_session(store, data, keys=keys)
    n += 1
"""

KILLS = 50


def test_sigkill_while_writing_sessions_leaves_whole_sessions_only(demo_db):
    rng = random.Random(5)
    env = {**os.environ}
    for _ in range(KILLS):
        proc = subprocess.Popen(
            [sys.executable, "-c", WRITER, str(demo_db)], stdout=subprocess.PIPE, env=env
        )
        assert proc.stdout.readline().strip() == b"ready"
        time.sleep(rng.uniform(0.0, 0.15))
        proc.send_signal(signal.SIGKILL)
        proc.wait()
    conn = sqlite3.connect(demo_db)
    assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    assert conn.execute("PRAGMA foreign_key_check").fetchall() == []
    half_written = conn.execute(
        """
        SELECT s.id FROM session s JOIN school_class c ON c.id = s.class_id
         WHERE s.kind = 'lesson' AND s.quiz_mode = 'pupil' AND s.deleted = 0 AND (
              (SELECT count(*) FROM attendance a WHERE a.session_id = s.id)
                != (SELECT count(*) FROM pupil p WHERE p.class_id = c.id AND p.active = 1)
           OR NOT EXISTS (SELECT 1 FROM quiz_answer q WHERE q.session_id = s.id))
        """
    ).fetchall()
    conn.close()
    assert half_written == []
