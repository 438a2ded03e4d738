"""The session being entered, as plain data: what the session page edits and a draft file keeps.

Qt-free on purpose: the rules of what gets saved (everyone present unless marked, answers only
for this lesson's items, no zero tallies) and the draft's JSON are tested without a screen, and
the draft survives a closed window or a crash as a small file beside the database.
"""

from __future__ import annotations

import json
import os
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any

from skillsapp.domain.attendance import STATUSES
from skillsapp.domain.records import (
    QUIZ_MODES,
    SESSION_KINDS,
    Answer,
    Session,
    SessionInput,
    Tally,
    new_id,
)
from skillsapp.domain.scoring import QuizKey

DRAFT_VERSION = 1
DRAFT_SUFFIX = ".session-draft.json"
ADULT_BANDS = {"parent_meeting": "parents", "staff_training": "staff"}


def _one_of(value: object, allowed: tuple[str, ...]) -> str:
    if value not in allowed:
        raise ValueError(value)
    return str(value)


def _optional_str(value: object) -> str | None:
    return None if value is None else str(value)


def _planned_id(value: object) -> str:
    """A kept draft's planned session id; one kept before ids were planned gets a new one."""
    if value is None:
        return new_id()
    if not isinstance(value, str) or not value.strip():
        raise ValueError("bad planned session id")
    return value


# The plain fields a draft shares with SessionInput, and how each is read back from JSON.
_SCALARS: dict[str, Callable[[Any], object]] = {
    "kind": lambda v: _one_of(v, SESSION_KINDS),
    "held_on": lambda v: date.fromisoformat(str(v)),
    "class_id": _optional_str,
    "lesson_id": str,
    "lesson_version": int,
    "minutes": int,
    "teacher": str,
    "participants": int,
    "notes": str,
    "quiz_mode": lambda v: _one_of(v, QUIZ_MODES),
}


@dataclass
class SessionDraft:
    """Everything entered so far; `attendance` holds only pupils who are not present.

    `roster` is the pupils the session is about, fixed when it starts (or as saved), so a pupil
    who joins the class later is not silently marked present when an old session is edited.
    """

    kind: str = "lesson"
    held_on: date = field(default_factory=date.today)
    class_id: str | None = None
    lesson_id: str = ""
    lesson_version: int = 0
    minutes: int = 0
    teacher: str = ""
    participants: int = 0
    notes: str = ""
    quiz_mode: str = "pupil"
    roster: tuple[str, ...] = ()
    attendance: dict[str, str] = field(default_factory=dict)
    answers: dict[tuple[str, str], str] = field(default_factory=dict)  # (pupil, item) -> answer
    tallies: dict[tuple[str, str], int] = field(default_factory=dict)  # (item, option) -> count
    session_id: str | None = None
    step: int = 0
    # The quiz's order (issue 19): shuffled per session unless the teacher turned it off before
    # the first answer, seeded by the id the session has, or will get when first saved
    # (`planned_id`, kept in the draft file so a crash does not change the order).
    shuffle: bool = True
    planned_id: str = field(default_factory=lambda: new_id())  # looked up per draft
    # Names kept with the draft so a banner can say whose session it is even when the class or
    # lesson has gone meanwhile; labels only, never compared or saved to the database.
    class_name: str = field(default="", compare=False)
    lesson_title: str = field(default="", compare=False)

    def __post_init__(self) -> None:
        if self.kind != "lesson" and self.quiz_mode == "pupil":
            self.quiz_mode = "class"  # parents and staff have no class list to answer from

    @property
    def is_lesson(self) -> bool:
        return self.kind == "lesson"

    def status(self, pupil_id: str) -> str:
        return self.attendance.get(pupil_id, "present")

    def set_status(self, pupil_id: str, status: str) -> None:
        if status not in STATUSES:
            raise ValueError(status)
        if status == "present":
            self.attendance.pop(pupil_id, None)
        else:
            self.attendance[pupil_id] = status

    def attends(self, pupil_id: str) -> bool:
        return self.status(pupil_id) in ("present", "late")

    @property
    def order_seed(self) -> str:
        """The seed of the session's quiz order: its id, saved or planned."""
        return self.session_id or self.planned_id

    @property
    def shuffled(self) -> bool:
        """Whether the quiz is shown in the session's own order: only a per-pupil lesson quiz
        (cards, sheets, typing); a whole-class tally keeps the lesson's order."""
        return self.shuffle and self.is_lesson and self.quiz_mode == "pupil"

    @property
    def order_locked(self) -> bool:
        """Whether the shuffle box is fixed: once an answer is recorded, the cards, sheets and
        typing of this session have used the order, so it must not change under them."""
        return bool(self.answers)

    def has_entries(self) -> bool:
        """Whether the teacher entered anything worth keeping (a draft is kept only then)."""
        adults = not self.is_lesson and self.participants > 0
        return bool(self.attendance or self.answers or self.tallies or self.notes.strip() or adults)

    def set_answer(self, pupil_id: str, item_id: str, answer: str | None) -> None:
        if answer is None:
            self.answers.pop((pupil_id, item_id), None)
        else:
            self.answers[(pupil_id, item_id)] = answer

    def set_count(self, item_id: str, option: str, count: int) -> None:
        if count < 0:
            raise ValueError(count)
        if count:
            self.tallies[(item_id, option)] = count
        else:
            self.tallies.pop((item_id, option), None)

    def start_roster(self, pupil_ids: Iterable[str]) -> None:
        """A new class for the session: everyone on the list, everyone present."""
        self.roster = tuple(pupil_ids)
        self.attendance = {}

    def to_input(self, keys: Mapping[str, QuizKey]) -> SessionInput:
        """What `record_session` saves: only this roster, this lesson's items, counts above 0."""
        roster = set(self.roster)
        lesson = self.is_lesson
        answers = tuple(
            Answer(pupil_id=pupil, item_id=item, answer=text)
            for (pupil, item), text in sorted(self.answers.items())
            if lesson and self.quiz_mode == "pupil" and pupil in roster and item in keys
        )
        tallies = tuple(
            Tally(item_id=item, option=option, count=count)
            for (item, option), count in sorted(self.tallies.items())
            if self.quiz_mode == "class" and item in keys and count > 0
        )
        scalars = {name: getattr(self, name) for name in _SCALARS}
        scalars.update(
            class_id=self.class_id if lesson else None,
            teacher=self.teacher.strip(),
            participants=0 if lesson else self.participants,
            notes=self.notes.strip(),
        )
        attendance = {p: self.status(p) for p in self.roster} if lesson else {}
        return SessionInput(
            **scalars,
            quiz_shuffled=self.shuffled,
            attendance=attendance,
            answers=answers,
            tallies=tallies,
        )

    def to_json(self) -> dict[str, object]:
        return {
            "version": DRAFT_VERSION,
            **{name: getattr(self, name) for name in _SCALARS},
            "held_on": self.held_on.isoformat(),
            "roster": list(self.roster),
            "attendance": dict(self.attendance),
            "answers": [[p, i, a] for (p, i), a in self.answers.items()],
            "tallies": [[i, o, c] for (i, o), c in self.tallies.items()],
            "session_id": self.session_id,
            "step": self.step,
            "shuffle": self.shuffle,
            "planned_id": self.planned_id,
            "class_name": self.class_name,
            "lesson_title": self.lesson_title,
        }

    @classmethod
    def from_json(cls, data: Mapping[str, object]) -> SessionDraft:
        """Rebuild a draft; ValueError (or TypeError/KeyError) for anything not a draft of ours."""
        if data.get("version") != DRAFT_VERSION:
            raise ValueError("unknown draft version")
        draft = cls(
            **{name: read(data[name]) for name, read in _SCALARS.items()},
            roster=tuple(str(p) for p in data["roster"]),  # type: ignore[attr-defined]
            session_id=_optional_str(data["session_id"]),
            step=int(data["step"]),  # type: ignore[call-overload]
            # a draft kept before shuffling existed was entered in the lesson's order
            shuffle=data.get("shuffle", False) is True,
            planned_id=_planned_id(data.get("planned_id")),
            class_name=str(data.get("class_name") or ""),
            lesson_title=str(data.get("lesson_title") or ""),
        )
        for pupil, status in dict(data["attendance"]).items():  # type: ignore[call-overload]
            draft.set_status(str(pupil), str(status))
        for pupil, item, answer in data["answers"]:  # type: ignore[attr-defined]
            draft.set_answer(str(pupil), str(item), str(answer))
        for item, option, count in data["tallies"]:  # type: ignore[attr-defined]
            draft.set_count(str(item), str(option), int(count))
        return draft

    @classmethod
    def from_session(cls, session: Session, active_pupils: Iterable[str]) -> SessionDraft:
        """A saved session reopened for editing; its roster is whoever it recorded."""
        roster = tuple(session.attendance) or tuple(active_pupils)
        draft = cls(
            **{name: getattr(session, name) for name in _SCALARS},
            roster=roster,
            session_id=session.id,
            shuffle=session.quiz_shuffled,
            planned_id=session.id,
        )
        for pupil, status in session.attendance.items():
            draft.set_status(pupil, status)
        for answer in session.answers:
            draft.set_answer(answer.pupil_id, answer.item_id, answer.answer)
        for tally in session.tallies:
            draft.set_count(tally.item_id, tally.option, tally.count)
        return draft


def draft_path(db_path: Path) -> Path:
    """The draft sits beside the database it belongs to, so each database has its own."""
    return db_path.with_name(db_path.name + DRAFT_SUFFIX)


def save_draft(path: Path, draft: SessionDraft) -> None:
    """Write atomically (temp file, then replace): a crash mid-write keeps the previous draft."""
    tmp = path.with_name(path.name + ".tmp")
    tmp.write_text(json.dumps(draft.to_json(), ensure_ascii=False), encoding="utf-8")
    os.replace(tmp, path)


def read_draft(path: Path) -> tuple[SessionDraft | None, bool]:
    """The kept draft (None if there is none) and whether the file is there but damaged.

    Nothing is moved: the page that restores drafts decides, and says so to the teacher.
    """
    try:
        text = path.read_text(encoding="utf-8")
    except FileNotFoundError:
        return None, False
    try:
        return SessionDraft.from_json(json.loads(text)), False
    except (ValueError, TypeError, KeyError, AttributeError):
        return None, True


def set_aside(path: Path, why: str) -> Path:
    """Move a draft that cannot be restored beside it (never deleted): `<draft>.<why>`."""
    target = path.with_name(f"{path.name}.{why}")
    os.replace(path, target)
    return target


def load_draft(path: Path) -> SessionDraft | None:
    """The kept draft, or None; a damaged file is moved aside (never deleted) and ignored."""
    draft, damaged = read_draft(path)
    if damaged:
        set_aside(path, "damaged")
    return draft


def remove_draft(path: Path) -> None:
    path.unlink(missing_ok=True)
