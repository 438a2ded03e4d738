"""A new school year (issue 22 item 1): the preview, the promotion, leavers graduated, the old
year archived read-only, the undo, and the old year's reports unchanged byte for byte."""

from __future__ import annotations

import io
import sqlite3
import zipfile
from datetime import date
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from skillsapp.cli import main
from skillsapp.content import load_kit
from skillsapp.domain.periods import SchoolYear
from skillsapp.domain.records import Pupil, SessionInput
from skillsapp.domain.school_years import last_grade, leaves, next_name, shift_calendar
from skillsapp.errors import UserError
from skillsapp.reports.build import ReportRequest, build_report
from skillsapp.services import school, school_year
from skillsapp.services.sessions import record_session
from skillsapp.services.settings import school_year as calendar_of
from skillsapp.store import open_store

OLD, NEW = "2026-2027", "2027-2028"
TODAY = date(2026, 11, 20)


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


# -- the rules --------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("name", "grade", "expected"),
    [
        ("6A1", 6, "7A1"),
        ("Lớp 6/2", 6, "Lớp 7/2"),
        ("10 Toán", 10, "11 Toán"),
        ("9A10", 9, "10A10"),
        ("Đội tuyển", 7, ""),  # no number: the teacher fills it in
        ("6A1", 7, ""),  # the number is not the grade: not guessed
    ],
)
def test_next_name_moves_the_grade_number_up(name: str, grade: int, expected: str) -> None:
    assert next_name(name, grade) == expected


def test_a_leaving_class_gets_no_name() -> None:
    assert next_name("5A", 5, leaving=True) == ""


@pytest.mark.parametrize(
    ("grades", "last"),
    [((6, 7, 8, 9), 9), ((6, 7, 8), 9), ((1, 2, 3, 4, 5), 5), ((1, 5, 6, 9), 9), ((10, 12), 12)],
)
def test_the_school_last_grade_is_the_end_of_its_highest_level(grades, last) -> None:
    assert last_grade(grades) == last


def test_leavers_are_the_last_grade_only() -> None:
    assert leaves(9, 9) and not leaves(8, 9) and not leaves(5, 9) and leaves(5, 5)


def test_the_calendar_is_shifted_a_year_keeping_weekdays() -> None:
    old = SchoolYear(
        2026, date(2026, 9, 5), date(2027, 1, 16), date(2027, 1, 18), date(2027, 5, 29)
    )
    new = shift_calendar(old)
    assert new == SchoolYear(
        2027, date(2027, 9, 5), date(2028, 1, 15), date(2028, 1, 17), date(2028, 5, 27)
    )
    assert new.hk1_end.weekday() == old.hk1_end.weekday() == 5  # Saturday


@given(st.integers(2000, 2090), st.integers(0, 20), st.integers(0, 10))
def test_a_shifted_calendar_is_always_a_valid_one(start_year: int, shift: int, gap: int) -> None:
    base = SchoolYear.default(start_year)
    old = SchoolYear(
        start_year,
        date(start_year, 8, 20) + _days(shift),
        base.hk1_end,
        base.hk1_end + _days(1 + gap),
        base.end,
    )
    new = shift_calendar(old)
    first, last = date(start_year + 1, 8, 1), date(start_year + 2, 7, 31)
    assert first <= new.start < new.hk1_end < new.hk2_start <= new.end <= last


def _days(n: int):
    from datetime import timedelta

    return timedelta(days=n)


# -- the demo school carried into the next year ----------------------------------------------


@pytest.fixture
def school_db(demo_db: Path) -> Path:
    """The demo school (6A1, 7A1, 8A1) with a grade-9 class of two and a class named oddly."""
    store = open_store(demo_db)
    try:
        sid = school.current_school(store).id
        nine = school.create_class(store, school_id=sid, school_year=OLD, grade=9, name="9A1")
        school.add_pupils(
            store,
            [
                Pupil(id="", class_id=nine.id, full_name="Nguyễn Văn An"),
                Pupil(id="", class_id=nine.id, full_name="Trần Thị Bình"),
            ],
        )
        school.create_class(store, school_id=sid, school_year=OLD, grade=7, name="Đội tuyển")
    finally:
        store.close()
    return demo_db


def _members(data: bytes) -> dict[str, bytes]:
    """A Word or Excel file's members byte for byte, but for the time it was made (in the zip
    headers and docProps/core.xml, the one member left out)."""
    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        names = [n for n in archive.namelist() if n != "docProps/core.xml"]
        return {name: archive.read(name) for name in names}


def _reports(db: Path) -> dict[str, object]:
    """Every report of the old year: CSV bytes, and every member of the Word and Excel files."""
    store = open_store(db)
    kit = load_kit()
    try:
        found = {}
        for fmt in ("csv", "xlsx", "docx"):
            for kind, name in [("school", ""), *(("class", n) for n in ("6A1", "7A1", "8A1"))]:
                request = ReportRequest(kind=kind, period=OLD, fmt=fmt, lang="vi", class_name=name)
                data = build_report(store, kit, request, today=TODAY).data
                found[f"{kind}-{name}.{fmt}"] = data if fmt == "csv" else _members(data)
        return found
    finally:
        store.close()


def _visible(db: Path) -> list[tuple]:
    """What the app shows of classes, pupils and settings (tombstones left out)."""
    con = sqlite3.connect(db)
    try:
        return [
            *con.execute(
                "SELECT id, school_year, grade, name, archived, year_closed FROM school_class "
                "WHERE deleted = 0 ORDER BY id"
            ),
            *con.execute(
                "SELECT id, class_id, full_name, active, left_on, left_reason, previous_id "
                "FROM pupil WHERE deleted = 0 ORDER BY id"
            ),
            *con.execute("SELECT key, value FROM setting WHERE key LIKE 'school_year.%'"),
        ]
    finally:
        con.close()


def test_the_dry_run_shows_the_preview_and_changes_nothing(school_db: Path, capsys) -> None:
    before = school_db.read_bytes()
    code, out, err = run(
        capsys, "year", "start", "--db", str(school_db), "--year", NEW, "--dry-run"
    )
    assert code == 0, err
    assert out.splitlines() == [
        "6A1 (grade 6, 38 pupils) → 7A1",
        "7A1 (grade 7, 42 pupils) → 8A1",
        "Đội tuyển (grade 7, 0 pupils) → (no name yet)",
        "8A1 (grade 8, 40 pupils) → 9A1",
        "9A1 (grade 9): 2 pupils leave the school",
        "Calendar of 2027-2028: opens 05/09/2027, semester 1 ends 16/01/2028, semester 2 "
        "starts 17/01/2028, ends 29/05/2028.",
        "4 classes move up with 120 pupils; 2 pupils leave; 5 classes of 2026-2027 are "
        "archived (read-only).",
        "Dry run: nothing was changed.",
    ]
    assert school_db.read_bytes() == before


def test_a_blank_name_is_refused_until_given(school_db: Path, capsys) -> None:
    argv = ["year", "start", "--db", str(school_db), "--year", NEW]
    code, _out, err = run(capsys, *argv)
    assert code == 1
    assert err.strip() == "Class Đội tuyển has no name for the new school year yet: fill it in."
    assert run(capsys, *argv, "--rename", "Đội tuyển=8 Tuyển")[0] == 0


def test_the_school_moves_up_and_past_reports_are_unchanged(school_db: Path, capsys) -> None:
    before = _reports(school_db)
    argv = ["year", "start", "--db", str(school_db), "--year", NEW, "--rename", "Đội tuyển=8T"]
    code, out, err = run(capsys, *argv)
    assert code == 0, err
    assert out.splitlines()[-1] == "School year 2027-2028 has started."
    assert _reports(school_db) == before  # byte for byte
    store = open_store(school_db)
    try:
        new = {c.name: (c.grade, c.pupil_count) for c in school.classes(store, school_year=NEW)}
        assert new == {"7A1": (7, 38), "8A1": (8, 42), "8T": (8, 0), "9A1": (9, 40)}
        assert school.classes(store, school_year=OLD) == []  # archived: out of the lists
        old = school.classes(store, school_year=OLD, include_archived=True)
        assert [(c.name, c.archived, c.year_closed) for c in old] == [
            (n, True, True) for n in ("6A1", "7A1", "Đội tuyển", "8A1", "9A1")
        ]
        nine = next(c for c in old if c.name == "9A1")
        leavers = school.pupils(store, nine.id)
        assert [(p.left_reason, p.left_on) for p in leavers] == [("graduated", "2027-05-31")] * 2
        assert calendar_of(store, 2027).hk1_end == date(2028, 1, 16)
        # a promoted pupil is the same child: linked to the old row, which keeps its marks
        seven = school.find_class(store, "7A1", NEW)
        moved_up = school.pupils(store, seven.id)[0]
        previous = school.pupils(store, school.find_class(store, "6A1", OLD).id)
        assert moved_up.previous_id in {p.id for p in previous}
    finally:
        store.close()


def test_an_archived_year_is_read_only(school_db: Path, capsys) -> None:
    run(capsys, "year", "start", "--db", str(school_db), "--year", NEW, "--rename", "Đội tuyển=8T")
    store = open_store(school_db)
    try:
        old = school.find_class(store, "6A1", OLD)
        pupil = school.pupils(store, old.id)[0]
        refusals = [
            lambda: school.update_class(store, old.id, name="6A9"),
            lambda: school.update_class(store, old.id, archived=False),
            lambda: school.save_pupil(store, Pupil(id="", class_id=old.id, full_name="Lê Hoa")),
            lambda: school.pupil_left(store, pupil.id, date(2026, 12, 1)),
            lambda: record_session(
                store,
                SessionInput(
                    kind="lesson", held_on=date(2026, 12, 1), class_id=old.id, lesson_id="x"
                ),
            ),
        ]
        for attempt in refusals:
            with pytest.raises(UserError) as caught:
                attempt()
            assert caught.value.message("en") == (
                "Class 6A1 belongs to school year 2026-2027, which is closed: it is read-only."
            )
    finally:
        store.close()


def test_undo_restores_exactly_the_state_before(school_db: Path, capsys) -> None:
    before, reports = _visible(school_db), _reports(school_db)
    run(capsys, "year", "start", "--db", str(school_db), "--year", NEW, "--rename", "Đội tuyển=8T")
    assert _visible(school_db) != before
    code, out, err = run(capsys, "year", "undo", "--db", str(school_db))
    assert code == 0, err
    assert out.strip() == "School year 2027-2028 undone: everything is back as it was."
    assert _visible(school_db) == before
    assert _reports(school_db) == reports
    # and it can be done again, the same way
    run(capsys, "year", "start", "--db", str(school_db), "--year", NEW, "--rename", "Đội tuyển=8T")
    store = open_store(school_db)
    try:
        assert len(school.classes(store, school_year=NEW)) == 4
    finally:
        store.close()


def test_undo_is_refused_after_the_first_session_of_the_new_year(school_db: Path, capsys) -> None:
    run(capsys, "year", "start", "--db", str(school_db), "--year", NEW, "--rename", "Đội tuyển=8T")
    store = open_store(school_db)
    try:
        seven = school.find_class(store, "7A1", NEW)
        lesson = load_kit().grade_plan(7)[0].id
        record_session(
            store,
            SessionInput(kind="lesson", held_on=date(2027, 9, 10), class_id=seven.id,
                         lesson_id=lesson),
        )  # fmt: skip
        state = school_year.undo_state(store)
        assert state is not None and not state.possible
    finally:
        store.close()
    code, _out, err = run(capsys, "year", "undo", "--db", str(school_db))
    assert code == 1
    assert err.strip() == (
        "School year 2027-2028 cannot be undone: its classes already have 1 saved sessions."
    )


def test_nothing_to_undo_and_bad_years_are_one_line_messages(school_db: Path, capsys) -> None:
    assert run(capsys, "year", "undo", "--db", str(school_db))[2].strip() == (
        "There is no new school year to undo."
    )
    code, _out, err = run(capsys, "year", "start", "--db", str(school_db), "--year", "2027")
    assert code == 1 and err.strip() == 'School year "2027" is not valid: write it as 2027-2028.'
    code, _out, err = run(capsys, "year", "start", "--db", str(school_db), "--year", "2030-2031")
    assert (
        code == 1
        and err.strip() == "School year 2029-2030 has no live class to carry into 2030-2031."
    )


def test_two_computers_carrying_a_class_make_the_same_rows(
    school_db: Path, tmp_path: Path, capsys
) -> None:
    """Derived ids: the same promotion on two copies gives the same class and pupil ids."""
    copy = tmp_path / "copy.db"
    copy.write_bytes(school_db.read_bytes())
    for db in (school_db, copy):
        run(capsys, "year", "start", "--db", str(db), "--year", NEW, "--rename", "Đội tuyển=8T")

    def ids(db: Path) -> set[str]:
        con = sqlite3.connect(db)
        try:
            rows = con.execute(
                "SELECT p.id FROM pupil p JOIN school_class c ON c.id = p.class_id "
                "WHERE c.school_year = ?",
                [NEW],
            )
            return {r[0] for r in rows}
        finally:
            con.close()

    assert len(ids(school_db)) == 120 and ids(school_db) == ids(copy)


def test_a_class_list_is_not_imported_into_a_closed_year(school_db: Path, tmp_path: Path, capsys):
    run(capsys, "year", "start", "--db", str(school_db), "--year", NEW, "--rename", "Đội tuyển=8T")
    roster = tmp_path / "6a1.csv"
    roster.write_text("Họ và tên\nLê Văn Mới\n", encoding="utf-8")
    argv = ["roster", "import", "--db", str(school_db), "--class", "6A1", "--year", OLD]
    code, _out, err = run(capsys, *argv, "--yes", str(roster))
    assert code == 1
    assert err.strip().endswith(
        "Class 6A1 belongs to school year 2026-2027, which is closed: it is read-only."
    )


def test_a_mixed_class_moves_up_and_its_final_grade_pupils_graduate(tmp_path) -> None:
    """A primary school (last grade 5): class 3-4 goes on as 4-5 with each pupil a grade up;
    class 4-5 goes on as a grade-5 class, its two grade-5 pupils graduating."""
    from skillsapp.domain.records import School

    store = open_store(tmp_path / "th.db")
    sch = school.save_school(store, School(id="", code="TH02", name="Trường TH Bản Giốc"))
    low = school.create_class(
        store, school_id=sch.id, school_year=OLD, grade=3, name="Lớp 3-4", grades=(3, 4)
    )
    high = school.create_class(
        store, school_id=sch.id, school_year=OLD, grade=4, name="Lớp 4-5", grades=(4, 5)
    )
    school.add_pupils(
        store,
        [Pupil(id="", class_id=low.id, full_name=f"Em {i}", grade=g) for i, g in enumerate((3, 4))]
        + [
            Pupil(id="", class_id=high.id, full_name=f"Bạn {i}", grade=g)
            for i, g in enumerate((4, 4, 4, 5, 5))
        ],
    )
    plan = school_year.plan_new_year(store, NEW)
    names = {low.id: "Lớp 4-5 mới", high.id: "Lớp 5 mới"}
    school_year.start_new_year(store, plan.named(names))
    by_name = {c.name: c for c in school.classes(store, school_year=NEW)}
    assert by_name["Lớp 4-5 mới"].grades == (4, 5)
    assert sorted(p.grade for p in school.pupils(store, by_name["Lớp 4-5 mới"].id)) == [4, 5]
    assert by_name["Lớp 5 mới"].grades == (5,)
    assert by_name["Lớp 5 mới"].mixed_grades == ()
    assert [p.grade for p in school.pupils(store, by_name["Lớp 5 mới"].id)] == [5, 5, 5]
    old_high = school.pupils(store, high.id)
    assert sorted(p.left_reason for p in old_high) == ["", "", "", "graduated", "graduated"]
    school_year.undo_new_year(store)
    assert school.classes(store, school_year=NEW) == []
    assert all(p.left_reason == "" for p in school.pupils(store, high.id))
    store.close()
