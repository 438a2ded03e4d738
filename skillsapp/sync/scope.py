"""Who may change what: the rows of a package that its sender may write here.

The leader's device may change everything. A teacher's device may add and change only the rows
of the classes it teaches (it created the class, or the leader assigned it; see
store/sync_trust.py) and the adult sessions it recorded; school-wide rows (the school, the plan
checklist, the sites) are the leader's, except that a school arriving at a database that has
none yet is taken (that is how a leader's new database learns its school). Rows that would not
change anything here (a copy of what is already here, or older) pass untouched: forwarding is
not changing.

Whatever the sender, a row stamped more than MAX_AHEAD_MS ahead of this computer's clock is
refused. Packages travel after they are written, so an honest stamp is in the receiver's past;
24 hours covers a sender in the wrong time zone (up to 14 h) and a receiver a few hours slow,
while a clock set days or years ahead, whose rows would otherwise win every conflict for as long
as it is ahead, is caught.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from skillsapp.store import sync_trust
from skillsapp.sync.merge import TableRows

if TYPE_CHECKING:
    import sqlite3

    from sqlite_utils import Database

MAX_AHEAD_MS = 24 * 3600 * 1000
_SCOPE_COLUMNS = {
    "pupil": ("class_id",),
    "session": ("class_id",),
    "attendance": ("session_id",),
    "quiz_answer": ("session_id",),
    "quiz_tally": ("session_id",),
    "own_lesson": ("origin",),
}
_SESSION_CHILDREN = ("attendance", "quiz_answer", "quiz_tally")


@dataclass(frozen=True)
class Refusal:
    table: str
    row_id: str
    reason: str  # "scope" or "future"


@dataclass
class Scoped:
    tables: list[TableRows]
    refused: list[Refusal] = field(default_factory=list)


def too_far_ahead(stamp: str, now_ms: int | None = None) -> bool:
    now_ms = int(time.time() * 1000) if now_ms is None else now_ms
    return int(stamp[:13]) > now_ms + MAX_AHEAD_MS


@dataclass
class _Teacher:
    """What one teacher device may write, growing with the new classes and adult sessions
    its package creates."""

    db: Database
    device_id: str
    taught: set[str]
    recorded: set[str]
    school_free: bool
    sessions_ok: set[str] = field(default_factory=set)
    sessions_refused: set[str] = field(default_factory=set)

    def teaches(self, class_id: object) -> bool:
        return isinstance(class_id, str) and class_id in self.taught

    def session_ok(self, session_id: object) -> bool:
        if not isinstance(session_id, str) or session_id in self.sessions_refused:
            return False
        if session_id in self.sessions_ok:
            return True
        local = sync_trust.session_classes(self.db, [session_id])
        if session_id not in local:
            return True  # no such session here: the merge's parent check refuses the package
        class_id = local[session_id]
        allowed = self.teaches(class_id) if class_id else session_id in self.recorded
        (self.sessions_ok if allowed else self.sessions_refused).add(session_id)
        return allowed

    def may_write(self, table: str, row: dict[str, Any], local: sqlite3.Row | None) -> bool:
        old = None if local is None else {c: local[c] for c in _SCOPE_COLUMNS.get(table, ())}
        check: Callable[[dict[str, Any], dict[str, Any] | None], bool] | None = getattr(
            self, f"_{table}", None
        )
        return bool(check and check(row, old))

    def _school(self, row: dict[str, Any], old: dict[str, Any] | None) -> bool:
        return old is None and self.school_free

    # The school's checklist and its sites (điểm trường) arrive with the school, then they are
    # the leader's: a site's PC is a teacher device that teaches the site's classes.
    _plan_task = _site = _school

    def _school_class(self, row: dict[str, Any], old: dict[str, Any] | None) -> bool:
        if old is None:
            self.taught.add(row["id"])  # a device that creates a class teaches it
            return True
        return self.teaches(row["id"])

    def _pupil(self, row: dict[str, Any], old: dict[str, Any] | None) -> bool:
        return self.teaches(row.get("class_id")) and (old is None or self.teaches(old["class_id"]))

    def _session(self, row: dict[str, Any], old: dict[str, Any] | None) -> bool:
        new_class, row_id = row.get("class_id"), row["id"]
        if old is None:
            allowed = self.teaches(new_class) if new_class is not None else True
            if allowed and new_class is None:
                self.recorded.add(row_id)
        elif old["class_id"] is None:
            allowed = row_id in self.recorded and (new_class is None or self.teaches(new_class))
        else:
            allowed = self.teaches(old["class_id"]) and (
                new_class is None or self.teaches(new_class)
            )
        (self.sessions_ok if allowed else self.sessions_refused).add(row_id)
        return allowed

    def _child(self, row: dict[str, Any], old: dict[str, Any] | None) -> bool:
        return self.session_ok(row.get("session_id")) and (
            old is None or self.session_ok(old["session_id"])
        )

    _attendance = _quiz_answer = _quiz_tally = _child

    def _own_lesson(self, row: dict[str, Any], old: dict[str, Any] | None) -> bool:
        """A teacher's own lesson (issue 19): a new one, or a change to one it wrote."""
        return old is None or old["origin"] == self.device_id


def _is_change(row: dict[str, Any], local: sqlite3.Row | None) -> bool:
    return local is None or (row["hlc"], row["origin"]) > (local["hlc"], local["origin"])


def apply_scope(
    db: Database, tables: list[TableRows], *, sender: str, role: str, now_ms: int | None = None
) -> Scoped:
    """The rows `sender` (accepted with `role`) may write here, and the refused ones."""
    teacher = None
    if role != "leader":
        teacher = _Teacher(
            db,
            sender,
            taught=sync_trust.classes_taught(db, sender),
            recorded=sync_trust.adult_sessions_recorded(db, sender),
            school_free=not sync_trust.has_school(db),
        )
    result = Scoped(tables=[])
    for incoming in tables:
        extra = _SCOPE_COLUMNS.get(incoming.table, ())
        ids = [row[incoming.index("id")] for row in incoming.rows]
        local = sync_trust.local_scope_columns(db, incoming.table, extra, ids)
        kept = []
        for values in incoming.rows:
            row = dict(zip(incoming.columns, values, strict=True))
            old = local.get(row["id"])
            reason = ""
            if too_far_ahead(row["hlc"], now_ms):
                reason = "future"
            elif (
                teacher is not None
                and _is_change(row, old)
                and not teacher.may_write(incoming.table, row, old)
            ):
                reason = "scope"
            if reason:
                result.refused.append(Refusal(incoming.table, row["id"], reason))
            else:
                kept.append(values)
        result.tables.append(TableRows(incoming.table, incoming.columns, kept))
    return result
