"""Synthetic classroom frames built from the printed card PDF itself (issue 18 benchmark/tests).

Cards are cut from the rendered PDF pages, turned by a known number of clockwise quarter turns
(the expected answer comes from that turn, by the orientation rule: 0 = A, 1 = B, ...), tilted,
seen in perspective, and pasted into a frame with optional blur, noise, uneven light, occlusion
and JPEG compression. Nothing here calls the reader.
"""

from __future__ import annotations

import math
from dataclasses import dataclass, field

import cv2
import numpy as np
import pypdfium2

from skillsapp.cards.printing import CardFace, cards_pdf, marker_box, page_cells

ANSWERS = "ABCD"  # independent copy of the rule: quarter turns clockwise from upright
DPI = 110
PER_PAGE = 4


@dataclass
class CardImage:
    number: int
    image: np.ndarray  # grey, the card body (no tear-off strip)
    marker: tuple[float, float, float]  # left, top, side in pixels inside image


def render_cards(numbers: list[int]) -> dict[int, CardImage]:
    """Print the cards with the real printing code and cut each card out of the page images."""
    faces = [CardFace(n, f"Học sinh {n}", "6A1") for n in numbers]
    pdf = pypdfium2.PdfDocument(cards_pdf(faces, PER_PAGE))
    scale = DPI / 72
    out: dict[int, CardImage] = {}
    for page_index, page in enumerate(pdf):
        page_h = page.get_height()
        grey = np.array(page.render(scale=scale, grayscale=True).to_pil().convert("L"))
        for slot, cell in enumerate(page_cells(PER_PAGE)):
            i = page_index * PER_PAGE + slot
            if i >= len(faces):
                break
            x, y, w, h = cell
            left, bottom, side = marker_box(cell, PER_PAGE)
            strip = (bottom - y) * 0.35  # keep the card body: cut above the tear-off strip
            x0, x1 = (x + 12) * scale, (x + w - 12) * scale
            top_px, bot_px = (page_h - (y + h) + 12) * scale, (page_h - y - strip * 1.6) * scale
            crop = grey[int(top_px) : int(bot_px), int(x0) : int(x1)]
            mleft = left * scale - int(x0)
            mtop = (page_h - (bottom + side)) * scale - int(top_px)
            out[faces[i].number] = CardImage(faces[i].number, crop, (mleft, mtop, side * scale))
    pdf.close()
    return out


@dataclass
class Placed:
    number: int
    answer: str
    marker_px: float
    occluded: bool = False


@dataclass
class Frame:
    image: np.ndarray
    cards: list[Placed] = field(default_factory=list)


def _homography(card: CardImage, centre, marker_px, turns, tilt, persp_x, persp_y):
    """Card pixels -> frame: scale so the marker is marker_px, turn clockwise, perspective."""
    h, w = card.image.shape
    ml, mt, ms = card.marker
    mcx, mcy = ml + ms / 2, mt + ms / 2
    src = np.float32([[0, 0], [w, 0], [w, h], [0, h]])
    k = marker_px / ms
    pts = (src - [mcx, mcy]) * k
    angle = math.radians(turns * 90 + tilt)  # image y is down: positive = clockwise on screen
    rot = np.array([[math.cos(angle), -math.sin(angle)], [math.sin(angle), math.cos(angle)]])
    pts = pts @ rot.T
    ax, ay = math.radians(persp_x), math.radians(persp_y)
    f = 600.0
    out = []
    for px, py in pts:  # card plane turned about the vertical, then the horizontal axis
        x3, z3 = px * math.cos(ay), px * math.sin(ay)
        y3, z3 = py * math.cos(ax), z3 + py * math.sin(ax)
        d = f / (f + z3)
        out.append([centre[0] + x3 * d, centre[1] + y3 * d])
    return cv2.getPerspectiveTransform(src, np.float32(out)), np.float32(out)


def make_frame(
    cards: dict[int, CardImage],
    rng: np.random.Generator,
    *,
    size=(1920, 1080),
    count=42,
    marker_range=(20, 120),
    max_persp=40.0,
    max_tilt=20.0,
    blur=0.0,
    noise=0.0,
    jpeg=0,
    uneven=False,
    occlude=0.0,
    answers: dict[int, str] | None = None,
) -> Frame:
    width, height = size
    base = rng.integers(90, 160)
    frame = np.full((height, width), base, np.float32)
    frame += cv2.GaussianBlur(rng.normal(0, 25, (height, width)).astype(np.float32), (0, 0), 9)
    chosen = list(cards)[:count]
    boxes: list[tuple[float, float, float]] = []
    placed = Frame(frame)
    for number in chosen:
        marker_px = float(rng.uniform(*marker_range))
        radius = marker_px * 1.05
        for _ in range(400):
            cx, cy = rng.uniform(radius, width - radius), rng.uniform(radius, height - radius)
            if all(math.hypot(cx - bx, cy - by) > radius + br for bx, by, br in boxes):
                break
        else:
            continue
        boxes.append((cx, cy, radius))
        answer = answers[number] if answers else ANSWERS[int(rng.integers(0, 4))]
        turns = ANSWERS.index(answer)
        tilt = float(rng.uniform(-max_tilt, max_tilt))
        px, py = (float(rng.uniform(-max_persp, max_persp)) for _ in range(2))
        if math.hypot(px, py) > max_persp:
            px, py = px * max_persp / math.hypot(px, py), py * max_persp / math.hypot(px, py)
        card = cards[number]
        matrix, quad = _homography(card, (cx, cy), marker_px, turns, tilt, px, py)
        warped = cv2.warpPerspective(card.image.astype(np.float32), matrix, (width, height))
        mask = np.zeros((height, width), np.uint8)
        cv2.fillConvexPoly(mask, quad.astype(np.int32), 1)
        frame[mask > 0] = warped[mask > 0] * rng.uniform(0.75, 1.0)
        hidden = False
        if occlude and rng.random() < occlude:  # a hand over a corner of the card
            hx, hy = quad[int(rng.integers(0, 4))]
            cv2.circle(
                frame, (int(hx), int(hy)), int(marker_px * 0.35), float(rng.integers(60, 130)), -1
            )
            hidden = True
        placed.cards.append(Placed(number, answer, marker_px, hidden))
    if uneven:
        yy, xx = np.mgrid[0:height, 0:width].astype(np.float32)
        light = 0.45 + 0.75 * (xx / width) * (0.6 + 0.4 * yy / height)
        frame *= light
    if blur:
        frame = cv2.GaussianBlur(frame, (0, 0), blur)
    if noise:
        frame += rng.normal(0, noise, frame.shape).astype(np.float32)
    image = np.clip(frame, 0, 255).astype(np.uint8)
    if jpeg:
        _ok, data = cv2.imencode(".jpg", image, [cv2.IMWRITE_JPEG_QUALITY, jpeg])
        image = cv2.imdecode(data, cv2.IMREAD_GRAYSCALE)
    placed.image = image
    return placed
