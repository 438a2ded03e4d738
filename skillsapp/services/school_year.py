"""Carrying the school into its next school year, and undoing that (issue 22 item 1).

Every class of the year moves up: a new class row in the new year (grade + 1, the name the
teacher confirmed in the preview) with a new pupil row for each of its active pupils, linked
back by `previous_id`. Nothing of the old year is rewritten but two marks: its classes become
archived read-only (`archived`, `year_closed`) and the pupils of a final grade are marked as
graduated (`left_reason`). Their attendance and answers stay on the old rows, in the old class,
so a report of the old year reads exactly the rows it read before (tests compare the bytes).

The new rows' ids are derived from the old ones (`fact_id`): two computers carrying the same
class into the same year make the same rows, which merge into one instead of two 7A1s. The
undo tombstones what was made and puts the old marks back, until a session is saved in one of
the new classes (from then on the new year has a history of its own).
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, replace

from skillsapp.domain import school_years as rules
from skillsapp.domain.periods import SchoolYear
from skillsapp.domain.progress import Progress, no_progress
from skillsapp.domain.records import Changes, fact_id
from skillsapp.errors import UserError
from skillsapp.messages import register_messages
from skillsapp.services import settings as settings_service
from skillsapp.store import Store
from skillsapp.store import classes as class_queries
from skillsapp.store import school_years as queries
from skillsapp.store.db import get_setting, set_setting
from skillsapp.store.rows import put, tombstone
from skillsapp.store.settings import delete_settings

register_messages(
    {
        "year.bad_label": {
            "vi": 'Năm học "{year}" không hợp lệ: viết như 2027-2028.',
            "en": 'School year "{year}" is not valid: write it as 2027-2028.',
        },
        "year.nothing": {
            "vi": "Năm học {year} không có lớp nào đang học để chuyển lên năm {to}.",
            "en": "School year {year} has no live class to carry into {to}.",
        },
        "year.name_missing": {
            "vi": "Lớp {name} chưa có tên cho năm học mới: hãy điền tên.",
            "en": "Class {name} has no name for the new school year yet: fill it in.",
        },
        "year.name_twice": {
            "vi": "Tên {name} được đặt cho hai lớp của năm học mới.",
            "en": "The name {name} is given to two classes of the new school year.",
        },
        "year.name_taken": {
            "vi": "Năm học {year} đã có lớp {name}.",
            "en": "School year {year} already has a class {name}.",
        },
        "year.no_undo": {
            "vi": "Không có lần chuyển năm học nào để hoàn tác.",
            "en": "There is no new school year to undo.",
        },
        "year.undo_blocked": {
            "vi": "Không hoàn tác được năm học {year}: các lớp mới đã có {count} buổi học được "
            "lưu.",
            "en": "School year {year} cannot be undone: its classes already have {count} saved "
            "sessions.",
        },
        "year.preview_line": {
            "vi": "{old} (khối {grade}, {pupils} học sinh) → {new}",
            "en": "{old} (grade {grade}, {pupils} pupils) → {new}",
        },
        "year.preview_leaving": {
            "vi": "{old} (khối {grade}): {pupils} học sinh ra trường",
            "en": "{old} (grade {grade}): {pupils} pupils leave the school",
        },
        "year.preview_blank": {
            "vi": "(chưa có tên)",
            "en": "(no name yet)",
        },
        "year.preview_calendar": {
            "vi": "Lịch năm {year}: khai giảng {start}, hết HK I {hk1_end}, đầu HK II {hk2_start}, "
            "kết thúc {end}.",
            "en": "Calendar of {year}: opens {start}, semester 1 ends {hk1_end}, semester 2 "
            "starts {hk2_start}, ends {end}.",
        },
        "year.preview_total": {
            "vi": "{classes} lớp lên lớp với {pupils} học sinh; {leavers} học sinh ra trường; "
            "{archived} lớp của năm {old} được lưu trữ (chỉ xem).",
            "en": "{classes} classes move up with {pupils} pupils; {leavers} pupils leave; "
            "{archived} classes of {old} are archived (read-only).",
        },
        "year.dry_run": {
            "vi": "Chạy thử: chưa thay đổi gì.",
            "en": "Dry run: nothing was changed.",
        },
        "year.started": {
            "vi": "Đã bắt đầu năm học {year}.",
            "en": "School year {year} has started.",
        },
        "year.undone": {
            "vi": "Đã hoàn tác năm học {year}: mọi thứ trở lại như trước.",
            "en": "School year {year} undone: everything is back as it was.",
        },
    }
)

_CHANGED = frozenset({"school_class", "pupil", "setting"})


@dataclass(frozen=True)
class Promotion:
    """One class of the old year in the preview: where it goes (or that it leaves)."""

    class_id: str
    name: str
    grade: int
    pupils: int  # active pupils
    new_name: str  # "" for a leaving class, or until the teacher fills it in
    leaving: bool

    @property
    def leavers(self) -> int:
        return self.pupils if self.leaving else 0


@dataclass(frozen=True)
class YearPlan:
    """The preview of a new school year; `named` gives it the teacher's edited names."""

    from_year: str
    to_year: str
    promotions: tuple[Promotion, ...]
    calendar: SchoolYear

    def named(self, names: Mapping[str, str]) -> YearPlan:
        """The same plan with new names by old class id (a leaving class keeps none)."""
        changed = tuple(
            replace(p, new_name=" ".join(names.get(p.class_id, p.new_name).split()))
            if not p.leaving
            else p
            for p in self.promotions
        )
        return replace(self, promotions=changed)

    @property
    def moving_up(self) -> tuple[Promotion, ...]:
        return tuple(p for p in self.promotions if not p.leaving)

    def totals(self) -> dict[str, int]:
        return {
            "classes": len(self.moving_up),
            "pupils": sum(p.pupils for p in self.moving_up),
            "leavers": sum(p.leavers for p in self.promotions),
            "archived": len(self.promotions),
        }

    def lines(self, lang: str | None = None) -> list[str]:
        """The preview as text (the CLI prints it; the dialog shows it as a table)."""
        from skillsapp.messages import tr

        out = []
        for p in self.promotions:
            key = "year.preview_leaving" if p.leaving else "year.preview_line"
            new = p.new_name or tr("year.preview_blank", lang)
            out.append(tr(key, lang, old=p.name, grade=p.grade, pupils=p.pupils, new=new))
        cal = self.calendar
        out.append(
            tr(
                "year.preview_calendar",
                lang,
                year=cal.label,
                **{
                    k: getattr(cal, k).strftime("%d/%m/%Y")
                    for k in ("start", "hk1_end", "hk2_start", "end")
                },
            )
        )
        out.append(tr("year.preview_total", lang, old=self.from_year, **self.totals()))
        return out


@dataclass(frozen=True)
class UndoState:
    """The new year that can be undone, or why it no longer can (`sessions` > 0)."""

    to_year: str
    made_at: str
    sessions: int

    @property
    def possible(self) -> bool:
        return self.sessions == 0


def _start(label: str) -> int:
    start = rules.year_start(label)
    if start is None:
        raise UserError("year.bad_label", year=label)
    return start


def plan_new_year(store: Store, to_year: str) -> YearPlan:
    """The preview: every live class of the year before `to_year`, its suggested new name."""
    start = _start(to_year)
    from_year = f"{start - 1}-{start}"
    classes = queries.live_classes(store.db, from_year)
    if not classes:
        raise UserError("year.nothing", year=from_year, to=to_year)
    last = rules.last_grade(g for c in classes for g in class_grades(c))
    counts = {c.id: c.pupil_count for c in class_queries.classes(store.db, school_year=from_year)}
    promotions = []
    for row in classes:
        grade, name = int(str(row["grade"])), str(row["name"])
        leaving = rules.leaves(grade, last)
        promotions.append(
            Promotion(
                class_id=str(row["id"]),
                name=name,
                grade=grade,
                pupils=counts.get(str(row["id"]), 0),
                new_name=rules.next_name(name, grade, leaving=leaving),
                leaving=leaving,
            )
        )
    old_calendar = settings_service.school_year(store, start - 1)
    return YearPlan(
        from_year=from_year,
        to_year=to_year,
        promotions=tuple(promotions),
        calendar=rules.shift_calendar(old_calendar),
    )


def class_grades(row: queries.Row) -> tuple[int, ...]:
    """The grades a class row teaches: a mixed-grade class's list (m012), else its one grade."""
    mixed = (
        class_queries.parse_grades(str(row["mixed_grades"] or "")) if "mixed_grades" in row else ()
    )
    return mixed or (int(str(row["grade"])),)


def _pupil_grade(row: queries.Row, class_grade: int) -> int:
    """A pupil row's own grade (0 on the row = the class's grade)."""
    return int(str(row.get("grade") or 0)) or class_grade


def new_class_id(old_class_id: str, to_year: str) -> str:
    """The id of a class's continuation in `to_year`: the same on every computer."""
    return fact_id("school_year", old_class_id, to_year)


def check_plan(store: Store, plan: YearPlan) -> None:
    """Refuse a plan with a missing, repeated or already taken new class name."""
    seen: set[str] = set()
    for p in plan.moving_up:
        if not p.new_name:
            raise UserError("year.name_missing", name=p.name)
        key = p.new_name.casefold()
        if key in seen:
            raise UserError("year.name_twice", name=p.new_name)
        seen.add(key)
        other = class_queries.class_by_name(store.db, p.new_name, plan.to_year)
        if other is not None and other.id != new_class_id(p.class_id, plan.to_year):
            raise UserError("year.name_taken", name=p.new_name, year=plan.to_year)


def _carry_class(
    store: Store,
    plan: YearPlan,
    p: Promotion,
    old: queries.Row,
    pupils: list[queries.Row],
    grades: tuple[int, ...],
) -> list[str]:
    """Make the class's continuation and its pupils' rows in it; their ids. `grades` are the
    class's grades that stay in the school: a mixed class (lớp ghép) of 4 and 5 goes on as a
    grade-5 class, its grade-5 pupils having left; each pupil's own grade moves up with it."""
    class_id = new_class_id(p.class_id, plan.to_year)
    moved_up = tuple(g + 1 for g in grades)
    row = {**old, "id": class_id, "school_year": plan.to_year, "grade": min(moved_up),
           "name": p.new_name, "archived": 0, "year_closed": 0}  # fmt: skip
    row["mixed_grades"] = class_queries.grades_text(moved_up)
    put(store, "school_class", row)
    made = []
    for pupil in pupils:
        pupil_id = fact_id("school_year", str(pupil["id"]), class_id)
        moved = {**pupil, "id": pupil_id, "class_id": class_id, "previous_id": pupil["id"],
                 "joined_on": "", "left_on": "", "left_reason": ""}  # fmt: skip
        if pupil.get("grade"):
            moved["grade"] = int(str(pupil["grade"])) + 1
        put(store, "pupil", moved)
        made.append(pupil_id)
    return [class_id, *made]


def start_new_year(store: Store, plan: YearPlan, progress: Progress = no_progress) -> Changes:
    """Carry every class of the plan into the new year, in one transaction (all or nothing)."""
    check_plan(store, plan)
    ids = [p.class_id for p in plan.promotions]
    old_classes = {str(r["id"]): r for r in queries.class_rows(store.db, ids)}
    all_pupils = queries.pupils_of_classes(store.db, ids)
    active = {cid: [r for r in all_pupils if r["class_id"] == cid and r["active"]] for cid in ids}
    calendar_key = f"school_year.{plan.calendar.start_year}"
    graduated_on = settings_service.school_year(store, plan.calendar.start_year - 1).end
    last = rules.last_grade(g for r in old_classes.values() for g in class_grades(r))
    staying: dict[str, tuple[int, ...]] = {}
    leavers = [r for p in plan.promotions if p.leaving for r in active[p.class_id]]
    for p in plan.moving_up:  # a mixed class's pupils of the final grade leave; the rest move up
        grades = class_grades(old_classes[p.class_id])
        staying[p.class_id] = tuple(g for g in grades if not rules.leaves(g, last))
        going = [r for r in active[p.class_id] if rules.leaves(_pupil_grade(r, p.grade), last)]
        leavers += going
        active[p.class_id] = [r for r in active[p.class_id] if r not in going]
    before: dict[str, object] = {
        "classes": list(old_classes.values()),
        "pupils": leavers,
        "calendar": get_setting(store.db, calendar_key),
    }
    made_classes: list[str] = []
    made_pupils: list[str] = []
    with store.atomic():
        for done, p in enumerate(plan.promotions):
            progress(done, len(plan.promotions), p.name)
            old = old_classes[p.class_id]
            if not p.leaving:
                first, *rest = _carry_class(
                    store, plan, p, old, active[p.class_id], staying[p.class_id]
                )
                made_classes.append(first)
                made_pupils.extend(rest)
            put(store, "school_class", {**old, "archived": 1, "year_closed": 1})
        for row in leavers:
            put(
                store,
                "pupil",
                {**row, "left_reason": "graduated", "left_on": graduated_on.isoformat()},
            )
        if not before["calendar"]:
            settings_service.save_school_year(store, plan.calendar)
        queries.record_change(
            store.db,
            plan.from_year,
            plan.to_year,
            before,
            {"classes": made_classes, "pupils": made_pupils},
        )
        store.save_clock()
    progress(len(plan.promotions), len(plan.promotions), "")
    return Changes(tables=_CHANGED, ids=tuple(made_classes))


def undo_state(store: Store) -> UndoState | None:
    """The last new school year, if one was made and not undone."""
    change = queries.last_change(store.db)
    if change is None:
        return None
    made = change["made"]
    assert isinstance(made, dict)
    return UndoState(
        to_year=str(change["to_year"]),
        made_at=str(change["made_at"]),
        sessions=queries.sessions_of_classes(store.db, list(made["classes"])),
    )


def undo_new_year(store: Store) -> Changes:
    """Put everything back as it was before the last new school year (refused once a session
    of the new year is saved)."""
    change = queries.last_change(store.db)
    state = undo_state(store)
    if change is None or state is None:
        raise UserError("year.no_undo")
    if not state.possible:
        raise UserError("year.undo_blocked", year=state.to_year, count=state.sessions)
    before, made = change["before"], change["made"]
    assert isinstance(before, dict) and isinstance(made, dict)
    start = _start(state.to_year)
    with store.atomic():
        tombstone(store, "pupil", made["pupils"])
        tombstone(store, "school_class", made["classes"])
        for row in before["classes"]:
            put(store, "school_class", row)
        for row in before["pupils"]:
            put(store, "pupil", row)
        if before["calendar"]:
            set_setting(store.db, f"school_year.{start}", str(before["calendar"]))
        else:
            delete_settings(store.db, [f"school_year.{start}"])
        queries.mark_undone(store.db, int(str(change["id"])))
        store.save_clock()
    return Changes(tables=_CHANGED)


def year_to_start(store: Store) -> str | None:
    """The school year after the newest one with live classes (None with no class at all)."""
    for year in class_queries.school_years(store.db):
        if class_queries.classes(store.db, school_year=year):
            return rules.next_year_label(year)
    return None
