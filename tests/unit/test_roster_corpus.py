"""The corpus of class lists made the way schools make them (tests/fixtures/rosters/
make_fixtures.py): each file yields exactly the pupils written out here by hand; nothing above
or below a table is ever a pupil; bad files get one clear line; damaged bytes only UserError."""

from __future__ import annotations

import contextlib
import csv
import io
import random
from datetime import date
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from skillsapp.errors import UserError
from skillsapp.rosters import read_roster
from skillsapp.rosters.read import read_bytes, read_grid_text
from skillsapp.rosters.table import preview_grid

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures" / "rosters"
TODAY = date(2026, 11, 20)

NINE_NAMES = [
    "Nguyễn Văn An", "Trần Thị Bình", "Lê Văn Đạt", "Phạm Ngọc Ánh", "Hoàng Minh Dũng",
    "Vũ Thị Hương", "Đỗ Quang Huy", "Bùi Thị Ngọc Ân", "Ksor H'Nhi",
]  # fmt: skip
NINE_GENDERS = ["M", "F", "M", "F", "M", "F", "M", "F", "F"]
NINE_YEARS = [2014, 2014, 2014, 2014, 2013, 2014, 2014, 2014, 2014]
HS_CODES = ["HS001", "HS002", "HS003", "HS004", "HS005", "HS006", "HS007", "HS008", "HS009"]
MOET_IDS = [
    "0000000001", "0000000002", "0000000003", "0000000004", "0000000005", "0000000006",
    "0000000007", "0000000008", "0000000009",
]  # fmt: skip


def nine(codes: list[str]) -> list[tuple]:
    return list(zip(NINE_NAMES, NINE_GENDERS, NINE_YEARS, codes, strict=True))


CORPUS = {
    # file: (source, header row, pupils as (name, gender, birth year, id))
    "good_utf8.csv": ("csv:utf-8", 1, nine(HS_CODES)),
    "good_utf8_bom.csv": ("csv:utf-8-sig", 4, nine(HS_CODES)),
    "good_cp1258.csv": ("csv:cp1258", 2, nine(HS_CODES)),
    "unicode_text.txt": ("csv:utf-16", 1, nine(HS_CODES)),
    "good.xlsx": ("xlsx:DS lớp 6A9", 5, nine(HS_CODES)),
    "good_split.xlsx": ("xlsx:DS lớp 6A9", 5, nine([""] * 9)),
    "smas_footer.xlsx": ("xlsx:Danh sach", 7, nine(MOET_IDS)),
    "serial_dates.xlsx": ("xlsx:Sheet", 2, nine(HS_CODES)),
    "old_dates.xls": ("xls:6A9", 3, nine(HS_CODES)),
    "old_text_dates.xls": ("xls:6A9", 3, nine(HS_CODES)),
    "calc.ods": ("ods:Lớp 6A9", 3, nine(HS_CODES)),
    "same_names.csv": (
        "csv:utf-8",
        1,
        [
            ("Nguyễn Thị Hương", "F", 2014, "00101"),
            ("Trần Văn Nam", "M", 2014, "00102"),
            ("Nguyễn Thị Hương", "F", 2014, "00103"),
        ],
    ),
}


@pytest.mark.parametrize("name", sorted(CORPUS))
def test_every_corpus_file_yields_exactly_its_pupils(name):
    source, header_line, pupils = CORPUS[name]
    preview = read_roster(FIXTURES / name, today=TODAY)
    assert preview.source == source
    assert preview.header_line == header_line
    assert [(r.full_name, r.gender, r.birth_year, r.code) for r in preview.rows] == pupils
    assert preview.problems() == []


BAD = {
    "renamed_docx.xlsx": ("roster.word_document", "Word document"),
    "encrypted.xlsx": ("roster.encrypted", "password"),
    "empty.xlsx": ("roster.no_cells", "no cells"),
    "image_only.xlsx": ("roster.no_cells", "pictures"),
    "header_only.csv": ("roster.no_rows", "no pupils"),
    "formula.xlsx": ("roster.formula", "cell C2"),
}


@pytest.mark.parametrize("name", sorted(BAD))
def test_bad_files_are_one_clear_line(name):
    key, words = BAD[name]
    with pytest.raises(UserError) as caught:
        read_roster(FIXTURES / name, today=TODAY)
    assert caught.value.key == key
    for lang in ("vi", "en"):
        text = caught.value.message(lang)
        assert "\n" not in text and name in text
    assert words in caught.value.message("en")


def test_fifty_thousand_rows_is_refused(tmp_path):
    path = tmp_path / "big.csv"
    lines = ["Họ và tên,Ngày sinh"] + [f"Nguyễn Văn An {i},01/01/2014" for i in range(50_000)]
    path.write_text("\n".join(lines), encoding="utf-8")
    with pytest.raises(UserError) as caught:
        read_roster(path, today=TODAY)
    assert caught.value.key == "roster.too_big"


# -- nothing above or below a table is a pupil ------------------------------------------------

TITLES = [
    "PHÒNG GIÁO DỤC VÀ ĐÀO TẠO", "TRƯỜNG TIỂU HỌC KIM ĐỒNG", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
    "Độc lập - Tự do - Hạnh phúc", "DANH SÁCH HỌC SINH", "Lớp: 6A9", "Năm học 2026-2027",
    "Giáo viên chủ nhiệm: Lê Thị Thu", "",
]  # fmt: skip
PLACES = ["Hải Phòng", "Hà Nội", "Đà Nẵng", "Buôn Ma Thuột", "TP. Hồ Chí Minh"]
SIGNERS = [
    "Người lập biểu", "Hiệu trưởng", "Phó hiệu trưởng", "Giáo viên chủ nhiệm", "GVCN",
    "(Ký, ghi rõ họ tên)", "T/M BAN GIÁM HIỆU", "KT. HIỆU TRƯỞNG", "Xác nhận của nhà trường",
]  # fmt: skip


@st.composite
def footer_line(draw) -> list[str]:
    n = draw(st.integers(1, 60))
    kind = draw(st.integers(0, 6))
    text = [
        f"Danh sách có {n} học sinh",
        f"Tổng số: {n} học sinh, trong đó nữ: {draw(st.integers(0, n))}",
        f"{draw(st.sampled_from(PLACES))}, ngày {draw(st.integers(1, 28))} tháng "
        f"{draw(st.integers(1, 12))} năm 2026",
        draw(st.sampled_from(SIGNERS)),
        f"Ghi chú: {draw(st.sampled_from(['học sinh chuyển đến', 'cập nhật ngày 5/9']))}",
        f"Cộng: {n}",
        "",
    ][kind]
    column = draw(st.integers(0, 4))
    return [""] * column + [text]


@settings(max_examples=80, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    titles=st.lists(st.sampled_from(TITLES), max_size=9),
    footers=st.lists(footer_line(), max_size=8),
    delimiter=st.sampled_from([",", ";", "\t"]),
)
def test_titles_above_and_footers_below_never_change_the_pupils(titles, footers, delimiter):
    header = ["STT", "Họ và tên", "Giới tính", "Ngày sinh", "Mã học sinh"]
    body = [
        [str(i), n, {"M": "Nam", "F": "Nữ"}[g], f"0{i}/03/{y}", c]
        for i, (n, g, y, c) in enumerate(nine(HS_CODES), 1)
    ]
    out = io.StringIO()
    csv.writer(out, delimiter=delimiter).writerows(
        [[t] for t in titles] + [header, *body, *footers]
    )
    grid, _delimiter = read_grid_text(out.getvalue())
    preview = preview_grid(grid, path=Path("x.csv"), today=TODAY)
    assert [(r.full_name, r.gender, r.birth_year, r.code) for r in preview.rows] == nine(HS_CODES)
    assert preview.problems() == []


# -- fuzzing: damaged real files never raise anything but UserError ----------------------------

# .xls is fuzzed apart (below): each read is a child process, too slow for 1,200 cases.
FUZZ_SOURCES = [
    *(n for n in sorted(CORPUS) if not n.endswith(".xls")),
    "encrypted.xlsx",
    "formula.xlsx",
    "bad_rows.xlsx",
]


def _damage(data: bytes, rng: random.Random) -> bytes:
    buffer = bytearray(data)
    how = rng.randrange(4)
    if how == 0:  # flip bytes
        for _ in range(rng.randint(1, 20)):
            buffer[rng.randrange(len(buffer))] = rng.randrange(256)
    elif how == 1:  # cut short
        del buffer[rng.randrange(1, len(buffer)) :]
    elif how == 2:  # a block overwritten
        start = rng.randrange(len(buffer))
        buffer[start : start + rng.randint(1, 64)] = rng.randbytes(rng.randint(1, 64))
    else:  # a block duplicated
        start = rng.randrange(len(buffer))
        buffer[start:start] = buffer[start : start + rng.randint(1, 200)]
    return bytes(buffer)


def test_damaged_fixture_bytes_only_ever_raise_user_error():
    rng = random.Random(12)
    originals = {name: (FIXTURES / name).read_bytes() for name in FUZZ_SOURCES}
    outcomes = {"read": 0, "refused": 0}
    for case in range(1200):
        name = FUZZ_SOURCES[case % len(FUZZ_SOURCES)]
        data = _damage(originals[name], rng)
        try:
            book = read_bytes(data, name)
            for sheet in book.sheets:
                with contextlib.suppress(UserError):
                    preview_grid(sheet.rows, path=Path(name), today=TODAY)
            outcomes["read"] += 1
        except UserError as exc:
            assert exc.message("vi") and exc.message("en")
            outcomes["refused"] += 1
    assert outcomes["read"] > 0 and outcomes["refused"] > 0


def test_an_xls_that_makes_calamine_abort_is_one_line():
    """damaged_alloc.xls makes calamine ask for 57 GB and abort the process it runs in: read
    in a child process, it is a damaged file and this process carries on."""
    with pytest.raises(UserError) as caught:
        read_roster(FIXTURES / "damaged_alloc.xls", today=TODAY)
    assert caught.value.key == "roster.damaged"
    assert "damaged_alloc.xls" in caught.value.message("vi")
    assert "\n" not in caught.value.message("en")


def test_damaged_xls_bytes_only_ever_raise_user_error():
    rng = random.Random(21)
    originals = [(FIXTURES / n).read_bytes() for n in ("old_dates.xls", "old_text_dates.xls",
                                                       "khoi7_moi_lop_mot_trang.xls")]  # fmt: skip
    outcomes = {"read": 0, "refused": 0}
    for case in range(12):
        data = _damage(originals[case % len(originals)], rng)
        try:
            read_bytes(data, "case.xls")
            outcomes["read"] += 1
        except UserError as exc:
            assert exc.message("vi") and exc.message("en")
            outcomes["refused"] += 1
    assert outcomes["refused"] > 0
