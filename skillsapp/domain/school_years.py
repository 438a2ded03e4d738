"""The rules of moving a school into its next school year, with no I/O.

Vietnamese schooling has three levels, each ending in a final grade: primary (tiểu học) at 5,
lower secondary (THCS) at 9, upper secondary (THPT) at 12. A school's pupils leave after the
final grade of the highest level it teaches: a THCS (6-9) sends its grade 9 away; a combined
school teaching 1-9 keeps its grade 5 (they go on to its grade 6); a THCS whose grade 9 has no
class this year still promotes its grade 8 (the level ends at 9, not at 8).
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from datetime import date, timedelta

from skillsapp.domain.periods import SchoolYear

FINAL_GRADES = (5, 9, 12)
_NUMBER = re.compile(r"(?<!\d)(\d{1,2})(?!\d)")
_YEAR = re.compile(r"^(\d{4})-(\d{4})$")


def last_grade(grades: Iterable[int]) -> int:
    """The grade after which this school's pupils leave: the end of its highest level."""
    highest = max(grades, default=12)
    return next(g for g in FINAL_GRADES if g >= highest) if highest <= 12 else 12


def leaves(grade: int, school_last_grade: int) -> bool:
    """Whether a class of `grade` leaves the school at the end of the year (no next class)."""
    return grade >= school_last_grade


def next_name(name: str, grade: int, *, leaving: bool = False) -> str:
    """The suggested name of the class next year: the grade number in the name moved up one
    ("6A1" -> "7A1", "Lớp 6/2" -> "Lớp 7/2", "10 Toán" -> "11 Toán"); "" for a class that
    leaves, and "" when the name holds no number equal to its grade (the teacher fills it)."""
    if leaving:
        return ""
    for match in _NUMBER.finditer(name):
        if int(match[1]) == grade:
            return f"{name[: match.start()]}{grade + 1}{name[match.end() :]}"
    return ""


def next_year_label(label: str) -> str:
    """ "2026-2027" -> "2027-2028"."""
    first = int(label.split("-")[0]) + 1
    return f"{first}-{first + 1}"


def year_start(label: str) -> int | None:
    """The start year of a label "2027-2028", or None when it is not one."""
    match = _YEAR.match(label.strip())
    if not match or int(match[2]) != int(match[1]) + 1:
        return None
    return int(match[1])


def _same_weekday_next_year(day: date) -> date:
    """The same weekday 52 weeks later: a semester that ended on a Saturday ends on one."""
    return day + timedelta(weeks=52)


def shift_calendar(old: SchoolYear) -> SchoolYear:
    """The next year's dates proposed from this year's: the opening keeps its day of the month
    (the school year opens on 5 September whatever the weekday); the semester ends, the start
    of semester 2 and the year's end keep their weekday."""
    start_year = old.start_year + 1
    try:
        start = old.start.replace(year=start_year)
    except ValueError:  # 29 February cannot open a school year, but stay total
        start = old.start + timedelta(days=365)
    return SchoolYear(
        start_year=start_year,
        start=start,
        hk1_end=_same_weekday_next_year(old.hk1_end),
        hk2_start=_same_weekday_next_year(old.hk2_start),
        end=_same_weekday_next_year(old.end),
    )
