"""UI speed (issue 4 "Speed") on the 2,000-pupil demo school: switching pages, opening a class of
45 for a session, one attendance toggle and one quiz answer (each a key press and its repaint),
and the longest pause of the GUI thread while a long job runs on a worker (a timer ticks every
5 ms; the largest gap between ticks is the longest the window could not respond).

Run: .venv/bin/python tests/perf/bench_ui.py [DB]   (default /tmp/bench.db, made if missing)
Figures only; nothing is asserted (timings belong here, never in tests).
"""

from __future__ import annotations

import os
import shutil
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from datetime import date
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

DEFAULT_DB = Path("/tmp/bench.db")
PUPILS = 2000
ROUNDS = 5
TICK_MS = 5
ALL_TABLES = frozenset(
    {"school", "school_class", "pupil", "session", "attendance", "quiz_answer", "quiz_tally"}
)


def _row(name: str, value: float, goal: float | None, unit: str = "ms") -> None:
    goal_text = f"{goal:g} {unit}" if goal is not None else ""
    ratio = f"{value / goal:.2f}" if goal else ""
    print(f"  {name:<58} {value:>9.2f} {unit:<2} {goal_text:>8} {ratio:>6}")


def _ensure_demo(db: Path) -> None:
    """The benchmark database: `skillsapp demo --db DB --pupils 2000`, made once."""
    if db.exists():
        return
    from skillsapp.content import load_kit
    from skillsapp.services.demo import make_demo
    from skillsapp.store import open_store

    store = open_store(db)
    make_demo(store, load_kit(), pupils=PUPILS, seed=1)
    store.db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    store.close()


def _ms(app, action: Callable[[], object]) -> float:
    """Milliseconds for an action and the events (layout, repaint) it causes."""
    start = time.perf_counter()
    action()
    app.processEvents()
    return (time.perf_counter() - start) * 1000


def _window(db: Path):
    from PySide6.QtWidgets import QApplication

    from skillsapp.store import open_store
    from skillsapp.ui import i18n
    from skillsapp.ui.context import AppContext
    from skillsapp.ui.main_window import MainWindow

    app = QApplication.instance() or QApplication(sys.argv[:1])
    i18n.install("vi")
    ctx = AppContext(store=open_store(db), db_path=db, language="vi")
    window = MainWindow(ctx)
    window.resize(1366, 768)
    window.show()
    ctx.jobs.wait(60000)
    for _ in range(5):
        app.processEvents()
    return app, ctx, window


def bench_pages(app, ctx, window) -> None:
    """First visits (the page builds its content), then visits after every table changed (each
    page refreshes from services), then plain switches."""
    ids = [page.page_id for page in window.pages]
    for pid in ids[1:]:  # the first page was filled when the window opened
        _row(f"switch to page {pid}, first visit", _ms(app, lambda p=pid: window.show_page(p)), 100)
    window.show_page(ids[-1])
    ctx.bus.data_changed.emit(ALL_TABLES)
    stale = {pid: _ms(app, lambda p=pid: window.show_page(p)) for pid in ids}
    slowest = max(stale, key=stale.__getitem__)
    _row(f"switch page after data changed (slowest: {slowest})", stale[slowest], 100)
    again = [_ms(app, lambda p=pid: window.show_page(p)) for _ in range(ROUNDS) for pid in ids]
    _row("switch page, nothing changed (median)", statistics.median(again), 100)
    _row("switch page, nothing changed (max)", max(again), 100)


def _largest_class(ctx):
    from skillsapp.services import school
    from skillsapp.services.stats import teaching_year

    year = teaching_year(ctx.store, date.today())
    return max(school.classes(ctx.store, school_year=year), key=lambda c: c.pupil_count)


def _reset(page) -> None:
    page.undo_stack.clear()
    page.dirty = False


def bench_open_class(app, ctx, window, cls) -> None:
    page = window.show_page("session")
    times = []
    for _ in range(ROUNDS):
        _reset(page)
        times.append(_ms(app, lambda: page.start_lesson(cls.id, None)))
    _row(f"open class {cls.name} ({cls.pupil_count} pupils) at attendance (median)",
         statistics.median(times), 100)  # fmt: skip
    dashboard = window.show_page("dashboard")
    dash = []
    for _ in range(ROUNDS):
        dashboard.class_box.setCurrentIndex(0 if dashboard.class_box.currentData() != cls.id else 1)
        app.processEvents()
        dash.append(_ms(app, lambda: dashboard.select_class(cls.id)))
    _row(f"dashboard: choose class {cls.name} (median)", statistics.median(dash), 100)
    window.show_page("session")


def bench_keys(app, window) -> None:
    from PySide6.QtCore import Qt
    from PySide6.QtTest import QTest

    page = window.show_page("session")
    grid = page.attendance.grid
    grid.setFocus()
    toggles = [_ms(app, lambda: QTest.keyClick(grid, Qt.Key.Key_Space)) for _ in range(60)]
    _row("toggle attendance: Space and repaint (median)", statistics.median(toggles), 16)
    _row("toggle attendance: Space and repaint (max)", max(toggles), 16)
    page.go_to(3)
    view = page.quiz.grid
    model = page.quiz.model
    answers = []
    for _ in range(120):
        key = model.key(view.currentIndex().column())
        if key.type == "multiple":  # letters, then Enter stores the answer
            QTest.keyClicks(view, "a")
            answers.append(_ms(app, lambda: QTest.keyClick(view, Qt.Key.Key_Return)))
        elif key.type == "sorting":  # one category per card; the last card stores it
            QTest.keyClicks(view, "1" * (len(key.answer.split(",")) - 1))
            answers.append(_ms(app, lambda: QTest.keyClicks(view, "1")))
        else:
            char = "s" if key.type == "true_false" else "a"
            answers.append(_ms(app, lambda c=char: QTest.keyClicks(view, c)))
    _row("enter a quiz answer: key, store, repaint, next cell (median)",
         statistics.median(answers), 16)  # fmt: skip
    _row("enter a quiz answer (max)", max(answers), 16)
    _reset(page)


def _long_job(target: Path):
    """A job as long as a large import: make a 2,000-pupil school in a scratch database."""

    def job(progress):
        from skillsapp.content import load_kit
        from skillsapp.services.demo import make_demo
        from skillsapp.store import open_store

        progress(0, 1, "")
        store = open_store(target)
        try:
            return make_demo(store, load_kit(), pupils=PUPILS, seed=2)
        finally:
            store.close()

    return job


def bench_heartbeat(app, ctx, tmp: Path) -> None:
    from PySide6.QtCore import QEventLoop, QTimer

    gaps: list[float] = []
    last = [time.perf_counter()]

    def tick() -> None:
        now = time.perf_counter()
        gaps.append((now - last[0]) * 1000)
        last[0] = now

    timer = QTimer()
    timer.setInterval(TICK_MS)
    timer.timeout.connect(tick)
    loop = QEventLoop()
    started = time.perf_counter()
    timer.start()
    ctx.jobs.run(_long_job(tmp / "job.db"), "bench", lambda _r: loop.quit(), lambda _e: loop.quit())
    loop.exec()
    timer.stop()
    _row(f"long job on a worker: {time.perf_counter() - started:.1f} s, longest GUI pause",
         max(gaps) - TICK_MS, 100)  # fmt: skip


def main(db: Path | None = None) -> None:
    source = Path(db or DEFAULT_DB)
    _ensure_demo(source)
    with tempfile.TemporaryDirectory() as tmp:
        copy = Path(tmp) / "bench.db"
        shutil.copy(source, copy)  # drafts and edits never touch the shared demo file
        app, ctx, window = _window(copy)
        print(f"  {'figure':<58} {'value':>9} {'':<2} {'goal':>8} {'ratio':>6}")
        bench_pages(app, ctx, window)
        cls = _largest_class(ctx)
        bench_open_class(app, ctx, window, cls)
        bench_keys(app, window)
        bench_heartbeat(app, ctx, Path(tmp))
        window.close()
        ctx.store.close()


if __name__ == "__main__":
    main(Path(sys.argv[1]) if len(sys.argv) > 1 else None)
