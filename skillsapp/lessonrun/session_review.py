"""The review step's figures: who came, how the quiz went, and what is still missing.

Computed from the draft alone (nothing saved yet), Qt-free so each warning is tested directly;
the page only words them. Problems are codes with the names or item numbers they concern, so the
teacher sees exactly whom or what to fix before saving.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Mapping, Sequence
from dataclasses import dataclass

from skillsapp.domain.attendance import STATUSES
from skillsapp.domain.records import Pupil
from skillsapp.domain.scoring import QuizKey, is_correct, score, tally_result
from skillsapp.lessonrun.session_draft import SessionDraft

# Problem codes, worded by the review widget.
NO_CLASS = "no_class"
NO_LESSON = "no_lesson"
NO_PARTICIPANTS = "no_participants"
NOBODY_CAME = "nobody_came"
QUIZ_EMPTY = "quiz_empty"
NO_ANSWERS = "no_answers"
SOME_ANSWERS = "some_answers"
ABSENT_ANSWERS = "absent_answers"
NO_TALLY = "no_tally"
TOO_MANY_HANDS = "too_many_hands"


@dataclass(frozen=True)
class ItemFigure:
    item_id: str
    number: int  # 1-based position in `keys` (the quiz as the session showed it)
    right: int
    responses: int  # answers entered (per pupil) or hands counted (whole class)


@dataclass(frozen=True)
class Problem:
    code: str
    names: tuple[str, ...] = ()  # pupils' names or item numbers, as shown


@dataclass(frozen=True)
class Review:
    counts: Mapping[str, int]  # attendance status -> pupils
    roster: int
    attended: int
    items: tuple[ItemFigure, ...]
    scored: int  # pupils with at least one answer
    passed: int
    average: float  # mean score ratio of the pupils scored
    problems: tuple[Problem, ...]


def build_review(
    draft: SessionDraft, pupils: Sequence[Pupil], keys: Mapping[str, QuizKey]
) -> Review:
    """`pupils` is the roster in class-list order; `keys` the items in the order shown."""
    counts = Counter({status: 0 for status in STATUSES})
    counts.update(draft.status(p.id) for p in pupils)
    attended = counts["present"] + counts["late"] if draft.is_lesson else draft.participants
    items, scores = _quiz_figures(draft, pupils, keys)
    ratios = [s.ratio for s in scores]
    return Review(
        counts=dict(counts),
        roster=len(pupils),
        attended=attended,
        items=items,
        scored=len(scores),
        passed=sum(1 for s in scores if s.passed),
        average=sum(ratios) / len(ratios) if ratios else 0.0,
        problems=tuple(_problems(draft, pupils, keys, attended, items)),
    )


def _quiz_figures(draft: SessionDraft, pupils: Sequence[Pupil], keys: Mapping[str, QuizKey]):
    if draft.quiz_mode == "class":
        items = []
        for number, key in enumerate(keys.values(), start=1):
            counts = {o: c for (i, o), c in draft.tallies.items() if i == key.item_id}
            result = tally_result(key, counts)
            items.append(ItemFigure(key.item_id, number, result.right, result.responses))
        return tuple(items), []
    if draft.quiz_mode != "pupil" or not draft.is_lesson:
        return (), []
    answering = [p for p in pupils if draft.attends(p.id)]
    marks = {
        (p.id, item_id): is_correct(key, draft.answers[(p.id, item_id)])
        for p in answering
        for item_id, key in keys.items()
        if (p.id, item_id) in draft.answers
    }
    items = tuple(
        ItemFigure(
            item_id,
            number,
            right=sum(1 for p in answering if marks.get((p.id, item_id))),
            responses=sum(1 for p in answering if (p.id, item_id) in marks),
        )
        for number, item_id in enumerate(keys, start=1)
    )
    scores = [
        score([marks.get((p.id, i), False) for i in keys], len(keys))
        for p in answering
        if any((p.id, i) in marks for i in keys)
    ]
    return items, scores


def _problems(
    draft: SessionDraft,
    pupils: Sequence[Pupil],
    keys: Mapping[str, QuizKey],
    attended: int,
    items: tuple[ItemFigure, ...],
) -> list[Problem]:
    found = _setup_problems(draft, attended)
    if draft.quiz_mode == "pupil" and draft.is_lesson and keys:
        found += _answer_problems(draft, pupils, keys)
    if draft.quiz_mode == "class":
        silent = tuple(str(i.number) for i in items if i.responses == 0)
        crowded = tuple(str(i.number) for i in items if i.responses > attended)
        found += [Problem(NO_TALLY, silent)] if silent else []
        found += [Problem(TOO_MANY_HANDS, crowded)] if crowded else []
    return found


def _setup_problems(draft: SessionDraft, attended: int) -> list[Problem]:
    if draft.is_lesson and not draft.class_id:
        return [Problem(NO_CLASS)]
    if not draft.lesson_id:
        return [Problem(NO_LESSON)]
    if attended == 0:
        return [Problem(NOBODY_CAME if draft.is_lesson else NO_PARTICIPANTS)]
    return []


def _answer_problems(
    draft: SessionDraft, pupils: Sequence[Pupil], keys: Mapping[str, QuizKey]
) -> list[Problem]:
    def answered(pupil: Pupil) -> int:
        return sum(1 for i in keys if (pupil.id, i) in draft.answers)

    came = [p for p in pupils if draft.attends(p.id)]
    away = [p for p in pupils if not draft.attends(p.id) and answered(p)]
    found = [Problem(ABSENT_ANSWERS, tuple(p.full_name for p in away))] if away else []
    if came and not any(answered(p) for p in came):
        return [Problem(QUIZ_EMPTY), *found]  # one line, not every name in the class
    groups = (
        (NO_ANSWERS, [p for p in came if answered(p) == 0]),
        (SOME_ANSWERS, [p for p in came if 0 < answered(p) < len(keys)]),
    )
    return [Problem(code, tuple(p.full_name for p in who)) for code, who in groups if who] + found
