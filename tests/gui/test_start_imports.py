"""What the app's start loads: a fresh interpreter started the way a teacher starts the app,
stopped the moment the Today page is filled, must not have loaded what only later pages need.

Each import is time and memory the teacher waits for (issue 10: sqlite-utils with click,
dateutil and pluggy is 150-200 ms and 10-13 MB; reports, sync, class lists and the lesson
parser are more). A process of its own, because this test run has long since loaded everything.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]

# Libraries the first page does not need (loaded when a write, a report, a class list, a sync
# package or the case register first needs them).
ABSENT_LIBRARIES = (
    "sqlite_utils",
    "click",
    "dateutil",
    "pluggy",
    "yaml",
    "reportlab",
    "openpyxl",
    "python_calamine",
    "cryptography",
    "nacl",
    "docx",
    "pypdfium2",
    # the log's size cap is skillsapp.logs.CappedFileHandler: logging.handlers would bring
    # socket, selectors and queue for handlers the app never uses
    "logging.handlers",
    "socket",
    "selectors",
    "queue",
    "pickle",  # the kept kit's format; the first page's plan index is marshal
    "_hashlib",  # OpenSSL, ~3.5 MB: only own lessons' digests and the sync and case crypto
)
# The app's own code the first page does not need.
ABSENT_PACKAGES = (
    "skillsapp.reports",
    "skillsapp.sync",
    "skillsapp.rosters",
    "skillsapp.cases",
    "skillsapp.store.schema",  # the migrations: only when a file needs migrating
    "skillsapp.content.parse",
    "skillsapp.content.source",
    "skillsapp.content.reader",
    "skillsapp.content.validate",
    "skillsapp.content.render",
    "skillsapp.content.commands",
    # the whole kit: the first page reads the small plan index (skillsapp.content.plan_index)
    "skillsapp.content.model",
    "skillsapp.content.loader",
    "skillsapp.content.library",
    # the first-run wizard and the demo data it offers: only when there is no database yet
    "skillsapp.ui.first_run",
    "skillsapp.services.demo",
    "skillsapp.services.demo_data",
    "skillsapp.store.demo",
    # the new-year planning (its records and rules): the write paths' check that a closed
    # year's classes are read-only lives in skillsapp.services.school
    "skillsapp.services.school_year",
    "skillsapp.domain.school_years",
)

# Runs the app in a child: `main()` as the Start-menu shortcut does (lock, file check, crash
# watch, the event loop), or `gui --screenshot` as the bench does, recording sys.modules at the
# moment the Today page first shows its figures, then closing the window.
CHILD = """
import json, sys
from skillsapp.ui.pages import today

seen = []
fill = today.TodayPage._fill


def record(page, data):
    fill(page, data)
    if not seen:
        seen.append(sorted(sys.modules))
        if mode == "app":
            from PySide6.QtCore import QTimer

            QTimer.singleShot(0, page.window().close)


today.TodayPage._fill = record
mode, db, out = sys.argv[1:4]
from skillsapp.cli import main

argv = ["--db", db] if mode == "app" else ["gui", "--db", db, "--screenshot", out + ".png"]
code = main(argv)
with open(out, "w", encoding="utf-8") as handle:
    json.dump(seen[0] if seen else None, handle)
sys.exit(code)
"""


def _modules_at_first_page(mode: str, db: Path, tmp_path: Path) -> list[str]:
    out = tmp_path / f"{mode}-modules.json"
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "PYTHONPATH": str(ROOT)}
    subprocess.run(
        [sys.executable, "-c", CHILD, mode, str(db), str(out)],
        cwd=ROOT, env=env, check=True, timeout=120, capture_output=True,
    )  # fmt: skip
    modules = json.loads(out.read_text(encoding="utf-8"))
    assert modules, "the Today page was never filled"
    return list(modules)


def _loaded(modules: list[str], names: tuple[str, ...]) -> list[str]:
    return [m for m in modules if any(m == n or m.startswith(n + ".") for n in names)]


@pytest.mark.parametrize("mode", ["app", "screenshot"])
def test_the_first_page_loads_only_what_it_needs(demo_db, tmp_path, mode):
    # The first start after an install parses the lessons (and loads the YAML reader): that is
    # the kit cache's business (tests/unit/test_kit_cache.py). Every later start is this one.
    _modules_at_first_page(mode, demo_db, tmp_path)
    modules = _modules_at_first_page(mode, demo_db, tmp_path)
    assert "skillsapp.ui.pages.today" in modules  # the probe saw the real start
    assert _loaded(modules, ABSENT_LIBRARIES) == []
    assert _loaded(modules, ABSENT_PACKAGES) == []
    other_pages = [
        m
        for m in modules
        if m.startswith("skillsapp.ui.pages.") and m != "skillsapp.ui.pages.today"
    ]
    assert other_pages == []  # each page's module loads when the page is first shown
