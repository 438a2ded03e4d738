"""The Vietnamese school year and period strings."""

from __future__ import annotations

from datetime import date

import pytest
from hypothesis import given
from hypothesis import strategies as st

from skillsapp.domain.periods import SchoolYear, current_school_year, parse_period
from skillsapp.errors import UserError


def test_school_year_semesters():
    year = SchoolYear.default(2026)
    assert year.label == "2026-2027"
    assert year.semester_of(date(2026, 11, 24)) == "hk1"
    assert year.semester_of(date(2027, 3, 1)) == "hk2"
    assert year.semester_of(date(2027, 7, 1)) is None
    assert current_school_year(date(2027, 2, 1)).label == "2026-2027"
    assert current_school_year(date(2026, 8, 20)).label == "2026-2027"


@pytest.mark.parametrize(
    ("text", "start", "end"),
    [
        ("2026-2027", date(2026, 9, 5), date(2027, 5, 31)),
        ("2026-2027/hk1", date(2026, 9, 5), date(2027, 1, 17)),
        ("2026-2027/HK2", date(2027, 1, 18), date(2027, 5, 31)),
        ("2026-11", date(2026, 11, 1), date(2026, 11, 30)),
        ("2026-12", date(2026, 12, 1), date(2026, 12, 31)),
        ("2026-09-05..2027-01-15", date(2026, 9, 5), date(2027, 1, 15)),
    ],
)
def test_parse_period(text, start, end):
    period = parse_period(text)
    assert (period.start, period.end) == (start, end)


def test_configured_dates_override_defaults():
    custom = SchoolYear(
        2026, date(2026, 9, 4), date(2027, 1, 10), date(2027, 1, 11), date(2027, 5, 25)
    )
    assert parse_period("2026-2027/hk2", {2026: custom}).start == date(2027, 1, 11)


@pytest.mark.parametrize(
    "bad", ["2026", "2026-2028", "2026-13", "2027-01-01..2026-01-01", "hk1", ""]
)
def test_bad_period_is_a_user_error(bad):
    with pytest.raises(UserError) as info:
        parse_period(bad)
    assert bad in info.value.message("en")


def test_previous_periods():
    assert parse_period("2026-2027/hk1").previous().text == "2025-2026/hk2"
    assert parse_period("2026-2027/hk2").previous().text == "2026-2027/hk1"
    assert parse_period("2026-01").previous().text == "2025-12"
    assert parse_period("2026-2027").previous().text == "2025-2026"


@given(st.dates(min_value=date(2000, 1, 1), max_value=date(2090, 12, 31)))
def test_month_period_contains_its_days_and_previous_ends_the_day_before(day):
    period = parse_period(f"{day.year}-{day.month:02d}")
    assert period.contains(day)
    assert (period.start - period.previous().end).days == 1
