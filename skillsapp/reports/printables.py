"""Paper for days without a PC: a blank attendance sheet, a quiz answer sheet, the pupil handout
and the family note, as Documents that print through the same PDF code as the reports.

The handout and family note carry the same content as the curriculum's HTML pages
(`skillsapp.content.render`): its labels, its Markdown conversion and its help contacts (hotline
111 first) are reused, so the paper and the screen never say different things.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from skillsapp.reports.document import (
    Block,
    Closing,
    Column,
    Document,
    Heading,
    Letterhead,
    Para,
    Picture,
    Table,
)
from skillsapp.reports.labels import label

if TYPE_CHECKING:
    from skillsapp.content import Kit, Lesson
    from skillsapp.content.model import QuizItem
    from skillsapp.domain.records import Pupil, SchoolClass

ATTENDANCE_COLUMNS = 10
WRITING_ROW_MM = 7.5
SPACE = "\u00a0"  # kept when paragraphs collapse ordinary spaces
_BLOCK = re.compile(r"<(p|ul|ol)>(.*?)</\1>", re.S)
_ITEM = re.compile(r"<li>(.*?)</li>", re.S)


def markdown_paras(text: str, style: str = "plain") -> list[Para]:
    """Lesson Markdown as paragraphs, via the curriculum's own (escaping) converter."""
    from skillsapp.content.render import markdown

    paras: list[Para] = []
    for tag, inner in _BLOCK.findall(str(markdown(text))):
        if tag == "p":
            paras.append(Para(inner.replace("<br>", "<br/>"), style, markup=True))
            continue
        for number, item in enumerate(_ITEM.findall(inner), 1):
            prefix = f"{number}. " if tag == "ol" else ""
            paras.append(Para(prefix + item, "bullet" if tag == "ul" else style, markup=True))
    return paras


def _words(lang: str) -> dict[str, str]:
    from skillsapp.content.render import labels

    return labels(lang)


def _form_letterhead(school_name: str, right: str) -> Letterhead:
    return Letterhead(
        parent=(),
        agency=school_name.upper(),
        number="",
        place_date="",
        official=False,
        notice=right,
    )


def _roster_rows(pupils: list[Pupil], blanks: int) -> tuple[tuple, ...]:
    return tuple((n, p.full_name, *([""] * blanks)) for n, p in enumerate(pupils, 1))


def attendance_sheet(
    school_name: str,
    cls: SchoolClass,
    pupils: list[Pupil],
    lang: str,
    columns: int = ATTENDANCE_COLUMNS,
) -> Document:
    """A blank register: one row per pupil, a column per session with the date written in."""
    table = Table(
        key="attendance",
        title="",
        columns=(
            Column(label("c_no", lang), "int", 0.5),
            Column(label("c_name", lang), width=3.6),
            *(Column("…/…", width=0.75) for _ in range(columns)),
        ),
        rows=_roster_rows(pupils, columns),
        row_height=WRITING_ROW_MM,
    )
    return Document(
        lang=lang,
        title=label("sheet_attendance", lang),
        subject=(label("sheet_class", lang, name=cls.name, year=cls.school_year),),
        letterhead=_form_letterhead(school_name, label("personal_notice", lang)),
        body=(Para(label("sheet_attendance_key", lang), "plain"), table),
        closing=_teacher_closing(cls, lang),
        personal=True,
        form=True,
        meta={"title": label("sheet_attendance", lang), "author": school_name},
    )


def _teacher_closing(cls: SchoolClass, lang: str) -> Closing:
    return Closing("", (), label("teacher", lang), cls.homeroom_teacher)


def _item_hint(item: QuizItem, lang: str) -> str:
    words = _words(lang)
    if item.type == "true_false":
        return f"{words['true_short']}/{words['false_short']}"
    if item.type == "sorting":
        return "1-" + str(len(item.categories))
    letters = "ABCD"[: len(item.options)]
    return f"{letters[0]}-{letters[-1]}" + ("+" if item.type == "multiple" else "")


def quiz_sheet(
    school_name: str, cls: SchoolClass, pupils: list[Pupil], lesson: Lesson, lang: str
) -> Document:
    """The class's paper answer sheet for one lesson's quiz, typed in later: a row per pupil,
    a column per item with the kind of answer expected."""
    items = lesson.quiz
    table = Table(
        key="quiz",
        title="",
        columns=(
            Column(label("c_no", lang), "int", 0.5),
            Column(label("c_name", lang), width=3.4),
            *(
                Column(f"{n}\n({_item_hint(item, lang)})", width=0.8)
                for n, item in enumerate(items, 1)
            ),
            Column(label("sheet_score", lang), width=0.9),
        ),
        rows=_roster_rows(pupils, len(items) + 1),
        row_height=WRITING_ROW_MM,
    )
    body: list[Block] = [
        Para(label("sheet_lesson", lang, title=lesson.title.get(lang)), "plain"),
        Para(label("sheet_date", lang), "plain"),
        Para(label("sheet_quiz_key", lang), "plain"),
        table,
    ]
    return Document(
        lang=lang,
        title=label("sheet_quiz", lang),
        subject=(label("sheet_class", lang, name=cls.name, year=cls.school_year),),
        letterhead=_form_letterhead(school_name, label("personal_notice", lang)),
        body=tuple(body),
        closing=_teacher_closing(cls, lang),
        personal=True,
        form=True,
        meta={"title": label("sheet_quiz", lang), "author": school_name},
    )


def _quiz_blocks(item: QuizItem, number: int, lang: str) -> list[Block]:
    words = _words(lang)
    t = lambda text: text.get(lang)  # noqa: E731
    blocks: list[Block] = []
    if item.scenario:
        blocks += markdown_paras(t(item.scenario))
    blocks.append(Para(f"{number}. {t(item.prompt)}", "strong"))
    if item.type == "true_false":
        blocks += [
            Para(words["circle_tf"], "note"),
            Para(f"{words['true_short']}{SPACE * 12}{words['false_short']}", "indent"),
        ]
    elif item.type == "sorting":
        blocks.append(Para(words["sort_hint"], "note"))
        blocks.append(
            Table(
                key=f"sort{number}",
                title="",
                columns=(Column("", width=3.0), *(Column(t(c)) for c in item.categories)),
                rows=tuple((t(card.text), *([""] * len(item.categories))) for card in item.cards),
            )
        )
    else:
        hint = words["circle_all"] if item.type == "multiple" else words["circle_one"]
        blocks.append(Para(hint, "note"))
        blocks += [
            Para(f"{'ABCD'[i]}. {t(option)}", "indent") for i, option in enumerate(item.options)
        ]
    return blocks


def _contacts_table(lesson: Lesson, kit: Kit, lang: str) -> Table:
    from skillsapp.content.render import help_contacts

    words = _words(lang)
    return Table(
        key="contacts",
        title="",
        columns=(
            Column(words["service"], width=2.6),
            Column(words["reach"], width=1.6),
            Column(words["when"], width=2.0),
        ),
        rows=tuple(
            (c.name.get(lang), c.number or c.url or "", c.when.get(lang))
            for c in help_contacts(lesson, kit)
        ),
    )


def _lesson_document(
    kit: Kit,
    lesson: Lesson,
    lang: str,
    school_name: str,
    title: str,
    body: list[Block],
    closing: Closing | None = None,
) -> Document:
    """A lesson's paper: the school and the lesson's band and number at the top, its title."""
    band = kit.band(lesson.band).name.get(lang)
    head = _form_letterhead(school_name, f"{band} · {_words(lang)['order']} {lesson.order}")
    return Document(
        lang=lang,
        title=title.upper(),
        subject=(lesson.title.get(lang),),
        letterhead=head,
        body=tuple(body),
        closing=closing,
        form=True,
        meta={"title": f"{title}: {lesson.title.get(lang)}", "author": school_name},
    )


def handout(kit: Kit, lesson: Lesson, lang: str, school_name: str = "") -> Document:
    """The pupil handout: key messages, words, the quiz without answers, where to get help."""
    words = _words(lang)
    t = lambda text: text.get(lang)  # noqa: E731
    body: list[Block] = [
        Para(
            f"{words['name_line']}: ............................................"
            f"    {words['class_line']}: ..........",
            "plain",
        ),
        Heading(words["remember"], 2),
    ]
    body += [p for m in lesson.key_messages for p in markdown_paras(t(m), "bullet")]
    if lesson.vocabulary:
        body.append(Heading(words["vocabulary"], 2))
        body.append(
            Table(
                key="vocabulary",
                title="",
                columns=(Column(words["vocabulary"], width=1.2), Column("", width=3.0)),
                rows=tuple((t(v.term), t(v.meaning)) for v in lesson.vocabulary),
            )
        )
    body += _attached_files(lesson, lang)
    body.append(Heading(words["quiz"], 2))
    for number, item in enumerate(lesson.quiz, 1):
        body += _quiz_blocks(item, number, lang)
    body += [Heading(words["help"], 2), _contacts_table(lesson, kit, lang)]
    return _lesson_document(kit, lesson, lang, school_name, words["handout_title"], body)


HANDOUT_PICTURE_MM = (120.0, 90.0)  # the box a pack's picture is fitted into on the handout


def _attached_files(lesson: Lesson, lang: str) -> list[Block]:
    """A pack lesson's attached files, as on the screen's handout: each titled, a picture
    drawn (fitted, its shape kept), any other file named; a file gone is named only."""
    from skillsapp.content.files import FILES_PREFIX, is_picture, lesson_file, picture_size

    if not lesson.files:
        return []
    blocks: list[Block] = [Heading(_words(lang)["files"], 2)]
    for attached in lesson.files:
        name = attached.file.removeprefix(FILES_PREFIX)
        path = lesson_file(lesson, attached.file)
        size = picture_size(path) if path is not None and is_picture(attached.file) else None
        if size is None:
            blocks.append(Para(f"{attached.title.get(lang)} · {name}", "plain"))
            continue
        blocks.append(Para(attached.title.get(lang), "strong"))
        box_w, box_h = HANDOUT_PICTURE_MM
        scale = min(box_w / size[0], box_h / size[1])
        blocks.append(Picture(str(path), size[0] * scale, size[1] * scale))
    return blocks


def family_note(
    kit: Kit,
    lesson: Lesson,
    lang: str,
    school_name: str = "",
    class_name: str = "",
    teacher: str = "",
) -> Document:
    """The school-to-home note: what the child learned, what to do at home, where to get help."""
    words = _words(lang)
    t = lambda text: text.get(lang)  # noqa: E731
    body: list[Block] = [
        Para(label("family_to", lang, name=class_name or "…………"), "plain"),
        Heading(words["we_learned"], 2),
        Para(t(lesson.title), "plain"),
    ]
    body += [p for m in lesson.key_messages for p in markdown_paras(t(m), "bullet")]
    body.append(Heading(words["at_home"], 2))
    body += markdown_paras(t(lesson.family_note))
    body += [Heading(words["help"], 2), _contacts_table(lesson, kit, lang)]
    closing = Closing("", (), label("teacher", lang), teacher)
    return _lesson_document(kit, lesson, lang, school_name, words["family_title"], body, closing)
