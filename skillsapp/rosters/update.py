"""Importing a class-list file into its classes: new pupils added, known ones updated or moved,
missing ones marked as left; worked out in full before anything is written, and undoable.

A school re-exports its lists all year: after a pupil changes class, after a new pupil joins,
after one leaves. Importing the fresh file must bring the app to it without duplicating anyone
and without losing anyone's history: a pupil is matched by the school's pupil id when the file
has one, else by name and birth date within the class; a pupil who moves keeps their id (so
their attendance follows them); a pupil missing from a class's list is marked as left, never
deleted. `plan_import` says what would change and which of it looks wrong (a class of 300, a
whole class leaving); `apply_plan` writes it in one transaction and records what it replaced
so `undo_last_import` can put the class back exactly. Qt-free: the CLI and the app share it.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field
from typing import Literal

from skillsapp.domain.records import new_id
from skillsapp.errors import UserError
from skillsapp.messages import register_messages, tr
from skillsapp.rosters.classlists import ClassFile, ClassRow, class_name_of, grade_of
from skillsapp.services import school as school_service
from skillsapp.services.school import check_writable
from skillsapp.store import Store
from skillsapp.store import classes as class_queries
from skillsapp.store import roster_import as queries
from skillsapp.store.rows import tombstone

MAX_CLASS = 60

register_messages(
    {
        "roster.grade_mismatch": {
            "vi": "Lớp {name} ({year}) đã có và thuộc khối {grade}, không phải khối {wanted}.",
            "en": "Class {name} ({year}) already exists in grade {grade}, not grade {wanted}.",
        },
        "roster.no_grade": {
            "vi": 'Không biết lớp "{name}" thuộc khối nào. Hãy ghi khối (--grade KHỐI).',
            "en": 'The grade of class "{name}" is not known. Give it (--grade N).',
        },
        "roster.plan.class": {
            "vi": "Lớp {name} ({state}): {new} mới, {updated} cập nhật, {moved} chuyển đến, "
            "{left} nghỉ học, {same} không đổi; sau khi nhập có {after} học sinh.",
            "en": "Class {name} ({state}): {new} new, {updated} updated, {moved} moved in, "
            "{left} left, {same} unchanged; {after} pupils after the import.",
        },
        "roster.plan.new_class": {
            "vi": "lớp mới, khối {grade}, năm học {year}",
            "en": "new class, grade {grade}, school year {year}",
        },
        "roster.plan.old_class": {
            "vi": "khối {grade}, năm học {year}",
            "en": "grade {grade}, school year {year}",
        },
        "roster.plan.total": {
            "vi": "Tổng cộng: {new} mới, {updated} cập nhật, {moved} chuyển lớp, {left} nghỉ "
            "học, {same} không đổi.",
            "en": "In all: {new} new, {updated} updated, {moved} moved, {left} left, "
            "{same} unchanged.",
        },
        "roster.check.big_class": {
            "vi": "Lớp {name} sẽ có {count} học sinh (hơn {limit}): tệp này có đúng là danh "
            "sách của một lớp không?",
            "en": "Class {name} would have {count} pupils (over {limit}): is this file really "
            "one class's list?",
        },
        "roster.check.one_class": {
            "vi": "Tệp có nhắc đến các lớp {classes} nhưng mọi dòng đều vào lớp {name}.",
            "en": "The file mentions classes {classes} but every row goes into class {name}.",
        },
        "roster.check.other_class": {
            "vi": "Tệp ghi lớp {classes}, nhưng sẽ được nhập vào lớp {name}.",
            "en": "The file names class {classes}, but it would be imported into class {name}.",
        },
        "roster.check.most_left": {
            "vi": "{left} trong {count} học sinh của lớp {name} sẽ bị đánh dấu nghỉ học vì "
            "không có trong tệp.",
            "en": "{left} of the {count} pupils of class {name} would be marked as left "
            "because they are not in the file.",
        },
        "roster.imported_all": {
            "vi": "Đã nhập {file}: {new} mới, {updated} cập nhật, {moved} chuyển lớp, {left} "
            "nghỉ học.",
            "en": "Imported {file}: {new} new, {updated} updated, {moved} moved, {left} left.",
        },
        "roster.undo.none": {
            "vi": "Lớp {name} không có lần nhập danh sách nào để hoàn tác.",
            "en": "Class {name} has no class-list import to undo.",
        },
        "roster.undo.later": {
            "vi": "Chưa hoàn tác được: một lần nhập sau ({file}) đã thay đổi học sinh của lớp "
            "{name}. Hãy hoàn tác lần nhập đó trước.",
            "en": "Cannot undo yet: a later import ({file}) changed pupils of class {name}. "
            "Undo that import first.",
        },
        "roster.undo.done": {
            "vi": "Đã hoàn tác lần nhập {file} ({when}) của lớp {name}: {restored} học sinh "
            "trở lại như trước, {removed} học sinh mới bị bỏ.",
            "en": "Undid the import of {file} ({when}) into class {name}: {restored} pupils "
            "back as they were, {removed} new pupils removed.",
        },
    }
)

Kind = Literal["new", "updated", "moved", "left", "same"]


@dataclass(frozen=True)
class Check:
    """Something about the import that looks wrong: asked about before anything is written."""

    key: str
    params: tuple[tuple[str, object], ...]

    def message(self, lang: str | None = None) -> str:
        return tr(self.key, lang, **dict(self.params))


@dataclass
class ClassChange:
    """What the import does to one class."""

    name: str
    grade: int
    class_id: str  # "" for a class the import makes
    before: int = 0  # active pupils now
    grades: tuple[int, ...] = ()  # an existing mixed-grade class's grades
    counts: dict[str, int] = field(default_factory=lambda: dict.fromkeys(_KINDS, 0))
    moved_out: int = 0  # active pupils the file lists under another class

    @property
    def after(self) -> int:
        gained = self.counts["new"] + self.counts["moved"]
        return self.before + gained - self.counts["left"] - self.moved_out

    def summary(self, year: str, lang: str | None = None) -> str:
        key = "roster.plan.old_class" if self.class_id else "roster.plan.new_class"
        state = tr(key, lang, grade=self.grade, year=year)
        return tr(
            "roster.plan.class",
            lang,
            name=self.name,
            state=state,
            same=self.counts["same"],
            after=self.after,
            **{k: self.counts[k] for k in ("new", "updated", "moved", "left")},
        )


_KINDS: tuple[Kind, ...] = ("new", "updated", "moved", "left", "same")


@dataclass
class ImportPlan:
    """Everything an import would do, worked out before anything is written."""

    file: ClassFile
    school_id: str
    school_year: str
    skip_bad: bool
    classes: dict[str, ClassChange]  # by class key (folded name)
    writes: list[tuple[str, queries.PupilRow]]  # (class key, the pupil as it will be)
    before: dict[str, dict[str, queries.PupilRow | None]]  # class key -> pupil id -> row
    checks: list[Check]  # asked about before writing (the CLI needs --yes)
    notes: list[Check] = field(default_factory=list)  # shown, not asked about
    kinds: dict[str, Kind] = field(default_factory=dict)  # pupil id -> what happens to it
    moved_from: dict[str, str] = field(default_factory=dict)  # pupil id -> old class id

    def total(self, kind: Kind) -> int:
        return sum(c.counts[kind] for c in self.classes.values())

    def summary(self, lang: str | None = None) -> list[str]:
        lines = [c.summary(self.school_year, lang) for c in self.classes.values()]
        counts = {k: self.total(k) for k in _KINDS}
        return [*lines, tr("roster.plan.total", lang, **counts)]

    @property
    def needs_confirmation(self) -> bool:
        return bool(self.checks)


def _key(name: str) -> str:
    return " ".join(name.split()).casefold()


def _same_name(a: object, b: object) -> bool:
    return _key(str(a)) == _key(str(b))


def _born_alike(row: ClassRow, pupil: queries.PupilRow) -> bool:
    """Whether the birth data agree wherever both sides have it."""
    if row.row.birth_date and pupil["birth_date"]:
        return row.row.birth_date == pupil["birth_date"]
    if row.row.birth_year and pupil["birth_year"]:
        return row.row.birth_year == pupil["birth_year"]
    return True


class _Matcher:
    """Finds the pupil a row is: by pupil id across the school year (so moves are seen), else
    by name and birth date within the class. Each pupil is matched once."""

    def __init__(self, pupils: list[queries.PupilRow]) -> None:
        self.by_code: dict[str, list[queries.PupilRow]] = defaultdict(list)
        self.by_class: dict[str, list[queries.PupilRow]] = defaultdict(list)
        for pupil in pupils:
            if pupil["code"]:
                self.by_code[str(pupil["code"]).casefold()].append(pupil)
            self.by_class[str(pupil["class_id"])].append(pupil)
        self.taken: set[str] = set()

    def match(self, row: ClassRow, class_id: str) -> queries.PupilRow | None:
        code = row.row.code.casefold()
        if code:
            found = [p for p in self.by_code.get(code, ()) if p["id"] not in self.taken]
            found.sort(key=lambda p: p["class_id"] != class_id)
            if found:
                return self._take(found[0])
        candidates = [
            p
            for p in self.by_class.get(class_id, ())
            if p["id"] not in self.taken
            and _same_name(p["full_name"], row.row.full_name)
            and not (code and p["code"] and str(p["code"]).casefold() != code)
            and _born_alike(row, p)
        ]
        candidates.sort(key=lambda p: p["birth_date"] != row.row.birth_date)
        return self._take(candidates[0]) if candidates else None

    def _take(self, pupil: queries.PupilRow) -> queries.PupilRow:
        self.taken.add(str(pupil["id"]))
        return pupil


def _own_grade(row: ClassRow, change: ClassChange) -> int | None:
    """The pupil's grade the file gives, as stored: one of a mixed class's other grades; 0 for
    the class's own grade; None when the file gives none (or one the class does not teach,
    which is left as it was)."""
    grade = row.row.grade
    if not grade or grade not in (change.grades or (change.grade,)):
        return None
    return 0 if grade == change.grade else grade


def _merged(old: queries.PupilRow, row: ClassRow, change: ClassChange) -> queries.PupilRow:
    """The pupil as the file says: what the file gives replaces what was stored; what it leaves
    out (a column the file has not, an empty cell) is kept."""
    r = row.row
    grade = _own_grade(row, change)
    same_class = old["class_id"] == change.class_id
    return {
        **old,
        "class_id": change.class_id,
        # a pupil moved in from another class takes this class's grade unless the file says
        "grade": grade if grade is not None else old["grade"] if same_class else 0,
        "full_name": r.full_name or old["full_name"],
        "code": r.code or old["code"],
        "gender": r.gender or old["gender"],
        "birth_year": r.birth_year or old["birth_year"],
        "birth_date": r.birth_date or old["birth_date"],
        "active": 1,
    }


def plan_import(
    store: Store,
    file: ClassFile,
    *,
    school_year: str,
    grade: int | None = None,
    class_name: str | None = None,
    skip_bad: bool = False,
) -> ImportPlan:
    """What importing `file` would do: nothing is written. `grade` is the grade of classes
    the import makes (else read from the class name); `class_name` the class chosen for rows
    the file gives none."""
    school = school_service.current_school(store)
    known = {
        _key(c.name): c
        for c in class_queries.classes(store.db, school_year=school_year, include_archived=True)
    }
    pupils = queries.year_pupils(store.db, school_year)
    targets = list(file.classes) or ([class_name] if class_name else [])
    classes: dict[str, ClassChange] = {}
    for name in targets:
        existing = known.get(_key(name))
        if existing is not None:
            if class_name and _key(name) == _key(class_name) and grade and existing.grade != grade:
                raise UserError(
                    "roster.grade_mismatch",
                    name=existing.name,
                    year=school_year,
                    grade=existing.grade,
                    wanted=grade,
                )
            before = sum(1 for p in pupils if p["class_id"] == existing.id and p["active"])
            classes[_key(name)] = ClassChange(
                existing.name, existing.grade, existing.id, before, grades=existing.mixed_grades
            )
            continue
        wanted = grade or grade_of(name)
        if wanted is None:
            raise UserError("roster.no_grade", name=name)
        classes[_key(name)] = ClassChange(" ".join(name.split()), wanted, "")
    plan = ImportPlan(file, school.id, school_year, skip_bad, classes, [], {}, [])
    plan.before = {key: {} for key in classes}
    matcher = _Matcher(pupils)
    for row in file.rows:
        if not row.class_name or not row.row.full_name:
            continue
        key = _key(row.class_name)
        change = classes[key]
        found = matcher.match(row, change.class_id)
        if not row.row.ok:
            continue  # matched only so that a skipped row never counts its pupil as left
        if found is None:
            pupil = _new_pupil(row, change)
            plan.writes.append((key, pupil))
            plan.before[key][str(pupil["id"])] = None
            _count(plan, change, str(pupil["id"]), "new")
            continue
        merged = _merged(found, row, change)
        if found["class_id"] != change.class_id:
            kind: Kind = "moved"
            plan.moved_from[str(found["id"])] = str(found["class_id"])
            for other in classes.values():
                if other.class_id and other.class_id == found["class_id"] and found["active"]:
                    other.moved_out += 1
        elif merged != found:
            kind = "updated"
        else:
            kind = "same"
        if kind != "same":
            plan.writes.append((key, merged))
            plan.before[key][str(found["id"])] = found
        _count(plan, change, str(found["id"]), kind)
    _mark_left(plan, pupils, matcher.taken)
    plan.checks = _checks(plan)
    plan.notes = _notes(plan, class_name)
    return plan


def _new_pupil(row: ClassRow, change: ClassChange) -> queries.PupilRow:
    r = row.row
    return {
        "grade": _own_grade(row, change) or 0,
        "id": new_id(),
        "class_id": "",
        "code": r.code,
        "full_name": r.full_name,
        "gender": r.gender,
        "birth_year": r.birth_year,
        "birth_date": r.birth_date,
        "active": 1,
    }


def _count(plan: ImportPlan, change: ClassChange, pupil_id: str, kind: Kind) -> None:
    change.counts[kind] += 1
    plan.kinds[pupil_id] = kind


def _mark_left(plan: ImportPlan, pupils: list[queries.PupilRow], taken: set[str]) -> None:
    """A class's list is the whole class: its active pupils the file does not list have left
    (a pupil listed under another class has moved, and was matched there)."""
    by_id = {c.class_id: key for key, c in plan.classes.items() if c.class_id}
    for pupil in pupils:
        key = by_id.get(str(pupil["class_id"]))
        if key is None or not pupil["active"] or pupil["id"] in taken:
            continue
        plan.writes.append((key, {**pupil, "active": 0}))
        plan.before[key][str(pupil["id"])] = pupil
        _count(plan, plan.classes[key], str(pupil["id"]), "left")


def _checks(plan: ImportPlan) -> list[Check]:
    checks = []
    for change in plan.classes.values():
        if change.after > MAX_CLASS:
            checks.append(
                Check(
                    "roster.check.big_class",
                    (("name", change.name), ("count", change.after), ("limit", MAX_CLASS)),
                )
            )
        left = change.counts["left"]
        if left and left * 2 > change.before:
            checks.append(
                Check(
                    "roster.check.most_left",
                    (("name", change.name), ("left", left), ("count", change.before)),
                )
            )
    mentioned = [_key(m) for m in plan.file.mentioned]
    if len(mentioned) >= 2 and len(plan.classes) == 1:
        (only,) = plan.classes.values()
        names = ", ".join(plan.file.mentioned)
        checks.append(Check("roster.check.one_class", (("classes", names), ("name", only.name))))
    return checks


def _notes(plan: ImportPlan, class_name: str | None) -> list[Check]:
    """A list titled for one class going into the class the teacher chose: said, not asked
    (a teacher may well import last year's 5A list into this year's 6A)."""
    mentioned = [_key(m) for m in plan.file.mentioned]
    if not class_name or len(mentioned) != 1 or plan.file.class_column:
        return []
    chosen = class_name_of(class_name) or class_name
    if _key(chosen) in mentioned or _key(class_name) in mentioned:
        return []
    names = ", ".join(plan.file.mentioned)
    return [Check("roster.check.other_class", (("classes", names), ("name", class_name)))]


@dataclass(frozen=True)
class ImportResult:
    counts: dict[str, int]
    class_ids: dict[str, str]  # class name -> id
    written: int


def apply_plan(store: Store, plan: ImportPlan) -> ImportResult:
    """Write the plan in one transaction (classes made, pupils written, what they replaced
    recorded for undo). Refused while a row has a problem and skipping was not chosen."""
    if plan.file.bad and not plan.skip_bad:
        raise UserError("roster.has_problems", count=len(plan.file.bad))
    if not plan.file.good:
        raise UserError("roster.nothing")
    for class_id in [*(c.class_id for c in plan.classes.values()), *plan.moved_from.values()]:
        check_writable(store, class_id)  # a closed school year's classes are read-only
    class_ids: dict[str, str] = {}
    with store.atomic():
        for key, change in plan.classes.items():
            if not change.class_id:
                made = school_service.create_class(
                    store,
                    school_id=plan.school_id,
                    school_year=plan.school_year,
                    grade=change.grade,
                    name=change.name,
                )
                class_ids[key] = made.id
            else:
                class_ids[key] = change.class_id
        rows = [{**row, "class_id": class_ids[key]} for key, row in plan.writes]
        written = queries.write_pupils(store, rows)
        for key, change in plan.classes.items():
            queries.record_import(
                store.db,
                class_ids[key],
                plan.file.path.name,
                plan.before[key],
                created_class=not change.class_id,
            )
        store.save_clock()
    counts = {k: plan.total(k) for k in _KINDS}
    names = {c.name: class_ids[k] for k, c in plan.classes.items()}
    return ImportResult(counts, names, written)


@dataclass(frozen=True)
class UndoResult:
    class_name: str
    file_name: str
    imported_at: str
    restored: int
    removed: int
    class_removed: bool

    def message(self, lang: str | None = None) -> str:
        return tr(
            "roster.undo.done",
            lang,
            file=self.file_name,
            when=self.imported_at.replace("T", " "),
            name=self.class_name,
            restored=self.restored,
            removed=self.removed,
        )


@dataclass(frozen=True)
class UndoInfo:
    """The import of a class that undo would take back, said before it is done: when, from
    which file, how many pupils go back as they were and how many new ones go; `blocked_by`
    names a later import that must be undone first."""

    file_name: str
    imported_at: str
    restore: int
    remove: int
    blocked_by: str | None

    @property
    def when(self) -> str:
        return self.imported_at.replace("T", " ")


def undo_info(store: Store, class_id: str) -> UndoInfo | None:
    """What `undo_last_import` would undo for the class, or None when nothing can be."""
    record = queries.last_import(store.db, class_id)
    if record is None:
        return None
    removed = sum(1 for row in record.before.values() if row is None)
    return UndoInfo(
        record.file_name,
        record.imported_at,
        len(record.before) - removed,
        removed,
        queries.later_import_of(store.db, record),
    )


def undo_last_import(store: Store, class_id: str) -> UndoResult:
    """Put the class back as it was before its last roster import: pupils the import changed,
    moved or marked as left get their old rows back, pupils it added are removed, and a class
    it made goes too when nothing else has been put in it. Refused when a later import has
    since changed the same pupils (undo that one first)."""
    cls = school_service.get_class(store, class_id)
    record = queries.last_import(store.db, class_id)
    if record is None:
        raise UserError("roster.undo.none", name=cls.name)
    later = queries.later_import_of(store.db, record)
    if later is not None:
        raise UserError("roster.undo.later", file=later, name=cls.name)
    with store.atomic():
        restored, removed = queries.undo_import(store, record)
        class_removed = record.created_class and queries.class_is_empty(store.db, class_id)
        if class_removed:
            tombstone(store, "school_class", [class_id])
        store.save_clock()
    return UndoResult(cls.name, record.file_name, record.imported_at, restored, removed,
                      class_removed)  # fmt: skip
