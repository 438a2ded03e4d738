"""Screenshots of every page of the real app on the demo school, for the README and the guide.

    .venv/bin/python build/screenshots.py [--out resources/screenshots] [--lang vi --lang en]
                                          [--size 1366x768 --size 1920x1080] [--page today ...]

Runs offscreen (no display needed): makes a fresh demo school in a temporary folder, opens the
main window at each size and language, visits each page the way a teacher would, and writes
OUT/<width>x<height>/<page>-<lang>.png, plus session-<step>-<lang>.png for the session's
steps 2 to 5. The PNGs are reduced to 256 colours (a UI in flat colours loses nothing visible)
so the repository stays small. Look at every one before committing.
"""

from __future__ import annotations

import argparse
import os
import shutil
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

SIZES = ("1366x768", "1920x1080")
LANGUAGES = ("vi", "en")
SESSION_STEPS = 5  # class and lesson, attendance, present, quiz, review and save


def make_demo_school(folder: Path) -> Path:
    """A new database holding the demo school (what "Try the demo school" gives a teacher)."""
    from skillsapp.content import load_kit
    from skillsapp.services.database import open_school_db
    from skillsapp.services.demo import make_demo

    path = folder / "demo.db"
    store = open_school_db(path)
    make_demo(store, load_kit())
    store.close()
    return path


def optimise(path: Path) -> None:
    """Quantise to an adaptive 256-colour palette (about a third of the size)."""
    from PIL import Image

    with Image.open(path) as image:
        small = image.convert("RGB").quantize(colors=256, method=Image.Quantize.MEDIANCUT)
    small.save(path, optimize=True)


def _save(window, target: Path) -> Path:
    from PySide6.QtWidgets import QApplication

    for _ in range(5):
        QApplication.processEvents()
    window.grab().save(str(target))
    optimise(target)
    return target


def shoot(
    db: Path, language: str, size: tuple[int, int], pages: list[str], out: Path
) -> list[Path]:
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QApplication

    from skillsapp.services.database import open_school_db
    from skillsapp.ui import i18n
    from skillsapp.ui.context import AppContext
    from skillsapp.ui.main_window import PAGES, MainWindow

    app = QApplication.instance() or QApplication(["screenshots"])
    from skillsapp.lessonrun.session_draft import draft_path

    # the session steps leave a draft beside the database; the next window would "restore" it
    draft_path(db).unlink(missing_ok=True)
    i18n.install(language)
    ctx = AppContext(store=open_school_db(db), db_path=db, language=language)
    window = MainWindow(ctx)
    window.setAttribute(Qt.WidgetAttribute.WA_DontShowOnScreen)
    window.resize(*size)
    window.show()
    written = []
    folder = out / f"{size[0]}x{size[1]}"
    folder.mkdir(parents=True, exist_ok=True)
    for page_id in pages or [entry[0] for entry in PAGES]:
        window.show_page(page_id)
        ctx.jobs.wait(120000)
        written.append(_save(window, folder / f"{page_id}-{language}.png"))
        if page_id == "session":  # the later steps of a lesson, as a teacher walks through them
            page = window.page_at([entry[0] for entry in PAGES].index("session"))
            for step in range(1, SESSION_STEPS):
                page.go_to(step)
                ctx.jobs.wait(120000)
                written.append(_save(window, folder / f"session-{step + 1}-{language}.png"))
            page.go_to(0)
    window.hide()  # not close(): the session page would ask about its draft
    ctx.jobs.wait(10000)
    ctx.store.close()
    window.deleteLater()
    app.processEvents()
    return written


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--out", type=Path, default=ROOT / "resources" / "screenshots")
    parser.add_argument("--lang", action="append", choices=LANGUAGES)
    parser.add_argument("--size", action="append")
    parser.add_argument("--page", action="append", default=[])
    args = parser.parse_args(argv)
    from PySide6.QtWidgets import QApplication

    from skillsapp.ui import style

    style.apply(QApplication.instance() or QApplication(["screenshots"]))
    # One fixed folder, emptied first: the Settings page shows the database's path, and the same
    # path makes the same picture run after run.
    tmp = Path(tempfile.gettempdir()) / "kynangso-screenshots"
    shutil.rmtree(tmp, ignore_errors=True)
    tmp.mkdir(parents=True)
    os.environ["SKILLSAPP_HOME"] = str(tmp / "home")  # never the user's own settings
    try:
        db = make_demo_school(tmp)
        for size_text in args.size or SIZES:
            width, height = (int(part) for part in size_text.split("x"))
            for language in args.lang or LANGUAGES:
                for path in shoot(db, language, (width, height), args.page, args.out):
                    print(f"{path.relative_to(ROOT) if path.is_relative_to(ROOT) else path}")
    finally:
        shutil.rmtree(tmp, ignore_errors=True)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
