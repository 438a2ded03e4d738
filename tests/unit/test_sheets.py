"""Paper answer sheets (issue 18, item 4): `print quiz-sheet --marks` and `sheets scan`.

What each bubble holds comes from the sheet generator (tests/support/sheet_images.py), which
draws the marks where the layout puts them; never from the reader.
"""

from __future__ import annotations

import json
import random

import cv2
import pytest
from support.sheet_images import fill_page, photograph, render_pages

from skillsapp.cards.layout import MAX_CARDS
from skillsapp.cards.sheets import judge
from skillsapp.cli import main
from skillsapp.content import load_kit
from skillsapp.domain import answer_sheet as geo
from skillsapp.reports.answer_sheet import sheet_items_of
from skillsapp.store import open_store
from skillsapp.store.cards import card_numbers
from skillsapp.store.classes import classes

LESSON = "g10-12/03-khoa-kep-tai-khoan"  # single, true/false, scenario, multiple, sorting


def test_sheet_markers_are_never_card_markers_and_rows_follow_card_numbers():
    ids = {geo.marker_id(p, c) for p in range(geo.MAX_PAGES) for c in range(4)}
    assert min(ids) >= MAX_CARDS and max(ids) < 100 and len(ids) == 4 * geo.MAX_PAGES
    assert all(geo.marker_place(geo.marker_id(p, c)) == (p, c) for p in range(3) for c in range(4))
    assert geo.marker_place(MAX_CARDS - 1) is None
    assert geo.pages_for(MAX_CARDS) * geo.ROWS_PER_PAGE >= MAX_CARDS
    assert geo.card_of_row(1, 0) == geo.ROWS_PER_PAGE + 1


def test_judging_flags_what_the_teacher_must_confirm():
    single = geo.SheetItem(0, "q1", "single", 4)
    several = geo.SheetItem(1, "q2", "multiple", 4)
    true_false = geo.SheetItem(2, "q3", "true_false", 2)
    assert judge(single, 1, [0.02, 0.8, 0.03, 0.0]).answer == "1"
    assert judge(single, 1, [0.02, 0.8, 0.7, 0.0]).flag == "double"
    assert judge(single, 1, [0.02, 0.8, 0.25, 0.0]).flag == "faint"
    assert judge(single, 1, [0.02, 0.8, 0.25, 0.0]).answer is None
    assert judge(several, 1, [0.9, 0.0, 0.8, 0.0]).answer == "0,2"
    assert judge(true_false, 1, [0.0, 0.9]).answer == "false"
    assert judge(single, 1, [0.0, 0.05, 0.1, 0.0]) is None  # nothing marked: no answer


def test_a_photographed_class_sheet_is_read_and_every_tricky_mark_flagged(
    demo_db, tmp_path, capsys
):
    store = open_store(demo_db, create=False)
    cls = classes(store.db)[0]
    store.close()
    pdf = tmp_path / "sheet.pdf"
    args = ["print", "quiz-sheet", "--db", str(demo_db), "--class", cls.name, "--lesson", LESSON]
    assert main([*args, "--marks", "--out", str(pdf)]) == 0
    store = open_store(demo_db, create=False)
    numbers = sorted(card_numbers(store.db, cls.id).values())
    store.close()
    assert numbers == list(range(1, len(numbers) + 1)) and numbers
    lesson = load_kit().find_lesson(LESSON, None)
    layout = geo.sheet_layout(sheet_items_of(lesson))
    rng = random.Random(7)
    truth, photos = {}, []
    for index, page in enumerate(render_pages(pdf.read_bytes())):
        filled = fill_page(page, index, layout, numbers, rng, tricky=0.2)
        truth.update(filled.truth)
        photo = tmp_path / f"page{index}.jpg"
        cv2.imwrite(str(photo), photograph(filled.image, rng))
        photos.append(str(photo))
    assert len(photos) == geo.pages_for(max(numbers))
    capsys.readouterr()
    scan = ["sheets", "scan", "--db", str(demo_db), "--class", cls.name, "--lesson", LESSON]
    assert main([*scan, "--json", *photos]) == 0
    out = json.loads(capsys.readouterr().out)
    read = {(row["number"], row["item"]): row for row in out["answers"]}
    assert out["pages"] == list(range(1, len(photos) + 1)) and out["images_without_sheet"] == 0
    for key, (kind, chosen) in truth.items():
        row = read.get(key)
        assert row is not None, (key, kind)
        if kind == "clear":
            assert row["flag"] is None and row["marks"] == ["ABCD"[c] for c in chosen], (key, row)
        else:
            assert row["flag"] is not None and row["answer"] is None, (key, kind, row)
    assert set(read) == set(truth)
    assert any(kind != "clear" for kind, _ in truth.values())
    assert out["flagged"] == sum(1 for kind, _ in truth.values() if kind != "clear")


def test_an_image_without_a_sheet_is_counted_not_read(demo_db, tmp_path, capsys):
    import numpy as np

    blank = tmp_path / "blank.png"
    cv2.imwrite(str(blank), np.full((400, 300), 255, dtype=np.uint8))
    store = open_store(demo_db, create=False)
    name = classes(store.db)[0].name
    store.close()
    scan = ["sheets", "scan", "--db", str(demo_db), "--class", name, "--lesson", LESSON]
    assert main([*scan, "--json", str(blank)]) == 0
    out = json.loads(capsys.readouterr().out)
    assert out == {"answers": [], "flagged": 0, "pages": [], "images_without_sheet": 1}


def test_too_many_items_for_a_row_is_refused():
    items = tuple(geo.SheetItem(i, f"q{i}", "single", 4) for i in range(12))
    with pytest.raises(ValueError):
        geo.sheet_layout(items)
