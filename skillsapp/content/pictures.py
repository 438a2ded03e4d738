"""Pictures for young pupils: Twemoji graphics (CC BY 4.0) bundled as small PNG files.

A child of six who cannot read yet follows a slide by its picture, so lessons name pictures as
data (`picture:` on a lesson and on each step, written as the emoji itself, e.g. "📱") and any
emoji inside lesson text is drawn as the same picture. Fonts cannot be trusted to have colour
emoji (Qt's rich text and reportlab's PDF fonts show a box), so every emoji becomes an image.

Only the pictures the lessons use are shipped, in resources/pictures/ as PNG (Qt reads PNG
without an image-format plugin, so the Windows build needs nothing more; reportlab reads it via
Pillow). build/pictures.py renders them from the npm package @iconify-json/twemoji; the file
name is the emoji's code points in hex joined by "-", without the U+FE0F variation selector.
"""

from __future__ import annotations

import re
from functools import cache
from pathlib import Path
from typing import TYPE_CHECKING

from markupsafe import Markup, escape

from skillsapp.content.model import Problem, make_problem
from skillsapp.paths import resources_dir

if TYPE_CHECKING:
    from skillsapp.content.model import Lesson
    from skillsapp.content.source import FieldPath, YamlFile

PICTURE_BANDS = ("g1-2", "g3-5")  # bands whose slides must each carry a picture
SOURCE = "Twemoji (https://github.com/jdecked/twemoji), CC BY 4.0"
CREDIT = {
    "vi": "Hình minh họa: Twemoji, giấy phép CC BY 4.0 (creativecommons.org/licenses/by/4.0)",
    "en": "Pictures: Twemoji, licensed CC BY 4.0 (creativecommons.org/licenses/by/4.0)",
}
_BASE = "\U0001f000-\U0001faff\u2600-\u27bf\u231a\u231b\u23e9-\u23fa\u2b50\u2b55"
_TAIL = "\ufe0f\u20e3\U0001f3fb-\U0001f3ff\U000e0020-\U000e007f"
# A base emoji with its modifiers, then any zero-width-joined parts (👨‍👩‍👧).
_EMOJI = re.compile(f"[{_BASE}][{_TAIL}]*(?:\u200d[{_BASE}][{_TAIL}]*)*")
# Signs in the ranges above that lessons may use as plain text, never as pictures.
_TEXT_SIGNS = frozenset("✓✔✗✘")


def pictures_dir() -> Path:
    return resources_dir() / "pictures"


def emoji_in(text: str) -> list[str]:
    """The emoji in a piece of text, in order (arrows, ©, ✓ stay text)."""
    return [match for match in _EMOJI.findall(text) if match not in _TEXT_SIGNS]


def picture_key(emoji: str) -> str:
    """The file stem of an emoji's picture: "1f4f1" for 📱, "1f468-200d-1f469" for a pair."""
    return "-".join(f"{ord(char):x}" for char in emoji if char != "\ufe0f")


@cache
def _bundled(folder: Path) -> frozenset[str]:
    return frozenset(path.stem for path in folder.glob("*.png"))


def picture_path(emoji: str) -> Path | None:
    """The bundled PNG for an emoji, or None when the kit does not ship it."""
    folder = pictures_dir()
    key = picture_key(emoji)
    return folder / f"{key}.png" if key in _bundled(folder) else None


def unknown_pictures(text: str) -> list[str]:
    """Emoji in `text` (or named by a `picture:` field) that have no bundled picture."""
    return [emoji for emoji in emoji_in(text) if picture_path(emoji) is None]


def img_tag(emoji: str, size: int) -> Markup:
    """An <img> for Qt's rich text, `size` pixels square; the emoji itself when not bundled."""
    path = picture_path(emoji)
    if path is None:
        return escape(emoji)
    return Markup('<img src="{}" width="{}" height="{}" alt="{}">').format(
        path.as_uri(), size, size, emoji
    )


def with_pictures(html: str, size: int) -> Markup:
    """Escaped HTML with every emoji replaced by its picture (never a box in Qt)."""
    return Markup(_EMOJI.sub(lambda m: _img_or_text(m.group(0), size), html))


def _img_or_text(emoji: str, size: int) -> str:
    return emoji if emoji in _TEXT_SIGNS else str(img_tag(emoji, size))


_IMG = re.compile(r'<img src="[^"]*" width="\d+" height="\d+" alt="(?P<emoji>[^"]+)">')


def reportlab_pictures(markup: str, size: float) -> str:
    """Reportlab paragraph markup with emoji (or Qt <img> tags from `with_pictures`) drawn as
    inline images `size` points high, sitting on the text line."""

    def rl_img(match: re.Match[str]) -> str:
        emoji = match.group("emoji") if "emoji" in match.groupdict() else match.group(0)
        path = None if emoji in _TEXT_SIGNS else picture_path(emoji)
        if path is None:
            return emoji
        return f'<img src="{path}" width="{size:g}" height="{size:g}" valign="-{size * 0.2:g}"/>'

    return _EMOJI.sub(rl_img, _IMG.sub(rl_img, markup))


def picture_rules(lesson: Lesson, doc: YamlFile) -> list[Problem]:
    """`curriculum check`: in the picture bands the lesson and every step name a picture; every
    picture named, and every emoji in the text, is one the kit ships (else it would be a box)."""
    found: list[Problem] = []
    named: list[tuple[FieldPath, str]] = [(("picture",), lesson.picture)]
    named += [(("steps", i, "picture"), step.picture) for i, step in enumerate(lesson.steps)]
    for path, value in named:
        if not value.strip():
            if lesson.band in PICTURE_BANDS:
                found.append(doc.problem(path, "check.picture_needed", band=lesson.band))
            continue
        if not emoji_in(value) or _EMOJI.sub("", value).strip():
            found.append(doc.problem(path, "check.picture_not_emoji", value=repr(value)))
        found += [
            doc.problem(path, "check.picture_not_bundled", emoji=repr(emoji))
            for emoji in unknown_pictures(value)
        ]
    for line_no, line in enumerate(doc.text.splitlines(), 1):
        where = doc.field_at(line_no)
        if where and where[-1] == "picture":
            continue  # reported above, by field
        for emoji in unknown_pictures(line):
            found.append(
                make_problem(doc.shown, line_no, "", "check.emoji_not_bundled", emoji=repr(emoji))
                if not where
                else doc.problem(where, "check.emoji_not_bundled", emoji=repr(emoji))
            )
    return _unique(found)


def _unique(problems: list[Problem]) -> list[Problem]:
    return list(dict.fromkeys(problems))
