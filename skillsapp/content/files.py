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
    """Why `ref` cannot be a lesson's file reference (None when it can)."""
    if not is_file_name(ref):
        return f"{ref!r} must name a file of the pack's files/ folder, e.g. files/tranh-1.png"
    if picture and not is_picture(ref):
        return f"{ref!r} is not a picture (.png, .jpg)"
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


def picture_tag(lesson: Lesson, ref: str, width: int) -> Markup:
    """An <img> of the lesson's picture `width` pixels wide (its height follows), or the file's
    name when it cannot be shown."""
    path = lesson_file(lesson, ref) if is_picture(ref) else None
    if path is None:
        return Markup("<i>{}</i>").format(ref.removeprefix(FILES_PREFIX))
    return Markup('<img src="{}" width="{}" alt="{}">').format(
        path.as_uri(), width, ref.removeprefix(FILES_PREFIX)
    )


def file_link(lesson: Lesson, ref: str) -> Markup:
    """A link that opens an attached file, or its name when it is not there."""
    name = ref.removeprefix(FILES_PREFIX)
    path = lesson_file(lesson, ref)
    if path is None:
        return Markup("<i>{}</i>").format(name)
    return Markup('<a href="{}">{}</a>').format(path.as_uri(), escape(name))
