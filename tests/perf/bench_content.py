"""Content benchmark: loading the kit (cold and cached) and rendering lessons.

    python tests/perf/bench_content.py      # or through tests/perf/bench.py

Prints figures only; timings are read, never asserted (shared machines are noisy).
"""

from __future__ import annotations

import statistics
import sys
import time
from collections.abc import Callable
from itertools import cycle, islice
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

RENDER_COUNT = 60


def _median_ms(work: Callable[[], object], runs: int) -> float:
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        work()
        times.append(time.perf_counter() - start)
    return statistics.median(times) * 1000


def _row(name: str, value: float, unit: str = "ms") -> None:
    print(f"  {name:<58} {value:>10.2f} {unit}")


def main() -> None:
    from skillsapp.content import load_kit, loader
    from skillsapp.content.render import (
        render_family_note,
        render_handout,
        render_lesson,
        render_script,
        render_slides,
    )

    renders = (render_lesson, render_slides, render_script, render_handout, render_family_note)

    def cold() -> None:
        loader._cache.clear()
        load_kit()

    kit = load_kit()
    lessons = list(islice(cycle(kit.lessons), RENDER_COUNT))

    def render_all(lang: str) -> None:
        for lesson in lessons:
            for render in renders:
                render(lesson, kit, lang)

    start = time.perf_counter()
    render_lesson(kit.lessons[0], kit, "vi")
    first = (time.perf_counter() - start) * 1000

    print(f"  {'figure (median)':<58} {'value':>10}")
    _row(f"load kit cold ({len(kit.lessons)} lessons, parse + check)", _median_ms(cold, 7))
    _row("load kit warm (cached: stat the files)", _median_ms(load_kit, 50))
    _row("first render (imports jinja2, compiles the templates)", first)
    total = _median_ms(lambda: render_all("vi"), 5)
    _row(f"render {RENDER_COUNT} lessons x 5 views (vi)", total)
    _row(f"render {RENDER_COUNT} lessons x 5 views (en)", _median_ms(lambda: render_all("en"), 5))
    _row("one lesson, all 5 views", total / RENDER_COUNT)


if __name__ == "__main__":
    main()
