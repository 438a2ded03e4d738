"""The case register's counts in the school report, the aggregate package and the department
report: counts only, small numbers hidden, sums exact, older aggregates still read.

The registers are built with the register's own use cases in test databases; every expected
figure below is worked out by hand from the cases each test records."""

from __future__ import annotations

import json
import zipfile
from datetime import date, timedelta

import pytest

from skillsapp.cases import register as reg
from skillsapp.content import load_kit
from skillsapp.domain.cases import CaseCounts
from skillsapp.domain.records import School
from skillsapp.errors import UserError
from skillsapp.reports.build import ReportRequest, build_report
from skillsapp.reports.document import Para
from skillsapp.reports.figures import SchoolFigures, department_figures, school_figures
from skillsapp.services import school as school_service
from skillsapp.store import open_store
from skillsapp.sync.export import export_aggregate

PERIOD = "2026-2027/hk1"
TODAY = date(2027, 1, 10)
FAST = (1024, 1)  # KiB, iterations: a quick key for tests
NOTE = "Quokkaville Bexleyhurst zebrafinch ngựa vằn"
OCT = date(2026, 10, 13)

# (kind, days from receipt to the first action or None, outcome or None for still open)
SCHOOL_A = [
    *[("cyberbullying", days, "supported") for days in (0, 1, 2, 3, 10)],
    ("cyberbullying", None, None),
    ("scam", None, None),
    ("scam", None, None),
]
SCHOOL_B = [
    ("grooming", 20, "referred"),
    ("grooming", 30, "referred"),
    ("sextortion", 40, "supported"),
    ("cyberbullying", 50, "supported"),
    ("cyberbullying", 60, "supported"),
    ("cyberbullying", None, None),
]


def _school(tmp_path, code: str, cases: list[tuple[str, int | None, str | None]]):
    """A school database with a case register holding `cases`, all received in October 2026."""
    store = open_store(tmp_path / f"{code}.db")
    school_service.save_school(
        store, School(id="", code=code, name=f"Trường THCS {code}", province="Hải Phòng")
    )
    register = reg.setup(store, "con mèo trèo cây cau", kdf=FAST).register
    codes = []
    for n, (kind, days, outcome) in enumerate(cases):
        received = OCT + timedelta(days=n % 3)
        case = register.add_case(kind=kind, received=received, note=NOTE, today=TODAY)
        codes.append(case.code)
        if days is not None:
            day = received + timedelta(days=days)
            register.add_action(case.code, "listened", day, note=NOTE, today=TODAY)
        if outcome is not None:
            register.close(case.code, outcome, support=NOTE, today=TODAY)
    return store, codes


def _section(document) -> list:
    """The blocks of the cases section: from its heading to the next section's heading."""
    body = list(document.body)
    start = next(
        i for i, b in enumerate(body) if getattr(b, "text", "").endswith("MÔI TRƯỜNG MẠNG")
    )
    end = next(i for i in range(start + 1, len(body)) if getattr(body[i], "level", 0) == 1)
    return body[start:end]


def _rows(document, key: str) -> list[tuple]:
    return [tuple(row) for row in next(t for t in document.tables() if t.key == key).rows]


def test_the_school_report_shows_the_counts_with_small_groups_hidden(tmp_path):
    store, _ = _school(tmp_path, "A", SCHOOL_A)
    figs = school_figures(store, load_kit(), PERIOD)
    assert figs.cases == CaseCounts(
        received=8,
        by_kind={"cyberbullying": 6, "scam": 2},
        supported=5,
        still_open=3,
        first_action_days={0: 1, 1: 1, 2: 1, 3: 1, 10: 1},
    )
    document = build_report(
        store, load_kit(), ReportRequest("school", PERIOD, "csv"), today=TODAY
    ).document
    # 2 scams are "<5"; the kinds add up to 8, so the cheapest other kind (a 0) is hidden too.
    assert _rows(document, "cases_kind") == [
        ("Bắt nạt trên mạng", 6),
        ("Dụ dỗ, làm quen để xâm hại", "x"),
        ("Tống tiền bằng ảnh, lạm dụng hình ảnh", 0),
        ("Lừa đảo, cưỡng đoạt", "<5"),
        ("Tiếp xúc nội dung độc hại", 0),
        ("Khác", 0),
        ("Tổng số tiếp nhận", 8),
    ]
    assert _rows(document, "cases_status") == [
        ("Đã hỗ trợ", 5),
        ("Đã chuyển tuyến", "x"),
        ("Đã đóng (lý do khác)", 0),
        ("Đang theo dõi", "<5"),
        ("Tổng số tiếp nhận", 8),
    ]
    section = _section(document)
    assert section[0].text == "II. HỖ TRỢ TRẺ EM BỊ XÂM HẠI TRÊN MÔI TRƯỜNG MẠNG"
    assert section[1].text == (
        "Số trường hợp trẻ em bị xâm hại trên môi trường mạng được tiếp nhận trong kỳ: 8; đã "
        "hỗ trợ: 5; đã chuyển tuyến: x; đang theo dõi: <5. Số ngày từ khi tiếp nhận đến việc "
        "làm đầu tiên (trung vị): 2 ngày."
    )
    notes = [b.text for b in document.body if isinstance(b, Para) and b.style == "note"]
    assert any(text.startswith("Ghi chú: “<5”") for text in notes)  # the "<5" is explained
    english = build_report(
        store, load_kit(), ReportRequest("school", PERIOD, "csv", lang="en"), today=TODAY
    )
    headings = [b.text for b in english.document.body if getattr(b, "level", 0) == 1]
    assert "II. SUPPORT FOR CHILDREN HARMED ONLINE" in headings
    assert ("Total received", 8) in _rows(english.document, "cases_kind")


def test_a_register_of_few_cases_shows_no_count_and_no_median(tmp_path):
    store, _ = _school(tmp_path, "F", [("grooming", 1, "supported"), ("grooming", 4, None)])
    document = build_report(
        store, load_kit(), ReportRequest("school", PERIOD, "csv"), today=TODAY
    ).document
    section = _section(document)
    assert "trong kỳ: <5;" in section[1].text and "(trung vị): <5." in section[1].text
    for key in ("cases_kind", "cases_status"):
        assert all(row[1] in (0, "<5", "x") for row in _rows(document, key))
    assert _rows(document, "cases_kind")[-1] == ("Tổng số tiếp nhận", "<5")


def test_the_aggregate_package_carries_the_counts_and_no_case_detail(tmp_path):
    store, codes = _school(tmp_path, "A", SCHOOL_A)
    path = export_aggregate(store, tmp_path / "out", period=PERIOD, kit=load_kit()).path
    raw = path.read_bytes()
    with zipfile.ZipFile(path) as archive:
        members = [archive.read(name) for name in archive.namelist()]
    body = json.loads(next(m for m in members if b'"figures"' in m))
    assert body["figures"]["cases"] == {
        "received": 8,
        "supported": 5,
        "referred": 0,
        "still_open": 3,
        "by_kind": {"cyberbullying": 6, "scam": 2},
        "first_action_days": [[0, 1], [1, 1], [2, 1], [3, 1], [10, 1]],
    }
    secrets = [*codes, *NOTE.split(), "2026-10", "13/10/2026", "2026-10-13", "2026-10-14"]
    for text in (raw, *members):
        for secret in secrets:
            assert secret.encode() not in text, secret
            assert secret.encode("utf-16-le") not in text, secret


def _department(tmp_path, *figures: dict):
    dept = open_store(tmp_path / "dept.db")
    for data in figures:
        dept.db.execute(
            "INSERT INTO aggregate_report (school_code, school_name, district, period, figures, "
            "package_id, sender_device, created_at, received_at) VALUES (?, ?, 'Phường X', ?, ?, "
            "'p', 'd', '2026-12-01', '2026-12-01')",
            [data["school_code"], data["school_name"], PERIOD, json.dumps(data)],
        )
    return dept


def test_the_department_sums_two_schools_and_the_median_is_exact(tmp_path):
    a, _ = _school(tmp_path, "A", SCHOOL_A)
    b, _ = _school(tmp_path, "B", SCHOOL_B)
    kit = load_kit()
    dept = _department(
        tmp_path,
        school_figures(a, kit, PERIOD).to_dict(),
        school_figures(b, kit, PERIOD).to_dict(),
    )
    figs = department_figures(dept, PERIOD)
    assert figs.cases.received == 14
    assert dict(figs.cases.by_kind) == {
        "cyberbullying": 9,
        "scam": 2,
        "grooming": 2,
        "sextortion": 1,
    }
    assert (figs.cases.supported, figs.cases.referred, figs.cases.still_open) == (8, 2, 4)
    # Days 0 1 2 3 10 and 20 30 40 50 60: the median of all ten is 15 (the schools' own
    # medians are 2 and 40; their mean, 21, would be wrong).
    assert figs.cases.median_days() == 15.0
    document = build_report(
        dept, kit, ReportRequest("department", PERIOD, "csv"), today=TODAY
    ).document
    assert _rows(document, "cases_kind") == [
        ("Bắt nạt trên mạng", 9),
        ("Dụ dỗ, làm quen để xâm hại", "<5"),
        ("Tống tiền bằng ảnh, lạm dụng hình ảnh", "<5"),
        ("Lừa đảo, cưỡng đoạt", "<5"),
        ("Tiếp xúc nội dung độc hại", 0),
        ("Khác", 0),
        ("Tổng số tiếp nhận", 14),
    ]
    assert _rows(document, "cases_status") == [
        ("Đã hỗ trợ", 8),
        ("Đã chuyển tuyến", "<5"),
        ("Đã đóng (lý do khác)", 0),
        ("Đang theo dõi", "<5"),
        ("Tổng số tiếp nhận", 14),
    ]
    assert "(trung vị): 15 ngày." in _section(document)[1].text


def test_an_older_aggregate_without_cases_reads_as_zeros_and_a_damaged_one_is_refused(tmp_path):
    store, _ = _school(tmp_path, "A", SCHOOL_A)
    data = school_figures(store, load_kit(), PERIOD).to_dict()
    old = {k: v for k, v in data.items() if k != "cases"} | {"version": 2, "school_code": "OLD"}
    assert SchoolFigures.from_dict(old).cases == CaseCounts()
    figs = department_figures(_department(tmp_path, data, old), PERIOD)
    assert figs.cases.received == 8 and len(figs.schools) == 2 and not figs.unreadable
    for bad in ({"received": "8"}, {"received": -1}, {"by_kind": ["scam"]}, {"days": []}):
        with pytest.raises(UserError) as caught:
            SchoolFigures.from_dict({**data, "cases": bad})
        assert caught.value.key == "report.figures_bad"


def test_a_damaged_register_leaves_the_report_standing_and_says_so(tmp_path):
    store, _ = _school(tmp_path, "A", SCHOOL_A)
    store.db.execute("DROP TABLE case_record")
    store.db.execute("CREATE VIEW case_record AS SELECT 1 AS nonsense")
    figs = school_figures(store, load_kit(), PERIOD)
    assert figs.cases is None and figs.school_code == "A"
    document = build_report(
        store, load_kit(), ReportRequest("school", PERIOD, "csv"), today=TODAY
    ).document
    assert _section(document)[1].text.startswith("Sổ theo dõi trường hợp không đọc được")
    assert not [t for t in document.tables() if t.key.startswith("cases_")]
    good, _ = _school(tmp_path, "B", SCHOOL_B)
    dept = _department(tmp_path, figs.to_dict(), school_figures(good, load_kit(), PERIOD).to_dict())
    summed = department_figures(dept, PERIOD)
    assert summed.cases_unreadable == ("A",) and summed.cases.received == 6
    text = _section(
        build_report(
            dept, load_kit(), ReportRequest("department", PERIOD, "csv"), today=TODAY
        ).document
    )
    assert text[1].text.startswith("Không đọc được số trường hợp của 1 trường (A)")
