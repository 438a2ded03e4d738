"""A teacher's own lessons as saved: one travelling `own_lesson` row per lesson id and version."""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from skillsapp.store.rows import named_rows, put

if TYPE_CHECKING:
    from sqlite_utils import Database

    from skillsapp.store.db import Store


@dataclass(frozen=True)
class OwnLessonRow:
    """One saved version of an own lesson."""

    id: str
    lesson_id: str
    version: int
    band: str
    yaml: str
    title_vi: str
    title_en: str


_COLUMNS = "id, lesson_id, version, band, yaml, title_vi, title_en"


def all_versions(db: Database) -> list[OwnLessonRow]:
    """Every saved version of every own lesson, oldest version first (the kit's merge order)."""
    rows = named_rows(
        db,
        f"SELECT {_COLUMNS} FROM own_lesson WHERE deleted = 0 ORDER BY lesson_id, version",
    )
    return [OwnLessonRow(**dict(row)) for row in rows]


def latest(db: Database, lesson_id: str) -> OwnLessonRow | None:
    """The newest saved version of one own lesson."""
    rows = named_rows(
        db,
        f"SELECT {_COLUMNS} FROM own_lesson WHERE deleted = 0 AND lesson_id = ? "
        "ORDER BY version DESC LIMIT 1",
        [lesson_id],
    )
    return OwnLessonRow(**dict(rows[0])) if rows else None


def is_taught(db: Database, lesson_id: str, version: int) -> bool:
    """Whether a session (any device's, once synced) taught this version: it is then frozen."""
    rows = named_rows(
        db,
        "SELECT 1 FROM session WHERE deleted = 0 AND lesson_id = ? AND lesson_version = ? LIMIT 1",
        [lesson_id, version],
    )
    return bool(rows)


def save(store: Store, row: OwnLessonRow) -> bool:
    """Write one version (stamped for sync); False when nothing changed."""
    return put(
        store,
        "own_lesson",
        {
            "id": row.id,
            "lesson_id": row.lesson_id,
            "version": row.version,
            "band": row.band,
            "yaml": row.yaml,
            "title_vi": row.title_vi,
            "title_en": row.title_en,
        },
    )


def versions_in_file(path: Path) -> list[OwnLessonRow]:
    """`all_versions` of a database file read on a connection of its own, read-only: the
    curriculum is loaded off the GUI thread and by commands that never open the store. A file
    that is missing, not ours or older than the table has no own lessons."""
    if not path.is_file():
        return []
    try:
        conn = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)
    except sqlite3.Error:
        return []
    try:
        conn.row_factory = sqlite3.Row
        rows = conn.execute(
            f"SELECT {_COLUMNS} FROM own_lesson WHERE deleted = 0 ORDER BY lesson_id, version"
        ).fetchall()
        return [OwnLessonRow(**dict(row)) for row in rows]
    except sqlite3.Error:
        return []
    finally:
        conn.close()
