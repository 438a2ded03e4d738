"""Backups the teacher never has to think about, and the ones they make and restore by hand.

Once a day, when the app starts, a copy of the database goes to `backups/` beside it; the newest
ten automatic copies are kept, so a bad week can still be undone. Copies are files the user
controls (docs/ARCHITECTURE.md#privacy): they are listed with their date and size and can be
restored, which keeps the replaced file too.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from skillsapp.domain.records import Changes
from skillsapp.paths import backups_dir
from skillsapp.store import Store
from skillsapp.store.backup import backup_to, restore, rotate_backups
from skillsapp.store.schema_names import TRAVELLING_TABLES

AUTO_KEEP = 10
_STAMP = "%Y%m%d-%H%M%S"
_NAMED = re.compile(r"[-.](auto|manual|before-migration|before-restore)-(\d{8}-\d{6})\.db$")
# Everything a restore may have changed, so every page reloads.
RESTORED = Changes(tables=frozenset({*TRAVELLING_TABLES, "setting", "device"}))


@dataclass(frozen=True)
class BackupInfo:
    path: Path
    kind: str  # auto, manual, before-migration, before-restore, other
    made_at: datetime
    size: int


def _target(store: Store, kind: str, now: datetime) -> Path:
    return backups_dir(store.path) / f"{store.path.stem}-{kind}-{now.strftime(_STAMP)}.db"


def _made_at(path: Path) -> datetime:
    """When a backup was made: from its name when it has our stamp, else the file time."""
    match = _NAMED.search(path.name)
    if match:
        return datetime.strptime(match[2], _STAMP)
    return datetime.fromtimestamp(path.stat().st_mtime)


def _kind(path: Path) -> str:
    match = _NAMED.search(path.name)
    return match[1] if match else "other"


def auto_backup_if_due(store: Store, *, now: datetime | None = None) -> Path | None:
    """Make today's automatic backup unless one exists; keep the newest AUTO_KEEP.

    Returns the new file, or None when today's backup was already made.
    """
    now = now or datetime.now()
    folder = backups_dir(store.path)
    made = [_made_at(p) for p in folder.glob(f"{store.path.stem}-auto-*.db")]
    if any(when.date() == now.date() for when in made):
        return None
    target = backup_to(store.db, _target(store, "auto", now))
    rotate_backups(folder, keep=AUTO_KEEP, pattern=f"{store.path.stem}-auto-*.db")
    return target


def backup_now(store: Store, *, now: datetime | None = None) -> Path:
    """A backup the user asked for; never rotated away."""
    return backup_to(store.db, _target(store, "manual", now or datetime.now()))


def list_backups(db_path: Path) -> list[BackupInfo]:
    """Every backup of this database, newest first: the backups folder and the files a restore
    kept beside the database."""
    db_path = Path(db_path)
    found = [
        *backups_dir(db_path).glob(f"{db_path.stem}-*.db"),
        *db_path.parent.glob(f"{db_path.stem}.before-restore-*.db"),
    ]
    infos = [
        BackupInfo(path=p, kind=_kind(p), made_at=_made_at(p), size=p.stat().st_size)
        for p in found
        if p.is_file()
    ]
    return sorted(infos, key=lambda info: info.made_at, reverse=True)


def restore_backup(source: Path, db_path: Path) -> tuple[Path | None, Changes]:
    """Replace the database with a backup (checked first); the replaced file is kept.

    The caller must have closed its own connections to `db_path` and reopen afterwards.
    Returns where the replaced file was kept and what changed (everything).
    """
    return restore(Path(source), Path(db_path)), RESTORED
