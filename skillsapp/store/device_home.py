"""Where this device's identity lives: the mark of the computer it was made on, and the switch
to a new identity when the database turns out to be a copy (see skillsapp/sync/identity.py)."""

from __future__ import annotations

from datetime import datetime

from sqlite_utils import Database

from skillsapp.store.db import get_setting, set_setting

MACHINE_MARK = "device_machine"


def machine_mark(db: Database) -> str:
    """The mark of the computer this identity belongs to; empty until one is recorded."""
    return get_setting(db, MACHINE_MARK)


def set_machine_mark(db: Database, mark: str) -> None:
    set_setting(db, MACHINE_MARK, mark)


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
