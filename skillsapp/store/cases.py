"""The case register's SQL: key slots, sealed case rows, the sealed audit list, clear counts.

The tables never travel (they are not in TRAVELLING_TABLES) and hold no readable case text:
only the fields counts need (kind, status, received and closed month, days to first action)
are in clear, everything else is a sealed blob the register opens. These queries neither seal
nor open anything; they move bytes.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterable
from dataclasses import dataclass
from typing import TYPE_CHECKING

from skillsapp.store.db import get_setting, set_setting
from skillsapp.store.rows import named_row, named_rows

if TYPE_CHECKING:
    from sqlite_utils import Database

RETENTION_KEY = "case_retention_months"
FAILED_KEY = "case_failed_unlocks"


@dataclass(frozen=True)
class SlotRow:
    """One way in: the data key wrapped by a key derived from a passphrase or the recovery code."""

    id: str
    label: str  # designated, deputy, recovery: who used it, for the audit list
    kind: str  # passphrase, recovery
    kdf: str  # "argon2id:<memory KiB>:<iterations>"
    salt: bytes
    wrapped: bytes
    digest: str  # of the derived key: tells a wrong passphrase from a damaged slot


@dataclass(frozen=True)
class RecordRow:
    """A case as stored: the clear count fields and the sealed rest."""

    id: str
    kind: str
    status: str
    received_month: str  # YYYY-MM
    closed_month: str | None
    first_action_days: int | None
    blob: bytes


_SLOT = "SELECT id, label, kind, kdf, salt, wrapped, digest FROM case_key_slot"
_RECORD = (
    "SELECT id, kind, status, received_month, closed_month, first_action_days, blob "
    "FROM case_record"
)


def slots(db: Database) -> list[SlotRow]:
    """The key slots in the order unlock tries them: the designated person, the deputy, recovery."""
    rows = named_rows(db, f"{_SLOT} ORDER BY kind = 'recovery', label = 'deputy', label")
    return [_slot(r) for r in rows]


def _slot(row: sqlite3.Row) -> SlotRow:
    fields = {**dict(row), "salt": bytes(row["salt"]), "wrapped": bytes(row["wrapped"])}
    return SlotRow(**fields)


def has_register(db: Database) -> bool:
    return db.execute("SELECT 1 FROM case_key_slot LIMIT 1").fetchone() is not None


def put_slot(db: Database, slot: SlotRow) -> None:
    db.execute(
        "INSERT INTO case_key_slot (id, label, kind, kdf, salt, wrapped, digest) "
        "VALUES (?, ?, ?, ?, ?, ?, ?) ON CONFLICT(id) DO UPDATE SET label = excluded.label, "
        "kind = excluded.kind, kdf = excluded.kdf, salt = excluded.salt, "
        "wrapped = excluded.wrapped, digest = excluded.digest",
        [slot.id, slot.label, slot.kind, slot.kdf, slot.salt, slot.wrapped, slot.digest],
    )


def delete_slot(db: Database, slot_id: str) -> None:
    db.execute("DELETE FROM case_key_slot WHERE id = ?", [slot_id])


def _record(row: sqlite3.Row) -> RecordRow:
    return RecordRow(**{**dict(row), "blob": bytes(row["blob"])})


def records(db: Database) -> list[RecordRow]:
    """Every case, newest received first (then by code, so the order is stable)."""
    rows = named_rows(db, f"{_RECORD} ORDER BY received_month DESC, id")
    return [_record(r) for r in rows]


def record(db: Database, case_id: str) -> RecordRow | None:
    row = named_row(db, f"{_RECORD} WHERE id = ?", [case_id])
    return _record(row) if row else None


def record_ids(db: Database) -> set[str]:
    return {r[0] for r in db.execute("SELECT id FROM case_record").fetchall()}


def put_record(db: Database, row: RecordRow) -> None:
    db.execute(
        "INSERT INTO case_record "
        "(id, kind, status, received_month, closed_month, first_action_days, blob) "
        "VALUES (?, ?, ?, ?, ?, ?, ?) ON CONFLICT(id) DO UPDATE SET kind = excluded.kind, "
        "status = excluded.status, received_month = excluded.received_month, "
        "closed_month = excluded.closed_month, first_action_days = excluded.first_action_days, "
        "blob = excluded.blob",
        [
            row.id,
            row.kind,
            row.status,
            row.received_month,
            row.closed_month,
            row.first_action_days,
            row.blob,
        ],
    )


def delete_records(db: Database, ids: Iterable[str]) -> int:
    """Erase cases for good (secure_delete, set on every connection, zeroes the freed bytes)."""
    count = 0
    for case_id in ids:
        count += db.execute("DELETE FROM case_record WHERE id = ?", [case_id]).rowcount
    return count


def closed_on_or_before(db: Database, month: str) -> list[str]:
    """Cases no longer open whose closing month is `month` (YYYY-MM) or earlier."""
    rows = db.execute(
        "SELECT id FROM case_record WHERE status != 'open' AND closed_month IS NOT NULL "
        "AND closed_month <= ? ORDER BY id",
        [month],
    ).fetchall()
    return [r[0] for r in rows]


def count_rows(
    db: Database, first_month: str, last_month: str
) -> list[tuple[str, str, int | None]]:
    """(kind, status, first_action_days) of the cases received in the months given (inclusive):
    the clear columns only, so counts need no passphrase."""
    return [
        (r[0], r[1], r[2])
        for r in db.execute(
            "SELECT kind, status, first_action_days FROM case_record "
            "WHERE received_month BETWEEN ? AND ?",
            [first_month, last_month],
        ).fetchall()
    ]


def next_audit_id(db: Database) -> int:
    """The id the next audit entry will have (its blob is sealed to it before the insert)."""
    return int(db.execute("SELECT COALESCE(MAX(id), 0) + 1 FROM case_audit").fetchone()[0])


def add_audit(db: Database, entry_id: int, blob: bytes) -> None:
    db.execute("INSERT INTO case_audit (id, blob) VALUES (?, ?)", [entry_id, blob])


def audit_rows(db: Database) -> list[tuple[int, bytes]]:
    return [(r[0], bytes(r[1])) for r in db.execute("SELECT id, blob FROM case_audit ORDER BY id")]


def deleted_pupil_ids(db: Database) -> set[str]:
    """Pupils whose data was deleted (tombstones keep only the id): their cases go too."""
    return {r[0] for r in db.execute("SELECT id FROM pupil WHERE deleted = 1").fetchall()}


def retention_months(db: Database, default: int) -> int:
    text = get_setting(db, RETENTION_KEY)
    return int(text) if text.isdigit() and int(text) > 0 else default


def set_retention_months(db: Database, months: int) -> None:
    set_setting(db, RETENTION_KEY, str(months))


def failed_unlocks(db: Database) -> int:
    text = get_setting(db, FAILED_KEY)
    return int(text) if text.isdigit() else 0


def set_failed_unlocks(db: Database, count: int) -> None:
    set_setting(db, FAILED_KEY, str(count))
