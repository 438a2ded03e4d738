"""Sync benchmark: the speed goals of issue 6.

A 2,000-pupil demo school (a full school year) is split over 40 teachers: the demo database
sends each teacher their classes, each teacher then exports their full year to an empty leader
database, and the leader imports all 40 packages. The import is compared with inserting the
same rows with a plain executemany in one transaction. Finally a department database imports
1,000 schools' aggregate packages.

Run: .venv/bin/python tests/perf/bench_sync.py
"""

from __future__ import annotations

import json
import os
import tempfile
import time
import uuid
from collections.abc import Callable
from datetime import date
from pathlib import Path

PUPILS = 2000
TEACHERS = 40
SCHOOLS = 1000
PERIOD = "2026-2027"
YEAR_END = date(2027, 5, 31)


def _timed(work: Callable[[], object]) -> tuple[float, object]:
    start = time.perf_counter()
    result = work()
    return time.perf_counter() - start, result


def _device(path: Path, name: str, role: str = "teacher") -> Path:
    from skillsapp.store import open_store
    from skillsapp.store.db import set_setting
    from skillsapp.sync.keys import write_card

    store = open_store(path)
    with store.db.atomic():
        set_setting(store.db, "device_name", name)
        set_setting(store.db, "role", role)
    write_card(store, path.with_suffix(".knskey"))
    store.close()
    return path


def _swap(a: Path, b: Path) -> None:
    from skillsapp.store import open_store
    from skillsapp.sync.keys import import_card

    for here, there in ((a, b), (b, a)):
        store = open_store(here)
        import_card(store, there.with_suffix(".knskey"))
        store.close()


def _make_school(root: Path) -> tuple[Path, list[Path], Path]:
    """The demo school, 40 teacher databases holding their own classes, an empty leader."""
    from skillsapp.content import load_kit
    from skillsapp.services.demo import make_demo
    from skillsapp.services.school import classes
    from skillsapp.store import open_store
    from skillsapp.sync.export import export_rows
    from skillsapp.sync.importer import import_package

    source = root / "demo.db"
    store = open_store(source)
    make_demo(store, load_kit(), pupils=PUPILS, seed=1, today=YEAR_END)
    names = [c.name for c in classes(store)]
    store.close()
    _device(source, "demo")
    leader = _device(root / "leader.db", "leader", "leader")
    teachers = []
    for i in range(TEACHERS):
        teacher = _device(root / f"t{i:02d}.db", f"t{i:02d}")
        _swap(source, teacher)
        _swap(teacher, leader)
        own = names[i::TEACHERS]
        store = open_store(source)
        sent = export_rows(store, root, to=f"t{i:02d}", full=True, classes=own)
        store.close()
        store = open_store(teacher)
        import_package(store, sent.path)  # type: ignore[arg-type]
        store.close()
        teachers.append(teacher)
    return source, teachers, leader


def _export_all(root: Path, teachers: list[Path]) -> tuple[list[float], list[Path]]:
    from skillsapp.store import open_store
    from skillsapp.sync.export import export_rows

    times, packages = [], []
    out = root / "to-leader"
    out.mkdir()
    for teacher in teachers:
        store = open_store(teacher)
        seconds, result = _timed(lambda s=store: export_rows(s, out, to="leader", full=True))
        store.close()
        times.append(seconds)
        packages.append(result.path)  # type: ignore[attr-defined]
    return times, packages


def _import_all(leader: Path, packages: list[Path]) -> float:
    from skillsapp.store import open_store
    from skillsapp.sync.importer import import_package

    store = open_store(leader)
    seconds, _ = _timed(lambda: [import_package(store, p) for p in packages])
    store.close()
    return seconds


def _payload_rows(leader: Path, packages: list[Path]) -> dict[str, tuple[list[str], list[list]]]:
    """The rows the packages carry (each id once), decrypted ahead of the timed baseline."""
    from skillsapp.store import open_store
    from skillsapp.sync import package as pkg
    from skillsapp.sync.keys import load_keys

    store = open_store(leader)
    keys = load_keys(store)
    store.close()
    assert keys is not None
    tables: dict[str, tuple[list[str], dict[str, list]]] = {}
    for path in packages:
        payload = json.loads(pkg.open_rows(pkg.read_package(path), keys.pair.box_private))
        for table, spec in payload["tables"].items():
            columns, rows = tables.setdefault(table, (spec["columns"], {}))
            at = columns.index("id")
            for row in spec["rows"]:
                rows.setdefault(row[at], row)
    return {t: (c, list(rows.values())) for t, (c, rows) in tables.items()}


def _baseline(root: Path, rows: dict[str, tuple[list[str], list[list]]]) -> tuple[float, int]:
    """Plain executemany of the same rows into an empty database, in one transaction."""
    from skillsapp.store import open_store

    store = open_store(root / "baseline.db")

    def insert() -> int:
        count = 0
        with store.db.atomic():
            for table, (columns, values) in rows.items():
                names = ", ".join([*columns, "sync_epoch"])
                marks = ", ".join("?" for _ in range(len(columns) + 1))
                store.db.conn.executemany(
                    f"INSERT INTO {table} ({names}) VALUES ({marks})",
                    [(*row, 1) for row in values],
                )
                count += len(values)
        return count

    seconds, count = _timed(insert)
    store.close()
    return seconds, int(count)  # type: ignore[call-overload]


def _aggregate_packages(root: Path, source: Path) -> list[Path]:
    """1,000 schools' aggregate packages: the demo's real figures under other codes and keys."""
    from skillsapp.content import load_kit
    from skillsapp.reports.figures import school_figures
    from skillsapp.store import open_store
    from skillsapp.store.hlc import HybridClock
    from skillsapp.sync import crypto
    from skillsapp.sync import package as pkg

    store = open_store(source)
    figures = school_figures(store, load_kit(), PERIOD).to_dict()
    store.close()
    clock = HybridClock()
    folder = root / "aggregates"
    folder.mkdir()
    paths = []
    for i in range(SCHOOLS):
        keys = crypto.generate_keypair()
        code = f"HP-{i:04d}"
        school = {"code": code, "name": f"Trường {i}", "district": "Lê Chân", "province": "HP"}
        sender = {
            "device_id": str(uuid.uuid4()),
            "name": f"school {i}",
            "role": "leader",
            "sign_key": crypto.b64(keys.sign_public),
            "box_key": crypto.b64(keys.box_public),
        }
        stamp = clock.now()
        manifest = {
            "package_id": str(uuid.uuid4()),
            "kind": "aggregate",
            "created_at": "2027-06-01",
            "sender": sender,
            "school": school,
            "period": PERIOD,
            "hlc_range": [stamp, stamp],
        }
        body = {"period": PERIOD, "school": school, "figures": {**figures, "school_code": code}}
        data = json.dumps(body, ensure_ascii=False).encode()
        path = folder / f"{code}.kns"
        path.write_bytes(
            pkg.build_package(manifest, (pkg.AGGREGATE_MEMBER, data), keys.sign_private)
        )
        paths.append(path)
    return paths


def _department(root: Path, packages: list[Path]) -> float:
    department = _device(root / "department.db", "department", "department")
    return _import_all(department, packages)


def _row(figure: str, value: float, goal: float, unit: str = "s") -> str:
    return f"{figure:<46} {value:>9.3f} {unit:<2} {goal:>8.2f} {value / goal:>7.2f}"


def main() -> None:
    with tempfile.TemporaryDirectory(prefix="bench-sync-") as tmp:
        root = Path(tmp)
        os.environ.setdefault("SKILLSAPP_HOME", str(root / "home"))
        source, teachers, leader = _make_school(root)
        export_times, packages = _export_all(root, teachers)
        import_seconds = _import_all(leader, packages)
        baseline_seconds, rows = _baseline(root, _payload_rows(leader, packages))
        department_seconds = _department(root, _aggregate_packages(root, source))
    ratio = import_seconds / baseline_seconds
    print(f"sync: {PUPILS} pupils, {TEACHERS} teachers, {rows} rows; {SCHOOLS} school aggregates")
    print(f"{'figure':<46} {'value':>12} {'goal':>8} {'ratio':>7}")
    print(_row("export one teacher's year (slowest package)", max(export_times), 1.0))
    print(_row("export one teacher's year (mean)", sum(export_times) / len(export_times), 1.0))
    print(_row(f"leader imports {TEACHERS} packages", import_seconds, 10.0))
    print(_row("import / plain executemany of the same rows", ratio, 3.0, "x"))
    print(f"{'  (plain executemany: ' + f'{baseline_seconds:.3f} s)':<46}")
    print(_row(f"department imports {SCHOOLS} aggregate packages", department_seconds, 60.0))


if __name__ == "__main__":
    main()
