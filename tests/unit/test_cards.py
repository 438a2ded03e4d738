"""Answer cards (issue 18): numbers kept all year, the printed PDF, and reading frames.

Expected answers come from how the frame generator turned each card (tests/support/
card_frames.py: quarter turns clockwise, 0 = A), never from the reader.
"""

from __future__ import annotations

import json
import math
import uuid

import cv2
import numpy as np
import pytest
from pypdf import PdfReader
from support.card_frames import make_frame, render_cards

from skillsapp.cards.layout import dictionary
from skillsapp.cards.reading import answer_of_corners, read_frame
from skillsapp.cli import main
from skillsapp.domain.records import Pupil
from skillsapp.services.school import add_pupils, pupils
from skillsapp.store import open_store
from skillsapp.store.cards import assign_card_numbers, card_numbers
from skillsapp.store.classes import classes


@pytest.fixture(scope="module")
def cards():
    return render_cards(list(range(1, 46)))


def _first_class(db):
    store = open_store(db, create=False)
    try:
        cls = classes(store.db)[0]
        return cls, [p.id for p in pupils(store, cls.id, include_inactive=False)]
    finally:
        store.close()


@pytest.mark.parametrize("seed", [1, 2, 3])
def test_frames_read_with_the_answers_the_cards_were_turned_to(cards, seed):
    frame = make_frame(cards, np.random.default_rng(seed), count=42, marker_range=(30, 110))
    expected = {c.number: c.answer for c in frame.cards}
    result = read_frame(frame.image)
    assert {n: expected.get(n) for n in result.answers} == result.answers  # nothing wrong
    assert len(result.answers) >= 0.97 * len(expected)
    assert len(expected) >= 35 and set("ABCD") <= set(expected.values())


def _turned(degrees_clockwise: float) -> list[tuple[float, float]]:
    """A printed marker's corners (top-left, top-right, bottom-right, bottom-left) after the
    card is turned clockwise on screen (image y points down)."""
    a = math.radians(degrees_clockwise)
    square = [(-50, -50), (50, -50), (50, 50), (-50, 50)]
    return [
        (x * math.cos(a) - y * math.sin(a), x * math.sin(a) + y * math.cos(a)) for x, y in square
    ]


@pytest.mark.parametrize(
    ("degrees", "answer"),
    [
        (0, "A"),
        (90, "B"),
        (180, "C"),
        (270, "D"),
        (15, "A"),
        (-18, "A"),
        (110, "B"),
        (45, None),
        (225, None),
    ],
)
def test_quarter_turns_clockwise_give_a_b_c_d_and_a_half_way_turn_is_refused(degrees, answer):
    assert answer_of_corners(_turned(degrees)) == answer


def test_numbers_are_kept_and_new_pupils_get_free_ones(demo_db):
    cls, ids = _first_class(demo_db)
    store = open_store(demo_db, create=False)
    try:
        with store.atomic():
            first = assign_card_numbers(store.db, cls.id, ids)
        assert sorted(first.values()) == list(range(1, len(ids) + 1))
        store.db.execute("DELETE FROM card_number WHERE pupil_id = ?", [ids[0]])
        newcomer = Pupil(id=str(uuid.uuid4()), class_id=cls.id, full_name="Nguyễn Văn Mới")
        add_pupils(store, [newcomer])
        with store.atomic():
            second = assign_card_numbers(store.db, cls.id, [newcomer.id, *ids])
        assert second[newcomer.id] == first[ids[0]]  # the lowest free number
        assert all(second[p] == first[p] for p in ids[1:])
        assert second[ids[0]] == len(ids) + 1
        many = [str(uuid.uuid4()) for _ in range(80)]
        with store.atomic():
            full = assign_card_numbers(store.db, cls.id, many)
        assert len(full) == 60 and max(full.values()) == 60
        assert card_numbers(store.db, cls.id) == full
    finally:
        store.close()


@pytest.mark.parametrize(("per_page", "pages"), [(1, 1), (2, 1), (4, 1)])
def test_print_makes_an_a4_pdf_with_embedded_fonts(demo_db, tmp_path, per_page, pages):
    cls, ids = _first_class(demo_db)
    out = tmp_path / "cards.pdf"
    argv = ["cards", "print", "--db", str(demo_db), "--class", cls.name, "--out", str(out)]
    assert main([*argv, "--per-page", str(per_page)]) == 0
    reader = PdfReader(out)
    assert len(reader.pages) == -(-len(ids) // per_page) * pages
    box = reader.pages[0].mediabox
    assert (round(float(box.width)), round(float(box.height))) == (595, 842)
    fonts = reader.pages[0]["/Resources"]["/Font"]
    assert all("/FontFile2" in f.get_object()["/FontDescriptor"] for f in fonts.values())


def test_scan_json_most_recent_frame_wins_and_unknown_markers_count(demo_db, tmp_path, capsys):
    cls, ids = _first_class(demo_db)
    store = open_store(demo_db, create=False)
    try:
        with store.atomic():
            numbers = assign_card_numbers(store.db, cls.id, ids)
    finally:
        store.close()
    pupil_of = {n: p for p, n in numbers.items()}
    one = render_cards([1, 2])
    first = make_frame(
        one,
        np.random.default_rng(5),
        count=2,
        marker_range=(80, 100),
        size=(800, 600),
        answers={1: "A", 2: "C"},
        max_persp=10,
    )
    second = make_frame(
        {1: one[1]},
        np.random.default_rng(6),
        count=1,
        marker_range=(80, 100),
        size=(800, 600),
        answers={1: "D"},
        max_persp=10,
    )
    image = second.image.copy()
    image[20:120, 650:750] = cv2.aruco.generateImageMarker(dictionary(), 90, 100)  # not a card
    image[10:20, :] = 255
    paths = [tmp_path / "a.jpg", tmp_path / "b.png"]
    cv2.imwrite(str(paths[0]), first.image)
    cv2.imwrite(str(paths[1]), image)
    argv = ["cards", "scan", "--db", str(demo_db), "--class", cls.name, "--json"]
    assert main([*argv, *map(str, paths)]) == 0
    got = json.loads(capsys.readouterr().out)
    assert got == {
        "cards": [
            {"number": 1, "pupil_id": pupil_of[1], "answer": "D"},
            {"number": 2, "pupil_id": pupil_of[2], "answer": "C"},
        ],
        "unknown_markers": 1,
    }


def test_a_bad_image_is_one_line_not_a_traceback(demo_db, tmp_path, capsys):
    cls, _ = _first_class(demo_db)
    bad = tmp_path / "broken.jpg"
    bad.write_bytes(b"\xff\xd8\xff not really a jpeg")
    argv = ["cards", "scan", "--db", str(demo_db), "--class", cls.name, str(bad)]
    assert main(argv) == 1
    err = capsys.readouterr().err.strip()
    assert "broken.jpg" in err and "\n" not in err and "Traceback" not in err
