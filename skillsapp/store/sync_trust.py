"""What sync trust reads and writes: held packages, accepted devices, who teaches which class.

The importer and the Sync page call these; the rules themselves live in skillsapp/sync.
"""

from __future__ import annotations

import json
import sqlite3
from dataclasses import dataclass
from datetime import datetime
from typing import TYPE_CHECKING

from skillsapp.store.rows import named_row, named_rows

if TYPE_CHECKING:
    from sqlite_utils import Database


@dataclass(frozen=True)
class HeldPackage:
    package_id: str
    device_id: str
    sender: dict[str, str]  # the sender's identity as its manifest gave it
    school_code: str
    school_name: str
    file_name: str
    held_at: str


def is_accepted(db: Database, device_id: str) -> bool:
    """Whether the user accepted this device (its key card, or its held packages)."""
    row = named_row(db, "SELECT trusted FROM device WHERE id = ? AND is_self = 0", [device_id])
    return bool(row and row["trusted"])


def accepted_role(db: Database, device_id: str) -> str:
    """The role the device had when it was accepted; a package cannot change it."""
    row = named_row(
        db, "SELECT role FROM device WHERE id = ? AND is_self = 0 AND trusted = 1", [device_id]
    )
    if row is None:
        return ""
    role: str = row["role"]
    return role


def hold(
    db: Database, *, package_id: str, sender: dict[str, str], school: tuple[str, str],
    file_name: str, data: bytes,
) -> None:  # fmt: skip
    db.execute(
        "INSERT OR IGNORE INTO held_package (package_id, device_id, sender, school_code, "
        "school_name, file_name, held_at, data) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
        [
            package_id,
            sender["device_id"],
            json.dumps(sender, ensure_ascii=False, sort_keys=True),
            school[0],
            school[1],
            file_name,
            datetime.now().isoformat(timespec="seconds"),
            data,
        ],
    )


_HELD_COLUMNS = "package_id, device_id, sender, school_code, school_name, file_name, held_at"


def _held(row: sqlite3.Row) -> HeldPackage:
    return HeldPackage(
        package_id=row["package_id"],
        device_id=row["device_id"],
        sender=json.loads(row["sender"]),
        school_code=row["school_code"],
        school_name=row["school_name"],
        file_name=row["file_name"],
        held_at=row["held_at"],
    )


def held_packages(db: Database, device_id: str | None = None) -> list[HeldPackage]:
    """Held packages, oldest first (all, or one device's)."""
    where, params = ("WHERE device_id = ?", [device_id]) if device_id else ("", [])
    rows = named_rows(
        db, f"SELECT {_HELD_COLUMNS} FROM held_package {where} ORDER BY held_at, package_id", params
    )
    return [_held(r) for r in rows]


def held_data(db: Database, package_id: str) -> bytes:
    row = named_row(db, "SELECT data FROM held_package WHERE package_id = ?", [package_id])
    return bytes(row["data"]) if row else b""


def is_held(db: Database, package_id: str) -> bool:
    found = db.execute("SELECT 1 FROM held_package WHERE package_id = ?", [package_id])
    return found.fetchone() is not None


def drop_held(db: Database, *, device_id: str | None = None, package_id: str | None = None) -> int:
    if package_id:
        return db.execute("DELETE FROM held_package WHERE package_id = ?", [package_id]).rowcount
    return db.execute("DELETE FROM held_package WHERE device_id = ?", [device_id]).rowcount


def accept_device(db: Database, device_id: str) -> None:
    db.execute("UPDATE device SET trusted = 1 WHERE id = ? AND is_self = 0", [device_id])


# -- who teaches what ------------------------------------------------------------------------


def classes_taught(db: Database, device_id: str) -> set[str]:
    rows = named_rows(db, "SELECT class_id FROM class_device WHERE device_id = ?", [device_id])
    return {r["class_id"] for r in rows}


def class_devices(db: Database) -> dict[str, set[str]]:
    """class id -> the devices that teach it."""
    found: dict[str, set[str]] = {}
    for row in named_rows(db, "SELECT class_id, device_id FROM class_device"):
        found.setdefault(row["class_id"], set()).add(row["device_id"])
    return found


def assign_class(db: Database, class_id: str, device_id: str) -> None:
    db.execute(
        "INSERT OR IGNORE INTO class_device (class_id, device_id, how) VALUES (?, ?, 'assigned')",
        [class_id, device_id],
    )


def unassign_class(db: Database, class_id: str, device_id: str) -> None:
    db.execute(
        "DELETE FROM class_device WHERE class_id = ? AND device_id = ? AND how = 'assigned'",
        [class_id, device_id],
    )


def adult_sessions_recorded(db: Database, device_id: str) -> set[str]:
    rows = named_rows(
        db, "SELECT session_id FROM session_recorder WHERE device_id = ?", [device_id]
    )
    return {r["session_id"] for r in rows}


def local_scope_columns(
    db: Database, table: str, columns: tuple[str, ...], ids: list[str]
) -> dict[str, sqlite3.Row]:
    """id -> the local row (id, hlc, origin and `columns`, by name) for these ids: one query."""
    wanted = ", ".join(f't."{c}"' for c in ("id", "hlc", "origin", *columns))
    sql = f"SELECT {wanted} FROM json_each(?) AS j CROSS JOIN {table} AS t ON t.id = j.value"
    return {row["id"]: row for row in named_rows(db, sql, [json.dumps(ids)])}


def session_classes(db: Database, session_ids: list[str]) -> dict[str, str | None]:
    """session id -> its class id (None: an adult session), for local sessions."""
    sql = "SELECT s.id, s.class_id FROM json_each(?) AS j CROSS JOIN session AS s ON s.id = j.value"
    rows = named_rows(db, sql, [json.dumps(session_ids)])
    return {row["id"]: row["class_id"] for row in rows}


def has_school(db: Database) -> bool:
    return db.execute("SELECT 1 FROM school LIMIT 1").fetchone() is not None
