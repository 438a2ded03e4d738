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
from skillsapp.store import demo as demo_queries
from skillsapp.store.db import get_setting, set_setting
from skillsapp.store.settings import delete_settings

# The user's own school, entered in the first-run wizard while they chose to explore the demo:
# kept as local settings (never synced) until the demo is removed.
_OWN_NAME, _OWN_CODE = "own_school.name", "own_school.code"


@dataclass(frozen=True)
class DemoSummary:
    """What removing the demo would delete (shown to the user before they confirm)."""

    name: str
    classes: int
    pupils: int
    sessions: int


def _demo_id(store: Store) -> str | None:
    return demo_queries.school_id_by_code(store.db, DEMO_SCHOOL.code)


def has_demo(store: Store) -> bool:
    return _demo_id(store) is not None


def demo_summary(store: Store) -> DemoSummary | None:
    """Counts of the demo school's classes, pupils and sessions; None when there is no demo."""
    school_id = _demo_id(store)
    if school_id is None:
        return None
    name = demo_queries.school_name(store.db, school_id)
    classes, pupils, sessions = demo_queries.school_counts(store.db, school_id)
    return DemoSummary(name=name, classes=classes, pupils=pupils, sessions=sessions)


def remove_demo(store: Store) -> Changes:
    """Delete every row of the demo school (all demo schools, should there be several).

    Rows of other schools are untouched. Returns the tables changed (empty when there was no
    demo, so calling it twice is harmless).
    """
    touched: set[str] = set()
    with store.atomic():
        while (school_id := _demo_id(store)) is not None:
            touched |= demo_queries.delete_school(store.db, school_id)
        if touched:
            demo_queries.delete_aggregates(store.db, DEMO_SCHOOL.code)
    return Changes(tables=frozenset(touched))


def remember_school(store: Store, *, name: str, code: str) -> None:
    """Keep the user's own school for when the demo goes (the wizard asked for it already)."""
    with store.atomic():
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
    with store.atomic():
        delete_settings(store.db, [_OWN_NAME, _OWN_CODE])
    return Changes(tables=changes.tables | {"school", "setting"})
