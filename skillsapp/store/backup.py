"""Backups and restores that never leave a half-written file under a real name.

Copies use SQLite's online backup API (a consistent snapshot even while the app writes) into a
temporary file in the target folder, which is checked and then renamed into place. A restore
keeps the file it replaces.
"""

from __future__ import annotations

import contextlib
import sqlite3
import tempfile
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING

from skillsapp.errors import UserError
from skillsapp.files import atomic_target

if TYPE_CHECKING:
    from sqlite_utils import Database


def integrity_ok(path: Path) -> bool:
    conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    # A damaged file's report, and SQLite's error messages, can quote its bytes, which need
    # not be UTF-8 (Python then raises UnicodeDecodeError in place of the DatabaseError).
    conn.text_factory = bytes
    try:
        verdict: bytes = conn.execute("PRAGMA integrity_check").fetchone()[0]
        return verdict == b"ok"
    except (sqlite3.DatabaseError, UnicodeDecodeError):
        return False
    finally:
        conn.close()


def _snapshot(source: sqlite3.Connection, tmp: Path) -> None:
    """Copy `source` into `tmp` as a self-contained file (rollback journal, no -wal beside it)."""
    target = sqlite3.connect(str(tmp))
    try:
        source.backup(target)
        target.execute("PRAGMA journal_mode = DELETE")
        target.commit()
    finally:
        target.close()


def _copy_file_db(source: Path, target: Path, *, read_only: bool = False) -> None:
    uri = f"file:{source}?mode=ro" if read_only else f"file:{source}"
    conn = sqlite3.connect(uri, uri=True)
    try:
        _snapshot(conn, target)
    finally:
        conn.close()


def backup_to(db: Database, target: Path) -> Path:
    """Write a consistent copy of `db` to `target` atomically; UserError if it cannot."""
    target = Path(target)
    with atomic_target(target) as tmp:
        _snapshot(db.conn, tmp)
        if not integrity_ok(tmp):
            raise UserError("db.corrupt", path=target)
    return target


def backup_file(db_path: Path, target: Path) -> Path:
    """Back up the database at `db_path` (opened, checked and migrated first) to `target`."""
    from skillsapp.store.db import open_store

    store = open_store(db_path, create=False)
    try:
        return backup_to(store.db, target)
    finally:
        store.close()


def _validate_backup(source: Path) -> None:
    """A restore source must be one of our databases, intact, and not from a newer app."""
    from skillsapp.store.db import open_store

    if not source.exists():
        raise UserError("db.missing", path=source)
    if not integrity_ok(source):
        from skillsapp.store.db import check_sqlite_file

        check_sqlite_file(source)
        raise UserError("db.corrupt", path=source)
    # Open a scratch copy: validating must not migrate or touch the user's backup file.
    with tempfile.TemporaryDirectory() as folder:
        scratch = Path(folder) / "check.db"
        try:
            _copy_file_db(source, scratch, read_only=True)
            open_store(scratch, create=False).close()
        except sqlite3.Error as exc:
            raise UserError("db.not_sqlite", path=source) from exc


def restore(source: Path, db_path: Path) -> Path | None:
    """Replace `db_path` with the backup `source`; returns where the replaced file was kept.

    The new file is prepared beside the target and swapped in with one rename, so the database
    is always either the old one or the restored one, never a mix.
    """
    source, db_path = Path(source), Path(db_path)
    _validate_backup(source)
    kept: Path | None = None
    with atomic_target(db_path) as tmp:
        _copy_file_db(source, tmp, read_only=True)
        if db_path.exists():
            stamp = datetime.now().strftime("%Y%m%d-%H%M%S")
            kept = db_path.with_name(f"{db_path.stem}.before-restore-{stamp}.db")
            _copy_file_db(db_path, kept)
    # The old file's connection closed above, so its -wal was checkpointed away; a leftover
    # from another program must not be replayed onto the restored file.
    for stale in (Path(f"{db_path}-wal"), Path(f"{db_path}-shm")):
        with contextlib.suppress(OSError):
            stale.unlink()
    return kept


def rotate_backups(folder: Path, *, keep: int = 10, pattern: str = "*-auto-*.db") -> list[Path]:
    """Delete all but the newest `keep` automatic backups; returns what was removed."""
    backups = sorted(folder.glob(pattern), key=lambda p: p.stat().st_mtime, reverse=True)
    removed = backups[keep:]
    for path in removed:
        path.unlink(missing_ok=True)
    return removed
