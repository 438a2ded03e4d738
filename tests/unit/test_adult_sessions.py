"""The parents' and staff sessions as shipped: quizzes that measure, every strand, duty (d).

These read the real lesson files, so they fail when an edit brings back a guessable quiz or drops a
session the programme requires (issue 16 items 2 and 6, issue 17 item 3).
"""

from __future__ import annotations

from pathlib import Path

import pytest

from skillsapp.content import load_kit
from skillsapp.content.quiz_rules import band_figures, band_violations

LESSONS = Path(__file__).resolve().parents[2] / "lessons"
KIT = load_kit(LESSONS)


@pytest.mark.parametrize("band", ["parents", "staff"])
def test_adult_quizzes_pass_the_strict_rules(band: str) -> None:
    figures = next(f for f in band_figures(KIT) if f.band == band)
    assert figures.keyed and figures.multiple
    assert band_violations(figures) == []


def test_parents_have_eight_sessions_over_every_strand() -> None:
    plan = KIT.band_plan("parents")
    assert len(plan) >= 8
    assert {lesson.strand for lesson in plan} == {strand.id for strand in KIT.strands}


def test_staff_have_the_online_teaching_and_self_harm_sessions() -> None:
    plan = KIT.band_plan("staff")
    assert len(plan) >= 6
    titles = [lesson.title.en.casefold() for lesson in plan]
    assert any("online teaching" in t and "boundaries" in t for t in titles)
    assert any("harming themselves" in t for t in titles)
    for lesson in plan:
        if "harming themselves" in lesson.title.en.casefold():
            assert "hotline-111" in lesson.contacts and "disclosure" in lesson.protocols


def test_disclosure_protocol_routes_around_the_person_suspected() -> None:
    steps = [step.en.casefold() for step in KIT.protocol("disclosure").steps]
    bypass = [s for s in steps if "person suspected" in s]
    assert any("principal" in s and "parent" in s for s in bypass)
    assert any("school leadership" in s and "commune or ward" in s for s in bypass)
    assert any("never report through the person suspected" in s for s in steps)
