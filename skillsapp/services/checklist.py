"""The school's programme checklist, per school year: reading and saving what it has done.

The tasks themselves are plain data in domain/checklist.py; the school report prints this state.

Each task's state is one travelling `plan_task` row with a deterministic id (school, year, code),
so a leader's edits made on two PCs converge instead of duplicating. Saving the whole checklist
is one transaction: the form is saved entirely or not at all.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass

from skillsapp.domain.checklist import CHECKLIST, STATUSES, ChecklistTask, checklist_task
from skillsapp.domain.records import Changes, fact_id
from skillsapp.errors import UserError
from skillsapp.messages import register_messages
from skillsapp.services.school import current_school
from skillsapp.store import Store
from skillsapp.store.checklist import saved_tasks
from skillsapp.store.rows import put

_YEAR = re.compile(r"^(\d{4})-(\d{4})$")

register_messages(
    {
        "plan.bad_task": {
            "vi": 'Không có nhiệm vụ "{code}" trong danh mục nhiệm vụ của chương trình.',
            "en": 'There is no programme task "{code}".',
        },
        "plan.bad_status": {
            "vi": 'Trạng thái "{status}" không hợp lệ; chọn todo, doing hoặc done.',
            "en": 'Status "{status}" is not valid; choose todo, doing or done.',
        },
        "plan.bad_year": {
            "vi": 'Năm học "{year}" không hợp lệ (ví dụ: 2026-2027).',
            "en": 'School year "{year}" is not valid (e.g. 2026-2027).',
        },
    }
)


@dataclass(frozen=True)
class TaskState:
    """A programme task with the school's status and note for one school year."""

    task: ChecklistTask
    status: str = "todo"
    note: str = ""

    @property
    def code(self) -> str:
        return self.task.code


def _check_year(school_year: str) -> str:
    match = _YEAR.match(school_year.strip())
    if not match or int(match[2]) != int(match[1]) + 1:
        raise UserError("plan.bad_year", year=school_year)
    return school_year.strip()


def task_states(store: Store, school_year: str) -> list[TaskState]:
    """Every programme task in order, with what the school has recorded (todo when nothing)."""
    school_year = _check_year(school_year)
    school = current_school(store)
    saved = saved_tasks(store.db, school.id, school_year)
    return [TaskState(t, *saved.get(t.code, ("todo", ""))) for t in CHECKLIST]


def _row(school_id: str, school_year: str, code: str, status: str, note: str) -> dict[str, object]:
    if checklist_task(code) is None:
        raise UserError("plan.bad_task", code=code)
    if status not in STATUSES:
        raise UserError("plan.bad_status", status=status)
    return {
        "id": fact_id(school_id, school_year, code),
        "school_id": school_id,
        "period": school_year,
        "code": code,
        "status": status,
        "note": " ".join(note.split()),
    }


def save_tasks(store: Store, school_year: str, states: Iterable[tuple[str, str, str]]) -> Changes:
    """Save (code, status, note) triples in one transaction; unchanged rows are not rewritten.

    Everything is checked before anything is written, so one bad code saves nothing.
    """
    school_year = _check_year(school_year)
    school_id = current_school(store).id
    rows = [_row(school_id, school_year, *state) for state in states]
    written: list[str] = []
    with store.atomic():
        for row in rows:
            if put(store, "plan_task", row):
                written.append(str(row["id"]))
        store.save_clock()
    return Changes(tables=frozenset({"plan_task"}) if written else frozenset(), ids=tuple(written))


def set_task(store: Store, school_year: str, code: str, status: str, note: str = "") -> Changes:
    """Set one task's status and note."""
    return save_tasks(store, school_year, [(code, status, note)])
