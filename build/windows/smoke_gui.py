"""The installed Windows GUI, driven under wine + Xvfb by the keyboard (xdotool); smoke_wine.sh
runs it with the Linux venv's Python after the silent install.

    python smoke_gui.py wizard|pages|bad-input --install DIR --shortcut LNK --shots DIR ...

The app is started the way the Start-menu shortcut starts it (`wine start` on the .lnk, so
pythonw.exe with the shortcut's own arguments and working folder). Every screenshot is taken
from the X server (what a user would see), and checked to be a real window: the window's
title, its size, and pixels that are not blank (grey-level spread and number of colours).
A check that fails raises, and the shell script fails with it. Times (launch -> window mapped,
-> page filled) are printed for information: wine on this machine is not a teacher's PC.
"""

from __future__ import annotations

import argparse
import hashlib
import os
import shutil
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

from PIL import Image, ImageChops, ImageGrab, ImageStat

MAIN_TITLE = "Kỹ năng số — "  # the main window's Vietnamese title starts so
WIZARD_TITLE = "khởi động lần đầu"
MIN_SPREAD = 12.0  # grey-level standard deviation: a blank or single-colour window is ~0
MIN_COLOURS = 16


class Failure(Exception):
    pass


def xdo(*args: str, check: bool = True) -> str:
    done = subprocess.run(["xdotool", *args], capture_output=True, text=True, check=False)
    if check and done.returncode != 0:
        raise Failure(f"xdotool {' '.join(args)}: {done.stderr.strip()}")
    return done.stdout.strip()


def windows(pattern: str) -> list[str]:
    out = xdo("search", "--onlyvisible", "--name", pattern, check=False)
    return [w for w in out.split() if w]


def title(wid: str) -> str:
    return xdo("getwindowname", wid, check=False)


def wait_window(pattern: str, timeout: float, *, not_in: tuple[str, ...] = ()) -> str:
    end = time.monotonic() + timeout
    while time.monotonic() < end:
        found = [w for w in windows(pattern) if w not in not_in]
        if found:
            return found[-1]
        time.sleep(0.2)
    shown = {w: title(w) for w in windows(".")}
    raise Failure(f"no window titled /{pattern}/ within {timeout:.0f} s; on screen: {shown}")


def dismiss(wid: str, timeout: float = 60.0) -> None:
    """Press Enter on a message box until it closes (with no window manager, a window mapped
    later may cover it and take the focus: raise it first)."""
    end = time.monotonic() + timeout
    attempt = 0
    while time.monotonic() < end:
        xdo("windowraise", wid, check=False)
        keys(wid, "Return")
        if attempt % 2:  # Enter went elsewhere: the OK button (Qt: bottom right; Win32: centre)
            x, y, w, h = geometry(wid)
            for bx in (x + w - 55, x + w // 2):
                xdo("mousemove", str(bx), str(y + h - 20))
                xdo("click", "1")
                time.sleep(0.5)
        attempt += 1
        for _ in range(10):
            if wid not in windows("."):
                return
            time.sleep(0.3)
    raise Failure(f"the message {title(wid)!r} did not close on Enter")


def wait_gone(wid: str, timeout: float) -> None:
    end = time.monotonic() + timeout
    while time.monotonic() < end:
        if wid not in windows("."):
            return
        time.sleep(0.2)
    raise Failure(f"window {title(wid)!r} still open after {timeout:.0f} s")


def geometry(wid: str) -> tuple[int, int, int, int]:
    values = dict(
        line.split("=", 1) for line in xdo("getwindowgeometry", "--shell", wid).splitlines()
    )
    return int(values["X"]), int(values["Y"]), int(values["WIDTH"]), int(values["HEIGHT"])


def grab(wid: str) -> Image.Image:
    x, y, w, h = geometry(wid)
    return ImageGrab.grab(bbox=(x, y, x + w, y + h), xdisplay=os.environ["DISPLAY"]).convert("RGB")


def keys(wid: str, *names: str) -> None:
    """Focus the window and type keys through XTEST, as a keyboard would."""
    xdo("windowfocus", "--sync", wid, check=False)
    time.sleep(0.3)
    for name in names:
        xdo("key", "--clearmodifiers", name)
        time.sleep(0.5)


def type_text(wid: str, text: str) -> None:
    xdo("windowfocus", "--sync", wid, check=False)
    xdo("type", "--delay", "40", text)


def blank(picture: Image.Image) -> bool:
    spread = ImageStat.Stat(picture.convert("L")).stddev[0]
    return spread < MIN_SPREAD or len(picture.getcolors(1 << 20) or ()) < MIN_COLOURS


def settled(wid: str, timeout: float = 90.0) -> Image.Image:
    """The window's picture once it is drawn and has stopped changing (a window maps black,
    then paints; pages fill in after the window shows)."""
    end = time.monotonic() + timeout
    last = grab(wid)
    while time.monotonic() < end:
        time.sleep(1.0)
        # no window manager: a window mapped since (the first instance's, behind a second
        # start's message) covers it on the screen the grab reads; put it back on top
        xdo("windowraise", wid, check=False)
        now = grab(wid)
        same = now.size == last.size and ImageChops.difference(now, last).getbbox() is None
        if same and not blank(now):
            return now
        last = now
    return last


class Shots:
    """Screenshots, checked and saved as NN-name.png under one folder."""

    def __init__(self, folder: Path) -> None:
        self.folder = folder
        folder.mkdir(parents=True, exist_ok=True)
        self.count = len(list(folder.glob("*.png")))

    def take(
        self,
        wid: str,
        name: str,
        *,
        title_has: str,
        min_size: tuple[int, int] = (300, 150),
        differs_from: Image.Image | None = None,
        settle: bool = True,
    ) -> Image.Image:
        xdo("windowraise", wid, check=False)  # no window manager: it may be underneath
        if differs_from is not None:  # keys reach a busy app late: wait for their effect
            end = time.monotonic() + 60
            while time.monotonic() < end:
                now = grab(wid)
                if (
                    now.size != differs_from.size
                    or ImageChops.difference(now, differs_from).getbbox()
                ):
                    break
                time.sleep(0.5)
        picture = settled(wid) if settle else grab(wid)
        name_now = title(wid)
        if title_has not in name_now:
            raise Failure(f"{name}: window title {name_now!r} lacks {title_has!r}")
        width, height = picture.size
        if width < min_size[0] or height < min_size[1]:
            raise Failure(f"{name}: window is {width}x{height}, expected at least {min_size}")
        spread = ImageStat.Stat(picture.convert("L")).stddev[0]
        colours = len(picture.getcolors(1 << 20) or ())
        if spread < MIN_SPREAD or colours < MIN_COLOURS:
            raise Failure(f"{name}: looks blank (spread {spread:.1f}, {colours} colours)")
        if differs_from is not None and differs_from.size == picture.size:
            changed = ImageChops.difference(picture, differs_from).getbbox()
            if changed is None:
                raise Failure(f"{name}: the keys changed nothing on screen")
        self.count += 1
        path = self.folder / f"{self.count:02d}-{name}.png"
        picture.save(path)
        print(f"  shot {path.name}: {width}x{height}, {name_now!r}, spread {spread:.0f}, "
              f"{colours} colours")  # fmt: skip
        return picture


class App:
    """The installed app, started from its Start-menu shortcut."""

    def __init__(self, args: argparse.Namespace) -> None:
        self.args = args

    def launch(self, env: dict[str, str] | None = None) -> float:
        started = time.monotonic()
        subprocess.Popen(
            ["wine", "start", "/unix", str(self.args.shortcut)],
            stdin=subprocess.DEVNULL,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
            env={**os.environ, **(env or {})},
        )
        return started

    def running(self) -> bool:
        out = subprocess.run(["ps", "-eo", "args"], capture_output=True, text=True).stdout
        return any("pythonw.exe" in line for line in out.splitlines())

    def wait_exit(self, timeout: float = 60.0) -> None:
        end = time.monotonic() + timeout
        while time.monotonic() < end:
            if not self.running():
                return
            time.sleep(0.3)
        raise Failure(f"the app did not exit within {timeout:.0f} s")


def sessions(db: Path) -> int:
    with sqlite3.connect(f"file:{db}?mode=ro", uri=True) as conn:
        return conn.execute("SELECT count(*) FROM session").fetchone()[0]


def phase_wizard(args: argparse.Namespace, shots: Shots, app: App) -> None:
    """First start after the install, fresh profile: the first-run questions."""
    started = app.launch()
    wid = wait_window(WIZARD_TITLE, 300)
    mapped = time.monotonic() - started
    picture = shots.take(wid, "first-run-wizard", title_has="Kỹ năng số")
    print(f"  first start (fresh install, fresh profile): launch -> wizard mapped {mapped:.1f} s")
    keys(wid, "Down")  # English
    shots.take(wid, "first-run-wizard-english", title_has="Kỹ năng số", differs_from=picture)
    keys(wid, "Escape")  # cancel: nothing is created
    wait_gone(wid, 30)
    app.wait_exit()
    db = args.data / "kynangso.db"
    if db.exists():
        raise Failure(f"cancelling the first-run questions created {db}")


def start_main(app: App, label: str) -> tuple[str, float, float]:
    started = app.launch()
    wid = wait_window(MAIN_TITLE, 300)
    mapped = time.monotonic() - started
    settled(wid)
    filled = time.monotonic() - started
    print(f"  {label}: launch -> window mapped {mapped:.1f} s, -> page settled {filled:.1f} s")
    return wid, mapped, filled


def close_main(app: App, wid: str) -> None:
    keys(wid, "alt+F4")
    wait_gone(wid, 60)
    app.wait_exit()


def phase_pages(args: argparse.Namespace, shots: Shots, app: App) -> None:
    """The demo school (made by the installed CLI): Today, a session by keyboard, a report
    PDF, the Sync page."""
    db = args.data / "kynangso.db"
    before = sessions(db)
    wid, _mapped, _filled = start_main(app, "first start on the demo school")
    today = shots.take(wid, "today", title_has=MAIN_TITLE, min_size=(1000, 600))
    # "Buổi học" (lesson session) is row 3 of the navigation.
    nav_to(wid, 3)
    setup = shots.take(wid, "session-setup", title_has=MAIN_TITLE, differs_from=today)
    keys(wid, "alt+2")  # step 2, attendance (Alt+1..5 jump to a step)
    attendance = shots.take(wid, "session-attendance", title_has=MAIN_TITLE, differs_from=setup)
    # A click on a pupil's tile (the first or second, under the hint line that wraps to two or
    # three lines with the window's width): absent.
    x, y, _w, _h = geometry(wid)
    xdo("mousemove", str(x + 300), str(y + 165))
    xdo("click", "1")
    marked = shots.take(
        wid, "session-attendance-marked", title_has=MAIN_TITLE, differs_from=attendance
    )
    keys(wid, "alt+3")  # jump to step 3, the slides
    slides = shots.take(wid, "session-present", title_has=MAIN_TITLE, differs_from=marked)
    shown = set(windows(""))
    keys(wid, "F5")
    show = _new_window(shown, 60, wid)
    shots.take(show, "presentation-f5", title_has="", min_size=(600, 400), differs_from=slides)
    keys(show, "Escape")
    wait_gone(show, 30)
    keys(wid, "alt+5", "ctrl+s")  # the review step, then save
    end = time.monotonic() + 30
    while sessions(db) == before and time.monotonic() < end:
        time.sleep(0.5)
    if sessions(db) != before + 1:
        raise Failure(f"Ctrl+S did not save the session ({before} -> {sessions(db)} sessions)")
    shots.take(wid, "session-saved", title_has=MAIN_TITLE)
    print(f"  session saved by Ctrl+S: {before} -> {sessions(db)} sessions in the database")

    # Reports (navigation row 5): the school report as PDF, saved through the file dialog.
    nav_to(wid, 5)
    reports = shots.take(wid, "reports", title_has=MAIN_TITLE)
    pdf = args.work / "gui-report.pdf"
    pdf.unlink(missing_ok=True)
    shown = set(windows(""))
    keys(wid, "ctrl+s")  # "Lưu thành tệp…" (Save as…): its place moves with the form's lines
    dialog = _new_window(shown, 60, wid)
    shots.take(dialog, "reports-save-dialog", title_has="", min_size=(300, 200), settle=False)
    keys(dialog, "ctrl+a")
    type_text(dialog, args.win_work + "\\gui-report.pdf")
    keys(dialog, "Return")
    end = time.monotonic() + 120
    while not (pdf.exists() and pdf.stat().st_size > 1000) and time.monotonic() < end:
        time.sleep(0.5)
    if not pdf.exists():
        raise Failure("the Reports page saved no PDF")
    time.sleep(1.0)
    if not pdf.read_bytes().startswith(b"%PDF"):
        raise Failure(f"{pdf} is not a PDF")
    shots.take(wid, "reports-saved", title_has=MAIN_TITLE, differs_from=reports)
    print(f"  report PDF saved from the Reports page: {pdf.stat().st_size} bytes")

    nav_to(wid, 6)
    shots.take(wid, "sync", title_has=MAIN_TITLE)
    close_main(app, wid)
    _wid, _m, _f = start_main(app, "warm start")
    close_main(app, _wid)


def _big(wid: str) -> bool:
    try:
        _x, _y, w, h = geometry(wid)
    except Failure:
        return False
    return w >= 200 and h >= 100 and title(wid) != "_q_titlebar"


def _new_window(before: set[str], timeout: float, owner: str) -> str:
    """A window that was not on screen `before` (a dialog, the presentation)."""
    end = time.monotonic() + timeout
    while time.monotonic() < end:
        others = [w for w in windows("") if w not in before and _big(w)]
        if others:
            return others[-1]
        time.sleep(0.2)
    raise Failure(f"no new window after {title(owner)!r}")


NAV_ICONS = range(22, 42)  # the navigation icons' columns; x=16 is inside a row, left of them


def _luma(pixel: tuple[int, int, int]) -> int:
    return (pixel[0] * 299 + pixel[1] * 587 + pixel[2] * 114) // 1000


def nav_centres(picture: Image.Image) -> list[int]:
    """The y of each navigation row's middle, read from its icon on screen (the rows' height
    follows the fonts wine draws with, so no pitch is assumed): a line where an icon column
    stands out from the row's own background, lines closer than 10 px being one icon."""
    lines = []
    for y in range(picture.size[1] - 90):  # above the Help button
        back = _luma(picture.getpixel((16, y)))
        if any(abs(_luma(picture.getpixel((x, y))) - back) > 60 for x in NAV_ICONS):
            lines.append(y)
    spans: list[list[int]] = []
    for y in lines:
        if spans and y - spans[-1][1] <= 10:
            spans[-1][1] = y
        else:
            spans.append([y, y])
    return [(top + bottom) // 2 for top, bottom in spans]


def nav_row(wid: str) -> int | None:
    """Which navigation row is highlighted, read from the screen: the selected row's pale blue
    (#dbe9f7 in resources/style/skillsapp.qss) on the dark navigation."""
    picture = grab(wid)
    for row, y in enumerate(nav_centres(picture)):
        r, g, b = picture.getpixel((14, y))
        if r > 190 and g > 210 and b > 225:
            return row
    return None


def nav_to(wid: str, row: int) -> None:
    """Open a page from the navigation list: one click on its row (a page that is shown takes
    the keyboard focus, so arrow keys in the list cannot walk past it), checked on screen."""
    x, y, _w, _h = geometry(wid)
    centres = nav_centres(grab(wid))
    if len(centres) <= row:
        raise Failure(f"the navigation shows {len(centres)} rows, not row {row}")
    xdo("mousemove", str(x + 60), str(y + centres[row]))
    xdo("click", "1")
    end = time.monotonic() + 30
    while nav_row(wid) != row and time.monotonic() < end:
        time.sleep(0.3)
    if nav_row(wid) != row:
        raise Failure(f"the navigation did not reach row {row} (at {nav_row(wid)})")
    settled(wid)


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def expect_message(app: App, shots: Shots, pattern: str, name: str) -> None:
    """A message box titled /pattern/ (never a hang, never a silent exit); Enter closes it
    and the program ends."""
    box = wait_window(pattern, 300)
    shots.take(box, name, title_has=pattern, min_size=(200, 80))
    dismiss(box)
    app.wait_exit()


def phase_bad_input(args: argparse.Namespace, shots: Shots, app: App) -> None:
    """A second start while the first is opening; a data folder that cannot be written; a
    missing and a damaged DLL in the install folder. Each ends in a message, data untouched."""
    db = args.data / "kynangso.db"
    app.launch()
    time.sleep(1.0)
    app.launch()
    box = wait_window("Kỹ năng số đang mở", 300)
    shots.take(box, "second-start-already-open", title_has="đang mở", min_size=(200, 80))
    dismiss(box)
    main_window = wait_window(MAIN_TITLE, 300)
    shots.take(main_window, "second-start-first-window-opens", title_has=MAIN_TITLE)
    close_main(app, main_window)
    print("  second start while the first was opening: 'Kỹ năng số đang mở', first one opened")

    before = digest(db)
    blocker = args.work / "not-a-folder"
    blocker.write_text("a file where the data folder should be\n", encoding="utf-8")
    app.launch(env={"SKILLSAPP_HOME": args.win_work + "\\not-a-folder\\data"})
    expect_message(app, shots, "Thư mục dữ liệu", "data-folder-not-writable")
    print("  data folder that cannot be written: 'Thư mục dữ liệu chỉ cho phép đọc'")

    dll = args.install / "python/Lib/site-packages/PySide6/Qt6Widgets.dll"
    kept = dll.with_name(dll.name + ".kept")
    shutil.move(dll, kept)
    try:
        app.launch()
        expect_message(app, shots, "cần cài đặt lại", "dll-missing")
    finally:
        shutil.move(kept, dll)
    print("  missing Qt6Widgets.dll: 'cần cài đặt lại / needs reinstalling', names the file")

    shutil.copy2(dll, kept)
    try:
        with dll.open("r+b") as handle:  # same size, header destroyed: only the hash can tell
            handle.write(b"\0" * 4096)
        app.launch()
        expect_message(app, shots, "cần cài đặt lại", "dll-damaged")
    finally:
        shutil.move(kept, dll)
    print("  damaged Qt6Widgets.dll (same size): the same message, found by its sha256")
    if digest(db) != before:
        raise Failure("a failed start changed the database")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("phase", choices=("wizard", "pages", "bad-input"))
    parser.add_argument("--install", type=Path, required=True)
    parser.add_argument("--shortcut", type=Path, required=True)
    parser.add_argument("--data", type=Path, required=True)
    parser.add_argument("--shots", type=Path, required=True)
    parser.add_argument("--work", type=Path, required=True)
    parser.add_argument("--win-work", required=True, help="--work as Windows sees it")
    args = parser.parse_args(argv)
    shots, app = Shots(args.shots), App(args)
    phase = {"wizard": phase_wizard, "pages": phase_pages, "bad-input": phase_bad_input}
    try:
        phase[args.phase](args, shots, app)
    except Failure as exc:
        debug = args.shots / f"FAILED-{args.phase}.png"
        ImageGrab.grab(xdisplay=os.environ["DISPLAY"]).save(debug)
        print(f"GUI FAIL ({args.phase}): {exc}\n  whole screen: {debug}", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
