"""What a database's curriculum is made of, named without reading it: the lesson files'
names, sizes and times, the installed packs' files, and the own lessons' texts.

The kit kept on disk (skillsapp.content.cache) and the small plan index the first page reads
(skillsapp.content.plan_index) are both keyed on this. It imports no lesson model, no YAML
reader and no checks, so the app's first page can tell whether what it kept is current for the
price of a few `stat` calls.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

from skillsapp.paths import lessons_dir, library_dir

REFERENCE_FILES = ("kit.yaml", "contacts.yaml", "protocols.yaml", "competences.yaml")
# Earlier versions of bundled lessons, `history/<version>/<band>/<file>.yaml`: a release that
# raises a lesson's version keeps the one schools taught, for their past sessions (Kit.history).
HISTORY_FOLDER = "history"
PACKS_FOLDER = "packs"
RETIRED_FOLDER = "retired"
LESSONS_FOLDER = "lessons"  # inside one installed pack
OWN = "own"

Signature = tuple[tuple[str, int, int], ...]


@dataclass(frozen=True)
class LessonSource:
    """One lesson's YAML from outside lessons/: a pack's file or a teacher's own lesson.

    `shown` names it in problems and must end in `<band>/<file name>.yaml`, because the lesson
    files' id rule (id = folder/file name) holds for every source. `retired` marks a version
    kept only for past sessions (a replaced or removed pack): it is never taught again.
    `folder` is where its `files/...` references are read from (an installed pack's folder).
    """

    text: str
    shown: str
    origin: str
    pack_id: str = ""
    retired: bool = False
    folder: str = ""


def lesson_files(root: Path) -> list[Path]:
    """One YAML file per lesson, one folder per band."""
    return sorted(root.glob("*/*.yaml")) if root.is_dir() else []


def history_files(root: Path) -> list[Path]:
    return sorted(root.glob(f"{HISTORY_FOLDER}/*/*/*.yaml")) if root.is_dir() else []


def files_signature(root: Path, files: list[Path]) -> Signature:
    """The reference files and `files` under `root`, as they are on disk now."""
    return _stats([(str(path), path) for path in [*(root / n for n in REFERENCE_FILES), *files]])


def kit_signature(root: Path | None = None) -> Signature:
    """The signature of the lesson files under `root` (default: the bundled lessons/)."""
    root = Path(root or lessons_dir()).resolve()
    return files_signature(root, [*lesson_files(root), *history_files(root)])


def pack_folders(base: Path) -> list[Path]:
    """The pack folders under `base` in name order; a hidden one (`.tmp-...`, an install cut
    short) is not a pack."""
    if not base.is_dir():
        return []
    return sorted(p for p in base.iterdir() if p.is_dir() and not p.name.startswith("."))


def installed_files(db_path: Path) -> list[tuple[Path, bool]]:
    """Each installed lesson file and whether it is retired: retired ones first (they only
    feed the history), then the packs in name order."""
    library = library_dir(db_path)
    found: list[tuple[Path, bool]] = []
    for folder, retired in ((RETIRED_FOLDER, True), (PACKS_FOLDER, False)):
        for pack in pack_folders(library / folder):
            found += [(path, retired) for path in sorted(pack.glob(f"{LESSONS_FOLDER}/*/*.yaml"))]
    return found


def installed_signature(files: list[tuple[Path, bool]]) -> Signature:
    return _stats([(f"{path}|{retired}", path) for path, retired in files])


def own_shown(lesson_id: str) -> str:
    """Where an own lesson is named in problems; ends in `<band>/<file>.yaml` (the id rule)."""
    return f"{OWN}/{lesson_id}.yaml"


def own_sources(rows: Iterable[tuple[str, str]]) -> list[LessonSource]:
    """Each saved version, given as (lesson id, YAML text) oldest first, as a source for
    `with_lessons` (a newer version replaces an older one)."""
    return [LessonSource(text, own_shown(lesson_id), OWN) for lesson_id, text in rows]


def sources_signature(sources: Iterable[LessonSource]) -> tuple[tuple[str, ...], ...]:
    """Own lessons come as texts: their digest stands for their content (hashlib imported
    here: a school without own lessons starts without OpenSSL)."""
    sources = tuple(sources)
    if not sources:
        return ()
    import hashlib

    return tuple(
        (
            hashlib.sha256(source.text.encode("utf-8")).hexdigest(),
            source.shown,
            source.origin,
            source.pack_id,
            str(source.retired),
            source.folder,
        )
        for source in sources
    )


def library_signature(
    files: list[tuple[Path, bool]], own: Iterable[LessonSource]
) -> tuple[Signature, Signature, tuple[tuple[str, ...], ...]]:
    """A database's whole curriculum: the bundled files, the installed ones, the own lessons."""
    return (kit_signature(), installed_signature(files), sources_signature(own))


def _stats(entries: list[tuple[str, Path]]) -> Signature:
    found = []
    for name, path in entries:
        try:
            stat = path.stat()
        except OSError:
            found.append((name, -1, -1))
        else:
            found.append((name, stat.st_mtime_ns, stat.st_size))
    return tuple(found)
