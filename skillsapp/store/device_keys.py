"""The devices this one knows (`device`): names, roles, public keys in base64, and trust.

skillsapp/sync/keys.py turns these rows into identities (and decodes the keys); the private
keys never reach the database: they live in the key file beside it.
"""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass
from datetime import datetime
from typing import TYPE_CHECKING

from skillsapp.store.db import get_setting, set_setting
from skillsapp.store.rows import named_row, named_rows

if TYPE_CHECKING:
    from sqlite_utils import Database


@dataclass(frozen=True)
class DeviceRow:
    """A device as stored; its keys are None or empty until it has made them."""

    device_id: str
    name: str
    role: str
    sign_key: str | None
    box_key: str | None


@dataclass(frozen=True)
class DeviceListing:
    """A device with its trust and the last package either way, for the Sync page's list."""

    device: DeviceRow
    trusted: bool
    is_self: bool
    first_seen: str
    last_received_at: str
    last_received_rows: int
    last_sent_at: str


def _device(row: sqlite3.Row) -> DeviceRow:
    return DeviceRow(
        device_id=row["id"],
        name=row["name"],
        role=row["role"],
        sign_key=row["sign_key"],
        box_key=row["box_key"],
    )


def public_keys(db: Database, device_id: str) -> tuple[str | None, str | None] | None:
    """(sign key, box key) stored for this device (this one or another), or None if unknown."""
    row = named_row(db, "SELECT sign_key, box_key FROM device WHERE id = ?", [device_id])
    return (row["sign_key"], row["box_key"]) if row else None


def set_public_keys(db: Database, device_id: str, sign_key: str, box_key: str) -> None:
    db.execute(
        "UPDATE device SET sign_key = ?, box_key = ? WHERE id = ?", [sign_key, box_key, device_id]
    )


def other_device(db: Database, device_id: str) -> DeviceRow | None:
    """Another device known here by its id (never this one)."""
    row = named_row(
        db,
        "SELECT id, name, role, sign_key, box_key FROM device WHERE id = ? AND is_self = 0",
        [device_id],
    )
    return _device(row) if row else None


def remember_device(
    db: Database, *, device_id: str, name: str, role: str, sign_key: str, box_key: str,
    trusted: bool,
) -> None:  # fmt: skip
    """Add a device or refresh its name and role; trust, once given, is never taken back."""
    db.execute(
        "INSERT INTO device (id, name, role, sign_key, box_key, trusted, is_self, first_seen) "
        "VALUES (?, ?, ?, ?, ?, ?, 0, ?) ON CONFLICT(id) DO UPDATE SET "
        "name = excluded.name, role = excluded.role, trusted = max(trusted, excluded.trusted)",
        [
            device_id,
            name,
            role,
            sign_key,
            box_key,
            int(trusted),
            datetime.now().isoformat(timespec="seconds"),
        ],
    )


def listed_devices(db: Database) -> list[DeviceListing]:
    """The devices with keys: this one first, then the others by name."""
    rows = named_rows(
        db,
        """
        SELECT d.id, d.name, d.role, d.sign_key, d.box_key, d.trusted, d.is_self, d.first_seen,
               coalesce(r.imported_at, '') AS last_received_at,
               coalesce(r.rows, 0) AS last_received_rows,
               coalesce(p.last_sent_at, '') AS last_sent_at
          FROM device d
          LEFT JOIN (SELECT device_id, max(imported_at) AS imported_at, rows
                       FROM imported_package GROUP BY device_id) r ON r.device_id = d.id
          LEFT JOIN sync_peer p ON p.device_id = d.id
         WHERE d.sign_key IS NOT NULL AND d.sign_key != ''
         ORDER BY d.is_self DESC, lower(d.name), d.id
        """,
    )
    return [
        DeviceListing(
            device=_device(row),
            trusted=bool(row["trusted"]),
            is_self=bool(row["is_self"]),
            first_seen=row["first_seen"],
            last_received_at=row["last_received_at"],
            last_received_rows=row["last_received_rows"],
            last_sent_at=row["last_sent_at"],
        )
        for row in rows
    ]


# -- the computer this identity belongs to (skillsapp/sync/identity.py) ---------------------

MACHINE_MARK = "device_machine"


def machine_mark(db: Database) -> str:
    """The mark of the computer this identity belongs to; empty until one is recorded."""
    return get_setting(db, MACHINE_MARK)


def set_machine_mark(db: Database, mark: str) -> None:
    set_setting(db, MACHINE_MARK, mark)


def claim_machine(db: Database, mark: str) -> str:
    """The recorded computer of this identity, recording `mark` first if there is none yet (an
    identity made before marks existed, or just made here)."""
    recorded = machine_mark(db)
    if not recorded:
        set_machine_mark(db, mark)
    return recorded or mark


def replace_self(db: Database, new_id: str, mark: str) -> str:
    """Make `new_id` this device and keep the old identity as a trusted known device (its rows
    keep their origin and still merge); returns the old id. The caller holds the transaction and
    reopens the store, whose `device_id` is read at open."""
    old_id = get_setting(db, "device_id")
    db.execute("UPDATE device SET is_self = 0, trusted = 1 WHERE is_self = 1")
    db.execute(
        "INSERT INTO device (id, name, role, trusted, is_self, first_seen) "
        "SELECT ?, name, role, 1, 1, ? FROM device WHERE id = ?",
        [new_id, datetime.now().isoformat(timespec="seconds"), old_id],
    )
    set_setting(db, "device_id", new_id)
    set_machine_mark(db, mark)
    return old_id
