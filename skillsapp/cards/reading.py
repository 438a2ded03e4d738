"""Reading cards from a photo or a camera frame, in memory only (no frame is ever saved).

The detector gives each marker's corners in the marker's own order (its printed top-left,
top-right, bottom-right, bottom-left) wherever it lies in the image, so the direction from the
marker's centre to its printed top edge says how far the card was turned: up = A, turned a
quarter clockwise (top edge now on the right) = B, down = C, left = D (layout.py). A marker
whose turn is not within ORIENTATION_TOLERANCE of a quarter turn, or whose outline is not a
plausible square, is refused: a card not read is better than a card read wrong.
"""

from __future__ import annotations

import math
from dataclasses import dataclass, field
from functools import cache
from typing import Any

from skillsapp.cards.layout import ANSWERS, card_number, dictionary
from skillsapp.errors import UserError

ORIENTATION_TOLERANCE = 32.0  # degrees off a quarter turn still read (tilt is up to +-20)
MIN_SIDE_PX = 12.0
PRE_BLUR_SIGMA = 0.7
NOISY = 3.5  # noise_level above which the frame is smoothed first
MAX_SIDE_RATIO = 3.0  # longest/shortest side of the outline (perspective up to ~60 degrees)
HALF_WINDOWS = (7, 7, 10)  # second pass: one thresholding window (min, max, step), half size


Outline = list[tuple[float, float]]  # a marker's four corners in frame pixels


@dataclass
class FrameRead:
    """One frame: card number -> answer, and how many markers were not our cards."""

    answers: dict[int, str] = field(default_factory=dict)
    unknown_markers: int = 0
    refused: int = 0  # our markers seen with an ambiguous orientation or shape
    unknown_ids: list[int] = field(default_factory=list)  # marker ids that are not our cards
    outlines: dict[int, list[tuple[float, float]]] = field(default_factory=dict)


@cache
def _detector() -> Any:
    import cv2

    params = cv2.aruco.DetectorParameters()
    params.adaptiveThreshWinSizeMin = 5
    params.adaptiveThreshWinSizeMax = 25  # windows 5, 15, 25 px
    params.adaptiveThreshWinSizeStep = 10
    params.minMarkerPerimeterRate = 0.01  # ~20 px markers on a 1920 px frame
    params.polygonalApproxAccuracyRate = 0.05
    params.cornerRefinementMethod = cv2.aruco.CORNER_REFINE_NONE
    params.errorCorrectionRate = 0.3  # fewer bits corrected: refuse rather than misread
    params.maxErroneousBitsInBorderRate = 0.25
    # A marker's border outline lies close to its card's white edge; OpenCV's default (0.05 of
    # the perimeter) drops one of two such close outlines, sometimes the marker's.
    params.minMarkerDistanceRate = 0.01
    return cv2.aruco.ArucoDetector(dictionary(), params)


@cache
def _half_detector() -> Any:
    """The second pass, on the frame at half size. The first pass (which must keep close
    outlines apart to find markers near their card's edge) loses some 60-120 px markers whose
    border splits into nested outlines; at half size, with one 7 px window, those are found,
    and a small marker is left to the first pass. (Bench, 36 frames: 99.52% -> 99.92% of
    markers >= 30 px read, 0 wrong.)"""
    import cv2

    params = cv2.aruco.DetectorParameters()
    params.adaptiveThreshWinSizeMin = HALF_WINDOWS[0]
    params.adaptiveThreshWinSizeMax = HALF_WINDOWS[1]
    params.adaptiveThreshWinSizeStep = HALF_WINDOWS[2]
    params.errorCorrectionRate = 0.3  # as the first pass: refuse rather than misread
    return cv2.aruco.ArucoDetector(dictionary(), params)


def decode_image(data: bytes) -> Any:
    """Image bytes (JPEG, PNG, ...) -> a grey frame; a file that is not an image is a UserError."""
    import cv2
    import numpy as np

    if not data:
        raise UserError("cards.bad_image")
    buffer = np.frombuffer(data, dtype=np.uint8)
    try:
        image = cv2.imdecode(buffer, cv2.IMREAD_GRAYSCALE)
    except cv2.error as exc:
        raise UserError("cards.bad_image") from exc
    if image is None or image.size == 0 or min(image.shape[:2]) < 8:
        raise UserError("cards.bad_image")
    return image


def answer_of_corners(corners: list[tuple[float, float]]) -> str | None:
    """The answer a marker's corners (in marker order) show, or None when ambiguous."""
    sides = [math.dist(corners[i], corners[(i + 1) % 4]) for i in range(4)]
    if min(sides) < MIN_SIDE_PX or max(sides) > MAX_SIDE_RATIO * min(sides):
        return None
    cx = sum(p[0] for p in corners) / 4
    cy = sum(p[1] for p in corners) / 4
    top_x = (corners[0][0] + corners[1][0]) / 2 - cx
    top_y = (corners[0][1] + corners[1][1]) / 2 - cy
    # The left edge (corner 3 -> 0) gives a second reading of the same turn; both must agree.
    left_x = (corners[3][0] + corners[0][0]) / 2 - cx
    left_y = (corners[3][1] + corners[0][1]) / 2 - cy
    turn_top = math.degrees(math.atan2(top_x, -top_y)) % 360  # 0 = up, 90 = right (clockwise)
    turn_left = (math.degrees(math.atan2(left_x, -left_y)) + 90) % 360
    readings = []
    for turn in (turn_top, turn_left):
        quarter = round(turn / 90) % 4
        off = abs((turn - quarter * 90 + 180) % 360 - 180)
        if off > ORIENTATION_TOLERANCE:
            return None
        readings.append(quarter)
    return ANSWERS[readings[0]] if readings[0] == readings[1] else None


def noise_level(image: Any) -> float:
    """Mean difference from a 3x3 median on every third pixel: about 1-2 for a clean or soft
    frame, 5-10 for a noisy webcam frame (cheap: a ninth of the pixels)."""
    import cv2
    import numpy as np

    sample = np.ascontiguousarray(image[::3, ::3])
    return float(np.mean(cv2.absdiff(sample, cv2.medianBlur(sample, 3))))


def read_frame(image: Any) -> FrameRead:
    """Every card marker in one grey (or colour) frame."""
    import cv2

    if image.ndim == 3:
        image = cv2.cvtColor(image, cv2.COLOR_BGR2GRAY)
    if noise_level(image) > NOISY:
        # A light blur takes sensor noise out before thresholding: fewer false contours to
        # test (noisy 1080p frames ~160 -> ~80 ms) and more markers read. Only on a noisy
        # frame: on an already soft one it costs the smallest markers.
        image = cv2.GaussianBlur(image, (0, 0), PRE_BLUR_SIGMA)
    result = FrameRead()
    first = _markers(_detector(), image, 1.0)
    for marker, points in first:
        _take(result, marker, points)
    known = dict(result.outlines)
    refused = {card_number(m) for m, _ in first} - set(known)
    for marker, points in _markers(_half_detector(), _half(image), 2.0):
        number = card_number(marker)
        if number is None or number in refused:
            continue  # unknown markers and refusals were counted by the first pass
        if number in known:  # seen by both passes: they must agree, or neither is trusted
            agree = answer_of_corners(points) == result.answers.get(number)
            if not (agree and same_place(points, known[number])):
                result.refused += number in result.answers
                result.answers.pop(number, None)
                result.outlines.pop(number, None)
            continue
        _take(result, marker, points)
    return result


def _half(image: Any) -> Any:
    import cv2

    return cv2.resize(image, None, fx=0.5, fy=0.5, interpolation=cv2.INTER_AREA)


def _markers(detector: Any, image: Any, scale: float) -> list[tuple[int, Outline]]:
    """(marker id, corners in full-frame pixels) for every marker the detector finds."""
    corners, ids, _rejected = detector.detectMarkers(image)
    if ids is None:
        return []
    return [
        (int(marker), [(float(x) * scale, float(y) * scale) for x, y in quad.reshape(4, 2)])
        for quad, marker in zip(corners, ids.flatten(), strict=True)
    ]


def _take(result: FrameRead, marker: int, points: list[tuple[float, float]]) -> None:
    """Add one detection; a card seen twice at different places or with two answers, or with
    an ambiguous turn, is trusted in neither."""
    number = card_number(marker)
    if number is None:
        result.unknown_markers += 1
        result.unknown_ids.append(marker)
        return
    answer = answer_of_corners(points)
    earlier = result.outlines.get(number)
    one_border = earlier is not None and same_place(points, earlier)
    if one_border and answer == result.answers.get(number):
        return  # the inner and outer edge of one marker's border: one card
    if answer is None or number in result.answers:  # twice in one frame: trust neither
        result.refused += 1
        result.answers.pop(number, None)
        result.outlines.pop(number, None)
        return
    result.answers[number] = answer
    result.outlines[number] = points


def same_place(a: list[tuple[float, float]], b: list[tuple[float, float]]) -> bool:
    """Two outlines of one marker: their centres closer than a quarter of the smaller one's
    side (two cards cannot overlap that much)."""
    ca = (sum(p[0] for p in a) / 4, sum(p[1] for p in a) / 4)
    cb = (sum(p[0] for p in b) / 4, sum(p[1] for p in b) / 4)
    side = min(math.dist(a[0], a[1]), math.dist(b[0], b[1]))
    return math.dist(ca, cb) < 0.25 * side


@dataclass
class Sweep:
    """Frames read in order; a card seen again takes its most recent answer."""

    answers: dict[int, str] = field(default_factory=dict)
    unknown_markers: int = 0

    def add(self, frame: FrameRead, class_cards: set[int] | None = None) -> None:
        for number, answer in frame.answers.items():
            if class_cards is not None and number not in class_cards:
                self.unknown_markers += 1
            else:
                self.answers[number] = answer
        self.unknown_markers += frame.unknown_markers
