"""A hybrid logical clock: timestamps that sort like wall-clock time but never go backwards.

Every edit is stamped so that the merge rule "greater (hlc, origin) wins" picks the later edit
across devices. A school PC's clock is often wrong or reset; the logical counter keeps stamps
strictly increasing when the wall clock steps back, and `observe` moves the clock past stamps
seen in imported packages so that a later local edit always beats what it saw.
"""

from __future__ import annotations

import threading
import time
from collections.abc import Callable

_WIDTH_MS = 13
_WIDTH_COUNTER = 6


def format_hlc(physical_ms: int, counter: int) -> str:
    return f"{physical_ms:0{_WIDTH_MS}d}-{counter:0{_WIDTH_COUNTER}d}"


def parse_hlc(stamp: str) -> tuple[int, int]:
    physical, _, counter = stamp.partition("-")
    if len(physical) != _WIDTH_MS or len(counter) != _WIDTH_COUNTER:
        raise ValueError(f"not an HLC stamp: {stamp!r}")
    return int(physical), int(counter)


class HybridClock:
    """Thread-safe HLC. `last` is the latest stamp issued or observed (persisted by the store)."""

    def __init__(self, last: str | None = None, wall: Callable[[], float] = time.time) -> None:
        self._wall = wall
        self._lock = threading.Lock()
        self._physical, self._counter = parse_hlc(last) if last else (0, 0)

    @property
    def last(self) -> str:
        return format_hlc(self._physical, self._counter)

    def now(self) -> str:
        """A new stamp, greater than every stamp issued or observed before."""
        with self._lock:
            wall_ms = int(self._wall() * 1000)
            if wall_ms > self._physical:
                self._physical, self._counter = wall_ms, 0
            else:
                self._counter += 1
            return format_hlc(self._physical, self._counter)

    def observe(self, stamp: str) -> None:
        """Move past a stamp seen from another device."""
        physical, counter = parse_hlc(stamp)
        with self._lock:
            if (physical, counter) > (self._physical, self._counter):
                self._physical, self._counter = physical, counter
