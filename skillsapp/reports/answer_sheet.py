"""`print quiz-sheet --marks`: the class's answer sheet for one lesson's quiz as bubbles a
photo or a scan can be read from (`skillsapp sheets scan`). Positions come from
skillsapp.domain.answer_sheet; this module only draws them (reportlab, fonts embedded).
"""

from __future__ import annotations

import io
from typing import TYPE_CHECKING

from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas

from skillsapp.domain import answer_sheet as geo
from skillsapp.reports.fonts import font_name, register_fonts
from skillsapp.reports.labels import label

if TYPE_CHECKING:
    from skillsapp.content import Lesson
    from skillsapp.domain.records import SchoolClass

H = geo.PAGE_H * mm


def marker_cells(marker: int) -> list[list[bool]]:
    """The printed square of a sheet marker, border included, top row first (True = black)."""
    import cv2

    dictionary = cv2.aruco.getPredefinedDictionary(getattr(cv2.aruco, geo.MARKER_DICTIONARY))
    side = dictionary.markerSize + 2
    image = cv2.aruco.generateImageMarker(dictionary, marker, side)
    return [[bool(image[y, x] < 128) for x in range(side)] for y in range(side)]


def sheet_items_of(lesson: Lesson) -> tuple[geo.SheetItem, ...]:
    return geo.sheet_items([(i.id, i.type, len(i.options)) for i in lesson.quiz])


def _marker(c: Canvas, page: int, corner: int) -> None:
    cells = marker_cells(geo.marker_id(page, corner))
    left, top = geo.marker_corners(corner)[0]
    step = geo.MARKER / len(cells)
    c.setFillColorRGB(0, 0, 0)
    for row, line in enumerate(cells):
        for col, black in enumerate(line):
            if black:
                x, y = left + col * step, top + (row + 1) * step
                c.rect(x * mm, H - y * mm, step * mm + 0.05, step * mm + 0.05, stroke=0, fill=1)


def _code(c: Canvas, lesson_id: str) -> None:
    """The lesson's code row (domain/answer_sheet.py): black squares for 1, outlines for 0."""
    half = geo.CODE_CELL / 2
    c.setLineWidth(0.3)
    c.setStrokeColorRGB(0.6, 0.6, 0.6)
    c.setFillColorRGB(0, 0, 0)
    cells = geo.code_cells(geo.lesson_code(lesson_id))
    for (x, y), black in zip(geo.code_centres(), cells, strict=True):
        size = geo.CODE_CELL * mm
        c.rect((x - half) * mm, H - (y + half) * mm, size, size, stroke=0 if black else 1,
               fill=1 if black else 0)  # fmt: skip


def _option_label(item: geo.SheetItem, option: int, lang: str) -> str:
    if item.type == "true_false":
        return ("Đ", "S")[option] if lang == "vi" else ("T", "F")[option]
    return "ABCD"[option]


def _header(c: Canvas, layout: geo.SheetLayout, texts: list[str], lang: str) -> None:
    x0 = (geo.MARGIN + geo.MARKER + 4) * mm
    c.setFillColorRGB(0, 0, 0)
    c.setFont(font_name("bold"), 11)
    c.drawString(x0, H - (geo.MARGIN + 5) * mm, texts[0])
    from reportlab.lib.utils import simpleSplit

    c.setFont(font_name("regular"), 8.5)
    width = (geo.PAGE_W - 2 * (geo.MARGIN + geo.MARKER + 4)) * mm
    lines = [part for text in texts[1:] for part in simpleSplit(text, font_name(), 8.5, width)]
    for n, text in enumerate(lines, 1):
        c.drawString(x0, H - (geo.MARGIN + 5 + n * 4.0) * mm, text)
    y_num = geo.TOP_OF_ROWS - 7.5
    y_opt = geo.TOP_OF_ROWS - 2.5
    c.setFont(font_name("bold"), 8)
    first_of: dict[int, float] = {}
    last_of: dict[int, float] = {}
    for bubble in layout.bubbles:
        first_of.setdefault(bubble.item.index, bubble.x)
        last_of[bubble.item.index] = bubble.x
    for item in layout.items:
        centre = (first_of[item.index] + last_of[item.index]) / 2
        plus = "+" if item.type == "multiple" else ""
        c.drawCentredString(centre * mm, H - y_num * mm, f"{item.index + 1}{plus}")
    c.setFont(font_name("regular"), 7)
    for bubble in layout.bubbles:
        c.drawCentredString(
            bubble.x * mm, H - y_opt * mm, _option_label(bubble.item, bubble.option, lang)
        )


def _row(c: Canvas, layout: geo.SheetLayout, row: int, number: int, name: str) -> None:
    cy = layout.row_centre_y(row)
    top = geo.TOP_OF_ROWS + row * geo.ROW_H
    c.setStrokeColorRGB(0.75, 0.75, 0.75)
    c.setLineWidth(0.3)
    c.line(geo.MARGIN * mm, H - top * mm, (geo.PAGE_W - geo.MARGIN) * mm, H - top * mm)
    c.setFillColorRGB(0, 0, 0)
    c.setFont(font_name("regular"), 8.5)
    c.drawRightString((geo.MARGIN + geo.NUMBER_W - 1.5) * mm, H - (cy + 1.2) * mm, str(number))
    c.drawString((geo.MARGIN + geo.NUMBER_W) * mm, H - (cy + 1.2) * mm, name[:34])
    c.setStrokeColorRGB(0.25, 0.25, 0.25)
    c.setLineWidth(0.45)
    for bubble in layout.bubbles:
        c.circle(bubble.x * mm, H - cy * mm, geo.BUBBLE_D / 2 * mm, stroke=1, fill=0)


def answer_sheet_pdf(
    school_name: str,
    cls: SchoolClass,
    lesson: Lesson,
    names_by_card: dict[int, str],
    lang: str,
    *,
    sheet_key: str | None = None,
) -> tuple[bytes, int]:
    """The sheet's PDF and its page count: every card number up to the class's highest, one
    row each. The code row is made from `sheet_key` (default the lesson id): a session in its
    own quiz order gives one naming that order too, so the reader refuses a sheet printed in
    another order rather than read its bubbles as the wrong options."""
    register_fonts()
    layout = geo.sheet_layout(sheet_items_of(lesson))
    highest = max(names_by_card, default=1)
    pages = geo.pages_for(highest)
    buffer = io.BytesIO()
    c = Canvas(buffer, pagesize=(geo.PAGE_W * mm, H))
    c.setTitle(label("sheet_quiz", lang))
    c.setAuthor(school_name)
    for page in range(pages):
        for corner in range(4):
            _marker(c, page, corner)
        _code(c, sheet_key or lesson.id)
        texts = [
            f"{label('sheet_quiz', lang)} · {cls.name} · "
            + label("sheet_page", lang, page=page + 1, pages=pages),
            label("sheet_lesson", lang, title=lesson.title.get(lang)) + f" ({lesson.id})",
            label("sheet_date", lang),
            label("sheet_marks_key", lang),
        ]
        _header(c, layout, texts, lang)
        for row in range(geo.ROWS_PER_PAGE):
            number = geo.card_of_row(page, row)
            if number > highest:
                break
            _row(c, layout, row, number, names_by_card.get(number, label("sheet_no_pupil", lang)))
        c.showPage()
    c.save()
    return buffer.getvalue(), pages
