"""Roster import, curriculum search and presentation speed.

    .venv/bin/python tests/perf/bench_roster.py [--no-ui]   # or through tests/perf/bench.py

Figures: reading a class list (45 and 1,000 rows, xlsx and csv), importing 45 pupils in one
transaction, the preview (read, match, checks) and the import of a 2,000-pupil whole-school
workbook with a sheet per class and as one sheet with a class column (goals 1 s and 2 s), and
the re-import of the same workbook (nothing changes), that workbook through the Classes page
(preview and import, each with the longest pause of the GUI thread, goal 50 ms), one search
keystroke on the curriculum page over every band, one slide change in presentation mode (key
press and repaint), and the longest pause of the GUI thread while a 1,000-row list is read on
a worker (a timer ticks every 5 ms; the largest gap is the longest the window could not
respond). Printed, never asserted: timings belong here, not in tests.
"""

from __future__ import annotations

import csv
import os
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from datetime import date
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
ROOT = Path(__file__).resolve().parents[2]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

GIVEN = ["An", "Bình", "Đạt", "Ánh", "Dũng", "Hương", "Huy", "Ngọc Ân", "Lan", "Minh"]
FAMILY = ["Nguyễn Văn", "Trần Thị", "Lê Minh", "Phạm Ngọc", "Hoàng Gia", "Vũ Thu"]
HEADER = ["STT", "Họ và tên", "Giới tính", "Ngày sinh", "Mã học sinh"]


def _row(name: str, value: float, goal: float | None, unit: str = "ms") -> None:
    goal_text = f"{goal:g} {unit}" if goal is not None else ""
    ratio = f"{value / goal:.2f}" if goal else ""
    print(f"  {name:<66} {value:>9.2f} {unit:<2} {goal_text:>8} {ratio:>6}")


def _median_ms(work: Callable[[], object], runs: int = 7) -> float:
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        work()
        times.append(time.perf_counter() - start)
    return statistics.median(times) * 1000


def _guard_singletons() -> None:
    """PySide6 6.12 on Python 3.11 drops a reference to True on every Python `signal.emit()`
    (and to None on void C++ calls); made immortal here so long runs are not cut short."""
    if sys.version_info < (3, 12):
        import ctypes

        for singleton in (None, True, False):
            ctypes.c_ssize_t.from_address(id(singleton)).value += 1 << 40


def _rows(count: int) -> list[list[object]]:
    return [
        [
            i,
            f"{FAMILY[i % len(FAMILY)]} {GIVEN[(i // 7) % len(GIVEN)]}",
            "Nữ" if i % 2 else "Nam",
            f"{1 + i % 28:02d}/{1 + i % 12:02d}/2014",
            f"HS{i:05d}",
        ]
        for i in range(1, count + 1)
    ]


def _write_files(folder: Path, count: int) -> tuple[Path, Path]:
    from openpyxl import Workbook

    book = Workbook()
    sheet = book.active
    sheet.append(["DANH SÁCH HỌC SINH"])
    sheet.append(HEADER)
    for row in _rows(count):
        sheet.append(row)
    xlsx = folder / f"list-{count}.xlsx"
    book.save(xlsx)
    path = folder / f"list-{count}.csv"
    with path.open("w", encoding="utf-8-sig", newline="") as handle:
        csv.writer(handle).writerows([HEADER, *_rows(count)])
    return xlsx, path


def bench_parsing(folder: Path) -> None:
    from skillsapp.rosters.table import read_roster

    today = date(2026, 11, 20)
    for count in (45, 1000):
        xlsx, csv_path = _write_files(folder, count)
        read_roster(xlsx, today=today)  # openpyxl imported once, as in the app
        _row(
            f"read a {count}-row .xlsx class list",
            _median_ms(lambda p=xlsx: read_roster(p, today=today)),
            100 if count == 45 else None,
        )
        _row(
            f"read a {count}-row .csv class list",
            _median_ms(lambda p=csv_path: read_roster(p, today=today)),
            50 if count == 45 else None,
        )


def bench_import(folder: Path) -> None:
    from skillsapp.rosters import update
    from skillsapp.rosters.classlists import read_class_file
    from skillsapp.services import school as school_service
    from skillsapp.store import open_store

    xlsx, _csv = _write_files(folder, 45)
    file = read_class_file(xlsx, class_name="6A1", today=date(2026, 11, 20))
    times = []
    for run in range(5):
        store = open_store(folder / f"import-{run}.db")
        school_service.save_school(store, school_service.School(id="", code="T", name="Trường thử"))
        plan = update.plan_import(store, file, school_year="2026-2027", grade=6, class_name="6A1")
        start = time.perf_counter()
        update.apply_plan(store, plan)
        times.append(time.perf_counter() - start)
        store.close()
    _row("import 45 pupils (one transaction)", statistics.median(times) * 1000, 100)


SCHOOL_CLASSES = [f"{grade}A{n}" for grade in (6, 7, 8, 9) for n in range(1, 12)]  # 44


def _school_workbooks(folder: Path, pupils: int = 2000) -> tuple[Path, Path]:
    """A whole school's list: 44 classes of 45-46, as a sheet per class and as one sheet with
    a "Lớp" column, with a title block and a footer as the office exports them."""
    from openpyxl import Workbook

    rows = _rows(pupils)
    per_sheet = Workbook()
    per_sheet.remove(per_sheet.active)
    one_sheet = Workbook()
    whole = one_sheet.active
    whole.title = "Toàn trường"
    whole.append(["DANH SÁCH HỌC SINH TOÀN TRƯỜNG"])
    whole.append([*HEADER, "Lớp"])
    for index, name in enumerate(SCHOOL_CLASSES):
        sheet = per_sheet.create_sheet(name)
        sheet.append([f"DANH SÁCH HỌC SINH LỚP {name}"])
        sheet.append(HEADER)
        mine = rows[index :: len(SCHOOL_CLASSES)]
        for row in mine:
            sheet.append(row)
            whole.append([*row, name])
        sheet.append([f"Danh sách có {len(mine)} học sinh"])
    whole.append([f"Tổng số: {pupils} học sinh"])
    paths = folder / "school-sheets.xlsx", folder / "school-column.xlsx"
    per_sheet.save(paths[0])
    one_sheet.save(paths[1])
    return paths


def _school_db(path: Path) -> Path:
    from skillsapp.services import school as school_service
    from skillsapp.store import open_store

    store = open_store(path)
    school_service.save_school(store, school_service.School(id="", code="T", name="Trường thử"))
    store.close()
    return path


def bench_school(folder: Path) -> None:
    import shutil

    from skillsapp.rosters import update
    from skillsapp.rosters.classlists import read_class_file
    from skillsapp.store import open_store

    year, today = "2026-2027", date(2026, 11, 20)
    empty = _school_db(folder / "school-empty.db")
    for path in _school_workbooks(folder):
        label = "sheet per class" if "sheets" in path.name else "class column"
        previews, imports, again = [], [], []
        for run in range(3):
            db = folder / f"school-{label[:5]}-{run}.db"
            shutil.copy(empty, db)
            store = open_store(db)
            start = time.perf_counter()
            plan = update.plan_import(store, read_class_file(path, today=today), school_year=year)
            previews.append(time.perf_counter() - start)
            start = time.perf_counter()
            update.apply_plan(store, plan)
            imports.append(time.perf_counter() - start)
            start = time.perf_counter()
            plan = update.plan_import(store, read_class_file(path, today=today), school_year=year)
            update.apply_plan(store, plan)
            again.append(time.perf_counter() - start)
            assert plan.total("same") == 2000, plan.summary()
            store.close()
        _row(f"whole school 2,000 pupils ({label}): preview", statistics.median(previews), 1, "s")
        _row(f"whole school 2,000 pupils ({label}): import", statistics.median(imports), 2, "s")
        _row(f"whole school 2,000 pupils ({label}): same file again", statistics.median(again),
             3, "s")  # fmt: skip


def bench_ui(folder: Path) -> None:
    from PySide6.QtCore import QElapsedTimer, Qt, QTimer
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QApplication

    from skillsapp.content import load_kit
    from skillsapp.rosters import table as roster
    from skillsapp.services.demo import make_demo
    from skillsapp.store import open_store
    from skillsapp.ui import presentation
    from skillsapp.ui.context import AppContext
    from skillsapp.ui.main_window import MainWindow

    app = QApplication.instance() or QApplication(sys.argv[:1])
    db = folder / "ui.db"
    store = open_store(db)
    make_demo(store, load_kit(), pupils=600, seed=1)
    ctx = AppContext(store=store, db_path=db, language="vi")
    window = MainWindow(ctx)
    window.resize(1366, 768)
    window.show()
    page = window.show_page("curriculum")
    ctx.jobs.wait()
    for _ in range(5):
        app.processEvents()
    page.band_box.setCurrentIndex(page.band_box.findData(""))

    def search(text: str) -> None:
        page.search.blockSignals(True)
        page.search.setText(text)
        page.search.blockSignals(False)
        page._fill_tree()  # what a keystroke does, every run (setText alone skips repeats)
        app.processEvents()

    queries = ["m", "ma", "mat", "mat k", "mat kh", "mat kha", "mat khau", ""]
    _row(
        "curriculum search, one keystroke (all bands)",
        statistics.median(_median_ms(lambda q=q: search(q), 3) for q in queries),
        50,
    )

    projected = presentation.open_presentation(ctx, ctx.kit.lessons[20])
    projected.showNormal()
    projected.resize(1366, 768)
    app.processEvents()

    def next_slide() -> None:
        QTest.keyClick(
            projected, Qt.Key.Key_Right if projected.controller.index < 5 else Qt.Key.Key_Home
        )
        projected.repaint()
        app.processEvents()

    _row("presentation: next slide (key press and repaint)", _median_ms(next_slide, 15), 50)
    projected.close()

    xlsx, _csv = _write_files(folder, 1000)
    gaps: list[int] = []
    clock = QElapsedTimer()
    clock.start()
    last = [clock.elapsed()]

    def beat() -> None:
        now = clock.elapsed()
        gaps.append(now - last[0])
        last[0] = now

    ticker = QTimer()
    ticker.setInterval(5)
    ticker.timeout.connect(beat)
    ticker.start()
    done = []
    ctx.jobs.run(lambda progress: roster.read_roster(xlsx), "bench", done.append)
    while not done:
        app.processEvents()
    ticker.stop()
    _row("longest GUI-thread pause while a 1000-row list is read", max(gaps or [0]), 100)
    window.close()
    store.close()


PAGE_RUNS = 5  # whole preview-and-import rounds; the longest pause varies with the machine


def bench_page_import(folder: Path) -> None:
    """The 2,000-pupil workbook through the Classes page as a teacher does it: chosen, read and
    planned on a worker (the preview dialog), imported on a worker; a 5 ms timer on the GUI
    thread measures the longest gap (the longest the window could not respond) in each half.
    Each round starts from a fresh database; the median and the worst round are printed."""
    from PySide6.QtWidgets import QApplication, QFileDialog, QMessageBox

    app = QApplication.instance() or QApplication(sys.argv[:1])
    sheets, _column = _school_workbooks(folder)
    empty = _school_db(folder / "page-empty.db")
    # The file dialog answers with the workbook and the closing confirmation closes at once.
    QFileDialog.getOpenFileName = staticmethod(lambda *a, **k: (str(sheets), ""))
    QMessageBox.exec = lambda box: 0
    rounds = [_page_round(app, folder / f"page-{n}.db", empty, sheets) for n in range(PAGE_RUNS)]
    labels = (
        ("page: choose the 2,000-pupil workbook to preview shown", 1, "s"),
        ("page: longest GUI-thread pause during the preview", 50, "ms"),
        ("page: import pressed to classes shown", 2, "s"),
        ("page: longest GUI-thread pause during the import", 50, "ms"),
    )
    for column, (name, goal, unit) in enumerate(labels):
        values = [r[column] for r in rounds]
        _row(f"{name} (median of {PAGE_RUNS})", statistics.median(values), goal, unit)
        if unit == "ms":
            _row(f"{name} (worst of {PAGE_RUNS})", max(values), goal, unit)


def _page_round(app, db: Path, empty: Path, sheets: Path) -> tuple[float, int, float, int]:
    """One preview and import through a fresh window; (preview s, pause ms, import s, pause ms)."""
    import shutil

    from PySide6.QtCore import QElapsedTimer, QTimer

    from skillsapp.store import open_store
    from skillsapp.ui.context import AppContext
    from skillsapp.ui.main_window import MainWindow

    shutil.copy(empty, db)
    store = open_store(db)
    ctx = AppContext(store=store, db_path=db, language="vi")
    window = MainWindow(ctx)
    window.resize(1366, 768)
    window.show()
    page = window.show_page("classes")
    for _ in range(5):
        app.processEvents()
    clock = QElapsedTimer()
    clock.start()
    gaps: list[int] = []
    last = [clock.elapsed()]

    def beat() -> None:
        now = clock.elapsed()
        gaps.append(now - last[0])
        last[0] = now

    ticker = QTimer()
    ticker.setInterval(5)
    ticker.timeout.connect(beat)

    def measure(start: Callable[[], None], done: Callable[[], bool]) -> tuple[float, int]:
        gaps.clear()
        began = time.perf_counter()
        last[0] = clock.elapsed()
        ticker.start()
        start()
        while not done():
            app.processEvents()
        app.processEvents()
        ticker.stop()
        return time.perf_counter() - began, max(gaps or [0])

    preview, preview_pause = measure(
        page.import_button.click,
        lambda: (
            page.import_dialog is not None
            and not page.import_dialog.bar.isVisibleTo(page.import_dialog)
        ),
    )
    dialog = page.import_dialog
    assert dialog is not None and dialog.plan is not None, dialog.status.text()
    imported, import_pause = measure(dialog.import_button.click, lambda: ctx.jobs.panel.isHidden())
    assert page.class_list.count() == len(SCHOOL_CLASSES)
    window.close()
    store.close()
    return preview, preview_pause, imported, import_pause


def main() -> None:
    _guard_singletons()
    print("Roster import, curriculum search, presentation")
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        bench_parsing(folder)
        bench_import(folder)
        bench_school(folder)
        if "--no-ui" not in sys.argv:
            bench_ui(folder)
            bench_page_import(folder)


if __name__ == "__main__":
    main()
