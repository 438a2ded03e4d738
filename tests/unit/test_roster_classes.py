"""Several classes in one file, re-imports that update instead of duplicating, the checks
before writing, and undo (issue 12). Expected pupils are written out by hand from
tests/fixtures/rosters/make_fixtures.py, never computed by the code under test."""

from __future__ import annotations

import csv
from pathlib import Path

import pytest

from skillsapp.cli import main
from skillsapp.errors import UserError
from skillsapp.rosters import update
from skillsapp.rosters.classlists import class_name_of, grade_of, read_class_file
from skillsapp.services import school as school_service
from skillsapp.store import open_store
from skillsapp.store import roster_import as queries

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures" / "rosters"
YEAR = "2026-2027"

# (class, full name, gender, birth date, pupil id)
GRADE6 = [
    ("6A1", "Nguyễn Văn An", "M", "2014-03-12", "0012345601"),
    ("6A1", "Trần Thị Bình", "F", "2014-07-01", "0012345602"),
    ("6A1", "Lê Văn Đạt", "M", "2014-11-30", "0012345603"),
    ("6A2", "Phạm Ngọc Ánh", "F", "2014-01-05", "0012345604"),
    ("6A2", "Hoàng Minh Dũng", "M", "2013-12-24", "0012345605"),
    ("6A2", "Vũ Thị Hương", "F", "2014-05-19", "0012345606"),
    ("6A3", "Đỗ Quang Huy", "M", "2014-09-02", "0012345607"),
    ("6A3", "Bùi Thị Ngọc Ân", "F", "2014-02-28", "0012345608"),
]
GRADE6_LATER = [
    ("6A1", "Nguyễn Văn An", "M", "2014-03-12", "0012345601"),
    ("6A1", "Trần Thị Bình", "F", "2014-07-01", "0012345602"),
    ("6A2", "Lê Văn Đạt", "M", "2014-11-30", "0012345603"),
    ("6A2", "Phạm Ngọc Ánh", "F", "2014-01-05", "0012345604"),
    ("6A2", "Vũ Thị Thu Hương", "F", "2014-05-19", "0012345606"),
    ("6A3", "Đỗ Quang Huy", "M", "2014-09-02", "0012345607"),
    ("6A3", "Bùi Thị Ngọc Ân", "F", "2014-02-28", "0012345608"),
    ("6A3", "Lò Văn Páo", "M", "2014-10-10", "0012345609"),
]
GRADE7 = [
    ("7A1", "Mai Anh Tuấn", "M", "2013-04-08", "0023000001"),
    ("7A1", "Đinh Thị Lan", "F", "2013-06-30", "0023000002"),
    ("7A2", "Chu Văn Khánh", "M", "2013-01-17", "0023000003"),
    ("7A2", "Y Bia Niê", "F", "2013-08-09", "0023000004"),
]
ZERO_IDS = [
    ("5B", "Lương Thị Mai", "F", "2014-02-07", "001214003456"),
    ("5B", "Hà Văn Sơn", "M", "2014-06-23", "000214009876"),
    ("5B", "Tạ Minh Khôi", "M", "2014-12-01", "012014000001"),
]
SAME_NAMES = [
    ("5B", "Nguyễn Thị Hương", "F", "2014-04-03", ""),
    ("5B", "Trần Văn Nam", "M", "2014-08-15", ""),
    ("5B", "Nguyễn Thị Hương", "F", "2014-10-21", ""),
    ("5B", "Nguyễn Văn Nam", "M", "2014-08-15", ""),
]

MULTI = {
    # file: (class given for a file that names none, sources, pupils)
    "khoi6_lop.xlsx": (None, ["xlsx:Khối 6"], GRADE6),
    "khoi6_lop_sau.xlsx": (None, ["xlsx:Khối 6"], GRADE6_LATER),
    "khoi6_moi_lop_mot_trang.xlsx": (None, ["xlsx:6A1", "xlsx:6A2", "xlsx:6A3"], GRADE6),
    "khoi7_moi_lop_mot_trang.xls": (None, ["xls:7A1", "xls:7A2"], GRADE7),
    "khoi7_moi_lop_mot_trang.ods": (None, ["ods:Lớp 7A1", "ods:Lớp 7A2"], GRADE7),
    "khoi7_utf16.csv": (None, ["csv:utf-16"], GRADE7),
    "ma_dinh_danh.xlsx": ("5B", ["xlsx:Sheet"], ZERO_IDS),
    "trung_ten_khac_ngay.csv": ("5B", ["csv:utf-8"], SAME_NAMES),
}


@pytest.mark.parametrize("name", sorted(MULTI))
def test_each_pupil_gets_their_class(name):
    class_name, sources, pupils = MULTI[name]
    found = read_class_file(FIXTURES / name, class_name=class_name)
    assert [p.source for p in found.previews] == sources
    rows = [
        (r.class_name, r.row.full_name, r.row.gender, r.row.birth_date, r.row.code)
        for r in found.rows
    ]
    assert rows == pupils
    assert found.problems() == []


@pytest.mark.parametrize(
    ("text", "name", "grade"),
    [("6A1", "6A1", 6), ("Lớp 6a1", "6A1", 6), ("DS lớp 10A2", "10A2", 10), ("6/1", "6/1", 6),
     ("Sheet1", None, None), ("2026", None, None), ("Khối 6", None, None), ("13A1", None, None)],
)  # fmt: skip
def test_class_names(text, name, grade):
    assert class_name_of(text) == name
    assert grade_of(name or text) == grade


def test_a_file_naming_no_class_needs_one():
    with pytest.raises(UserError) as caught:
        read_class_file(FIXTURES / "ma_dinh_danh.xlsx")
    assert caught.value.key == "roster.need_class"
    assert "--class" in caught.value.message("vi")


def test_one_sheet_only(tmp_path):
    found = read_class_file(FIXTURES / "khoi6_moi_lop_mot_trang.xlsx", sheet="6A2")
    assert [r.row.full_name for r in found.rows] == ["Phạm Ngọc Ánh", "Hoàng Minh Dũng",
                                                      "Vũ Thị Hương"]  # fmt: skip
    assert found.classes == ("6A2",)


# -- importing ----------------------------------------------------------------------------------


@pytest.fixture
def school_db(tmp_path: Path) -> Path:
    """A database with a school and no classes."""
    path = tmp_path / "school.db"
    store = open_store(path)
    school_service.save_school(store, school_service.School(id="", code="HP01", name="THCS HP"))
    store.close()
    return path


def _classes(db: Path) -> dict[str, list[tuple]]:
    """Class -> its pupils (name, active, code), sorted, straight from the database."""
    store = open_store(db)
    try:
        out = {}
        for cls in school_service.classes(store, school_year=YEAR, include_archived=True):
            out[cls.name] = sorted(
                (p.full_name, p.active, p.code) for p in school_service.pupils(store, cls.id)
            )
        return out
    finally:
        store.close()


def _import(db: Path, name: str, *extra: str) -> int:
    return main(["roster", "import", "--db", str(db), "--year", YEAR, *extra, str(FIXTURES / name)])


def test_a_whole_grade_goes_into_its_classes_made_in_the_year(school_db, capsys):
    assert _import(school_db, "khoi6_lop.xlsx") == 0
    out = capsys.readouterr().out
    assert "Class 6A1 (new class, grade 6, school year 2026-2027): 3 new" in out
    assert "In all: 8 new, 0 updated, 0 moved, 0 left, 0 unchanged." in out
    assert _classes(school_db) == {
        "6A1": [("Lê Văn Đạt", True, "0012345603"), ("Nguyễn Văn An", True, "0012345601"),
                ("Trần Thị Bình", True, "0012345602")],
        "6A2": [("Hoàng Minh Dũng", True, "0012345605"), ("Phạm Ngọc Ánh", True, "0012345604"),
                ("Vũ Thị Hương", True, "0012345606")],
        "6A3": [("Bùi Thị Ngọc Ân", True, "0012345608"), ("Đỗ Quang Huy", True, "0012345607")],
    }  # fmt: skip
    store = open_store(school_db)
    assert {c.name: c.grade for c in school_service.classes(store)} == {
        "6A1": 6, "6A2": 6, "6A3": 6
    }  # fmt: skip
    store.close()


def test_the_same_file_twice_changes_nothing(school_db, capsys):
    for name in ("khoi6_lop.xlsx", "trung_ten_khac_ngay.csv"):
        extra = ("--class", "5B") if name.endswith(".csv") else ()
        assert _import(school_db, name, *extra) == 0
        first = _classes(school_db)
        store = open_store(school_db)
        epoch = store.db.execute("SELECT epoch FROM sync_state").fetchone()[0]
        hlcs = store.db.execute("SELECT id, hlc FROM pupil ORDER BY id").fetchall()
        store.close()
        capsys.readouterr()
        assert _import(school_db, name, *extra) == 0
        assert "0 new, 0 updated, 0 moved, 0 left" in capsys.readouterr().out
        assert _classes(school_db) == first
        store = open_store(school_db)
        assert store.db.execute("SELECT id, hlc FROM pupil ORDER BY id").fetchall() == hlcs
        assert store.db.execute("SELECT epoch FROM sync_state").fetchone()[0] == epoch
        store.close()
    # two Nguyễn Thị Hương born in the same year are two pupils, both kept once
    assert [p[0] for p in _classes(school_db)["5B"]].count("Nguyễn Thị Hương") == 2


def _ids(db: Path) -> dict[str, tuple[str, bool]]:
    store = open_store(db)
    try:
        rows = store.db.execute(
            "SELECT p.id, p.full_name, c.name, p.active FROM pupil p "
            "JOIN school_class c ON c.id = p.class_id WHERE p.deleted = 0"
        ).fetchall()
        return {r[0]: (r[1], r[2], bool(r[3])) for r in rows}
    finally:
        store.close()


def test_a_later_list_moves_updates_adds_and_marks_left(school_db, capsys):
    assert _import(school_db, "khoi6_lop.xlsx") == 0
    before = _ids(school_db)
    store = open_store(school_db)
    dat = store.db.execute("SELECT id FROM pupil WHERE full_name = 'Lê Văn Đạt'").fetchone()[0]
    old_class = store.db.execute("SELECT class_id FROM pupil WHERE id = ?", [dat]).fetchone()[0]
    store.close()
    capsys.readouterr()
    assert _import(school_db, "khoi6_lop_sau.xlsx", "--dry-run") == 0
    out = capsys.readouterr().out
    assert "In all: 1 new, 1 updated, 1 moved, 1 left, 5 unchanged." in out
    assert (
        "Class 6A1 (grade 6, school year 2026-2027): 0 new, 0 updated, 0 moved in, 0 left, "
        "2 unchanged; 2 pupils after the import." in out
    )
    assert (
        "Class 6A2 (grade 6, school year 2026-2027): 0 new, 1 updated, 1 moved in, 1 left, "
        "1 unchanged; 3 pupils after the import." in out
    )
    assert _ids(school_db) == before  # a dry run writes nothing
    assert _import(school_db, "khoi6_lop_sau.xlsx") == 0
    after = _ids(school_db)
    assert after[dat] == ("Lê Văn Đạt", "6A2", True)  # the same pupil: history follows
    assert sorted(v for k, v in after.items() if k in before) == sorted([
        ("Nguyễn Văn An", "6A1", True), ("Trần Thị Bình", "6A1", True),
        ("Lê Văn Đạt", "6A2", True), ("Phạm Ngọc Ánh", "6A2", True),
        ("Hoàng Minh Dũng", "6A2", False), ("Vũ Thị Thu Hương", "6A2", True),
        ("Đỗ Quang Huy", "6A3", True), ("Bùi Thị Ngọc Ân", "6A3", True),
    ])  # fmt: skip
    assert [v for k, v in after.items() if k not in before] == [("Lò Văn Páo", "6A3", True)]
    store = open_store(school_db)
    assert store.db.execute("SELECT class_id FROM pupil WHERE id = ?", [dat]).fetchone()[0] != (
        old_class
    )
    store.close()


def test_attendance_history_stays_with_a_moved_pupil(demo_store, tmp_path):
    cls = school_service.find_class(demo_store, "6A1", YEAR)
    pupil = school_service.pupils(demo_store, cls.id)[0]
    count = demo_store.db.execute(
        "SELECT count(*) FROM attendance WHERE pupil_id = ? AND deleted = 0", [pupil.id]
    ).fetchone()[0]
    assert count > 0
    path = tmp_path / "move.csv"
    path.write_text(f"Họ và tên,Mã HS,Lớp\n{pupil.full_name},{pupil.code},7A1\n", "utf-8")
    file = read_class_file(path)
    plan = update.plan_import(demo_store, file, school_year=YEAR)
    assert plan.total("moved") == 1 and plan.total("left") == 42  # the rest of 7A1
    assert [c.key for c in plan.checks] == ["roster.check.most_left"]
    update.apply_plan(demo_store, plan)
    moved = demo_store.db.execute(
        "SELECT c.name FROM pupil p JOIN school_class c ON c.id = p.class_id WHERE p.id = ?",
        [pupil.id],
    ).fetchone()[0]
    assert moved == "7A1"
    assert demo_store.db.execute(
        "SELECT count(*) FROM attendance WHERE pupil_id = ? AND deleted = 0", [pupil.id]
    ).fetchone()[0] == count  # fmt: skip


def test_pupil_ids_are_matched_before_names(school_db, tmp_path):
    """A renamed pupil with the same id is updated; without ids, name + birth date decide."""
    assert _import(school_db, "trung_ten_khac_ngay.csv", "--class", "5B") == 0
    later = tmp_path / "later.csv"
    later.write_text(
        "Họ và tên,Ngày sinh\nNguyễn Thị Hương,21/10/2014\nTrần Văn Nam,15/08/2014\n"
        "Nguyễn Văn Nam,15/08/2014\nNguyễn Thị Hương,03/04/2015\n",
        "utf-8",
    )
    store = open_store(school_db)
    try:
        plan = update.plan_import(
            store, read_class_file(later, class_name="5B"), school_year=YEAR, class_name="5B"
        )
        # 03/04/2014 Hương is not in the list (left); a Hương born 03/04/2015 is new
        assert {k: plan.total(k) for k in ("new", "updated", "moved", "left", "same")} == {
            "new": 1, "updated": 0, "moved": 0, "left": 1, "same": 3
        }  # fmt: skip
    finally:
        store.close()


# -- checks before writing ----------------------------------------------------------------------


def test_a_huge_class_needs_yes(school_db, tmp_path, capsys):
    path = tmp_path / "big.csv"
    lines = ["Họ và tên,Ngày sinh"] + [f"Nguyễn Văn An {chr(65 + i % 26)}{chr(65 + i // 26)},"
                                       f"01/01/2014" for i in range(61)]  # fmt: skip
    path.write_text("\n".join(lines), "utf-8")
    args = ["roster", "import", "--db", str(school_db), "--year", YEAR, "--class", "6A1"]
    assert main([*args, str(path)]) == 1
    err = capsys.readouterr().err
    assert "Class 6A1 would have 61 pupils (over 60)" in err and "--yes" in err
    assert _classes(school_db) == {}
    assert main([*args, "--yes", str(path)]) == 0
    assert len(_classes(school_db)["6A1"]) == 61


def test_most_of_a_class_leaving_needs_yes(demo_db, capsys):
    args = ["roster", "import", "--db", str(demo_db), "--year", YEAR]
    assert main([*args, str(FIXTURES / "khoi6_lop.xlsx")]) == 1
    err = capsys.readouterr().err
    assert "38 of the 38 pupils of class 6A1 would be marked as left" in err
    assert "Nothing was imported" in err


def test_a_file_naming_several_classes_all_in_one_needs_yes(school_db, tmp_path, capsys):
    path = tmp_path / "two.csv"
    path.write_text("DANH SÁCH LỚP 6A1 VÀ LỚP 6A2\nHọ và tên,Lớp\nLê Văn An,6A1\nLê Văn Bình,6A1\n",
                    "utf-8")  # fmt: skip
    assert _import(school_db, str(path)) == 1
    assert "mentions classes 6A1, 6A2 but every row goes into class 6A1" in capsys.readouterr().err
    path.write_text("DANH SÁCH LỚP 6A9\nHọ và tên\nLê Văn An\n", "utf-8")
    assert _import(school_db, str(path), "--class", "6A1") == 0  # said, not asked
    assert "names class 6A9, but it would be imported into class 6A1" in capsys.readouterr().err


def test_problems_show_twenty_then_a_count_and_errors_file(school_db, tmp_path, capsys):
    path = tmp_path / "bad.csv"
    rows = [["Họ và tên", "Giới tính", "Lớp"]]
    rows += [[f"Lê Văn Đạt {chr(65 + i)}", "K", "6A1"] for i in range(25)]
    rows += [["Trần Thị Bình", "Nữ", "6A1"]]
    with path.open("w", encoding="utf-8", newline="") as handle:
        csv.writer(handle).writerows(rows)
    errors = tmp_path / "loi.csv"
    assert _import(school_db, str(path), "--errors", str(errors)) == 1
    err = capsys.readouterr().err
    assert err.count("Row ") == 20 and "Row 2: gender" in err
    assert "... and 5 more rows with problems (25 in all)." in err
    assert "--skip-bad" in err and "25 rows have problems" in err
    with errors.open(encoding="utf-8-sig") as handle:
        written = list(csv.reader(handle))
    assert written[0][:2] == ["Sheet", "Row"] and len(written) == 26
    assert written[1][1:5] == ["2", "6A1", "Lê Văn Đạt A", ""]
    assert "gender" in written[1][5]
    assert _classes(school_db) == {}
    assert _import(school_db, str(path), "--skip-bad") == 0
    assert _classes(school_db) == {"6A1": [("Trần Thị Bình", True, "")]}


# -- undo ---------------------------------------------------------------------------------------


def _snapshot(db: Path) -> dict[str, list[dict]]:
    store = open_store(db)
    try:
        return {
            c.name: queries.class_pupils(store.db, c.id)
            for c in school_service.classes(store, school_year=YEAR, include_archived=True)
        }
    finally:
        store.close()


def test_undo_restores_the_class_exactly(school_db, capsys):
    assert _import(school_db, "khoi6_lop.xlsx") == 0
    first = _snapshot(school_db)
    assert _import(school_db, "khoi6_lop_sau.xlsx") == 0
    assert _snapshot(school_db) != first
    undo = ["roster", "undo", "--db", str(school_db), "--year", YEAR]
    # 6A2's import moved Đạt out of 6A1: later changes must be undone first, newest first
    capsys.readouterr()
    assert main([*undo, "--class", "6A3"]) == 0
    assert "1 new pupils removed" in capsys.readouterr().out
    assert main([*undo, "--class", "6A2"]) == 0
    assert main([*undo, "--class", "6A1"]) == 0
    assert _snapshot(school_db) == first
    # undoing the first import too removes the pupils and the classes it made
    for name in ("6A1", "6A2", "6A3"):
        assert main([*undo, "--class", name]) == 0
    assert _snapshot(school_db) == {}
    assert main([*undo, "--class", "6A1"]) == 1  # the class it made is gone


def test_undo_refuses_while_a_later_import_changed_the_same_pupils(school_db):
    assert _import(school_db, "khoi6_lop.xlsx") == 0
    assert _import(school_db, "khoi6_lop_sau.xlsx") == 0
    store = open_store(school_db)
    try:
        a1 = school_service.find_class(store, "6A1", YEAR)
        result = update.undo_last_import(store, a1.id)  # the second list changed nothing in 6A1
        assert (result.restored, result.removed) == (0, 0)
        with pytest.raises(UserError) as caught:  # the first made Đạt, whom the second moved
            update.undo_last_import(store, a1.id)
        assert caught.value.key == "roster.undo.later"
        assert "khoi6_lop_sau.xlsx" in caught.value.message("en")
        assert len(queries.class_pupils(store.db, a1.id)) == 2
    finally:
        store.close()


def test_erasing_a_pupil_forgets_their_saved_versions(school_db):
    assert _import(school_db, "khoi6_lop.xlsx") == 0
    store = open_store(school_db)
    try:
        from skillsapp.services import privacy

        pupil = store.db.execute("SELECT id FROM pupil WHERE code = '0012345601'").fetchone()[0]
        privacy.delete_pupil_data(store, pupil)
        row = store.db.execute("SELECT birth_date, full_name FROM pupil WHERE id = ?", [pupil])
        assert tuple(row.fetchone()) == ("", "")
        kept = store.db.execute(
            "SELECT count(*) FROM roster_import_pupil WHERE pupil_id = ?", [pupil]
        ).fetchone()[0]
        assert kept == 0
    finally:
        store.close()


SINGLE = {  # every single-class corpus file and the pupils it holds (test_roster_corpus.py)
    "good_utf8.csv": 9, "good_utf8_bom.csv": 9, "good_cp1258.csv": 9, "unicode_text.txt": 9,
    "good.xlsx": 9, "good_split.xlsx": 9, "smas_footer.xlsx": 9, "serial_dates.xlsx": 9,
    "old_dates.xls": 9, "old_text_dates.xls": 9, "calc.ods": 9, "same_names.csv": 3,
}  # fmt: skip


@pytest.mark.parametrize("name", sorted(SINGLE) + sorted(MULTI))
def test_every_corpus_file_imports_from_the_cli(school_db, name, capsys):
    if name in SINGLE:
        expected = {"6A9": SINGLE[name]}
        extra: tuple[str, ...] = ("--class", "6A9", "--grade", "6")
    else:
        class_name, _sources, pupils = MULTI[name]
        expected = {}
        for row in pupils:
            expected[row[0]] = expected.get(row[0], 0) + 1
        extra = ("--class", class_name, "--grade", "5") if class_name else ()
    assert _import(school_db, name, *extra) == 0, capsys.readouterr().err
    assert {k: len(v) for k, v in _classes(school_db).items()} == expected
    assert _import(school_db, name, *extra) == 0  # and again: nothing changes
    assert "0 new, 0 updated, 0 moved, 0 left" in capsys.readouterr().out
