"""Queries behind a department's figures (reports/figures/department.py): the aggregate
packages schools have sent, kept one row per school and period in `aggregate_report`."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from sqlite_utils import Database


def reporting_schools(db: Database) -> list[tuple[str, str, str]]:
    """(code, name, district) of every school that has sent a package, oldest package first
    (so a later package's name wins when the caller builds a dict)."""
    rows = db.execute(
        "SELECT school_code, school_name, district FROM aggregate_report ORDER BY received_at"
    )
    return [(code, name, district) for code, name, district in rows.fetchall()]


def period_packages(db: Database, period: str) -> list[tuple[str, str, str]]:
    """(school code, figures JSON text, received at) of the packages for `period`, by code."""
    rows = db.execute(
        "SELECT school_code, figures, received_at FROM aggregate_report WHERE period = ? "
        "ORDER BY school_code",
        [period],
    )
    return [(code, text, received) for code, text, received in rows.fetchall()]


def last_packages(db: Database) -> dict[str, str]:
    """School code -> when its latest aggregate package (any period) was received."""
    rows = db.execute(
        "SELECT school_code, max(received_at) FROM aggregate_report GROUP BY school_code"
    ).fetchall()
    return {code: received or "" for code, received in rows}
