"""Scope: a teacher device changes only its own classes' rows; the leader changes anything;
a stamp far ahead of this clock is refused; a package from a device not accepted is held."""

from __future__ import annotations

import time

from support.sync_world import (  # noqa: F401  (fixtures)
    World,
    import_into,
    world_fixture,
    world_template_fixture,
)

from skillsapp.store import open_store
from skillsapp.sync.merge import TableRows
from skillsapp.sync.scope import MAX_AHEAD_MS, apply_scope
from skillsapp.sync.tables import travelling_columns


def _pupil_edit(world: World, *, ahead_ms: int = 0) -> tuple[str, TableRows]:
    """The leader's copy of one pupil renamed, as a package would carry it."""
    store = open_store(world.leader)
    try:
        columns = tuple(travelling_columns(store.db, "pupil"))
        row = list(store.db.execute(f"SELECT {', '.join(columns)} FROM pupil LIMIT 1").fetchone())
        teacher = store.db.execute("SELECT id FROM device WHERE is_self = 0").fetchone()[0]
    finally:
        store.close()
    row[columns.index("full_name")] = "Tên Mới"
    stamp = int(time.time() * 1000) + ahead_ms
    row[columns.index("hlc")] = f"{stamp:013d}-000000"
    return teacher, TableRows("pupil", columns, [row])


def test_only_the_device_that_teaches_a_class_may_change_its_rows(world: World):
    import_into(world.leader, world.package)
    teacher, tables = _pupil_edit(world)
    store = open_store(world.leader)
    try:
        own = apply_scope(store.db, [tables], sender=teacher, role="teacher")
        other = apply_scope(store.db, [tables], sender="someone-else", role="teacher")
        leader = apply_scope(store.db, [tables], sender="someone-else", role="leader")
    finally:
        store.close()
    assert own.refused == [] and len(own.tables[0].rows) == 1
    assert [r.reason for r in other.refused] == ["scope"] and other.tables[0].rows == []
    assert leader.refused == []


def test_a_stamp_far_ahead_of_this_clock_is_refused_even_from_the_leader(world: World):
    import_into(world.leader, world.package)
    _, tables = _pupil_edit(world, ahead_ms=MAX_AHEAD_MS + 60_000)
    store = open_store(world.leader)
    try:
        scoped = apply_scope(store.db, [tables], sender="x", role="leader")
    finally:
        store.close()
    assert [r.reason for r in scoped.refused] == ["future"]


def test_a_package_from_a_device_not_accepted_is_held_then_merged_on_accept(world: World):
    from skillsapp.sync.importer import accept_device

    store = open_store(world.leader)
    try:
        store.db.execute("UPDATE device SET trusted = 0 WHERE is_self = 0")  # card not accepted
        teacher = store.db.execute("SELECT id FROM device WHERE is_self = 0").fetchone()[0]
        store.db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    finally:
        store.close()
    result = import_into(world.leader, world.package)
    assert result.status == "held" and "fingerprint" in " ".join(result.lines("en"))
    store = open_store(world.leader)
    try:
        assert store.db.execute("SELECT count(*) FROM pupil").fetchone()[0] == 0
        accepted = accept_device(store, teacher)
        assert accepted.errors == [] and accepted.results[0].status == "imported"
        assert store.db.execute("SELECT count(*) FROM pupil").fetchone()[0] > 0
        assert store.db.execute("SELECT count(*) FROM held_package").fetchone()[0] == 0
    finally:
        store.close()
