"""The queries behind re-importing class lists and undoing an import (schema 7).

A roster import reads the pupils of a whole school year once, writes every changed pupil in
one batch, and records per class the rows it replaced, so the last import of a class can be
undone exactly. Pupil rows are plain dicts of PUPIL_COLUMNS here: the import needs the birth
date, which the app's Pupil record does not carry.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import datetime
from typing import TYPE_CHECKING

from skillsapp.store.rows import named_row, named_rows, tombstone

if TYPE_CHECKING:
    from sqlite_utils import Database

    from skillsapp.store.db import Store

PUPIL_COLUMNS = (
    "id", "class_id", "code", "full_name", "gender", "birth_year", "birth_date", "active",
    "grade",
)  # fmt: skip
PupilRow = dict[str, object]


def year_pupils(db: Database, school_year: str) -> list[PupilRow]:
    """Every live pupil of the school year's classes (active or not), as column dicts."""
    columns = ", ".join(f"p.{c}" for c in PUPIL_COLUMNS)
    rows = named_rows(
        db,
        f"SELECT {columns} FROM pupil p JOIN school_class c ON c.id = p.class_id "
        "WHERE p.deleted = 0 AND c.deleted = 0 AND c.school_year = ?",
        [school_year],
    )
    return [dict(r) for r in rows]


def class_pupils(db: Database, class_id: str) -> list[PupilRow]:
    """The live pupils of one class (what undo is checked against), ordered by id."""
    rows = named_rows(
        db,
        f"SELECT {', '.join(PUPIL_COLUMNS)} FROM pupil WHERE class_id = ? AND deleted = 0 "
        "ORDER BY id",
        [class_id],
    )
    return [dict(r) for r in rows]


def write_pupils(store: Store, rows: Iterable[Mapping[str, object]]) -> int:
    """Insert or update pupils in one batch, each stamped for sync (the caller holds the
    transaction and has left out rows that did not change)."""
    names = [*PUPIL_COLUMNS, "hlc", "origin", "deleted"]
    updates = ", ".join(f"{n} = excluded.{n}" for n in names if n != "id")
    batch = [[*(r[c] for c in PUPIL_COLUMNS), *store.stamp().values()] for r in rows]
    if batch:
        store.db.conn.executemany(
            f"INSERT INTO pupil ({', '.join(names)}) VALUES ({', '.join('?' for _ in names)}) "
            f"ON CONFLICT(id) DO UPDATE SET {updates}",
            batch,
        )
    return len(batch)


def record_import(
    db: Database,
    class_id: str,
    file_name: str,
    before: Mapping[str, PupilRow | None],
    *,
    created_class: bool,
) -> int:
    """Remember what one import into one class replaced: pupil id -> the row before, or None
    for a pupil the import created."""
    cursor = db.execute(
        "INSERT INTO roster_import (class_id, file_name, imported_at, created_class) "
        "VALUES (?, ?, ?, ?)",
        [class_id, file_name, datetime.now().isoformat(timespec="seconds"), int(created_class)],
    )
    import_id = int(cursor.lastrowid or 0)
    db.conn.executemany(
        "INSERT INTO roster_import_pupil (import_id, pupil_id, before) VALUES (?, ?, ?)",
        [
            (import_id, pupil_id, None if row is None else json.dumps(row, ensure_ascii=False))
            for pupil_id, row in before.items()
        ],
    )
    return import_id


@dataclass(frozen=True)
class ImportRecord:
    id: int
    class_id: str
    file_name: str
    imported_at: str
    created_class: bool
    before: dict[str, PupilRow | None]


def last_import(db: Database, class_id: str) -> ImportRecord | None:
    """The newest import into the class that has not been undone."""
    row = named_row(
        db,
        "SELECT id, class_id, file_name, imported_at, created_class FROM roster_import "
        "WHERE class_id = ? AND undone = 0 ORDER BY id DESC LIMIT 1",
        [class_id],
    )
    if row is None:
        return None
    saved = named_rows(
        db, "SELECT pupil_id, before FROM roster_import_pupil WHERE import_id = ?", [row["id"]]
    )
    return ImportRecord(
        id=row["id"],
        class_id=row["class_id"],
        file_name=row["file_name"],
        imported_at=row["imported_at"],
        created_class=bool(row["created_class"]),
        # a row saved before schema 12 has no grade: every pupil then had the class's (0)
        before={
            r["pupil_id"]: {"grade": 0, **json.loads(r["before"])} if r["before"] else None
            for r in saved
        },
    )


def undo_import(store: Store, record: ImportRecord) -> tuple[int, int]:
    """Put back every pupil the import wrote (created ones become tombstones) and mark it
    undone; (restored, removed). The caller holds the transaction."""
    restored = [row for row in record.before.values() if row is not None]
    current = {
        r["id"]: r
        for r in named_rows(
            store.db,
            f"SELECT {', '.join(PUPIL_COLUMNS)}, deleted FROM pupil WHERE id IN "
            "(SELECT value FROM json_each(?))",
            [json.dumps([r["id"] for r in restored])],
        )
    }
    changed = [
        r
        for r in restored
        if r["id"] not in current
        or current[r["id"]]["deleted"]
        or any(current[r["id"]][c] != r[c] for c in PUPIL_COLUMNS)
    ]
    write_pupils(store, changed)
    removed = tombstone(store, "pupil", [i for i, row in record.before.items() if row is None])
    store.db.execute("UPDATE roster_import SET undone = 1 WHERE id = ?", [record.id])
    return len(restored), removed


def class_is_empty(db: Database, class_id: str) -> bool:
    """No live pupil and no session: a class made by an import can go with its undo."""
    row = named_row(
        db,
        "SELECT (SELECT count(*) FROM pupil WHERE class_id = :c AND deleted = 0) "
        "+ (SELECT count(*) FROM session WHERE class_id = :c AND deleted = 0) AS n",
        {"c": class_id},
    )
    return row is not None and row["n"] == 0


def later_import_of(db: Database, record: ImportRecord) -> str | None:
    """The file of a later import (not undone) that wrote one of this import's pupils, if any:
    undoing this one first would overwrite what that one did."""
    row = named_row(
        db,
        "SELECT i.file_name FROM roster_import_pupil p JOIN roster_import i ON i.id = p.import_id "
        "WHERE i.id > ? AND i.undone = 0 AND p.pupil_id IN "
        "(SELECT pupil_id FROM roster_import_pupil WHERE import_id = ?) "
        "ORDER BY i.id DESC LIMIT 1",
        [record.id, record.id],
    )
    return None if row is None else str(row["file_name"])
