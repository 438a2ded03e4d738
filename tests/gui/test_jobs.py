"""Background jobs: progress, cancel, and failures worded for the user."""

from __future__ import annotations

import sqlite3

from skillsapp.errors import UserError


def _run(ctx, qtbot, fn):
    results, errors = [], []
    ctx.jobs.run(fn, "job", results.append, errors.append)
    qtbot.waitUntil(lambda: bool(results or errors), timeout=10000)
    return results, errors


def test_result_reaches_the_gui_thread(window, ctx, qtbot):
    results, errors = _run(ctx, qtbot, lambda progress: progress(1, 2, "half") or 42)
    assert results == [42] and errors == []


def test_user_error_keeps_its_own_words(window, ctx, qtbot):
    def job(progress):
        raise UserError("class.unknown", name="9Z9")

    _, errors = _run(ctx, qtbot, job)
    assert "9Z9" in errors[0]


def test_vanished_drive_is_explained_not_dumped(window, ctx, qtbot):
    def job(progress):
        raise sqlite3.OperationalError("disk I/O error")

    _, errors = _run(ctx, qtbot, job)
    assert "OperationalError" not in errors[0]
    assert str(ctx.db_path) in errors[0]


def test_cancel_stops_a_job_at_its_next_progress_report(window, ctx, qtbot):
    import threading

    started, release = threading.Event(), threading.Event()
    finished = []

    def job(progress):
        started.set()
        release.wait(5)
        progress(1, 2, "")
        finished.append(True)

    ctx.jobs.run(job, "job", lambda _r: None)
    assert started.wait(5)
    ctx.jobs.cancel_all()
    release.set()
    ctx.jobs.wait(5000)
    qtbot.waitUntil(lambda: not window.progress.isVisible(), timeout=5000)
    assert finished == []
