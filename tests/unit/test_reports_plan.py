"""The school's checklist of programme tasks: saved per school year, all or nothing, converging."""

from __future__ import annotations

import pytest

from skillsapp.domain.checklist import CHECKLIST, CHECKLIST_CODES
from skillsapp.domain.records import fact_id
from skillsapp.errors import UserError
from skillsapp.services.checklist import save_tasks, set_task, task_states
from skillsapp.services.school import current_school

YEAR = "2026-2027"


def _rows(store) -> list[tuple]:
    return store.db.execute(
        "SELECT id, period, code, status, note, deleted FROM plan_task ORDER BY code"
    ).fetchall()


def test_every_task_starts_as_todo(demo_store):
    states = task_states(demo_store, YEAR)
    assert [s.code for s in states] == list(CHECKLIST_CODES)
    assert all(s.status == "todo" and s.note == "" for s in states)


def test_the_programme_names_the_seed_letters_tasks():
    titles = " ".join(t.vi for t in CHECKLIST)
    for words in (
        "kế hoạch",
        "bộ kỹ năng số",
        "cha mẹ",
        "Tập huấn",
        "111",
        "chặn lọc",
        "trực tuyến",
        "Báo cáo định kỳ",
    ):
        assert words in titles
    assert all(t.en and t.vi for t in CHECKLIST)
    assert len(set(CHECKLIST_CODES)) == len(CHECKLIST_CODES)


def test_set_task_saves_status_and_note_with_a_deterministic_id(demo_store):
    changes = set_task(demo_store, YEAR, "hotline_111", "done", "  Dán  áp phích 111\nở cổng ")
    school = current_school(demo_store)
    expected_id = fact_id(school.id, YEAR, "hotline_111")
    assert changes.ids == (expected_id,)
    assert _rows(demo_store) == [
        (expected_id, YEAR, "hotline_111", "done", "Dán áp phích 111 ở cổng", 0)
    ]
    state = next(s for s in task_states(demo_store, YEAR) if s.code == "hotline_111")
    assert (state.status, state.note) == ("done", "Dán áp phích 111 ở cổng")
    assert all(s.status == "todo" for s in task_states(demo_store, "2027-2028"))


def test_saving_the_same_state_again_writes_nothing(demo_store):
    set_task(demo_store, YEAR, "plan", "doing")
    hlc = demo_store.db.execute("SELECT hlc FROM plan_task").fetchone()[0]
    changes = set_task(demo_store, YEAR, "plan", "doing")
    assert changes.ids == () and changes.tables == frozenset()
    assert demo_store.db.execute("SELECT hlc FROM plan_task").fetchone()[0] == hlc


@pytest.mark.parametrize(
    ("states", "key"),
    [
        ([("plan", "done", ""), ("no_such_task", "done", "")], "plan.bad_task"),
        ([("plan", "done", ""), ("parents", "finished", "")], "plan.bad_status"),
    ],
)
def test_one_bad_entry_saves_nothing(demo_store, states, key):
    with pytest.raises(UserError) as caught:
        save_tasks(demo_store, YEAR, states)
    assert caught.value.key == key
    assert _rows(demo_store) == []


@pytest.mark.parametrize("year", ["2026", "2026-2028", "năm nay", ""])
def test_a_bad_school_year_is_refused(demo_store, year):
    with pytest.raises(UserError) as caught:
        task_states(demo_store, year)
    assert caught.value.key == "plan.bad_year"
