"""Answer-card reading benchmark (issue 18): prints figures per condition, asserts nothing.

    .venv/bin/python tests/perf/bench_cards.py [--frames N]

Frames are built from the printed card PDF (tests/support/card_frames.py). "wrong" counts a
card read with a number not in the frame or a letter other than the one it was turned to; it
must be 0. "read>=30" is the share of unoccluded cards with a marker of at least 30 px read.
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


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--frames", type=int, default=10)
    args = parser.parse_args()
    cards = render_cards(list(range(1, 46)))
    for i, (name, kw) in enumerate(CONDITIONS.items()):
        run(name, kw, cards, args.frames, seed=100 + i)
    sweep(cards, seed=7)


if __name__ == "__main__":
    main()
