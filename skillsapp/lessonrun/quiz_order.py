"""The session's quiz as it is shown: the lesson's items in the session's order
(`skillsapp.domain.quiz_order`), each choice item with its options (and their `why`) in the
shown order and its right answer given by them.

Everything the quiz step shows, reads and prints works on these shown items: the grid, typing,
the card reading, the projected question and the printed answer sheet, so the letter a pupil
shows means the shown option. Only at the edge (`SessionQuiz.to_stored`) does an answer turn
back into the original option that is saved.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, replace

from skillsapp.content import Lesson, QuizItem
from skillsapp.domain.quiz_order import QuizOrder, lesson_order, session_order
from skillsapp.domain.scoring import QuizKey
from skillsapp.lessonrun.session_draft import SessionDraft


def shown_item(item: QuizItem, order: QuizOrder) -> QuizItem:
    """One item with its options in the shown order (as written when they are not shuffled)."""
    if item.id not in order.options:
        return item
    originals = order.options[item.id]
    options = tuple(item.options[i] for i in originals)
    why = None if item.why is None else tuple(item.why[i] for i in originals)
    if item.type == "multiple":
        answer: object = sorted(order.shown_option(item.id, i) for i in item.answer)
    else:
        answer = order.shown_option(item.id, int(item.answer))
    return replace(item, options=options, why=why, answer=answer)


@dataclass(frozen=True)
class SessionQuiz:
    """A lesson's quiz in one session's order."""

    order: QuizOrder
    items: tuple[QuizItem, ...]  # shown items, in the shown order
    keys: dict[str, QuizKey]  # the ORIGINAL keys, in the shown order (what is scored and saved)

    def to_stored(self, item_id: str, shown: str | None) -> str | None:
        """An answer given with the shown options -> the original option (None stays None)."""
        if shown is None or item_id not in self.keys:
            return shown
        return self.order.to_stored(self.keys[item_id], shown)

    def to_shown(self, item_id: str, stored: str | None) -> str | None:
        if stored is None or item_id not in self.keys:
            return stored
        return self.order.to_shown(self.keys[item_id], stored)


def session_quiz(quiz: Sequence[QuizItem], seed: str | None) -> SessionQuiz:
    """The quiz in the order of `seed` (a session's id), or as written when seed is None."""
    originals = {item.id: item for item in quiz}
    keys = [item.key() for item in quiz]
    order = lesson_order(keys) if seed is None else session_order(keys, seed)
    items = tuple(shown_item(originals[i], order) for i in order.items)
    by_id = {key.item_id: key for key in keys}
    return SessionQuiz(order, items, {i: by_id[i] for i in order.items})


def draft_quiz(quiz: Sequence[QuizItem], draft: SessionDraft) -> SessionQuiz:
    """The quiz as this draft's session shows it (its shuffle box, its id)."""
    return session_quiz(quiz, draft.order_seed if draft.shuffled else None)


def shown_lesson(lesson: Lesson, shown: SessionQuiz) -> Lesson:
    """The lesson with its quiz as the session shows it: what the session's answer sheet is
    printed and read from."""
    return replace(lesson, quiz=shown.items)


def sheet_key(lesson_id: str, draft: SessionDraft) -> str:
    """What the session's answer sheet's code square row is made from: the lesson id alone in
    the lesson's order (as every sheet printed before shuffling), else the lesson id and the
    session's seed, so a sheet printed in another order is refused instead of read wrong."""
    return f"{lesson_id}#{draft.order_seed}" if draft.shuffled else lesson_id
