"""What the services need of the lesson kit: each grade's band and the grade's ordered plan.

The kit itself (skillsapp.content) sits above the services, so the services never import it:
they type against these protocols and the caller passes the loaded `Kit`, which has exactly these
attributes. A test may pass any object of the same shape.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Protocol

from skillsapp.domain.scoring import QuizKey


class PlannedLesson(Protocol):
    """A lesson as a band or grade plan lists it."""

    @property
    def id(self) -> str: ...

    @property
    def order(self) -> int: ...

    @property
    def strand(self) -> int: ...


class TeachableLesson(PlannedLesson, Protocol):
    """A lesson with what recording a session of it needs (the demo records real sessions)."""

    @property
    def version(self) -> int: ...

    @property
    def minutes(self) -> int: ...

    def quiz_keys(self) -> dict[str, QuizKey]: ...


class PlanBand(Protocol):
    @property
    def id(self) -> str: ...


class LessonPlans(Protocol):
    """Each grade's band, and the lessons a class of that grade is planned against, in teaching
    order (kit.yaml's per-grade sequence: a grade-7 class is not planned against grade 6's)."""

    def band_for_grade(self, grade: int) -> PlanBand: ...

    def band_plan(self, band_id: str) -> Sequence[PlannedLesson]: ...

    def grade_plan(self, grade: int) -> Sequence[PlannedLesson]: ...


class TeachingPlans(Protocol):
    """Band plans whose lessons can be taught (recorded as sessions)."""

    def band_for_grade(self, grade: int) -> PlanBand: ...

    def band_plan(self, band_id: str) -> Sequence[TeachableLesson]: ...

    def grade_plan(self, grade: int) -> Sequence[TeachableLesson]: ...
