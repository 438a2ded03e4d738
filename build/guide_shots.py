"""Every picture of the user guide, made by the real app on the demo school, in one command.

    .venv/bin/python build/guide_shots.py            # resources/guide/shots/<lang>/<name>.png
    .venv/bin/python build/guide_shots.py --quick    # check only: each picture can be made

Offscreen (no display needed), as build/screenshots.py: a fresh demo school, the main window at
1366x768, each page visited the way the guide tells a teacher to. SHOTS says how each picture
named in resources/guide/<lang>/*.md is reached; a name the guide uses and SHOTS does not know
fails the run, so the guide can never show an old or a made-up screen. --quick makes every
picture once, in Vietnamese, small, in a temporary folder (tests/gui/test_guide.py runs it).
"""

from __future__ import annotations

import argparse
import os
import shutil
import sys
import tempfile
from collections.abc import Callable
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(HERE))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

SIZE = (1366, 768)
QUICK_SIZE = (1024, 640)
LANGUAGES = ("vi", "en")
WAIT_MS = 120000


def _page(page_id: str) -> Callable:
    def show(window) -> None:
        window.show_page(page_id)

    return show


def _session_step(step: int, mode: str = "pupil") -> Callable:
    """The session page at STEP (0-based), its quiz recorded in MODE."""

    def show(window) -> None:
        page = window.show_page("session")
        window.ctx.jobs.wait(WAIT_MS)
        box = page.setup.mode_box
        box.setCurrentIndex(max(0, box.findData(mode)))
        page.go_to(step)

    return show


def _report_preview(window) -> None:
    page = window.show_page("reports")
    window.ctx.jobs.wait(WAIT_MS)
    page.make_preview()


def _held_package(window) -> None:
    """The Sync page with a package held: a teacher's computer the leader has not accepted yet
    sends one (a small demo school of its own, the same school code), as on a first day."""
    db = window.ctx.db_path
    folder = db.parent / "held"
    if not folder.exists():  # once per demo school: the second language sees the same package
        folder.mkdir()
        _send_held(db, folder)
    page = window.show_page("sync")
    window.ctx.jobs.wait(WAIT_MS)
    # the fingerprint is what the leader reads aloud: scroll the held table to show it
    page.held.scrollToItem(page.held.item(0, page.held.columnCount() - 2))


def _send_held(db: Path, folder: Path) -> None:
    """Through the CLI, as between two real computers: the teacher has the leader's key card,
    the leader does not have the teacher's yet."""
    import contextlib
    import io

    from skillsapp.cli import main as cli

    teacher = folder / "teacher.db"
    steps = (
        ["keys", "export", "--db", str(db), "--out", str(folder / "leader.knskey")],
        ["demo", "--db", str(teacher), "--pupils", "40"],
        ["keys", "export", "--db", str(teacher), "--out", str(folder / "teacher.knskey"),
         "--name", "Nguyễn Thị Hà", "--role", "teacher"],
        ["keys", "import", "--db", str(teacher), str(folder / "leader.knskey")],
        ["sync", "export", "--db", str(teacher), "--out", str(folder / "out")],
    )  # fmt: skip
    (folder / "out").mkdir(exist_ok=True)
    with contextlib.redirect_stdout(io.StringIO()):
        for step in steps:
            if cli(step) != 0:
                raise RuntimeError(f"skillsapp {' '.join(step)} failed")
        packages = [str(path) for path in (folder / "out").glob("*.kns")]
        cli(["sync", "import", "--db", str(db), *packages])  # held: 0 rows merged


def _department_db(db: Path) -> Path:
    """A department computer that has received and accepted the demo school's figures (made
    once per demo school), for the department's own report."""
    import contextlib
    import io
    import re

    from skillsapp.cli import main as cli

    folder = db.parent / "department"
    dept = folder / "department.db"
    if dept.exists():
        return dept
    (folder / "out").mkdir(parents=True)
    card = str(folder / "department.knskey")
    name = ["--name", "Phòng Giáo dục và Đào tạo", "--role", "department"]
    out = io.StringIO()
    with contextlib.redirect_stdout(out):
        for step in (
            lambda: ["keys", "export", "--db", str(dept), "--out", card, *name],
            lambda: [
                "sync",
                "export",
                "--db",
                str(db),
                "--out",
                str(folder / "out"),
                "--aggregate",
            ],
            lambda: [
                "sync",
                "import",
                "--db",
                str(dept),
                *map(str, (folder / "out").glob("*.kns")),
            ],
            lambda: ["sync", "held", "--db", str(dept)],
        ):  # each step's arguments only once the one before has run (the package's name)
            if cli(step()) != 0:
                raise RuntimeError(f"skillsapp {' '.join(step())} failed")
        device = re.findall(
            r"[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}", out.getvalue()
        )
        if not device or cli(["sync", "accept", "--db", str(dept), device[-1]]) != 0:
            raise RuntimeError("the department could not accept the school's figures")
    return dept


def _help_window(window):
    """What F1 opens on the session page: the help window (the picture is of it, not the app)."""
    from PySide6.QtCore import Qt

    window.show_page("session")
    window.ctx.jobs.wait(WAIT_MS)
    help_window = window.open_help()
    help_window.setAttribute(Qt.WidgetAttribute.WA_DontShowOnScreen)
    help_window.resize(1100, 700)
    return help_window


def _leader_db(db: Path) -> Path:
    """The demo school on its leader's computer (a consistent copy, role school leader): the
    Sync page then offers the figures for the department."""
    import contextlib
    import io

    from skillsapp.cli import main as cli

    folder = db.parent / "leader"
    leader = folder / "leader.db"
    if leader.exists():
        return leader
    folder.mkdir()
    card = str(folder / "leader.knskey")
    with contextlib.redirect_stdout(io.StringIO()):
        if cli(["backup", "--db", str(db), "--out", str(leader)]) != 0:
            raise RuntimeError("the leader's copy of the demo school could not be made")
        shutil.copytree(db.parent / "keys", folder / "keys")  # the keys live beside the file
        if cli(["keys", "export", "--db", str(leader), "--out", card, "--role", "leader"]) != 0:
            raise RuntimeError("the leader's copy could not be given the leader's role")
    return leader


# The database a picture is taken on, when it is not the demo school's.
OTHER_DB: dict[str, Callable[[Path], Path]] = {
    "department-report": _department_db,
    "sync-leader": _leader_db,
}

# How each picture the guide names is reached, from a window on the Today page.
SHOTS: dict[str, Callable] = {
    "today": _page("today"),
    "classes": _page("classes"),
    "curriculum": _page("curriculum"),
    "dashboard": _page("dashboard"),
    "sync": _page("sync"),
    "sync-held": _held_package,
    "sync-leader": _page("sync"),
    "cases": _page("cases"),
    "settings": _page("settings"),
    "reports": _report_preview,
    "department-report": _report_preview,
    "session-1": _session_step(0),
    "session-2": _session_step(1),
    "session-3": _session_step(2),
    "session-4": _session_step(3),
    "session-4-hands": _session_step(3, "class"),
    "session-5": _session_step(4),
    "help": _help_window,
}


def guide_images(language: str) -> list[str]:
    """Every picture name the guide's pages in LANGUAGE use, in reading order, once each."""
    from skillsapp.reports.guide import load_guide

    names: list[str] = []
    for page in load_guide(language):
        names += [name for name in page.images if name not in names]
    return names


def shoot(
    db: Path, language: str, size: tuple[int, int], names: list[str], out: Path
) -> list[Path]:
    """NAMES of LANGUAGE into OUT/<language>/, one fresh window per picture (no state leaks)."""
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QApplication
    from screenshots import _save

    from skillsapp.lessonrun.session_draft import draft_path
    from skillsapp.services.database import open_school_db
    from skillsapp.ui import i18n
    from skillsapp.ui.context import AppContext
    from skillsapp.ui.main_window import MainWindow

    app = QApplication.instance() or QApplication(["guide-shots"])
    i18n.install(language)
    folder = out / language
    folder.mkdir(parents=True, exist_ok=True)
    written = []
    for name in names:
        shot_db = OTHER_DB[name](db) if name in OTHER_DB else db
        draft_path(shot_db).unlink(missing_ok=True)  # a kept draft would be offered back
        ctx = AppContext(store=open_school_db(shot_db), db_path=shot_db, language=language)
        window = MainWindow(ctx)
        window.setAttribute(Qt.WidgetAttribute.WA_DontShowOnScreen)
        window.resize(*size)
        window.show()
        shown = SHOTS[name](window) or window  # a recipe may show another window instead
        ctx.jobs.wait(WAIT_MS)
        written.append(_save(shown, folder / f"{name}.png"))
        if shown is not window:
            shown.hide()
        window.hide()  # not close(): the session page would ask about its draft
        ctx.jobs.wait(10000)
        ctx.store.close()
        window.deleteLater()
        app.processEvents()
    return written


def unknown(names: list[str]) -> list[str]:
    return [name for name in names if name not in SHOTS]


def run(
    out: Path, languages: tuple[str, ...], size: tuple[int, int], *, quick: bool = False
) -> list[Path]:
    """Make every guide picture of LANGUAGES into OUT; ValueError naming unknown pictures."""
    from PySide6.QtWidgets import QApplication
    from screenshots import make_demo_school

    from skillsapp.ui import style

    for language in languages:
        if missing := unknown(guide_images(language)):
            raise ValueError(f"the guide ({language}) uses pictures SHOTS cannot make: {missing}")
    style.apply(QApplication.instance() or QApplication(["guide-shots"]))
    # The full run works in one fixed folder, emptied first: the Settings page shows the
    # database's path, and the same path makes the same picture run after run.
    if quick:
        tmp = Path(tempfile.mkdtemp(prefix="kynangso-guide-"))
    else:
        tmp = Path(tempfile.gettempdir()) / "kynangso-guide-shots"
        shutil.rmtree(tmp, ignore_errors=True)
        tmp.mkdir(parents=True)
    old_home = os.environ.get("SKILLSAPP_HOME")
    os.environ["SKILLSAPP_HOME"] = str(tmp / "home")  # never the user's own settings
    try:
        db = make_demo_school(tmp)
        written = []
        for language in languages:
            written += shoot(db, language, size, guide_images(language), out)
        return written
    finally:
        if old_home is None:
            os.environ.pop("SKILLSAPP_HOME", None)
        else:
            os.environ["SKILLSAPP_HOME"] = old_home
        shutil.rmtree(tmp, ignore_errors=True)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--out", type=Path, default=ROOT / "resources" / "guide" / "shots")
    parser.add_argument("--lang", action="append", choices=LANGUAGES)
    parser.add_argument("--quick", action="store_true", help="check only, in a temporary folder")
    args = parser.parse_args(argv)
    if args.quick:
        with tempfile.TemporaryDirectory() as folder:
            written = run(Path(folder), tuple(args.lang or ("vi",)), QUICK_SIZE, quick=True)
            print(f"{len(written)} guide pictures can be made")
        return 0
    for path in run(args.out, tuple(args.lang or LANGUAGES), SIZE):
        print(path.relative_to(ROOT) if path.is_relative_to(ROOT) else path)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
