"""Lesson ids as teachers type them: the full id, band/number, or a number within a band."""

from __future__ import annotations

import pytest

from skillsapp.content import load_kit

KIT = load_kit()


@pytest.mark.parametrize(
    ("typed", "band"),
    [("g6-9/07-bat-nat-tren-mang", None), ("g6-9/07", None), ("g6-9/7", None), ("7", "g6-9"),
     (" 07 ", "g6-9")],
)  # fmt: skip
def test_the_forms_people_type_find_the_lesson(typed: str, band: str | None) -> None:
    assert KIT.find_lesson(typed, band).id == "g6-9/07-bat-nat-tren-mang"


def test_a_bare_number_needs_a_band() -> None:
    with pytest.raises(KeyError):
        KIT.find_lesson("7")
    with pytest.raises(KeyError):
        KIT.find_lesson("99", "g6-9")


def test_near_matches_name_the_lessons_meant() -> None:
    assert "g6-9/07-bat-nat-tren-mang" in KIT.near_lessons("bat-nat")
    assert "g6-9/07-bat-nat-tren-mang" in KIT.near_lessons("g6-9/07-bat-nat-tren-mag")
