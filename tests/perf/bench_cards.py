"""Answer-card reading benchmark (issue 18): prints figures per condition, asserts nothing.

    .venv/bin/python tests/perf/bench_cards.py [--frames N]

Frames are built from the printed card PDF (tests/support/card_frames.py). "wrong" counts a
card read with a number not in the frame or a letter other than the one it was turned to; it
must be 0. "read>=30" is the share of unoccluded cards with a marker of at least 30 px read.

The sheets part (--part sheets) fills the printed answer sheet (`print quiz-sheet --marks`)
with random marks, 20% of them faint, rubbed out or double (tests/support/sheet_images.py),
photographs it and reads it: clear marks right, tricky marks flagged, clear marks flagged for
nothing, and "wrong" (a mark read as another answer and not flagged: must be 0).
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from support.card_frames import make_frame, render_cards

from skillsapp.cards.reading import Sweep, read_frame

CONDITIONS = {
    "clean 1080p": {},
    "perspective 40 + tilt 20": {"max_persp": 40.0, "max_tilt": 20.0},
    "blur 1.2": {"blur": 1.2},
    "noise 12": {"noise": 12.0},
    "jpeg q40": {"jpeg": 40},
    "uneven light": {"uneven": True},
    "hands (30% occluded)": {"occlude": 0.3},
    "all together": {"blur": 0.9, "noise": 8.0, "jpeg": 60, "uneven": True, "occlude": 0.2},
    "720p": {"size": (1280, 720), "marker_range": (20, 80)},
}


def run(name: str, kw: dict, cards, frames: int, seed: int) -> None:
    rng = np.random.default_rng(seed)
    placed = found = right = wrong = big = big_read = 0
    times = []
    for _ in range(frames):
        frame = make_frame(cards, rng, count=int(rng.integers(40, 46)), **kw)
        start = time.perf_counter()
        result = read_frame(frame.image)
        times.append((time.perf_counter() - start) * 1000)
        expected = {c.number: c.answer for c in frame.cards}
        placed += len(expected)
        found += len(result.answers)
        right += sum(1 for n, a in result.answers.items() if expected.get(n) == a)
        wrong += sum(1 for n, a in result.answers.items() if expected.get(n) != a)
        for c in frame.cards:
            if c.marker_px >= 30 and not c.occluded:
                big += 1
                big_read += c.number in result.answers
    share = 100 * big_read / big if big else 0.0
    print(
        f"{name:28s} cards {placed:5d} found {found:5d} right {right:5d} wrong {wrong:2d} "
        f"read>=30px {share:6.2f}%  ms/frame {np.mean(times):6.1f} (max {max(times):.1f})"
    )


def sweep(cards, seed: int) -> None:
    """A class of 45 swept in 3 frames, each showing a different ~2/3 of the room."""
    rng = np.random.default_rng(seed)
    numbers = list(cards)
    answers = {n: "ABCD"[int(rng.integers(0, 4))] for n in numbers}
    total = Sweep()
    for part in range(3):
        order = numbers[part * 15 :] + numbers[: part * 15]
        subset = {n: cards[n] for n in order[:30]}
        frame = make_frame(
            subset,
            rng,
            count=30,
            marker_range=(30, 120),
            answers=answers,
            blur=0.8,
            noise=6.0,
            jpeg=70,
        )
        total.add(read_frame(frame.image))
    right = sum(1 for n, a in total.answers.items() if answers[n] == a)
    print(
        f"sweep of 45 in 3 frames: {len(total.answers)}/45 seen, {right} right, "
        f"{len(total.answers) - right} wrong"
    )


SHEET_CONDITIONS = {
    "photo, keystone 15": {"angle": 15.0},
    "photo, keystone 30": {"angle": 30.0},
    "photo, keystone 40": {"angle": 40.0},
}


def sheets(pages: int, seed: int) -> None:
    """Class sheets of 45 pupils for a lesson with single, true/false, scenario and multiple
    items, filled, photographed and read."""
    import random
    from types import SimpleNamespace

    from support.sheet_images import fill_page, photograph, render_pages

    from skillsapp.cards.sheets import read_sheets
    from skillsapp.content import load_kit
    from skillsapp.domain import answer_sheet as geo
    from skillsapp.reports.answer_sheet import answer_sheet_pdf, sheet_items_of

    lesson = load_kit().find_lesson("g10-12/03-khoa-kep-tai-khoan", None)
    names = {n: f"Học sinh {n}" for n in range(1, 46)}
    cls = SimpleNamespace(name="6A1", school_year="2026-2027")
    pdf, _count = answer_sheet_pdf("Trường", cls, lesson, names, "vi")
    layout = geo.sheet_layout(sheet_items_of(lesson))
    blank = render_pages(pdf)
    for i, (name, kw) in enumerate(SHEET_CONDITIONS.items()):
        rng = random.Random(seed + i)
        clear = right = clear_flagged = tricky = flagged = wrong = 0
        elapsed = 0.0
        for n in range(pages):
            index = n % len(blank)
            filled = fill_page(blank[index], index, layout, list(names), rng, tricky=0.2)
            photo = photograph(filled.image, rng, **kw)
            start = time.perf_counter()
            read = read_sheets([photo], layout, set(names)).items
            elapsed += time.perf_counter() - start
            for key, (kind, chosen) in filled.truth.items():
                got = read.get(key)
                if kind == "clear":
                    clear += 1
                    right += got is not None and got.flag is None and got.marks == chosen
                    clear_flagged += got is not None and got.flag is not None
                else:
                    tricky += 1
                    flagged += got is not None and got.flag is not None
                wrong += got is not None and got.flag is None and got.marks != chosen
        print(
            f"sheets {name:22s} clear right {right}/{clear} ({100 * right / max(clear, 1):.2f}%), "
            f"tricky flagged {flagged}/{tricky}, clear flagged {clear_flagged}, wrong {wrong}, "
            f"{1000 * elapsed / pages:.0f} ms/page"
        )


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--frames", type=int, default=10)
    parser.add_argument("--pages", type=int, default=6, help="sheet pages per condition")
    parser.add_argument("--part", choices=("cards", "sheets", "all"), default="all")
    args = parser.parse_args()
    if args.part in ("cards", "all"):
        cards = render_cards(list(range(1, 46)))
        for i, (name, kw) in enumerate(CONDITIONS.items()):
            run(name, kw, cards, args.frames, seed=100 + i)
        sweep(cards, seed=7)
    if args.part in ("sheets", "all"):
        sheets(args.pages, seed=300)


if __name__ == "__main__":
    main()
