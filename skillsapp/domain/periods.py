"""The Vietnamese school year and the reporting periods built on it.

A school year opens in early September; semester 1 (HK1) ends in mid-January and semester 2
(HK2) ends in late May. Exact dates are set each year by the Ministry and the city, so they are
configurable; these defaults are the usual ones.
Period strings (docs/ARCHITECTURE.md#periods): `2026-2027`, `2026-2027/hk1`, `2026-2027/hk2`,
`2026-11`, `2026-09-05..2027-01-15`.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, timedelta

from skillsapp.errors import UserError


@dataclass(frozen=True)
class SchoolYear:
    """The calendar of one school year; `label` is "2026-2027"."""

    start_year: int
    start: date
    hk1_end: date
    hk2_start: date
    end: date

    @property
    def label(self) -> str:
        return f"{self.start_year}-{self.start_year + 1}"

    @classmethod
    def default(cls, start_year: int) -> SchoolYear:
        hk1_end = date(start_year + 1, 1, 17)
        return cls(
            start_year=start_year,
            start=date(start_year, 9, 5),
            hk1_end=hk1_end,
            hk2_start=hk1_end + timedelta(days=1),
            end=date(start_year + 1, 5, 31),
        )

    def semester_of(self, day: date) -> str | None:
        if self.start <= day <= self.hk1_end:
            return "hk1"
        if self.hk2_start <= day <= self.end:
            return "hk2"
        return None


def school_year_start(day: date) -> int:
    """The start year of the school year a date belongs to (summer belongs to the year ended)."""
    return day.year if day.month >= 8 else day.year - 1


def current_school_year(today: date, overrides: dict[int, SchoolYear] | None = None) -> SchoolYear:
    start_year = school_year_start(today)
    if overrides and start_year in overrides:
        return overrides[start_year]
    return SchoolYear.default(start_year)


@dataclass(frozen=True)
class Period:
    """A closed date range with the string it was written as; the unit of every report."""

    text: str
    kind: str  # year, hk1, hk2, month, range
    start: date
    end: date

    def contains(self, day: date) -> bool:
        return self.start <= day <= self.end

    def previous(self, years: dict[int, SchoolYear] | None = None) -> Period:
        """The period just before, of the same kind: for "compared with the previous period"."""
        if self.kind == "year":
            return parse_period(f"{self.start.year - 1}-{self.start.year}", years)
        if self.kind == "hk2":
            return parse_period(f"{self.start.year - 1}-{self.start.year}/hk1", years)
        if self.kind == "hk1":
            return parse_period(f"{self.start.year - 1}-{self.start.year}/hk2", years)
        if self.kind == "month":
            last = self.start - timedelta(days=1)
            return parse_period(f"{last.year}-{last.month:02d}", years)
        length = self.end - self.start
        end = self.start - timedelta(days=1)
        start = end - length
        return Period(f"{start.isoformat()}..{end.isoformat()}", "range", start, end)


_YEAR = re.compile(r"^(\d{4})-(\d{4})(?:/(hk1|hk2))?$")
_MONTH = re.compile(r"^(\d{4})-(\d{2})$")
_RANGE = re.compile(r"^(\d{4}-\d{2}-\d{2})\.\.(\d{4}-\d{2}-\d{2})$")


def _year(start_year: int, years: dict[int, SchoolYear] | None) -> SchoolYear:
    if years and start_year in years:
        return years[start_year]
    return SchoolYear.default(start_year)


def parse_period(text: str, years: dict[int, SchoolYear] | None = None) -> Period:
    """Parse a period string; anything else is a UserError naming the text."""
    raw = text.strip().lower()
    try:
        if match := _YEAR.match(raw):
            first, second, semester = int(match[1]), int(match[2]), match[3]
            if second != first + 1:
                raise ValueError
            sy = _year(first, years)
            if semester == "hk1":
                return Period(raw, "hk1", sy.start, sy.hk1_end)
            if semester == "hk2":
                return Period(raw, "hk2", sy.hk2_start, sy.end)
            return Period(raw, "year", sy.start, sy.end)
        if match := _MONTH.match(raw):
            year, month = int(match[1]), int(match[2])
            start = date(year, month, 1)
            next_month = date(year + month // 12, month % 12 + 1, 1)
            return Period(raw, "month", start, next_month - timedelta(days=1))
        if match := _RANGE.match(raw):
            start, end = date.fromisoformat(match[1]), date.fromisoformat(match[2])
            if end < start:
                raise ValueError
            return Period(raw, "range", start, end)
    except ValueError:
        pass
    raise UserError("period.bad", text=text)
