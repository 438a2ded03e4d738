"""A class is planned against its own grade's sequence (kit.yaml `sequence`, issue 17), not its
whole band: the kit's grade_plan, the coverage service and the Today figures all agree on it."""

from __future__ import annotations

from dataclasses import dataclass, replace

import pytest

from skillsapp.content import Kit, Lesson, load_kit
from skillsapp.content.model import grade_plans
from skillsapp.services import school as school_service
from skillsapp.services.coverage import class_coverage
from skillsapp.services.stats import class_plans

YEAR = "2026-2027"


@pytest.fixture(scope="module")
def kit() -> Kit:
    return load_kit()


def _lesson(kit: Kit, lesson_id: str, grades: tuple[int, ...]) -> Lesson:
    band, stem = lesson_id.split("/")
    return replace(kit.lessons[0], id=lesson_id, band=band, order=int(stem[:2]), grades=grades)


def test_the_sequence_gives_the_order_and_skips_ids_without_a_file(kit: Kit) -> None:
    a, b, c = (_lesson(kit, f"g6-9/0{n}-x", (7,)) for n in (1, 2, 3))
    sequence = ((7, ("g6-9/03-x", "g6-9/99-not-written", "g6-9/01-x")),)
    plans = grade_plans(kit.bands, sequence, [a, b, c])
    assert [lesson.id for lesson in plans[7]] == ["g6-9/03-x", "g6-9/01-x"]
    assert plans[6] == () and plans[8] == ()  # b says grade 7 but grade 6/8 use their grades


def test_a_grade_without_a_sequence_uses_the_lessons_grades_in_band_order(kit: Kit) -> None:
    lessons = [
        _lesson(kit, "g6-9/05-x", (7,)),
        _lesson(kit, "g6-9/02-x", (6, 7)),
        _lesson(kit, "g10-12/01-x", (10,)),
    ]
    plans = grade_plans(kit.bands, (), lessons)
    assert [lesson.id for lesson in plans[7]] == ["g6-9/02-x", "g6-9/05-x"]
    assert [lesson.id for lesson in plans[6]] == ["g6-9/02-x"]
    assert [lesson.id for lesson in plans[10]] == ["g10-12/01-x"]


def test_the_bundled_kit_plans_each_grade_by_its_sequence(kit: Kit) -> None:
    for grade in range(1, 13):
        planned = [lesson.id for lesson in kit.grade_plan(grade)]
        written = [i for i in kit.grade_sequence(grade) if i in {x.id for x in kit.lessons}]
        assert planned == written
        assert all(grade in kit.lesson(i).grades for i in planned)
    seven, six = kit.grade_plan(7), kit.grade_plan(6)
    assert seven and not {x.id for x in seven} & {x.id for x in six}
    with pytest.raises(KeyError):
        kit.grade_plan(13)


@dataclass(frozen=True)
class _Band:
    id: str


@dataclass(frozen=True)
class _Planned:
    id: str
    order: int
    strand: int


class _GradeOnlyKit:
    """Plans whose band plan differs from every grade plan: coverage must ask for the grade."""

    def band_for_grade(self, grade: int) -> _Band:
        return _Band("g6-9")

    def band_plan(self, band_id: str) -> tuple[_Planned, ...]:
        return tuple(_Planned(f"band/{n:02d}", n, 1) for n in range(1, 12))

    def grade_plan(self, grade: int) -> tuple[_Planned, ...]:
        return (_Planned(f"grade-{grade}/b", 2, 3), _Planned(f"grade-{grade}/a", 1, 5))


def test_coverage_and_today_figures_use_the_class_grade(demo_store) -> None:
    plans_kit = _GradeOnlyKit()
    classes = school_service.classes(demo_store, school_year=YEAR)
    seventh = next(c for c in classes if c.grade == 7)
    coverage = class_coverage(demo_store, seventh.id, plans_kit)
    assert [s.lesson_id for s in coverage.lessons] == ["grade-7/b", "grade-7/a"]
    assert (coverage.done, coverage.total, coverage.next_lesson_id) == (0, 2, "grade-7/b")
    today = {p.class_id: p for p in class_plans(demo_store, plans_kit, YEAR)}
    assert today[seventh.id].total == 2 and today[seventh.id].next_lesson_id == "grade-7/b"


def test_a_grade_7_class_of_the_demo_follows_grade_7s_sequence(demo_store, kit: Kit) -> None:
    classes = school_service.classes(demo_store, school_year=YEAR)
    seventh = next(c for c in classes if c.grade == 7)
    coverage = class_coverage(demo_store, seventh.id, kit)
    assert [s.lesson_id for s in coverage.lessons] == [x.id for x in kit.grade_plan(7)]
    band = {x.id for x in kit.band_plan("g6-9")}
    assert coverage.total < len(band)  # the other grades' lessons are not this class's plan
