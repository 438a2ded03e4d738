"""One write transaction: the services' only way to group writes, so they never touch the
connection themselves (SQL and the connection stay under skillsapp/store/)."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

from skillsapp.store.db import Store


@contextmanager
def transaction(store: Store) -> Iterator[None]:
    """Everything written inside is committed together, or nothing is (an error rolls back)."""
    with store.db.atomic():
        yield
