"""A school's own calendar (Settings) decides what "HK1" means everywhere it is read."""

from __future__ import annotations

from datetime import date

from skillsapp.content import load_kit
from skillsapp.domain.periods import SchoolYear
from skillsapp.reports.build import ReportRequest, make_figures
from skillsapp.services import settings


def test_reports_and_status_use_the_configured_semester_dates(demo_store):
    custom = SchoolYear(
        2026, date(2026, 9, 7), date(2026, 12, 31), date(2027, 1, 4), date(2027, 5, 25)
    )
    settings.save_school_year(demo_store, custom)
    request = ReportRequest(kind="school", period="2026-2027/hk1")
    figures = make_figures(demo_store, load_kit(), request)
    assert (figures.start, figures.end) == ("2026-09-07", "2026-12-31")
    assert settings.parse_period(demo_store, "2026-2027/hk2").start == date(2027, 1, 4)
    assert settings.current_school_year(demo_store, date(2027, 2, 1)).hk2_start == date(2027, 1, 4)
