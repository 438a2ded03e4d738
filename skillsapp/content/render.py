"""Lessons as HTML pages the app shows (QTextBrowser) and prints (QTextDocument).

Qt's rich text understands a subset of HTML4 and CSS: tables, headings, paragraphs, lists, font
sizes and colours, no flexbox and no scripts, so the templates stay within that. Every page is
rendered with autoescaping and StrictUndefined: lesson text can never inject markup, and a typo in
a template fails loudly in the tests rather than printing an empty gap in front of a class.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import cache
from pathlib import Path
from typing import TYPE_CHECKING, Any

from markupsafe import Markup, escape

from skillsapp.content.files import file_link, is_picture, picture_tag
from skillsapp.content.model import HELP_CONTACT, HELP_STRAND, Contact, Kit, Lesson, Step, Text
from skillsapp.content.pictures import CREDIT, emoji_in, img_tag, with_pictures

if TYPE_CHECKING:
    from jinja2 import Environment

TEMPLATES = Path(__file__).resolve().parent / "templates"
OPTION_LETTERS = "ABCD"

LABELS: dict[str, tuple[str, str]] = {
    "band": ("Khối lớp", "Band"),
    "strand": ("Mạch nội dung", "Strand"),
    "minutes": ("phút", "min"),
    "duration": ("Thời lượng", "Length"),
    "version": ("Phiên bản", "Version"),
    "order": ("Bài số", "Lesson no."),
    "essential_question": ("Câu hỏi lớn", "Essential question"),
    "objectives": ("Mục tiêu", "Objectives"),
    "objectives_lead": ("Sau bài học, học sinh có thể:", "By the end of the lesson, pupils can:"),
    "vocabulary": ("Từ ngữ cần giải thích", "Vocabulary"),
    "materials": ("Chuẩn bị", "Materials"),
    "steps": ("Tiến trình bài học", "Lesson steps"),
    "time": ("Thời gian", "Time"),
    "on_slide": ("Trên màn chiếu", "On the slide"),
    "script": ("Giáo viên nói và làm", "What the teacher says and does"),
    "scenario": ("Tình huống", "Scenario"),
    "discussion": ("Câu hỏi thảo luận", "Discussion"),
    "key_messages": ("Thông điệp chính", "Key messages"),
    "quiz": ("Câu hỏi kiểm tra", "Quiz"),
    "answer": ("Đáp án", "Answer"),
    "feedback": ("Giải thích", "Why"),
    "true": ("Đúng", "True"),
    "false": ("Sai", "False"),
    "true_short": ("Đ", "T"),
    "false_short": ("S", "F"),
    "family_note": ("Gửi gia đình", "Note to families"),
    "teacher_notes": ("Lưu ý cho giáo viên", "Notes for the teacher"),
    "contacts": ("Nơi tìm trợ giúp", "Where to get help"),
    "service": ("Đơn vị", "Service"),
    "reach": ("Số điện thoại, trang web", "Number or website"),
    "when": ("Thời gian", "When"),
    "use": ("Khi nào liên hệ", "What for"),
    "verified": ("Thông tin liên hệ được kiểm tra ngày", "Contact details checked on"),
    "alignment": ("Liên kết chương trình", "Alignment"),
    "seed": ("Nội dung của chương trình", "Programme content items"),
    "tin_hoc": ("Môn Tin học", "Informatics"),
    "sources": ("Nguồn tham khảo", "Sources"),
    "files": ("Tệp kèm theo", "Attached files"),
    "script_title": ("Kịch bản lên lớp", "Teacher's script"),
    "handout_title": ("Phiếu học tập", "Pupil handout"),
    "name_line": ("Họ và tên", "Name"),
    "class_line": ("Lớp", "Class"),
    "circle_one": ("Khoanh tròn một đáp án đúng.", "Circle the right answer."),
    "circle_all": ("Khoanh tròn tất cả các đáp án đúng.", "Circle every right answer."),
    "circle_tf": ("Khoanh tròn Đ (đúng) hoặc S (sai).", "Circle T (true) or F (false)."),
    "sort_hint": ("Đánh dấu X vào cột đúng.", "Put an X in the right column."),
    "family_title": ("Thư gửi gia đình", "A note for families"),
    "we_learned": ("Hôm nay ở lớp, con đã học", "What your child learned today"),
    "at_home": ("Cha mẹ cùng con ở nhà", "At home together"),
    "remember": ("Em hãy nhớ", "Remember"),
    "help": ("Khi cần giúp đỡ", "When you need help"),
    "slide": ("Trang", "Slide"),
    "kit_name": ("Kỹ năng số", "Kỹ năng số (digital skills)"),
}
STEP_KIND_LABELS: dict[str, tuple[str, str]] = {
    "warm_up": ("Khởi động", "Warm-up"),
    "explore": ("Khám phá", "Explore"),
    "activity": ("Hoạt động", "Activity"),
    "discuss": ("Thảo luận", "Discuss"),
    "quiz": ("Câu hỏi nhanh", "Quiz"),
    "wrap_up": ("Tổng kết", "Wrap-up"),
}
ITEM_TYPE_LABELS: dict[str, tuple[str, str]] = {
    "single": ("Chọn một", "Choose one"),
    "multiple": ("Chọn nhiều", "Choose all that apply"),
    "true_false": ("Đúng hay sai", "True or false"),
    "scenario": ("Tình huống", "Scenario"),
    "sorting": ("Phân loại", "Sorting"),
}

_BOLD = re.compile(r"\*\*(?=\S)(.+?)(?<=\S)\*\*")
_ITALIC = re.compile(r"(?<!\*)\*(?=[^\s*])(.+?)(?<=[^\s*])\*(?!\*)")
_BULLET = re.compile(r"^\s*[-*]\s+")
_NUMBERED = re.compile(r"^\s*\d+[.)]\s+")


def markdown(text: str) -> Markup:
    """The small Markdown the lesson files use: **bold**, *italic*, "- " and "1. " lists, line
    breaks and blank-line paragraphs.

    The text is escaped first, so whatever a lesson contains can only ever come out as text.
    """
    blocks = [block for block in re.split(r"\n\s*\n", text.strip()) if block.strip()]
    return Markup("").join(_block(block.splitlines()) for block in blocks)


def _line_kind(line: str) -> tuple[str, str]:
    """("ul" | "ol" | "p", the line's text without its list marker)."""
    for kind, marker in (("ul", _BULLET), ("ol", _NUMBERED)):
        if marker.match(line):
            return kind, marker.sub("", line, count=1)
    return "p", line.strip()


def _block(lines: list[str]) -> Markup:
    """Runs of list lines become one list; other runs become a paragraph with line breaks."""
    html: list[Markup] = []
    run: list[str] = []
    run_kind = "p"
    for kind, text in [*map(_line_kind, lines), ("end", "")]:
        if run and kind != run_kind:
            html.append(_list(run_kind, run) if run_kind != "p" else _paragraph(run))
            run = []
        run_kind = kind
        run.append(text)
    return Markup("").join(html)


def _list(tag: str, items: list[str]) -> Markup:
    entries = Markup("").join(Markup("<li>{}</li>").format(_inline(item)) for item in items)
    return Markup("<{0}>{1}</{0}>").format(Markup(tag), entries)


def _paragraph(lines: list[str]) -> Markup:
    return Markup("<p>{}</p>").format(Markup("<br>").join(_inline(line) for line in lines))


def _inline(text: str) -> Markup:
    html = str(escape(text))
    html = _BOLD.sub(r"<b>\1</b>", html)
    return Markup(_ITALIC.sub(r"<i>\1</i>", html))


def labels(lang: str) -> dict[str, str]:
    index = 1 if lang == "en" else 0
    return {key: pair[index] for key, pair in LABELS.items()}


@cache
def _environment() -> Environment:
    # jinja2 is imported here, not at the top, so the window appears before it is loaded.
    from jinja2 import Environment, FileSystemLoader, StrictUndefined

    env = Environment(
        loader=FileSystemLoader(TEMPLATES),
        autoescape=True,
        undefined=StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
    )
    env.filters["md"] = markdown
    return env


def timeline(steps: tuple[Step, ...]) -> list[tuple[int, int, Step]]:
    """Each step with its start and end minute, so the teacher can keep to time."""
    spans: list[tuple[int, int, Step]] = []
    start = 0
    for step in steps:
        spans.append((start, start + step.minutes, step))
        start += step.minutes
    return spans


def help_contacts(lesson: Lesson, kit: Kit) -> list[Contact]:
    """The lesson's contacts, with the child-protection hotline always first on paper that
    goes to pupils and families: that one number is worth printing on every page."""
    ids = [contact_id for contact_id in lesson.contacts if contact_id != HELP_CONTACT]
    if any(c.id == HELP_CONTACT for c in kit.contacts):
        ids.insert(0, HELP_CONTACT)
    return [kit.contact(contact_id) for contact_id in ids]


def _context(lesson: Lesson, kit: Kit, lang: str, emoji_px: int) -> dict[str, Any]:
    """What every template sees. `t` and `md` draw any emoji in the text as its bundled picture,
    `emoji_px` pixels square (about the text's height), because fonts show colour emoji as
    boxes; `pictures` draws a `picture:` field large; `file_picture` and `file_link` show the
    files of the lesson's pack (content/files.py)."""

    def text(value: Text) -> Markup:
        return with_pictures(str(escape(value.get(lang))), emoji_px)

    def md(value: Text) -> Markup:
        return with_pictures(str(markdown(value.get(lang))), emoji_px)

    def pictures(emoji: str, size: int) -> Markup:
        return Markup(" ").join(img_tag(one, size) for one in emoji_in(emoji))

    def kind(pair_table: dict[str, tuple[str, str]]) -> Callable[[str], str]:
        return lambda key: pair_table[key][1 if lang == "en" else 0]

    return {
        "lang": lang,
        "L": labels(lang),
        "t": text,
        "md": md,
        "pictures": pictures,
        "file_picture": lambda ref, width, height: picture_tag(lesson, ref, width, height),
        "file_link": lambda ref: file_link(lesson, ref),
        "is_picture": is_picture,
        "picture_credit": CREDIT["en" if lang == "en" else "vi"] if _has_pictures(lesson) else "",
        "step_kind": kind(STEP_KIND_LABELS),
        "item_type": kind(ITEM_TYPE_LABELS),
        "reads_scenario": lambda step: bool(lesson.scenario and step.reads_scenario),
        "letters": OPTION_LETTERS,
        "lesson": lesson,
        "band": kit.band(lesson.band),
        "strand": kit.strand(lesson.strand),
        "timeline": timeline(lesson.steps),
        "contacts": [kit.contact(contact_id) for contact_id in lesson.contacts],
        "help_contacts": help_contacts(lesson, kit),
        "protocols": [kit.protocol(protocol_id) for protocol_id in lesson.protocols],
        "contact": kit.contact,
        "seed_items": [kit.seed_item(item_id) for item_id in lesson.seed_items],
        "verified": _date(kit.contacts_verified, lang),
    }


def _date(iso: str, lang: str) -> str:
    """Vietnamese readers expect day/month/year."""
    if lang == "en" or len(iso) != 10:
        return iso
    year, month, day = iso.split("-")
    return f"{day}/{month}/{year}"


def _has_pictures(lesson: Lesson) -> bool:
    """Whether the lesson's pages show a Twemoji picture (then they carry its CC BY credit)."""
    return bool(lesson.picture or any(step.picture for step in lesson.steps))


# Inline emoji size per page kind, in pixels: about the height of the page's body text.
EMOJI_PX = {"slide.html.j2": 40, "handout.html.j2": 20, "family_note.html.j2": 18}


def _render(name: str, lesson: Lesson, kit: Kit, lang: str, **extra: Any) -> str:
    template = _environment().get_template(name)
    context = _context(lesson, kit, lang, EMOJI_PX.get(name, 16))
    return template.render(**context, **extra)


def render_lesson(lesson: Lesson, kit: Kit, lang: str) -> str:
    """The whole lesson for the teacher: plan, script, quiz with answers, notes and contacts."""
    return _render("lesson.html.j2", lesson, kit, lang)


def render_slides(lesson: Lesson, kit: Kit, lang: str) -> list[str]:
    """One page per projected slide: title, one per step (its `slide` text only, never the
    teacher's script) and a closing slide; strand 6 closes with where to get help."""
    pages: list[tuple[str, Step | None]] = [
        ("title", None),
        *(("step", step) for step in lesson.steps),
        ("closing", None),
    ]
    show_help = lesson.strand == HELP_STRAND
    return [
        _render(
            "slide.html.j2",
            lesson,
            kit,
            lang,
            kind=kind,
            step=step,
            number=number,
            total=len(pages),
            show_help=show_help,
        )
        for number, (kind, step) in enumerate(pages, start=1)
    ]


def render_script(lesson: Lesson, kit: Kit, lang: str) -> str:
    """Only what the teacher says and does, step by step with the clock."""
    return _render("script.html.j2", lesson, kit, lang)


def render_handout(lesson: Lesson, kit: Kit, lang: str) -> str:
    """The printable pupil sheet: key messages, words, the quiz without answers, help."""
    return _render("handout.html.j2", lesson, kit, lang)


def render_family_note(lesson: Lesson, kit: Kit, lang: str) -> str:
    """The school-to-home note: what was learned, what to do at home, where to get help."""
    return _render("family_note.html.j2", lesson, kit, lang)
