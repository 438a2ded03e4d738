"""Schools and classes: the queries behind the school and class services."""

from __future__ import annotations

import sqlite3
from typing import TYPE_CHECKING

from skillsapp.domain.records import School, SchoolClass, Site
from skillsapp.store.rows import named_row, named_rows

if TYPE_CHECKING:
    from sqlite_utils import Database


def _school(row: sqlite3.Row) -> School:
    return School(
        id=row["id"],
        code=row["code"],
        name=row["name"],
        district=row["district"],
        province=row["province"],
    )


def schools(db: Database) -> list[School]:
    rows = named_rows(
        db, "SELECT id, code, name, district, province FROM school WHERE deleted = 0 ORDER BY name"
    )
    return [_school(r) for r in rows]


def school(db: Database, school_id: str) -> School | None:
    row = named_row(
        db,
        "SELECT id, code, name, district, province FROM school WHERE id = ? AND deleted = 0",
        [school_id],
    )
    return _school(row) if row else None


_CLASS_SELECT = """
    SELECT c.id, c.school_id, c.school_year, c.grade, c.name, c.homeroom_teacher, c.archived,
           c.site_id, c.mixed_grades,
           c.year_closed,
           (SELECT count(*) FROM pupil p
             WHERE p.class_id = c.id AND p.deleted = 0 AND p.active = 1) AS pupils
      FROM school_class c
"""


def _class(row: sqlite3.Row) -> SchoolClass:
    return SchoolClass(
        id=row["id"],
        school_id=row["school_id"],
        school_year=row["school_year"],
        grade=row["grade"],
        name=row["name"],
        homeroom_teacher=row["homeroom_teacher"],
        archived=bool(row["archived"]),
        pupil_count=row["pupils"],
        site_id=row["site_id"],
        mixed_grades=parse_grades(row["mixed_grades"]),
        year_closed=bool(row["year_closed"]),
    )


def parse_grades(text: str) -> tuple[int, ...]:
    """The stored list of a mixed class's grades ("3,4") as numbers; '' or junk = ()."""
    found = sorted({int(g) for g in text.split(",") if g.strip().isdigit()})
    return tuple(found) if len(found) > 1 else ()


def grades_text(grades: tuple[int, ...]) -> str:
    """How `mixed_grades` is stored: "3,4", or '' for a one-grade class."""
    return ",".join(str(g) for g in sorted(set(grades))) if len(set(grades)) > 1 else ""


def sites(db: Database, school_id: str) -> list[Site]:
    """The school's satellite sites by name (the main site is not a row)."""
    rows = named_rows(
        db,
        "SELECT id, school_id, name FROM site WHERE school_id = ? AND deleted = 0 ORDER BY name",
        [school_id],
    )
    return [Site(r["id"], r["school_id"], r["name"]) for r in rows]


def classes(
    db: Database, *, school_year: str | None = None, include_archived: bool = False
) -> list[SchoolClass]:
    where = ["c.deleted = 0"]
    params: list[object] = []
    if school_year:
        where.append("c.school_year = ?")
        params.append(school_year)
    if not include_archived:
        where.append("c.archived = 0")
    sql = f"{_CLASS_SELECT} WHERE {' AND '.join(where)} ORDER BY c.grade, c.name"
    return [_class(r) for r in named_rows(db, sql, params)]


def school_class(db: Database, class_id: str) -> SchoolClass | None:
    row = named_row(db, f"{_CLASS_SELECT} WHERE c.id = ? AND c.deleted = 0", [class_id])
    return _class(row) if row else None


def class_by_name(db: Database, name: str, school_year: str | None = None) -> SchoolClass | None:
    sql = f"{_CLASS_SELECT} WHERE c.deleted = 0 AND lower(c.name) = lower(?)"
    params: list[object] = [name.strip()]
    if school_year:
        sql += " AND c.school_year = ?"
        params.append(school_year)
    row = named_row(db, sql + " ORDER BY c.school_year DESC LIMIT 1", params)
    return _class(row) if row else None


def school_years(db: Database) -> list[str]:
    rows = named_rows(
        db,
        "SELECT DISTINCT school_year FROM school_class WHERE deleted = 0 ORDER BY school_year DESC",
    )
    return [r["school_year"] for r in rows]
