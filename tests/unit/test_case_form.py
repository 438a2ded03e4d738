"""The disclosure record form prints what the register knows about a case, and never a name."""

from __future__ import annotations

import io
from datetime import date

from pypdf import PdfReader

from skillsapp.cases import register as reg
from skillsapp.cases.form import disclosure_form_pdf
from skillsapp.services import school as school_service

TODAY = date(2026, 11, 20)


def _text(path) -> str:
    reader = PdfReader(io.BytesIO(path.read_bytes()))
    return " ".join(" ".join(p.extract_text().split()) for p in reader.pages)


def test_form_is_pre_filled_in_both_languages_and_carries_no_name(demo_store, tmp_path):
    register = reg.setup(demo_store, "một câu dài để nhớ mãi", kdf=(1024, 1)).register
    pupil = school_service.pupils(demo_store, school_service.classes(demo_store)[0].id)[0]
    case = register.add_case(
        kind="grooming", received=date(2026, 11, 3), receiver="homeroom", pupil_id=pupil.id,
        note="Em nhận tin nhắn lạ", today=TODAY,
    )  # fmt: skip
    case = register.add_action(case.code, "hotline_111", date(2026, 11, 4), today=TODAY)
    vi = _text(disclosure_form_pdf(demo_store, case, tmp_path / "vi.pdf", "vi"))
    for expected in ("BIÊN BẢN TIẾP NHẬN LỜI KỂ", case.code, "03/11/2026", "04/11/2026",
                     "Giáo viên chủ nhiệm", "Chuyển Tổng đài 111", "Em nhận tin nhắn lạ",
                     "Lời em kể", "MẬT"):  # fmt: skip
        assert expected in vi, expected
    assert pupil.full_name not in vi and pupil.full_name.split()[-1] not in vi.split()
    en = _text(disclosure_form_pdf(demo_store, case, tmp_path / "en.pdf", "en"))
    assert "DISCLOSURE RECORD" in en and "Grooming" in en and "linked in the register" in en
