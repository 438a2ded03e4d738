"""Mixed-grade classes (lớp ghép, issue 22): a class of grades 3 and 4 is planned against both
grades' sequences, and reports count its pupils by their own grade.

Every expected number below is worked out by hand from the class built in `_school` (the
grade 3 and 4 sequences of the bundled kit are in test_the_plans_these_tests_rely_on).
"""

from __future__ import annotations

from dataclasses import replace
from datetime import date

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from skillsapp.content import load_kit
from skillsapp.domain.records import Pupil, School, SessionInput
from skillsapp.errors import UserError
from skillsapp.reports.build import ReportRequest, build_report
from skillsapp.reports.figures import GradeRow, class_figures, school_figures
from skillsapp.services import school as school_service
from skillsapp.services.coverage import class_coverage, class_plan
from skillsapp.services.sessions import record_session
from skillsapp.services.stats import class_plans
from skillsapp.store import open_store

YEAR = "2026-2027"
TODAY = date(2026, 12, 20)
G3 = [
    "g3-5/01-internet-quanh-em",
    "g3-5/02-thong-tin-ca-nhan",
    "g3-5/03-mat-khau-manh",
    "g3-5/05-loi-noi-tu-te",
    "g3-5/07-can-bang-man-hinh",
    "g3-5/09-tim-tro-giup",
]
G4 = [
    "g3-5/04-tin-that-hay-gia",
    "g3-5/06-ban-tren-mang",
    "g3-5/08-sang-tao-ghi-nguon",
    "g3-5/10-bat-nat-tren-mang",
    "g3-5/11-vong-quay-ruong-bau",
    "g3-5/12-em-dang-o-dau",
]


def _school(tmp_path):
    """Class 3-4 Nà Lừa (grades 3 and 4): six grade-3 pupils (3 girls, 3 boys) and five
    grade-4 pupils (2 girls, 3 boys); one lesson (grade 3's first) where one grade-4 boy was
    absent. Class 4B (grade 4): seven pupils, gender not given, no lesson."""
    store = open_store(tmp_path / "school.db")
    school = school_service.save_school(
        store, School(id="", code="TH01", name="Trường TH Nà Lừa", province="Cao Bằng")
    )
    mixed = school_service.create_class(
        store, school_id=school.id, school_year=YEAR, grade=3, name="3-4 Nà Lừa", grades=(4, 3)
    )
    plain = school_service.create_class(
        store, school_id=school.id, school_year=YEAR, grade=4, name="4B"
    )
    third = [("F", 0), ("F", 3), ("F", 0), ("M", 0), ("M", 3), ("M", 0)]
    fourth = [("F", 4), ("F", 4), ("M", 4), ("M", 4), ("M", 4)]
    school_service.add_pupils(
        store,
        [
            Pupil(id="", class_id=mixed.id, full_name=f"Học Sinh {i}", gender=g, grade=grade)
            for i, (g, grade) in enumerate(third + fourth)
        ],
    )
    school_service.add_pupils(
        store, [Pupil(id="", class_id=plain.id, full_name=f"Bạn {i}") for i in range(7)]
    )
    roster = school_service.pupils(store, mixed.id)
    absent = next(p for p in roster if p.grade == 4 and p.gender == "M")
    record_session(
        store,
        SessionInput(
            kind="lesson",
            held_on=date(2026, 9, 15),
            class_id=mixed.id,
            lesson_id=G3[0],
            attendance={p.id: "absent" if p.id == absent.id else "present" for p in roster},
        ),
    )
    return store, mixed, plain


def test_the_plans_these_tests_rely_on() -> None:
    kit = load_kit()
    assert [lesson.id for lesson in kit.grade_plan(3)] == G3
    assert [lesson.id for lesson in kit.grade_plan(4)] == G4


def test_a_mixed_class_keeps_its_grades_lowest_first(tmp_path):
    store, mixed, plain = _school(tmp_path)
    assert (mixed.grade, mixed.grades, mixed.mixed_grades) == (3, (3, 4), (3, 4))
    assert (plain.grades, plain.mixed_grades) == ((4,), ())
    again = school_service.update_class(store, plain.id, grades=(4, 5, 3))
    assert (again.grade, again.grades) == (3, (3, 4, 5))
    single = school_service.update_class(store, plain.id, grades=(4,))
    assert (single.grade, single.grades) == (4, (4,))


def test_a_mixed_class_has_two_or_three_grades_and_pupils_only_of_them(tmp_path):
    store, mixed, _plain = _school(tmp_path)
    with pytest.raises(UserError) as four:
        school_service.update_class(store, mixed.id, grades=(1, 2, 3, 4))
    assert four.value.key == "class.mixed_grades"
    pupil = school_service.pupils(store, mixed.id)[0]
    with pytest.raises(UserError) as fifth:
        school_service.save_pupil(store, replace(pupil, grade=5))
    assert fifth.value.key == "pupil.bad_grade"
    assert fifth.value.message("vi") == "Lớp 3-4 Nà Lừa không có khối 5."


def test_a_class_keeps_the_grades_its_pupils_are_in(tmp_path):
    store, mixed, _plain = _school(tmp_path)
    with pytest.raises(UserError) as dropped:
        school_service.update_class(store, mixed.id, grades=(3,))
    assert dropped.value.message("en") == (
        "Class 3-4 Nà Lừa still has pupils in grade 4: change their grade first."
    )
    assert school_service.get_class(store, mixed.id).grades == (3, 4)
    widened = school_service.update_class(store, mixed.id, grades=(3, 4, 5))
    assert widened.grades == (3, 4, 5)


@settings(max_examples=60, deadline=None)
@given(
    st.lists(
        st.lists(st.sampled_from("abcdefghij"), unique=True, max_size=6), min_size=1, max_size=3
    )
)
def test_a_mixed_plan_holds_every_grades_lessons_once_in_their_order(plans):
    """For any grades' sequences: each lesson once, serving exactly the grades that list it;
    when no lesson is shared, each grade's own lessons come in that grade's order (a shared
    lesson comes where its earliest grade puts it, so two grades may order it differently)."""

    class Lesson:
        def __init__(self, lesson_id: str) -> None:
            self.id, self.order, self.strand = lesson_id, 1, 1

    lessons = {c: Lesson(c) for c in "abcdefghij"}

    class Kit:
        def grade_plan(self, grade: int):
            return [lessons[c] for c in plans[grade - 1]]

    grades = tuple(range(1, len(plans) + 1))
    merged = class_plan(Kit(), grades)  # type: ignore[arg-type]
    ids = [lesson.id for lesson, _ in merged]
    assert sorted(ids) == sorted({c for plan in plans for c in plan})
    for lesson, served in merged:
        assert served == tuple(g for g in grades if lesson.id in plans[g - 1])
    shared = sum(len(p) for p in plans) > len(ids)
    for grade in grades:
        wanted = plans[grade - 1]
        if not shared:
            assert [i for i in ids if i in wanted] == wanted


def test_the_plan_takes_each_grades_lessons_in_turn_with_the_grades_they_serve(tmp_path):
    store, mixed, _plain = _school(tmp_path)
    kit = load_kit()
    expected = [G3[0], G4[0], G3[1], G4[1], G3[2], G4[2], G3[3], G4[3], G3[4], G4[4], G3[5], G4[5]]
    assert [lesson.id for lesson, _ in class_plan(kit, (3, 4))] == expected
    coverage = class_coverage(store, mixed.id, kit)
    assert coverage.mixed and coverage.grades == (3, 4)
    assert [(s.lesson_id, s.grades) for s in coverage.lessons[:3]] == [
        (G3[0], (3,)),
        (G4[0], (4,)),
        (G3[1], (3,)),
    ]
    assert (coverage.done, coverage.total, coverage.next_lesson_id) == (1, 12, G4[0])
    today = {p.class_name: p for p in class_plans(store, kit, YEAR)}
    assert today["3-4 Nà Lừa"].next_grades == (4,)
    assert today["3-4 Nà Lừa"].grades == (3, 4)
    assert today["4B"].next_grades == () and today["4B"].total == 6


def test_a_lesson_in_both_grades_plans_serves_both():
    class Lesson:
        def __init__(self, lesson_id: str) -> None:
            self.id, self.order, self.strand = lesson_id, 1, 1

    shared, third, fourth = Lesson("shared"), Lesson("third"), Lesson("fourth")

    class Kit:
        def grade_plan(self, grade: int):
            return {3: [shared, third], 4: [fourth, shared]}[grade]

    plan = class_plan(Kit(), (3, 4))  # type: ignore[arg-type]
    assert [(lesson.id, grades) for lesson, grades in plan] == [
        ("shared", (3, 4)),
        ("fourth", (4,)),
        ("third", (3,)),
    ]


def test_the_school_report_counts_pupils_by_their_own_grade(tmp_path):
    store, _mixed, _plain = _school(tmp_path)
    figures = school_figures(store, load_kit(), YEAR)
    grades = {row.grade: row for row in figures.grades}
    assert grades[3] == GradeRow(
        grade=3,
        classes=1,
        classes_covered=1,
        sessions=1,
        enrolled_f=3,
        enrolled_m=3,
        reached_f=3,
        reached_m=3,
        attended=6,
        counted=6,
        plan_lessons=12,
        plan_delivered=1,
        pupils_active=6,
        pupils_all_lessons=6,
    )
    assert grades[4] == GradeRow(
        grade=4,
        classes=1,
        enrolled_f=2,
        enrolled_m=3,
        enrolled_x=7,
        reached_f=2,
        reached_m=2,
        attended=4,
        counted=5,
        plan_lessons=6,
        pupils_active=12,
        pupils_all_lessons=4,
    )
    assert set(grades) == {3, 4}


def test_the_class_report_plans_both_grades(tmp_path):
    store, mixed, _plain = _school(tmp_path)
    figures = class_figures(store, load_kit(), mixed.id, YEAR)
    assert [p.lesson_id for p in figures.plan][:2] == [G3[0], G4[0]]
    assert len(figures.plan) == 12
    assert [p.held_on for p in figures.plan][:2] == ["2026-09-15", ""]
    assert figures.grades == (3, 4)
    request = ReportRequest("class", YEAR, "csv", class_id=mixed.id)
    body = build_report(store, load_kit(), request, today=TODAY).document.body
    assert any(
        "Lớp 3-4 Nà Lừa (khối 3, 4), năm học 2026-2027" in getattr(b, "text", "") for b in body
    )


def test_the_school_report_document_shows_the_grade_counts(tmp_path):
    store, _mixed, _plain = _school(tmp_path)
    request = ReportRequest("school", YEAR, "csv")
    body = build_report(store, load_kit(), request, today=TODAY).document.body
    pupils = next(b for b in body if getattr(b, "key", "") == "pupils")
    # enrolled: 6 in grade 3, 12 in grade 4 (their gender splits are under 5, hidden)
    assert [(row[0], row[1], row[3]) for row in pupils.rows[:2]] == [
        ("Khối 3", "<5", 6),
        ("Khối 4", "<5", 12),
    ]


def test_a_mixed_class_list_carries_each_pupils_grade(tmp_path):
    """A "Khối" column gives each pupil their grade; the class's own grade is stored as 0, an
    unreadable grade is the row's problem, and undoing the import restores the grades."""
    from skillsapp.rosters import update
    from skillsapp.rosters.classlists import read_class_file

    store, _mixed, _plain = _school(tmp_path)
    school = school_service.current_school(store)
    cls = school_service.create_class(
        store, school_id=school.id, school_year=YEAR, grade=2, name="Ghép 2-3", grades=(2, 3)
    )
    school_service.add_pupils(
        store,
        [
            Pupil(id="", class_id=cls.id, full_name="Lò Văn An"),
            Pupil(id="", class_id=cls.id, full_name="Hà Thị Bình", grade=3),
        ],
    )
    path = tmp_path / "ghep.csv"
    path.write_text(
        "Họ và tên,Khối\nLò Văn An,3\nHà Thị Bình,Khối 2\nNông Văn Cường,3\n"
        "Vi Thị Dung,\nLục Văn Em,ba\n",
        "utf-8",
    )
    file = read_class_file(path, class_name=cls.name)
    assert [r.row.grade for r in file.rows] == [3, 2, 3, 0, 0]
    assert file.rows[4].row.problem_text("en") == (
        'grade "ba" is not clear (write a number from 1 to 12)'
    )
    plan = update.plan_import(store, file, school_year=YEAR, class_name=cls.name, skip_bad=True)
    update.apply_plan(store, plan)
    grades = {p.full_name: p.grade for p in school_service.pupils(store, cls.id)}
    assert grades == {"Lò Văn An": 3, "Hà Thị Bình": 0, "Nông Văn Cường": 3, "Vi Thị Dung": 0}
    update.undo_last_import(store, cls.id)
    back = {p.full_name: p.grade for p in school_service.pupils(store, cls.id)}
    assert back == {"Lò Văn An": 0, "Hà Thị Bình": 3}
