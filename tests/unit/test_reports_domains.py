"""Sessions per band x domain of the national digital competence framework (Thông tư 02/2025):
counted from a small school whose lessons carry competence codes set here, carried in the
figures' wire format (older packages without it still read), summed by the department, and shown
as a table in every report format."""

from __future__ import annotations

import io
import json
from dataclasses import replace
from datetime import date

import pytest
from openpyxl import load_workbook

from skillsapp.content import load_kit
from skillsapp.domain.records import School, SessionInput
from skillsapp.reports.build import ReportRequest, build_report
from skillsapp.reports.figures import SchoolFigures, school_figures
from skillsapp.reports.figures.department import department_figures
from skillsapp.reports.labels import label
from skillsapp.services import school as school_service
from skillsapp.services.sessions import record_session
from skillsapp.store import open_store
from tests.unit.test_reports_output import docx_tables, pdf_text

YEAR = "2026-2027"
TODAY = date(2026, 11, 24)
GONE = "g6-9/99-gone"


@pytest.fixture(scope="module")
def base_kit():
    return load_kit()


@pytest.fixture
def plan(base_kit):
    """Three lessons with codes chosen here (whatever the lesson files say today), and how many
    sessions of each the school holds."""
    a, b = base_kit.band_plan("g6-9")[:2]
    c = base_kit.band_plan("g3-5")[0]
    return [
        (a.id, ("1.1", "1.2", "4.1"), 2),  # domains 1 and 4; 1 counts once, not twice
        (b.id, ("4.2", "6.1"), 1),  # domains 4 and 6
        (c.id, ("2.1",), 3),  # domain 2
    ]


@pytest.fixture
def kit(base_kit, plan):
    codes = {lesson_id: c for lesson_id, c, _ in plan}
    lessons = tuple(
        replace(lesson, competences=codes[lesson.id])
        if lesson.id in codes
        else replace(lesson, competences=())
        for lesson in base_kit.lessons
    )
    return replace(base_kit, lessons=lessons)


@pytest.fixture
def store(tmp_path, plan):
    store = open_store(tmp_path / "school.db")
    school = school_service.save_school(
        store, School(id="", code="D-1", name="Trường Liên cấp Sơn Ca", province="Lào Cai")
    )
    classes = {
        band: school_service.create_class(
            store, school_id=school.id, school_year=YEAR, grade=grade, name=name
        )
        for band, grade, name in (("g6-9", 6, "6A"), ("g3-5", 3, "3A"))
    }
    held = [(lesson_id, n) for lesson_id, _, n in plan] + [(GONE, 1)]
    for lesson_id, n in held:
        cls = classes[lesson_id.split("/")[0]]
        for i in range(n):
            record_session(
                store,
                SessionInput(
                    kind="lesson",
                    held_on=date(2026, 10, 5 + i),
                    class_id=cls.id,
                    lesson_id=lesson_id,
                ),
            )
    yield store
    store.close()


def _counts(rows) -> dict[tuple[str, int], int]:
    return {(r.band, r.domain): r.sessions for r in rows}


# Worked by hand from `plan`: lesson a (2 sessions) -> d1 2, d4 2; lesson b (1) -> d4 1, d6 1;
# lesson c in g3-5 (3) -> d2 3; the gone lesson's session has no codes and is left out.
EXPECTED = {("g6-9", 1): 2, ("g6-9", 4): 3, ("g6-9", 6): 1, ("g3-5", 2): 3}


def test_sessions_count_once_for_each_domain_their_lesson_touches(store, kit):
    figs = school_figures(store, kit, YEAR)
    assert _counts(figs.band_domain) == EXPECTED
    assert figs.headline().sessions == 7  # the gone lesson's session is still a session


def test_the_wire_carries_the_rows_and_an_older_package_without_them_still_reads(store, kit):
    figs = school_figures(store, kit, YEAR)
    data = json.loads(json.dumps(figs.to_dict()))
    assert SchoolFigures.from_dict(data) == figs
    old = {k: v for k, v in data.items() if k != "band_domain"}
    read = SchoolFigures.from_dict(old)
    assert read.band_domain == ()
    assert read.band_strand == figs.band_strand
    with pytest.raises(Exception, match="unknown fields"):
        SchoolFigures.from_dict({**data, "band_domain": [{"band": "g6-9", "domain": 1, "x": 1}]})


def _store_package(department, figs: SchoolFigures, code: str, data: dict) -> None:
    department.db.execute(
        "INSERT INTO aggregate_report (school_code, school_name, district, period, figures, "
        "package_id, sender_device, created_at, received_at) VALUES (?, ?, '', ?, ?, ?, 'd', "
        "'2026-11-20', '2026-11-21')",
        [code, figs.school_name, figs.period, json.dumps({**data, "school_code": code}), code],
    )


@pytest.fixture
def department(tmp_path, store, kit):
    """A department holding the school's package twice and one older package without the rows."""
    figs = school_figures(store, kit, YEAR)
    data = figs.to_dict()
    dept = open_store(tmp_path / "dept.db")
    _store_package(dept, figs, "D-1", data)
    _store_package(dept, figs, "D-2", data)
    _store_package(dept, figs, "D-OLD", {k: v for k, v in data.items() if k != "band_domain"})
    yield dept
    dept.close()


def test_the_department_sums_the_domain_rows(department):
    totals = department_figures(department, YEAR)
    assert len(totals.schools) == 3
    assert _counts(totals.band_domain) == {k: 2 * v for k, v in EXPECTED.items()}


def _title(lang: str = "vi") -> str:
    return label("t_band_domain", lang)


@pytest.mark.parametrize("kind", ["school", "department"])
def test_the_table_is_in_every_output(store, department, kit, kind):
    source = department if kind == "department" else store
    factor = 2 if kind == "department" else 1

    def make(fmt: str, lang: str = "vi"):
        return build_report(source, kit, ReportRequest(kind, YEAR, fmt, lang), today=TODAY)

    pdf = make("pdf")
    table = next(t for t in pdf.document.tables() if t.key == "domains")
    assert table.title == _title()
    assert table.columns[0].title == "Miền năng lực"
    assert len(table.rows) == len(kit.domains) == 6
    by_domain = {int(str(row[0]).split(".")[0]): row[1:] for row in table.rows}
    bands = [c.title for c in table.columns[1:-1]]
    assert len(bands) == 2  # the two bands that taught
    assert by_domain[4][-1] == factor * EXPECTED[("g6-9", 4)]
    assert by_domain[2][-1] == factor * EXPECTED[("g3-5", 2)]
    assert by_domain[3] == (0, 0, 0)  # a domain no session reached shows as a gap
    text = " ".join(pdf_text(pdf.data).split())
    assert "Số buổi học theo miền năng lực số" in text
    assert "02/2025/TT-BGDĐT" in text
    grids = docx_tables(make("docx").data)
    assert any(grid[0][0] == "Miền năng lực" and len(grid) == 7 for grid in grids)
    book = load_workbook(io.BytesIO(make("xlsx").data))
    sheet = next(ws for ws in book.worksheets if "Số buổi học theo miền" in ws.title)
    values = [row for row in sheet.iter_rows(values_only=True) if row and row[0]]
    assert any(row[0] == "Miền năng lực" for row in values)
    assert any(str(row[0]).startswith("4. ") and factor * 3 in row for row in values)
    english = make("pdf", "en")
    assert any(t.title == _title("en") for t in english.document.tables())


def test_no_table_when_no_figures_carry_domain_rows(tmp_path, store, kit):
    figs = school_figures(store, kit, YEAR)
    old = {k: v for k, v in figs.to_dict().items() if k != "band_domain"}
    dept = open_store(tmp_path / "old.db")
    try:
        _store_package(dept, figs, "D-OLD", old)
        document = build_report(
            dept, kit, ReportRequest("department", YEAR, "pdf", "vi"), today=TODAY
        )
        assert [t.key for t in document.document.tables()].count("domains") == 0
        assert any(t.key == "sessions" for t in document.document.tables())
    finally:
        dept.close()
