"""Opening, migrating and protecting the database file; the hybrid logical clock."""

from __future__ import annotations

import shutil
import sqlite3
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from skillsapp.errors import UserError
from skillsapp.store import open_store
from skillsapp.store.backup import backup_to, integrity_ok, restore, rotate_backups
from skillsapp.store.hlc import HybridClock, parse_hlc
from skillsapp.store.schema import SCHEMA_VERSION, known_migration_names

FIXTURES = Path(__file__).parent.parent / "fixtures"


def test_new_database_has_every_migration_and_pragmas(tmp_path):
    store = open_store(tmp_path / "new.db")
    applied = [r[0] for r in store.db.execute("SELECT name FROM _sqlite_migrations ORDER BY id")]
    assert tuple(applied) == known_migration_names() and len(applied) == SCHEMA_VERSION
    assert store.db.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    assert store.db.execute("PRAGMA foreign_keys").fetchone()[0] == 1
    assert store.device_id
    store.close()


def test_schema1_fixture_migrates_and_keeps_its_data(tmp_path):
    path = tmp_path / "old.db"
    shutil.copy(FIXTURES / "schema1.db", path)
    store = open_store(path)
    modes = dict(store.db.execute("SELECT id, quiz_mode FROM session").fetchall())
    assert modes == {"t1": "pupil", "t2": "class"}
    assert store.db.execute("SELECT count(*) FROM pupil").fetchone()[0] == 2
    assert store.device_id == "11111111-1111-4111-8111-111111111111"
    assert store.clock.now() > "1760000000000-000000"
    store.close()
    copies = list((tmp_path / "backups").glob("old-before-migration-*.db"))
    assert len(copies) == 1 and integrity_ok(copies[0])
    conn = sqlite3.connect(copies[0])
    assert [r[0] for r in conn.execute("SELECT name FROM _sqlite_migrations")] == ["m001_initial"]
    conn.close()


def test_database_from_a_newer_app_is_refused_untouched(tmp_path):
    path = tmp_path / "newer.db"
    open_store(path).close()
    conn = sqlite3.connect(path)
    conn.execute(
        "INSERT INTO _sqlite_migrations(migration_set, name, applied_at) "
        "VALUES ('skillsapp', 'm999_future', 'x')"
    )
    conn.commit()
    conn.close()
    before = path.read_bytes()
    with pytest.raises(UserError) as info:
        open_store(path)
    assert info.value.key == "db.newer"
    assert path.read_bytes() == before


@pytest.mark.parametrize("content", [b"hello, not a database", b"PK\x03\x04zipfile"])
def test_non_sqlite_file_is_refused_untouched(tmp_path, content):
    path = tmp_path / "junk.db"
    path.write_bytes(content)
    with pytest.raises(UserError) as info:
        open_store(path)
    assert info.value.key == "db.not_sqlite"
    assert path.read_bytes() == content


def test_foreign_sqlite_file_is_refused(tmp_path):
    path = tmp_path / "other.db"
    conn = sqlite3.connect(path)
    conn.execute("CREATE TABLE contacts (name TEXT)")
    conn.commit()
    conn.close()
    with pytest.raises(UserError) as info:
        open_store(path)
    assert info.value.key == "db.not_ours"


def test_missing_file_without_create(tmp_path):
    with pytest.raises(UserError):
        open_store(tmp_path / "nope.db", create=False)


def test_backup_and_restore_keep_the_old_file(demo_store, demo_db, tmp_path):
    backup = backup_to(demo_store.db, tmp_path / "b" / "copy.db")
    assert integrity_ok(backup)
    target = tmp_path / "restored.db"
    assert restore(backup, target) is None
    kept = restore(backup, target)
    assert kept is not None and integrity_ok(kept)
    restored = open_store(target)
    assert restored.db.execute("SELECT count(*) FROM pupil").fetchone()[0] == 120
    restored.close()


def test_restore_refuses_a_file_that_is_not_ours_and_keeps_the_database(demo_db, tmp_path):
    bad = tmp_path / "bad.db"
    bad.write_bytes(b"not a backup at all")
    before = demo_db.read_bytes()
    with pytest.raises(UserError):
        restore(bad, demo_db)
    assert demo_db.read_bytes() == before


def test_backup_to_an_unwritable_place_is_a_user_error(demo_store, tmp_path):
    blocker = tmp_path / "file"
    blocker.write_text("x")
    with pytest.raises(UserError) as info:
        backup_to(demo_store.db, blocker / "sub" / "copy.db")
    assert info.value.key == "io.cannot_write"


def test_disk_full_during_backup_leaves_no_file(demo_store, tmp_path, monkeypatch):
    import skillsapp.store.backup as backup_module

    def full(source, tmp):
        tmp.write_bytes(b"partial")
        raise sqlite3.OperationalError("database or disk is full")

    monkeypatch.setattr(backup_module, "_snapshot", full)
    target = tmp_path / "out" / "copy.db"
    with pytest.raises(UserError) as info:
        backup_to(demo_store.db, target)
    assert info.value.key == "io.disk_full"
    assert list(target.parent.iterdir()) == []


def test_rotate_backups_keeps_the_newest(tmp_path):
    import os

    for i in range(13):
        path = tmp_path / f"db-auto-{i:02d}.db"
        path.write_text(str(i))
        os.utime(path, (1000 + i, 1000 + i))
    removed = rotate_backups(tmp_path, keep=10)
    assert len(removed) == 3
    assert sorted(p.name for p in tmp_path.iterdir())[0] == "db-auto-03.db"


def test_clock_is_monotonic_when_the_wall_clock_steps_back():
    times = iter([1000.0, 1000.0, 999.0, 500.0, 1001.0])
    clock = HybridClock(wall=lambda: next(times))
    stamps = [clock.now() for _ in range(5)]
    assert stamps == sorted(stamps) and len(set(stamps)) == 5


@given(st.lists(st.floats(min_value=0, max_value=4e9), min_size=1, max_size=50),
       st.lists(st.integers(min_value=0, max_value=4_000_000_000_000), max_size=5))  # fmt: skip
def test_clock_stamps_strictly_increase_and_pass_observed(walls, observed):
    it = iter(walls)
    clock = HybridClock(wall=lambda: next(it, 0.0))
    last = ""
    for physical in observed:
        stamp = f"{physical:013d}-000007"
        clock.observe(stamp)
        assert clock.now() > stamp
    for _ in walls:
        stamp = clock.now()
        assert stamp > last
        parse_hlc(stamp)
        last = stamp


def test_clock_survives_restart(tmp_path):
    store = open_store(tmp_path / "c.db")
    with store.db.atomic():
        store.clock.observe("9999999999999-000001")
        store.save_clock()
    store.close()
    reopened = open_store(tmp_path / "c.db")
    assert reopened.clock.now() > "9999999999999-000001"
    reopened.close()


def test_atomic_write_leaves_the_old_file_when_writing_fails(tmp_path):
    from skillsapp.files import atomic_target, write_atomically

    target = tmp_path / "report.pdf"
    write_atomically(target, b"old")
    with pytest.raises(RuntimeError), atomic_target(target) as tmp:
        tmp.write_bytes(b"half")
        raise RuntimeError("killed")
    assert target.read_bytes() == b"old"
    assert [p.name for p in tmp_path.iterdir()] == ["report.pdf"]
