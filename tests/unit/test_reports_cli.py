"""`skillsapp report`, `print` and `plan` from the command line: files made, one-line errors."""

from __future__ import annotations

import io

import pytest
from pypdf import PdfReader

from skillsapp.cli import main
from skillsapp.content import load_kit
from skillsapp.services import school as school_service
from skillsapp.services.sessions import delete_session, list_sessions


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    captured = capsys.readouterr()
    return code, captured.out, captured.err


@pytest.mark.parametrize("kind", ["school", "class"])
@pytest.mark.parametrize("fmt", ["pdf", "docx", "xlsx", "csv"])
def test_report_makes_each_kind_in_each_format(demo_db, tmp_path, capsys, kind, fmt):
    out = tmp_path / "out" / f"report.{fmt}"
    out.parent.mkdir()
    extra = ["--class", "6A1"] if kind == "class" else []
    code, stdout, stderr = run(
        capsys,
        "report",
        "--db",
        str(demo_db),
        "--kind",
        kind,
        "--period",
        "2026-2027/hk1",
        "--format",
        fmt,
        "--out",
        str(out),
        "--lang",
        "en",
        *extra,
    )
    assert (code, stderr) == (0, "")
    assert str(out) in stdout
    assert out.stat().st_size > 500
    assert [p.name for p in out.parent.iterdir()] == [out.name]


def test_department_report_from_the_cli(tmp_path, capsys):
    out = tmp_path / "dept.pdf"
    db = tmp_path / "dept.db"
    from skillsapp.store import open_store

    open_store(db).close()
    code, _, stderr = run(
        capsys,
        "report",
        "--db",
        str(db),
        "--kind",
        "department",
        "--period",
        "2026-2027",
        "--format",
        "pdf",
        "--out",
        str(out),
    )
    assert (code, stderr) == (0, "")
    text = PdfReader(io.BytesIO(out.read_bytes())).pages[0].extract_text()
    assert "No lesson or activity" in text or "chưa ghi nhận" in text


@pytest.mark.parametrize(
    ("args", "words"),
    [
        (["--kind", "class", "--class", "12Z9"], "12Z9"),
        (["--kind", "school", "--period", "2026-13"], "2026-13"),
        (["--kind", "class"], "--class"),
    ],
)
def test_bad_input_is_one_line_and_exit_1(demo_db, tmp_path, capsys, args, words):
    argv = ["report", "--db", str(demo_db), "--format", "pdf", "--out", str(tmp_path / "x.pdf")]
    if "--period" not in args:
        argv += ["--period", "2026-2027"]
    code, stdout, stderr = run(capsys, *argv, *args)
    assert code == 1 and stdout == ""
    assert stderr.count("\n") == 1 and words in stderr
    assert not (tmp_path / "x.pdf").exists()


def test_a_missing_database_is_not_created(tmp_path, capsys):
    db = tmp_path / "nothing.db"
    code, _, stderr = run(
        capsys,
        "report",
        "--db",
        str(db),
        "--kind",
        "school",
        "--period",
        "2026-2027",
        "--format",
        "csv",
        "--out",
        str(tmp_path / "r.csv"),
    )
    assert code == 1 and str(db) in stderr
    assert not db.exists()


def test_unknown_kind_or_format_is_a_usage_error(demo_db, tmp_path, capsys):
    with pytest.raises(SystemExit) as caught:
        main(
            [
                "report",
                "--db",
                str(demo_db),
                "--kind",
                "city",
                "--period",
                "2026-2027",
                "--format",
                "pdf",
                "--out",
                str(tmp_path / "x.pdf"),
            ]
        )
    assert caught.value.code == 2


def test_print_commands_make_pdfs_and_html(demo_db, demo_store, tmp_path, capsys):
    kit = load_kit()
    lesson = kit.band_plan("g6-9")[0].id
    cls = next(c for c in school_service.classes(demo_store) if c.name == "6A1")
    last = kit.grade_plan(cls.grade)[-1].id  # so "--class" alone has a next lesson to print
    for summary in list_sessions(demo_store, class_id=cls.id):
        if summary.lesson_id == last:
            delete_session(demo_store, summary.id)
    jobs = [
        ["attendance-sheet", "--db", str(demo_db), "--class", "6A1", "--out", "a.pdf"],
        ["quiz-sheet", "--db", str(demo_db), "--class", "6A1", "--out", "q.pdf"],
        [
            "quiz-sheet",
            "--db",
            str(demo_db),
            "--class",
            "6A1",
            "--lesson",
            lesson,
            "--out",
            "q2.pdf",
        ],
        ["handout", "--lesson", lesson, "--out", "h.pdf", "--db", str(demo_db)],
        ["handout", "--lesson", lesson, "--out", "h.html"],
        [
            "family-note",
            "--lesson",
            lesson,
            "--db",
            str(demo_db),
            "--class",
            "6A1",
            "--out",
            "f.pdf",
            "--lang",
            "en",
        ],
    ]
    for job in jobs:
        job[job.index("--out") + 1] = str(tmp_path / job[job.index("--out") + 1])
        code, _, stderr = run(capsys, "print", *job)
        assert (code, stderr) == (0, ""), job
    assert (tmp_path / "h.html").read_text(encoding="utf-8").lstrip().lower().startswith("<")
    note = PdfReader(io.BytesIO((tmp_path / "f.pdf").read_bytes())).pages[0].extract_text()
    assert "6A1" in note


def test_print_refuses_an_unknown_lesson(tmp_path, capsys):
    code, _, stderr = run(
        capsys, "print", "handout", "--lesson", "g6-9/nope", "--out", str(tmp_path / "h.pdf")
    )
    assert code == 1 and "g6-9/nope" in stderr
    assert list(tmp_path.iterdir()) == []


def test_plan_set_and_list(demo_db, capsys):
    code, out, _ = run(
        capsys,
        "plan",
        "set",
        "--db",
        str(demo_db),
        "--year",
        "2026-2027",
        "--task",
        "filtering",
        "--status",
        "done",
        "--note",
        "Lọc DNS",
    )
    assert code == 0 and "filtering" in out
    code, out, _ = run(
        capsys, "plan", "list", "--db", str(demo_db), "--year", "2026-2027", "--lang", "vi"
    )
    line = next(x for x in out.splitlines() if x.startswith("filtering"))
    assert "Đã thực hiện" in line and "Lọc DNS" in line


def test_department_report_as_word_from_the_cli(tmp_path, capsys):
    from docx import Document as WordDocument

    from skillsapp.store import open_store

    out, db = tmp_path / "dept.docx", tmp_path / "dept.db"
    open_store(db).close()
    args = ["--kind", "department", "--period", "2026-2027", "--format", "docx"]
    code, stdout, stderr = run(capsys, "report", "--db", str(db), *args, "--out", str(out))
    assert (code, stderr) == (0, "") and str(out) in stdout
    text = "\n".join(p.text for p in WordDocument(str(out)).paragraphs)
    assert "BÁO CÁO" in text or "REPORT" in text


def test_a_period_not_begun_is_refused_naming_the_range(demo_db, tmp_path, capsys):
    args = ["--kind", "school", "--period", "2030-2031", "--format", "pdf", "--lang", "en"]
    out = tmp_path / "r.pdf"
    code, _, stderr = run(capsys, "report", "--db", str(demo_db), *args, "--out", str(out))
    assert code == 1 and not out.exists()
    assert stderr.count("\n") == 1 and "05/09/2030" in stderr and "today" in stderr
