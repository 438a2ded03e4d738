"""The bundled curriculum loads whole, lookups work, and answer keys match the scoring rules."""

from __future__ import annotations

import os
import shutil
from pathlib import Path

import pytest
import yaml

from skillsapp.content import Card, Kit, Problem, QuizItem, Text, load_kit
from skillsapp.content.signature import REFERENCE_FILES
from skillsapp.content.source import YamlFile, read_document
from skillsapp.domain.scoring import is_correct, normalise_answer

LESSONS = Path(__file__).resolve().parents[2] / "lessons"
LESSON_FILES = sorted(LESSONS.glob("*/*.yaml"))


@pytest.fixture(scope="module")
def kit() -> Kit:
    return load_kit(LESSONS)


@pytest.mark.parametrize("path", [*LESSON_FILES, *(LESSONS / n for n in REFERENCE_FILES)])
def test_documents_read_exactly_like_yaml_safe_load(path: Path) -> None:
    """The loader's fast path from nodes to data must not change what a file means."""
    doc = read_document(path, path.name)
    assert isinstance(doc, YamlFile)
    assert doc.data == yaml.safe_load(path.read_text(encoding="utf-8"))


def test_every_lesson_file_loads(kit: Kit) -> None:
    expected = {f"{path.parent.name}/{path.stem}" for path in LESSON_FILES}
    assert {lesson.id for lesson in kit.lessons} == expected


def test_lesson_files_have_no_problem(kit: Kit) -> None:
    """Coverage gaps are expected while lessons are being written; faults in files are not."""
    in_files = [str(p) for p in kit.problems if p.path.endswith(".yaml")]
    assert in_files == []


def test_reference_data(kit: Kit) -> None:
    assert [band.id for band in kit.bands] == ["g1-2", "g3-5", "g6-9", "g10-12", "parents", "staff"]
    assert [strand.id for strand in kit.strands] == list(range(1, 9))
    assert kit.contact("hotline-111").number == "111"
    assert kit.protocol("disclosure").contacts == ("hotline-111", "police-113")
    assert len(kit.contacts_verified) == 10 and kit.contacts_verified[4] == "-"


@pytest.mark.parametrize("grade", range(1, 13))
def test_every_grade_has_a_band(kit: Kit, grade: int) -> None:
    assert grade in kit.band_for_grade(grade).grades


def test_band_plan_is_in_teaching_order(kit: Kit) -> None:
    for band in kit.bands:
        orders = [lesson.order for lesson in kit.band_plan(band.id)]
        assert orders == sorted(orders)
        assert all(lesson.band == band.id for lesson in kit.band_plan(band.id))


def test_unknown_ids_raise_key_error(kit: Kit) -> None:
    with pytest.raises(KeyError):
        kit.lesson("g3-5/99-none")
    with pytest.raises(KeyError):
        kit.band("g13")
    with pytest.raises(KeyError):
        kit.band_plan("g13")
    with pytest.raises(KeyError):
        kit.band_for_grade(13)
    with pytest.raises(KeyError):
        kit.strand(9)
    with pytest.raises(KeyError):
        kit.contact("nobody")
    with pytest.raises(KeyError):
        kit.protocol("nothing")


def test_example_lesson_fields(kit: Kit) -> None:
    lesson = kit.lesson("g3-5/03-mat-khau-manh")
    assert (lesson.band, lesson.strand, lesson.order, lesson.minutes) == ("g3-5", 3, 3, 35)
    assert lesson.title == Text("Mật khẩu là chìa khóa của em", "Your password is your key")
    assert lesson.protocols == ("disclosure",)
    assert lesson.contacts == ("hotline-111",)
    assert lesson.seed_items == ("min-infosec", "personal-info")
    assert lesson.tin_hoc is not None and lesson.scenario is not None
    assert Path(lesson.path).name == "03-mat-khau-manh.yaml"
    assert sum(step.minutes for step in lesson.steps) == 35


def test_every_answer_key_is_scorable(kit: Kit) -> None:
    """The canonical answer of every item is itself a valid stored answer that scores right."""
    for lesson in kit.lessons:
        for item_id, key in lesson.quiz_keys().items():
            assert key.item_id == item_id
            if key.type in ("single", "scenario", "multiple"):
                typed = ",".join(str(int(i) + 1) for i in key.answer.split(","))
            else:
                typed = key.answer
            assert is_correct(key, normalise_answer(key, typed)), (lesson.id, item_id)


def _text(word: str) -> Text:
    return Text(word, word)


def _options(count: int) -> tuple[Text, ...]:
    return tuple(_text(str(i)) for i in range(count))


@pytest.mark.parametrize(
    ("item", "answer", "choices"),
    [
        (QuizItem("q1", "single", _text("p"), _text("f"), _options(4), 2), "2", 4),
        (QuizItem("q2", "scenario", _text("p"), _text("f"), _options(3), 0, _text("s")), "0", 3),
        (QuizItem("q3", "multiple", _text("p"), _text("f"), _options(4), [3, 0]), "0,3", 4),
        (QuizItem("q4", "true_false", _text("p"), _text("f"), answer=True), "true", 2),
        (QuizItem("q5", "true_false", _text("p"), _text("f"), answer=False), "false", 2),
        (
            QuizItem(
                "q6",
                "sorting",
                _text("p"),
                _text("f"),
                categories=_options(2),
                cards=tuple(Card(_text(c), int(c)) for c in "0110"),
            ),
            "0,1,1,0",
            2,
        ),
    ],
)
def test_quiz_key_for_each_type(item: QuizItem, answer: str, choices: int) -> None:
    key = item.key()
    assert (key.item_id, key.type, key.answer, key.choices) == (item.id, item.type, answer, choices)


def test_text_falls_back_to_vietnamese() -> None:
    assert Text("xin chào", "hello").get("en") == "hello"
    assert Text("xin chào", "hello").get("vi") == "xin chào"
    assert Text("xin chào", "hello").get("fr") == "xin chào"
    assert Text("xin chào", "").get("en") == "xin chào"


def test_problem_reads_like_a_compiler_message() -> None:
    problem = Problem("lessons/g3-5/03-x.yaml", 12, "quiz[2].answer", "index 5 is out of range")
    assert str(problem) == "lessons/g3-5/03-x.yaml:12: quiz[2].answer: index 5 is out of range"
    assert str(Problem("lessons/g1-2", None, "", "band g1-2 has 0 lessons")) == (
        "lessons/g1-2: band g1-2 has 0 lessons"
    )


def test_default_root_is_the_bundled_lessons(kit: Kit, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("SKILLSAPP_LESSONS", raising=False)
    assert load_kit() is kit


def test_cache_returns_the_same_kit_until_a_file_changes(tmp_path: Path) -> None:
    root = tmp_path / "lessons"
    shutil.copytree(LESSONS, root)
    first = load_kit(root)
    assert load_kit(root) is first
    path = root / "g3-5" / "03-mat-khau-manh.yaml"
    text = path.read_text(encoding="utf-8")
    path.write_text(text.replace("Your password is your key", "Your key"), encoding="utf-8")
    stat = path.stat()
    os.utime(path, ns=(stat.st_atime_ns, stat.st_mtime_ns + 1_000_000_000))
    second = load_kit(root)
    assert second is not first
    assert second.lesson("g3-5/03-mat-khau-manh").title.en == "Your key"


def test_cache_sees_a_new_lesson_file(tmp_path: Path) -> None:
    root = tmp_path / "lessons"
    shutil.copytree(LESSONS, root)
    before = len(load_kit(root).lessons)
    (root / "g3-5" / "03-mat-khau-manh.yaml").unlink()
    assert len(load_kit(root).lessons) == before - 1
