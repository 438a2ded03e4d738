"""Receipts of imported packages (`imported_package`): a package imported once is not merged
again, and the Sync page shows when each device's last package came in."""

from __future__ import annotations

import json
from datetime import datetime
from typing import TYPE_CHECKING

from skillsapp.store.rows import named_row

if TYPE_CHECKING:
    from sqlite_utils import Database


def receipt_time(db: Database, package_id: str) -> str | None:
    """When the package was imported here, or None if it never was."""
    row = named_row(
        db, "SELECT imported_at FROM imported_package WHERE package_id = ?", [package_id]
    )
    if row is None:
        return None
    imported_at: str = row["imported_at"]
    return imported_at


def record_receipt(
    db: Database, *, package_id: str, device_id: str, rows: int, summary: dict[str, object]
) -> None:
    """Note the package as imported now (call inside the import's transaction)."""
    db.execute(
        "INSERT INTO imported_package (package_id, device_id, imported_at, rows, result) "
        "VALUES (?, ?, ?, ?, ?)",
        [
            package_id,
            device_id,
            datetime.now().isoformat(timespec="seconds"),
            rows,
            json.dumps(summary, ensure_ascii=False, sort_keys=True),
        ],
    )
