"""The class's cards as an A4 PDF (reportlab, fonts embedded), 1, 2 or 4 cards a page.

Each card: the marker as large as the cell allows (readable from the back of a room), the card
number small beside it, the letters A-D small on the four edges (layout.EDGE_OF_ANSWER), and
the pupil's name only on a tear-off strip under the card, so classmates cannot read who holds
which card once the strip is torn off.
"""

from __future__ import annotations

import io
from dataclasses import dataclass

from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas

from skillsapp.cards.layout import MARKER_BITS, marker_cells
from skillsapp.reports.fonts import font_name, register_fonts

PER_PAGE = (1, 2, 4)
STRIP = 14 * mm  # tear-off strip height
LETTER_SIZE = {1: 28, 2: 20, 4: 14}
NUMBER_SIZE = {1: 16, 2: 12, 4: 9}


@dataclass(frozen=True)
class CardFace:
    number: int
    pupil_name: str
    class_name: str


def _cells(per_page: int) -> list[tuple[float, float, float, float]]:
    """(x, y, w, h) of each card cell on the page, reading order (top-left first)."""
    w, h = A4
    if per_page == 1:
        return [(0, 0, w, h)]
    if per_page == 2:
        return [(0, h / 2, w, h / 2), (0, 0, w, h / 2)]
    return [
        (0, h / 2, w / 2, h / 2),
        (w / 2, h / 2, w / 2, h / 2),
        (0, 0, w / 2, h / 2),
        (w / 2, 0, w / 2, h / 2),
    ]


def _marker(c: Canvas, number: int, x: float, y: float, side: float) -> None:
    cells = marker_cells(number)
    n = MARKER_BITS + 2
    step = side / n
    c.setFillColorRGB(0, 0, 0)
    for row, line in enumerate(cells):
        for col, black in enumerate(line):
            if black:  # row 0 is the top of the marker
                c.rect(x + col * step, y + side - (row + 1) * step, step, step, stroke=0, fill=1)


def _letter(c: Canvas, text: str, cx: float, cy: float, angle: float, size: float) -> None:
    """A letter centred at (cx, cy), turned so it reads upright when its edge is on top."""
    c.saveState()
    c.translate(cx, cy)
    c.rotate(angle)
    c.setFont(font_name("bold"), size)
    c.drawCentredString(0, -size * 0.35, text)
    c.restoreState()


def marker_box(
    cell: tuple[float, float, float, float], per_page: int
) -> tuple[float, float, float]:
    """(left, bottom, side) of the marker in a card cell, in points (page origin bottom-left)."""
    x, y, w, h = cell
    body_y, body_h = y + 3 * mm + STRIP, h - 6 * mm - STRIP
    cx, cy = x + w / 2, body_y + body_h / 2
    margin = LETTER_SIZE[per_page] * 1.6
    side = min(w - 6 * mm - 2 * margin, body_h - 2 * margin) * 0.88
    return cx - side / 2, cy - side / 2, side


def page_cells(per_page: int) -> list[tuple[float, float, float, float]]:
    """The card cells of a page (x, y, w, h in points), top-left first."""
    return _cells(per_page)


def _card(
    c: Canvas, face: CardFace, cell: tuple[float, float, float, float], per_page: int
) -> None:
    x, y, w, h = cell
    c.setDash(3, 3)
    c.setLineWidth(0.5)
    c.rect(x + 3 * mm, y + 3 * mm, w - 6 * mm, h - 6 * mm)  # cut line around the card
    c.line(x + 3 * mm, y + 3 * mm + STRIP, x + w - 3 * mm, y + 3 * mm + STRIP)  # tear-off
    c.setDash()
    body_y, body_h = y + 3 * mm + STRIP, h - 6 * mm - STRIP
    cx, cy = x + w / 2, body_y + body_h / 2
    size = LETTER_SIZE[per_page]
    left, bottom, side = marker_box(cell, per_page)
    _marker(c, face.number, left, bottom, side)
    c.setFillColorRGB(0, 0, 0)
    half_w, half_h = (w - 6 * mm) / 2 - size * 0.9, body_h / 2 - size * 0.9
    _letter(c, "A", cx, cy + half_h, 0, size)  # top edge
    _letter(c, "B", cx - half_w, cy, 90, size)  # left edge: on top after a clockwise turn
    _letter(c, "C", cx, cy - half_h, 180, size)  # bottom edge
    _letter(c, "D", cx + half_w, cy, -90, size)  # right edge
    nsize = NUMBER_SIZE[per_page]
    c.setFont(font_name("regular"), nsize)
    c.drawString(cx + side / 2 + 1.5 * mm, cy - side / 2, str(face.number))
    c.setFont(font_name("regular"), NUMBER_SIZE[per_page])
    c.drawString(
        x + 6 * mm,
        y + 3 * mm + STRIP / 2 - nsize * 0.35,
        f"{face.number} · {face.pupil_name} · {face.class_name}",
    )


def cards_pdf(faces: list[CardFace], per_page: int = 4) -> bytes:
    """The PDF bytes of the cards, in the order given."""
    if per_page not in PER_PAGE:
        raise ValueError(f"per_page must be one of {PER_PAGE}")
    register_fonts()
    out = io.BytesIO()
    c = Canvas(out, pagesize=A4, pageCompression=1)
    c.setTitle("Thẻ trả lời / Answer cards")
    cells = _cells(per_page)
    for start in range(0, len(faces), per_page):
        for face, cell in zip(faces[start : start + per_page], cells, strict=False):
            _card(c, face, cell, per_page)
        c.showPage()
    if not faces:
        c.showPage()
    c.save()
    return out.getvalue()
