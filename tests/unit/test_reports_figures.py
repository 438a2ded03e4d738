"""Report figures equal what the raw rows say, computed here independently in plain Python.

The reports compute with SQL aggregates; these tests read the rows one by one and count, so a
wrong join or filter in either place shows up as a difference.
"""

from __future__ import annotations

import json
import random
from collections import Counter, defaultdict
from dataclasses import asdict, replace
from datetime import date

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from skillsapp.content import load_kit
from skillsapp.domain.checklist import CHECKLIST
from skillsapp.domain.periods import parse_period, school_year_start
from skillsapp.domain.records import SessionInput
from skillsapp.errors import UserError
from skillsapp.reports.figures import (
    PLAN_FIELDS,
    AdultRow,
    BandStrandRow,
    GradeRow,
    Headline,
    SchoolFigures,
    StrandQuiz,
    TaskRow,
    class_figures,
    department_figures,
    school_figures,
)
from skillsapp.services.checklist import save_tasks
from skillsapp.services.school import classes, create_class, find_class, update_class
from skillsapp.services.sessions import delete_session, list_sessions, record_session
from skillsapp.store import open_store
from skillsapp.store.db import set_setting

PERIODS = ("2026-2027", "2026-2027/hk1", "2026-11", "2026-10", "2026-10-01..2026-10-31")


def _rows(store, sql: str) -> list[dict]:
    cursor = store.db.execute(sql)
    names = [d[0] for d in cursor.description]
    return [dict(zip(names, row, strict=True)) for row in cursor.fetchall()]


def _strand(kit, lesson_id: str) -> int:
    try:
        return kit.lesson(lesson_id).strand
    except KeyError:
        return 0


class Raw:
    """The period's raw rows of one school, filtered in Python."""

    def __init__(self, store, kit, period_text: str) -> None:
        period = parse_period(period_text)
        start, end = period.start.isoformat(), period.end.isoformat()
        first, last = school_year_start(period.start), school_year_start(period.end)
        years = {f"{y}-{y + 1}" for y in range(first, last + 1)}
        live = [s for s in _rows(store, "SELECT * FROM session") if not s["deleted"]]
        self.in_period = [s for s in live if start <= s["held_on"] <= end]
        lessons = [s for s in self.in_period if s["kind"] == "lesson"]
        taught = {s["class_id"] for s in lessons}
        self.classes = {
            c["id"]: c
            for c in _rows(store, "SELECT * FROM school_class")
            if not c["deleted"]
            and c["school_year"] in years
            and (not c["archived"] or c["id"] in taught)
        }
        self.sessions = {s["id"]: s for s in lessons if s["class_id"] in self.classes}
        self.grade = {sid: self.classes[s["class_id"]]["grade"] for sid, s in self.sessions.items()}
        self.pupils = {p["id"]: p for p in _rows(store, "SELECT * FROM pupil") if not p["deleted"]}
        self.attendance = [
            a
            for a in _rows(store, "SELECT * FROM attendance")
            if not a["deleted"] and a["session_id"] in self.sessions
        ]
        self.answers = [
            a
            for a in _rows(store, "SELECT * FROM quiz_answer")
            if not a["deleted"] and a["session_id"] in self.sessions
        ]
        self.tallies = [
            t
            for t in _rows(store, "SELECT * FROM quiz_tally")
            if not t["deleted"] and t["session_id"] in self.sessions
        ]
        self.kit = kit

    def grades(self) -> dict[int, dict[str, int]]:
        out: dict[int, Counter] = defaultdict(Counter)
        taught = {s["class_id"] for s in self.sessions.values()}
        for cid, c in self.classes.items():
            out[c["grade"]]["classes"] += 1
            out[c["grade"]]["classes_covered"] += cid in taught
        for sid in self.sessions:
            out[self.grade[sid]]["sessions"] += 1
        marked = {a["pupil_id"] for a in self.attendance}
        suffix = {"F": "f", "M": "m", "": "x"}
        for p in self.pupils.values():
            if p["class_id"] in self.classes and (p["active"] or p["id"] in marked):
                grade = self.classes[p["class_id"]]["grade"]
                out[grade]["enrolled_" + suffix[p["gender"]]] += 1
        reached = {
            (self.grade[a["session_id"]], a["pupil_id"])
            for a in self.attendance
            if a["status"] in ("present", "late") and a["pupil_id"] in self.pupils
        }
        for grade, pupil_id in reached:
            out[grade]["reached_" + suffix[self.pupils[pupil_id]["gender"]]] += 1
        for a in self.attendance:
            grade = self.grade[a["session_id"]]
            out[grade]["attended"] += a["status"] in ("present", "late")
            out[grade]["counted"] += a["status"] != "excused"
            out[grade]["excused"] += a["status"] == "excused"
        return {g: {k: v for k, v in c.items() if v} for g, c in out.items()}

    def band_strand(self) -> dict[tuple[str, int], int]:
        out: Counter = Counter()
        for s in self.sessions.values():
            out[(s["lesson_id"].split("/")[0], _strand(self.kit, s["lesson_id"]))] += 1
        return dict(out)

    def strands(self) -> dict[int, dict[str, int]]:
        out: dict[int, Counter] = defaultdict(Counter)
        asked: dict[str, set] = defaultdict(set)
        right: Counter = Counter()
        for a in self.answers:
            asked[a["session_id"]].add(a["item_id"])
            right[(a["session_id"], a["pupil_id"])] += a["correct"]
        for (sid, _pupil), correct in right.items():
            row = out[_strand(self.kit, self.sessions[sid]["lesson_id"])]
            items = len(asked[sid])
            row["attempts"] += 1
            row["passed"] += correct * 2 >= items
            row["correct"] += correct
            row["possible"] += items
        for t in self.tallies:
            lesson_id = self.sessions[t["session_id"]]["lesson_id"]
            key = self.kit.lesson(lesson_id).quiz_keys()[t["item_id"]]
            row = out[_strand(self.kit, lesson_id)]
            row["tally_responses"] += t["count"]
            row["tally_right"] += t["count"] if t["option"] == key.answer else 0
        return {s: {k: v for k, v in c.items() if v} for s, c in out.items()}

    def adults(self) -> dict[str, tuple[int, int]]:
        out: dict[str, list[int]] = defaultdict(lambda: [0, 0])
        for s in self.in_period:
            if s["kind"] != "lesson":
                out[s["kind"]][0] += 1
                out[s["kind"]][1] += s["participants"]
        return {k: tuple(v) for k, v in out.items()}


def _without_zeros(row: dict, key: str) -> dict:
    """The counts of a row but its key and the plan fields (test_reports_honest checks those)."""
    return {k: v for k, v in row.items() if v and k != key and k not in PLAN_FIELDS}


def _assert_matches(figs: SchoolFigures, raw: Raw) -> None:
    assert {g.grade: _without_zeros(asdict(g), "grade") for g in figs.grades} == raw.grades()
    assert {(r.band, r.strand): r.sessions for r in figs.band_strand} == raw.band_strand()
    assert {s.strand: _without_zeros(asdict(s), "strand") for s in figs.strands} == raw.strands()
    assert {a.kind: (a.sessions, a.participants) for a in figs.adults} == raw.adults()


@pytest.fixture
def kit():
    return load_kit()


@pytest.fixture
def rich_store(demo_store, kit):
    """The demo school plus what it lacks: adult sessions, a deleted session, an archived and an
    untaught class, an inactive pupil, and a session whose lesson is no longer in the kit."""
    day = date(2026, 10, 14)
    for kind, people in (("staff_training", 31), ("school_event", 250), ("parent_meeting", 77)):
        record_session(demo_store, SessionInput(kind=kind, held_on=day, participants=people))
    lessons = list_sessions(demo_store, start=date(2026, 9, 1), end=date(2026, 11, 30))
    lesson_sessions = [s for s in lessons if s.kind == "lesson"]
    delete_session(demo_store, lesson_sessions[0].id)
    school_id = classes(demo_store)[0].school_id
    for name, archived in (("9A8", True), ("9A9", False)):
        made = create_class(
            demo_store, school_id=school_id, school_year="2026-2027", grade=9, name=name
        )
        update_class(demo_store, made.id, archived=archived)
    demo_store.db.execute(
        "UPDATE pupil SET active = 0 WHERE id = (SELECT id FROM pupil ORDER BY id LIMIT 1)"
    )
    demo_store.db.execute(
        "UPDATE session SET lesson_id = 'g6-9/99-gone' WHERE id = ?", [lesson_sessions[1].id]
    )
    demo_store.db.execute("DELETE FROM quiz_tally WHERE session_id = ?", [lesson_sessions[1].id])
    return demo_store


@pytest.mark.parametrize("period", PERIODS)
def test_school_figures_equal_the_raw_rows(rich_store, kit, period):
    figs = school_figures(rich_store, kit, period)
    _assert_matches(figs, Raw(rich_store, kit, period))
    assert figs.period == parse_period(period).text


def test_previous_period_is_the_headline_of_the_period_before(rich_store, kit):
    figs = school_figures(rich_store, kit, "2026-11")
    before = school_figures(rich_store, kit, "2026-10")
    assert figs.previous_period == "2026-10"
    assert figs.previous == before.headline()
    assert figs.previous.sessions > 0


def test_headline_adds_up_the_rows(rich_store, kit):
    figs = school_figures(rich_store, kit, "2026-2027")
    h = figs.headline()
    raw = Raw(rich_store, kit, "2026-2027")
    assert h.sessions == len(raw.sessions)
    assert h.classes == len(raw.classes)
    assert h.reached == len(
        {
            a["pupil_id"]
            for a in raw.attendance
            if a["status"] != "absent" and a["status"] != "excused"
        }
    )
    assert h.quiz_attempts == len({(a["session_id"], a["pupil_id"]) for a in raw.answers})
    assert (h.staff_sessions, h.staff_participants) == raw.adults()["staff_training"]
    assert h.staff_participants >= 31
    assert h.parent_participants == sum(
        s["participants"] for s in raw.in_period if s["kind"] == "parent_meeting"
    )


def test_deleted_and_archived_rows_are_left_out(rich_store, kit):
    figs = school_figures(rich_store, kit, "2026-2027")
    live = rich_store.db.execute(
        "SELECT count(*) FROM session WHERE kind = 'lesson' AND deleted = 0"
    ).fetchone()[0]
    assert figs.headline().sessions == live
    archived = rich_store.db.execute(
        "SELECT count(*) FROM school_class WHERE archived = 1"
    ).fetchone()[0]
    assert archived == 1
    live_classes = {c.id: c.name for c in classes(rich_store)}
    assert figs.headline().classes == len(live_classes)
    taught = {s.class_id for s in list_sessions(rich_store) if s.kind == "lesson"}
    assert "9A9" not in {live_classes[c] for c in taught if c in live_classes}
    assert figs.headline().classes_covered == len(taught & set(live_classes))


def test_a_lesson_gone_from_the_kit_counts_under_strand_zero(rich_store, kit):
    figs = school_figures(rich_store, kit, "2026-2027")
    assert BandStrandRow("g6-9", 0, 1) in figs.band_strand


def test_plan_tasks_of_the_periods_school_year(rich_store, kit):
    save_tasks(rich_store, "2026-2027", [("plan", "done", "KH số 12"), ("parents", "doing", "")])
    figs = school_figures(rich_store, kit, "2026-2027/hk1")
    assert [t.code for t in figs.tasks] == [t.code for t in CHECKLIST]
    assert TaskRow("plan", "done", "KH số 12") in figs.tasks
    assert TaskRow("parents", "doing", "") in figs.tasks
    assert TaskRow("filtering", "todo", "") in figs.tasks
    earlier = school_figures(rich_store, kit, "2025-2026")
    assert all(t.status == "todo" for t in earlier.tasks)


def test_a_period_without_data_has_no_data(demo_store, kit):
    figs = school_figures(demo_store, kit, "2019-2020")
    assert not figs.has_data
    assert figs.headline().sessions == 0


def test_school_figures_hold_no_pupil_name_or_code(demo_store, kit):
    text = json.dumps(school_figures(demo_store, kit, "2026-2027").to_dict(), ensure_ascii=False)
    for name, code in demo_store.db.execute("SELECT full_name, code FROM pupil").fetchall():
        assert name not in text
        assert not code or code not in text


# --- class --------------------------------------------------------------------------------------


def test_class_figures_equal_the_raw_rows(rich_store, kit):
    cls = classes(rich_store)[0]
    figs = class_figures(rich_store, kit, cls.id, "2026-2027")
    raw = Raw(rich_store, kit, "2026-2027")
    mine = {sid: s for sid, s in raw.sessions.items() if s["class_id"] == cls.id}
    assert [s.held_on for s in figs.sessions] == sorted(s["held_on"] for s in mine.values())
    marks: dict[str, Counter] = defaultdict(Counter)
    for a in raw.attendance:
        if a["session_id"] in mine:
            marks[a["pupil_id"]][a["status"]] += 1
    by_name = {raw.pupils[pid]["full_name"]: c for pid, c in marks.items()}
    for row in figs.pupils:
        counts = by_name.get(row.name, Counter())
        assert row.attended == counts["present"] + counts["late"]
        assert row.excused == counts["excused"]
        assert row.counted == counts["present"] + counts["late"] + counts["absent"]
        assert len(row.missed) == counts["absent"] + counts["excused"]
    per_session = Counter(a["session_id"] for a in raw.answers if a["session_id"] in mine)
    assert sum(q.possible for q in figs.quizzes) == sum(
        len({a["pupil_id"] for a in raw.answers if a["session_id"] == sid})
        * len({a["item_id"] for a in raw.answers if a["session_id"] == sid})
        for sid in per_session
    )
    assert sum(q.correct for q in figs.quizzes) == sum(
        a["correct"] for a in raw.answers if a["session_id"] in mine
    )
    assert sum(i.right for i in figs.items) == sum(q.correct + q.tally_right for q in figs.quizzes)


def test_class_figures_follow_the_grade_plan(demo_store, kit):
    cls = classes(demo_store)[0]
    figs = class_figures(demo_store, kit, cls.id, "2026-2027")
    plan = kit.grade_plan(cls.grade)
    assert [p.lesson_id for p in figs.plan] == [lesson.id for lesson in plan]
    held = {s.lesson_id for s in figs.sessions}
    assert {p.lesson_id for p in figs.plan if p.held_on} == held & {p.id for p in plan}


def test_unknown_class_is_a_user_error(demo_store, kit):
    with pytest.raises(UserError) as caught:
        class_figures(demo_store, kit, "no-such-id", "2026-2027")
    assert caught.value.key == "class.unknown"
    with pytest.raises(UserError):
        find_class(demo_store, "12Z9")


def test_malformed_period_is_a_user_error(demo_store, kit):
    with pytest.raises(UserError) as caught:
        school_figures(demo_store, kit, "2026-2028")
    assert caught.value.key == "period.bad"


# --- to_dict / from_dict and the department ---------------------------------------------------


def random_figures(rng: random.Random, code: str, period: str = "2026-2027/hk1") -> SchoolFigures:
    """Plausible school figures with random counts (small ones included, for suppression)."""

    def n(top: int = 60) -> int:
        return rng.choice([0, rng.randint(1, 4), rng.randint(0, top)])

    grades = tuple(
        GradeRow(g, *(n() for _ in range(12))) for g in sorted(rng.sample(range(1, 13), 3))
    )
    band_strand = tuple(BandStrandRow("g6-9", s, n()) for s in range(1, 9) if rng.random() < 0.7)
    strands = tuple(StrandQuiz(s, *(n(300) for _ in range(6))) for s in range(1, 9))
    adults = tuple(AdultRow(k, n(5), n(200)) for k in ("parent_meeting", "staff_training"))
    tasks = tuple(TaskRow(t.code, rng.choice(["todo", "doing", "done"])) for t in CHECKLIST)
    parsed = parse_period(period)
    return SchoolFigures(
        school_code=code,
        school_name=f"Trường THCS {code}",
        district="Phường Lê Chân",
        province="Hải Phòng",
        period=parsed.text,
        start=parsed.start.isoformat(),
        end=parsed.end.isoformat(),
        school_year="2026-2027",
        grades=grades,
        band_strand=band_strand,
        strands=strands,
        adults=adults,
        tasks=tasks,
        previous_period="2025-2026/hk2",
        previous=Headline(sessions=n()) if rng.random() < 0.5 else None,
    )


@settings(max_examples=40, deadline=None)
@given(st.randoms(use_true_random=False))
def test_to_dict_round_trips_through_json(rng):
    figs = random_figures(rng, "HP-1")
    assert SchoolFigures.from_dict(json.loads(json.dumps(figs.to_dict()))) == figs


def test_from_dict_refuses_newer_and_malformed(demo_store, kit):
    data = school_figures(demo_store, kit, "2026-2027").to_dict()
    with pytest.raises(UserError) as caught:
        SchoolFigures.from_dict({**data, "version": 99})
    assert caught.value.key == "report.figures_version"
    for bad in (
        {**data, "format": "other"},
        {**data, "grades": [{"grade": 6, "classes": -1}]},
        {**data, "grades": [{"grade": 6, "pupil_names": 1}]},
        {k: v for k, v in data.items() if k != "strands"},
        [],
    ):
        with pytest.raises(UserError):
            SchoolFigures.from_dict(bad)


def _store_aggregate(store, figs: SchoolFigures, received: str = "2027-01-20T10:00:00") -> None:
    store.db.execute(
        "INSERT OR REPLACE INTO aggregate_report (school_code, school_name, district, period, "
        "figures, package_id, sender_device, created_at, received_at) "
        "VALUES (?, ?, ?, ?, ?, ?, 'dev', ?, ?)",
        [
            figs.school_code,
            figs.school_name,
            figs.district,
            figs.period,
            json.dumps(figs.to_dict()),
            f"pkg-{figs.school_code}",
            received,
            received,
        ],
    )


@pytest.fixture
def department(tmp_path):
    store = open_store(tmp_path / "dept.db")
    yield store
    store.close()


def test_department_sums_the_schools_and_lists_who_is_missing(department):
    rng = random.Random(5)
    reported = [random_figures(rng, f"HP-{i:02d}") for i in range(6)]
    for figs in reported:
        _store_aggregate(department, figs)
    _store_aggregate(department, random_figures(rng, "HP-LATE", "2025-2026/hk2"))
    set_setting(department.db, "expected_schools", json.dumps(["HP-NEVER", {"code": "HP-X9"}]))
    totals = department_figures(department, "2026-2027/hk1")

    assert [s.code for s in totals.schools] == [f.school_code for f in reported]
    assert {s.code for s in totals.missing} == {"HP-LATE", "HP-NEVER", "HP-X9"}
    grades: dict[int, Counter] = defaultdict(Counter)
    for figs in reported:
        for g in figs.grades:
            grades[g.grade].update({k: v for k, v in asdict(g).items() if k != "grade"})
    assert {g.grade: Counter(_without_zeros(asdict(g), "grade")) for g in totals.grades} == {
        g: +c for g, c in grades.items()
    }
    for field in ("sessions", "reached", "quiz_correct", "staff_participants"):
        assert getattr(totals.headline(), field) == sum(
            getattr(f.headline(), field) for f in reported
        )
    for tally in totals.tasks:
        statuses = [t.status for f in reported for t in f.tasks if t.code == tally.code]
        assert (tally.done, tally.doing, tally.todo) == tuple(
            statuses.count(s) for s in ("done", "doing", "todo")
        )
    strands = Counter()
    for figs in reported:
        for row in figs.band_strand:
            strands[(row.band, row.strand)] += row.sessions
    assert {(r.band, r.strand): r.sessions for r in totals.band_strand} == dict(strands)


def test_department_previous_period_and_unreadable_rows(department):
    rng = random.Random(9)
    now = [random_figures(rng, c) for c in ("A", "B")]
    before = [random_figures(rng, c, "2025-2026/hk2") for c in ("A", "B")]
    for figs in (*now, *before):
        _store_aggregate(department, figs)
    department.db.execute(
        "INSERT INTO aggregate_report VALUES ('BROKEN', 'x', '', '2026-2027/hk1', '{\"version\": "
        "1', 'p', 'd', 'c', 'r', '')"
    )
    totals = department_figures(department, "2026-2027/hk1")
    assert totals.unreadable == ("BROKEN",)
    assert totals.previous_period == "2025-2026/hk2"
    assert totals.previous.sessions == sum(f.headline().sessions for f in before)
    assert len(totals.schools) == 2


def test_department_without_reports_has_no_data(department):
    totals = department_figures(department, "2026-2027")
    assert not totals.has_data and totals.schools == () and totals.missing == ()


def test_a_corrected_school_row_replaces_the_old_one(department):
    rng = random.Random(2)
    first = random_figures(rng, "HP-01")
    _store_aggregate(department, first)
    corrected = replace(first, adults=(AdultRow("parent_meeting", 9, 300),))
    _store_aggregate(department, corrected)
    totals = department_figures(department, first.period)
    assert totals.headline().parent_sessions == 9
