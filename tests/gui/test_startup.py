"""Starting on a real PC: a damaged database, a second instance, a read-only folder, and the
first run with the wizard's answers. Dialogs are patched: the tests answer for the user."""

from __future__ import annotations

import shutil
import sqlite3
from pathlib import Path

import pytest

from skillsapp.lock import InstanceLock
from skillsapp.services.backups import backup_now
from skillsapp.services.demo_data import has_demo, remembered_school
from skillsapp.services.school import classes, current_school
from skillsapp.store import open_store
from skillsapp.ui import recovery, startup
from skillsapp.ui.first_run import FirstRunChoice


@pytest.fixture
def told(monkeypatch):
    """Messages the app would have shown, and the answer given to each question."""
    record: dict[str, list] = {"told": [], "asked": [], "answer": [True]}
    monkeypatch.setattr(
        recovery, "tell", lambda problem, parent=None: record["told"].append(problem)
    )

    def fake_ask(title, text, yes, no, parent=None):
        record["asked"].append((title, text, yes))
        return record["answer"][0]

    monkeypatch.setattr(recovery, "ask", fake_ask)
    return record


def _class_count(db: Path) -> int:
    store = open_store(db, create=False)
    try:
        return len(classes(store))
    finally:
        store.close()


@pytest.fixture
def backed_up(demo_db: Path) -> Path:
    """The demo database with one backup in backups/ beside it."""
    store = open_store(demo_db)
    try:
        backup_now(store)
    finally:
        store.close()
    return demo_db


def _not_sqlite(db: Path) -> None:
    db.write_bytes(b"PK\x03\x04 this is a zip, not a database" * 100)
    for suffix in ("-wal", "-shm"):
        Path(f"{db}{suffix}").unlink(missing_ok=True)


def _scramble(db: Path) -> None:
    """Our database with its SQLite header intact and every page after it overwritten."""
    data = db.read_bytes()
    db.write_bytes(data[:100] + b"\xa5" * (len(data) - 100))
    for suffix in ("-wal", "-shm"):
        Path(f"{db}{suffix}").unlink(missing_ok=True)


def _truncate(db: Path) -> None:
    size = db.stat().st_size
    with db.open("r+b") as handle:
        handle.truncate(size // 3)


@pytest.mark.parametrize("damage", [_scramble, _truncate], ids=["scrambled", "truncated"])
def test_damaged_database_is_restored_from_the_latest_backup(qapp, told, backed_up, damage):
    expected = _class_count(backed_up)
    damage(backed_up)
    assert recovery.check_database(backed_up, "en")
    ((title, text, yes),) = told["asked"]
    assert title == "The data file is damaged" and yes == "Restore the backup"
    assert "latest backup" in text
    assert _class_count(backed_up) == expected  # the backup's data is back
    kept = list(backed_up.parent.glob("demo.damaged-*.db"))
    assert len(kept) == 1  # the damaged file is kept for an expert


def test_damaged_database_without_backup_can_start_empty(qapp, told, demo_db):
    _scramble(demo_db)
    damaged = demo_db.read_bytes()
    assert recovery.check_database(demo_db, "en")
    assert told["asked"][0][2] == "Start with an empty database"
    assert not demo_db.exists()  # the app will run the first-run wizard on a fresh file
    (kept,) = demo_db.parent.glob("demo.damaged-*.db")
    assert kept.read_bytes() == damaged


def test_declining_recovery_changes_nothing(qapp, told, backed_up):
    _scramble(backed_up)
    before = backed_up.read_bytes()
    told["answer"][0] = False
    assert not recovery.check_database(backed_up, "en")
    assert backed_up.read_bytes() == before
    assert not list(backed_up.parent.glob("*.damaged-*"))


def test_unusable_backups_put_the_damaged_file_back(qapp, told, backed_up):
    for backup in (backed_up.parent / "backups").glob("*.db"):
        backup.write_bytes(b"not a database either")
    _scramble(backed_up)
    before = backed_up.read_bytes()
    assert not recovery.check_database(backed_up, "en")
    assert backed_up.read_bytes() == before
    assert "None of the backups" in told["told"][-1].title + told["told"][-1].text


@pytest.mark.parametrize("foreign", ["zip", "text", "sqlite"])
def test_a_file_that_is_not_ours_is_refused_with_the_cli_message_and_never_touched(
    qapp, told, tmp_path, foreign
):
    from skillsapp.errors import UserError

    db = tmp_path / "notes.db"
    if foreign == "zip":
        _not_sqlite(db)
    elif foreign == "text":
        db.write_text("Bảng điểm lớp 6A1\n", encoding="utf-8")
    else:
        conn = sqlite3.connect(db)
        conn.execute("CREATE TABLE grades (name TEXT)")
        conn.commit()
        conn.close()
    before = db.read_bytes()
    with pytest.raises(UserError) as cli:
        open_store(db)
    store, choice = recovery.open_for_app(db, "en")
    assert store is None and choice is None
    assert told["asked"] == []  # no "restore" or "start empty" offered for a stranger's file
    assert told["told"][0].text == cli.value.message("en")
    assert db.read_bytes() == before
    assert sorted(p.name for p in tmp_path.iterdir()) == ["notes.db"]  # nothing renamed or added


def test_healthy_database_passes_without_questions(qapp, told, demo_db):
    assert recovery.check_database(demo_db, "en")
    assert told["asked"] == [] and told["told"] == []


def test_newer_database_is_refused_with_its_message(qapp, told, demo_db):
    conn = sqlite3.connect(str(demo_db))
    conn.execute("INSERT INTO _sqlite_migrations(migration_set, name, applied_at) "
                 "VALUES ('skillsapp', 'm999_future', '2030-01-01')")  # fmt: skip
    conn.commit()
    conn.close()
    assert not recovery.check_database(demo_db, "en")
    assert "newer version" in told["told"][0].text


def test_second_instance_is_refused_politely(qapp, told, tmp_path):
    db = tmp_path / "kynangso.db"
    with InstanceLock(db):
        assert recovery.take_lock(db, "en") is None
    assert told["told"][0].title == "Kỹ năng số is already open"
    assert "already has" in told["told"][0].text
    lock = recovery.take_lock(db, "en")  # free again once the first app is gone
    assert lock is not None
    lock.release()


def test_unwritable_data_folder_is_a_clear_message_at_start(qapp, told, tmp_path):
    blocker = tmp_path / "readonly-drive"
    blocker.write_text("a file where the folder should be")
    assert recovery.take_lock(blocker / "kynangso.db", "en") is None
    assert told["told"][0].title == "The data folder is read-only"


def test_read_only_database_file_is_a_clear_message(qapp, told, demo_db, monkeypatch):
    """Opening on a read-only medium fails inside SQLite; the user reads why, nothing is
    written (as root a chmod would not stop us, so SQLite's own error is raised)."""

    def read_only(*args, **kwargs):
        exc = sqlite3.OperationalError("attempt to write a readonly database")
        exc.sqlite_errorcode = 8
        raise exc

    monkeypatch.setattr(recovery, "open_school_db", read_only)
    before = demo_db.read_bytes()
    assert recovery.open_checked(demo_db, "en") is None
    assert told["told"][0].title == "The data folder is read-only"
    assert demo_db.read_bytes() == before


def _first_open(qtbot, tmp_path, choice: FirstRunChoice):
    from skillsapp.ui.context import AppContext
    from skillsapp.ui.main_window import MainWindow

    db = tmp_path / "data" / "kynangso.db"
    ctx = AppContext(store=None, db_path=db, language="en")
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    startup._open_data(ctx, window, None, remember=True, choice=choice)
    return ctx


def test_first_run_with_an_empty_school(qtbot, told, tmp_path):
    choice = FirstRunChoice(role="teacher", school_name="Trường THCS Trần Phú",
                            school_code="HP-TP", teacher_name="Nguyễn Thị Hà")  # fmt: skip
    ctx = _first_open(qtbot, tmp_path, choice)
    try:
        assert current_school(ctx.store).name == "Trường THCS Trần Phú"
        assert not has_demo(ctx.store)
    finally:
        ctx.jobs.wait(10000)
        ctx.store.close()


@pytest.mark.slow
def test_first_run_with_the_demo_makes_it_on_a_worker(qtbot, told, tmp_path):
    choice = FirstRunChoice(role="teacher", school_name="Trường THCS Trần Phú",
                            teacher_name="Nguyễn Thị Hà", demo=True)  # fmt: skip
    ctx = _first_open(qtbot, tmp_path, choice)
    done = []
    ctx.bus.data_changed.connect(done.append)
    try:
        qtbot.waitUntil(lambda: bool(done), timeout=120000)  # the job reports when it is done
        assert has_demo(ctx.store)
        assert ctx.store.db.execute("SELECT count(*) FROM pupil").fetchone()[0] == 600
        assert remembered_school(ctx.store).name == "Trường THCS Trần Phú"
    finally:
        ctx.jobs.wait(10000)
        ctx.store.close()


def test_a_copy_of_a_healthy_database_is_not_flagged(qapp, told, demo_db, tmp_path):
    copy = tmp_path / "copy" / "demo.db"
    copy.parent.mkdir()
    shutil.copy(demo_db, copy)
    assert recovery.check_database(copy, "en")


def test_starting_afresh_after_damage_asks_the_first_run_questions(qtbot, told, demo_db,
                                                                    monkeypatch):  # fmt: skip
    from skillsapp.ui import first_run

    _scramble(demo_db)
    answers = FirstRunChoice(school_name="Trường THCS Lê Lợi", teacher_name="Vũ Thị Lan")
    monkeypatch.setattr(first_run, "run_wizard", lambda language: answers)
    store, choice = recovery.open_for_app(demo_db, "en")
    try:
        assert choice is answers
        assert store is not None and classes(store) == []  # a new, empty database
    finally:
        store.close()


def test_the_app_window_recovers_a_damaged_database_before_building_pages(qtbot, told,
                                                                          backed_up):  # fmt: skip
    from skillsapp.ui.context import AppContext
    from skillsapp.ui.main_window import MainWindow

    expected = _class_count(backed_up)
    _truncate(backed_up)
    ctx = AppContext(store=None, db_path=backed_up, language="en")
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    startup._open_data(ctx, window, None, remember=True)
    try:
        assert told["asked"][0][2] == "Restore the backup"
        assert len(classes(ctx.store)) == expected and window.pages
    finally:
        ctx.jobs.wait(10000)
        ctx.store.close()


def test_garbage_collection_is_back_on_after_the_app_ends_without_a_first_page(
    monkeypatch, tmp_path
):
    """run_app turns collection off for the start; an app that ends before its first page (no
    lock, the wizard closed) must not leave the process without it."""
    import gc

    from skillsapp import app
    from skillsapp.ui import startup

    seen = []

    def no_first_page(*_args, **_kwargs):
        seen.append(gc.isenabled())
        return 0

    monkeypatch.setattr(startup, "start_app", no_first_page)
    assert app.run_app(db=str(tmp_path / "school.sqlite")) == 0
    assert seen == [False]
    assert gc.isenabled()
