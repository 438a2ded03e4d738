"""Every PDF the app writes embeds every font it lists; periods are read with the school's own
calendar, and a period that has not begun or lies outside the school year is refused."""

from __future__ import annotations

import io
from datetime import date

import pytest
from pypdf import PdfReader

from skillsapp.content import load_kit
from skillsapp.domain.periods import SchoolYear, parse_period
from skillsapp.errors import UserError
from skillsapp.reports.build import ReportRequest, build_report
from skillsapp.reports.figures import school_figures
from skillsapp.reports.pdf import render_pdf
from skillsapp.reports.printables import attendance_sheet, family_note, handout, quiz_sheet
from skillsapp.services import school as school_service
from skillsapp.services.sessions import list_sessions
from skillsapp.services.settings import save_school_year

TODAY = date(2026, 11, 24)


def unembedded_fonts(data: bytes) -> set[str]:
    """Fonts a PDF lists without a font file: they print in whatever the printer has."""
    missing = set()
    for page in PdfReader(io.BytesIO(data)).pages:
        for ref in (page["/Resources"].get("/Font") or {}).values():
            font = ref.get_object()
            if "/DescendantFonts" in font:
                font = font["/DescendantFonts"][0].get_object()
            descriptor = font.get("/FontDescriptor")
            files = ("/FontFile", "/FontFile2", "/FontFile3")
            if descriptor is None or not any(f in descriptor.get_object() for f in files):
                missing.add(str(font.get("/BaseFont")))
    return missing


@pytest.fixture
def kit():
    return load_kit()


@pytest.mark.parametrize("kind", ["class", "school", "department"])
def test_every_report_pdf_embeds_its_fonts(demo_store, kit, kind):
    cls = school_service.classes(demo_store)[0].name
    request = ReportRequest(kind, "2026-2027/hk1", "pdf", class_name=cls)
    data = build_report(demo_store, kit, request, today=TODAY).data
    assert unembedded_fonts(data) == set()


def test_every_printable_pdf_embeds_its_fonts(demo_store, kit):
    cls = school_service.classes(demo_store)[0]
    roster = school_service.pupils(demo_store, cls.id, include_inactive=False)
    lesson = kit.band_plan(kit.band_for_grade(cls.grade).id)[0]
    for doc in (
        attendance_sheet("Trường X", cls, roster, "vi"),
        quiz_sheet("Trường X", cls, roster, lesson, "vi"),
        handout(kit, lesson, "vi", "Trường X"),
        family_note(kit, lesson, "vi", "Trường X", cls.name),
    ):
        assert unembedded_fonts(render_pdf(doc)[0]) == set(), doc.title


def test_the_previous_semester_uses_the_schools_own_dates(demo_store, kit):
    """HK1 2026-2027 is compared with HK2 2025-2026 as the school set it, not the default
    dates: a lesson on 10 January 2026 is in HK2 only because this school's HK1 ended on
    9 January."""
    save_school_year(
        demo_store,
        SchoolYear(2025, date(2025, 9, 5), date(2026, 1, 9), date(2026, 1, 10), date(2026, 5, 25)),
    )
    figs = school_figures(demo_store, kit, "2026-2027/hk1")
    assert figs.previous_period == "2025-2026/hk2"
    school = school_service.current_school(demo_store)
    demo_store.db.execute(
        "UPDATE session SET held_on = '2026-01-10', kind = 'parent_meeting' WHERE id = "
        "(SELECT id FROM session WHERE kind != 'lesson' AND school_id = ? LIMIT 1)",
        [school.id],
    )
    again = school_figures(demo_store, kit, "2026-2027/hk1")
    assert again.previous is not None
    assert again.previous.parent_sessions == 1  # with the default dates (HK2 from 18/01) it is 0


@pytest.mark.parametrize(
    ("period", "key", "named"),
    [
        ("2027-2028", "report.period_not_started", "05/09/2027"),
        ("2026-12-01..2026-12-31", "report.period_not_started", "01/12/2026"),
        ("2027-2028/hk2", "report.period_not_started", "24/11/2026"),
        ("2026-07", "report.period_outside", "31/05/2026"),
    ],
)
def test_periods_not_begun_or_outside_the_year_are_refused(demo_store, kit, period, key, named):
    request = ReportRequest("school", period, "pdf")
    with pytest.raises(UserError) as caught:
        build_report(demo_store, kit, request, today=TODAY)
    assert caught.value.key == key
    assert named in caught.value.message("vi")


def test_a_period_under_way_is_accepted(demo_store, kit):
    request = ReportRequest("school", "2026-2027", "csv")
    assert build_report(demo_store, kit, request, today=TODAY).data


def test_the_class_reports_signature_stays_with_its_last_section(demo_store, kit):
    """On the last page, the signature block and the heading of the last section together,
    for every class and several periods (page breaks fall differently in each)."""
    checked = 0
    for cls in school_service.classes(demo_store):
        for period in ("2026-2027/hk1", "2026-10", "2026-11", "2026-2027"):
            span = parse_period(period)
            held = list_sessions(demo_store, class_id=cls.id, start=span.start, end=span.end)
            if not held:  # no section to keep together (a grade still short of lessons)
                continue
            checked += 1
            request = ReportRequest("class", period, "pdf", class_id=cls.id)
            rendered = build_report(demo_store, kit, request, today=TODAY)
            last_heading = [b for b in rendered.document.body if type(b).__name__ == "Heading"][-1]
            last_page = PdfReader(io.BytesIO(rendered.data)).pages[-1].extract_text()
            assert "GIÁO VIÊN CHỦ NHIỆM" in last_page
            assert last_heading.text in " ".join(last_page.split()), (cls.name, period)
    assert checked >= 8


@pytest.mark.parametrize("kind", ["school", "class"])
def test_a_report_states_the_schools_own_semester_dates(demo_store, kit, kind):
    """A school whose HK1 runs 01/09/2026 to 09/01/2027 reads those dates on its report, not
    the default calendar's."""
    save_school_year(
        demo_store,
        SchoolYear(2026, date(2026, 9, 1), date(2027, 1, 9), date(2027, 1, 10), date(2027, 5, 25)),
    )
    class_name = school_service.classes(demo_store)[0].name if kind == "class" else ""
    request = ReportRequest(kind=kind, period="2026-2027/hk1", class_name=class_name)
    rendered = build_report(demo_store, kit, request, today=date(2027, 1, 20))
    text = "".join(page.extract_text() for page in PdfReader(io.BytesIO(rendered.data)).pages)
    assert "01/09/2026" in text and "09/01/2027" in text
    assert "05/09/2026" not in text  # the default start of the school year
