"""The installer carries every earlier version of a bundled lesson (lessons/history/), so a new
release that raises a lesson's version leaves the schools' past sessions named and judged as
they were taught (skillsapp.content.loader: the bundled kit's history)."""

from __future__ import annotations

from skillsapp.content.loader import load_kit
from skillsapp.content.signature import HISTORY_FOLDER
from skillsapp.paths import lessons_dir


def test_every_earlier_version_of_a_bundled_lesson_is_kept():
    history = lessons_dir() / HISTORY_FOLDER
    missing = [
        f"{HISTORY_FOLDER}/{version}/{lesson.id}.yaml"
        for lesson in load_kit().lessons
        for version in range(1, lesson.version)
        if not (history / str(version) / f"{lesson.id}.yaml").is_file()
    ]
    assert missing == []


def test_the_history_folder_holds_only_earlier_versions():
    """A file under history/<n>/ is version n of a lesson the kit still has at a higher one."""
    kit = load_kit()
    current = {lesson.id: lesson.version for lesson in kit.lessons}
    history = lessons_dir() / HISTORY_FOLDER
    for path in sorted(history.glob("*/*/*.yaml")) if history.is_dir() else []:
        lesson_id = f"{path.parent.name}/{path.stem}"
        version = int(path.parent.parent.name)
        assert version < current.get(lesson_id, 0), path
        assert f"\nversion: {version}\n" in path.read_text("utf-8"), path


def test_the_bundled_kit_reports_a_lesson_as_it_was_taught_before_its_update():
    """parents/01 moved to version 2 (new quiz) on 2026-12-02; version 1 still answers."""
    kit = load_kit()
    assert kit.lesson("parents/01-the-gioi-mang-cua-con").version == 2
    old = kit.lesson_at("parents/01-the-gioi-mang-cua-con", 1)
    assert (old.version, old.origin) == (1, "bundled")
    assert [p for p in kit.problems if HISTORY_FOLDER in p.path] == []
