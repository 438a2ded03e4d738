"""Reading paper answer sheets (`print quiz-sheet --marks`) from photos or scans, in memory
only (no image is ever saved).

Each page is found by its four corner markers (three are enough); the markers' 16 corners give
the page's perspective, and every bubble is then measured where domain/answer_sheet.py put it:
how much darker its inside is than the paper around it. A bubble is filled above FILLED and
empty below EMPTY; anything between (a faint mark, or one rubbed out) is uncertain, and an
item with an uncertain bubble, or with two filled bubbles where one answer is wanted, is
flagged with no answer: the teacher confirms it. A mark not read is better than a mark read
wrong.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import cache
from typing import Any

from skillsapp.domain import answer_sheet as geo
from skillsapp.errors import UserError

PX_PER_MM = 6.0
FILLED = 0.45  # darkness (0 = paper, 1 = black) of a filled bubble's inside, at least
EMPTY = 0.17  # darkness of an empty one, at most; between the two: uncertain
INSIDE = 0.6  # the measured disc, as a share of the bubble's radius (keeps off the ring)


@dataclass(frozen=True)
class ItemRead:
    """One pupil's marks for one item."""

    number: int  # the answer card (row) number
    item_id: str
    marks: tuple[int, ...]  # filled options, 0-based
    uncertain: tuple[int, ...]  # options neither clearly filled nor clearly empty
    flag: str | None  # None, "faint" (faint or rubbed out) or "double"
    answer: str | None  # canonical stored answer when not flagged and something was marked


@dataclass
class SheetsRead:
    items: dict[tuple[int, str], ItemRead] = field(default_factory=dict)
    pages: set[int] = field(default_factory=set)  # 0-based pages found
    images_without_sheet: int = 0


@cache
def _detector() -> Any:
    import cv2

    from skillsapp.cards.layout import dictionary

    params = cv2.aruco.DetectorParameters()
    params.errorCorrectionRate = 0.3  # refuse rather than misread
    return cv2.aruco.ArucoDetector(dictionary(), params)


@cache
def _disc(radius_px: float) -> Any:
    import numpy as np

    r = int(radius_px) + 1
    yy, xx = np.mgrid[-r : r + 1, -r : r + 1]
    return (xx * xx + yy * yy) <= radius_px * radius_px


def _page_quads(image: Any) -> dict[int, list[tuple[int, Any]]]:
    """page -> [(corner, the marker's 4 corners in the image)] for the sheet markers seen."""
    corners, ids, _rejected = _detector().detectMarkers(image)
    pages: dict[int, list[tuple[int, Any]]] = {}
    if ids is None:
        return pages
    for quad, marker in zip(corners, ids.flatten(), strict=True):
        place = geo.marker_place(int(marker))
        if place is not None:
            pages.setdefault(place[0], []).append((place[1], quad.reshape(4, 2)))
    return pages


def _warp(image: Any, quads: list[tuple[int, Any]]) -> Any | None:
    """The page seen straight, PX_PER_MM pixels a millimetre; None with fewer than 3 corners."""
    import cv2
    import numpy as np

    if len({corner for corner, _ in quads}) < 3:
        return None
    src = np.concatenate([quad for _, quad in quads]).astype(np.float32)
    dst = np.array(
        [p for corner, _ in quads for p in geo.marker_corners(corner)], dtype=np.float32
    ) * np.float32(PX_PER_MM)
    homography, _mask = cv2.findHomography(src, dst, 0)
    if homography is None:
        return None
    size = (int(geo.PAGE_W * PX_PER_MM), int(geo.PAGE_H * PX_PER_MM))
    return cv2.warpPerspective(image, homography, size, flags=cv2.INTER_LINEAR, borderValue=255)


def _darkness(page: Any, x_mm: float, y_mm: float) -> float:
    """How much darker the bubble's inside is than the paper around it (0-1)."""
    import numpy as np

    disc = _disc(geo.BUBBLE_D / 2 * INSIDE * PX_PER_MM)
    r = disc.shape[0] // 2
    cx, cy = round(x_mm * PX_PER_MM), round(y_mm * PX_PER_MM)
    inside = page[cy - r : cy + r + 1, cx - r : cx + r + 1]
    half = round(geo.BUBBLE_D * 1.3 * PX_PER_MM)
    around = page[max(cy - half, 0) : cy + half + 1, max(cx - half, 0) : cx + half + 1]
    if inside.shape != disc.shape or around.size == 0:
        return 0.0
    white = float(np.percentile(around, 90))
    if white < 40:  # no paper here (a hand, a shadow): nothing can be read
        return 0.5
    return max(0.0, 1.0 - float(inside[disc].mean()) / white)


def canonical(item: geo.SheetItem, marks: tuple[int, ...]) -> str:
    """The stored answer for filled options (as typing stores it: domain/scoring.py)."""
    if item.type == "true_false":
        return "true" if marks == (0,) else "false"
    return ",".join(str(m) for m in marks)


def judge(item: geo.SheetItem, number: int, darkness: list[float]) -> ItemRead | None:
    """One item of one row from its bubbles' darkness; None when nothing at all is marked."""
    marks = tuple(i for i, d in enumerate(darkness) if d >= FILLED)
    uncertain = tuple(i for i, d in enumerate(darkness) if EMPTY <= d < FILLED)
    if not marks and not uncertain:
        return None
    flag = None
    if uncertain:
        flag = "faint"
    elif len(marks) > 1 and item.type in geo.SINGLE_ANSWER_TYPES:
        flag = "double"
    answer = canonical(item, marks) if flag is None and marks else None
    return ItemRead(number, item.item_id, marks, uncertain, flag, answer)


def read_page(
    page: Any, page_index: int, layout: geo.SheetLayout, numbers: set[int]
) -> list[ItemRead]:
    """Every marked item on a straightened page, for the rows whose card a pupil holds."""
    found: list[ItemRead] = []
    for row in range(geo.ROWS_PER_PAGE):
        number = geo.card_of_row(page_index, row)
        if number not in numbers:
            continue
        y = layout.row_centre_y(row)
        for item in layout.items:
            bubbles = [b for b in layout.bubbles if b.item == item]
            read = judge(item, number, [_darkness(page, b.x, y) for b in bubbles])
            if read is not None:
                found.append(read)
    return found


def page_code(page: Any) -> int | None:
    """The lesson code printed on a straightened page, or None when there is none (an older
    sheet) or a square is neither clearly black nor clearly blank (a fold, a finger)."""
    cells = []
    for x, y in geo.code_centres():
        darkness = _darkness(page, x, y)
        if EMPTY < darkness < FILLED:
            return None
        cells.append(darkness >= FILLED)
    return geo.code_of_cells(cells)


def read_sheets(
    images: list[Any], layout: geo.SheetLayout, numbers: set[int], lesson_id: str | None = None
) -> SheetsRead:
    """All sheet pages in these images (grey or colour), in order: a page seen again replaces
    what an earlier image said for its rows. With lesson_id, a page whose code names another
    lesson stops the reading (UserError): its bubbles mean other questions."""
    import cv2

    result = SheetsRead()
    for image in images:
        grey = cv2.cvtColor(image, cv2.COLOR_BGR2GRAY) if image.ndim == 3 else image
        seen = 0
        for page_index, quads in sorted(_page_quads(grey).items()):
            page = _warp(grey, quads)
            if page is None:
                continue
            code = page_code(page)
            if lesson_id is not None and code is not None and code != geo.lesson_code(lesson_id):
                raise UserError("sheets.other_lesson", page=page_index + 1)
            seen += 1
            result.pages.add(page_index)
            rows = {geo.card_of_row(page_index, r) for r in range(geo.ROWS_PER_PAGE)}
            for key in [k for k in result.items if k[0] in rows]:
                del result.items[key]
            for read in read_page(page, page_index, layout, numbers):
                result.items[(read.number, read.item_id)] = read
        if not seen:
            result.images_without_sheet += 1
    return result
