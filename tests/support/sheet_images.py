"""Synthetic photos of filled-in paper answer sheets, made from the printed sheet PDF itself
(issue 18, item 4: tests and benchmark). Marks are drawn where the layout puts the bubbles
(clear, faint, rubbed out, double), then the page is photographed: perspective, blur, noise,
uneven light and JPEG. Nothing here calls the reader; what each bubble holds is returned.
"""

from __future__ import annotations

import random
from dataclasses import dataclass, field

import cv2
import numpy as np
import pypdfium2

from skillsapp.domain import answer_sheet as geo

DPI = 150


@dataclass
class FilledPage:
    image: np.ndarray
    # (card number, item id) -> ("clear" | "faint" | "erased" | "double", options marked)
    truth: dict[tuple[int, str], tuple[str, tuple[int, ...]]] = field(default_factory=dict)


def render_pages(pdf: bytes, dpi: int = DPI) -> list[np.ndarray]:
    doc = pypdfium2.PdfDocument(pdf)
    pages = [
        np.array(page.render(scale=dpi / 72, grayscale=True).to_pil().convert("L")) for page in doc
    ]
    doc.close()
    return pages


def _blob(img: np.ndarray, x_mm: float, y_mm: float, grey: int, rng: random.Random, dpi: int):
    px = dpi / 25.4
    r = geo.BUBBLE_D / 2 * px * rng.uniform(0.75, 1.0)
    cx = x_mm * px + rng.uniform(-0.4, 0.4) * px
    cy = y_mm * px + rng.uniform(-0.4, 0.4) * px
    axes = (max(int(r), 1), max(int(r * rng.uniform(0.8, 1.0)), 1))
    cv2.ellipse(img, (int(cx), int(cy)), axes, rng.uniform(0, 180), 0, 360, grey, -1)


def fill_page(
    page: np.ndarray,
    page_index: int,
    layout: geo.SheetLayout,
    numbers: list[int],
    rng: random.Random,
    *,
    tricky: float = 0.15,
    dpi: int = DPI,
) -> FilledPage:
    """Mark every row of these card numbers: most items one clear mark (several on multiple
    choice), a share `tricky` faint, rubbed out or double."""
    img = page.copy()
    out = FilledPage(img)
    for row in range(geo.ROWS_PER_PAGE):
        number = geo.card_of_row(page_index, row)
        if number not in numbers:
            continue
        y = layout.row_centre_y(row)
        for item in layout.items:
            bubbles = [b for b in layout.bubbles if b.item == item]
            if item.type == "multiple":
                chosen = tuple(sorted(rng.sample(range(item.options), rng.randint(1, 3))))
            else:
                chosen = (rng.randrange(item.options),)
            kind = "clear"
            if rng.random() < tricky:
                kind = rng.choice(["faint", "erased", "double"])
            if kind == "double" and item.type == "multiple":
                kind = "clear"
            if kind == "double":
                chosen = tuple(sorted(rng.sample(range(item.options), 2)))
            for option in chosen:
                b = bubbles[option]
                if kind in ("clear", "double"):
                    _blob(img, b.x, y, rng.randint(20, 90), rng, dpi)
                elif kind == "faint":
                    _blob(img, b.x, y, rng.randint(150, 185), rng, dpi)
                else:  # rubbed out: a grey smudge left
                    _blob(img, b.x, y, rng.randint(175, 200), rng, dpi)
            out.truth[(number, item.item_id)] = (kind, chosen)
    return out


def photograph(page: np.ndarray, rng: random.Random, *, angle: float = 25.0) -> np.ndarray:
    """The page as a phone photo: on a darker desk, seen at up to `angle` degrees, a little
    turned, blurred, noisy, unevenly lit, JPEG-compressed."""
    h, w = page.shape
    out_w, out_h = int(w * 1.25), int(h * 1.15)
    k = np.tan(np.radians(angle)) * 0.25
    src = np.float32([[0, 0], [w, 0], [w, h], [0, h]])
    jitter = lambda s: rng.uniform(-s, s)  # noqa: E731
    top = rng.uniform(0, k) * w
    dst = np.float32(
        [
            [out_w * 0.1 + top + jitter(20), out_h * 0.05 + jitter(20)],
            [out_w * 0.9 - top + jitter(20), out_h * 0.05 + jitter(20)],
            [out_w * 0.92 + jitter(20), out_h * 0.95 + jitter(20)],
            [out_w * 0.08 + jitter(20), out_h * 0.95 + jitter(20)],
        ]
    )
    matrix = cv2.getPerspectiveTransform(src, dst)
    photo = cv2.warpPerspective(page, matrix, (out_w, out_h), borderValue=90)
    photo = cv2.GaussianBlur(photo, (0, 0), rng.uniform(0.6, 1.4))
    yy, xx = np.mgrid[0:out_h, 0:out_w]
    light = 0.75 + 0.25 * (xx / out_w) * rng.uniform(0.5, 1.0) + 0.1 * (yy / out_h)
    photo = np.clip(
        photo * light + np.random.default_rng(rng.randrange(1 << 30)).normal(0, 5, photo.shape),
        0,
        255,
    )
    ok, data = cv2.imencode(".jpg", photo.astype(np.uint8), [cv2.IMWRITE_JPEG_QUALITY, 80])
    assert ok
    return cv2.imdecode(data, cv2.IMREAD_GRAYSCALE)
