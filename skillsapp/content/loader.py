"""Loading lessons/ into a Kit: never raises, and costs nothing the second time.

A curriculum being edited by several authors is often half-broken; the app must still open and
teach every lesson that is sound. So each file is checked on its own (validate.check_lesson_file),
a broken one is left out with a Problem saying why, and the rest load. The result is cached on the
files' names, sizes and modification times, so pages can call load_kit() freely; and on disk
(skillsapp.content.cache), so a new process gets the kit without parsing, or even importing the
YAML reader and the checks, until a lesson file changes.
"""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path
from typing import TYPE_CHECKING

from skillsapp.content import cache
from skillsapp.content.model import Kit, Lesson, Problem, make_problem
from skillsapp.content.signature import (
    REFERENCE_FILES,
    Signature,
    files_signature,
    history_files,
    lesson_files,
)
from skillsapp.paths import lessons_dir

if TYPE_CHECKING:
    from skillsapp.content.source import YamlFile

# root -> (signature of its files, the kit built from them). A race between two threads only
# costs a second load: both build the same kit and the last one stays.
_cache: dict[Path, tuple[Signature, Kit]] = {}


def load_kit(root: Path | None = None) -> Kit:
    """The kit under `root` (default: the bundled lessons/), from cache when no file changed."""
    root = Path(root or lessons_dir()).resolve()
    files = lesson_files(root)
    history = history_files(root)
    signature = files_signature(root, [*files, *history])
    cached = _cache.get(root)
    if cached is not None and cached[0] == signature:
        return cached[1]
    kit = cache.read_kit(root, signature)
    if kit is None:
        kit = _with_history(root, _build(root, files), history)
        cache.write_kit(root, signature, kit)
    _cache[root] = (signature, kit)
    return kit


def _no_files(lessons: Iterable[Lesson]) -> list[Problem]:
    """A bundled lesson cannot name a file: only a pack has a `files/` folder (content/files.py),
    and a picture that is never shown must not pass unnoticed."""
    from skillsapp.content.files import references

    return [
        make_problem(lesson.path, None, "files", "check.bundled_names_file", ref=ref)
        for lesson in lessons
        for ref in references(lesson)
    ]


def _with_history(root: Path, kit: Kit, history: list[Path]) -> Kit:
    """The kit with the earlier versions of its lessons in `Kit.history` (never taught again;
    a file that does not read is reported and left out, like any lesson file)."""
    if not history:
        return kit
    from skillsapp.content.library import with_lessons
    from skillsapp.content.signature import LessonSource

    sources = []
    for path in history:
        try:
            text = path.read_text(encoding="utf-8")
        except (OSError, UnicodeError):
            text = ""
        sources.append(LessonSource(text, _shown(root, path), "bundled", retired=True))
    merged, _ = with_lessons(kit, sources)
    return merged


def _shown(root: Path, path: Path) -> str:
    """How a file is named in problems: from the lessons folder down, as authors know it."""
    return f"{root.name}/{path.relative_to(root).as_posix()}"


def _build(root: Path, files: list[Path]) -> Kit:
    # Imported here: the reader (with PyYAML) and the checks load only when files are parsed.
    from skillsapp.content.parse import read_reference
    from skillsapp.content.validate import check_lesson_file, plan_rules

    problems: list[Problem] = []
    if not root.is_dir():
        problems.append(make_problem(str(root), None, "", "check.folder_missing"))
    docs = [_reference_doc(root, name, problems) for name in REFERENCE_FILES]
    ref, found = read_reference(*docs)
    problems += found
    checks = [check_lesson_file(path, _shown(root, path), ref) for path in files]
    for check in checks:
        problems += check.problems
    problems += plan_rules(ref, checks, root.name)
    problems += _no_files(check.lesson for check in checks if check.lesson is not None)
    return Kit(
        bands=ref.bands,
        strands=ref.strands,
        seed_items=ref.seed_items,
        contacts=ref.contacts,
        protocols=ref.protocols,
        lessons=tuple(check.lesson for check in checks if check.lesson is not None),
        problems=tuple(problems),
        contacts_verified=ref.contacts_verified,
        domains=ref.domains,
        sequence=ref.sequence,
    )


def _reference_doc(root: Path, name: str, problems: list[Problem]) -> YamlFile | None:
    path = root / name
    if not path.is_file():
        if root.is_dir():
            problems.append(make_problem(_shown(root, path), None, "", "check.file_missing"))
        return None
    from skillsapp.content.source import read_document

    doc = read_document(path, _shown(root, path))
    if isinstance(doc, Problem):
        problems.append(doc)
        return None
    problems += doc.nfc_problems()
    return doc
