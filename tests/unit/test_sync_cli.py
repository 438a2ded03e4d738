"""The issue's "done when", through the command line: two teachers get their classes from the
demo school, send them to an empty leader database, and the leader ends up with exactly what
the single demo database holds; its school figures equal the single database's, and the
department receives them as an aggregate package."""

from __future__ import annotations

import json
import shutil
from datetime import date
from pathlib import Path

import pytest
from support.sync_world import content, file_hash

from skillsapp.cli import main
from skillsapp.content import load_kit
from skillsapp.reports.build import ReportRequest, build_report
from skillsapp.reports.figures import department_figures, school_figures
from skillsapp.services.school import classes
from skillsapp.store import open_store

PERIOD = "2026-2027"


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def _class_names(db: Path) -> list[str]:
    store = open_store(db)
    try:
        return [c.name for c in classes(store)]
    finally:
        store.close()


def _school_report_csv(db: Path) -> bytes:
    store = open_store(db)
    try:
        request = ReportRequest(kind="school", period=PERIOD, fmt="csv", lang="vi")
        return build_report(store, load_kit(), request, today=date(2026, 11, 20)).data
    finally:
        store.close()


def _figures(db: Path) -> dict:
    store = open_store(db)
    try:
        return school_figures(store, load_kit(), PERIOD).to_dict()
    finally:
        store.close()


@pytest.fixture
def school(tmp_path: Path, demo_template: Path, capsys: pytest.CaptureFixture[str]) -> Path:
    """single.db (the demo) hands teachers A and B their classes; all know the leader."""
    single = tmp_path / "single.db"
    shutil.copy(demo_template, single)
    people = {"single": "Văn phòng", "a": "Cô Hà", "b": "Thầy Minh", "leader": "Cô Hiệu trưởng"}
    for db, name in people.items():
        role = "leader" if db == "leader" else "teacher"
        argv = ["keys", "export", "--db", str(tmp_path / f"{db}.db"), "--name", name]
        assert run(capsys, *argv, "--role", role, "--out", str(tmp_path / f"{db}.knskey"))[0] == 0
    for here, cards in {
        "single": ("a", "b"),
        "a": ("single", "leader"),
        "b": ("single", "leader"),
        "leader": ("a", "b"),
    }.items():
        for card in cards:
            argv = ["keys", "import", "--db", str(tmp_path / f"{here}.db")]
            assert run(capsys, *argv, str(tmp_path / f"{card}.knskey"))[0] == 0
    names = _class_names(single)
    split = {"a": names[: len(names) // 2], "b": names[len(names) // 2 :]}
    for teacher, own in split.items():
        out = tmp_path / f"roster-{teacher}.kns"
        argv = ["sync", "export", "--db", str(single), "--out", str(out), "--to", people[teacher]]
        assert run(capsys, *argv, *(a for n in own for a in ("--class", n)))[0] == 0
        assert (
            run(capsys, "sync", "import", "--db", str(tmp_path / f"{teacher}.db"), str(out))[0] == 0
        )
    return tmp_path


def test_the_leader_merging_two_teachers_equals_the_single_database(
    school: Path, capsys: pytest.CaptureFixture[str]
):
    packages = []
    for teacher in ("a", "b"):
        code, out, _ = run(
            capsys,
            "sync",
            "export",
            "--db",
            str(school / f"{teacher}.db"),
            "--out",
            str(school),
            "--to",
            "Cô Hiệu trưởng",
        )
        assert code == 0 and "encrypted for Cô Hiệu trưởng" in out
        packages.append(out.split("Wrote ")[1].split(":")[0])
    twin = school / "twin.db"  # the same leader, importing in the other order
    shutil.copy(school / "leader.db", twin)
    code, out, _ = run(capsys, "sync", "import", "--db", str(school / "leader.db"), *packages)
    assert code == 0 and out.count("Imported") == 2
    assert run(capsys, "sync", "import", "--db", str(twin), *reversed(packages))[0] == 0

    single = content(school / "single.db")
    assert content(school / "leader.db") == single  # every travelling table, row for row
    assert content(twin) == single
    assert _figures(school / "leader.db") == _figures(school / "single.db")
    assert _school_report_csv(school / "leader.db") == _school_report_csv(school / "single.db")


def test_the_department_gets_counts_and_a_correction_replaces_them(
    school: Path, capsys: pytest.CaptureFixture[str]
):
    department = school / "dept.db"
    argv = ["keys", "export", "--db", str(department), "--out", str(school / "dept.knskey")]
    assert run(capsys, *argv, "--role", "department")[0] == 0
    first = school / "first.kns"
    argv = ["sync", "export", "--db", str(school / "single.db"), "--out", str(first)]
    code, out, _ = run(capsys, *argv, "--aggregate", "--period", PERIOD)
    assert code == 0 and "counts only" in out
    code, out, _ = run(capsys, "sync", "import", "--db", str(department), str(first))
    assert code == 0 and "is held, not imported" in out and "Văn phòng" in out
    code, out, _ = run(capsys, "sync", "held", "--db", str(department))
    assert code == 0 and "Văn phòng" in out and "fingerprint" in out
    device = out.split("device ")[1].split(" ")[0]
    code, out, _ = run(capsys, "sync", "accept", "--db", str(department), device)
    assert code == 0 and "Accepted the device Văn phòng" in out and "Stored the figures" in out

    store = open_store(department)
    try:
        stored = json.loads(store.db.execute("SELECT figures FROM aggregate_report").fetchone()[0])
        totals = department_figures(store, PERIOD)
    finally:
        store.close()
    assert stored == json.loads(json.dumps(_figures(school / "single.db")))
    assert len(totals.schools) == 1 and totals.schools[0].headline.sessions > 0

    second = school / "second.kns"
    argv = ["sync", "export", "--db", str(school / "single.db"), "--out", str(second)]
    assert run(capsys, *argv, "--aggregate", "--period", PERIOD)[0] == 0
    assert "Replaced" in run(capsys, "sync", "import", "--db", str(department), str(second))[1]
    third = school / "first-again.kns"  # an older package arriving late changes nothing
    shutil.copy(first, third)
    before = file_hash(department)
    code, out, _ = run(capsys, "sync", "import", "--db", str(department), str(third))
    assert code == 0 and "already imported" in out and file_hash(department) == before


def test_an_older_aggregate_never_replaces_newer_figures(school: Path, capsys):
    department = school / "dept.db"
    argv = ["keys", "export", "--db", str(department), "--out", str(school / "dept.knskey")]
    assert run(capsys, *argv, "--role", "department")[0] == 0
    argv = ["keys", "import", "--db", str(department), str(school / "single.knskey")]
    assert run(capsys, *argv)[0] == 0  # the school's card first: its packages merge directly
    made = []
    for name in ("old.kns", "new.kns"):
        argv = ["sync", "export", "--db", str(school / "single.db"), "--out", str(school / name)]
        assert run(capsys, *argv, "--aggregate", "--period", PERIOD)[0] == 0
        made.append(str(school / name))
    assert run(capsys, "sync", "import", "--db", str(department), made[1])[0] == 0
    code, out, _ = run(capsys, "sync", "import", "--db", str(department), made[0])
    assert code == 0 and "older than the figures already here" in out


def test_refusals_exit_1_and_say_why_in_one_line(school: Path, capsys):
    argv = ["sync", "export", "--db", str(school / "single.db"), "--out", str(school / "x.kns")]
    code, _, err = run(capsys, *argv, "--aggregate", "--period", PERIOD)
    assert code == 0
    code, _, err = run(
        capsys, "sync", "import", "--db", str(school / "a.db"), str(school / "x.kns")
    )
    assert code == 1 and "aggregate package for the department" in err
    code, _, err = run(capsys, "sync", "export", "--db", str(school / "a.db"), "--out", str(school))
    assert code == 1 and "Several devices are known" in err
    missing = str(school / "nowhere.kns")
    code, _, err = run(capsys, "sync", "import", "--db", str(school / "a.db"), missing, missing)
    assert code == 1 and err.count("does not exist") == 2 and "2 packages could not" in err


def test_aggregate_options_do_not_mix_with_pupil_package_options(school: Path, capsys):
    argv = ["sync", "export", "--db", str(school / "a.db"), "--out", str(school)]
    with pytest.raises(SystemExit) as exited:
        main([*argv, "--aggregate", "--full"])
    assert exited.value.code == 2
    with pytest.raises(SystemExit):
        main([*argv, "--period", PERIOD])
