"""A lesson's printable materials (card sets, worksheets, posts, photo sets, forms) as one A4 PDF.

Each material starts on its own page, so a teacher can copy just the one the class needs. Cards
come 8 to a page (2 x 4, 82 x 54 mm) inside dashed cut lines; worksheets and forms leave dotted
lines to write on; answers and the tricks to find (cards' `answer`, a post's `clues`, a photo's
`answer`) go on a separate page for the teacher, never on the pupils' sheet.

Set in the reports' embedded serif with the reports' paragraph styles (pdf.py), so the materials
look like the school's other printables and every glyph is embedded.
"""

from __future__ import annotations

import io
from typing import TYPE_CHECKING, Any

from skillsapp.reports.document import format_int, nfc
from skillsapp.reports.fonts import font_name
from skillsapp.reports.pdf import (
    FRAME_W,
    MARGIN_LEFT,
    MARGIN_RIGHT,
    MARGIN_TOP,
    MM,
    PAGE_H,
    PAGE_W,
    Styles,
    a4_template,
    grid_table,
    markup,
)

if TYPE_CHECKING:
    from skillsapp.content import Kit, Lesson
    from skillsapp.content.model import Material, Text

CARDS_PER_PAGE = 8
CARD_COLUMNS = 2
CARD_H = 54 * MM
WRITING_LINE = 7.5 * MM  # as the blank rows of the printed registers
PHOTO_H = 62 * MM
CARD_PT = {"g1-2": 22, "g3-5": 17}  # other bands 14 pt; long texts smaller still

_WORDS = {
    "vi": {
        "cards": "Thẻ",
        "cut": "Cắt theo đường nét đứt.",
        "key": "Đáp án (dành cho giáo viên)",
        "clues": "Các dấu hiệu cần tìm (dành cho giáo viên)",
        "found": "Những dấu hiệu em tìm thấy:",
        "likes": "Lượt thích",
        "shares": "Lượt chia sẻ",
        "comments": "Bình luận",
        "photo": "Ảnh",
        "frame": "Khung ảnh (mô tả)",
        "caption": "Chú thích",
        "name": "Họ và tên",
        "class": "Lớp",
        "order": "Bài",
        "page": "trang",
        "sponsored": "Bài đăng mô phỏng, dùng trong lớp học",
    },
    "en": {
        "cards": "Card",
        "cut": "Cut along the dashed lines.",
        "key": "Answers (for the teacher)",
        "clues": "What to spot (for the teacher)",
        "found": "The signs I found:",
        "likes": "Likes",
        "shares": "Shares",
        "comments": "Comments",
        "photo": "Photo",
        "frame": "Frame (described)",
        "caption": "Caption",
        "name": "Name",
        "class": "Class",
        "order": "Lesson",
        "page": "page",
        "sponsored": "A made-up post, for class use",
    },
}


def _w(lang: str, key: str) -> str:
    return _WORDS["en" if lang == "en" else "vi"][key]


def _writing_lines(count: int) -> Any:
    """Dotted lines to write on, full width."""
    from reportlab.platypus import Flowable

    class Lines(Flowable):
        def wrap(self, avail_width: float, avail_height: float) -> tuple[float, float]:
            self.width = avail_width
            return avail_width, count * WRITING_LINE

        def draw(self) -> None:
            self.canv.saveState()
            self.canv.setLineWidth(0.4)
            self.canv.setDash(1, 2)
            for n in range(count):
                y = (count - n - 1) * WRITING_LINE + 1.5 * MM
                self.canv.line(0, y, self.width, y)
            self.canv.restoreState()

    return Lines()


class _Builder:
    """The story for one lesson's materials in one language."""

    def __init__(self, kit: Kit, lesson: Lesson, lang: str, school: str) -> None:
        from reportlab.lib.enums import TA_CENTER
        from reportlab.lib.styles import ParagraphStyle

        self.kit, self.lesson, self.lang, self.school = kit, lesson, lang, school
        self.st = Styles()
        size = CARD_PT.get(lesson.band, 14)
        self.card = ParagraphStyle(
            "card", parent=self.st.plain, alignment=TA_CENTER, fontSize=size, leading=size * 1.2
        )
        self.card_small = ParagraphStyle("card_small", parent=self.card, fontSize=11, leading=13.5)
        self.corner = ParagraphStyle(
            "corner", parent=self.st.plain, fontName=font_name("italic"), fontSize=9, leading=11
        )

    def t(self, text: Text | None) -> str:
        return markup(text.get(self.lang)) if text else ""

    def para(self, text: str, style: Any) -> Any:
        """A paragraph of text already made safe by `markup` (which draws emoji as pictures)."""
        from reportlab.platypus import Paragraph

        return Paragraph(text, style)

    def header(self, material: Material, note: str = "") -> list[Any]:
        """The top of a material's first page: school, band and lesson, then the title."""
        band = self.kit.band(self.lesson.band).name.get(self.lang)
        where = f"{band} · {_w(self.lang, 'order')} {self.lesson.order}: "
        where += self.lesson.title.get(self.lang)
        top = " · ".join(part for part in (self.school.upper(), where) if part)
        story = [
            self.para(markup(top), self.corner),
            self.para(self.t(material.title).upper(), self.st.title),
        ]
        if material.instructions:
            story.append(self.para(self.t(material.instructions), self.st.plain))
        if note:
            story.append(self.para(markup(note), self.st.note))
        return story

    def name_line(self) -> Any:
        dots = "." * 60
        return self.para(
            markup(f"{_w(self.lang, 'name')}: {dots}   {_w(self.lang, 'class')}: ..........."),
            self.st.plain,
        )

    def key_page(self, material: Material, title: str, rows: list[tuple[str, str]]) -> list[Any]:
        """The teacher's page: what each numbered card or photo is, and its answer."""
        from reportlab.platypus import PageBreak

        if not rows:
            return []
        grid = grid_table(
            [
                [self.para(markup(a), self.st.cell), self.para(markup(b), self.st.cell)]
                for a, b in rows
            ],
            colWidths=[FRAME_W * 0.62, FRAME_W * 0.38],
        )
        grid.setStyle(
            [("GRID", (0, 0), (-1, -1), 0.5, "black"), ("VALIGN", (0, 0), (-1, -1), "TOP")]
        )
        heading = f"{self.t(material.title)} · {markup(title)}"
        return [PageBreak(), self.para(heading, self.st.form_heading), grid]

    # -- kinds ----------------------------------------------------------------------------------

    def cards(self, material: Material) -> list[Any]:
        from reportlab.platypus import PageBreak

        story = self.header(material, _w(self.lang, "cut"))
        cards = list(enumerate(material.cards, 1))
        for start in range(0, len(cards), CARDS_PER_PAGE):
            if start:
                story += [PageBreak(), self.para(self.t(material.title), self.corner)]
            story.append(self.card_grid(cards[start : start + CARDS_PER_PAGE]))
        rows = [
            (f"{n}. {card.text.get(self.lang)}", card.answer.get(self.lang))
            for n, card in cards
            if card.answer
        ]
        return story + self.key_page(material, _w(self.lang, "key"), rows)

    def card_grid(self, cards: list[tuple[int, Any]]) -> Any:
        cells: list[list[Any]] = []
        for i in range(0, len(cards), CARD_COLUMNS):
            row = [self.card_cell(n, card) for n, card in cards[i : i + CARD_COLUMNS]]
            cells.append(row + [""] * (CARD_COLUMNS - len(row)))
        grid = grid_table(
            cells, colWidths=[FRAME_W / CARD_COLUMNS] * CARD_COLUMNS, rowHeights=CARD_H
        )
        grid.setStyle(
            [
                ("GRID", (0, 0), (-1, -1), 0.6, "grey", 1, (4, 3)),
                ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
                ("LEFTPADDING", (0, 0), (-1, -1), 4 * MM),
                ("RIGHTPADDING", (0, 0), (-1, -1), 4 * MM),
            ]
        )
        return grid

    def card_cell(self, number: int, card: Any) -> list[Any]:
        text = card.text.get(self.lang)
        style = self.card_small if len(text) > 140 else self.card
        corner = f"{_w(self.lang, 'cards')} {number}"
        if card.group:
            corner += f" · {card.group.get(self.lang)}"
        return [self.para(markup(corner), self.corner), self.para(markup(text), style)]

    def worksheet(self, material: Material) -> list[Any]:
        from reportlab.platypus import KeepTogether

        story = [*self.header(material), self.name_line()]
        for n, item in enumerate(material.items, 1):
            parts = [self.para(f"{n}. {self.t(item.text)}", self.st.strong)]
            if item.lines:
                parts.append(_writing_lines(item.lines))
            story.append(KeepTogether(parts))  # a question never leaves its lines behind
        return story

    def post(self, material: Material) -> list[Any]:
        post = material.post
        story = [*self.header(material), self.name_line()]
        if post is None:
            return story
        counts = f"♥ {_w(self.lang, 'likes')}: {format_int(post.likes, self.lang)}"
        if post.shares:
            counts += f"   ·   {_w(self.lang, 'shares')}: {format_int(post.shares, self.lang)}"
        rows: list[list[Any]] = [
            [self.para(f"<b>{self.t(post.author)}</b>", self.st.plain)],
            [self.para(self.t(post.text).replace("\n", "<br/>"), self.st.plain)],
            [self.para(markup(counts), self.corner)],
        ]
        for comment in post.comments:
            line = f"<b>{self.t(comment.author)}</b>: {self.t(comment.text)}"
            rows.append([self.para(line, self.st.indent)])
        box = grid_table(rows, colWidths=[FRAME_W])
        box.setStyle(
            [
                ("BOX", (0, 0), (-1, -1), 1, "black"),
                ("LINEBELOW", (0, 2), (0, 2), 0.4, "grey"),
                ("BACKGROUND", (0, 0), (0, 0), "#eeeeee"),
                ("TOPPADDING", (0, 0), (-1, -1), 3 * MM),
            ]
        )
        story += [
            self.para(markup(_w(self.lang, "sponsored")), self.corner),
            box,
            self.para(markup(_w(self.lang, "found")), self.st.strong),
            _writing_lines(5),
        ]
        clues = [(f"{n}. {c.get(self.lang)}", "") for n, c in enumerate(post.clues, 1)]
        return story + self.key_page(material, _w(self.lang, "clues"), clues)

    def photo_set(self, material: Material) -> list[Any]:
        story = self.header(material, _w(self.lang, "cut"))
        cells: list[list[Any]] = []
        photos = list(enumerate(material.photos, 1))
        for i in range(0, len(photos), 2):
            row = [self.photo_cell(n, photo) for n, photo in photos[i : i + 2]]
            cells.append(row + [""] * (2 - len(row)))
        grid = grid_table(cells, colWidths=[FRAME_W / 2] * 2, rowHeights=PHOTO_H)
        grid.setStyle(
            [
                ("GRID", (0, 0), (-1, -1), 0.6, "grey", 1, (4, 3)),
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("TOPPADDING", (0, 0), (-1, -1), 3 * MM),
            ]
        )
        story.append(grid)
        rows = [
            (f"{_w(self.lang, 'photo')} {n}: {p.caption.get(self.lang)}", p.answer.get(self.lang))
            for n, p in photos
            if p.answer
        ]
        return story + self.key_page(material, _w(self.lang, "key"), rows)

    def photo_cell(self, number: int, photo: Any) -> list[Any]:
        frame = grid_table(
            [[self.para(f"<i>{self.t(photo.description)}</i>", self.card_small)]],
            colWidths=[FRAME_W / 2 - 8 * MM],
            rowHeights=34 * MM,
        )
        frame.setStyle(
            [("BOX", (0, 0), (-1, -1), 0.8, "black"), ("VALIGN", (0, 0), (-1, -1), "MIDDLE")]
        )
        label = f"{_w(self.lang, 'photo')} {number} · {_w(self.lang, 'frame')}"
        return [
            self.para(markup(label), self.corner),
            frame,
            self.para(f"<b>{self.t(photo.caption)}</b>", self.st.plain),
        ]

    def form(self, material: Material) -> list[Any]:
        from reportlab.platypus import KeepTogether

        story = self.header(material)
        for field in material.fields:
            parts = [self.para(self.t(field.label), self.st.strong)]
            parts += [self.para(f"□  {self.t(option)}", self.st.indent) for option in field.options]
            if field.lines:
                parts.append(_writing_lines(field.lines))
            story.append(KeepTogether(parts))
        return story


def materials_story(kit: Kit, lesson: Lesson, lang: str, school: str = "") -> list[Any]:
    from reportlab.platypus import PageBreak

    builder = _Builder(kit, lesson, lang, school)
    story: list[Any] = []
    for material in lesson.printables:
        if story:
            story.append(PageBreak())
        story += getattr(builder, material.kind)(material)
    return story


def render_materials(
    kit: Kit, lesson: Lesson, lang: str, school: str = "", only: str | None = None
) -> tuple[bytes, int]:
    """The PDF bytes of the lesson's materials (or of the one named `only`) and its page count;
    ValueError when the lesson has no such material."""
    from dataclasses import replace

    chosen = tuple(m for m in lesson.printables if only in (None, m.id))
    if not chosen:
        raise ValueError(only or lesson.id)
    lesson = replace(lesson, printables=chosen)
    buffer = io.BytesIO()
    title = nfc(f"{lesson.title.get(lang)}: {', '.join(m.title.get(lang) for m in chosen)}")
    template = a4_template(buffer, title=title, author=school, lang=lang)
    pages: list[int] = []

    def number(canvas: Any, _doc: Any) -> None:
        page = canvas.getPageNumber()
        pages.append(page)
        if page > 1:
            canvas.saveState()
            canvas.setFont(font_name(), 11)
            centre = MARGIN_LEFT + (PAGE_W - MARGIN_LEFT - MARGIN_RIGHT) / 2
            canvas.drawCentredString(centre, PAGE_H - MARGIN_TOP + 6 * MM, str(page))
            canvas.restoreState()

    template.build(
        materials_story(kit, lesson, lang, school), onFirstPage=number, onLaterPages=number
    )
    return buffer.getvalue(), max(pages, default=1)
