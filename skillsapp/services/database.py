"""The school's database file as the UI sees it: open it, check it at start, recover it.

The UI never imports skillsapp.store: it holds an open `SchoolDb` and passes it to services.
Background jobs open their own with `open_school_db` (SQLite connections belong to one thread).
At start the app checks the file with `try_open`; a damaged one is set aside with `set_aside`
and replaced by the newest backup that still opens (`restore_latest`). The questions to the
user about that live in skillsapp.ui.recovery; this module only does the file work.
"""

from __future__ import annotations

import logging
import os
import sqlite3
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING, TypeAlias

from skillsapp.errors import UserError
from skillsapp.services.failures import DAMAGED, classify
from skillsapp.store import Store, open_store
from skillsapp.store.health import quick_health

if TYPE_CHECKING:
    from skillsapp.store.sync_trust import HeldPackage

log = logging.getLogger(__name__)

#: An open school database: what the UI holds (`ctx.store`) and hands to services.
SchoolDb: TypeAlias = Store


def open_school_db(path: Path, *, create: bool = True) -> SchoolDb:
    """Open (or, with `create`, make) the database at `path`, migrated to this app's schema.
    Raises UserError for a missing file without `create`, a file that is not ours, or one from a
    newer app."""
    return open_store(path, create=create)


def try_open(db_path: Path) -> tuple[SchoolDb | None, BaseException | None]:
    """Open and check the database; (db, None), or (None, the error) when it is damaged.
    Other failures (read-only, full, newer app) propagate."""
    try:
        db = open_store(db_path)
    except (UserError, sqlite3.DatabaseError) as exc:
        if classify(exc) == DAMAGED:
            return None, exc
        raise
    try:
        if quick_health(db):
            return db, None
    except sqlite3.DatabaseError as exc:
        db.close()
        if classify(exc) != DAMAGED:
            raise
        return None, exc
    db.close()
    return None, sqlite3.DatabaseError("database file is shorter than its header says")


def set_aside(db_path: Path) -> Path:
    """Rename a damaged database (and its -wal/-shm) out of the way, kept for an expert."""
    stamp = datetime.now().strftime("%Y%m%d-%H%M%S")
    kept = db_path.with_name(f"{db_path.stem}.damaged-{stamp}{db_path.suffix}")
    for suffix in ("-wal", "-shm", ""):
        source = Path(f"{db_path}{suffix}")
        if source.exists():
            os.replace(source, Path(f"{kept}{suffix}"))
    return kept


def restore_latest(db_path: Path) -> bool:
    """Put the newest intact backup in place of the (already set aside) database."""
    from skillsapp.services.backups import list_backups, restore_backup

    for backup in list_backups(db_path):
        try:
            restore_backup(backup.path, db_path)
        except UserError:
            log.warning("backup %s is not usable", backup.path.name)
            continue
        log.info("restored backup %s after damage", backup.path.name)
        return True
    return False


def held_by_device(db: SchoolDb) -> dict[str, list[HeldPackage]]:
    """Packages held until their device is accepted, grouped by device, oldest first."""
    from skillsapp.store.sync_trust import held_packages

    grouped: dict[str, list[HeldPackage]] = {}
    for item in held_packages(db.db):
        grouped.setdefault(item.device_id, []).append(item)
    return grouped


def tables_changed_by_import() -> frozenset[str]:
    """The tables a package import may change: the pages watching them refresh after one."""
    from skillsapp.store.schema_names import TRAVELLING_TABLES

    return frozenset({*TRAVELLING_TABLES, "device", "imported_package", "aggregate_report"})
