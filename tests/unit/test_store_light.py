"""Opening a current database reads it with plain sqlite3: sqlite-utils loads only for a write
or a migration (issue 10: it costs the start 150-200 ms and 10-13 MB)."""

from __future__ import annotations

import sqlite3

from skillsapp.services.school import classes, current_school
from skillsapp.store import open_store
from skillsapp.store.schema import known_migration_names, migrations
from skillsapp.store.schema_names import MIGRATION_NAMES, MIGRATION_SET


def test_the_light_list_names_every_migration_schema_registers_in_order():
    assert migrations.name == MIGRATION_SET
    assert known_migration_names() == MIGRATION_NAMES


def test_opening_and_reading_a_current_file_never_needs_sqlite_utils(demo_db):
    store = open_store(demo_db)
    try:
        assert current_school(store).name and classes(store)
        assert not store.handle.loaded
    finally:
        store.close()


def test_a_write_loads_sqlite_utils_on_the_same_connection(demo_db):
    store = open_store(demo_db)
    try:
        with store.atomic():
            store.db.execute("UPDATE school SET district = 'Quận 3'")
        assert store.handle.loaded and store.handle.full.conn is store.handle.conn
    finally:
        store.close()
    conn = sqlite3.connect(demo_db)
    assert {r[0] for r in conn.execute("SELECT district FROM school")} == {"Quận 3"}
    conn.close()


def test_a_write_outside_a_transaction_is_committed_at_once(demo_db):
    store = open_store(demo_db)
    try:
        store.db.execute("UPDATE school SET province = 'Huế'")
        assert not store.handle.conn.in_transaction
        other = sqlite3.connect(demo_db)
        assert {r[0] for r in other.execute("SELECT province FROM school")} == {"Huế"}
        other.close()
    finally:
        store.close()


def test_a_failed_write_outside_a_transaction_leaves_none_open(demo_db):
    store = open_store(demo_db)
    try:
        try:
            store.db.execute("INSERT INTO setting(key, value) VALUES ('device_id', 'x')")
        except sqlite3.IntegrityError:
            pass
        else:
            raise AssertionError("the duplicate key was accepted")
        assert not store.handle.conn.in_transaction
    finally:
        store.close()


def test_triggers_see_the_same_connection_settings_before_and_after_sqlite_utils(demo_db):
    store = open_store(demo_db)
    try:
        before = store.db.execute("PRAGMA recursive_triggers").fetchone()[0]
        store.handle.full  # noqa: B018  (loads sqlite-utils on the connection)
        after = store.db.execute("PRAGMA recursive_triggers").fetchone()[0]
        assert before == after == 1
    finally:
        store.close()
