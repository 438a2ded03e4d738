"""The plain records services hand to the UI, CLI and reports (no database handles inside)."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

# Fixed namespace: records of the same fact made on two devices get the same id and converge.
NAMESPACE = "6f1c0b7e-3f0a-5c2e-9a41-6b2d1f0e8a11"

SESSION_KINDS = ("lesson", "parent_meeting", "staff_training", "school_event")
QUIZ_MODES = ("none", "pupil", "class")
GENDERS = ("", "F", "M")


def fact_id(*parts: str) -> str:
    """Deterministic id of a fact (attendance of a pupil at a session, an answer, a tally)."""
    import uuid  # on first use: uuid brings platform and hashlib, which a start does not need

    return str(uuid.uuid5(uuid.UUID(NAMESPACE), "/".join(parts)))


def new_id() -> str:
    """A random id for a new record (a class, a pupil, a session, this device)."""
    import uuid

    return str(uuid.uuid4())


@dataclass(frozen=True)
class School:
    """The school this database belongs to (its code names it in sync packages)."""

    id: str
    code: str
    name: str
    district: str = ""
    province: str = ""


@dataclass(frozen=True)
class SchoolClass:
    """A class of one school year; archived when the year is closed or the class is gone."""

    id: str
    school_id: str
    school_year: str
    grade: int
    name: str
    homeroom_teacher: str = ""
    archived: bool = False
    pupil_count: int = 0
    site_id: str = ""  # '' = the school's main site
    mixed_grades: tuple[int, ...] = ()  # a mixed-grade class (lớp ghép): its grades, lowest first
    year_closed: bool = False  # archived read-only because its school year was closed (m011)

    @property
    def grades(self) -> tuple[int, ...]:
        """The grades this class teaches: a mixed class's list, else its one grade."""
        return self.mixed_grades or (self.grade,)

    def pupil_grade(self, pupil: Pupil) -> int:
        """A pupil's own grade in this class (0 on the pupil = the class's grade)."""
        return pupil.grade or self.grade


@dataclass(frozen=True)
class Site:
    """A satellite site (điểm trường) of a school; classes name theirs ('' = the main site)."""

    id: str
    school_id: str
    name: str


@dataclass(frozen=True)
class Pupil:
    """One child's stay in one class: a move or a new year makes a new row, linked back."""

    id: str
    class_id: str
    full_name: str
    code: str = ""
    gender: str = ""
    birth_year: int | None = None
    active: bool = True
    grade: int = 0  # in a mixed-grade class, the pupil's own grade; 0 = the class's grade
    joined_on: str = ""  # ISO day the pupil came into this class mid-year; "" = from the start
    left_on: str = ""  # ISO day this stay in the class ended ("" while in it)
    left_reason: str = ""  # "", "graduated", "moved" (to another class), "left" (the school)
    previous_id: str = ""  # the same child's row in the class before (last year, or a move)


@dataclass(frozen=True)
class Answer:
    """One pupil's answer to one quiz item (typed, read from a card or a sheet)."""

    pupil_id: str
    item_id: str
    answer: str  # canonical form (skillsapp.domain.scoring.normalise_answer)


@dataclass(frozen=True)
class Tally:
    """How many hands or cards went up for one option of one item (a whole-class quiz)."""

    item_id: str
    option: str  # canonical answer the hands or cards were raised for
    count: int


@dataclass(frozen=True)
class SessionInput:
    """Everything a teacher enters for one session; saved in one transaction."""

    kind: str
    held_on: date
    class_id: str | None = None
    lesson_id: str = ""
    lesson_version: int = 0
    minutes: int = 0
    teacher: str = ""
    participants: int = 0
    notes: str = ""
    quiz_mode: str = "none"
    # the quiz was shown in the session's own order (seeded by its id: domain/quiz_order.py);
    # answers are stored by the original options either way (m013)
    quiz_shuffled: bool = False
    attendance: dict[str, str] = field(default_factory=dict)  # pupil id -> status
    answers: tuple[Answer, ...] = ()
    tallies: tuple[Tally, ...] = ()


@dataclass(frozen=True)
class Session(SessionInput):
    """A session as saved: what was entered, with its id and school."""

    id: str = ""
    school_id: str = ""


@dataclass(frozen=True)
class SessionSummary:
    """One row of a session list: counts instead of the attendance and answers."""

    id: str
    kind: str
    held_on: date
    class_id: str | None
    class_name: str
    lesson_id: str
    present: int
    pupils: int
    participants: int
    quiz_mode: str
    lesson_version: int = 0  # the version taught: a past row names the lesson as it was then


@dataclass(frozen=True)
class Changes:
    """What a write touched, so screens refresh only what they show."""

    tables: frozenset[str]
    ids: tuple[str, ...] = ()
