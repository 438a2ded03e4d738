"""Creating and editing the school, its classes and pupils."""

from __future__ import annotations

from skillsapp.domain.records import GENDERS, Changes, Pupil, School, SchoolClass, new_id
from skillsapp.errors import UserError
from skillsapp.store import Store
from skillsapp.store import classes as class_queries
from skillsapp.store import pupils as pupil_queries
from skillsapp.store.rows import put


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
) -> SchoolClass:
    name = " ".join(name.split())
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


def update_class(store: Store, class_id: str, **changes: object) -> SchoolClass:
    """Rename, archive, or change the homeroom teacher of a class."""
    current = _get_class(store, class_id)
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
    return {
        "id": pupil.id or new_id(),
        "class_id": pupil.class_id,
        "code": pupil.code.strip(),
        "full_name": full_name,
        "gender": gender,
        "birth_year": pupil.birth_year,
        "active": int(pupil.active),
    }


def save_pupil(store: Store, pupil: Pupil) -> Pupil:
    """Add a pupil (no id) or save an edit to one."""
    row = _pupil_row(pupil)
    with store.atomic():
        put(store, "pupil", row)
        store.save_clock()
    saved = pupil_queries.pupil(store.db, str(row["id"]))
    assert saved is not None
    return saved


def add_pupils(store: Store, pupils: list[Pupil]) -> Changes:
    """Add many pupils in one transaction: a roster import is all or nothing."""
    rows = [_pupil_row(p) for p in pupils]
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
