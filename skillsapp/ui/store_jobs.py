"""Worker jobs that need the database: each opens its own connection and closes it.

SQLite connections belong to the thread that made them, so a job never borrows the page's
`ctx.store`; it opens the file by path, does its work, and closes it, even on failure.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TypeVar

from skillsapp.store import Store

T = TypeVar("T")
Progress = Callable[[int, int, str], None]


def store_job(db_path: Path, work: Callable[[Store], T]) -> Callable[[Progress], T]:
    """A job for `ctx.tasks.run` that runs `work(store)` on its own connection."""

    def job(progress: Progress) -> T:
        from skillsapp.store import open_store

        progress(0, 1, "")
        store = open_store(db_path, create=False)
        try:
            return work(store)
        finally:
            store.close()

    return job
