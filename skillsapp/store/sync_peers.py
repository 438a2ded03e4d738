"""What was last sent to each device (`sync_peer`): the watermark an incremental package starts
from. skillsapp/sync/export.py decides when a package is incremental; this module only keeps
the mark."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from skillsapp.store.rows import named_row

if TYPE_CHECKING:
    from sqlite_utils import Database


@dataclass(frozen=True)
class Watermark:
    sent_epoch: int
    scope: str
    last_sent_at: str


def watermark(db: Database, device_id: str) -> Watermark | None:
    row = named_row(
        db,
        "SELECT sent_epoch, scope, last_sent_at FROM sync_peer WHERE device_id = ?",
        [device_id],
    )
    if row is None:
        return None
    return Watermark(
        sent_epoch=row["sent_epoch"], scope=row["scope"], last_sent_at=row["last_sent_at"]
    )


def save_watermark(db: Database, device_id: str, mark: Watermark, package_id: str) -> None:
    """Record a package sent to `device_id`; the sent epoch only ever moves forward."""
    db.execute(
        "INSERT INTO sync_peer (device_id, sent_epoch, scope, last_package_id, last_sent_at) "
        "VALUES (?, ?, ?, ?, ?) ON CONFLICT(device_id) DO UPDATE SET "
        "sent_epoch = max(sent_epoch, excluded.sent_epoch), scope = excluded.scope, "
        "last_package_id = excluded.last_package_id, last_sent_at = excluded.last_sent_at",
        [device_id, mark.sent_epoch, mark.scope, package_id, mark.last_sent_at],
    )
