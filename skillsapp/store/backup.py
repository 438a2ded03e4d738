"""Backups and restores that never leave a half-written file under a real name.

Copies use SQLite's online backup API (a consistent snapshot even while the app writes) into a
temporary file in the target folder, which is checked and then renamed into place. A restore
keeps the file it replaces.
"""

from __future__ import annotations

import contextlib
import errno
import os
import sqlite3
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING

from skillsapp.errors import UserError

if TYPE_CHECKING:
    from sqlite_utils import Database

_DISK_FULL_WORDS = ("disk is full", "database or disk is full")


def _is_disk_full(exc: BaseException) -> bool:
    if isinstance(exc, OSError) and exc.errno in (errno.ENOSPC, errno.EDQUOT):
        return True
    return isinstance(exc, sqlite3.OperationalError) and any(
        w in str(exc) for w in _DISK_FULL_WORDS
    )


def _remove_quietly(path: Path) -> None:
    for p in (path, Path(f"{path}-wal"), Path(f"{path}-shm"), Path(f"{path}-journal")):
        with contextlib.suppress(OSError):
            p.unlink()


def integrity_ok(path: Path) -> bool:
    conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        return conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    except sqlite3.DatabaseError:
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


def backup_to(db: Database, target: Path) -> Path:
    """Write a consistent copy of `db` to `target` atomically; UserError if it cannot."""
    target = Path(target)
    tmp = target.with_name(f".{target.name}.tmp")
    try:
        target.parent.mkdir(parents=True, exist_ok=True)
        _remove_quietly(tmp)
        _snapshot(db.conn, tmp)
        if not integrity_ok(tmp):
            raise UserError("db.corrupt", path=tmp)
        os.replace(tmp, target)
    except UserError:
        _remove_quietly(tmp)
        raise
    except (OSError, sqlite3.Error) as exc:
        _remove_quietly(tmp)
        if _is_disk_full(exc):
            raise UserError("io.disk_full", path=target) from exc
        reason = getattr(exc, "strerror", None) or str(exc)
        raise UserError("io.cannot_write", path=target, reason=reason) from exc
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
    scratch = source.with_name(f".{source.name}.check")
    try:
        conn = sqlite3.connect(f"file:{source}?mode=ro", uri=True)
        try:
            _snapshot(conn, scratch)
        finally:
            conn.close()
        open_store(scratch, create=False).close()
    except sqlite3.Error as exc:
        raise UserError("db.not_sqlite", path=source) from exc
    finally:
        _remove_quietly(scratch)


def restore(source: Path, db_path: Path) -> Path | None:
    """Replace `db_path` with the backup `source`; returns where the replaced file was kept.

    The new file is prepared beside the target and swapped in with one rename, so the database
    is always either the old one or the restored one, never a mix.
    """
    source, db_path = Path(source), Path(db_path)
    _validate_backup(source)
    tmp = db_path.with_name(f".{db_path.name}.restoring")
    kept: Path | None = None
    try:
        db_path.parent.mkdir(parents=True, exist_ok=True)
        conn = sqlite3.connect(f"file:{source}?mode=ro", uri=True)
        try:
            _snapshot(conn, tmp)
        finally:
            conn.close()
        if db_path.exists():
            stamp = datetime.now().strftime("%Y%m%d-%H%M%S")
            kept = db_path.with_name(f"{db_path.stem}.before-restore-{stamp}.db")
            old = sqlite3.connect(str(db_path))
            try:
                _snapshot(old, kept)
            finally:
                old.close()
        os.replace(tmp, db_path)
        for stale in (Path(f"{db_path}-wal"), Path(f"{db_path}-shm")):
            with contextlib.suppress(FileNotFoundError):
                stale.unlink()
    except (OSError, sqlite3.Error) as exc:
        _remove_quietly(tmp)
        if _is_disk_full(exc):
            raise UserError("io.disk_full", path=db_path) from exc
        reason = getattr(exc, "strerror", None) or str(exc)
        raise UserError("io.cannot_write", path=db_path, reason=reason) from exc
    return kept


def rotate_backups(folder: Path, *, keep: int = 10, pattern: str = "*-auto-*.db") -> list[Path]:
    """Delete all but the newest `keep` automatic backups; returns what was removed."""
    backups = sorted(folder.glob(pattern), key=lambda p: p.stat().st_mtime, reverse=True)
    removed = backups[keep:]
    for path in removed:
        path.unlink(missing_ok=True)
    return removed
