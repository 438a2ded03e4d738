"""`skillsapp curriculum check | list` through the real CLI entry point."""

from __future__ import annotations

import json
import shutil
from pathlib import Path
from typing import Any

import pytest
import yaml

from skillsapp.cli import main
from skillsapp.content import load_kit

LESSONS = Path(__file__).resolve().parents[2] / "lessons"
EXAMPLE = "g3-5/03-mat-khau-manh"


@pytest.fixture(autouse=True)
def vietnamese(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("SKILLSAPP_LANG", "vi")
    monkeypatch.setenv("SKILLSAPP_LESSONS", str(LESSONS))


def _clean_kit(root: Path) -> None:
    """A kit with one band that has no minimum plan ("club"), so one sound lesson is clean."""
    root.mkdir()
    for name in ("contacts.yaml", "protocols.yaml", "competences.yaml"):
        shutil.copy(LESSONS / name, root / name)
    kit = yaml.safe_load((LESSONS / "kit.yaml").read_text(encoding="utf-8"))
    band = next(band for band in kit["bands"] if band["id"] == "g3-5")
    kit["bands"] = [{**band, "id": "club", "grades": []}]
    del kit["sequence"]  # the club teaches no grades
    (root / "kit.yaml").write_text(yaml.safe_dump(kit, allow_unicode=True), encoding="utf-8")
    lesson = yaml.safe_load((LESSONS / f"{EXAMPLE}.yaml").read_text(encoding="utf-8"))
    lesson.update(id="club/03-mat-khau-manh", band="club")
    del lesson["grades"]
    (root / "club").mkdir()
    (root / "club" / "03-mat-khau-manh.yaml").write_text(
        yaml.safe_dump(lesson, allow_unicode=True), encoding="utf-8"
    )


def test_check_prints_quiz_figures_and_fails_on_a_quiz_fault(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    _clean_kit(tmp_path / "lessons")
    # the example lesson's items all carry `why`; take it off one so the quiz rule has a fault
    path = tmp_path / "lessons" / "club" / "03-mat-khau-manh.yaml"
    lesson = yaml.safe_load(path.read_text(encoding="utf-8"))
    del lesson["quiz"][0]["why"]
    path.write_text(yaml.safe_dump(lesson, allow_unicode=True), encoding="utf-8")
    monkeypatch.setenv("SKILLSAPP_LESSONS", str(tmp_path / "lessons"))
    # the quiz rules are errors: a lesson whose item lacks `why` fails the check
    assert main(["curriculum", "check"]) == 1
    lines = capsys.readouterr().out.splitlines()
    assert lines[0].startswith("club: key is the single longest option in ")
    assert main(["curriculum", "check", "--strict-quiz"]) == 1
    strict = capsys.readouterr().out.splitlines()
    assert any(line.startswith("error: ") and "needs `why`" in line for line in strict)


def test_check_prints_each_problem_and_exits_1(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    root = tmp_path / "lessons"
    _clean_kit(root)
    path = root / "club" / "03-mat-khau-manh.yaml"
    path.write_text(path.read_text(encoding="utf-8").replace("answer: 2", "answer: 7"), "utf-8")
    monkeypatch.setenv("SKILLSAPP_LESSONS", str(root))
    monkeypatch.setenv("SKILLSAPP_LANG", "en")
    assert main(["curriculum", "check"]) == 1
    lines = capsys.readouterr().out.splitlines()
    problems = [line for line in lines if line.startswith("lessons/")]
    assert len(problems) == 1
    assert problems[0].startswith("lessons/club/03-mat-khau-manh.yaml:")
    assert problems[0].endswith("quiz[0].answer: index 7 is out of range (4 options)")
    assert lines[-1] == "Problems: 1; lessons loaded: 0."


def test_list_json_for_scripts(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["curriculum", "list", "--json"]) == 0
    data = json.loads(capsys.readouterr().out)
    kit = load_kit(LESSONS)
    assert [band["id"] for band in data["bands"]] == [band.id for band in kit.bands]
    g35 = next(band for band in data["bands"] if band["id"] == "g3-5")
    assert g35["name"] == {"vi": "Lớp 3–5", "en": "Grades 3–5"}
    lesson = next(entry for entry in g35["lessons"] if entry["id"] == EXAMPLE)
    assert lesson == {
        "id": EXAMPLE,
        "order": 3,
        "strand": 3,
        "title": {"vi": "Mật khẩu là chìa khóa của em", "en": "Your password is your key"},
        "minutes": 35,
        "quiz_items": 5,
        "grades": [3],
        "competences": _written(EXAMPLE)["competences"],
    }
    assert set(data["counts"]["g3-5"]) == {str(n) for n in range(1, 9)}
    assert sum(data["counts"]["g3-5"].values()) == len(g35["lessons"])


def _written(lesson_id: str) -> dict[str, Any]:
    return yaml.safe_load((LESSONS / f"{lesson_id}.yaml").read_text(encoding="utf-8"))


def test_list_json_gives_the_framework_and_lessons_per_domain(
    capsys: pytest.CaptureFixture[str],
) -> None:
    """Per band, a domain counts the lessons with at least one code in it, read from the files."""
    assert main(["curriculum", "list", "--json"]) == 0
    data = json.loads(capsys.readouterr().out)
    framework = yaml.safe_load((LESSONS / "competences.yaml").read_text(encoding="utf-8"))
    assert [d["id"] for d in data["framework"]] == [1, 2, 3, 4, 5, 6]
    assert sum(len(d["competences"]) for d in data["framework"]) == 24
    assert data["framework"][3]["name"] == framework["domains"][3]["name"]
    for band in ("g1-2", "g6-9"):
        files = sorted((LESSONS / band).glob("*.yaml"))
        expected = {str(n): 0 for n in range(1, 7)}
        for path in files:
            codes = yaml.safe_load(path.read_text(encoding="utf-8"))["competences"]
            for domain in {code.split(".")[0] for code in codes}:
                expected[domain] += 1
        assert data["domain_counts"][band] == expected
    assert set(data["domain_counts"]["staff"].values()) == {0}


def test_list_one_band_as_a_matrix(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["curriculum", "list", "--band", "g3-5"]) == 0
    out = capsys.readouterr().out
    assert out.startswith("g3-5 · Lớp 3–5 · ")
    assert "  03  [3] Mật khẩu là chìa khóa của em (5 câu hỏi)" in out
    assert "  3 An toàn thông tin cơ bản" in out
    assert "g6-9" not in out


def test_list_follows_the_language(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setenv("SKILLSAPP_LANG", "en")
    assert main(["curriculum", "list", "--band", "g3-5"]) == 0
    assert "  03  [3] Your password is your key (5 quiz items)" in capsys.readouterr().out


def test_list_unknown_band_is_bad_input(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["curriculum", "list", "--band", "g13"]) == 1
    assert "g13" in capsys.readouterr().err


def test_curriculum_needs_an_action() -> None:
    with pytest.raises(SystemExit) as exit_info:
        main(["curriculum"])
    assert exit_info.value.code == 2


def test_list_json_gives_each_grade_its_sequence(capsys: pytest.CaptureFixture[str]) -> None:
    """Per grade: the lessons that have a file, in kit.yaml's order, and the ids still to write,
    read here from kit.yaml and the folders."""
    assert main(["curriculum", "list", "--json"]) == 0
    data = json.loads(capsys.readouterr().out)
    written = yaml.safe_load((LESSONS / "kit.yaml").read_text(encoding="utf-8"))["sequence"]
    on_disk = {f"{p.parent.name}/{p.stem}" for p in LESSONS.glob("*/*.yaml")}
    assert [entry["grade"] for entry in data["grades"]] == list(range(1, 13))
    for entry in data["grades"]:
        ids = written[entry["grade"]]
        assert entry["lessons"] == [i for i in ids if i in on_disk]
        assert entry["missing"] == [i for i in ids if i not in on_disk]
        assert sum(entry["strands"].values()) == len(entry["lessons"])
    seventh = next(entry for entry in data["grades"] if entry["grade"] == 7)
    assert seventh["band"] == "g6-9" and "g6-9/01-mang-xa-hoi-va-em" not in seventh["lessons"]


def test_list_shows_each_grade_in_teaching_order(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["curriculum", "list", "--band", "g6-9"]) == 0
    out = capsys.readouterr().out
    kit = load_kit(LESSONS)
    block = out[out.index("  Lớp 7 · ") : out.index("  Lớp 8 · ")].splitlines()
    assert block[0] == f"  Lớp 7 · {len(kit.grade_plan(7))} bài · mạch " + ", ".join(
        str(s) for s in sorted({lesson.strand for lesson in kit.grade_plan(7)})
    )
    shown = [line.split()[1] for line in block[1:]]
    assert shown == list(kit.grade_sequence(7))
    assert "  Lớp 10 · " not in out


def test_check_prints_each_problem_in_vietnamese_in_vietnamese_mode(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    root = tmp_path / "lessons"
    _clean_kit(root)
    path = root / "club" / "03-mat-khau-manh.yaml"
    path.write_text(path.read_text(encoding="utf-8").replace("answer: 2", "answer: 7"), "utf-8")
    monkeypatch.setenv("SKILLSAPP_LESSONS", str(root))
    assert main(["curriculum", "check"]) == 1
    lines = capsys.readouterr().out.splitlines()
    problems = [line for line in lines if line.startswith("lessons/")]
    assert len(problems) == 1
    assert problems[0].endswith("quiz[0].answer: chỉ số 7 nằm ngoài khoảng (4 phương án)")
