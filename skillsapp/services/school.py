"""Creating and editing the school, its classes and pupils."""

from __future__ import annotations

from datetime import date

from skillsapp.domain.records import GENDERS, Changes, Pupil, School, SchoolClass, Site, new_id
from skillsapp.errors import UserError
from skillsapp.messages import register_messages
from skillsapp.store import Store
from skillsapp.store import classes as class_queries
from skillsapp.store import pupils as pupil_queries
from skillsapp.store import school_years as year_queries
from skillsapp.store.rows import put

register_messages(
    {
        "year.closed": {
            "vi": "Lớp {name} thuộc năm học {year} đã kết thúc: chỉ xem, không sửa được.",
            "en": "Class {name} belongs to school year {year}, which is closed: it is read-only.",
        },
        "pupil.not_found": {
            "vi": "Không tìm thấy học sinh {name}.",
            "en": "No pupil {name} was found.",
        },
        "pupil.move_same": {
            "vi": "{name} đã ở lớp {cls}.",
            "en": "{name} is already in class {cls}.",
        },
        "pupil.move_year": {
            "vi": "Chỉ chuyển được sang một lớp của cùng năm học ({year}).",
            "en": "A pupil can only move to a class of the same school year ({year}).",
        },
        "pupil.not_active": {
            "vi": "{name} đã rời lớp ngày {day}.",
            "en": "{name} already left the class on {day}.",
        },
        "pupil.moved": {
            "vi": "Đã chuyển {name} từ lớp {old} sang lớp {new} từ ngày {day}.",
            "en": "{name} moved from class {old} to class {new} from {day}.",
        },
        "pupil.left": {
            "vi": "{name} đã rời trường ngày {day}; lịch sử học tập được giữ lại.",
            "en": "{name} left the school on {day}; their history is kept.",
        },
    }
)


def check_writable(store: Store, class_id: str | None) -> None:
    """Refuse a change to a class whose school year was closed (its history is final).
    Here, not in services.school_year, so that every write path and the first page need not load
    the new-year planning (its records and rules)."""
    if not class_id:
        return
    found = class_queries.school_class(store.db, class_id)
    if found is not None and found.year_closed:
        raise UserError("year.closed", name=found.name, year=found.school_year)


def current_school(store: Store) -> School:
    """The school this database belongs to (the first one; a school PC holds one school)."""
    found = class_queries.schools(store.db)
    if not found:
        raise UserError("school.none")
    return found[0]


def save_school(store: Store, school: School) -> School:
    """Create or update a school; a school without an id gets one."""
    saved = School(**{**school.__dict__, "id": school.id or new_id()})
    with store.atomic():
        put(store, "school", saved.__dict__)
        store.save_clock()
    return saved


def create_class(
    store: Store,
    *,
    school_id: str,
    school_year: str,
    grade: int,
    name: str,
    homeroom_teacher: str = "",
    site_id: str = "",
    grades: tuple[int, ...] = (),
) -> SchoolClass:
    """A new class; `grades` (two or three) makes it a mixed-grade class, `grade` its lowest."""
    name = " ".join(name.split())
    mixed = check_grades(grades) if grades else ()
    grade = mixed[0] if mixed else grade
    if not 1 <= grade <= 12:
        raise UserError("class.bad_grade", grade=grade)
    if class_queries.class_by_name(store.db, name, school_year):
        raise UserError("class.exists", name=name, year=school_year)
    class_id = new_id()
    row = {
        "id": class_id,
        "school_id": school_id,
        "school_year": school_year,
        "grade": grade,
        "name": name,
        "homeroom_teacher": homeroom_teacher,
        "archived": 0,
        "site_id": site_id,
        "mixed_grades": class_queries.grades_text(mixed),
    }
    with store.atomic():
        put(store, "school_class", row)
        store.save_clock()
    return _get_class(store, class_id)


def _get_class(store: Store, class_id: str) -> SchoolClass:
    found = class_queries.school_class(store.db, class_id)
    if found is None:
        raise UserError("class.unknown", name=class_id)
    return found


def check_grades(grades: tuple[int, ...]) -> tuple[int, ...]:
    """A mixed class's grades, lowest first: two or three different grades of 1-12, or the one
    grade of a plain class given as a one-item tuple (then returned as ())."""
    found = tuple(sorted(set(grades)))
    if any(not 1 <= g <= 12 for g in found):
        raise UserError("class.bad_grade", grade=next(g for g in found if not 1 <= g <= 12))
    if len(found) > 3:
        raise UserError("class.mixed_grades")
    return found if len(found) > 1 else ()


def update_class(store: Store, class_id: str, **changes: object) -> SchoolClass:
    """Rename, archive, change the homeroom teacher or the site of a class; `grades` (a tuple)
    makes it mixed-grade (two or three) or one-grade again (one)."""
    current = _get_class(store, class_id)
    check_writable(store, class_id)
    if "grades" in changes:
        given = changes.pop("grades")
        grades = tuple(int(g) for g in given) if isinstance(given, tuple | list) else ()
        mixed = check_grades(grades)
        changes["mixed_grades"] = class_queries.grades_text(mixed)
        changes["grade"] = mixed[0] if mixed else (grades[0] if grades else current.grade)
        _check_grades_kept(store, current, mixed or (int(str(changes["grade"])),))
    if "name" in changes:
        changes["name"] = " ".join(str(changes["name"]).split())
        other = class_queries.class_by_name(store.db, str(changes["name"]), current.school_year)
        if other and other.id != class_id:
            raise UserError("class.exists", name=changes["name"], year=current.school_year)
    row = {
        "id": current.id,
        "school_id": current.school_id,
        "school_year": current.school_year,
        "grade": current.grade,
        "name": current.name,
        "homeroom_teacher": current.homeroom_teacher,
        "archived": int(current.archived),
        "site_id": current.site_id,
        "mixed_grades": class_queries.grades_text(current.mixed_grades),
    }
    row.update({k: int(v) if isinstance(v, bool) else v for k, v in changes.items()})
    with store.atomic():
        put(store, "school_class", row)
        store.save_clock()
    return _get_class(store, class_id)


def _pupil_row(pupil: Pupil) -> dict[str, object]:
    full_name = " ".join(pupil.full_name.split())
    if not full_name:
        raise UserError("pupil.bad_name")
    gender = pupil.gender if pupil.gender in GENDERS else ""
    left = {"left_on": "", "left_reason": ""} if pupil.active else {}
    return {
        "id": pupil.id or new_id(),
        "class_id": pupil.class_id,
        "code": pupil.code.strip(),
        "full_name": full_name,
        "gender": gender,
        "birth_year": pupil.birth_year,
        "active": int(pupil.active),
        "grade": pupil.grade,
        "joined_on": pupil.joined_on,
        **left,
    }


def _check_grades_kept(store: Store, current: SchoolClass, grades: tuple[int, ...]) -> None:
    """A class cannot drop a grade some of its pupils are in: their grade would name a grade
    the class no longer teaches (a pupil of grade 0 follows the class's grade)."""
    for pupil in pupil_queries.pupils_of_class(store.db, current.id):
        if pupil.grade and pupil.grade not in grades:
            raise UserError("class.grade_in_use", name=current.name, grade=pupil.grade)


def _check_pupil_grade(store: Store, pupil: Pupil) -> None:
    """A pupil's own grade must be one its (mixed) class teaches; 0 is the class's grade."""
    if not pupil.grade:
        return
    found = class_queries.school_class(store.db, pupil.class_id)
    if found is not None and pupil.grade not in found.grades:
        raise UserError("pupil.bad_grade", grade=pupil.grade, name=found.name)


def save_pupil(store: Store, pupil: Pupil) -> Pupil:
    """Add a pupil (no id) or save an edit to one."""
    _check_pupil_grade(store, pupil)
    row = _pupil_row(pupil)
    check_writable(store, pupil.class_id)
    with store.atomic():
        put(store, "pupil", row)
        store.save_clock()
    saved = pupil_queries.pupil(store.db, str(row["id"]))
    assert saved is not None
    return saved


def add_pupils(store: Store, pupils: list[Pupil]) -> Changes:
    """Add many pupils in one transaction: a roster import is all or nothing."""
    for pupil in pupils:
        _check_pupil_grade(store, pupil)
    rows = [_pupil_row(p) for p in pupils]
    for class_id in {p.class_id for p in pupils}:
        check_writable(store, class_id)
    with store.atomic():
        for row in rows:
            put(store, "pupil", row)
        store.save_clock()
    return Changes(tables=frozenset({"pupil"}), ids=tuple(str(r["id"]) for r in rows))


def pupils(store: Store, class_id: str, *, include_inactive: bool = True) -> list[Pupil]:
    return pupil_queries.pupils_of_class(store.db, class_id, include_inactive=include_inactive)


def classes(
    store: Store, *, school_year: str | None = None, include_archived: bool = False
) -> list[SchoolClass]:
    return class_queries.classes(
        store.db, school_year=school_year, include_archived=include_archived
    )


def find_class(store: Store, name: str, school_year: str | None = None) -> SchoolClass:
    found = class_queries.class_by_name(store.db, name, school_year)
    if found is None:
        raise UserError("class.unknown", name=name)
    return found


def school_years(store: Store) -> list[str]:
    """School years that have classes, newest first."""
    return class_queries.school_years(store.db)


def get_class(store: Store, class_id: str) -> SchoolClass:
    return _get_class(store, class_id)


def sites(store: Store) -> list[Site]:
    """The current school's satellite sites (điểm trường), by name; none for a one-site school."""
    return class_queries.sites(store.db, current_school(store).id)


def save_site(store: Store, name: str, site_id: str = "") -> Site:
    """Add a site (no id) or rename one; names are unique in the school."""
    name = " ".join(name.split())
    if not name:
        raise UserError("site.bad_name")
    school = current_school(store)
    for other in class_queries.sites(store.db, school.id):
        if other.name.lower() == name.lower() and other.id != site_id:
            raise UserError("site.exists", name=name)
    saved = Site(id=site_id or new_id(), school_id=school.id, name=name)
    with store.atomic():
        put(store, "site", saved.__dict__)
        store.save_clock()
    return saved


def find_site(store: Store, name: str) -> Site:
    """A site of the school by name (case and spacing ignored)."""
    wanted = " ".join(name.split()).lower()
    for site in sites(store):
        if site.name.lower() == wanted:
            return site
    raise UserError("site.unknown", name=name)


def site_name(store: Store, site_id: str, main: str) -> str:
    """The name of a class's site; `main` (the caller's words) for '' or a site not here."""
    found = {s.id: s.name for s in sites(store)}
    return found.get(site_id, main)


# -- pupils moving during the year (issue 22 item 2) -------------------------------------------


def _get_pupil(store: Store, pupil_id: str) -> Pupil:
    found = pupil_queries.pupil(store.db, pupil_id)
    if found is None:
        raise UserError("pupil.not_found", name=pupil_id)
    return found


def _end_stay(store: Store, pupil: Pupil, day: date, reason: str) -> None:
    """Close a pupil's stay in their class: inactive from `day`, their marks stay with it."""
    if not pupil.active:
        raise UserError("pupil.not_active", name=pupil.full_name, day=pupil.left_on or "?")
    put(
        store,
        "pupil",
        {"id": pupil.id, **_pupil_row(pupil), "active": 0, "left_on": day.isoformat(),
         "left_reason": reason},
    )  # fmt: skip


def move_pupil(store: Store, pupil_id: str, to_class_id: str, day: date) -> Pupil:
    """Move a pupil to another class of the same year from `day`.

    The old row stays in the old class, inactive with the day and reason, holding the
    attendance and answers made there; a new row in the new class (linked by `previous_id`,
    joined on `day`) carries the pupil on, so each class's reports keep the marks made in it.
    """
    pupil = _get_pupil(store, pupil_id)
    old, new = _get_class(store, pupil.class_id), _get_class(store, to_class_id)
    check_writable(store, old.id)
    check_writable(store, new.id)
    if old.id == new.id:
        raise UserError("pupil.move_same", name=pupil.full_name, cls=new.name)
    if old.school_year != new.school_year:
        raise UserError("pupil.move_year", year=old.school_year)
    (whole,) = year_queries.pupil_rows(store.db, [pupil.id])  # every column, birth date too
    row = {**whole, "id": new_id(), "class_id": new.id, "active": 1,
           "joined_on": day.isoformat(), "left_on": "", "left_reason": "",
           "previous_id": pupil.id}  # fmt: skip
    with store.atomic():
        _end_stay(store, pupil, day, "moved")
        put(store, "pupil", row)
        store.save_clock()
    return _get_pupil(store, str(row["id"]))


def pupil_left(store: Store, pupil_id: str, day: date) -> Pupil:
    """A pupil who left the school: kept, inactive, with the day (their history stays)."""
    pupil = _get_pupil(store, pupil_id)
    check_writable(store, pupil.class_id)
    with store.atomic():
        _end_stay(store, pupil, day, "left")
        store.save_clock()
    return _get_pupil(store, pupil_id)


def find_pupil(store: Store, class_id: str, name_or_code: str) -> Pupil:
    """A pupil of a class by code or full name (the CLI's way to name one)."""
    wanted = " ".join(name_or_code.split()).casefold()
    for pupil in pupils(store, class_id):
        if wanted in (pupil.code.casefold(), pupil.full_name.casefold()):
            return pupil
    raise UserError("pupil.not_found", name=name_or_code)
