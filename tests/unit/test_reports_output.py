"""The report files: Vietnamese text in the PDF, the same numbers in PDF, XLSX and CSV, no pupil
names above the class, small groups hidden, and bad input handled without half-written files."""

from __future__ import annotations

import csv
import io
import json
import os
import unicodedata
from dataclasses import replace
from datetime import date

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from openpyxl import load_workbook
from pypdf import PdfReader

from skillsapp.content import load_kit
from skillsapp.domain.records import Pupil, School, SessionInput
from skillsapp.errors import UserError
from skillsapp.reports.build import ReportRequest, build_report, save_report
from skillsapp.reports.csv_out import BOM
from skillsapp.reports.document import HIDDEN, SMALL, Pct, Table, format_cell
from skillsapp.reports.figures import school_figures
from skillsapp.reports.suppress import column_totals, protect, row_sums
from skillsapp.services import school as school_service
from skillsapp.services.sessions import list_sessions, record_session
from skillsapp.store import open_store
from skillsapp.store.db import set_setting

TODAY = date(2026, 11, 24)
YEAR = "2026-2027"


def pdf_text(data: bytes) -> str:
    return "\n".join(page.extract_text() for page in PdfReader(io.BytesIO(data)).pages)


def pdf_tokens(data: bytes) -> list[str]:
    return [line.strip() for line in pdf_text(data).splitlines() if line.strip()]


def csv_sections(data: bytes) -> dict[str, list[list[str]]]:
    """CSV blocks by caption: the rows after each "Bảng n. ..." line up to the blank line."""
    assert data.startswith(BOM.encode("utf-8"))
    text = data.decode("utf-8-sig")
    rows = list(csv.reader(io.StringIO(text), delimiter=";" if "Excel tiếng Việt" in text else ","))
    sections: dict[str, list[list[str]]] = {}
    current: list[list[str]] | None = None
    for row in rows:
        if not row:
            current = None
        elif current is None and len(row) == 1 and row[0].startswith(("Bảng ", "Table ")):
            current = sections.setdefault(row[0], [])
        elif current is not None:
            current.append(row)
    return sections


def xlsx_sheets(data: bytes) -> dict[str, list[tuple]]:
    book = load_workbook(io.BytesIO(data))
    return {ws.title: list(ws.iter_rows(values_only=True)) for ws in book.worksheets}


def xlsx_formats(data: bytes) -> dict[str, list[tuple]]:
    book = load_workbook(io.BytesIO(data))
    return {ws.title: [tuple(c.number_format for c in r) for r in ws.iter_rows()] for ws in book}


def docx_tables(data: bytes) -> list[list[list[str]]]:
    """The report tables of a .docx (without the letterhead and signature tables): as text."""
    from docx import Document as WordDocument

    word = WordDocument(io.BytesIO(data))
    tables = [t for t in word.tables if t.style is not None and t.style.name == "Table Grid"]
    return [[[cell.text for cell in row.cells] for row in t.rows] for t in tables]


def _make(store, kit, kind: str, fmt: str, lang: str = "vi", period: str = YEAR, cls: str = ""):
    request = ReportRequest(kind, period, fmt, lang, class_name=cls)
    return build_report(store, kit, request, today=TODAY)


@pytest.fixture
def kit():
    return load_kit()


@pytest.fixture
def out_dir(tmp_path):
    """An empty folder for outputs (tmp_path also holds the demo database)."""
    folder = tmp_path / "out"
    folder.mkdir()
    return folder


@pytest.fixture
def department_store(demo_store, kit, tmp_path):
    """A department database holding the demo school's figures and one other school's."""
    store = open_store(tmp_path / "dept.db")
    figures = school_figures(demo_store, kit, YEAR).to_dict()
    for code, name in (("HP-LC-THCS-DEMO", "Trường THCS Hoa Phượng"), ("HP-2", "Trường THCS Vĩnh")):
        store.db.execute(
            "INSERT INTO aggregate_report (school_code, school_name, district, period, figures, "
            "package_id, sender_device, created_at, received_at) VALUES (?, ?, '', ?, ?, 'p', "
            "'d', '2026-11-20', '2026-11-21')",
            [code, name, YEAR, json.dumps({**figures, "school_code": code, "school_name": name})],
        )
    store.db.execute(
        "INSERT INTO aggregate_report (school_code, school_name, district, period, figures, "
        "package_id, sender_device, created_at, received_at) VALUES ('HP-OLD', 'Trường Cũ', "
        "'', '2025-2026', ?, 'p', 'd', 'c', 'r')",
        [json.dumps(figures)],
    )
    yield store
    store.close()


# --- PDF text ----------------------------------------------------------------------------------


def test_school_pdf_has_the_official_vietnamese_layout_text(demo_store, kit):
    set_setting(demo_store.db, "principal_name", "Nguyễn Thị Thu Hà")
    set_setting(demo_store.db, "place", "Hải Phòng")
    rendered = _make(demo_store, kit, "school", "pdf")
    text = " ".join(pdf_text(rendered.data).split())  # table cells wrap
    assert unicodedata.is_normalized("NFC", text)
    for expected in (
        "UBND PHƯỜNG LÊ CHÂN",
        "TRƯỜNG THCS HOA PHƯỢNG",
        "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
        "Độc lập - Tự do - Hạnh phúc",
        "/BC-THCSHP",
        "Hải Phòng, ngày 24 tháng 11 năm 2026",
        "BÁO CÁO",
        "Kết quả giáo dục kỹ năng số, bảo vệ trẻ em trên môi trường mạng",
        "Kỳ báo cáo: năm học 2026-2027 (từ 05/09/2026 đến 31/05/2027)",
        "I. KẾT QUẢ THỰC HIỆN",
        "II. TÌNH HÌNH THỰC HIỆN CÁC NHIỆM VỤ CỦA CHƯƠNG TRÌNH",
        "Tuyên truyền Tổng đài điện thoại quốc gia bảo vệ trẻ em 111",
        "Nơi nhận:",
        "- UBND phường Lê Chân (để b/c);",
        "- Lưu: VT.",
        "HIỆU TRƯỞNG",
        "Nguyễn Thị Thu Hà",
    ):
        assert expected in text, expected
    assert rendered.pages >= 2
    assert "nhóm dưới 5 học sinh" not in text  # nothing hidden, so no note about hiding
    lines = [
        p.extract_text().splitlines()[0].strip() for p in PdfReader(io.BytesIO(rendered.data)).pages
    ]
    assert lines[1:] == [str(n) for n in range(2, rendered.pages + 1)]  # numbers from page 2
    assert lines[0] != "1"


def test_pdf_embeds_its_fonts(demo_store, kit):
    reader = PdfReader(io.BytesIO(_make(demo_store, kit, "school", "pdf").data))
    fonts = reader.pages[0]["/Resources"]["/Font"]
    assert fonts
    for ref in fonts.values():
        font = ref.get_object()
        assert "LiberationSerif" in font["/BaseFont"] or "Times" in font["/BaseFont"]
        assert "/FontFile2" in font["/FontDescriptor"].get_object()


def test_english_version_has_the_same_layout_in_english(demo_store, kit):
    text = pdf_text(_make(demo_store, kit, "school", "pdf", "en").data)
    for expected in (
        "SOCIALIST REPUBLIC OF VIETNAM",
        "Independence - Freedom - Happiness",
        "REPORT",
        "Recipients:",
        "PRINCIPAL",
        "Hải Phòng, 24 November 2026",
        "I. RESULTS",
    ):
        assert expected in text, expected
    assert "BÁO CÁO" not in text


def test_the_class_report_is_marked_personal_on_every_page(demo_store, kit):
    name = school_service.classes(demo_store)[0].name
    rendered = _make(demo_store, kit, "class", "pdf", cls=name)
    reader = PdfReader(io.BytesIO(rendered.data))
    for page in reader.pages:
        assert "chỉ dùng trong nhà trường" in page.extract_text()
    text = pdf_text(rendered.data)
    assert "TÀI LIỆU CÓ THÔNG TIN CÁ NHÂN CỦA HỌC SINH" in " ".join(text.split())
    for pupil in school_service.pupils(demo_store, school_service.classes(demo_store)[0].id):
        assert pupil.full_name in text


# --- the three formats agree ------------------------------------------------------------------


def _numbers(table_rows: list[list[str]]) -> list[str]:
    return [cell for row in table_rows for cell in row if cell and cell[0].isdigit()]


@pytest.mark.parametrize(("kind", "cls"), [("school", ""), ("class", "6A1"), ("department", "")])
def test_pdf_xlsx_and_csv_show_the_same_numbers(demo_store, department_store, kit, kind, cls):
    store = department_store if kind == "department" else demo_store
    if cls:
        cls = school_service.classes(store)[0].name
    pdf = _make(store, kit, kind, "pdf", cls=cls)
    csv_data = _make(store, kit, kind, "csv", cls=cls).data
    sections = csv_sections(csv_data)
    csv_first = list(csv.reader(io.StringIO(csv_data.decode("utf-8-sig")), delimiter=";"))[:8]
    period_row = next(i for i, r in enumerate(csv_first) if r[0] == "Kỳ báo cáo")
    xlsx_data = _make(store, kit, kind, "xlsx", cls=cls).data
    sheets = xlsx_sheets(xlsx_data)
    formats = xlsx_formats(xlsx_data)
    tables = pdf.document.tables()
    assert len(sections) == len(tables) == len(sheets) - 1
    for (caption, rows), (sheet, values), table in zip(
        sections.items(), list(sheets.items())[1:], tables, strict=True
    ):
        words = caption.split(" ", 2)[2]  # "Bảng 1. Lớp học theo khối" -> "Lớp học theo khối"
        number = caption.split(" ")[1]
        assert len(sheet) <= 31 and sheet.startswith(number + " ")
        assert (number + " " + words).startswith(sheet)  # cut only at the end
        assert sheet == number + " " + words or (number + " " + words)[len(sheet)] == " "
        assert [v for v in values[0] if v][1] == csv_first[1][1]  # the school or agency
        assert [v for v in values[1] if v][1] == csv_first[period_row][1]  # the period
        values = values[2 : len(table.rows) + 3]  # below the head rows; a note may follow
        assert len(rows) == len(values) == len(table.rows) + 1
        for csv_row, xlsx_row, cells in zip(rows[1:], values[1:], table.rows, strict=True):
            for csv_cell, xlsx_cell, cell, column in zip(
                csv_row, xlsx_row, cells, table.columns, strict=True
            ):
                _assert_same(csv_cell, xlsx_cell, cell, column.kind)
        for row, cells in zip(formats[sheet][3:], table.rows, strict=False):
            for number_format, cell in zip(row, cells, strict=False):
                if isinstance(cell, Pct) and cell.value is not None:
                    assert number_format == "0.0%"
                elif isinstance(cell, int) and not isinstance(cell, bool):
                    assert number_format == "#,##0"
    tokens = pdf_tokens(pdf.data)
    _assert_in_order(tokens, tables)
    word = docx_tables(_make(store, kit, kind, "docx", cls=cls).data)
    assert len(word) == len(tables)
    for grid, table in zip(word, tables, strict=True):
        assert grid[0] == [c.title for c in table.columns]
        assert grid[1:] == [[format_cell(v, "vi") for v in row] for row in table.rows]


def _assert_same(csv_cell: str, xlsx_cell: object, cell: object, kind: str) -> None:
    if isinstance(cell, Pct) and cell.value is not None:
        assert isinstance(xlsx_cell, (int, float))
        assert "." not in csv_cell  # Vietnamese Excel: a decimal comma
        assert float(csv_cell.replace(",", ".")) == pytest.approx(round(xlsx_cell * 100, 1))
    elif isinstance(cell, int):
        assert xlsx_cell == int(csv_cell) == cell
    else:
        assert (xlsx_cell or "") == csv_cell


def _assert_in_order(tokens: list[str], tables: list[Table]) -> None:
    """Every number of every table appears in the PDF, in the tables' order."""
    position = 0
    for table in tables:
        for row in table.rows:
            for cell in row:
                if isinstance(cell, (int, Pct)):
                    wanted = format_cell(cell, "vi")
                    position = tokens.index(wanted, position) + 1


def test_school_tables_hold_the_figures(demo_store, kit):
    rendered = _make(demo_store, kit, "school", "xlsx")
    h = rendered.figures.headline()
    by_key = {t.key: t for t in rendered.document.tables()}
    total = by_key["classes"].rows[-1]
    assert total[1:3] == (h.classes, h.classes_covered)
    assert total[4] == h.sessions
    assert by_key["attendance"].rows[-1][1:3] == (h.attended, h.counted)
    assert by_key["sessions"].rows[-1][-1] == h.sessions
    assert by_key["pupils"].rows[-1][6] == h.reached
    assert by_key["pupils"].rows[-1][7] == Pct.of(h.reached, h.enrolled)


# --- privacy -----------------------------------------------------------------------------------


def _all_text(store, kit, kind: str) -> str:
    parts = []
    for fmt in ("pdf", "xlsx", "csv"):
        data = _make(store, kit, kind, fmt).data
        if fmt == "pdf":
            parts.append(pdf_text(data))
        elif fmt == "csv":
            parts.append(data.decode("utf-8-sig"))
        else:
            parts += [str(v) for rows in xlsx_sheets(data).values() for r in rows for v in r]
    return "\n".join(parts)


def test_no_pupil_name_or_code_in_school_or_department_outputs(demo_store, department_store, kit):
    pupils = demo_store.db.execute("SELECT full_name, code FROM pupil").fetchall()
    assert len(pupils) >= 100
    for store, kind in ((demo_store, "school"), (department_store, "department")):
        text = _all_text(store, kit, kind)
        for name, code in pupils:
            assert name not in text
            assert not code or code not in text


@pytest.fixture
def tiny_school(tmp_path):
    """A school with a class of three girls (every figure of grade 6 is a small group) and a
    class of twelve in grade 7, whose figures and the totals could give grade 6 away."""
    store = open_store(tmp_path / "tiny.db")
    school = school_service.save_school(
        store, School(id="", code="T-1", name="Trường TH Nhỏ", province="Hải Phòng")
    )
    lesson = load_kit().band_plan("g6-9")[0].id
    classes = (
        ("6A", 6, [("Lò Thị Mai", "F"), ("Giàng Thị Páo", "F"), ("Vàng Thị Dua", "F")]),
        ("7A", 7, [(f"Hà Văn Số {i}", "FM"[i % 2]) for i in range(12)]),
    )
    for name, grade, roster in classes:
        cls = school_service.create_class(
            store, school_id=school.id, school_year=YEAR, grade=grade, name=name
        )
        school_service.add_pupils(
            store, [Pupil(id="", class_id=cls.id, full_name=n, gender=g) for n, g in roster]
        )
        attendance = {p.id: "present" for p in school_service.pupils(store, cls.id)}
        record_session(
            store,
            SessionInput(
                kind="lesson",
                held_on=date(2026, 10, 5),
                class_id=cls.id,
                lesson_id=lesson,
                attendance=attendance,
            ),
        )
    yield store
    store.close()


def _hidden(cell: object) -> bool:
    return cell in (SMALL, HIDDEN)


def _assert_nothing_given_back(table: Table, sums: tuple = ()) -> None:
    """No column (rows and total) and no row sum hides exactly one cell: none can be solved."""
    for c, column in enumerate(table.columns):
        if column.kind == "int":
            assert sum(_hidden(row[c]) for row in table.rows) != 1, column.title
    for parts, whole in sums:
        for row in table.rows:
            assert sum(_hidden(row[i]) for i in (*parts, whole)) != 1, row


def test_groups_under_five_pupils_are_shown_as_small(tiny_school, kit):
    rendered = _make(tiny_school, kit, "school", "csv")
    tables = {t.key: t for t in rendered.document.tables()}
    assert tables["pupils"].rows[0][1:] == (SMALL, 0, SMALL, SMALL, 0, SMALL, SMALL)
    assert tables["attendance"].rows[0][1:] == (SMALL,) * 4
    _assert_nothing_given_back(tables["pupils"], (((1, 2), 3), ((4, 5), 6)))
    _assert_nothing_given_back(tables["attendance"])
    assert HIDDEN in tables["pupils"].rows[1]  # grade 7 gives way so the total can stay
    assert tables["pupils"].rows[-1][6] == 15
    assert rendered.figures.headline().reached == 15  # the data keeps the exact numbers
    text = _all_text(tiny_school, kit, "school")
    assert SMALL in text and "nhóm dưới 5 học sinh" in " ".join(text.split())
    assert "Lò Thị Mai" not in text


@settings(max_examples=200, deadline=None)
@given(st.lists(st.lists(st.integers(0, 30), min_size=3, max_size=3), min_size=1, max_size=6))
def test_protect_never_leaves_a_hidden_cell_solvable(parts):
    """Any table of girls, boys and all per row, with a total row: after protection no
    relation hides exactly one cell, and every small cell is hidden."""
    rows = [[f, m, f + m + x] for f, m, x in parts]
    rows.append([sum(r[c] for r in rows) for c in range(3)])
    primary = {(r, c) for r, row in enumerate(rows) for c, v in enumerate(row) if 0 < v < 5}
    relations = [*column_totals(len(rows), range(3)), *row_sums(len(rows), (0, 1), 2)]
    hidden = protect(rows, primary, relations)
    assert primary <= hidden
    for members, whole in relations:
        assert sum(cell in hidden for cell in (*members, whole)) != 1


def test_the_class_report_is_not_suppressed(tiny_school, kit):
    rendered = _make(tiny_school, kit, "class", "csv", cls="6A")
    assert "Lò Thị Mai" in rendered.data.decode("utf-8-sig")
    assert SMALL not in rendered.data.decode("utf-8-sig")


# --- bad input ---------------------------------------------------------------------------------


def test_a_period_without_data_says_so(demo_store, kit):
    for kind, cls in (("school", ""), ("class", "6A1")):
        if cls:
            cls = school_service.classes(demo_store)[0].name
        text = pdf_text(_make(demo_store, kit, kind, "pdf", period="2019-2020", cls=cls).data)
        assert "chưa" in text and ("chưa ghi nhận" in text or "chưa có buổi học" in text)
    csv_text = _make(demo_store, kit, "school", "csv", period="2019-2020").data.decode("utf-8-sig")
    assert "Kỳ báo cáo" in csv_text


@pytest.mark.parametrize(
    ("request_", "key"),
    [
        (ReportRequest("class", YEAR, "pdf", class_name="12Z9"), "class.unknown"),
        (ReportRequest("class", YEAR, "pdf"), "report.need_class"),
        (ReportRequest("school", "2026-13", "pdf"), "period.bad"),
        (ReportRequest("school", "2026-2028", "pdf"), "period.bad"),
        (ReportRequest("school", YEAR, "odt"), "report.bad_format"),
        (ReportRequest("everything", YEAR, "pdf"), "report.bad_kind"),
    ],
)
def test_bad_requests_are_one_line_errors(demo_store, kit, out_dir, request_, key):
    with pytest.raises(UserError) as caught:
        save_report(demo_store, kit, request_, out_dir / f"out.{request_.fmt}")
    assert caught.value.key == key
    assert "\n" not in caught.value.message("vi") and "\n" not in caught.value.message("en")
    assert list(out_dir.iterdir()) == []


def test_a_failed_write_leaves_no_partial_file_and_the_old_one_intact(
    demo_store, kit, out_dir, monkeypatch
):
    target = out_dir / "report.pdf"
    target.write_bytes(b"old report")

    def locked(src, dst):  # what Windows does while the PDF is open in a viewer
        raise PermissionError(13, "The process cannot access the file")

    monkeypatch.setattr(os, "replace", locked)
    with pytest.raises(UserError) as caught:
        save_report(demo_store, kit, ReportRequest("school", YEAR, "pdf"), target)
    assert caught.value.key == "io.cannot_write"
    assert str(target) in caught.value.message("en")
    assert target.read_bytes() == b"old report"
    assert [p.name for p in out_dir.iterdir()] == ["report.pdf"]


@pytest.mark.parametrize("out", ["missing-folder/r.pdf", "r.xlsx", "."])
def test_bad_output_paths_are_refused_before_any_work(demo_store, kit, tmp_path, out):
    with pytest.raises(UserError) as caught:
        save_report(demo_store, kit, ReportRequest("school", YEAR, "pdf"), tmp_path / out)
    assert caught.value.key in ("report.no_folder", "report.bad_out", "report.out_is_dir")


def test_saved_files_are_complete(demo_store, kit, out_dir):
    for fmt in ("pdf", "xlsx", "csv"):
        out = out_dir / f"r.{fmt}"
        rendered = save_report(demo_store, kit, ReportRequest("school", YEAR, fmt), out)
        assert out.read_bytes() == rendered.data
    assert sorted(p.name for p in out_dir.iterdir()) == ["r.csv", "r.pdf", "r.xlsx"]


# --- printables --------------------------------------------------------------------------------


def test_printables_show_the_class_and_the_lesson(demo_store, kit):
    from skillsapp.reports.pdf import render_pdf
    from skillsapp.reports.printables import attendance_sheet, family_note, handout, quiz_sheet

    cls = school_service.classes(demo_store)[0]
    roster = school_service.pupils(demo_store, cls.id, include_inactive=False)
    lesson = kit.band_plan(kit.band_for_grade(cls.grade).id)[0]
    sheet = pdf_text(render_pdf(attendance_sheet("Trường X", cls, roster, "vi"))[0])
    assert "SỔ ĐIỂM DANH" in sheet and all(p.full_name in sheet for p in roster)
    quiz = pdf_text(render_pdf(quiz_sheet("Trường X", cls, roster, lesson, "vi"))[0])
    assert lesson.title.vi in quiz and roster[-1].full_name in quiz
    paper = pdf_text(render_pdf(handout(kit, lesson, "vi", "Trường X"))[0])
    assert lesson.quiz[0].prompt.vi.split("**")[0][:30] in paper
    assert "111" in paper
    for item in lesson.quiz:
        assert item.feedback.vi[:40] not in paper  # no answers or feedback on the pupil sheet
    note = pdf_text(render_pdf(family_note(kit, lesson, "en", "School X", cls.name))[0])
    assert lesson.title.en in note and "111" in note


def test_a_small_school_is_not_given_back_by_the_department_total(tiny_school, kit, tmp_path):
    """Schools of 15, 3 and 40 pupils reached: the 3 is "<5" and one more school is hidden."""
    store = open_store(tmp_path / "dept-small.db")
    base = school_figures(tiny_school, kit, YEAR)
    for code, scale in (("A", 1), ("B", 0), ("C", 2)):
        grades = tuple(
            replace(g, reached_f=3, reached_m=0, reached_x=0)
            if scale == 0
            else replace(g, reached_f=g.reached_f * scale, reached_m=g.reached_m * scale)
            for g in base.grades[: 1 if scale == 0 else None]
        )
        figs = replace(base, school_code=code, school_name=f"Trường {code}", grades=grades)
        store.db.execute(
            "INSERT INTO aggregate_report (school_code, school_name, district, period, figures, "
            "package_id, sender_device, created_at, received_at) VALUES (?, ?, '', ?, ?, 'p', "
            "'d', 'c', 'r')",
            [code, figs.school_name, YEAR, json.dumps(figs.to_dict())],
        )
    document = _make(store, kit, "department", "csv").document
    schools = next(t for t in document.tables() if t.key == "schools")
    reached = [row[6] for row in schools.rows]
    assert reached.count(SMALL) == 1 and reached.count(HIDDEN) == 1
    store.close()


# --- Word --------------------------------------------------------------------------------------


@pytest.mark.parametrize("kind", ["school", "class", "department"])
def test_the_word_file_is_an_official_document_to_finish(demo_store, department_store, kit, kind):
    from docx import Document as WordDocument

    store = department_store if kind == "department" else demo_store
    cls = school_service.classes(store)[0].name if kind == "class" else ""
    rendered = _make(store, kit, kind, "docx", cls=cls)
    word = WordDocument(io.BytesIO(rendered.data))
    section = word.sections[0]
    sizes = [
        round(getattr(section, name).mm, 1)
        for name in ("page_width", "page_height", "left_margin", "right_margin", "top_margin")
    ]
    assert sizes == [210, 297, 30, 15, 20]
    assert round(section.bottom_margin.mm, 1) == 20
    assert word.styles["Normal"].font.name == "Times New Roman"
    head, *_, signature = word.tables
    head_text = " ".join(cell.text for cell in head.rows[0].cells)
    if kind == "class":
        assert "TÀI LIỆU CÓ THÔNG TIN CÁ NHÂN CỦA HỌC SINH" in head_text
    else:
        assert "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM" in head_text
        assert "Độc lập - Tự do - Hạnh phúc" in head_text
        assert "Số:" in head_text and "ngày 24 tháng 11 năm 2026" in head_text
        assert "Nơi nhận:" in signature.rows[0].cells[0].text
    signer = signature.rows[0].cells[1].paragraphs
    texts = [p.text for p in signer]
    assert texts[-1].strip()  # the name, or a dotted line to write it on
    blank = [t for t in texts if not t.strip()]
    assert len(blank) >= 4  # room to sign
    body = "\n".join(p.text for p in word.paragraphs)
    assert "BÁO CÁO" in body
    if kind != "class":
        assert "I. KẾT QUẢ THỰC HIỆN" in body
    pictures = [s for s in word.inline_shapes]
    assert pictures  # the charts, as pictures beside their tables


# --- spreadsheets -------------------------------------------------------------------------------


def test_csv_dialects_say_which_they_are(demo_store, kit):
    vi = _make(demo_store, kit, "school", "csv").data.decode("utf-8-sig").splitlines()
    assert vi[0] == "Báo cáo;Kết quả giáo dục kỹ năng số, bảo vệ trẻ em trên môi trường mạng"
    assert vi[1] == "Đơn vị;Trường THCS Hoa Phượng (trường mẫu)"
    assert vi[2] == "Kỳ báo cáo;năm học 2026-2027"
    assert 'Định dạng CSV;"Excel tiếng Việt: dấu ; ngăn cột, dấu , thập phân"' in vi
    # the classes, those taught, their share and the lesson sessions, counted from the store (the
    # demo teaches each class its own grade's plan, which grows as lessons are written)
    classes = school_service.classes(demo_store)
    held = [s for s in list_sessions(demo_store) if s.kind == "lesson"]
    taught = len({s.class_id for s in held})
    share = 100 * taught / len(classes)
    total = f"{len(classes)};{taught};{share:.1f};{len(held)}".replace(".", ",")
    assert taught and any(line.startswith(f"Tổng;{total}") for line in vi)
    request = ReportRequest("school", YEAR, "csv", "vi", csv_dialect="standard")
    std = build_report(demo_store, kit, request, today=TODAY).data.decode("utf-8-sig")
    assert 'Định dạng CSV,"Chuẩn: dấu , ngăn cột, dấu . thập phân"' in std.splitlines()
    standard = f"{len(classes)},{taught},{share:.1f},{len(held)}"
    assert any(line.startswith(f"Tổng,{standard}") for line in std.splitlines())


def test_sheet_names_are_short_and_whole():
    from skillsapp.reports.xlsx import sheet_name

    taken: set[str] = set()
    long = "7. Học sinh được học theo khối và giới tính"
    assert sheet_name(long, taken) == "7. Học sinh được học theo khối"
    assert sheet_name(long, taken) == "7. Học sinh được học theo (2)"
    assert sheet_name("Bảng: a/b", taken) == "Bảng a b"
