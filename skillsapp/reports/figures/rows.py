"""The rows report figures are made of: plain counts, so schools' figures add up exactly."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, fields
from typing import Any

SCHOOL_BANDS = ("g1-2", "g3-5", "g6-9", "g10-12")
ADULT_KINDS = ("parent_meeting", "staff_training", "school_event")
UNKNOWN_STRAND = 0  # a lesson the kit no longer has
PLAN_FIELDS = (
    "plan_lessons",
    "plan_delivered",
    "classes_complete",
    "pupils_active",
    "pupils_all_lessons",
)


@dataclass(frozen=True)
class GradeRow:
    """One grade's classes, pupils and attendance; gender x is "not recorded"."""

    grade: int
    classes: int = 0
    classes_covered: int = 0
    sessions: int = 0
    enrolled_f: int = 0
    enrolled_m: int = 0
    enrolled_x: int = 0
    reached_f: int = 0
    reached_m: int = 0
    reached_x: int = 0
    attended: int = 0
    counted: int = 0
    excused: int = 0
    plan_lessons: int = 0
    plan_delivered: int = 0
    classes_complete: int = 0
    pupils_active: int = 0
    pupils_all_lessons: int = 0

    @property
    def enrolled(self) -> int:
        return self.enrolled_f + self.enrolled_m + self.enrolled_x

    @property
    def reached(self) -> int:
        return self.reached_f + self.reached_m + self.reached_x


@dataclass(frozen=True)
class BandStrandRow:
    band: str
    strand: int
    sessions: int


@dataclass(frozen=True)
class BandDomainRow:
    """Sessions of a band whose lesson teaches a domain of the national digital competence
    framework (Thông tư 02/2025/TT-BGDĐT): a session counts once for each domain it touches, so
    a band's rows add up to more than its sessions."""

    band: str
    domain: int
    sessions: int


@dataclass(frozen=True)
class StrandQuiz:
    """Quiz results of one strand: pupil-mode attempts and whole-class tallies."""

    strand: int
    attempts: int = 0
    passed: int = 0
    correct: int = 0
    possible: int = 0
    tally_right: int = 0
    tally_responses: int = 0


@dataclass(frozen=True)
class AdultRow:
    kind: str
    sessions: int
    participants: int


@dataclass(frozen=True)
class OwnLessonRow:
    """Sessions of one version of a teacher's own lesson (named in the school's report only)."""

    lesson_id: str
    version: int
    title_vi: str
    title_en: str
    sessions: int


@dataclass(frozen=True)
class TaskRow:
    code: str
    status: str
    note: str = ""


@dataclass(frozen=True)
class Headline:
    """The period's main totals: what "compared with the previous period" compares."""

    classes: int = 0
    classes_covered: int = 0
    sessions: int = 0
    enrolled: int = 0
    reached: int = 0
    attended: int = 0
    counted: int = 0
    quiz_attempts: int = 0
    quiz_passed: int = 0
    quiz_correct: int = 0
    quiz_possible: int = 0
    parent_sessions: int = 0
    parent_participants: int = 0
    staff_sessions: int = 0
    staff_participants: int = 0
    plan_lessons: int = 0
    plan_delivered: int = 0
    classes_complete: int = 0
    pupils_active: int = 0
    pupils_all_lessons: int = 0


def _add(rows: Iterable[Any], field_name: str) -> int:
    return sum(getattr(r, field_name) for r in rows)


class Totals:
    """Headline totals of anything holding grades, strands and adults rows."""

    grades: tuple[GradeRow, ...]
    band_strand: tuple[BandStrandRow, ...]
    band_domain: tuple[BandDomainRow, ...]
    strands: tuple[StrandQuiz, ...]
    adults: tuple[AdultRow, ...]

    def _adult(self, kind: str) -> AdultRow:
        return next((a for a in self.adults if a.kind == kind), AdultRow(kind, 0, 0))

    def headline(self) -> Headline:
        parents, staff = self._adult("parent_meeting"), self._adult("staff_training")
        return Headline(
            classes=_add(self.grades, "classes"),
            classes_covered=_add(self.grades, "classes_covered"),
            sessions=_add(self.grades, "sessions"),
            enrolled=_add(self.grades, "enrolled"),
            reached=_add(self.grades, "reached"),
            attended=_add(self.grades, "attended"),
            counted=_add(self.grades, "counted"),
            quiz_attempts=_add(self.strands, "attempts"),
            quiz_passed=_add(self.strands, "passed"),
            quiz_correct=_add(self.strands, "correct"),
            quiz_possible=_add(self.strands, "possible"),
            parent_sessions=parents.sessions,
            parent_participants=parents.participants,
            staff_sessions=staff.sessions,
            staff_participants=staff.participants,
            **{name: _add(self.grades, name) for name in PLAN_FIELDS},
        )

    @property
    def has_data(self) -> bool:
        """Whether anything at all happened in the period (else the report says so)."""
        return bool(_add(self.grades, "sessions") or _add(self.adults, "sessions"))


def sum_rows(row_type: type, rows: Iterable[Any], key: str | tuple[str, ...]) -> tuple:
    """Add rows field by field, grouped by the key field(s)."""
    keys = (key,) if isinstance(key, str) else key
    totals: dict[tuple, dict[str, int]] = {}
    for row in rows:
        k = tuple(getattr(row, name) for name in keys)
        acc = totals.setdefault(k, defaultdict(int))
        for f in fields(row_type):
            if f.name not in keys:
                acc[f.name] += getattr(row, f.name)
    return tuple(row_type(**dict(zip(keys, k, strict=True)), **totals[k]) for k in sorted(totals))
