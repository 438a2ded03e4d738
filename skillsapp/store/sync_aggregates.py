"""Schools' figures received by the department (`aggregate_report`): one row per school and
period. skillsapp/sync/importer.py decides whether a package's figures replace the row."""

from __future__ import annotations

import json
from datetime import datetime
from typing import TYPE_CHECKING

from skillsapp.store.rows import named_row

if TYPE_CHECKING:
    from sqlite_utils import Database


def aggregate_version(db: Database, school_code: str, period: str) -> tuple[str, str] | None:
    """(hlc, sender device) of the figures kept for this school and period, if any."""
    row = named_row(
        db,
        "SELECT hlc, sender_device FROM aggregate_report WHERE school_code = ? AND period = ?",
        [school_code, period],
    )
    return (row["hlc"], row["sender_device"]) if row else None


def save_aggregate(
    db: Database, *, school_code: str, school_name: str, district: str, period: str,
    figures: dict[str, object], package_id: str, sender_device: str, created_at: str, hlc: str,
) -> None:  # fmt: skip
    """Add or replace the figures of this school and period, received now."""
    db.execute(
        "INSERT INTO aggregate_report (school_code, school_name, district, period, figures, "
        "package_id, sender_device, created_at, received_at, hlc) "
        "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT(school_code, period) DO UPDATE SET "
        "school_name = excluded.school_name, district = excluded.district, "
        "figures = excluded.figures, package_id = excluded.package_id, "
        "sender_device = excluded.sender_device, created_at = excluded.created_at, "
        "received_at = excluded.received_at, hlc = excluded.hlc",
        [
            school_code,
            school_name,
            district,
            period,
            json.dumps(figures, ensure_ascii=False, sort_keys=True),
            package_id,
            sender_device,
            created_at,
            datetime.now().isoformat(timespec="seconds"),
            hlc,
        ],
    )
