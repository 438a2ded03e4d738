"""The merge rule (docs/ARCHITECTURE.md#the-merge-rule), applied to a package's rows in batches.

Per row the version with the greater (hlc, origin) wins; a tombstone is a version like any
other, so an old copy cannot bring a deleted row back, and a newer edit can. Applying the same
rows twice, or packages in any order, ends in the same table contents.

When two different devices' versions of a row differ, the losing one is kept in `conflict`
for review, unless the winner is a deletion: a deleted pupil's data must not live on in the
review table (docs/ARCHITECTURE.md#privacy), so a winning tombstone also clears what was kept of
it.

The work is set-based: one query reads the local versions of every incoming id, the rows are
sorted into new, newer and not newer in Python, and each group is written with one
executemany; no per-row round trips.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, field
from datetime import datetime
from typing import TYPE_CHECKING, Any

from skillsapp.store import sync_merge
from skillsapp.store.schema import TRAVELLING_TABLES
from skillsapp.sync.tables import SYNC_COLUMNS, foreign_keys, travelling_columns

if TYPE_CHECKING:
    import sqlite3

    from sqlite_utils import Database

_HLC = re.compile(r"\d{13}-\d{6}")
_MAX_ID = 64


class PayloadError(ValueError):
    """The rows are not what a package may carry; the message names what is wrong."""


@dataclass(frozen=True)
class TableRows:
    """One table's incoming rows, checked: columns known here, sync columns well-formed."""

    table: str
    columns: tuple[str, ...]
    rows: list[list[Any]]

    def index(self, column: str) -> int:
        return self.columns.index(column)


@dataclass
class TableCounts:
    added: int = 0
    updated: int = 0
    deleted: int = 0
    ignored: int = 0

    def total(self) -> int:
        return self.added + self.updated + self.deleted + self.ignored


@dataclass(frozen=True)
class Conflict:
    """Two devices' different versions of one row: which was kept, and whose."""

    table: str
    row_id: str
    kept: str  # "incoming" or "local"
    winner_origin: str
    loser_origin: str


@dataclass
class MergeResult:
    counts: dict[str, TableCounts] = field(default_factory=dict)
    conflicts: list[Conflict] = field(default_factory=list)
    max_hlc: str = ""

    def totals(self) -> TableCounts:
        total = TableCounts()
        for c in self.counts.values():
            total.added += c.added
            total.updated += c.updated
            total.deleted += c.deleted
            total.ignored += c.ignored
        return total


# -- checking what arrived ------------------------------------------------------------------


def _check_columns(db: Database, table: str, columns: object) -> tuple[str, ...]:
    if table not in TRAVELLING_TABLES:
        raise PayloadError(f"unknown table {table!r}")
    if not isinstance(columns, list) or not all(isinstance(c, str) for c in columns):
        raise PayloadError(f"{table}: column list")
    known = set(travelling_columns(db, table))
    unknown = [c for c in columns if c not in known]
    if unknown or len(set(columns)) != len(columns):
        raise PayloadError(f"{table}: unknown or repeated columns {unknown}")
    if not set(SYNC_COLUMNS) <= set(columns):
        raise PayloadError(f"{table}: sync columns missing")
    return tuple(columns)


def _check_rows(table: str, columns: tuple[str, ...], rows: object) -> list[list[Any]]:
    """Rows are lists of the right length with a usable id, HLC, origin and tombstone flag.

    Other values are checked by SQLite itself (types, NOT NULL, CHECK) inside the transaction.
    """
    if not isinstance(rows, list):
        raise PayloadError(f"{table}: rows")
    width = len(columns)
    i_id, i_hlc, i_origin, i_deleted = (columns.index(c) for c in SYNC_COLUMNS)
    match = _HLC.fullmatch
    for row in rows:
        if not isinstance(row, list) or len(row) != width:
            raise PayloadError(f"{table}: a row of the wrong shape")
        row_id, hlc, origin = row[i_id], row[i_hlc], row[i_origin]
        if not isinstance(row_id, str) or not 0 < len(row_id) <= _MAX_ID:
            raise PayloadError(f"{table}: row id")
        if not isinstance(hlc, str) or not match(hlc):
            raise PayloadError(f"{table}: clock stamp of {row_id}")
        if not isinstance(origin, str) or not 0 < len(origin) <= _MAX_ID:
            raise PayloadError(f"{table}: origin of {row_id}")
        if row[i_deleted] not in (0, 1) or isinstance(row[i_deleted], float):
            raise PayloadError(f"{table}: deleted flag of {row_id}")
    return rows


def parse_tables(db: Database, payload: bytes) -> list[TableRows]:
    """Decode and check a rows payload; PayloadError says what is wrong."""
    try:
        data = json.loads(payload.decode("utf-8"))
    except (UnicodeDecodeError, ValueError) as exc:
        raise PayloadError("not JSON") from exc
    if not isinstance(data, dict) or not isinstance(data.get("tables"), dict):
        raise PayloadError("no tables")
    parsed = []
    for table in sorted(data["tables"], key=_table_order):
        spec = data["tables"][table]
        if not isinstance(spec, dict):
            raise PayloadError(f"{table}: not an object")
        columns = _check_columns(db, table, spec.get("columns"))
        parsed.append(TableRows(table, columns, _check_rows(table, columns, spec.get("rows"))))
    return parsed


def _table_order(table: str) -> int:
    return TRAVELLING_TABLES.index(table) if table in TRAVELLING_TABLES else len(TRAVELLING_TABLES)


# -- merging --------------------------------------------------------------------------------


def _newest_per_id(incoming: TableRows) -> dict[str, list[Any]]:
    """One version per id (a package should hold one; if not, the greatest wins here too)."""
    i_id, i_hlc, i_origin = (incoming.index(c) for c in ("id", "hlc", "origin"))
    best: dict[str, list[Any]] = {}
    for row in incoming.rows:
        current = best.get(row[i_id])
        if current is None or (row[i_hlc], row[i_origin]) > (current[i_hlc], current[i_origin]):
            best[row[i_id]] = row
    return best


Version = dict[str, Any]  # one version of a row, column -> value


@dataclass
class _Sorted:
    inserts: list[list[Any]] = field(default_factory=list)
    updates: list[list[Any]] = field(default_factory=list)
    losers: list[tuple[Version, Version, str]] = field(default_factory=list)  # loser, winner, kept
    counts: TableCounts = field(default_factory=TableCounts)


def _sort_rows(
    incoming: TableRows, best: dict[str, list[Any]], local: dict[str, sqlite3.Row]
) -> _Sorted:
    columns = incoming.columns
    i_hlc, i_origin, i_deleted = (incoming.index(c) for c in ("hlc", "origin", "deleted"))
    content = [(i, c) for i, c in enumerate(columns) if c not in ("hlc", "origin")]
    out = _Sorted()
    for row_id, row in best.items():
        old = local.get(row_id)
        if old is None:
            out.inserts.append(row)
            if row[i_deleted]:
                out.counts.deleted += 1
            else:
                out.counts.added += 1
            continue
        new_version, old_version = (row[i_hlc], row[i_origin]), (old["hlc"], old["origin"])
        differs = old["origin"] != row[i_origin] and any(old[c] != row[i] for i, c in content)
        if new_version > old_version:
            out.updates.append(row)
            if row[i_deleted] and not old["deleted"]:
                out.counts.deleted += 1
            else:
                out.counts.updated += 1
            if differs and not row[i_deleted]:
                out.losers.append((_local(columns, old), _incoming(columns, row), "incoming"))
        else:
            out.counts.ignored += 1
            if differs and new_version < old_version and not old["deleted"]:
                out.losers.append((_incoming(columns, row), _local(columns, old), "local"))
    return out


def _incoming(columns: tuple[str, ...], row: list[Any]) -> Version:
    return dict(zip(columns, row, strict=True))


def _local(columns: tuple[str, ...], row: sqlite3.Row) -> Version:
    """The local version in the incoming column order (its JSON is then the same either way)."""
    return {c: row[c] for c in columns}


def _write(db: Database, incoming: TableRows, sorted_rows: _Sorted, epoch: int) -> None:
    table, columns = incoming.table, incoming.columns
    sync_merge.insert_rows(db, table, columns, sorted_rows.inserts, epoch)
    sync_merge.update_rows(db, table, columns, sorted_rows.updates, epoch)


def _keep_losers(
    db: Database, incoming: TableRows, sorted_rows: _Sorted, package_id: str
) -> list[Conflict]:
    """Keep each losing version for review; the notes say who won over whom."""
    now = datetime.now().isoformat(timespec="seconds")
    records, notes = [], []
    for loser, winner, kept in sorted_rows.losers:
        text = json.dumps(loser, sort_keys=True)
        records.append(
            sync_merge.KeptLoser(incoming.table, loser["id"], text, winner["hlc"], package_id, now)
        )
        notes.append(Conflict(incoming.table, loser["id"], kept, winner["origin"], loser["origin"]))
    sync_merge.keep_losers(db, records)
    return notes


def _forget_deleted(db: Database, incoming: TableRows, sorted_rows: _Sorted) -> None:
    """Drop kept losing versions of rows that a winning tombstone has just deleted."""
    i_id, i_deleted = incoming.index("id"), incoming.index("deleted")
    gone = [r[i_id] for r in (*sorted_rows.inserts, *sorted_rows.updates) if r[i_deleted]]
    sync_merge.forget_losers(db, incoming.table, gone)


def missing_parent(db: Database, written: list[TableRows]) -> tuple[str, str] | None:
    """(table, parent table) of the first written row whose parent row does not exist.

    Checked before commit, so the user gets a message naming the tables rather than SQLite's
    bare "FOREIGN KEY constraint failed".
    """
    for incoming in written:
        for column, parent in foreign_keys(db, incoming.table):
            if column not in incoming.columns:
                continue
            i = incoming.index(column)
            found = {row[i] for row in incoming.rows if row[i] is not None}
            if any(not isinstance(value, str) for value in found):
                return incoming.table, parent  # ids are text: a number or flag names no row
            wanted = sorted(found)
            if not wanted:
                continue
            if sync_merge.count_missing(db, parent, wanted):
                return incoming.table, parent
    return None


def merge_tables(
    db: Database, tables: list[TableRows], *, epoch: int, package_id: str
) -> tuple[MergeResult, list[TableRows]]:
    """Merge checked rows (inside the caller's transaction); returns the result and the rows
    actually written, for the parent check. sqlite3 errors (a CHECK or NOT NULL a row breaks)
    propagate so the caller can roll back and say the data is not valid."""
    result = MergeResult()
    written = []
    for incoming in tables:
        best = _newest_per_id(incoming)
        local = sync_merge.local_versions(db, incoming.table, incoming.columns, list(best))
        sorted_rows = _sort_rows(incoming, best, local)
        _write(db, incoming, sorted_rows, epoch)
        _forget_deleted(db, incoming, sorted_rows)
        result.conflicts.extend(_keep_losers(db, incoming, sorted_rows, package_id))
        result.counts[incoming.table] = sorted_rows.counts
        changed = sorted_rows.inserts + sorted_rows.updates
        written.append(TableRows(incoming.table, incoming.columns, changed))
        if incoming.rows:
            i_hlc = incoming.index("hlc")
            result.max_hlc = max(result.max_hlc, max(row[i_hlc] for row in incoming.rows))
    return result, written
