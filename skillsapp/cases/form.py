"""The staff training's "Disclosure record" form (lessons/staff/02), printed pre-filled for a case.

What the register knows is filled in (code, date received, who received it, kind, grade and
gender, the note, the actions with their dates); the parts the training says to write by hand
(the pupil's own words, what was observed, whom was told and when) keep ruled rows. No name is
ever printed: the case code links the paper to the register. The paper goes by hand to the
designated person, as the training says, so it carries the confidential notice on every page.
"""

from __future__ import annotations

from pathlib import Path

from skillsapp.cases.register import Case
from skillsapp.cases.texts import ACTION_LABELS, KIND_LABELS, RECEIVER_LABELS, STATUS_LABELS, label
from skillsapp.errors import UserError
from skillsapp.store import Store

WRITING_ROWS = 5
ROW_MM = 8.0

WORDS = {
    "title": ("BIÊN BẢN TIẾP NHẬN LỜI KỂ", "DISCLOSURE RECORD"),
    "notice": (
        "MẬT: chỉ trao tay người phụ trách bảo vệ trẻ em; không chụp, không gửi qua mạng.",
        "CONFIDENTIAL: hand only to the designated person; never photograph or send online.",
    ),
    "subject": ("Trường hợp {code}", "Case {code}"),
    "field": ("Mục", "Item"),
    "value": ("Nội dung", "Entry"),
    "code": ("Mã trường hợp", "Case code"),
    "received": ("Ngày tiếp nhận", "Date received"),
    "time_place": ("Giờ, nơi em kể", "Time and place"),
    "receiver": ("Người tiếp nhận", "Received by"),
    "kind": ("Loại việc", "Kind"),
    "pupil": ("Học sinh (không ghi tên)", "Pupil (no name)"),
    "grade": ("khối {grade}", "grade {grade}"),
    "girl": ("nữ", "girl"),
    "boy": ("nam", "boy"),
    "linked": ("đã liên kết trong sổ", "linked in the register"),
    "status": ("Tình trạng", "Status"),
    "note": ("Ghi chú trong sổ", "Note in the register"),
    "words": (
        "Lời em kể (ghi nguyên văn, trong ngoặc kép)",
        "The pupil's words (verbatim, quoted)",
    ),
    "observed": (
        "Điều quan sát được (chỉ ghi sự việc, không nhận xét)",
        "What was observed (facts only, no opinions)",
    ),
    "actions": ("Việc đã làm", "Actions taken"),
    "day": ("Ngày", "Date"),
    "action": ("Việc", "Action"),
    "action_note": ("Ghi chú", "Note"),
    "told": ("Đã báo cho ai, lúc nào", "Whom you told, and when"),
    "signer": ("Người tiếp nhận ký", "Signed by the receiver"),
}


def _w(key: str, lang: str, **params: object) -> str:
    vi, en = WORDS[key]
    return (en if lang == "en" else vi).format(**params)


def _pupil_text(case: Case, lang: str) -> str:
    if case.pupil_id:
        return _w("linked", lang)
    parts = []
    if case.grade:
        parts.append(_w("grade", lang, grade=case.grade))
    if case.gender:
        parts.append(_w("girl" if case.gender == "F" else "boy", lang))
    return ", ".join(parts)


def _school_name(store: Store) -> str:
    from skillsapp.services.school import current_school

    try:
        return current_school(store).name
    except UserError:
        return ""


def disclosure_form(store: Store, case: Case, lang: str = "vi"):
    """The form as a report Document (printed by the reports' PDF code)."""
    from skillsapp.reports.document import Closing, Column, Document, Heading, Letterhead, Table

    facts = (
        (_w("code", lang), case.code),
        (_w("received", lang), case.received.strftime("%d/%m/%Y")),
        (_w("time_place", lang), ""),
        (_w("receiver", lang), label(RECEIVER_LABELS, case.receiver, lang)),
        (_w("kind", lang), label(KIND_LABELS, case.kind, lang)),
        (_w("pupil", lang), _pupil_text(case, lang)),
        (_w("status", lang), label(STATUS_LABELS, case.status, lang)),
        (_w("note", lang), case.note),
    )
    columns = (Column(_w("field", lang), width=1.4), Column(_w("value", lang), width=3.6))

    def ruled(key: str) -> tuple:
        rows = tuple(("",) for _ in range(WRITING_ROWS))
        return (
            Heading(_w(key, lang), 2),
            Table(key, "", (Column("", width=5.0),), rows, row_height=ROW_MM),
        )

    actions = tuple(
        (a.day.strftime("%d/%m/%Y"), label(ACTION_LABELS, a.action, lang), a.note)
        for a in case.actions
    ) + tuple(("", "", "") for _ in range(3))
    action_table = Table(
        "actions",
        "",
        (
            Column(_w("day", lang), width=1.0),
            Column(_w("action", lang), width=2.2),
            Column(_w("action_note", lang), width=1.8),
        ),
        actions,
        row_height=ROW_MM,
    )
    school = _school_name(store)
    return Document(
        lang=lang,
        title=_w("title", lang),
        subject=(_w("subject", lang, code=case.code),),
        letterhead=Letterhead((), school.upper(), "", "", False, _w("notice", lang)),
        body=(
            Table("facts", "", columns, facts),
            *ruled("words"),
            *ruled("observed"),
            Heading(_w("actions", lang), 2),
            action_table,
            *ruled("told"),
        ),
        closing=Closing("", (), _w("signer", lang), ""),
        personal=True,
        form=True,
        meta={"title": _w("title", lang), "author": school},
    )


def disclosure_form_pdf(store: Store, case: Case, target: Path, lang: str = "vi") -> Path:
    """Write the pre-filled form as a PDF (atomically: no half-written file under its name)."""
    from skillsapp.files import write_atomically
    from skillsapp.reports.pdf import render_pdf

    data, _pages = render_pdf(disclosure_form(store, case, lang))
    return write_atomically(Path(target), data)
