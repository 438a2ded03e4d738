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


def test_the_lesson_code_row_is_the_lesson_ids_crc_with_black_ends():
    assert geo.lesson_code("a") == 0xBE43  # zlib.crc32(b"a") is 0xE8B7BE43
    cells = geo.code_cells(0b1000_0000_0000_0001)
    assert cells == [True, True] + [False] * 14 + [True, True]
    assert geo.code_of_cells(cells) == 0b1000_0000_0000_0001
    assert geo.code_of_cells([False] * geo.CODE_CELLS) is None  # blank paper: no code
    xs = [x for x, _ in geo.code_centres()]
    assert xs[0] - geo.CODE_CELL / 2 > geo.MARGIN + geo.MARKER  # clear of the bottom markers
    assert xs[-1] + geo.CODE_CELL / 2 < geo.PAGE_W - geo.MARGIN - geo.MARKER


def _photo_of_sheet(lesson_id: str, blank_code: bool = False):
    from types import SimpleNamespace

    from skillsapp.reports.answer_sheet import answer_sheet_pdf

    lesson = load_kit().find_lesson(lesson_id, None)
    cls = SimpleNamespace(name="6A1", school_year="2026-2027")
    pdf, _pages = answer_sheet_pdf("Trường", cls, lesson, {1: "An", 2: "Bình"}, "vi")
    page = render_pages(pdf)[0]
    if blank_code:  # a sheet printed before the code row: paper there
        dpi_mm = page.shape[1] / geo.PAGE_W
        top = int((geo.PAGE_H - geo.MARGIN - geo.MARKER) * dpi_mm)
        left, right = int((geo.MARGIN + geo.MARKER + 1) * dpi_mm), int(150 * dpi_mm)
        page[top : int((geo.PAGE_H - geo.MARGIN) * dpi_mm), left:right] = 255
    layout = geo.sheet_layout(sheet_items_of(lesson))
    rng = random.Random(3)
    filled = fill_page(page, 0, layout, [1, 2], rng, tricky=0.0)
    return photograph(filled.image, rng, angle=30.0), layout


def test_a_sheet_of_another_lesson_is_refused_and_its_own_lesson_read():
    from skillsapp.cards.sheets import read_sheets
    from skillsapp.errors import UserError

    photo, layout = _photo_of_sheet(LESSON)
    assert read_sheets([photo], layout, {1, 2}, LESSON).pages == {0}
    other = "g1-2/01-internet-quanh-em"
    assert geo.lesson_code(other) != geo.lesson_code(LESSON)
    with pytest.raises(UserError) as refused:
        read_sheets([photo], layout, {1, 2}, other)
    assert refused.value.key == "sheets.other_lesson"
    assert "Trang 1 là phiếu trả lời của một bài khác" in refused.value.message("vi")


def test_a_sheet_printed_without_a_code_is_still_read():
    from skillsapp.cards.sheets import read_sheets

    photo, layout = _photo_of_sheet(LESSON, blank_code=True)
    read = read_sheets([photo], layout, {1, 2}, "g1-2/01-internet-quanh-em")
    assert read.pages == {0} and read.items


def test_sheets_scan_names_the_wrong_lesson(demo_db, tmp_path, capsys):
    store = open_store(demo_db, create=False)
    cls = classes(store.db)[0]
    store.close()
    photo, _layout = _photo_of_sheet(LESSON)
    path = tmp_path / "sheet.jpg"
    cv2.imwrite(str(path), photo)
    other = "g1-2/01-internet-quanh-em"
    scan = ["sheets", "scan", "--db", str(demo_db), "--class", cls.name, "--lesson", other]
    assert main([*scan, str(path)]) != 0
    err = capsys.readouterr().err
    assert (
        "Trang 1 là phiếu trả lời của một bài khác" in err
        or "Page 1 is the answer sheet of another lesson" in err
    )
