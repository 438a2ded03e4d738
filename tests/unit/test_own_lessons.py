"""Own lessons (issue 19): saved in the database, taught, sent to the leader in the teacher's
sync package, and counted and named in the leader's school report."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from support.lesson_packs import teach_6a1
from support.sync_world import export, import_into

from skillsapp.content.library import kit_for
from skillsapp.content.own import adapted, check_own, to_yaml
from skillsapp.reports.build import ReportRequest, make_document, make_figures
from skillsapp.services.own_lessons import is_own_id, own_versions, save_own, slug
from skillsapp.store import open_store

SOURCE = "g6-9/03-tin-nhan-gia-mao"
TITLE_VI = "Tin nhắn lừa đảo ở xã em"


def _adapt(db: Path) -> str:
    """Copy the scam lesson as an own lesson with a new Vietnamese title; returns its id."""
    kit = kit_for(db)
    data = adapted(kit.lesson(SOURCE), db)
    data["title"]["vi"] = TITLE_VI
    lesson, problems = check_own(kit, data)
    assert lesson is not None and problems == [], problems
    store = open_store(db)
    try:
        version, changes = save_own(store, data["id"], to_yaml(data), TITLE_VI, "Scams here")
    finally:
        store.close()
    assert version == 1 and changes.tables == {"own_lesson"}
    return str(data["id"])


def test_slug_drops_vietnamese_marks():
    assert slug("Tin nhắn lừa đảo ở xã em") == "tin-nhan-lua-dao-o-xa-em"
    assert slug("!!!") == "bai"


def test_an_own_lesson_is_saved_and_joins_the_kit(demo_db):
    lesson_id = _adapt(demo_db)
    assert is_own_id(lesson_id) and lesson_id.startswith("g6-9/own-")
    lesson = kit_for(demo_db).lesson(lesson_id)
    assert (lesson.origin, lesson.version, lesson.title.vi) == ("own", 1, TITLE_VI)
    assert kit_for(demo_db).lesson(SOURCE).origin == "bundled"


def test_a_taught_version_is_frozen_and_an_edit_makes_the_next(demo_db):
    lesson_id = _adapt(demo_db)
    teach_6a1(demo_db, lesson_id, date(2026, 11, 20))
    store = open_store(demo_db)
    try:
        text = own_versions(store)[0].yaml.replace("version: 1\n", "version: 2\n", 1)
        version, _ = save_own(store, lesson_id, text, "v2", "v2")
        rows = [(r.lesson_id, r.version, r.title_vi) for r in own_versions(store)]
    finally:
        store.close()
    assert version == 2
    assert rows == [(lesson_id, 1, TITLE_VI), (lesson_id, 2, "v2")]
    kit = kit_for(demo_db)
    assert kit.lesson(lesson_id).version == 2
    assert kit.lesson_at(lesson_id, 1).title.vi == TITLE_VI


def test_an_own_lesson_travels_to_the_leader_and_the_school_report_counts_it(world):
    lesson_id = _adapt(world.teacher)
    teach_6a1(world.teacher, lesson_id, date(2026, 11, 20))
    teach_6a1(world.teacher, lesson_id, date(2026, 11, 24))
    package = export(world.teacher, world.root / "own.kns", full=True)
    result = import_into(world.leader, package)
    assert result.status == "imported"

    assert [(r.lesson_id, r.version) for r in own_versions(world.leader)] == [(lesson_id, 1)]
    kit = kit_for(world.leader)
    assert kit.lesson(lesson_id).origin == "own"
    store = open_store(world.leader)
    try:
        request = ReportRequest(kind="school", period="2026-11", lang="vi")
        figures = make_figures(store, kit, request)
        document = make_document(store, kit, request, figures, date(2026, 12, 1))
    finally:
        store.close()
    own = figures.own_lessons  # type: ignore[union-attr]
    assert [(r.lesson_id, r.version, r.sessions) for r in own] == [(lesson_id, 1, 2)]
    tables = [t for t in document.tables() if t.key == "own_lessons"]
    assert tables and tables[0].rows == ((f"{TITLE_VI} (bài tự soạn)", 1, 2),)
    assert "own_lessons" not in figures.to_dict()  # type: ignore[union-attr]


def test_an_own_lesson_exported_as_a_pack_installs_at_a_colleagues_school(demo_db, tmp_path):
    from skillsapp.packs.format import read_pack
    from skillsapp.packs.own import export_own_pack
    from skillsapp.packs.verify import read_lessons

    lesson_id = _adapt(demo_db)
    store = open_store(demo_db)
    try:
        path = export_own_pack(store, lesson_id, tmp_path / "share.knsl")
    finally:
        store.close()
    pack = read_pack(path)
    lessons = read_lessons(pack, kit_for(None))
    assert list(lessons) == [lesson_id]
    assert lessons[lesson_id].title.vi == TITLE_VI
