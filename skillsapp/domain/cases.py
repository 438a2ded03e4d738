"""The fixed vocabulary of the confidential case register and its counts-only figures.

Counts are what may leave the register (school report, aggregate package), so they are plain
integers a department can add; the median days to first action is computed from a histogram of
days, which also adds up across schools exactly.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field

KINDS = ("cyberbullying", "grooming", "sextortion", "scam", "harmful_content", "other")
STATUSES = ("open", "supported", "closed", "referred")
ACTIONS = ("listened", "parents", "hotline_111", "police", "commune", "health")


@dataclass(frozen=True)
class CaseCounts:
    """Cases received in a period: counts only, never a code, date or pupil."""

    received: int = 0
    by_kind: Mapping[str, int] = field(default_factory=dict)
    supported: int = 0
    referred: int = 0
    still_open: int = 0
    first_action_days: Mapping[int, int] = field(default_factory=dict)  # days -> cases

    def median_days(self) -> float | None:
        """Median days from receipt to first action over the cases that had one."""
        days = sorted(d for d, n in self.first_action_days.items() for _ in range(n))
        if not days:
            return None
        mid = len(days) // 2
        return float(days[mid]) if len(days) % 2 else (days[mid - 1] + days[mid]) / 2
