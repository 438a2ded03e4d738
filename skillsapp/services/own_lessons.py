"""A teacher's own lessons (issue 19): saving what the lesson editor makes, listing, reading.

An own lesson is a lesson YAML text kept in the database (`own_lesson`, travelling), not a
file: it goes to the leader in the teacher's sync package, so the school's reports count its
sessions. Its id is `<band>/own-<8 hex>-<slug>`, so it can never clash with a bundled or a
pack lesson. A version that a session has taught is frozen: saving an edit of it makes the
next version, so a past session's report still reads the lesson as it was taught.
"""

from __future__ import annotations

import re
import unicodedata
from pathlib import Path

from skillsapp.domain.records import Changes, fact_id
from skillsapp.store import Store
from skillsapp.store import own_lessons as store
from skillsapp.store.own_lessons import OwnLessonRow

OWN_ID = re.compile(r"^[a-z0-9-]+/own-[0-9a-f]{8}-[a-z0-9-]+$")
CHANGED = Changes(tables=frozenset({"own_lesson"}))
UNCHANGED = Changes(tables=frozenset())

__all__ = ["OWN_ID", "OwnLessonRow", "is_own_id", "new_own_id", "own_versions", "save_own"]


def slug(title: str) -> str:
    """ASCII words of a title joined by hyphens (Vietnamese letters lose their marks)."""
    plain = unicodedata.normalize("NFKD", title.replace("đ", "d").replace("Đ", "D"))
    ascii_text = plain.encode("ascii", "ignore").decode().lower()
    words = re.findall(r"[a-z0-9]+", ascii_text)
    kept: list[str] = []
    for word in words:  # whole words, up to about 40 letters
        if kept and len("-".join([*kept, word])) > 40:
            break
        kept.append(word[:40])
    return "-".join(kept) or "bai"


def new_own_id(band: str, title: str) -> str:
    """A fresh own-lesson id in `band`, readable from its title."""
    import secrets  # here, not at the top: it loads OpenSSL (~3.5 MB), which a start never needs

    return f"{band}/own-{secrets.token_hex(4)}-{slug(title)}"


def is_own_id(lesson_id: str) -> bool:
    """Whether an id has the own-lesson form."""
    return bool(OWN_ID.match(lesson_id))


def own_versions(store_or_path: Store | Path) -> list[OwnLessonRow]:
    """Every saved version of every own lesson, oldest first."""
    if isinstance(store_or_path, Path):
        return store.versions_in_file(store_or_path)
    return store.all_versions(store_or_path.db)


def latest_own(db_store: Store, lesson_id: str) -> OwnLessonRow | None:
    """The newest saved version of one own lesson, or None."""
    return store.latest(db_store.db, lesson_id)


def save_own(
    db_store: Store, lesson_id: str, yaml_text: str, title_vi: str, title_en: str
) -> tuple[int, Changes]:
    """Save the editor's text of an own lesson: the newest version rewritten while no session
    taught it, else the next version. Returns the version saved and what changed. The YAML's
    own `version:` line is the caller's (the editor writes the version this returns)."""
    if not is_own_id(lesson_id):
        raise ValueError(f"not an own lesson id: {lesson_id}")
    band = lesson_id.split("/", 1)[0]
    with db_store.atomic():
        newest = store.latest(db_store.db, lesson_id)
        version = 1 if newest is None else newest.version
        if newest is not None and store.is_taught(db_store.db, lesson_id, version):
            version += 1
        row = OwnLessonRow(
            id=fact_id("own_lesson", lesson_id, str(version)),
            lesson_id=lesson_id,
            version=version,
            band=band,
            yaml=yaml_text,
            title_vi=title_vi,
            title_en=title_en,
        )
        changed = store.save(db_store, row)
    return version, CHANGED if changed else UNCHANGED


def next_version(db_store: Store, lesson_id: str) -> int:
    """The version the next save of `lesson_id` will write (the editor puts it in the YAML)."""
    newest = store.latest(db_store.db, lesson_id)
    if newest is None:
        return 1
    taught = store.is_taught(db_store.db, lesson_id, newest.version)
    return newest.version + 1 if taught else newest.version
