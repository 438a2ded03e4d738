"""`skillsapp lessons pack`: a folder of lesson files into a signed .knsl, on the publisher's
device (a department or a school), signed with its sync device key.

The folder is laid out like lessons/ (`<band>/<file>.yaml`, optionally `files/` with pictures
and printable materials). Every lesson is checked with the rules of `curriculum check` first:
any problem, even a teaching rule the loader would forgive, stops the pack, because a school
cannot fix a lesson it received.
"""

from __future__ import annotations

import re
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING

from skillsapp.content.files import FILES_PREFIX, is_file_name
from skillsapp.content.library import lessons_alone
from skillsapp.content.loader import load_kit
from skillsapp.content.signature import LessonSource
from skillsapp.errors import UserError
from skillsapp.files import write_atomically
from skillsapp.packs.format import LESSONS_PREFIX, PACK_ID, pack_bytes
from skillsapp.packs.verify import missing_files
from skillsapp.sync.keys import device_name, ensure_keys

if TYPE_CHECKING:
    from skillsapp.store import Store


def default_pack_id(src: Path) -> str:
    """The folder's name as a pack id ("Cap nhat 2026" -> "cap-nhat-2026")."""
    slug = re.sub(r"[^a-z0-9]+", "-", src.resolve().name.lower()).strip("-")
    return (slug or "lessons").ljust(3, "0")[:64]


def default_version(now: datetime) -> int:
    """A pack version that grows with time (20261203114500), so a publisher's newer pack of the
    same id is always the higher one without keeping a counter anywhere."""
    return int(now.strftime("%Y%m%d%H%M%S"))


def _lesson_members(src: Path) -> dict[str, bytes]:
    files = sorted(p for p in src.glob("*/*.yaml") if p.parent.name != FILES_PREFIX.rstrip("/"))
    if not files:
        raise UserError("packs.src_empty", path=src)
    return {f"{LESSONS_PREFIX}{p.parent.name}/{p.name}": p.read_bytes() for p in files}


def _file_members(src: Path) -> dict[str, bytes]:
    folder = src / FILES_PREFIX.rstrip("/")
    if not folder.is_dir():
        return {}
    return {
        f"{FILES_PREFIX}{p.name}": p.read_bytes()
        for p in sorted(folder.iterdir())
        if p.is_file() and not p.is_symlink() and is_file_name(f"{FILES_PREFIX}{p.name}")
    }


def _checked_lessons(
    pack_id: str, members: dict[str, bytes], files: set[str]
) -> list[dict[str, object]]:
    """The manifest's lesson list; UserError naming the first lesson with any problem, or
    naming a file of `files/` that is not there."""
    sources = [
        LessonSource(data.decode("utf-8", errors="replace"), f"{pack_id}/{name}", "pack", pack_id)
        for name, data in members.items()
    ]
    lessons, problems = lessons_alone(load_kit(), sources)
    if problems:
        first = problems[0]
        lesson = first.path.split(f"/{LESSONS_PREFIX}", 1)[-1]
        raise UserError("packs.src_bad", lesson=lesson, problem=str(first).split(": ", 1)[-1])
    entries = []
    for name in members:
        lesson_id = name.removeprefix(LESSONS_PREFIX).removesuffix(".yaml")
        missing = missing_files(lessons[lesson_id], files)
        if missing:
            raise UserError("packs.src_missing_file", lesson=lesson_id, file=missing[0])
        entries.append({"id": lesson_id, "version": lessons[lesson_id].version, "member": name})
    return entries


def build_pack(
    store: Store,
    src: Path,
    out: Path,
    *,
    pack_id: str | None = None,
    version: int | None = None,
    publisher: str | None = None,
    now: datetime | None = None,
) -> tuple[Path, dict[str, object]]:
    """Check the lessons under `src`, sign and write the pack to `out`; (path, manifest)."""
    now = now or datetime.now()
    pack_id = pack_id or default_pack_id(src)
    if not PACK_ID.fullmatch(pack_id):
        raise UserError("packs.bad_id", pack=pack_id)
    lessons = _lesson_members(src)
    files = _file_members(src)
    entries = _checked_lessons(pack_id, lessons, set(files))
    keys = ensure_keys(store)
    manifest: dict[str, object] = {
        "pack_id": pack_id,
        "pack_version": version or default_version(now),
        "publisher": keys.identity.to_json(),
        "publisher_name": publisher or device_name(store.db),
        "created_at": now.isoformat(timespec="seconds"),
        "lessons": entries,
    }
    data = pack_bytes(manifest, {**lessons, **files}, keys.pair.sign_private)
    out = Path(out)
    if out.is_dir():
        out = out / f"{pack_id}.knsl"
    return write_atomically(out, data), manifest
