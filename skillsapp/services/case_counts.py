"""Counts of the case register for reports: from the clear columns only, no passphrase needed.

Only the month a case was received is in clear (minimum data: no exact date outside the sealed
blob), so a period takes the months whose 15th day falls inside it. That gives every month to
exactly one semester, so HK1 + HK2 adds up to the school year and a department's sums are exact.
A period too short to hold any 15th (a few days) takes the months it touches.
This module imports no cryptography and sits below the reports (which may not import the
register), so a school report and the aggregate package count cases without any key.
"""

from __future__ import annotations

import sqlite3
from collections import Counter
from datetime import date

from skillsapp.domain.cases import CaseCounts
from skillsapp.domain.periods import Period
from skillsapp.errors import UserError
from skillsapp.messages import register_messages
from skillsapp.store import Store
from skillsapp.store import cases as case_queries

DAMAGED = "cases.damaged"  # also raised by the register itself, which imports it from here

register_messages(
    {
        DAMAGED: {
            "vi": "Sổ theo dõi trường hợp bị hỏng, không mở được. Tệp được giữ nguyên; các phần "
            "khác của ứng dụng vẫn dùng bình thường. Hãy khôi phục từ một bản sao lưu.",
            "en": "The case register is damaged and cannot be opened. The file is kept as it is; "
            "the rest of the app works as usual. Restore it from a backup.",
        },
    }
)


def _months(start: date, end: date) -> list[date]:
    months, day = [], date(start.year, start.month, 1)
    while day <= end:
        months.append(day)
        day = date(day.year + day.month // 12, day.month % 12 + 1, 1)
    return months


def period_months(period: Period) -> tuple[str, str] | None:
    """The first and last month (YYYY-MM) whose cases count in `period`."""
    touched = _months(period.start, period.end)
    inside = [m for m in touched if period.contains(m.replace(day=15))] or touched
    if not inside:
        return None
    return inside[0].strftime("%Y-%m"), inside[-1].strftime("%Y-%m")


def counts_of(rows: list[tuple[str, str, int | None]]) -> CaseCounts:
    """CaseCounts of (kind, status, days to first action) rows."""
    statuses = Counter(status for _, status, _ in rows)
    return CaseCounts(
        received=len(rows),
        by_kind=dict(Counter(kind for kind, _, _ in rows)),
        supported=statuses["supported"],
        referred=statuses["referred"],
        still_open=statuses["open"],
        first_action_days=dict(Counter(days for _, _, days in rows if days is not None)),
    )


def case_counts(store: Store, period: Period) -> CaseCounts:
    """The register's figures for a period (what the school report and aggregate may carry)."""
    months = period_months(period)
    if months is None:
        return CaseCounts()
    try:
        rows = case_queries.count_rows(store.db, *months)
    except sqlite3.DatabaseError as exc:  # a damaged register table: say so, keep the file
        raise UserError(DAMAGED) from exc
    return counts_of(rows)
