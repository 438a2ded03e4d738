"""The plan index the first page reads (skillsapp.content.plan_index): it answers the plan
questions exactly as the kit does, and it is never stale: an installed pack, a saved own lesson
or a damaged file gives the kit's answers again, not the kept ones."""

from __future__ import annotations

import pytest
from support.lesson_packs import NEW_TITLE_VI, UPDATED, lesson_text, write_source

from skillsapp.content import cache, plan_index
from skillsapp.content.library import kit_for
from skillsapp.content.own import adapted, to_yaml
from skillsapp.content.plan_index import KIND, plan_index_for
from skillsapp.content.signature import PACKS_FOLDER
from skillsapp.paths import library_dir
from skillsapp.services.own_lessons import save_own
from skillsapp.store import open_store


def _fresh_process(monkeypatch) -> None:
    """As a new start: nothing held in memory, only what is kept on disk."""
    monkeypatch.setattr(plan_index, "_memory", {})


def test_the_index_answers_as_the_kit_for_every_grade_and_band(demo_db):
    kit = kit_for(demo_db)
    index = plan_index_for(demo_db)
    for grade in kit.school_grades:
        want = [(x.id, x.order, x.strand, x.version) for x in kit.grade_plan(grade)]
        assert [(x.id, x.order, x.strand, x.version) for x in index.grade_plan(grade)] == want
        assert index.band_for_grade(grade).id == kit.band_for_grade(grade).id
    for band in kit.bands:
        assert [x.id for x in index.band_plan(band.id)] == [x.id for x in kit.band_plan(band.id)]
        assert index.band(band.id).name.get("en") == band.name.get("en")
    for lesson in kit.lessons:
        assert index.lesson(lesson.id).title.get("vi") == lesson.title.get("vi")


def test_facts_of_the_bundled_kit_as_written_in_lessons(demo_db):
    index = plan_index_for(demo_db)
    # lessons/g3-5/03-mat-khau-manh.yaml: order 3, titled so in Vietnamese
    assert index.lesson(UPDATED).order == 3
    assert index.lesson(UPDATED).title.get("vi") == "Mật khẩu là chìa khóa của em"
    assert index.band_for_grade(4).id == "g3-5"
    assert index.band_for_grade(12).id == "g10-12"


def test_a_second_start_reads_the_kept_index_without_the_kit(demo_db, monkeypatch):
    first = plan_index_for(demo_db)
    _fresh_process(monkeypatch)

    def no_kit(_db):
        raise AssertionError("the kit was loaded although the kept index is current")

    monkeypatch.setattr("skillsapp.content.library.kit_for", no_kit)
    again = plan_index_for(demo_db)
    assert again is not first
    assert [x.id for x in again.grade_plan(7)] == [x.id for x in first.grade_plan(7)]


def test_an_installed_pack_makes_the_kept_index_stale(demo_db, monkeypatch, tmp_path):
    assert plan_index_for(demo_db).lesson(UPDATED).version == 1
    _fresh_process(monkeypatch)
    # a pack's files as lessons import lays them out (the install itself is tested elsewhere)
    folder = library_dir(demo_db) / PACKS_FOLDER / "pgd-2026" / "lessons"
    write_source(folder, {UPDATED: lesson_text()})
    updated = plan_index_for(demo_db).lesson(UPDATED)
    assert (updated.version, updated.title.get("vi")) == (2, NEW_TITLE_VI)
    assert plan_index_for(demo_db).lesson_at(UPDATED, 1).title.get("vi") == (
        "Mật khẩu là chìa khóa của em"
    )  # as taught before the update


def test_a_saved_own_lesson_joins_the_index_on_the_same_start(demo_db):
    before = plan_index_for(demo_db)
    data = adapted(kit_for(demo_db).lesson(UPDATED), demo_db)  # as "Copy and adapt" does
    data["title"]["vi"] = "Mật khẩu của lớp em"
    own_id = str(data["id"])
    assert own_id.startswith("g3-5/own-")
    with pytest.raises(KeyError):
        before.lesson(own_id)
    store = open_store(demo_db)
    try:
        save_own(store, own_id, to_yaml(data), "Mật khẩu của lớp em", "Our class's passwords")
        index = plan_index_for(demo_db, store)
    finally:
        store.close()
    assert index.lesson(own_id).title.get("vi") == "Mật khẩu của lớp em"


def test_a_damaged_kept_index_is_rebuilt_from_the_kit(demo_db, monkeypatch):
    plan_index_for(demo_db)
    kept = cache.cache_file(library_dir(demo_db).resolve(), KIND, "marshal")
    assert kept.is_file()
    for damage in (b"", kept.read_bytes()[:40], b"\x00" * 200):
        kept.write_bytes(damage)
        _fresh_process(monkeypatch)
        assert plan_index_for(demo_db).lesson(UPDATED).order == 3
