"""The handle every store query gets as `db`: plain sqlite3 until something needs sqlite-utils.

sqlite-utils (with click, dateutil and pluggy behind it) costs 150-200 ms and 10-13 MB to
import, and the app's start only reads: the school, the year, the classes, this week's sessions.
So `Store.db` is this handle: `execute` runs on the sqlite3 connection itself, and any other
attribute (`atomic`, `executescript`, a table by name, ...) is the sqlite-utils `Database` on
the same connection, made on first use. The database therefore behaves exactly as before:
`execute` keeps sqlite-utils' rule that a write outside a transaction is committed at once, and
the connection has sqlite-utils' `recursive_triggers` on from the moment it opens.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from sqlite_utils import Database

# Statements that open or close a transaction themselves: never committed behind their back.
_TRANSACTION_CONTROL = frozenset({"BEGIN", "COMMIT", "END", "ROLLBACK", "SAVEPOINT", "RELEASE"})


class LazyDatabase:
    """A sqlite3 connection that reads without loading sqlite-utils, and is a sqlite-utils
    `Database` for everything else (loaded the first time anything else is asked of it)."""

    def __init__(self, conn: sqlite3.Connection) -> None:
        self.conn = conn
        self._full: Database | None = None

    @property
    def loaded(self) -> bool:
        """Whether the sqlite-utils Database was needed yet (tests check the start's reads)."""
        return self._full is not None

    @property
    def full(self) -> Database:
        """The sqlite-utils Database on this connection, made on first use."""
        if self._full is None:
            from sqlite_utils import Database

            self._full = Database(self.conn, execute_plugins=False)
        return self._full

    def execute(
        self, sql: str, parameters: Sequence[Any] | Mapping[str, Any] | None = None
    ) -> sqlite3.Cursor:
        """Run one statement on the connection, as sqlite-utils' `Database.execute` does: a
        write outside a transaction is committed at once, a failed one rolled back."""
        conn = self.conn
        was_in_transaction = conn.in_transaction
        try:
            cursor = conn.execute(sql) if parameters is None else conn.execute(sql, parameters)
        except Exception:
            if not was_in_transaction and conn.in_transaction:
                conn.execute("ROLLBACK")
            raise
        if (
            not was_in_transaction
            and conn.in_transaction
            and cursor.description is None
            and _first_keyword(sql) not in _TRANSACTION_CONTROL
        ):
            conn.execute("COMMIT")
        return cursor

    def close(self) -> None:
        self.conn.close()

    def __getattr__(self, name: str) -> Any:
        # Only attributes this class lacks arrive here: they are the sqlite-utils Database's.
        if name.startswith("__") or name in ("conn", "_full"):
            raise AttributeError(name)
        return getattr(self.full, name)

    def __getitem__(self, table: str) -> Any:
        return self.full[table]


def _first_keyword(sql: str) -> str:
    words = sql.lstrip().split(None, 1)
    return words[0].rstrip(";").upper() if words else ""
