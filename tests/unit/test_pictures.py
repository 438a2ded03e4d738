"""Pictures for young pupils (issue 16 item 4): every g1-2 and g3-5 slide names a picture, every
emoji in the kit is a bundled Twemoji PNG, and no page or PDF ever shows an emoji as text (a box
in the fonts we have)."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from skillsapp.content import load_kit
from skillsapp.content.pictures import (
    CREDIT,
    emoji_in,
    picture_key,
    picture_path,
    pictures_dir,
    reportlab_pictures,
    with_pictures,
)
from skillsapp.content.render import render_handout, render_lesson, render_slides
from tests.unit.test_content_validate import KitDir, only

ROOT = Path(__file__).resolve().parents[2]
# An emoji outside an <img ... alt="…"> attribute is one the page would print as a box.
_ALT = re.compile(r'alt="[^"]*"')


def _shown_emoji(html: str) -> list[str]:
    return emoji_in(_ALT.sub("", html))


@pytest.fixture(scope="module")
def kit():
    return load_kit()


def test_emoji_are_found_with_their_modifiers() -> None:
    assert emoji_in("Điện thoại 📱 và gia đình 👨‍👩‍👧 ✓ → ©") == ["📱", "👨‍👩‍👧"]
    assert picture_key("🖐️") == "1f590"
    assert picture_key("👨‍👩‍👧") == "1f468-200d-1f469-200d-1f467"


def test_every_picture_band_slide_names_a_bundled_picture(kit) -> None:
    young = [lesson for lesson in kit.lessons if lesson.band in ("g1-2", "g3-5")]
    assert len(young) >= 20
    for lesson in young:
        assert lesson.picture and picture_path(lesson.picture), lesson.id
        for step in lesson.steps:
            assert step.picture, f"{lesson.id}: step {step.title.vi!r} has no picture"
            assert all(picture_path(e) for e in emoji_in(step.picture)), lesson.id


def test_every_emoji_in_the_lesson_files_is_bundled() -> None:
    used = set()
    for path in (ROOT / "lessons").rglob("*.yaml"):
        used.update(emoji_in(path.read_text(encoding="utf-8")))
    missing = sorted(e for e in used if picture_path(e) is None)
    assert missing == [], f"run build/pictures.py for {missing}"


def test_the_bundled_pictures_are_pngs_and_none_is_unused() -> None:
    used = set()
    for path in (ROOT / "lessons").rglob("*.yaml"):
        used.update(picture_key(e) for e in emoji_in(path.read_text(encoding="utf-8")))
    files = list(pictures_dir().glob("*.png"))
    assert {f.stem for f in files} == used
    assert all(f.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n" for f in files)


@pytest.mark.parametrize("lang", ["vi", "en"])
def test_slides_show_pictures_and_never_an_emoji_as_text(kit, lang: str) -> None:
    lesson = kit.lesson("g1-2/07-khong-di-ke")
    slides = render_slides(lesson, kit, lang)
    step_slide = slides[1]
    picture = picture_path(emoji_in(lesson.steps[0].picture)[0])
    assert picture is not None and picture.as_uri() in step_slide
    assert CREDIT[lang] in slides[-1]
    for lesson in kit.lessons:
        for html in render_slides(lesson, kit, lang):
            assert _shown_emoji(html) == [], lesson.id


def test_emoji_inside_lesson_text_become_pictures(kit) -> None:
    lesson = kit.lesson("g6-9/07-bat-nat-tren-mang")
    html = render_lesson(lesson, kit, "vi")
    assert "1f923.png" in html  # 🤣 in the script
    assert _shown_emoji(html) == []


def test_handout_carries_the_lesson_picture_and_the_credit(kit) -> None:
    lesson = kit.lesson("g3-5/03-mat-khau-manh")
    html = render_handout(lesson, kit, "vi")
    assert f"{picture_key(lesson.picture)}.png" in html
    assert CREDIT["vi"] in html
    older = kit.lesson("g10-12/01-mang-xa-hoi-mien-phi")
    assert CREDIT["vi"] not in render_handout(older, kit, "vi")  # no pictures, no credit line


def test_text_is_escaped_before_pictures_are_drawn() -> None:
    html = with_pictures("&lt;b&gt; 📱", 20)
    assert html.startswith("&lt;b&gt; <img src=") and 'width="20"' in html


def test_reportlab_markup_draws_emoji_and_qt_img_tags_as_images() -> None:
    markup = reportlab_pictures("Chìa khóa 🔑 của em " + with_pictures("🏠", 16), 12)
    assert markup.count("<img ") == 2 and emoji_in(markup) == []
    assert 'width="12"' in markup


def test_materials_pdf_has_the_pictures(kit) -> None:
    """A card with an emoji prints it as an image in the PDF (reportlab embeds an XObject)."""
    from skillsapp.reports.materials import render_materials

    lesson = next(lesson for lesson in kit.lessons if emoji_in(repr(lesson.printables)))
    pdf, _pages = render_materials(kit, lesson, "en")  # "… superhero 😂"
    assert b"/Subtype /Image" in pdf


def test_check_wants_a_picture_on_every_young_slide(tmp_path: Path) -> None:
    root = tmp_path / "lessons"
    root.mkdir()
    kit_dir = KitDir(root)
    kit_dir.mutate(lambda d: d["steps"][1].pop("picture"))
    assert only(kit_dir.lesson_problems(), "slides need a picture")
    kit_dir.mutate(lambda d: d["steps"][1].update(picture="điện thoại"))
    assert only(kit_dir.lesson_problems(), "must be one or more emoji")
    kit_dir.mutate(lambda d: d["steps"][1].update(picture="🦕"))
    assert only(kit_dir.lesson_problems(), "no bundled picture")
