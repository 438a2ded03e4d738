"""Reports benchmark: the speed goals of issue 5.

A 2,000-pupil demo school with a full school year of sessions; the school-year school report and
the largest class's report are made end to end (figures, layout, PDF bytes). A scratch
department database then holds 200 schools' aggregate figures (the demo's SchoolFigures dict
under 200 school codes, numbers varied) and the department report sums them. The first run of
each is "cold" (fonts registered, modules imported), as a CLI user meets it; the goal is checked
against the slower of cold and the median of the warm runs.

Run: .venv/bin/python tests/perf/bench_reports.py
"""

from __future__ import annotations

import json
import os
import random
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from datetime import date
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

PUPILS = 2000
SCHOOLS = 200
PERIOD = "2026-2027"
YEAR_END = date(2027, 5, 31)
WARM_RUNS = 3


def _times(work: Callable[[], object]) -> tuple[float, float, object]:
    """(cold seconds, median warm seconds, last result)."""
    runs, result = [], None
    for _ in range(WARM_RUNS + 1):
        start = time.perf_counter()
        result = work()
        runs.append(time.perf_counter() - start)
    return runs[0], statistics.median(runs[1:]), result


def _row(name: str, value: float, goal: float | None, unit: str = "s") -> str:
    goal_text = f"{goal:g} {unit}" if goal is not None else ""
    ratio = f"{value / goal:.2f}" if goal else ""
    return f"{name:<56} {value:>9.3f} {unit:<2} {goal_text:>8} {ratio:>7}"


def _school(root: Path):
    from skillsapp.content import load_kit
    from skillsapp.services.demo import make_demo
    from skillsapp.store import open_store

    store = open_store(root / "school.db")
    make_demo(store, load_kit(), pupils=PUPILS, seed=1, today=YEAR_END)
    return store


def _department(root: Path, figures: dict) -> object:
    """A department database holding SCHOOLS schools' figures for the period."""
    from skillsapp.store import open_store

    rng = random.Random(3)
    store = open_store(root / "department.db")
    rows = []
    for i in range(SCHOOLS):
        data = json.loads(json.dumps(figures))
        for grade in data["grades"]:
            for key, value in grade.items():
                if key != "grade":
                    grade[key] = max(0, int(value * rng.uniform(0.6, 1.2)))
        code = f"HP-{i:03d}"
        data["school_code"], data["school_name"] = code, f"Trường THCS số {i + 1}"
        rows.append(
            (
                code,
                data["school_name"],
                f"Phường {i % 40 + 1}",
                PERIOD,
                json.dumps(data, ensure_ascii=False),
                f"pkg-{i}",
                "dev",
                "2027-06-01",
                "2027-06-02",
            )
        )
    with store.db.atomic():
        store.db.conn.executemany(
            "INSERT INTO aggregate_report (school_code, school_name, district, period, figures, "
            "package_id, sender_device, created_at, received_at) VALUES (?,?,?,?,?,?,?,?,?)",
            rows,
        )
    return store


def main() -> None:
    from skillsapp.content import load_kit
    from skillsapp.reports.build import ReportRequest, build_report
    from skillsapp.reports.figures import school_figures
    from skillsapp.services.school import classes

    with tempfile.TemporaryDirectory(prefix="bench-reports-") as tmp:
        root = Path(tmp)
        os.environ.setdefault("SKILLSAPP_HOME", str(root / "home"))
        kit = load_kit()
        store = _school(root)
        biggest = max(classes(store), key=lambda c: c.pupil_count)

        def report(target, kind: str, fmt: str = "pdf", cls: str = "") -> Callable[[], object]:
            request = ReportRequest(kind, PERIOD, fmt, "vi", class_name=cls)
            return lambda: build_report(target, kit, request, today=YEAR_END)

        results = {
            "school year school report, PDF": (_times(report(store, "school")), 2.0),
            "school year school report, Word": (_times(report(store, "school", "docx")), 3.0),
            "school year school report, XLSX": (_times(report(store, "school", "xlsx")), None),
            "school year school report, CSV": (_times(report(store, "school", "csv")), None),
            f"class report {biggest.name} ({biggest.pupil_count} pupils), PDF": (
                _times(report(store, "class", cls=biggest.name)),
                0.5,
            ),
            "school figures alone (SQL)": (
                _times(lambda: school_figures(store, kit, PERIOD)),
                None,
            ),
        }
        department = _department(root, school_figures(store, kit, PERIOD).to_dict())
        results[f"department report over {SCHOOLS} schools, PDF"] = (
            _times(report(department, "department")),
            3.0,
        )
        pages = {name: r[0][2].pages for name, r in results.items() if hasattr(r[0][2], "pages")}
        store.close()
        department.close()
    print(f"reports: {PUPILS} pupils, school year {PERIOD}; {SCHOOLS} schools for the department")
    print(f"{'figure':<56} {'value':>12} {'goal':>8} {'ratio':>7}")
    for name, ((cold, warm, _), goal) in results.items():
        print(_row(f"{name} (cold)", cold, goal))
        print(_row(f"{name} (warm median)", warm, goal))
    for name, count in pages.items():
        if "PDF" in name:
            print(f"  {name}: {count} pages")


if __name__ == "__main__":
    main()
