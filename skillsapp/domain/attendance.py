"""Attendance statuses and how a pupil's attendance rate is counted.

Late pupils were taught, so they count as attended. An excused absence (có phép) is neither for
nor against the pupil: it leaves the denominator, as Vietnamese schools count "vắng có phép".
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

STATUSES = ("present", "absent", "late", "excused")
ATTENDED = frozenset({"present", "late"})
# The order a teacher's click or key cycles through.
CYCLE = {"present": "absent", "absent": "late", "late": "excused", "excused": "present"}


@dataclass(frozen=True)
class AttendanceRate:
    """Sessions attended out of those that count, for a pupil or a class."""

    attended: int
    counted: int  # sessions that count: all but excused absences

    @property
    def ratio(self) -> float:
        return self.attended / self.counted if self.counted else 1.0

    @property
    def missed(self) -> int:
        return self.counted - self.attended


def rate(statuses: Iterable[str]) -> AttendanceRate:
    attended = counted = 0
    for status in statuses:
        if status not in STATUSES:
            raise ValueError(status)
        if status == "excused":
            continue
        counted += 1
        attended += status in ATTENDED
    return AttendanceRate(attended=attended, counted=counted)


def next_status(status: str) -> str:
    return CYCLE[status]
