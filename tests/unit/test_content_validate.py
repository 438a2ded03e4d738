"""The checker catches each kind of fault, and a broken lesson never stops the others loading.

Each test copies the real reference files and the example lesson into tmp_path, breaks one thing
and looks for the one problem that names it.
"""

from __future__ import annotations

import os
import shutil
import unicodedata
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
import yaml

from skillsapp.content import Problem, load_kit
from skillsapp.content.validate import check_kit

LESSONS = Path(__file__).resolve().parents[2] / "lessons"
EXAMPLE = "g3-5/03-mat-khau-manh"


class KitDir:
    """A throwaway lessons/ folder holding the reference files and the example lesson."""

    def __init__(self, root: Path) -> None:
        self.root = root
        for name in ("kit.yaml", "contacts.yaml", "protocols.yaml", "competences.yaml"):
            shutil.copy(LESSONS / name, root / name)
        self.add(EXAMPLE)

    def path(self, lesson_id: str) -> Path:
        return self.root / f"{lesson_id}.yaml"

    def add(self, lesson_id: str, data: dict[str, Any] | None = None) -> Path:
        """A lesson file at `lesson_id`: the example, with id, band and order made to fit."""
        target = self.path(lesson_id)
        target.parent.mkdir(parents=True, exist_ok=True)
        if data is None and lesson_id == EXAMPLE:
            shutil.copy(LESSONS / f"{EXAMPLE}.yaml", target)
            return target
        data = data if data is not None else self.data(EXAMPLE)
        band, stem = lesson_id.split("/")
        data.update(id=lesson_id, band=band, order=int(stem.split("-")[0]))
        self.write(target, data)
        return target

    def data(self, lesson_id: str = EXAMPLE) -> dict[str, Any]:
        return yaml.safe_load(self.path(lesson_id).read_text(encoding="utf-8"))

    def write(self, path: Path, data: Any) -> None:
        text = yaml.safe_dump(data, allow_unicode=True, sort_keys=False, width=1000)
        path.write_text(text, encoding="utf-8")
        _bump(path)

    def mutate(self, change: Callable[[dict[str, Any]], object], lesson_id: str = EXAMPLE) -> None:
        data = self.data(lesson_id)
        change(data)
        self.write(self.path(lesson_id), data)

    def replace(self, old: str, new: str, lesson_id: str = EXAMPLE) -> int:
        """Edit the file's text in place; returns the 1-based line of the edit."""
        path = self.path(lesson_id)
        text = path.read_text(encoding="utf-8")
        assert text.count(old) == 1, f"{old!r} must occur once in {path.name}"
        path.write_text(text.replace(old, new), encoding="utf-8")
        _bump(path)
        return text[: text.index(old)].count("\n") + 1

    def problems(self, field: str | None = None) -> list[Problem]:
        found = check_kit(self.root)
        return [p for p in found if field is None or p.field == field]

    def lesson_problems(self) -> list[Problem]:
        """Problems in lesson files (lessons/<band>/<file>); the fixture's band plans are
        incomplete on purpose, so coverage problems are left aside."""
        return [p for p in check_kit(self.root) if p.path.count("/") == 2]


def _bump(path: Path) -> None:
    """Move the mtime on, so the loader's cache sees the edit even within one clock tick."""
    stat = path.stat()
    os.utime(path, ns=(stat.st_atime_ns, stat.st_mtime_ns + 1_000_000_000))


@pytest.fixture
def kit_dir(tmp_path: Path) -> KitDir:
    root = tmp_path / "lessons"
    root.mkdir()
    return KitDir(root)


def only(problems: list[Problem], text: str) -> Problem:
    matching = [p for p in problems if text in p.message]
    assert len(matching) == 1, [str(p) for p in problems]
    return matching[0]


def loaded(kit_dir: KitDir) -> set[str]:
    return {lesson.id for lesson in load_kit(kit_dir.root).lessons}


# --- the example is clean ------------------------------------------------------------------------


def test_example_lesson_has_no_problem(kit_dir: KitDir) -> None:
    assert kit_dir.lesson_problems() == []
    assert loaded(kit_dir) == {EXAMPLE}


# --- shape faults: reported with a line, and the lesson is left out -------------------------------


def test_yaml_error_names_the_line(kit_dir: KitDir) -> None:
    line = kit_dir.replace("minutes: 35\n", "minutes: [35\n")
    problem = only(kit_dir.problems(), "YAML error")
    assert problem.path == f"lessons/{EXAMPLE}.yaml"
    assert problem.line is not None and problem.line >= line
    assert loaded(kit_dir) == set()


def test_missing_field(kit_dir: KitDir) -> None:
    kit_dir.mutate(lambda d: d.pop("family_note"))
    assert only(kit_dir.problems("family_note"), "missing")
    assert loaded(kit_dir) == set()


def test_empty_translation(kit_dir: KitDir) -> None:
    kit_dir.mutate(lambda d: d["title"].update(en="  "))
    assert only(kit_dir.problems("title.en"), "is empty")
    assert loaded(kit_dir) == set()


def test_text_must_have_both_languages(kit_dir: KitDir) -> None:
    kit_dir.mutate(lambda d: d.update(essential_question="Chỉ tiếng Việt"))
    assert only(kit_dir.problems("essential_question"), "must be a {vi, en} text")


def test_unknown_field_is_a_typo(kit_dir: KitDir) -> None:
    kit_dir.mutate(lambda d: d.update(scenarioo=d.pop("scenario")))
    assert only(kit_dir.problems("scenarioo"), "unknown field")


def test_id_must_match_the_file(kit_dir: KitDir) -> None:
    line = kit_dir.replace(f"id: {EXAMPLE}\n", "id: g3-5/01-copied\n")
    problem = only(kit_dir.problems("id"), "must be 'g3-5/03-mat-khau-manh'")
    assert problem.line == line
    assert loaded(kit_dir) == set()


def test_band_must_match_the_folder(kit_dir: KitDir) -> None:
    kit_dir.replace("band: g3-5\n", "band: g6-9\n")
    assert only(kit_dir.problems("band"), "in the folder 'g3-5'")


def test_band_must_exist(kit_dir: KitDir) -> None:
    kit_dir.replace("band: g3-5\n", "band: g13\n")
    assert only(kit_dir.problems("band"), "unknown band 'g13'")


def test_strand_must_exist(kit_dir: KitDir) -> None:
    kit_dir.replace("strand: 3\n", "strand: 9\n")
    assert only(kit_dir.problems("strand"), "unknown strand 9")


def test_step_kind(kit_dir: KitDir) -> None:
    kit_dir.mutate(lambda d: d["steps"][1].update(kind="lecture"))
    assert only(kit_dir.problems("steps[1].kind"), "'lecture' is not one of")


def test_quiz_type(kit_dir: KitDir) -> None:
    kit_dir.mutate(lambda d: d["quiz"][0].update(type="essay"))
    assert only(kit_dir.problems("quiz[0].type"), "'essay' is not one of")


def test_quiz_ids_unique(kit_dir: KitDir) -> None:
    kit_dir.mutate(lambda d: d["quiz"][2].update(id="q1"))
    assert only(kit_dir.problems("quiz[2].id"), "duplicate id 'q1'")
    assert loaded(kit_dir) == set()


def test_feedback_required(kit_dir: KitDir) -> None:
    kit_dir.mutate(lambda d: d["quiz"][1].pop("feedback"))
    assert only(kit_dir.problems("quiz[1].feedback"), "missing")


def test_single_answer_out_of_range_names_file_line_and_field(kit_dir: KitDir) -> None:
    line = kit_dir.replace("    answer: 2\n", "    answer: 5\n")
    problem = only(kit_dir.problems("quiz[0].answer"), "out of range")
    assert str(problem) == (
        f"lessons/{EXAMPLE}.yaml:{line}: quiz[0].answer: index 5 is out of range (4 options)"
    )


def test_answer_type_must_fit_the_item(kit_dir: KitDir) -> None:
    kit_dir.mutate(lambda d: d["quiz"][1].update(answer=1))
    assert only(kit_dir.problems("quiz[1].answer"), "must be true or false, not a number")


def test_true_is_not_an_option_index(kit_dir: KitDir) -> None:
    kit_dir.mutate(lambda d: d["quiz"][0].update(answer=True))
    assert only(kit_dir.problems("quiz[0].answer"), "must be an option index")


def test_multiple_answer_needs_valid_indices(kit_dir: KitDir) -> None:
    kit_dir.mutate(lambda d: d["quiz"][3].update(answer=[0, 4, 2, 2]))
    problems = kit_dir.problems()
    assert only(problems, "index 4 is out of range (4 options)").field == "quiz[3].answer[1]"
    assert only(problems, "duplicate index 2").field == "quiz[3].answer[3]"


def test_multiple_answer_not_empty(kit_dir: KitDir) -> None:
    kit_dir.mutate(lambda d: d["quiz"][3].update(answer=[]))
    assert only(kit_dir.problems("quiz[3].answer"), "at least one")


def test_option_count(kit_dir: KitDir) -> None:
    def five_options(d: dict[str, Any]) -> None:
        d["quiz"][0]["options"].append({"vi": "thêm", "en": "extra"})

    kit_dir.mutate(five_options)
    assert only(kit_dir.problems("quiz[0].options"), "needs 2 to 4 options (has 5)")


def test_multiple_choice_needs_three_options(kit_dir: KitDir) -> None:
    def two_options(d: dict[str, Any]) -> None:
        d["quiz"][3].update(options=d["quiz"][3]["options"][:2], answer=[0])

    kit_dir.mutate(two_options)
    assert only(kit_dir.problems("quiz[3].options"), "needs 3 to 4 options (has 2)")


def test_sorting_category_count(kit_dir: KitDir) -> None:
    def one_category(d: dict[str, Any]) -> None:
        d["quiz"][4]["categories"] = d["quiz"][4]["categories"][:1]
        for card in d["quiz"][4]["cards"]:
            card["category"] = 0

    kit_dir.mutate(one_category)
    assert only(kit_dir.problems("quiz[4].categories"), "needs 2 to 3 categories (has 1)")


def test_sorting_card_count(kit_dir: KitDir) -> None:
    kit_dir.mutate(lambda d: d["quiz"][4].update(cards=d["quiz"][4]["cards"][:2]))
    assert only(kit_dir.problems("quiz[4].cards"), "needs 3 to 6 cards (has 2)")


def test_sorting_card_category_in_range(kit_dir: KitDir) -> None:
    kit_dir.mutate(lambda d: d["quiz"][4]["cards"][2].update(category=2))
    problem = only(kit_dir.problems("quiz[4].cards[2].category"), "out of range")
    assert problem.message == "category 2 is out of range (2 categories)"


def test_sorting_items_carry_no_answer(kit_dir: KitDir) -> None:
    kit_dir.mutate(lambda d: d["quiz"][4].update(answer=[0, 1]))
    assert only(kit_dir.problems("quiz[4].answer"), "unknown field")


@pytest.mark.parametrize(
    ("field", "change", "message"),
    [
        ("contacts[0]", lambda d: d.update(contacts=["hotline-112"]), "unknown contact"),
        (
            "teacher_notes.protocols[0]",
            lambda d: d["teacher_notes"].update(protocols=["first-aid"]),
            "unknown protocol",
        ),
        (
            "alignment.seed[1]",
            lambda d: d["alignment"].update(seed=["min-infosec", "typo"]),
            "unknown seed item",
        ),
    ],
)
def test_references_resolve(
    kit_dir: KitDir, field: str, change: Callable[[dict[str, Any]], object], message: str
) -> None:
    kit_dir.mutate(change)
    assert only(kit_dir.problems(field), message)
    assert loaded(kit_dir) == set()


# --- teaching rules: reported, and the lesson still loads -----------------------------------------


def test_decomposed_unicode_is_reported_with_its_line(kit_dir: KitDir) -> None:
    title = "Mật khẩu là chìa khóa của em"
    line = kit_dir.replace(f'vi: "{title}"', f'vi: "{unicodedata.normalize("NFD", title)}"')
    problem = only(kit_dir.problems(), "not NFC")
    assert (problem.line, problem.field) == (line, "title.vi")
    assert loaded(kit_dir) == {EXAMPLE}


def test_order_matches_the_file_name(kit_dir: KitDir) -> None:
    kit_dir.replace("order: 3\n", "order: 4\n")
    assert only(kit_dir.problems("order"), "the file name says 03")
    assert loaded(kit_dir) == {EXAMPLE}


def test_file_name_starts_with_the_order(kit_dir: KitDir) -> None:
    data = kit_dir.data()
    kit_dir.path(EXAMPLE).unlink()
    data.update(id="g3-5/mat-khau")
    kit_dir.write(kit_dir.root / "g3-5" / "mat-khau.yaml", data)
    assert only(kit_dir.problems("order"), "must start with the order")


def test_order_unique_in_band(kit_dir: KitDir) -> None:
    kit_dir.add("g3-5/03-copy")
    problem = only(kit_dir.problems("order"), "also the order of")
    assert problem.path == "lessons/g3-5/03-mat-khau-manh.yaml"
    assert problem.message == "3 is also the order of g3-5/03-copy"


def test_minutes_match_the_band(kit_dir: KitDir) -> None:
    def longer(d: dict[str, Any]) -> None:
        d["minutes"] = 45
        d["steps"][0]["minutes"] += 10

    kit_dir.mutate(longer)
    assert only(kit_dir.problems("minutes"), "g3-5 lessons last 35")
    assert kit_dir.problems("steps") == []
    assert loaded(kit_dir) == {EXAMPLE}


def test_steps_add_up_to_the_lesson(kit_dir: KitDir) -> None:
    kit_dir.mutate(lambda d: d["steps"][0].update(minutes=6))
    assert only(kit_dir.problems("steps"), "add up to 36 minutes, not 35")


def test_quiz_has_the_band_minimum(kit_dir: KitDir) -> None:
    kit_dir.mutate(lambda d: d.update(quiz=d["quiz"][:4]))
    assert only(kit_dir.problems("quiz"), "g3-5 needs at least 5 items (has 4)")
    assert loaded(kit_dir) == {EXAMPLE}


def test_objectives_count(kit_dir: KitDir) -> None:
    kit_dir.mutate(lambda d: d.update(objectives=d["objectives"][:1]))
    assert only(kit_dir.problems("objectives"), "write 2 to 4 (has 1)")


def test_key_messages_count(kit_dir: KitDir) -> None:
    kit_dir.mutate(lambda d: d.update(key_messages=d["key_messages"] * 2))
    assert only(kit_dir.problems("key_messages"), "write 2 to 4 (has 6)")


def test_strand_6_names_the_hotline_and_the_disclosure_protocol(kit_dir: KitDir) -> None:
    def strand_6(d: dict[str, Any]) -> None:
        d.update(strand=6, contacts=["police-113"])
        d["teacher_notes"].pop("protocols")

    kit_dir.mutate(strand_6)
    assert only(kit_dir.problems("contacts"), "must name hotline-111")
    assert only(kit_dir.problems("teacher_notes.protocols"), "protocol disclosure")
    assert loaded(kit_dir) == {EXAMPLE}


def test_band_coverage(kit_dir: KitDir) -> None:
    problems = [p for p in kit_dir.problems() if p.path.count("/") == 1]
    messages = {p.message for p in problems}
    assert "band g3-5 needs at least 10 lessons (has 1)" in messages
    assert "band g3-5 has no lesson in strand(s) 1, 2, 4, 5, 6, 7, 8" in messages
    assert "band g1-2 needs at least 10 lessons (has 0)" in messages
    assert "band parents needs at least 8 lessons (has 0)" in messages
    assert "band staff needs at least 6 lessons (has 0)" in messages
    assert not any("parents has no lesson in strand" in m for m in messages)


def test_a_contact_without_a_verified_date_is_refused(kit_dir: KitDir) -> None:
    path = kit_dir.root / "contacts.yaml"
    text = path.read_text(encoding="utf-8").replace("    verified: 2026-12-02\n", "", 1)
    path.write_text(text, encoding="utf-8")
    _bump(path)
    problem = only(kit_dir.problems(), "missing")
    assert problem.field.endswith("verified")
    assert "hotline-111" not in {c.id for c in load_kit(kit_dir.root).contacts}


def test_broken_contact_entry_is_left_out(kit_dir: KitDir) -> None:
    path = kit_dir.root / "contacts.yaml"
    text = path.read_text(encoding="utf-8").replace('number: "5656"', "")
    path.write_text(text, encoding="utf-8")
    _bump(path)
    assert only(kit_dir.problems(), "needs a number or a url").path == "lessons/contacts.yaml"
    assert "spam-5656" not in {c.id for c in load_kit(kit_dir.root).contacts}


# --- loading never stops at a broken file -------------------------------------------------------


def test_a_broken_lesson_does_not_stop_the_others(kit_dir: KitDir) -> None:
    kit_dir.add("g3-5/04-copy")
    line = kit_dir.replace("    answer: 2\n", "    answer: 5\n")
    kit = load_kit(kit_dir.root)
    assert [lesson.id for lesson in kit.lessons] == ["g3-5/04-copy"]
    problem = only(list(kit.problems), "out of range")
    assert (problem.path, problem.line, problem.field) == (
        f"lessons/{EXAMPLE}.yaml",
        line,
        "quiz[0].answer",
    )


def test_unparsable_and_empty_files_are_reported_not_raised(kit_dir: KitDir) -> None:
    kit_dir.add("g3-5/04-copy")
    (kit_dir.root / "g3-5" / "05-empty.yaml").write_text("", encoding="utf-8")
    (kit_dir.root / "g3-5" / "06-list.yaml").write_text("- 1\n- 2\n", encoding="utf-8")
    (kit_dir.root / "g3-5" / "07-bytes.yaml").write_bytes(b"id: \xff\xfe\n")
    kit = load_kit(kit_dir.root)
    assert {lesson.id for lesson in kit.lessons} == {EXAMPLE, "g3-5/04-copy"}
    messages = {p.path.rsplit("/", 1)[1]: p.message for p in kit.problems}
    assert messages["05-empty.yaml"] == "the file is empty"
    assert messages["06-list.yaml"] == "must be a mapping, not a list"
    assert messages["07-bytes.yaml"].startswith("not UTF-8")


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("? [a, b]\n: c\n", "YAML error: a mapping key must be plain text"),
        ("base: &b {x: 1}\nother:\n  <<: *b\n", "YAML error: could not determine a constructor"),
        ("when: !!python/object:os.system ls\n", "YAML error: could not determine a constructor"),
    ],
)
def test_unusual_yaml_is_reported_not_raised(kit_dir: KitDir, text: str, message: str) -> None:
    (kit_dir.root / "g3-5" / "04-odd.yaml").write_text(text, encoding="utf-8")
    problem = only(kit_dir.problems(), "YAML error")
    assert problem.path == "lessons/g3-5/04-odd.yaml" and problem.message.startswith(message)
    assert problem.line is not None


def test_broken_reference_file_still_gives_a_kit(kit_dir: KitDir) -> None:
    (kit_dir.root / "kit.yaml").write_text("bands: [\n", encoding="utf-8")
    kit = load_kit(kit_dir.root)
    assert kit.lessons == ()
    assert any(p.path == "lessons/kit.yaml" and "YAML error" in p.message for p in kit.problems)


def test_missing_folder_gives_an_empty_kit(tmp_path: Path) -> None:
    kit = load_kit(tmp_path / "nowhere")
    assert kit.lessons == () and kit.bands == ()
    assert [p.message for p in kit.problems] == ["the lessons folder does not exist"]
