"""Where everything is on a machine-read paper answer sheet (issue 18, item 4), in millimetres
from the page's top-left corner, y downwards. The printing (reports/answer_sheet.py) and the
reading (cards/sheets.py) both take positions from here, so they cannot drift apart.

A sheet is one or more A4 pages for a class and one lesson's quiz. Each page has four square
markers in its corners (ids FIRST_MARKER_ID + 4 * page + corner, corners clockwise from the
top-left) from the answer cards' dictionary, above the cards' ids so neither is read as the
other. A page holds ROWS_PER_PAGE rows; row r of page p is the pupil holding answer card
p * ROWS_PER_PAGE + r + 1, so the rows stay the same pupils if the class list changes after
printing. A row has one group of bubbles per item: A-D for choice items, two (true, false)
for true/false items; sorting items are not on the sheet (they are typed).

Between the two bottom markers a row of CODE_CELLS squares names the lesson: a black square
at each end (so a sheet printed before the code, with blank paper there, reads as "no code")
and between them the lesson's code (lesson_code), most significant bit first, black = 1. The
reader refuses a sheet whose code is another lesson's.
"""

from __future__ import annotations

import zlib
from dataclasses import dataclass

MARKER_DICTIONARY = "DICT_5X5_100"  # OpenCV's name; the answer cards use the same one
PAGE_W = 210.0
PAGE_H = 297.0
MARGIN = 9.0
MARKER = 16.0  # side of each corner marker, its black border included
FIRST_MARKER_ID = 60  # card markers are 0-59 (cards/layout.py); 5x5_100 has ids up to 99
MAX_PAGES = 10  # (100 - 60) / 4
ROWS_PER_PAGE = 25
ROW_H = 8.4
TOP_OF_ROWS = MARGIN + MARKER + 18.0  # under the header and the option letters
NUMBER_W = 8.0
NAME_W = 48.0
BUBBLE_D = 4.8
MAX_PITCH = 6.2  # bubble centre to centre
MIN_PITCH = 5.2
GROUP_GAP = 3.4  # between two items' bubble groups
SHEET_ITEM_TYPES = ("single", "scenario", "multiple", "true_false")
SINGLE_ANSWER_TYPES = ("single", "scenario", "true_false")


def marker_id(page: int, corner: int) -> int:
    if not (0 <= page < MAX_PAGES and 0 <= corner < 4):
        raise ValueError(f"no sheet marker for page {page}, corner {corner}")
    return FIRST_MARKER_ID + 4 * page + corner


def marker_place(marker: int) -> tuple[int, int] | None:
    """Marker id -> (page, corner), or None when it is not a sheet marker."""
    offset = marker - FIRST_MARKER_ID
    if not 0 <= offset < 4 * MAX_PAGES:
        return None
    return offset // 4, offset % 4


def marker_corners(corner: int) -> list[tuple[float, float]]:
    """The four corners of a corner marker on the page (its top-left, top-right, bottom-right,
    bottom-left as printed: the order the detector reports them in)."""
    left = MARGIN if corner in (0, 3) else PAGE_W - MARGIN - MARKER
    top = MARGIN if corner in (0, 1) else PAGE_H - MARGIN - MARKER
    return [(left, top), (left + MARKER, top), (left + MARKER, top + MARKER), (left, top + MARKER)]


CODE_BITS = 16
CODE_CELLS = CODE_BITS + 2  # a black square at each end
CODE_CELL = 3.6  # side of a code square (the reader measures a 2.9 mm disc inside it)
CODE_PITCH = 5.0


def lesson_code(lesson_id: str) -> int:
    """A lesson id's 16-bit code (CRC-32 of its UTF-8, low bits): two lessons of one kit
    share one by chance at 1 in 65536."""
    return zlib.crc32(lesson_id.encode("utf-8")) & ((1 << CODE_BITS) - 1)


def code_cells(code: int) -> list[bool]:
    """The code row's squares, left to right (True = black)."""
    bits = [bool(code >> (CODE_BITS - 1 - i) & 1) for i in range(CODE_BITS)]
    return [True, *bits, True]


def code_of_cells(cells: list[bool]) -> int | None:
    """The code a row of squares shows, or None when its end squares are not both black
    (no code printed: an older sheet)."""
    if len(cells) != CODE_CELLS or not (cells[0] and cells[-1]):
        return None
    return sum(1 << (CODE_BITS - 1 - i) for i, black in enumerate(cells[1:-1]) if black)


def code_centres() -> list[tuple[float, float]]:
    """Centres of the code squares: centred between the bottom markers, level with them."""
    width = (CODE_CELLS - 1) * CODE_PITCH
    x0 = PAGE_W / 2 - width / 2
    y = PAGE_H - MARGIN - MARKER / 2
    return [(x0 + i * CODE_PITCH, y) for i in range(CODE_CELLS)]


def card_of_row(page: int, row: int) -> int:
    return page * ROWS_PER_PAGE + row + 1


def pages_for(highest_card: int) -> int:
    return max(1, -(-highest_card // ROWS_PER_PAGE))


@dataclass(frozen=True)
class SheetItem:
    """One quiz item as it is on the sheet: its index in the quiz, its id, type, bubbles."""

    index: int
    item_id: str
    type: str
    options: int


@dataclass(frozen=True)
class Bubble:
    item: SheetItem
    option: int  # 0-based: A, B, ... (true/false: 0 = true, 1 = false)
    x: float  # centre, mm from the left edge


@dataclass(frozen=True)
class SheetLayout:
    items: tuple[SheetItem, ...]
    pitch: float
    bubbles: tuple[Bubble, ...]  # one row's bubbles, left to right

    def row_centre_y(self, row: int) -> float:
        return TOP_OF_ROWS + (row + 0.5) * ROW_H


def sheet_items(types_and_options: list[tuple[str, str, int]]) -> tuple[SheetItem, ...]:
    """(item id, type, options) of each quiz item -> the ones on the sheet, with their index."""
    return tuple(
        SheetItem(i, item_id, kind, 2 if kind == "true_false" else options)
        for i, (item_id, kind, options) in enumerate(types_and_options)
        if kind in SHEET_ITEM_TYPES
    )


def sheet_layout(items: tuple[SheetItem, ...]) -> SheetLayout:
    """Bubble columns for these items, as wide apart as the page allows. Raises ValueError when
    they do not fit (more than about 7 four-option items)."""
    start = MARGIN + NUMBER_W + NAME_W
    width = PAGE_W - MARGIN - start
    bubbles_count = sum(item.options for item in items)
    gaps = GROUP_GAP * max(len(items) - 1, 0)
    pitch = min(MAX_PITCH, (width - gaps) / max(bubbles_count, 1))
    if pitch < MIN_PITCH:
        raise ValueError(f"{len(items)} items ({bubbles_count} bubbles) do not fit on a row")
    bubbles: list[Bubble] = []
    x = start + pitch / 2
    for item in items:
        for option in range(item.options):
            bubbles.append(Bubble(item, option, x))
            x += pitch
        x += GROUP_GAP
    return SheetLayout(items, pitch, tuple(bubbles))
