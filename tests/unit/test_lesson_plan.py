"""The official lesson plan (issue 22 item 4): the primary template (Công văn 2345) for grades 1-5,
the secondary one (Công văn 5512, Phụ lục IV) for 6-12, filled from the lesson and the class, as
Word (opened with python-docx) and PDF (read back with pypdf)."""

from __future__ import annotations

import io
from dataclasses import replace

import pytest
from docx import Document as WordDocument
from pypdf import PdfReader

from skillsapp.cli import main
from skillsapp.content import load_kit
from skillsapp.errors import UserError
from skillsapp.reports.lesson_plan import PlanFacts, is_primary, lesson_plan
from skillsapp.reports.pdf import render_pdf
from skillsapp.services import school as school_service
from skillsapp.services.settings import load_profile, save_profile

SECONDARY = [
    "I. MỤC TIÊU",
    "1. Về kiến thức",
    "2. Về năng lực",
    "3. Về phẩm chất",
    "II. THIẾT BỊ DẠY HỌC VÀ HỌC LIỆU",
    "III. TIẾN TRÌNH DẠY HỌC",
    "Hoạt động 1: Mở đầu (xác định vấn đề)",
    "Hoạt động 2: Hình thành kiến thức mới",
    "Hoạt động 3: Luyện tập",
    "Hoạt động 4: Vận dụng",
]
PRIMARY = [
    "I. YÊU CẦU CẦN ĐẠT",
    "II. ĐỒ DÙNG DẠY HỌC",
    "III. CÁC HOẠT ĐỘNG DẠY HỌC CHỦ YẾU",
    "IV. ĐIỀU CHỈNH SAU BÀI DẠY (NẾU CÓ)",
]


def headings(doc) -> list[str]:
    from skillsapp.reports.document import Heading

    return [b.text for b in doc.body if isinstance(b, Heading)]


def test_the_level_decides_the_template():
    assert [is_primary(g) for g in (1, 5, 6, 9, 12)] == [True, True, False, False, False]


def test_secondary_plan_has_the_frame_in_order_with_the_four_parts_of_each_activity():
    kit = load_kit()
    lesson = kit.find_lesson("g6-9/16", None)
    doc = lesson_plan(kit, lesson, "vi", PlanFacts("Trường THCS Đằng Hải", "8A1", 8, "Lê Văn An"))
    found = [h.split(" (")[0] for h in headings(doc)]
    assert found == [h.split(" (")[0] for h in SECONDARY]
    texts = [getattr(b, "text", "") for b in doc.body]
    assert texts.count("d) Tổ chức thực hiện:") == 4
    assert any(t.startswith("a) Mục tiêu: ") for t in texts)
    # each step's title appears under its activity, with its minutes
    for step in lesson.steps:
        assert f"{step.title.vi} ({step.minutes}′)" in texts
    assert "Lê Văn An" in texts[1] and "8A1" in texts[0] and "khối 8" in texts[0]
    assert doc.letterhead.agency == "TRƯỜNG THCS ĐẰNG HẢI"
    assert "5512/BGDĐT-GDTrH" in doc.letterhead.notice


def test_primary_plan_is_a_teacher_and_pupils_table_with_each_step():
    kit = load_kit()
    lesson = kit.find_lesson("g3-5/01", None)
    doc = lesson_plan(kit, lesson, "vi", PlanFacts("Trường TH Cát Bi", "4A", 4, "Phạm Thị Hoa"))
    assert headings(doc) == PRIMARY
    assert "2345/BGDĐT-GDTH" in doc.letterhead.notice
    (table,) = doc.tables()
    assert [c.title for c in table.columns] == [
        "Thời gian",
        "Hoạt động của giáo viên",
        "Hoạt động của học sinh",
    ]
    first_lines = [row[1].split("\n")[0] for row in table.rows]
    assert "1. KHỞI ĐỘNG" in first_lines
    for step in lesson.steps:
        assert step.title.vi in first_lines
    assert sum(int(row[0].rstrip("′")) for row in table.rows if row[2]) == sum(
        s.minutes for s in lesson.steps
    )


def test_english_plan_uses_english_headings():
    kit = load_kit()
    lesson = kit.find_lesson("g6-9/16", None)
    doc = lesson_plan(kit, lesson, "en", PlanFacts(grade=8))
    assert headings(doc)[:2] == ["I. OBJECTIVES", "1. Knowledge"]
    assert doc.title == "LESSON PLAN"


def _grade4_class(store):
    school = school_service.current_school(store)
    return school_service.create_class(
        store,
        school_id=school.id,
        school_year="2026-2027",
        grade=4,
        name="4B",
        homeroom_teacher="Cô Hoa",
    )


def test_cli_writes_word_and_pdf_for_both_templates(demo_store, demo_db, tmp_path, capsys):
    _grade4_class(demo_store)
    save_profile(demo_store, replace(load_profile(demo_store), teacher_name="Ngô Minh Tâm"))
    word = tmp_path / "plan.docx"
    pdf = tmp_path / "plan.pdf"
    base = ["print", "lesson-plan", "--db", str(demo_db), "--lang", "vi"]
    assert main([*base, "--class", "4B", "--lesson", "g3-5/01", "--out", str(word)]) == 0
    assert main([*base, "--class", "8A1", "--lesson", "g6-9/16", "--out", str(pdf)]) == 0
    paragraphs = [p.text for p in WordDocument(str(word)).paragraphs]
    for heading in PRIMARY:
        assert heading in paragraphs
    assert any("Ngô Minh Tâm" in p for p in paragraphs)
    text = "".join(page.extract_text() for page in PdfReader(io.BytesIO(pdf.read_bytes())).pages)
    for heading in ("MỤC TIÊU", "TIẾN TRÌNH DẠY HỌC", "Hoạt động 4"):
        assert heading in text
    assert "8A1" in text


def test_cli_refuses_another_extension_and_an_unknown_class(demo_db, tmp_path):
    base = ["print", "lesson-plan", "--db", str(demo_db), "--lesson", "g6-9/16"]
    with pytest.raises(UserError):
        from skillsapp.cli import build_parser
        from skillsapp.reports.commands import cmd_lesson_plan

        cmd_lesson_plan(
            build_parser().parse_args([*base, "--class", "8A1", "--out", str(tmp_path / "x.txt")])
        )
    assert main([*base, "--class", "no-such-class", "--out", str(tmp_path / "x.docx")]) != 0
    assert not (tmp_path / "x.docx").exists()


def test_a_pdf_renders_with_line_breaks_in_table_cells():
    kit = load_kit()
    lesson = kit.find_lesson("g3-5/01", None)
    data, pages = render_pdf(lesson_plan(kit, lesson, "en", PlanFacts("School", "4A", 4, "T")))
    assert pages >= 2 and data.startswith(b"%PDF")
