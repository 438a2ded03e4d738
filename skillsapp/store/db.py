"""Opening a database file safely: check it is ours, refuse newer ones, back up, then migrate.

A teacher's only copy of a term's attendance may be this file, so opening never damages it: a
non-SQLite or foreign file is refused with a message, a file from a newer app is refused
untouched, and before pending migrations run the file is copied aside.
"""

from __future__ import annotations

import sqlite3
from contextlib import AbstractContextManager
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING, cast

from skillsapp.domain.records import new_id
from skillsapp.errors import UserError
from skillsapp.store.connection import LazyDatabase
from skillsapp.store.hlc import HybridClock
from skillsapp.store.rows import named_row
from skillsapp.store.schema_names import MIGRATION_NAMES, MIGRATION_SET

if TYPE_CHECKING:
    from sqlite_utils import Database

SQLITE_HEADER = b"SQLite format 3\x00"
BUSY_TIMEOUT_MS = 5000


@dataclass
class Store:
    """An open database with the device identity and clock that stamp every write.

    `db` reads with plain sqlite3 and becomes sqlite-utils' Database for anything more
    (skillsapp.store.connection): opening a current file and reading it never loads sqlite-utils.
    """

    handle: LazyDatabase = field(repr=False)
    path: Path
    device_id: str
    clock: HybridClock = field(repr=False)

    @property
    def db(self) -> Database:
        # Typed as the Database it stands for: what LazyDatabase lacks is that Database's.
        return cast("Database", self.handle)

    def stamp(self) -> dict[str, object]:
        """Sync columns for a row written now by this device."""
        return {"hlc": self.clock.now(), "origin": self.device_id, "deleted": 0}

    def atomic(self) -> AbstractContextManager[Database]:
        """One transaction (a savepoint when nested): callers outside the store group their
        writes with it without reaching into the connection."""
        return self.db.atomic()

    def save_clock(self) -> None:
        """Persist the clock so stamps stay monotonic across restarts (call inside the write)."""
        set_setting(self.db, "hlc_last", self.clock.last)

    def close(self) -> None:
        self.handle.close()


def set_setting(db: Database, key: str, value: str) -> None:
    db.execute(
        "INSERT INTO setting(key, value) VALUES (?, ?) "
        "ON CONFLICT(key) DO UPDATE SET value = excluded.value",
        [key, value],
    )


def get_setting(db: Database, key: str, default: str = "") -> str:
    row = named_row(db, "SELECT value FROM setting WHERE key = ?", [key])
    if row is None:
        return default
    value: str = row["value"]
    return value


def check_sqlite_file(path: Path) -> None:
    """Refuse a file that is not SQLite before sqlite3 gets a chance to treat it as one."""
    try:
        with path.open("rb") as handle:
            header = handle.read(len(SQLITE_HEADER))
    except OSError as exc:
        raise UserError("db.unreadable", path=path, reason=exc.strerror or exc) from exc
    if header != SQLITE_HEADER and header != b"":
        raise UserError("db.not_sqlite", path=path)


def _connect(path: Path) -> LazyDatabase:
    conn = sqlite3.connect(str(path), timeout=BUSY_TIMEOUT_MS / 1000)
    db = LazyDatabase(conn)
    db.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
    db.execute("PRAGMA foreign_keys = ON")
    # Deleted pupil data must not linger in free pages of the file.
    db.execute("PRAGMA secure_delete = ON")
    # What sqlite-utils turns on when it wraps a connection: on from the start, so triggers
    # behave the same before and after it is loaded.
    db.execute("PRAGMA recursive_triggers = ON")
    return db


def _make_durable(db: Database) -> None:
    """WAL with synchronous = FULL: every commit is fsynced before it returns, so a save the
    app reports as done survives a power cut (NORMAL could lose the last commits). Set only
    once the file is known to be ours: switching to WAL writes the file's header."""
    db.execute("PRAGMA journal_mode = WAL")
    db.execute("PRAGMA synchronous = FULL")


def _applied(db: LazyDatabase) -> list[str]:
    """The names of the migrations applied to the file, in the order they ran (plain SQL on
    sqlite-utils' `_sqlite_migrations` table, so that a current file never loads it)."""
    rows = db.execute(
        "SELECT name FROM _sqlite_migrations WHERE migration_set = ? ORDER BY rowid",
        [MIGRATION_SET],
    ).fetchall()
    return [str(name) for (name,) in rows]


def _check_ours(db: LazyDatabase, path: Path) -> list[str]:
    """The migrations already applied; raise if the file is foreign or from a newer app."""
    try:
        tables = {
            name for (name,) in db.execute("SELECT name FROM sqlite_master WHERE type = 'table'")
        }
    except sqlite3.DatabaseError as exc:
        # The header said SQLite (check_sqlite_file ran first), so this is a damaged SQLite
        # file: start-up may offer a backup. A file without the header is refused untouched.
        raise UserError("db.corrupt", path=path) from exc
    if not tables:
        return []
    if "_sqlite_migrations" not in tables:
        raise UserError("db.not_ours", path=path)
    try:
        applied = _applied(db)
    except sqlite3.DatabaseError as exc:  # a damaged migrations table
        raise UserError("db.corrupt", path=path) from exc
    if not applied:
        raise UserError("db.not_ours", path=path)
    if set(applied) - set(MIGRATION_NAMES):
        raise UserError("db.newer", path=path)
    return applied


def _migrate(db: LazyDatabase, path: Path, applied: list[str]) -> None:
    """Run the pending migrations (sqlite-utils loads here, and only here, on opening), after
    a copy aside when the file already has data."""
    from skillsapp.store.schema import migrations

    if applied:
        copy_aside(db.full, path, "before-migration")
    migrations.apply(db.full)


def copy_aside(db: Database, path: Path, reason: str) -> Path:
    """A consistent copy of the database next to it, under backups/, named for why it exists."""
    from skillsapp.store.backup import backup_to

    stamp = datetime.now().strftime("%Y%m%d-%H%M%S")
    target = path.parent / "backups" / f"{path.stem}-{reason}-{stamp}.db"
    backup_to(db, target)
    return target


def _ensure_device(db: Database) -> str:
    device_id = get_setting(db, "device_id")
    if device_id:
        return device_id
    device_id = new_id()
    with db.atomic():
        set_setting(db, "device_id", device_id)
        db.execute(
            "INSERT INTO device(id, name, role, trusted, is_self, first_seen) "
            "VALUES (?, '', 'teacher', 1, 1, ?)",
            [device_id, datetime.now().isoformat(timespec="seconds")],
        )
    return device_id


def open_store(path: Path | str, *, create: bool = True) -> Store:
    """Open (or create) a database, migrating it to this app's schema.

    Raises UserError for a missing file when `create` is false, a non-SQLite or foreign file, or
    a file from a newer app. Pending migrations on a file that already has data are preceded by
    a copy aside, so a failed or unwanted upgrade can be undone.
    """
    path = Path(path)
    if path.exists():
        check_sqlite_file(path)
    elif not create:
        raise UserError("db.missing", path=path)
    else:
        path.parent.mkdir(parents=True, exist_ok=True)
    handle = _connect(path)
    db = cast("Database", handle)  # what the store's queries take (see Store.db)
    try:
        applied = _check_ours(handle, path)
        _make_durable(db)
        if set(MIGRATION_NAMES) - set(applied):
            _migrate(handle, path, applied)
        device_id = _ensure_device(db)
        try:
            clock = HybridClock(get_setting(db, "hlc_last") or None)
        except ValueError as exc:  # a damaged clock setting: the file is not as we wrote it
            raise UserError("db.corrupt", path=path) from exc
    except BaseException:
        db.close()
        raise
    return Store(handle=handle, path=path, device_id=device_id, clock=clock)


__all__ = ["Store", "get_setting", "open_store", "set_setting"]
