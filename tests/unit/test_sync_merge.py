"""The merge rule and what an export carries, through real packages between real databases."""

from __future__ import annotations

import json
import shutil
from dataclasses import replace
from pathlib import Path

import pytest
from support.sync_world import (  # noqa: F401  (fixtures)
    World,
    content,
    export,
    import_into,
    new_db,
    swap_cards,
    world_fixture,
    world_template_fixture,
)

from skillsapp.errors import UserError
from skillsapp.services.school import classes, pupils, save_pupil
from skillsapp.services.sessions import delete_session, list_sessions
from skillsapp.store import open_store
from skillsapp.sync import package as pkg
from skillsapp.sync.export import export_rows
from skillsapp.sync.keys import load_keys


def _rename_first_pupil(db: Path, name: str) -> str:
    store = open_store(db)
    try:
        first = pupils(store, classes(store)[0].id)[0]
        save_pupil(store, replace(first, full_name=name))
        return first.id
    finally:
        store.close()


def _pupil_name(db: Path, pupil_id: str) -> str:
    store = open_store(db)
    try:
        return store.db.execute("SELECT full_name FROM pupil WHERE id = ?", [pupil_id]).fetchone()[
            0
        ]
    finally:
        store.close()


def _tables_in(package: Path, db: Path) -> dict[str, int]:
    """Rows per table in a package, read the way the recipient reads it."""
    store = open_store(db)
    try:
        keys = load_keys(store)
        assert keys is not None
        read = pkg.read_package(package)
        payload = json.loads(pkg.open_rows(read, keys.pair.box_private))
    finally:
        store.close()
    return {t: len(spec["rows"]) for t, spec in payload["tables"].items()}


def _conflict_losers(db: Path) -> list[dict]:
    store = open_store(db)
    try:
        return [json.loads(r[0]) for r in store.db.execute("SELECT loser FROM conflict")]
    finally:
        store.close()


def test_the_newer_edit_wins_on_both_sides_and_the_loser_is_kept(world: World):
    import_into(world.leader, world.package)
    pupil_id = _rename_first_pupil(world.teacher, "Nguyễn Thị Cũ")
    _rename_first_pupil(world.leader, "Nguyễn Thị Mới")  # later, so newer
    to_leader = export(world.teacher, world.root / "t.kns")
    to_teacher = export(world.leader, world.root / "l.kns")
    leader_result = import_into(world.leader, to_leader)
    teacher_result = import_into(world.teacher, to_teacher)
    assert (
        _pupil_name(world.leader, pupil_id)
        == _pupil_name(world.teacher, pupil_id)
        == ("Nguyễn Thị Mới")
    )
    assert [c.kept for c in leader_result.merge.conflicts] == ["local"]  # type: ignore[union-attr]
    assert [c.kept for c in teacher_result.merge.conflicts] == ["incoming"]  # type: ignore[union-attr]
    for db in (world.leader, world.teacher):
        assert [loser["full_name"] for loser in _conflict_losers(db)] == ["Nguyễn Thị Cũ"]
    assert "kept Thầy Nam's version" in "\n".join(teacher_result.lines("en"))


def test_an_older_package_never_rolls_back_newer_data(world: World):
    pupil_id = _rename_first_pupil(world.teacher, "Trần Văn Sau")
    later = export(world.teacher, world.root / "later.kns", full=True)
    import_into(world.leader, later)
    result = import_into(world.leader, world.package)  # the first, older full package
    assert _pupil_name(world.leader, pupil_id) == "Trần Văn Sau"
    assert result.merge is not None and result.merge.totals().added == 0
    assert result.merge.totals().ignored > 0 and not result.merge.conflicts  # same author


def test_packages_in_either_order_give_the_same_database(world: World):
    _rename_first_pupil(world.teacher, "Lê Văn Hai")
    second = export(world.teacher, world.root / "second.kns", full=True)
    twin = world.root / "twin.db"  # the same leader device (and keys) before any import
    shutil.copy(world.leader, twin)
    for db, order in ((world.leader, (world.package, second)), (twin, (second, world.package))):
        for package in (*order, *order):
            import_into(db, package)
    assert content(world.leader) == content(twin)


def test_a_deletion_travels_and_an_old_copy_cannot_bring_it_back(world: World):
    import_into(world.leader, world.package)
    store = open_store(world.teacher)
    session_id = list_sessions(store)[0].id
    delete_session(store, session_id)
    store.close()
    result = import_into(world.leader, export(world.teacher, world.root / "del.kns"))
    assert result.merge is not None and result.merge.totals().deleted > 1
    again = import_into(world.leader, export(world.teacher, world.root / "old.kns", full=True))
    assert again.merge is not None
    leader = open_store(world.leader)
    try:
        assert leader.db.execute(
            "SELECT deleted FROM session WHERE id = ?", [session_id]
        ).fetchone()[0]
    finally:
        leader.close()


def test_an_incremental_package_carries_only_what_changed(world: World):
    import_into(world.leader, world.package)
    store = open_store(world.teacher)
    nothing = export_rows(store, world.root)
    store.close()
    assert nothing.path is None and "Nothing has changed" in nothing.message("en")
    _rename_first_pupil(world.teacher, "Phạm Thu Một")
    changed = export(world.teacher, world.root / "one.kns")
    assert _tables_in(changed, world.leader) == {"pupil": 1}


def test_rows_the_recipient_wrote_are_not_sent_back(world: World):
    import_into(world.leader, world.package)
    _rename_first_pupil(world.leader, "Đỗ Văn Từ Hiệu Trưởng")
    import_into(world.teacher, export(world.leader, world.root / "to-teacher.kns"))
    store = open_store(world.teacher)
    result = export_rows(store, world.root)
    store.close()
    assert result.path is None  # the only change came from the leader itself


def test_rows_from_one_teacher_are_forwarded_to_another(world: World, tmp_path: Path):
    """The leader forwards what it imported even though its HLC predates the last package."""
    import_into(world.leader, world.package)
    second = new_db(tmp_path / "second.db", name="Cô Lan", role="teacher")
    swap_cards(world.leader, second)
    import_into(second, export(world.leader, tmp_path / "roster.kns", to="Cô Lan"))
    pupil_id = _rename_first_pupil(world.teacher, "Hoàng Minh Chuyển")  # teacher edits
    import_into(world.leader, export(world.teacher, world.root / "edit.kns"))
    import_into(second, export(world.leader, tmp_path / "fwd.kns", to="Cô Lan"))
    assert _pupil_name(second, pupil_id) == "Hoàng Minh Chuyển"


def test_a_class_scope_sends_only_those_classes_pupils(world: World, tmp_path: Path):
    import_into(world.leader, world.package)
    second = new_db(tmp_path / "second.db", name="Cô Lan", role="teacher")
    swap_cards(world.leader, second)
    store = open_store(world.leader)
    chosen = classes(store)[0]
    store.close()
    package = export(world.leader, tmp_path / "one-class.kns", to="Cô Lan", classes=[chosen.name])
    import_into(second, package)
    store = open_store(second)
    try:
        class_ids = {r[0] for r in store.db.execute("SELECT DISTINCT class_id FROM pupil")}
        adult = store.db.execute("SELECT count(*) FROM session WHERE class_id IS NULL").fetchone()
    finally:
        store.close()
    assert class_ids == {chosen.id}
    assert adult[0] > 0  # school-wide sessions (parents, staff) always go


def test_the_clock_moves_past_what_was_imported(world: World):
    newest = pkg.read_package(world.package).manifest["hlc_range"][1]
    import_into(world.leader, world.package)
    store = open_store(world.leader)
    try:
        assert store.clock.last >= newest and store.clock.now() > newest
    finally:
        store.close()


@pytest.mark.parametrize(
    ("known", "query", "key"),
    [
        (0, None, "sync.no_recipient"),
        (2, None, "sync.choose_recipient"),
        (2, "nobody", "sync.unknown_recipient"),
        (1, "Phòng GD", "sync.to_department"),
    ],
)
def test_choosing_the_recipient(tmp_path: Path, demo_db: Path, known: int, query, key: str):
    new_db(demo_db)
    names = ["Thầy Nam", "Cô Lan"][:known] if known != 1 else []
    for name in names:
        swap_cards(demo_db, new_db(tmp_path / f"{len(name)}-{name}.db", name=name))
    if known == 1:
        swap_cards(demo_db, new_db(tmp_path / "dept.db", name="Phòng GD", role="department"))
    store = open_store(demo_db)
    try:
        with pytest.raises(UserError) as caught:
            export_rows(store, tmp_path, to=query)
    finally:
        store.close()
    assert caught.value.key == key


def test_a_deleted_pupils_data_does_not_live_on_in_the_conflict_list(world: World):
    """docs/ARCHITECTURE.md#privacy: deleting a pupil elsewhere also clears their kept versions."""
    from skillsapp.services.privacy import delete_pupil_data

    import_into(world.leader, world.package)
    pupil_id = _rename_first_pupil(world.teacher, "Vũ Thị Bí Mật")
    _rename_first_pupil(world.leader, "Vũ Thị Bí Mật Hai")
    import_into(world.leader, export(world.teacher, world.root / "edit.kns"))
    assert [c["full_name"] for c in _conflict_losers(world.leader)] == ["Vũ Thị Bí Mật"]
    store = open_store(world.teacher)
    delete_pupil_data(store, pupil_id)
    store.close()
    result = import_into(world.leader, export(world.teacher, world.root / "forget.kns"))
    assert result.merge is not None and not result.merge.conflicts
    assert _conflict_losers(world.leader) == []
    assert _pupil_name(world.leader, pupil_id) == ""


def test_a_package_from_an_older_schema_is_upgraded(world: World):
    """Rows without a column the sender's app did not have yet take the column's default."""
    from support.sync_world import reseal

    from skillsapp.store.schema import SCHEMA_VERSION

    session: dict = {}

    def drop_notes(tables: dict) -> None:
        session.update(tables["session"])
        drop = session["columns"].index("notes")
        session["columns"].pop(drop)
        for row in session["rows"]:
            row.pop(drop)

    older = reseal(world, world.root / "older.kns", drop_notes, schema=SCHEMA_VERSION - 1)
    result = import_into(world.leader, older)
    assert result.merge is not None and result.merge.counts["session"].added == len(session["rows"])
    store = open_store(world.leader)
    try:
        notes = {r[0] for r in store.db.execute("SELECT notes FROM session")}
    finally:
        store.close()
    assert notes == {""}
