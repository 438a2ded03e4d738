"""The curriculum a database teaches: bundled lessons, installed packs and own lessons merged
by lesson version, every version kept for past sessions (skillsapp.content.library)."""

from __future__ import annotations

from pathlib import Path

import pytest

from skillsapp.content import library, loader
from skillsapp.content.library import kit_for, with_lessons
from skillsapp.content.loader import load_kit
from skillsapp.content.own import adapted, to_yaml
from skillsapp.content.signature import LessonSource
from skillsapp.services.own_lessons import save_own
from skillsapp.store import open_store

LESSONS = Path(__file__).resolve().parents[2] / "lessons"
LESSON_FILE = LESSONS / "g3-5" / "03-mat-khau-manh.yaml"
LESSON_ID = "g3-5/03-mat-khau-manh"


def _text(version: int, title_vi: str = "") -> str:
    """The bundled lesson's YAML at another version (and optionally another Vietnamese title)."""
    text = LESSON_FILE.read_text("utf-8")
    bundled = load_kit().lesson(LESSON_ID)
    text = text.replace(f"version: {bundled.version}\n", f"version: {version}\n", 1)
    if title_vi:
        text = text.replace(f'vi: "{bundled.title.vi}"', f'vi: "{title_vi}"', 1)
    return text


def _source(
    version: int, title_vi: str = "", *, pack_id: str = "", retired: bool = False
) -> LessonSource:
    shown = "pk/g3-5/03-mat-khau-manh.yaml"
    return LessonSource(_text(version, title_vi), shown, "pack", pack_id, retired)


def test_the_bundled_lesson_is_version_one_and_bundled():
    lesson = load_kit().lesson(LESSON_ID)
    assert (lesson.version, lesson.origin, lesson.pack_id) == (1, "bundled", "")


def test_a_higher_version_replaces_the_lesson_and_keeps_the_old_one():
    kit, problems = with_lessons(load_kit(), [_source(2, "Mật khẩu mới", pack_id="dept-a")])
    assert problems == []
    taught = kit.lesson(LESSON_ID)
    assert (taught.version, taught.origin, taught.pack_id, taught.title.vi) == (
        2,
        "pack",
        "dept-a",
        "Mật khẩu mới",
    )
    old = kit.lesson_at(LESSON_ID, 1)
    assert (old.version, old.origin) == (1, "bundled")
    assert kit.lesson_at(LESSON_ID, 2) is taught
    assert kit.lesson_at(LESSON_ID, 7) is taught  # an unknown version: the taught one


def test_a_lower_or_equal_version_never_replaces():
    """A new installer whose copy is older than the imported lesson does not downgrade it."""
    newer, _ = with_lessons(load_kit(), [_source(3, "Bản 3")])
    kit, problems = with_lessons(newer, [_source(2, "Bản 2"), _source(3, "Bản 3 khác")])
    assert problems == []
    assert kit.lesson(LESSON_ID).title.vi == "Bản 3"
    assert kit.lesson_at(LESSON_ID, 2).title.vi == "Bản 2"
    assert kit.lesson_at(LESSON_ID, 1).origin == "bundled"


def test_a_retired_version_is_history_only():
    kit, _ = with_lessons(load_kit(), [_source(5, "Gỡ rồi", retired=True)])
    assert kit.lesson(LESSON_ID).version == 1
    assert kit.lesson_at(LESSON_ID, 5).title.vi == "Gỡ rồi"


def test_a_broken_source_is_left_out_with_its_problem():
    broken = LessonSource("id: [", "pk/g3-5/03-mat-khau-manh.yaml", "own")
    kit, problems = with_lessons(load_kit(), [broken])
    assert kit.lesson(LESSON_ID).version == 1
    assert [p.path for p in problems] == ["pk/g3-5/03-mat-khau-manh.yaml"]
    assert "YAML error" in problems[0].message


def test_the_id_rule_holds_for_sources():
    """A lesson whose id is not its folder/file name would take over another lesson's history."""
    moved = LessonSource(_text(2), "pk/g3-5/99-khac.yaml", "own")
    kit, problems = with_lessons(load_kit(), [moved])
    assert kit.lesson(LESSON_ID).version == 1
    assert any(p.field == "id" for p in problems)


def _install(db: Path, pack_id: str, version: int, title_vi: str, *, retired: bool = False) -> Path:
    base = "retired" if retired else "packs"
    folder = db.parent / "lessons" / base / pack_id / "lessons" / "g3-5"
    folder.mkdir(parents=True)
    path = folder / "03-mat-khau-manh.yaml"
    path.write_text(_text(version, title_vi), "utf-8")
    return path


def test_kit_for_reads_the_packs_beside_the_database(tmp_path: Path):
    db = tmp_path / "school.db"
    assert kit_for(db) is load_kit()  # nothing installed: the bundled kit itself
    _install(db, "dept-a", 2, "Từ gói")
    _install(db, "dept-old@3", 3, "Gói cũ", retired=True)
    kit = kit_for(db)
    assert (kit.lesson(LESSON_ID).title.vi, kit.lesson(LESSON_ID).pack_id) == ("Từ gói", "dept-a")
    assert kit.lesson_at(LESSON_ID, 3).pack_id == "dept-old"
    assert kit_for(db) is kit  # cached while nothing changed


def test_kit_for_hidden_folders_are_not_packs(tmp_path: Path):
    db = tmp_path / "school.db"
    _install(db, ".tmp-cut", 2, "Dở dang")
    assert kit_for(db).lesson(LESSON_ID).version == 1


def test_kit_for_a_new_process_parses_no_yaml(tmp_path: Path, monkeypatch: pytest.MonkeyPatch):
    db = tmp_path / "school.db"
    _install(db, "dept-a", 2, "Từ gói")
    monkeypatch.setattr(loader, "_cache", {})  # this test's home gets the bundled kit on disk
    first = kit_for(db)
    monkeypatch.setattr(library, "_cache", {})
    monkeypatch.setattr(loader, "_cache", {})

    def fail(*_args: object) -> None:
        raise AssertionError("parsed")

    monkeypatch.setattr(library, "with_lessons", fail)
    monkeypatch.setattr(loader, "_build", fail)
    again = kit_for(db)
    assert again.lesson(LESSON_ID).title.vi == first.lesson(LESSON_ID).title.vi == "Từ gói"


def test_kit_for_reads_the_own_lessons_of_the_database(tmp_path: Path):
    """Own lessons come from the database file (services.own_lessons), as the editor saves them."""
    db = tmp_path / "school.db"
    data = adapted(load_kit().lesson(LESSON_ID))
    data["title"]["vi"] = "Bài của tôi"
    store = open_store(db)
    try:
        save_own(store, data["id"], to_yaml(data), "Bài của tôi", "My lesson")
    finally:
        store.close()
    kit = kit_for(db)
    own = kit.lesson(data["id"])
    assert (own.origin, own.version, own.title.vi) == ("own", 1, "Bài của tôi")
    assert kit.lesson(LESSON_ID).origin == "bundled"  # the copied lesson stays as it was
    assert kit_for(None) is load_kit()  # no database: the bundled kit itself
