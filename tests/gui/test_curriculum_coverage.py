"""The curriculum page shows, for the band chosen, how many lessons reach each domain of the
national digital competence framework (Thông tư 02/2025/TT-BGDĐT)."""

from __future__ import annotations

from pathlib import Path

import yaml

LESSONS = Path(__file__).resolve().parents[2] / "lessons"


def _per_domain(band: str) -> dict[int, int]:
    """Counted from the lesson files themselves, not by the code under test."""
    counts = dict.fromkeys(range(1, 7), 0)
    for path in (LESSONS / band).glob("*.yaml"):
        codes = yaml.safe_load(path.read_text(encoding="utf-8"))["competences"]
        for domain in {int(code.split(".")[0]) for code in codes}:
            counts[domain] += 1
    return counts


def test_coverage_per_domain_follows_the_band(window, ctx, qtbot):
    page = window.show_page("curriculum")
    qtbot.waitUntil(lambda: page.kit is not None, timeout=20000)
    for band in ("g6-9", "g1-2"):
        page.band_box.setCurrentIndex(page.band_box.findData(band))
        expected = _per_domain(band)
        qtbot.waitUntil(lambda: page.coverage_label.text() != "")
        lines = page.coverage_label.text().splitlines()
        assert "Circular 02/2025" in lines[0]
        shown = {int(line.split(".")[0]): int(line.rsplit(": ", 1)[1]) for line in lines[1:]}
        assert shown == expected
    assert page.coverage_label.isVisible()
