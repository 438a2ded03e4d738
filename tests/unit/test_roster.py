"""Roster import: class lists as schools export them read to the same pupils; every problem is
named per row or per file; the import is all or nothing, from the service and the CLI."""

from __future__ import annotations

import csv
import io
import unicodedata
from datetime import date
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from skillsapp.cli import main
from skillsapp.errors import UserError
from skillsapp.rosters import table as roster
from skillsapp.rosters.cells import birth_year_of
from skillsapp.rosters.read import decode_text, read_grid_text
from skillsapp.services import school as school_service
from skillsapp.store import open_store

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures" / "rosters"
TODAY = date(2026, 11, 20)

# The nine pupils every good fixture holds (tests/fixtures/rosters/make_fixtures.py).
EXPECTED = [
    ("Nguyễn Văn An", "M", 2014, "HS001"),
    ("Trần Thị Bình", "F", 2014, "HS002"),
    ("Lê Văn Đạt", "M", 2014, "HS003"),
    ("Phạm Ngọc Ánh", "F", 2014, "HS004"),
    ("Hoàng Minh Dũng", "M", 2013, "HS005"),
    ("Vũ Thị Hương", "F", 2014, "HS006"),
    ("Đỗ Quang Huy", "M", 2014, "HS007"),
    ("Bùi Thị Ngọc Ân", "F", 2014, "HS008"),
    ("Ksor H'Nhi", "F", 2014, "HS009"),
]


def _fixture_maker():
    """The fixture script as a module (tests/ is not a package)."""
    import importlib.util

    spec = importlib.util.spec_from_file_location("make_fixtures", FIXTURES / "make_fixtures.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def read(name: str, **kwargs) -> roster.RosterPreview:
    return roster.read_roster(FIXTURES / name, today=TODAY, **kwargs)


def as_tuples(preview: roster.RosterPreview) -> list[tuple]:
    return [(r.full_name, r.gender, r.birth_year, r.code) for r in preview.rows]


@pytest.mark.parametrize(
    ("name", "source"),
    [
        ("good_utf8.csv", "csv:utf-8"),
        ("good_utf8_bom.csv", "csv:utf-8-sig"),
        ("good_cp1258.csv", "csv:cp1258"),
        ("good.xlsx", "xlsx:DS lớp 6A9"),
    ],
)
def test_every_export_shape_reads_to_the_same_pupils(name, source):
    preview = read(name)
    assert preview.source == source
    assert as_tuples(preview) == EXPECTED
    assert not preview.bad
    for row in preview.rows:  # NFC, whatever the file held (cp1258 keeps tones apart)
        assert unicodedata.is_normalized("NFC", row.full_name)


def test_split_names_capitals_and_a_girls_column():
    preview = read("good_split.xlsx")
    assert [(r.full_name, r.gender, r.birth_year) for r in preview.rows] == [
        e[:3] for e in EXPECTED
    ]
    assert dict(preview.columns)["family"] == "Họ đệm"
    assert preview.header_line == 5  # three title lines and a gap above


BAD_EXPECTED = {
    "roster.row.empty_name": 1,
    "roster.row.dup_file": 3,
    "roster.row.bad_gender": 4,
    "roster.row.bad_year": 5,
    "roster.row.bad_date": 6,
}


@pytest.mark.parametrize("name", ["bad_rows.csv", "bad_rows.xlsx"])
def test_bad_rows_are_each_named(name):
    preview = read(name)
    by_position = {i: [p.key for p in r.problems] for i, r in enumerate(preview.rows)}
    for key, position in BAD_EXPECTED.items():
        assert by_position[position] == [key]
    assert [r.full_name for r in preview.good] == ["Nguyễn Văn An", "Trần Thị Bình", "Vũ Thị Hương"]
    duplicate = preview.rows[3]
    assert dict(duplicate.problems[0].params)["line"] == preview.rows[2].line
    lines = preview.problems("vi")
    assert len(lines) == 5 and lines[0].startswith(f"Dòng {preview.rows[1].line}: thiếu họ và tên")


@pytest.mark.parametrize(
    ("name", "key"),
    [
        ("empty.csv", "roster.empty"),
        ("empty.xlsx", "roster.no_cells"),
        ("encrypted.xlsx", "roster.encrypted"),
        ("not_a_spreadsheet.csv", "roster.not_spreadsheet"),
        ("not_a_spreadsheet.xlsx", "roster.not_spreadsheet"),
        ("tcvn3.csv", "roster.encoding"),
        ("no_header.csv", "roster.no_header"),
        ("header_only.csv", "roster.no_rows"),
    ],
)
def test_bad_files_get_a_clear_message_in_both_languages(name, key):
    with pytest.raises(UserError) as caught:
        read(name)
    assert caught.value.key == key
    assert name in caught.value.message("vi") and name in caught.value.message("en")


def test_damaged_xls_and_missing_file(tmp_path):
    old = tmp_path / "old.xls"
    old.write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 600)
    with pytest.raises(UserError) as caught:
        roster.read_roster(old)
    assert caught.value.key == "roster.damaged"
    with pytest.raises(UserError) as caught:
        roster.read_roster(tmp_path / "nowhere.csv")
    assert caught.value.key == "roster.unreadable"


def test_utf16_unicode_text_from_excel(tmp_path):
    text = "Họ và tên\tGiới tính\r\nNguyễn Văn An\tNam\r\nTrần Thị Bình\tNữ\r\n"
    path = tmp_path / "unicode.txt"
    path.write_bytes(text.encode("utf-16"))
    preview = roster.read_roster(path, today=TODAY)
    assert [(r.full_name, r.gender) for r in preview.rows] == [
        ("Nguyễn Văn An", "M"),
        ("Trần Thị Bình", "F"),
    ]


def test_the_table_ends_at_the_first_row_that_is_not_a_pupil():
    grid = [
        ["Họ và tên", "Ngày sinh", "Mã HS"],
        ["Nguyễn Văn An", "12/03/2014", "A1"],
        [None, "01/01/2014", None],  # a pupil whose name is missing
        ["Trần Thị Bình", "01/07/2014", "A2"],
        ["Danh sách có 3 học sinh", None, None],  # a count under the name column
        ["Lê Văn Cường", "02/02/2014", "A3"],  # below the footer: never read
    ]
    preview = roster.preview_grid(grid, path=Path("x.csv"), today=TODAY)
    assert [r.full_name for r in preview.rows] == ["Nguyễn Văn An", "", "Trần Thị Bình"]
    assert preview.rows[1].problems[0].key == "roster.row.empty_name"


@pytest.mark.parametrize(
    "header", ["HỌ VÀ TÊN", "Ho va ten", "Họ tên (*)", "họ và tên học sinh", "Full Name"]
)
def test_header_spellings(header):
    preview = roster.preview_grid([[header], ["Lê Văn Đạt"]], path=Path("x.csv"), today=TODAY)
    assert preview.rows[0].full_name == "Lê Văn Đạt"


@pytest.mark.parametrize(
    ("cells", "gender"),
    [
        (("Nữ",), "F"), (("nu",), "F"), (("Female",), "F"), (("Nam",), "M"), (("M",), "M"),
        (("",), ""),
    ],
)  # fmt: skip
def test_gender_words(cells, gender):
    grid = [["Họ và tên", "Giới tính"], ["Lê Văn Đạt", *cells]]
    assert roster.preview_grid(grid, path=Path("x"), today=TODAY).rows[0].gender == gender


def test_boys_and_girls_columns():
    grid = [["Họ và tên", "Nam", "Nữ"], ["A B", "x", ""], ["C D", "", "x"], ["E F", "x", "x"]]
    rows = roster.preview_grid(grid, path=Path("x"), today=TODAY).rows
    assert [r.gender for r in rows] == ["M", "F", ""]
    assert rows[2].problems[0].key == "roster.row.bad_gender"


# -- properties -------------------------------------------------------------------------------

FIELDS = (
    ("STT", lambda i, p: str(i)),
    ("Họ và tên", lambda i, p: p[0]),
    ("Giới tính", lambda i, p: {"M": "Nam", "F": "Nữ"}[p[1]]),
    ("Năm sinh", lambda i, p: str(p[2])),
    ("Mã học sinh", lambda i, p: p[3]),
)


@settings(max_examples=60, deadline=None)
@given(
    order=st.permutations(range(len(FIELDS))),
    titles=st.lists(st.sampled_from(["DANH SÁCH LỚP 6A9", "", "Năm học 2026-2027"]), max_size=6),
    delimiter=st.sampled_from([",", ";", "\t"]),
)
def test_any_column_order_under_any_titles_reads_the_same(order, titles, delimiter):
    header = [FIELDS[i][0] for i in order]
    rows = [[FIELDS[i][1](n, p) for i in order] for n, p in enumerate(EXPECTED, 1)]
    out = io.StringIO()
    csv.writer(out, delimiter=delimiter).writerows([[t] for t in titles] + [header, *rows])
    grid, _source = read_grid_text(out.getvalue())
    preview = roster.preview_grid(grid, path=Path("x.csv"), today=TODAY)
    assert as_tuples(preview) == EXPECTED


@given(
    day=st.dates(min_value=date(2005, 1, 1), max_value=date(2022, 12, 31)),
    pattern=st.sampled_from(["%d/%m/%Y", "%d-%m-%Y", "%d.%m.%Y", "%Y-%m-%d", "%Y/%m/%d"]),
    strip_zeros=st.booleans(),
)
def test_birth_year_from_any_written_date(day, pattern, strip_zeros):
    text = day.strftime(pattern)
    if strip_zeros and pattern.startswith("%d"):
        text = text.lstrip("0").replace("/0", "/").replace("-0", "-").replace(".0", ".")
    assert birth_year_of(text, TODAY) == day.year


VIETNAMESE = (
    "aăâbcdđeêghiklmnoôơpqrstuưvxyàáảãạằắẳẵặầấẩẫậèéẻẽẹềếểễệìíỉĩịòóỏõọồốổỗộờớởỡợùúủũụừứửữựỳýỷỹỵ"
)
names = st.lists(
    st.text(alphabet=VIETNAMESE, min_size=1, max_size=7).map(str.capitalize), min_size=2, max_size=4
).map(" ".join)


@settings(max_examples=80, deadline=None)
@given(name=names)
def test_windows_1258_decomposed_text_comes_back_as_the_same_name(name):
    text, encoding = decode_text(_fixture_maker().to_cp1258(f"Họ và tên\r\n{name}\r\n"), "x.csv")
    assert encoding == "cp1258"
    assert text.splitlines()[1] == name


@settings(max_examples=40, deadline=None)
@given(name=names)
def test_nfd_utf8_is_read_as_nfc(name):
    data = unicodedata.normalize("NFD", f"Họ và tên\n{name}\n").encode("utf-8")
    text, _ = decode_text(data, "x.csv")
    assert text.splitlines()[1] == name


# -- importing --------------------------------------------------------------------------------


@pytest.fixture
def empty_class(demo_store):
    school = school_service.current_school(demo_store)
    return school_service.create_class(
        demo_store, school_id=school.id, school_year="2026-2027", grade=6, name="6A9"
    )


def _plan(store, name: str, *, skip_bad: bool = False):
    """The import of a fixture into 6A9 through the core the CLI and the Classes page share."""
    from skillsapp.rosters import update
    from skillsapp.rosters.classlists import read_class_file

    file = read_class_file(FIXTURES / name, class_name="6A9")
    return update.plan_import(
        store, file, school_year="2026-2027", class_name="6A9", skip_bad=skip_bad
    )


def test_import_is_all_or_nothing(demo_store, empty_class):
    from skillsapp.rosters import update

    with pytest.raises(UserError) as caught:
        update.apply_plan(demo_store, _plan(demo_store, "bad_rows.csv"))
    assert caught.value.key == "roster.has_problems"
    assert school_service.pupils(demo_store, empty_class.id) == []
    result = update.apply_plan(demo_store, _plan(demo_store, "bad_rows.csv", skip_bad=True))
    assert result.counts["new"] == 3
    saved = {p.full_name for p in school_service.pupils(demo_store, empty_class.id)}
    assert saved == {"Nguyễn Văn An", "Trần Thị Bình", "Vũ Thị Hương"}


def test_a_failure_halfway_saves_nothing(demo_store, empty_class, monkeypatch):
    from skillsapp.rosters import update
    from skillsapp.store import roster_import as queries

    def failing_record(*args, **kwargs):
        raise OSError("disk went away")

    plan = _plan(demo_store, "good.xlsx")
    monkeypatch.setattr(queries, "record_import", failing_record)
    with pytest.raises(OSError):
        update.apply_plan(demo_store, plan)
    assert school_service.pupils(demo_store, empty_class.id) == []


def test_pupils_already_in_the_class_are_not_added_twice(demo_store, empty_class):
    from skillsapp.rosters import update

    update.apply_plan(demo_store, _plan(demo_store, "good_utf8.csv"))
    again = _plan(demo_store, "good.xlsx")
    assert again.total("new") == 0 and again.total("same") == len(EXPECTED)
    update.apply_plan(demo_store, again)
    assert len(school_service.pupils(demo_store, empty_class.id)) == len(EXPECTED)


# -- the command line -------------------------------------------------------------------------


def _class_pupils(db: Path, name: str) -> list[str]:
    store = open_store(db)
    try:
        found = [c for c in school_service.classes(store) if c.name == name]
        return [p.full_name for p in school_service.pupils(store, found[0].id)] if found else []
    finally:
        store.close()


def test_cli_creates_the_class_and_imports(demo_db, capsys):
    code = main(["roster", "import", "--db", str(demo_db), "--class", "6A9", "--grade", "6",
                 str(FIXTURES / "good_cp1258.csv")])  # fmt: skip
    assert code == 0
    assert "Imported 9 pupils into class 6A9" in capsys.readouterr().out
    assert sorted(_class_pupils(demo_db, "6A9")) == sorted(e[0] for e in EXPECTED)


def test_cli_refuses_bad_rows_unless_skipped(demo_db, capsys):
    args = ["roster", "import", "--db", str(demo_db), "--class", "6A9", "--grade", "6",
            str(FIXTURES / "bad_rows.xlsx")]  # fmt: skip
    assert main(args) == 1
    err = capsys.readouterr().err
    assert "Row 7: the name is empty" in err and "5 rows have problems" in err
    assert _class_pupils(demo_db, "6A9") == []  # not even the class was made
    assert main([*args, "--skip-bad"]) == 0
    assert "Skipped 5 rows" in capsys.readouterr().out
    assert len(_class_pupils(demo_db, "6A9")) == 3


def test_cli_bad_file_and_grade_mismatch(demo_db, capsys):
    base = ["roster", "import", "--db", str(demo_db), "--class", "6A9"]
    assert main([*base, "--grade", "6", str(FIXTURES / "encrypted.xlsx")]) == 1
    assert "password" in capsys.readouterr().err
    assert main([*base, "--grade", "6", str(FIXTURES / "good_utf8.csv")]) == 0
    assert main([*base, "--grade", "7", str(FIXTURES / "good_utf8.csv")]) == 1
    assert "grade 6, not grade 7" in capsys.readouterr().err
    with pytest.raises(SystemExit) as usage:
        main([*base, "--grade", "13", str(FIXTURES / "good_utf8.csv")])
    assert usage.value.code == 2
