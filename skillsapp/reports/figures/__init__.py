"""Report figures: computed once from SQL, then shown alike in PDF, XLSX, CSV and on screen.

Every figure is an integer count (rates are derived at presentation), so a department can add up
schools' figures exactly. School and department figures hold counts only, never a pupil's name or
code: `SchoolFigures.to_dict()` is what an aggregate sync package carries to the department.

Definitions (the tests recompute each one from raw SQL):
- classes in scope: live classes of the school years the period touches (with those archived
  when their year was closed), other archived ones only if they had a lesson in the period;
  a class is covered when it had at least one lesson session.
- enrolled: pupils of those classes who are active or have an attendance mark in the period;
  reached: distinct pupils marked present or late at a lesson in the period.
- attendance: attended = present + late; counted = all marks except excused absences.
- quiz (pupil mode): an attempt is a pupil with answers in a session; the items asked in a
  session are the distinct items anyone answered there; unanswered items count as wrong; an
  attempt passes at half marks. Whole-class mode: hands for the right option of all hands.
"""

import skillsapp.reports.messages  # noqa: F401  (registers this area's messages)
from skillsapp.reports.figures.class_ import (
    ClassFigures,
    ClassSession,
    ItemResult,
    LessonQuiz,
    Missed,
    PlanLesson,
    PupilRow,
    class_figures,
)
from skillsapp.reports.figures.department import (
    DepartmentFigures,
    SchoolLine,
    TaskTally,
    department_figures,
)
from skillsapp.reports.figures.plan import ClassPlan, GradePlan, GradeStrandPlan
from skillsapp.reports.figures.rows import (
    ADULT_KINDS,
    PLAN_FIELDS,
    SCHOOL_BANDS,
    UNKNOWN_STRAND,
    AdultRow,
    BandDomainRow,
    BandStrandRow,
    GradeRow,
    Headline,
    StrandQuiz,
    TaskRow,
    Totals,
    sum_rows,
)
from skillsapp.reports.figures.school import SiteRow, plan_year, school_figures, site_rows
from skillsapp.reports.figures.wire import FIGURES_FORMAT, FIGURES_VERSION, SchoolFigures

__all__ = [
    "ADULT_KINDS",
    "FIGURES_FORMAT",
    "FIGURES_VERSION",
    "PLAN_FIELDS",
    "SCHOOL_BANDS",
    "UNKNOWN_STRAND",
    "AdultRow",
    "BandDomainRow",
    "BandStrandRow",
    "ClassFigures",
    "ClassPlan",
    "ClassSession",
    "DepartmentFigures",
    "GradePlan",
    "GradeRow",
    "GradeStrandPlan",
    "Headline",
    "ItemResult",
    "LessonQuiz",
    "Missed",
    "PlanLesson",
    "PupilRow",
    "SchoolFigures",
    "SchoolLine",
    "SiteRow",
    "StrandQuiz",
    "TaskRow",
    "TaskTally",
    "Totals",
    "class_figures",
    "department_figures",
    "plan_year",
    "school_figures",
    "site_rows",
    "sum_rows",
]
