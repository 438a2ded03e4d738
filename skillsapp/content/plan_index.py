"""The plan index: what the first page needs of the curriculum, kept small so a start reads it
in a millisecond instead of loading the whole kit.

The Today page shows, for each class, the next lesson of its grade's sequence, the band's name
and the titles of this week's lessons. The kit answers that, but loading it (the lesson model's
dataclasses, then unpickling every step, script and quiz item) was most of the time a teacher
waited for the first page. The index holds only ids, teaching order, strands, versions, titles
and band names, as plain data kept beside the kit cache (skillsapp.content.cache) under the same
signature as `kit_for` (skillsapp.content.signature): a lesson edit, an installed pack or a
saved own lesson makes it stale, and it is rebuilt from the kit. It answers the LessonPlans
questions (skillsapp.domain.lesson_plans) exactly as the kit does; tests compare the two.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any

from skillsapp.content import cache
from skillsapp.content.signature import installed_files, library_signature, own_sources
from skillsapp.paths import lessons_dir, library_dir
from skillsapp.services.own_lessons import own_versions

if TYPE_CHECKING:
    from skillsapp.content.model import Kit
    from skillsapp.services.database import SchoolDb

KIND = "plans"  # the cache file's name: plans-<folder digest>.marshal
FORMAT = 1


class IndexText:
    """A title or name in both languages; Vietnamese is the fallback, as in the kit's Text."""

    __slots__ = ("en", "vi")

    def __init__(self, vi: str, en: str) -> None:
        self.vi = vi
        self.en = en

    def get(self, lang: str) -> str:
        return self.en if lang == "en" and self.en else self.vi


class IndexBand:
    __slots__ = ("grades", "id", "name")

    def __init__(self, band_id: str, grades: Sequence[int], vi: str, en: str) -> None:
        self.id = band_id
        self.grades = tuple(grades)
        self.name = IndexText(vi, en)


class IndexLesson:
    __slots__ = ("band", "id", "order", "strand", "title", "version")

    def __init__(
        self, lesson_id: str, order: int, strand: int, version: int, band: str, vi: str, en: str
    ) -> None:
        self.id = lesson_id
        self.order = order
        self.strand = strand
        self.version = version
        self.band = band
        self.title = IndexText(vi, en)


class PlanIndex:
    """Bands, grade and band plans, and lesson titles (current and as taught)."""

    def __init__(self, data: dict[str, Any]) -> None:
        self.bands = tuple(IndexBand(*row) for row in data["bands"])
        current = [IndexLesson(*row) for row in data["lessons"]]
        self._lessons = {lesson.id: lesson for lesson in current}
        self._versions = {(row[0], row[3]): IndexLesson(*row) for row in data["history"]}
        self._versions.update({(lesson.id, lesson.version): lesson for lesson in current})
        self._grade_plans = {
            int(grade): tuple(self._lessons[i] for i in ids) for grade, ids in data["grades"]
        }
        self._band_plans = {
            band: tuple(self._lessons[i] for i in ids) for band, ids in data["band_plans"]
        }

    def band(self, band_id: str) -> IndexBand:
        for band in self.bands:
            if band.id == band_id:
                return band
        raise KeyError(f"unknown band {band_id!r}")

    def band_for_grade(self, grade: int) -> IndexBand:
        for band in self.bands:
            if grade in band.grades:
                return band
        raise KeyError(f"no band for grade {grade}")

    def band_plan(self, band_id: str) -> tuple[IndexLesson, ...]:
        self.band(band_id)
        return self._band_plans.get(band_id, ())

    def grade_plan(self, grade: int) -> tuple[IndexLesson, ...]:
        self.band_for_grade(grade)
        return self._grade_plans.get(grade, ())

    def lesson(self, lesson_id: str) -> IndexLesson:
        return self._lessons[lesson_id]

    def lesson_at(self, lesson_id: str, version: int) -> IndexLesson:
        """As Kit.lesson_at: that version, else the current one, else the newest kept."""
        found = self._versions.get((lesson_id, version)) or self._lessons.get(lesson_id)
        if found is not None:
            return found
        older = [lesson for (i, _v), lesson in self._versions.items() if i == lesson_id]
        if not older:
            raise KeyError(lesson_id)
        return max(older, key=lambda lesson: lesson.version)


def index_data(kit: Kit) -> dict[str, Any]:
    """The index of `kit` as plain data (what marshal keeps)."""

    def row(lesson: Any) -> list[Any]:
        title = lesson.title
        return [lesson.id, lesson.order, lesson.strand, lesson.version, lesson.band,
                title.vi, title.en]  # fmt: skip

    return {
        "bands": [[b.id, list(b.grades), b.name.vi, b.name.en] for b in kit.bands],
        "lessons": [row(lesson) for lesson in kit.lessons],
        "history": [row(lesson) for lesson in kit.history],
        "grades": [[g, [x.id for x in kit.grade_plan(g)]] for g in kit.school_grades],
        "band_plans": [[b.id, [x.id for x in kit.band_plan(b.id)]] for b in kit.bands],
    }


# (library folder) -> (signature, index): a page refresh asks again without touching the disk
_memory: dict[Path, tuple[object, PlanIndex]] = {}


def plan_index_for(db_path: Path | None, store: SchoolDb | None = None) -> PlanIndex:
    """The index of the curriculum `db_path` teaches (what `kit_for(db_path)` returns), from
    the kept file when nothing changed; `store` is an open connection to that file, used to read
    the own lessons instead of opening another."""
    root, signature = _key(db_path, store)
    index = _kept(root, signature)
    if index is None:
        from skillsapp.content.library import kit_for

        data = index_data(kit_for(db_path))
        cache.write_plain(root, KIND, signature, data)
        index = PlanIndex(data)
        _memory[root] = (signature, index)
    return index


def kept_plan_index(db_path: Path, store: SchoolDb) -> PlanIndex | None:
    """The index when it is kept and current (a few milliseconds), else None: building it
    needs the kit, which the first start after an install or a lesson edit parses (seconds),
    so a caller on the GUI thread then hands the work to a worker."""
    return _kept(*_key(db_path, store))


def _key(db_path: Path | None, store: SchoolDb | None) -> tuple[Path, object]:
    """The library folder and the signature of everything its curriculum is made of."""
    if db_path is None:
        return lessons_dir().resolve(), (FORMAT, library_signature([], []))
    files = installed_files(db_path)
    rows = own_versions(store if store is not None else db_path)
    own = own_sources((row.lesson_id, row.yaml) for row in rows)
    return library_dir(db_path).resolve(), (FORMAT, library_signature(files, own))


def _kept(root: Path, signature: object) -> PlanIndex | None:
    """The index held in memory or kept on disk for `signature`, or None."""
    held = _memory.get(root)
    if held is not None and held[0] == signature:
        return held[1]
    index = _read(root, signature)
    if index is not None:
        _memory[root] = (signature, index)
    return index


def _read(root: Path, signature: object) -> PlanIndex | None:
    """The kept index, or None when missing, stale or not of this shape (then it is rebuilt)."""
    data = cache.read_plain(root, KIND, signature)
    if not isinstance(data, dict):
        return None
    try:
        return PlanIndex(data)
    except (KeyError, TypeError, ValueError, IndexError):
        return None
