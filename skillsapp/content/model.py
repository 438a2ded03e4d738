"""The curriculum as plain, immutable values: what the loader builds and the app reads.

Everything here is frozen so a loaded kit can be shared by the UI, the reports and worker threads
without copying; lookups are built once per kit and cached on it.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from dataclasses import field as _field
from functools import cached_property
from typing import Any

from skillsapp.content.problem_texts import ProblemParams, Term, problem_text
from skillsapp.domain.scoring import QuizKey

STEP_KINDS = ("warm_up", "explore", "activity", "discuss", "quiz", "wrap_up")
MATERIAL_KINDS = ("cards", "worksheet", "post", "photo_set", "form")
HELP_CONTACT = "hotline-111"
DISCLOSURE_PROTOCOL = "disclosure"
HELP_STRAND = 6


@dataclass(frozen=True)
class Text:
    """One human text in both languages; Vietnamese is the primary one and the fallback."""

    vi: str
    en: str

    def get(self, lang: str) -> str:
        return self.en if lang == "en" and self.en else self.vi


@dataclass(frozen=True)
class Band:
    id: str
    grades: tuple[int, ...]
    ages: str
    minutes: int
    min_quiz_items: int
    name: Text

    @property
    def is_school(self) -> bool:
        """School bands teach classes of pupils; parents and staff bands have no grades."""
        return bool(self.grades)


@dataclass(frozen=True)
class Strand:
    id: int
    name: Text


@dataclass(frozen=True)
class Competence:
    """One component competence of the national framework (Thông tư 02/2025/TT-BGDĐT), by its
    code ("4.2"); its domain is the number before the dot."""

    code: str
    name: Text

    @property
    def id(self) -> str:
        return self.code

    @property
    def domain(self) -> int:
        return int(self.code.split(".")[0])


@dataclass(frozen=True)
class Domain:
    """One of the framework's 6 domains (miền năng lực) with its component competences."""

    id: int
    name: Text
    competences: tuple[Competence, ...]


@dataclass(frozen=True)
class SeedItem:
    id: str
    name: Text


@dataclass(frozen=True)
class Contact:
    id: str
    name: Text
    number: str | None
    url: str | None
    when: Text
    use: Text
    source: str
    verified: str = ""


@dataclass(frozen=True)
class Protocol:
    id: str
    title: Text
    steps: tuple[Text, ...]
    contacts: tuple[str, ...]


@dataclass(frozen=True)
class Card:
    text: Text
    category: int


@dataclass(frozen=True)
class QuizItem:
    """One quiz item; `answer` is kept as written in the YAML (int, list or bool).

    `key()` turns it into the canonical form the scoring rules and the database use.
    """

    id: str
    type: str
    prompt: Text
    feedback: Text
    options: tuple[Text, ...] = ()
    answer: Any = None
    scenario: Text | None = None
    categories: tuple[Text, ...] = ()
    cards: tuple[Card, ...] = ()
    why: tuple[Text | None, ...] | None = None

    def key(self) -> QuizKey:
        return QuizKey(
            item_id=self.id, type=self.type, answer=self._canonical(), choices=self._choices()
        )

    def _canonical(self) -> str:
        if self.type == "true_false":
            return "true" if self.answer else "false"
        if self.type == "multiple":
            return ",".join(str(i) for i in sorted(set(self.answer)))
        if self.type == "sorting":
            return ",".join(str(card.category) for card in self.cards)
        return str(self.answer)

    def _choices(self) -> int:
        if self.type == "true_false":
            return 2
        if self.type == "sorting":
            return len(self.categories)
        return len(self.options)

    def is_right(self, index: int) -> bool:
        """Whether option `index` is (one of) the right answers; for the answer-key views."""
        if self.type == "multiple":
            return index in self.answer
        return self.type in ("single", "scenario") and index == self.answer


SCENARIO_MARKERS = ("(phần tình huống)", "(the scenario)")


@dataclass(frozen=True)
class Step:
    minutes: int
    kind: str
    title: Text
    slide: Text
    script: Text
    picture: str = ""  # emoji naming the slide's pictures (content/pictures.py), e.g. "📱⚽"
    image: str = ""  # a picture of the lesson's pack shown on the slide, "files/<name>" (files.py)

    @property
    def reads_scenario(self) -> bool:
        """The script has the teacher read the lesson's scenario aloud ("Đọc tình huống của
        Lan (phần tình huống)"): its slide then shows the scenario, so pupils can follow it."""
        return SCENARIO_MARKERS[0] in self.script.vi or SCENARIO_MARKERS[1] in self.script.en


@dataclass(frozen=True)
class VocabEntry:
    term: Text
    meaning: Text


@dataclass(frozen=True)
class Scenario:
    title: Text
    text: Text


@dataclass(frozen=True)
class MaterialCard:
    """One card to cut out; `group` sorts a set into piles, `answer` goes to the teacher's key."""

    text: Text
    group: Text | None = None
    answer: Text | None = None


@dataclass(frozen=True)
class WorksheetItem:
    """A question or task, with `lines` blank lines under it to write on."""

    text: Text
    lines: int = 2


@dataclass(frozen=True)
class Comment:
    author: Text
    text: Text


@dataclass(frozen=True)
class Post:
    """A made-up social post for spotting tricks; `clues` are the tricks (teacher's key)."""

    author: Text
    text: Text
    likes: int
    shares: int = 0
    comments: tuple[Comment, ...] = ()
    clues: tuple[Text, ...] = ()


@dataclass(frozen=True)
class Photo:
    """A photo told in words (no real picture needed): what the frame shows, its caption."""

    caption: Text
    description: Text
    answer: Text | None = None


@dataclass(frozen=True)
class FormField:
    """A form's field: a label with `lines` to write on, or boxes to tick when `options`."""

    label: Text
    lines: int = 1
    options: tuple[Text, ...] = ()


@dataclass(frozen=True)
class Material:
    """Something a lesson needs on paper beyond paper and board, printed by the app.

    Only the fields of its `kind` are filled: cards, items (worksheet), post, photos (photo_set),
    fields (form).
    """

    id: str
    kind: str
    title: Text
    instructions: Text | None = None
    cards: tuple[MaterialCard, ...] = ()
    items: tuple[WorksheetItem, ...] = ()
    post: Post | None = None
    photos: tuple[Photo, ...] = ()
    fields: tuple[FormField, ...] = ()


@dataclass(frozen=True)
class LessonFile:
    """A file of the lesson's pack attached to the lesson (content/files.py): a picture or a
    document the teacher shows or prints, named by its title."""

    file: str  # "files/<name>"
    title: Text


@dataclass(frozen=True)
class Source:
    title: str
    url: str | None
    used_for: str


@dataclass(frozen=True)
class Lesson:
    id: str
    band: str
    strand: int
    order: int
    minutes: int
    version: int
    title: Text
    essential_question: Text
    objectives: tuple[Text, ...]
    vocabulary: tuple[VocabEntry, ...]
    materials: tuple[Text, ...]
    steps: tuple[Step, ...]
    scenario: Scenario | None
    discussion: tuple[Text, ...]
    key_messages: tuple[Text, ...]
    quiz: tuple[QuizItem, ...]
    family_note: Text
    teacher_notes: Text
    protocols: tuple[str, ...]
    contacts: tuple[str, ...]
    seed_items: tuple[str, ...]
    tin_hoc: Text | None
    sources: tuple[Source, ...]
    path: str
    printables: tuple[Material, ...] = ()  # the entries of `materials` the app prints
    grades: tuple[int, ...] = ()  # the school grades it is meant for (the band's when not written)
    competences: tuple[str, ...] = ()  # framework codes ("4.2") the lesson teaches
    picture: str = ""  # emoji for the title and closing slides and the handout's head
    review: bool = False  # a review lesson may stand in two grades' sequences (kit.yaml)
    origin: str = "bundled"  # where it came from: "bundled", "pack" (imported) or "own"
    pack_id: str = ""  # the imported pack that brought it (origin "pack")
    files: tuple[LessonFile, ...] = ()  # files of its pack attached to it (`files:`)
    folder: str = ""  # the folder its `files/...` references are read from ("" = none)

    @property
    def domains(self) -> tuple[int, ...]:
        """The framework domains the lesson's competences belong to, each once, in order."""
        return tuple(sorted({int(code.split(".")[0]) for code in self.competences}))

    def quiz_keys(self) -> dict[str, QuizKey]:
        return {item.id: item.key() for item in self.quiz}


@dataclass(frozen=True)
class Problem:
    """One fault in the lesson files, located as precisely as the YAML allows.

    `message` is the English text (what `curriculum check` prints in English); `key` and
    `params` make it again in any language (`in_lang`), e.g. for the lesson editor's list.
    A problem made without a key speaks English only."""

    path: str
    line: int | None
    field: str
    message: str
    key: str = _field(default="", compare=False)
    params: ProblemParams = _field(default=(), compare=False)

    def __str__(self) -> str:
        return self.shown("en")

    def shown(self, lang: str) -> str:
        """`file:line: field: message` with the message in `lang`."""
        parts = [f"{self.path}:{self.line}" if self.line else self.path, self.field]
        return ": ".join(part for part in (*parts, self.in_lang(lang)) if part)

    def in_lang(self, lang: str) -> str:
        """The message in `lang` (English when the problem has no key)."""
        if not self.key:
            return self.message
        return problem_text(self.key, lang, self.params)


def make_problem(
    path: str, line: int | None, where: str, key: str, /, **params: str | int | Term
) -> Problem:
    """A problem from its message key: the English message and what makes it in any language."""
    items: ProblemParams = tuple(params.items())
    return Problem(path, line, where, problem_text(key, "en", items), key, items)


@dataclass(frozen=True)
class Kit:
    """The whole curriculum: reference data, the lessons that loaded, and what is wrong."""

    bands: tuple[Band, ...]
    strands: tuple[Strand, ...]
    seed_items: tuple[SeedItem, ...]
    contacts: tuple[Contact, ...]
    protocols: tuple[Protocol, ...]
    lessons: tuple[Lesson, ...]
    problems: tuple[Problem, ...]
    contacts_verified: str
    domains: tuple[Domain, ...] = ()  # the national framework (lessons/competences.yaml)
    # kit.yaml's `sequence`: each school grade with its lesson ids in teaching order, as written
    # (ids whose file is missing included, so `curriculum check` can name them)
    sequence: tuple[tuple[int, tuple[str, ...]], ...] = ()
    # versions no longer taught (superseded by a newer one, or from a removed pack), kept so a
    # past session is reported with the lesson as it was taught (`lesson_at`)
    history: tuple[Lesson, ...] = ()

    @cached_property
    def _lessons(self) -> dict[str, Lesson]:
        return {lesson.id: lesson for lesson in self.lessons}

    @cached_property
    def _versions(self) -> dict[tuple[str, int], Lesson]:
        versions = {(lesson.id, lesson.version): lesson for lesson in self.history}
        versions.update({(lesson.id, lesson.version): lesson for lesson in self.lessons})
        return versions

    def lesson_at(self, lesson_id: str, version: int) -> Lesson:
        """The lesson as a session taught it: that version when the kit still knows it, else the
        current one (a session recorded before versions were kept), else the newest version in
        the history (a removed pack); KeyError when the id was never known."""
        found = self._versions.get((lesson_id, version)) or self._lessons.get(lesson_id)
        if found is not None:
            return found
        older = [lesson for lesson in self.history if lesson.id == lesson_id]
        if not older:
            raise KeyError(lesson_id)
        return max(older, key=lambda lesson: lesson.version)

    @cached_property
    def _grade_plans(self) -> dict[int, tuple[Lesson, ...]]:
        return grade_plans(self.bands, self.sequence, self.lessons)

    @cached_property
    def _plans(self) -> dict[str, tuple[Lesson, ...]]:
        plans: dict[str, list[Lesson]] = {band.id: [] for band in self.bands}
        for lesson in self.lessons:
            plans.setdefault(lesson.band, []).append(lesson)
        return {
            band: tuple(sorted(lessons, key=lambda lesson: (lesson.order, lesson.id)))
            for band, lessons in plans.items()
        }

    def lesson(self, lesson_id: str) -> Lesson:
        return self._lessons[lesson_id]

    def find_lesson(self, typed: str, band: str | None = None) -> Lesson:
        """A lesson as a person types it: the full id, `g6-9/07` or `g6-9/7`, or just `7` when
        the band is known from the context; KeyError when nothing fits."""
        wanted = typed.strip()
        if wanted in self._lessons:
            return self._lessons[wanted]
        band_part, _, number = wanted.rpartition("/")
        band_id = band_part or band
        if band_id and number.isdigit():
            for lesson in self._plans.get(band_id, ()):
                if lesson.order == int(number):
                    return lesson
        raise KeyError(wanted)

    def near_lessons(self, typed: str, limit: int = 5) -> list[str]:
        """Lesson ids close to what was typed, for the message that says it was not found."""
        from difflib import get_close_matches

        wanted = typed.strip().casefold()
        ids = [lesson.id for lesson in self.lessons]
        containing = [lesson_id for lesson_id in ids if wanted and wanted in lesson_id.casefold()]
        close = get_close_matches(wanted, ids, n=limit, cutoff=0.5)
        return list(dict.fromkeys(containing + close))[:limit]

    def band(self, band_id: str) -> Band:
        return _find(self.bands, band_id, "band")

    def band_plan(self, band_id: str) -> tuple[Lesson, ...]:
        """The band's lessons in teaching order; KeyError for an unknown band."""
        self.band(band_id)
        return self._plans.get(band_id, ())

    @property
    def school_grades(self) -> tuple[int, ...]:
        """Every grade a school band teaches, in order (1 to 12 in the bundled kit)."""
        return tuple(sorted({grade for band in self.bands for grade in band.grades}))

    def grade_plan(self, grade: int) -> tuple[Lesson, ...]:
        """The lessons a class of `grade` is planned against, in teaching order: kit.yaml's
        sequence for the grade (ids whose file did not load left out); KeyError for a grade no
        band teaches. This is the one answer to "the lessons of grade N" for Today, the
        dashboard, coverage and the reports."""
        self.band_for_grade(grade)
        return self._grade_plans.get(grade, ())

    def grade_sequence(self, grade: int) -> tuple[str, ...]:
        """The lesson ids kit.yaml's sequence lists for `grade`, as written (empty if none)."""
        return dict(self.sequence).get(grade, ())

    def band_for_grade(self, grade: int) -> Band:
        for band in self.bands:
            if grade in band.grades:
                return band
        raise KeyError(f"no band for grade {grade}")

    def domain(self, domain_id: int) -> Domain:
        return _find(self.domains, domain_id, "domain")

    def competence(self, code: str) -> Competence:
        """A framework competence by code; KeyError for a code the framework does not have."""
        for domain in self.domains:
            for competence in domain.competences:
                if competence.code == code:
                    return competence
        raise KeyError(f"unknown competence {code!r}")

    def domain_coverage(self, lesson_ids: Iterable[str]) -> dict[int, int]:
        """How many of these lessons teach each framework domain, every domain listed (zeros
        included, so a gap shows). Each lesson counts once per domain its codes touch; ids of
        lessons no longer in the kit are skipped, since their codes are unknown."""
        counts = {domain.id: 0 for domain in self.domains}
        for lesson_id in dict.fromkeys(lesson_ids):
            lesson = self._lessons.get(lesson_id)
            for domain_id in lesson.domains if lesson else ():
                counts[domain_id] = counts.get(domain_id, 0) + 1
        return counts

    def strand(self, strand_id: int) -> Strand:
        return _find(self.strands, strand_id, "strand")

    def seed_item(self, item_id: str) -> SeedItem:
        return _find(self.seed_items, item_id, "seed item")

    def contact(self, contact_id: str) -> Contact:
        return _find(self.contacts, contact_id, "contact")

    def protocol(self, protocol_id: str) -> Protocol:
        return _find(self.protocols, protocol_id, "protocol")


def grade_plans(
    bands: Iterable[Band],
    sequence: tuple[tuple[int, tuple[str, ...]], ...],
    lessons: Iterable[Lesson],
) -> dict[int, tuple[Lesson, ...]]:
    """Each school grade's lessons in teaching order, shared by the kit and the checks.

    A grade kit.yaml's `sequence` lists gets exactly those lessons, in that order, leaving out ids
    that did not load (a missing file must not stop a class being planned). A grade it does not
    list (a kit written before sequences, or a school's own lessons folder) falls back to its
    band's lessons whose `grades` include it, in band order.
    """
    by_id = {lesson.id: lesson for lesson in lessons}
    listed = dict(sequence)
    in_band_order = sorted(by_id.values(), key=lambda lesson: (lesson.order, lesson.id))
    plans: dict[int, tuple[Lesson, ...]] = {}
    for band in bands:
        for grade in band.grades:
            if grade in listed:
                plans[grade] = tuple(by_id[i] for i in listed[grade] if i in by_id)
            else:
                plans[grade] = tuple(
                    lesson
                    for lesson in in_band_order
                    if lesson.band == band.id and grade in lesson.grades
                )
    return plans


def _find(values: tuple[Any, ...], wanted: object, what: str) -> Any:
    """Linear lookup by id: these tuples hold a handful of entries, so a dict would not pay."""
    for value in values:
        if value.id == wanted:
            return value
    raise KeyError(f"unknown {what} {wanted!r}")
