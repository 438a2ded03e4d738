"""Files a lesson shows beside its text: a picture on a step's slide (`image:`) and files attached
to the lesson (`files:`), from the `files/` folder of the pack that brought it (skillsapp.packs).

A reference is `files/<name>`, never a path: no folder inside, no "..", nothing absolute. The
parser refuses anything else as a shape fault, so a pack's lesson cannot point outside its own
pack folder; `lesson_file` resolves it inside the lesson's folder once more before anything is
shown, so a file that is missing or not where it should be shows as its name, never another file.
Pictures are PNG or JPEG (Qt and reportlab read both; the Windows build keeps the JPEG plugin).
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import TYPE_CHECKING

from markupsafe import Markup, escape

if TYPE_CHECKING:
    from skillsapp.content.model import Lesson

FILES_PREFIX = "files/"
PICTURE_SUFFIXES = (".png", ".jpg", ".jpeg")
FILE_SUFFIXES = (*PICTURE_SUFFIXES, ".svg", ".pdf", ".txt", ".md")
_NAME = re.compile(r"files/[A-Za-z0-9][A-Za-z0-9._-]{0,127}")


def is_file_name(name: str) -> bool:
    """Whether `name` is a file a pack may carry: `files/<name>` with a known suffix."""
    return bool(_NAME.fullmatch(name)) and name.lower().endswith(FILE_SUFFIXES)


def is_picture(name: str) -> bool:
    return name.lower().endswith(PICTURE_SUFFIXES)


def reference_problem(ref: str, *, picture: bool) -> str | None:
    """The checker's message key (content/problem_texts.py, `{ref}` its parameter) for why
    `ref` cannot be a lesson's file reference, or None when it can."""
    if not is_file_name(ref):
        return "check.file_ref_outside"
    if picture and not is_picture(ref):
        return "check.file_ref_not_picture"
    return None


def references(lesson: Lesson) -> list[str]:
    """Every file the lesson names, each once, in the order it names them."""
    named = [step.image for step in lesson.steps if step.image]
    named += [attached.file for attached in lesson.files]
    return list(dict.fromkeys(named))


def lesson_file(lesson: Lesson, ref: str) -> Path | None:
    """The file `ref` of the lesson's pack folder, or None when the lesson has no folder (a
    bundled or own lesson), the reference is not a file name, or the file is not inside it."""
    if not lesson.folder or not is_file_name(ref):
        return None
    folder = Path(lesson.folder).resolve()
    target = (folder / ref).resolve()
    if not target.is_relative_to(folder) or not target.is_file():
        return None
    return target


def picture_tag(lesson: Lesson, ref: str, width: int, height: int) -> Markup:
    """An <img> of the lesson's picture as large as fits `width` x `height` pixels, its shape
    kept (a tall photo must not push a slide's text off the screen), or the file's name when
    it cannot be shown."""
    path = lesson_file(lesson, ref) if is_picture(ref) else None
    if path is None:
        return Markup("<i>{}</i>").format(ref.removeprefix(FILES_PREFIX))
    size = picture_size(path)
    if size is not None:
        scale = min(width / size[0], height / size[1], 1.0)
        width, height = max(1, round(size[0] * scale)), max(1, round(size[1] * scale))
    return Markup('<img src="{}" width="{}" height="{}" alt="{}">').format(
        path.as_uri(), width, height, ref.removeprefix(FILES_PREFIX)
    )


_JPEG_FRAMES = frozenset(range(0xC0, 0xD0)) - {0xC4, 0xC8, 0xCC}  # start-of-frame markers


def picture_size(path: Path) -> tuple[int, int] | None:
    """(width, height) of a PNG or JPEG from its header, None when it cannot be read: the
    header is enough, and the content layer decodes no image."""
    try:
        with path.open("rb") as handle:
            head = handle.read(64 * 1024)
    except OSError:
        return None
    if head[:8] == b"\x89PNG\r\n\x1a\n" and len(head) >= 24:
        size = int.from_bytes(head[16:20], "big"), int.from_bytes(head[20:24], "big")
        return size if size[0] > 0 and size[1] > 0 else None
    return _jpeg_size(head) if head[:2] == b"\xff\xd8" else None


def _jpeg_size(head: bytes) -> tuple[int, int] | None:
    """Walk the JPEG segments to the first frame header, which holds the size."""
    at = 2
    while at + 9 <= len(head) and head[at] == 0xFF:
        marker, length = head[at + 1], int.from_bytes(head[at + 2 : at + 4], "big")
        if marker in _JPEG_FRAMES:
            height = int.from_bytes(head[at + 5 : at + 7], "big")
            width = int.from_bytes(head[at + 7 : at + 9], "big")
            return (width, height) if width > 0 and height > 0 else None
        if length < 2:
            return None
        at += 2 + length
    return None


def file_link(lesson: Lesson, ref: str) -> Markup:
    """A link that opens an attached file, or its name when it is not there."""
    name = ref.removeprefix(FILES_PREFIX)
    path = lesson_file(lesson, ref)
    if path is None:
        return Markup("<i>{}</i>").format(name)
    return Markup('<a href="{}">{}</a>').format(path.as_uri(), escape(name))
