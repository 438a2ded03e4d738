"""A department's figures: the schools' aggregate figures for a period, summed."""

from __future__ import annotations

import json
from collections import Counter
from dataclasses import dataclass, field

from skillsapp.domain.cases import CaseCounts
from skillsapp.domain.checklist import CHECKLIST
from skillsapp.domain.periods import Period, parse_period
from skillsapp.errors import UserError
from skillsapp.reports.figures.plan import GradeStrandPlan
from skillsapp.reports.figures.rows import (
    ADULT_KINDS,
    AdultRow,
    BandDomainRow,
    BandStrandRow,
    GradeRow,
    Headline,
    StrandQuiz,
    Totals,
    sum_rows,
)
from skillsapp.reports.figures.school import HeadlineOf, previous_period
from skillsapp.reports.figures.wire import SchoolFigures
from skillsapp.services.settings import school_year_overrides
from skillsapp.store import Store
from skillsapp.store.db import get_setting
from skillsapp.store.report_department import last_packages, period_packages, reporting_schools


@dataclass(frozen=True)
class SchoolLine:
    """One school's line in the department report."""

    code: str
    name: str
    district: str
    headline: Headline
    received_at: str = ""


@dataclass(frozen=True)
class TaskTally:
    code: str
    done: int
    doing: int
    todo: int


@dataclass(frozen=True)
class DepartmentFigures(Totals):
    """Figures summed over the schools that reported for a period, and who has not."""

    period: str
    start: str
    end: str
    grades: tuple[GradeRow, ...]
    band_strand: tuple[BandStrandRow, ...]
    strands: tuple[StrandQuiz, ...]
    adults: tuple[AdultRow, ...]
    tasks: tuple[TaskTally, ...]
    grade_strand: tuple[GradeStrandPlan, ...]
    schools: tuple[SchoolLine, ...]
    missing: tuple[SchoolLine, ...]
    unreadable: tuple[str, ...] = ()
    previous_period: str = ""
    previous: Headline | None = None
    cases: CaseCounts = field(default_factory=CaseCounts)
    cases_unreadable: tuple[str, ...] = ()  # schools whose register could not be read
    band_domain: tuple[BandDomainRow, ...] = ()  # only from packages that carry it


def sum_cases(counts: list[CaseCounts]) -> CaseCounts:
    """The schools' case counts added up; the days histograms add too, so the median is exact."""
    kinds: Counter[str] = Counter()
    days: Counter[int] = Counter()
    for c in counts:
        kinds.update(c.by_kind)
        days.update(c.first_action_days)
    return CaseCounts(
        received=sum(c.received for c in counts),
        by_kind=dict(kinds),
        supported=sum(c.supported for c in counts),
        referred=sum(c.referred for c in counts),
        still_open=sum(c.still_open for c in counts),
        first_action_days=dict(days),
    )


def _expected_schools(store: Store) -> dict[str, tuple[str, str]]:
    """Every school that has ever reported here, plus the `expected_schools` setting.

    The setting is a JSON list of school codes or {"code", "name", "district"} objects, so a
    department can list schools that have never sent anything.
    """
    expected = {code: (name, district) for code, name, district in reporting_schools(store.db)}
    try:
        listed = json.loads(get_setting(store.db, "expected_schools") or "[]")
    except json.JSONDecodeError:
        listed = []
    for item in listed if isinstance(listed, list) else []:
        if isinstance(item, str):
            expected.setdefault(item, ("", ""))
        elif isinstance(item, dict) and item.get("code"):
            old = expected.get(str(item["code"]), ("", ""))
            expected[str(item["code"])] = (
                str(item.get("name") or old[0]),
                str(item.get("district") or old[1]),
            )
    return expected


def _reported(store: Store, period_text: str) -> tuple[list[SchoolFigures], list[str], list[str]]:
    """The period's school figures, their received_at stamps, and codes whose figures fail."""
    good: list[SchoolFigures] = []
    received: list[str] = []
    bad: list[str] = []
    for code, text, received_at in period_packages(store.db, period_text):
        try:
            good.append(SchoolFigures.from_dict(json.loads(text)))
            received.append(received_at)
        except (UserError, json.JSONDecodeError):
            bad.append(code)
    return good, received, bad


def _sum_tasks(reports: list[SchoolFigures]) -> tuple[TaskTally, ...]:
    counts = {t.code: {"done": 0, "doing": 0, "todo": 0} for t in CHECKLIST}
    for figures in reports:
        for row in figures.tasks:
            if row.code in counts and row.status in counts[row.code]:
                counts[row.code][row.status] += 1
    return tuple(TaskTally(code, **c) for code, c in counts.items())


def _summed(reports: list[SchoolFigures]) -> dict[str, tuple]:
    return {
        "grade_strand": sum_rows(
            GradeStrandPlan, (r for f in reports for r in f.grade_strand), ("grade", "strand")
        ),
        "grades": sum_rows(GradeRow, (g for f in reports for g in f.grades), "grade"),
        "band_strand": sum_rows(
            BandStrandRow, (r for f in reports for r in f.band_strand), ("band", "strand")
        ),
        "band_domain": sum_rows(
            BandDomainRow, (r for f in reports for r in f.band_domain), ("band", "domain")
        ),
        "strands": sum_rows(StrandQuiz, (s for f in reports for s in f.strands), "strand"),
        "adults": tuple(
            sorted(
                sum_rows(AdultRow, (a for f in reports for a in f.adults), "kind"),
                key=lambda a: ADULT_KINDS.index(a.kind) if a.kind in ADULT_KINDS else 99,
            )
        ),
    }


def department_figures(store: Store, period: Period | str) -> DepartmentFigures:
    """Sum the schools' aggregate figures for `period`; list who reported and who has not."""
    years = school_year_overrides(store)
    period = parse_period(period, years) if isinstance(period, str) else period
    reports, received, bad = _reported(store, period.text)
    expected = _expected_schools(store)
    lines = tuple(
        SchoolLine(f.school_code, f.school_name, f.district, f.headline(), at)
        for f, at in zip(reports, received, strict=True)
    )
    reported = {f.school_code for f in reports}
    last = last_packages(store.db)
    missing = tuple(
        SchoolLine(code, name, district, Headline(), last.get(code, ""))
        for code, (name, district) in sorted(expected.items(), key=lambda kv: (kv[1][1], kv[0]))
        if code not in reported
    )
    before = previous_period(period, years)
    previous = None
    if before is not None:
        earlier, _, _ = _reported(store, before.text)
        previous = HeadlineOf(class_plan=(), **_summed(earlier)).headline() if earlier else None
    return DepartmentFigures(
        period=period.text,
        start=period.start.isoformat(),
        end=period.end.isoformat(),
        tasks=_sum_tasks(reports),
        schools=lines,
        missing=missing,
        unreadable=tuple(bad),
        previous_period=before.text if before else "",
        previous=previous,
        cases=sum_cases([f.cases for f in reports if f.cases is not None]),
        cases_unreadable=tuple(f.school_code for f in reports if f.cases is None),
        **_summed(reports),
    )
