"""The school and department reports never claim a target the figures do not meet.

Each school is built by hand so that every claim is true in one and false in another, and the
expected sentences are written out here in full (not produced by the code under test)."""

from __future__ import annotations

import json
from datetime import date, timedelta

import pytest

from skillsapp.content import load_kit
from skillsapp.domain.records import Pupil, School, SessionInput
from skillsapp.reports.build import ReportRequest, build_report
from skillsapp.reports.document import Para
from skillsapp.reports.figures import school_figures
from skillsapp.services import school as school_service
from skillsapp.services.sessions import record_session
from skillsapp.store import open_store

YEAR = "2026-2027"
TODAY = date(2026, 12, 20)


# Each class is planned against its own grade's sequence (kit.yaml): grade 6's has the six
# lessons of strands 1, 2, 3, 4, 7, 8; grade 7's teaches strands 3, 4, 5 and 6 (and more once
# its new lessons are written), so the counts below are worked out from the kit's plans.
SIXTH = load_kit().grade_plan(6)
SEVENTH = load_kit().grade_plan(7)


def _school(
    tmp_path,
    name: str,
    plan: list[int],
    absent_once: bool = False,
    empty_class=False,
    seventh: list[int] | None = None,
):
    """A school with one grade-6 class of 6 pupils having the lessons of grade 6's plan whose
    numbers are in `plan`; optionally a pupil misses one lesson, and a grade-7 class of 6 that
    had nothing (`empty_class`) or the lessons of grade 7's plan numbered in `seventh`."""
    store = open_store(tmp_path / f"{name}.db")
    school = school_service.save_school(
        store, School(id="", code=name, name=f"Trường THCS {name}", province="Hải Phòng")
    )
    _class(store, school.id, 6, plan, absent_once)
    if empty_class or seventh is not None:
        _class(store, school.id, 7, seventh or [], False)
    return store


def _class(store, school_id: str, grade: int, plan: list[int], absent_once: bool) -> None:
    lessons = load_kit().grade_plan(grade)
    cls = school_service.create_class(
        store, school_id=school_id, school_year=YEAR, grade=grade, name=f"{grade}A"
    )
    school_service.add_pupils(
        store, [Pupil(id="", class_id=cls.id, full_name=f"Học Sinh {i}") for i in range(6)]
    )
    roster = school_service.pupils(store, cls.id)
    for n, number in enumerate(plan):
        attendance = {p.id: "present" for p in roster}
        if absent_once and n == 0:
            attendance[roster[0].id] = "absent"
        record_session(
            store,
            SessionInput(
                kind="lesson",
                held_on=date(2026, 9, 10) + timedelta(days=7 * n),
                class_id=cls.id,
                lesson_id=lessons[number - 1].id,
                attendance=attendance,
            ),
        )


def _percent(part: int, whole: int) -> str:
    return f"{100 * part / whole:.1f}".replace(".", ",") + "%"


def _assessment(store) -> list[str]:
    """The sentences of the assessment section of the school report (Vietnamese)."""
    request = ReportRequest("school", YEAR, "csv")
    body = build_report(store, load_kit(), request, today=TODAY).document.body
    start = next(i for i, b in enumerate(body) if getattr(b, "text", "").endswith("ĐÁNH GIÁ CHUNG"))
    return [b.text for b in body[start + 1 :] if isinstance(b, Para)][:-1]  # without "Trên đây"


ALL = list(range(1, len(SIXTH) + 1))
ALL_7 = list(range(1, len(SEVENTH) + 1))
MISSING_5_6 = (
    "5. Tử tế, giao tiếp và bắt nạt trên mạng; 6. Nhận biết lợi dụng, xâm hại và nơi tìm trợ giúp"
)


def test_the_plans_these_tests_rely_on() -> None:
    assert [lesson.strand for lesson in SIXTH] == [1, 2, 3, 4, 7, 8]
    assert {5, 6} <= {lesson.strand for lesson in SEVENTH}


def test_a_school_that_meets_every_target(tmp_path):
    store = _school(tmp_path, "DU", ALL, seventh=ALL_7)
    total = len(SIXTH) + len(SEVENTH)
    assert _assessment(store)[:4] == [
        "Tất cả 2 lớp đã có ít nhất một buổi học trong kỳ.",
        f"Các lớp đã học đủ {total}/{total} bài theo kế hoạch, đạt chỉ tiêu 100% số bài.",
        "Cả 8 chủ đề đều đã có buổi học trong kỳ.",
        "Số học sinh có mặt ở tất cả các bài lớp mình đã học: 12/12 (100,0%).",
    ]


def test_a_school_with_the_plan_half_done(tmp_path):
    store = _school(tmp_path, "NUA", [1, 2, 3, 4, 5], absent_once=True, empty_class=True)
    total = len(SIXTH) + len(SEVENTH)
    assert _assessment(store)[:4] == [
        "Còn 1/2 lớp chưa có buổi học nào trong kỳ; cần bố trí thời gian cho các lớp này.",
        f"Chưa đạt chỉ tiêu 100%: các lớp mới học 5/{total} bài theo kế hoạch "
        f"({_percent(5, total)}); 0/2 lớp đã học đủ các bài.",
        f"Còn 3 chủ đề chưa có buổi học nào trong kỳ: {MISSING_5_6}; 8. Sáng tạo có trách "
        "nhiệm: quyền, ghi nguồn, pháp luật.",
        "Số học sinh có mặt ở tất cả các bài lớp mình đã học: 5/12 (41,7%).",
    ]


def test_every_lesson_but_not_every_strand_is_not_called_complete(tmp_path):
    """Five of grade 6's six lessons (its strand 8 lesson missing): no claim of the target,
    strand 8 named with 5 and 6, which grade 6 leaves to grade 7."""
    store = _school(tmp_path, "GAN", ALL[:5])
    text = _assessment(store)
    assert "đạt chỉ tiêu" not in " ".join(text).replace("Chưa đạt chỉ tiêu", "")
    assert text[1] == (
        "Chưa đạt chỉ tiêu 100%: các lớp mới học 5/6 bài theo kế hoạch (83,3%); 0/1 lớp đã "
        "học đủ các bài."
    )
    assert text[2] == (
        f"Còn 3 chủ đề chưa có buổi học nào trong kỳ: {MISSING_5_6}; 8. Sáng tạo có trách "
        "nhiệm: quyền, ghi nguồn, pháp luật."
    )


def test_plan_figures_by_class_and_grade(tmp_path):
    store = _school(tmp_path, "SO", [1, 2, 3, 1], absent_once=True, empty_class=True)
    figs = school_figures(store, load_kit(), YEAR)
    grade6 = next(g for g in figs.grades if g.grade == 6)
    grade7 = next(g for g in figs.grades if g.grade == 7)
    # lesson 1 twice is one lesson delivered; pupil 0 missed the first session of lesson 1 but
    # attended the second, so every pupil had every lesson
    assert (grade6.plan_lessons, grade6.plan_delivered, grade6.classes_complete) == (6, 3, 0)
    assert (grade6.pupils_active, grade6.pupils_all_lessons) == (6, 6)
    seventh = (grade7.plan_lessons, grade7.plan_delivered, grade7.pupils_all_lessons)
    assert seventh == (len(SEVENTH), 0, 0)
    assert sorted((c.name, c.planned, c.delivered) for c in figs.class_plan) == [
        ("6A", 6, 3),
        ("7A", len(SEVENTH), 0),
    ]
    # grade 6's plan: strands 1, 2, 3, 4, 7, 8 (lessons 1-6); none in 5 or 6
    by_strand = {(r.grade, r.strand): (r.planned, r.delivered) for r in figs.grade_strand}
    assert [by_strand.get((6, s), (0, 0)) for s in range(1, 9)] == [
        (1, 1),
        (1, 1),
        (1, 1),
        (1, 0),
        (0, 0),
        (0, 0),
        (1, 0),
        (1, 0),
    ]
    assert sum(by_strand.get((7, s), (0, 0))[1] for s in range(1, 9)) == 0


def test_the_department_assessment_follows_the_summed_figures(tmp_path):
    kit = load_kit()
    dept = open_store(tmp_path / "dept.db")
    for name, plan, seventh in (("DU", ALL, ALL_7), ("NUA", [1, 2, 3], None)):
        figures = school_figures(_school(tmp_path, name, plan, seventh=seventh), kit, YEAR)
        figures = figures.to_dict()
        dept.db.execute(
            "INSERT INTO aggregate_report (school_code, school_name, district, period, figures, "
            "package_id, sender_device, created_at, received_at) VALUES (?, ?, '', ?, ?, 'p', "
            "'d', '2026-12-01', '2026-12-02T08:00:00')",
            [name, f"Trường THCS {name}", YEAR, json.dumps(figures)],
        )
    body = build_report(dept, kit, ReportRequest("department", YEAR, "csv"), today=TODAY)
    text = [b.text for b in body.document.body if isinstance(b, Para)]
    planned = 2 * len(SIXTH) + len(SEVENTH)
    held = len(SIXTH) + len(SEVENTH) + 3
    assert (
        f"Chưa đạt chỉ tiêu 100%: các lớp mới học {held}/{planned} bài theo kế hoạch "
        f"({_percent(held, planned)}); 2/3 lớp đã học đủ các bài." in text
    )
    assert "Cả 8 chủ đề đều đã có buổi học trong kỳ." in text


@pytest.mark.parametrize("lang", ["vi", "en"])
def test_no_sentence_calls_one_session_the_target(tmp_path, lang):
    store = _school(tmp_path, "MOT", [1])
    request = ReportRequest("school", YEAR, "csv", lang)
    body = build_report(store, load_kit(), request, today=TODAY).document.body
    text = " ".join(b.text for b in body if isinstance(b, Para))
    assert ("100% target is met" if lang == "en" else "đạt chỉ tiêu 100% số bài") not in text


def test_figures_from_an_older_app_and_damaged_plan_rows(tmp_path):
    """Version 1 figures (no plan fields) still read, with zero plan figures; a class_plan row
    of the wrong type is refused as damaged figures, not a crash."""
    from skillsapp.errors import UserError
    from skillsapp.reports.figures import SchoolFigures

    data = school_figures(_school(tmp_path, "CU", [1, 2]), load_kit(), YEAR).to_dict()
    old = {**data, "version": 1, "class_plan": []}
    old.pop("class_plan")
    old["grades"] = [
        {k: v for k, v in g.items() if not k.startswith(("plan_", "pupils_", "classes_c"))}
        for g in data["grades"]
    ]
    figs = SchoolFigures.from_dict(old)
    assert figs.headline().plan_lessons == 0 and figs.class_plan == ()
    broken = {**data, "class_plan": [{"name": ["6A"], "grade": 6, "planned": 11, "delivered": 2}]}
    with pytest.raises(UserError) as caught:
        SchoolFigures.from_dict(broken)
    assert caught.value.key == "report.figures_bad"


def test_schools_that_have_not_reported_are_listed_with_their_last_package(tmp_path):
    from skillsapp.store.db import set_setting

    kit = load_kit()
    dept = open_store(tmp_path / "dept.db")
    figures = school_figures(_school(tmp_path, "A", [1]), kit, YEAR).to_dict()
    for code, period, received in (
        ("A", YEAR, "2026-12-02T08:00:00"),
        ("B", "2026-10", "2026-11-03T09:30:00"),
        ("B", "2026-09", "2026-10-01T09:30:00"),
    ):
        dept.db.execute(
            "INSERT INTO aggregate_report (school_code, school_name, district, period, figures, "
            "package_id, sender_device, created_at, received_at) VALUES (?, ?, 'Phường X', ?, ?, "
            "'p', 'd', ?, ?)",
            [code, f"Trường THCS {code}", period, json.dumps(figures), received, received],
        )
    set_setting(dept.db, "expected_schools", json.dumps([{"code": "C", "name": "Trường C"}]))
    rendered = build_report(dept, kit, ReportRequest("department", YEAR, "csv"), today=TODAY)
    missing = next(t for t in rendered.document.tables() if t.key == "missing")
    assert missing.columns[-1].title == "Gói gần nhất"
    assert [row[1:] for row in missing.rows] == [
        ("C", "Trường C", "", "chưa gửi"),
        ("B", "Trường THCS B", "Phường X", "03/11/2026"),
    ]
