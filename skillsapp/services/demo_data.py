"""Removing the demo school in one step, once the user has seen enough of it.

The demo school (services/demo.py DEMO_SCHOOL, found by its code) is made on this PC and never
travels, so its rows are deleted outright rather than tombstoned: a tombstone exists to stop an
older copy in a package from coming back, and no package carries demo rows. Everything goes in
one transaction: the database holds either the whole demo or none of it.
"""

from __future__ import annotations

from dataclasses import dataclass

from skillsapp.domain.records import Changes, School
from skillsapp.services.demo import DEMO_SCHOOL
from skillsapp.services.school import save_school
from skillsapp.store import Store
from skillsapp.store.db import get_setting, set_setting

# The user's own school, entered in the first-run wizard while they chose to explore the demo:
# kept as local settings (never synced) until the demo is removed.
_OWN_NAME, _OWN_CODE = "own_school.name", "own_school.code"

# Child tables first. Each entry: table, and the condition that picks the demo's rows given
# the demo school's id as the only parameter.
_SESSIONS = "SELECT id FROM session WHERE school_id = ?"
_CLASSES = "SELECT id FROM school_class WHERE school_id = ?"
_DELETES = (
    ("quiz_answer", f"session_id IN ({_SESSIONS})"),
    ("quiz_tally", f"session_id IN ({_SESSIONS})"),
    ("attendance", f"session_id IN ({_SESSIONS})"),
    ("session", "school_id = ?"),
    ("pupil", f"class_id IN ({_CLASSES})"),
    ("school_class", "school_id = ?"),
    ("plan_task", "school_id = ?"),
    ("school", "id = ?"),
)


@dataclass(frozen=True)
class DemoSummary:
    """What removing the demo would delete (shown to the user before they confirm)."""

    name: str
    classes: int
    pupils: int
    sessions: int


def _demo_id(store: Store) -> str | None:
    row = store.db.execute(
        "SELECT id FROM school WHERE code = ? ORDER BY id LIMIT 1", [DEMO_SCHOOL.code]
    ).fetchone()
    return row[0] if row else None


def has_demo(store: Store) -> bool:
    return _demo_id(store) is not None


def demo_summary(store: Store) -> DemoSummary | None:
    """Counts of the demo school's classes, pupils and sessions; None when there is no demo."""
    school_id = _demo_id(store)
    if school_id is None:
        return None
    name = store.db.execute("SELECT name FROM school WHERE id = ?", [school_id]).fetchone()[0]
    where = dict(_DELETES)
    classes, pupils, sessions = (
        store.db.execute(f"SELECT count(*) FROM {t} WHERE {where[t]}", [school_id]).fetchone()[0]
        for t in ("school_class", "pupil", "session")
    )
    return DemoSummary(name=name, classes=classes, pupils=pupils, sessions=sessions)


def remove_demo(store: Store) -> Changes:
    """Delete every row of the demo school (all demo schools, should there be several).

    Rows of other schools are untouched. Returns the tables changed (empty when there was no
    demo, so calling it twice is harmless).
    """
    touched: set[str] = set()
    with store.db.atomic():
        while (school_id := _demo_id(store)) is not None:
            for table, where in _DELETES:
                cursor = store.db.execute(f"DELETE FROM {table} WHERE {where}", [school_id])
                if cursor.rowcount:
                    touched.add(table)
        if touched:
            store.db.execute(
                "DELETE FROM aggregate_report WHERE school_code = ?", [DEMO_SCHOOL.code]
            )
    return Changes(tables=frozenset(touched))


def remember_school(store: Store, *, name: str, code: str) -> None:
    """Keep the user's own school for when the demo goes (the wizard asked for it already)."""
    with store.db.atomic():
        set_setting(store.db, _OWN_NAME, " ".join(name.split()))
        set_setting(store.db, _OWN_CODE, " ".join(code.split()))


def remembered_school(store: Store) -> School | None:
    name = get_setting(store.db, _OWN_NAME)
    if not name:
        return None
    return School(id="", code=get_setting(store.db, _OWN_CODE), name=name)


def replace_demo(store: Store, own: School | None) -> Changes:
    """Remove the demo and, if given, create the user's own school in its place; the remembered
    school is then forgotten. Two transactions, demo first: should the second fail, the user is
    left with no demo and can enter the school in Settings, never with a half-deleted demo."""
    changes = remove_demo(store)
    if own is None or not own.name.strip():
        return changes
    save_school(store, own)
    with store.db.atomic():
        store.db.execute("DELETE FROM setting WHERE key IN (?, ?)", [_OWN_NAME, _OWN_CODE])
    return Changes(tables=changes.tables | {"school", "setting"})
