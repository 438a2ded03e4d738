"""A process killed at random moments while saving sessions never leaves half a session."""

from __future__ import annotations

import os
import random
import signal
import sqlite3
import subprocess
import sys
import time

from support.session_writer import SESSION_WRITER

KILLS = 50


def test_sigkill_while_writing_sessions_leaves_whole_sessions_only(demo_db):
    rng = random.Random(5)
    env = {**os.environ}
    for _ in range(KILLS):
        proc = subprocess.Popen(
            [sys.executable, "-c", SESSION_WRITER, str(demo_db)], stdout=subprocess.PIPE, env=env
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
