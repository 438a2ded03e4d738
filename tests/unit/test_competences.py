"""The national framework (Thông tư 02/2025/TT-BGDĐT) in the kit: the codes lessons may use,
the `grades` a lesson is meant for, and the per-domain coverage reports count."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
import yaml

from skillsapp.content import load_kit
from tests.unit.test_content_validate import EXAMPLE, LESSONS, KitDir, kit_dir, only

__all__ = ["kit_dir"]  # the fixture, imported so pytest finds it here

PUPIL_BANDS = ("g1-2", "g3-5", "g6-9", "g10-12")


def test_the_framework_has_6_domains_and_24_competences() -> None:
    data = yaml.safe_load((LESSONS / "competences.yaml").read_text(encoding="utf-8"))
    kit = load_kit(LESSONS)
    assert [d.id for d in kit.domains] == [d["id"] for d in data["domains"]] == [1, 2, 3, 4, 5, 6]
    codes = [c["code"] for d in data["domains"] for c in d["competences"]]
    assert len(codes) == len(set(codes)) == 24
    assert all(re.fullmatch(r"[1-6]\.[1-9]", code) for code in codes)
    assert kit.competence("4.2").domain == 4
    with pytest.raises(KeyError):
        kit.competence("7.1")


def test_every_pupil_lesson_is_tagged_with_known_codes() -> None:
    kit = load_kit(LESSONS)
    codes = {c.code for d in kit.domains for c in d.competences}
    pupil = [lesson for lesson in kit.lessons if lesson.band in PUPIL_BANDS]
    assert len(pupil) == sum(len(list((LESSONS / b).glob("*.yaml"))) for b in PUPIL_BANDS)
    for lesson in pupil:
        assert lesson.competences, lesson.id
        assert set(lesson.competences) <= codes, lesson.id


def test_an_unknown_code_is_an_error_and_leaves_the_lesson_out(kit_dir: KitDir) -> None:
    kit_dir.mutate(lambda data: data.update(competences=["4.2", "4.9"]))
    problem = only(kit_dir.lesson_problems(), "unknown competence '4.9'")
    assert problem.field == "competences[1]"
    assert EXAMPLE not in {lesson.id for lesson in load_kit(kit_dir.root).lessons}


def test_a_pupil_lesson_without_codes_is_an_error(kit_dir: KitDir) -> None:
    kit_dir.mutate(lambda data: data.pop("competences"))
    only(kit_dir.lesson_problems(), "must list the framework codes")
    assert EXAMPLE in {lesson.id for lesson in load_kit(kit_dir.root).lessons}


def test_a_repeated_code_is_an_error(kit_dir: KitDir) -> None:
    kit_dir.mutate(lambda data: data.update(competences=["4.2", "4.2"]))
    only(kit_dir.lesson_problems(), "duplicate competence '4.2'")


def test_grades_default_to_the_band_and_must_lie_inside_it(kit_dir: KitDir) -> None:
    """In a kit without a per-grade sequence (kit.yaml's is checked in test_grade_rules)."""
    path = kit_dir.root / "kit.yaml"
    kit = yaml.safe_load(path.read_text(encoding="utf-8"))
    del kit["sequence"]
    kit_dir.write(path, kit)
    kit_dir.mutate(lambda data: data.pop("grades"))
    assert load_kit(kit_dir.root).lesson(EXAMPLE).grades == (3, 4, 5)
    kit_dir.mutate(lambda data: data.update(grades=[5, 4]))
    assert kit_dir.lesson_problems() == []
    assert load_kit(kit_dir.root).lesson(EXAMPLE).grades == (4, 5)
    kit_dir.mutate(lambda data: data.update(grades=[4, 7]))
    only(kit_dir.lesson_problems(), "grade 7 is not in band g3-5")


def test_a_framework_code_outside_its_domain_is_refused(kit_dir: KitDir) -> None:
    path = kit_dir.root / "competences.yaml"
    text = path.read_text(encoding="utf-8")
    path.write_text(text.replace('code: "4.4"', 'code: "5.9"'), encoding="utf-8")
    only(kit_dir.problems(), "'5.9' is not a code of domain 4")


def test_domain_coverage_counts_each_lesson_once_per_domain() -> None:
    kit = load_kit(LESSONS)
    lessons = [lesson for lesson in kit.lessons if lesson.band == "g6-9"][:4]
    ids = [lesson.id for lesson in lessons]
    expected = {domain: 0 for domain in range(1, 7)}
    for lesson_id in ids:
        written = yaml.safe_load((LESSONS / f"{lesson_id}.yaml").read_text(encoding="utf-8"))
        for domain in {int(code.split(".")[0]) for code in written["competences"]}:
            expected[domain] += 1
    # a lesson taught twice, and one no longer in the kit, change nothing
    assert kit.domain_coverage([*ids, ids[0], "g6-9/99-gone"]) == expected
    assert kit.domain_coverage([]) == dict.fromkeys(range(1, 7), 0)


def test_lesson_files_keep_competences_on_one_line() -> None:
    """One top-level line per lesson, so branches that edit slides merge without conflict."""
    for band in PUPIL_BANDS:
        for path in sorted((LESSONS / band).glob("*.yaml")):
            lines = Path(path).read_text(encoding="utf-8").splitlines()
            tagged = [line for line in lines if line.startswith("competences:")]
            assert len(tagged) == 1 and tagged[0].endswith("]"), path.name
