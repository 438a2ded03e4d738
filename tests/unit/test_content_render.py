"""Every lesson renders in both languages; lesson text can never become markup; slides and the
pupil handout never give away what only the teacher should see."""

from __future__ import annotations

import dataclasses
import html
import re
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from markupsafe import escape

from skillsapp.content import Text, load_kit
from skillsapp.content import render as rendering
from skillsapp.content.render import markdown

# An emoji is drawn as its picture (<img … alt="📱">); these tests read the pages' words, so the
# pictures are turned back into the emoji they stand for (tests/unit/test_pictures.py checks them).
_PICTURE = re.compile(r'<img src="[^"]*" width="\d+" height="\d+" alt="([^"]+)">')


def _words(render: Callable[..., Any]) -> Callable[..., Any]:
    def rendered(*args: Any) -> Any:
        pages = render(*args)
        if isinstance(pages, list):
            return [_PICTURE.sub(r"\1", page) for page in pages]
        return _PICTURE.sub(r"\1", pages)

    return rendered


render_family_note = _words(rendering.render_family_note)
render_handout = _words(rendering.render_handout)
render_lesson = _words(rendering.render_lesson)
render_script = _words(rendering.render_script)
render_slides = _words(rendering.render_slides)

LESSONS = Path(__file__).resolve().parents[2] / "lessons"
KIT = load_kit(LESSONS)
LANGS = ("vi", "en")
_MARKER = re.compile(r"^\s*(?:[-*]|\d+[.)])\s+")
CASES = [(lesson.id, lang) for lesson in KIT.lessons for lang in LANGS]


def _html(text: str) -> str:
    """How a plain text field appears in a page: escaped."""
    return str(escape(text))


def _plain(page: str) -> str:
    """The words a page shows, without tags."""
    return html.unescape(re.sub(r"<[^>]+>", "", page))


def _lines(text: Text, lang: str) -> list[str]:
    """The lines of a Markdown field, as shown, long enough to be unmistakably its own."""
    lines = (_MARKER.sub("", line).strip().replace("*", "") for line in text.get(lang).splitlines())
    return [line for line in lines if len(line) > 25]


@pytest.mark.parametrize(("lesson_id", "lang"), CASES)
def test_every_render_of_every_lesson(lesson_id: str, lang: str) -> None:
    lesson = KIT.lesson(lesson_id)
    title = _html(lesson.title.get(lang))
    page = render_lesson(lesson, KIT, lang)
    assert title in page and f'<html lang="{lang}">' in page
    for item in lesson.quiz:
        assert _html(item.feedback.get(lang)) in page
    for contact_id in lesson.contacts:
        contact = KIT.contact(contact_id)
        assert (contact.number or contact.url or "") in page
    for protocol_id in lesson.protocols:
        for step in KIT.protocol(protocol_id).steps:
            assert _html(step.get(lang)) in page
    slides = render_slides(lesson, KIT, lang)
    assert len(slides) == len(lesson.steps) + 2
    assert all(title in slide for slide in slides)
    script = render_script(lesson, KIT, lang)
    assert all(_html(step.title.get(lang)) in script for step in lesson.steps)
    assert title in render_handout(lesson, KIT, lang)
    assert title in render_family_note(lesson, KIT, lang)


@pytest.mark.parametrize(("lesson_id", "lang"), CASES)
def test_slides_never_show_the_teacher_script(lesson_id: str, lang: str) -> None:
    lesson = KIT.lesson(lesson_id)
    slides = _plain("".join(render_slides(lesson, KIT, lang)))
    for step in lesson.steps:
        for line in _lines(step.script, lang):
            assert line not in slides
    for line in _lines(lesson.teacher_notes, lang):
        assert line not in slides


@pytest.mark.parametrize(("lesson_id", "lang"), CASES)
def test_handout_has_no_answers(lesson_id: str, lang: str) -> None:
    lesson = KIT.lesson(lesson_id)
    handout = render_handout(lesson, KIT, lang)
    for item in lesson.quiz:
        assert _html(item.prompt.get(lang)) in handout
        assert _html(item.feedback.get(lang)) not in handout
    assert 'class="right"' not in handout and "✔" not in handout
    assert "111" in handout


def test_slides_show_the_slide_text_and_strand_6_closes_with_help() -> None:
    lang = "vi"
    lesson = next(lesson for lesson in KIT.lessons if lesson.strand == 6)
    slides = render_slides(lesson, KIT, lang)
    for step, slide in zip(lesson.steps, slides[1:-1], strict=True):
        assert _html(step.title.get(lang)) in slide
    assert "111" in slides[-1]
    other = next(lesson for lesson in KIT.lessons if lesson.strand != 6 and lesson.contacts)
    assert (
        _html(KIT.contact(other.contacts[0]).name.get(lang))
        not in render_slides(other, KIT, lang)[-1]
    )


def test_family_note_has_the_note_and_contacts() -> None:
    lesson = KIT.lesson("g3-5/03-mat-khau-manh")
    page = render_family_note(lesson, KIT, "en")
    assert "A note for families" in page
    assert _html(lesson.family_note.en) in page
    assert "111" in page
    assert "Contact details checked on " + KIT.contacts_verified in page
    day, month, year = (
        KIT.contacts_verified[8:],
        KIT.contacts_verified[5:7],
        KIT.contacts_verified[:4],
    )
    assert f"{day}/{month}/{year}" in render_family_note(lesson, KIT, "vi")


def test_lesson_text_cannot_inject_markup() -> None:
    kit = KIT
    lesson = dataclasses.replace(
        kit.lesson("g3-5/03-mat-khau-manh"),
        title=Text("<script>alert(1)</script>", "<b>bold</b>"),
        family_note=Text("**<img src=x>**", "x"),
    )
    for render in (render_lesson, render_handout, render_family_note, render_script):
        page = render(lesson, kit, "vi")
        assert "<script>" not in page and "&lt;script&gt;" in page
    assert "<b>&lt;img src=x&gt;</b>" in render_lesson(lesson, kit, "vi")
    assert "&lt;b&gt;bold&lt;/b&gt;" in render_slides(lesson, kit, "en")[0]


# --- the Markdown converter -----------------------------------------------------------------------


def test_markdown_escapes_html() -> None:
    html = str(markdown('<script>alert("x")</script> & <b>'))
    assert html == "<p>&lt;script&gt;alert(&#34;x&#34;)&lt;/script&gt; &amp; &lt;b&gt;</p>"


def test_markdown_bold_italic_and_breaks() -> None:
    assert str(markdown("**Đúng** hay *sai*?\nDòng hai")) == (
        "<p><b>Đúng</b> hay <i>sai</i>?<br>Dòng hai</p>"
    )


def test_markdown_lists_and_paragraphs() -> None:
    text = "Hỏi cả lớp:\n- một\n- **hai**\nRồi kết luận.\n\nĐoạn mới."
    assert str(markdown(text)) == (
        "<p>Hỏi cả lớp:</p><ul><li>một</li><li><b>hai</b></li></ul>"
        "<p>Rồi kết luận.</p><p>Đoạn mới.</p>"
    )


def test_markdown_numbered_list() -> None:
    assert str(markdown("Ba bước:\n1. Dừng\n2) Chặn")) == (
        "<p>Ba bước:</p><ol><li>Dừng</li><li>Chặn</li></ol>"
    )


def test_markdown_leaves_lone_stars_and_arithmetic_alone() -> None:
    assert str(markdown("2 * 3 * 4")) == "<p>2 * 3 * 4</p>"
    assert str(markdown("")) == ""


def test_hotline_111_is_first_on_pupil_paper_wherever_the_lesson_lists_it():
    from dataclasses import replace

    from skillsapp.content import load_kit
    from skillsapp.content.render import help_contacts

    kit = load_kit()
    lesson = next(lesson for lesson in kit.lessons if len(lesson.contacts) >= 2)
    moved = replace(
        lesson, contacts=(*[c for c in lesson.contacts if c != "hotline-111"], "hotline-111")
    )
    ids = [c.id for c in help_contacts(moved, kit)]
    assert ids[0] == "hotline-111" and ids.count("hotline-111") == 1
