"""What a card is: its marker, its number, and the orientation rule the printing and the
reading share.

**Orientation rule (fixed):** a card held as printed, page upright, answers A; each quarter
turn clockwise moves to the next letter, B, C, D. So the letter printed on the top edge is A,
on the left edge B (a clockwise turn brings the left edge to the top), bottom C, right D: the
pupil reads their answer on the top edge.
"""

from __future__ import annotations

from functools import cache
from typing import Any

from skillsapp.domain.answer_sheet import MARKER_DICTIONARY

ANSWERS = ("A", "B", "C", "D")
MAX_CARDS = 60
# 5x5 bits, 100 ids: more Hamming distance between markers (and their rotations) than 4x4, so
# a damaged marker is refused rather than read as another card.
DICTIONARY_NAME = MARKER_DICTIONARY  # shared with the paper answer sheets
MARKER_BITS = 5  # inner bits per side; the printed square has a one-cell black border
# Edge of each letter, as the clockwise quarter turns from upright (0 = top edge).
EDGE_OF_ANSWER = {"A": "top", "B": "left", "C": "bottom", "D": "right"}


@cache
def dictionary() -> Any:
    import cv2

    return cv2.aruco.getPredefinedDictionary(getattr(cv2.aruco, DICTIONARY_NAME))


def marker_id(number: int) -> int:
    """Card number 1-60 -> marker id 0-59."""
    if not 1 <= number <= MAX_CARDS:
        raise ValueError(f"card number {number} outside 1-{MAX_CARDS}")
    return number - 1


def card_number(marker: int) -> int | None:
    """Marker id -> card number, or None for a marker that is not one of our cards."""
    return marker + 1 if 0 <= marker < MAX_CARDS else None


def marker_cells(number: int) -> list[list[bool]]:
    """The printed square, border included, as rows of cells (True = black), top row first."""
    import cv2

    side = MARKER_BITS + 2
    image = cv2.aruco.generateImageMarker(dictionary(), marker_id(number), side)
    return [[bool(image[y, x] < 128) for x in range(side)] for y in range(side)]


def answer_of_turns(quarter_turns_clockwise: int) -> str:
    return ANSWERS[quarter_turns_clockwise % 4]
