"""The one progress callback every long job reports through.

A job calls `progress(done, total, text)`; the GUI's job runner turns it into a progress bar and
raises its `Cancelled` from inside the call when the user pressed Cancel, and the CLI passes
`no_progress`. One shape for all jobs lets any job run under any runner (see docs/ARCHITECTURE.md).
"""

from __future__ import annotations

from collections.abc import Callable

Progress = Callable[[int, int, str], None]


def no_progress(done: int, total: int, text: str = "") -> None:
    """The callback for callers that show no progress (the CLI, tests)."""
