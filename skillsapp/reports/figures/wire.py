"""School figures and their wire format: what an aggregate package carries to the department."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import asdict, dataclass, field, fields
from typing import Any

from skillsapp.domain.cases import CaseCounts
from skillsapp.errors import UserError
from skillsapp.reports.figures.plan import ClassPlan, GradeStrandPlan
from skillsapp.reports.figures.rows import (
    AdultRow,
    BandDomainRow,
    BandStrandRow,
    GradeRow,
    Headline,
    OwnLessonRow,
    StrandQuiz,
    TaskRow,
    Totals,
)

FIGURES_FORMAT = "skillsapp.school_figures"
FIGURES_VERSION = 3  # 2: plan progress (grade fields, class_plan, grade_strand); 3: cases
# `band_domain` came later without a new version: it is optional both ways (an older package
# without it reads as empty, and an older app ignores it), so a department need not update first.
CASE_FIELDS = ("received", "supported", "referred", "still_open")


@dataclass(frozen=True)
class SchoolFigures(Totals):
    """A school's figures for a period: counts only, safe to send to the department."""

    school_code: str
    school_name: str
    district: str
    province: str
    period: str
    start: str
    end: str
    school_year: str
    grades: tuple[GradeRow, ...]
    band_strand: tuple[BandStrandRow, ...]
    strands: tuple[StrandQuiz, ...]
    adults: tuple[AdultRow, ...]
    tasks: tuple[TaskRow, ...]
    previous_period: str = ""
    previous: Headline | None = None
    class_plan: tuple[ClassPlan, ...] = ()
    grade_strand: tuple[GradeStrandPlan, ...] = ()
    cases: CaseCounts | None = field(default_factory=CaseCounts)  # None: register unreadable
    band_domain: tuple[BandDomainRow, ...] = ()
    # teachers' own lessons taught, by id and version: the school's report names them; they
    # never go to the department (titles a teacher wrote, not counts)
    own_lessons: tuple[OwnLessonRow, ...] = ()

    def to_dict(self) -> dict[str, Any]:
        """A JSON-able dict (the payload of an aggregate package), tagged with its version."""
        data = asdict(self)
        del data["own_lessons"]
        data["cases"] = cases_to_dict(self.cases)
        return {"format": FIGURES_FORMAT, "version": FIGURES_VERSION, **data}

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> SchoolFigures:
        """Rebuild figures from `to_dict()` output; a newer or malformed dict is a UserError."""
        school = str(data.get("school_code", "?")) if isinstance(data, Mapping) else "?"
        if not isinstance(data, Mapping) or data.get("format") != FIGURES_FORMAT:
            raise UserError("report.figures_bad", reason="not school figures")
        version = data.get("version")
        if not isinstance(version, int) or version > FIGURES_VERSION:
            raise UserError("report.figures_version", school=school, version=version)
        try:
            return _school_from_dict(data)
        except (KeyError, TypeError, ValueError) as exc:
            raise UserError("report.figures_bad", reason=f"{school}: {exc}") from exc


def cases_to_dict(cases: CaseCounts | None) -> dict[str, Any] | None:
    """The register's counts as they travel: integers only (the days histogram as [days, cases]
    pairs, since JSON keys are text), never a code, date or note; None when it could not be read."""
    if cases is None:
        return None
    return {
        **{name: getattr(cases, name) for name in CASE_FIELDS},
        "by_kind": dict(sorted(cases.by_kind.items())),
        "first_action_days": [[d, n] for d, n in sorted(cases.first_action_days.items())],
    }


def _count(value: object, what: str) -> int:
    if isinstance(value, bool) or not isinstance(value, int) or value < 0:
        raise ValueError(f"cases.{what} = {value!r}")
    return value


def cases_from_dict(data: object) -> CaseCounts | None:
    """Counts from `cases_to_dict()`; None stays None (the school's register was unreadable)."""
    if data is None:
        return None
    if not isinstance(data, Mapping) or set(data) - {*CASE_FIELDS, "by_kind", "first_action_days"}:
        raise ValueError(f"cases = {data!r}")
    by_kind = data.get("by_kind", {})
    days = data.get("first_action_days", [])
    if not isinstance(by_kind, Mapping) or not isinstance(days, list):
        raise ValueError("cases: by_kind or first_action_days malformed")
    histogram: dict[int, int] = {}
    for pair in days:
        if not isinstance(pair, list) or len(pair) != 2:
            raise ValueError(f"cases.first_action_days: {pair!r}")
        day = _count(pair[0], "first_action_days")
        histogram[day] = histogram.get(day, 0) + _count(pair[1], "first_action_days")
    return CaseCounts(
        **{name: _count(data.get(name, 0), name) for name in CASE_FIELDS},
        by_kind={str(k): _count(n, f"by_kind.{k}") for k, n in by_kind.items()},
        first_action_days=histogram,
    )


def _rows(row_type: type, items: Iterable[Mapping[str, Any]]) -> tuple:
    names = {f.name for f in fields(row_type)}
    built = []
    for item in items:
        if set(item) - names:
            raise ValueError(f"unknown fields {sorted(set(item) - names)}")
        built.append(row_type(**item))
    for row in built:
        for f in fields(row_type):
            value = getattr(row, f.name)
            bad_int = f.type == "int" and (not isinstance(value, int) or value < 0)
            if bad_int or (f.type == "str" and not isinstance(value, str)):
                raise ValueError(f"{row_type.__name__}.{f.name} = {value!r}")
    return tuple(built)


def _school_from_dict(data: Mapping[str, Any]) -> SchoolFigures:
    previous = data.get("previous")
    return SchoolFigures(
        school_code=str(data["school_code"]),
        school_name=str(data["school_name"]),
        district=str(data["district"]),
        province=str(data["province"]),
        period=str(data["period"]),
        start=str(data["start"]),
        end=str(data["end"]),
        school_year=str(data["school_year"]),
        grades=_rows(GradeRow, data["grades"]),
        band_strand=_rows(BandStrandRow, data["band_strand"]),
        strands=_rows(StrandQuiz, data["strands"]),
        adults=_rows(AdultRow, data["adults"]),
        tasks=_rows(TaskRow, data["tasks"]),
        previous_period=str(data.get("previous_period", "")),
        previous=_rows(Headline, [previous])[0] if previous else None,
        class_plan=_rows(ClassPlan, data.get("class_plan", ())),
        grade_strand=_rows(GradeStrandPlan, data.get("grade_strand", ())),
        cases=cases_from_dict(data["cases"]) if "cases" in data else CaseCounts(),
        band_domain=_rows(BandDomainRow, data.get("band_domain", ())),
    )
