"""Quiz rules that make a quiz measure learning rather than test-taking, and the figures per band.

A pupil who knows nothing should not score well by picking the longest option, or by ticking all
options but one. These rules are reported per band and, since every band's items were rewritten
to meet them (December 2026), they are errors: `curriculum check` fails on a quiz that breaks
them (QUIZ_RULES_ARE_ERRORS; `--strict-quiz` is kept for scripts that pass it).
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date

from skillsapp.content.model import Contact, Kit, Lesson, QuizItem

QUIZ_RULES_ARE_ERRORS = True
MAX_LONGEST_KEY_SHARE = 0.35
MAX_ALL_BUT_ONE_SHARE = 0.40
STALE_AFTER_DAYS = 365
KEYED_TYPES = ("single", "scenario")
WHY_TYPES = ("single", "scenario", "multiple")


@dataclass
class BandFigures:
    """What the quiz rules measure in one band."""

    band: str
    keyed: int = 0
    longest_key: int = 0
    multiple: int = 0
    all_but_one: int = 0
    right_counts: set[int] = field(default_factory=set)
    findings: list[str] = field(default_factory=list)

    def share(self, part: int, whole: int) -> float:
        return part / whole if whole else 0.0

    def summary(self) -> str:
        longest = self.share(self.longest_key, self.keyed)
        all_but = self.share(self.all_but_one, self.multiple)
        counts = ",".join(str(n) for n in sorted(self.right_counts)) or "-"
        return (
            f"{self.band}: key is the single longest option in {self.longest_key}/{self.keyed}"
            f" single/scenario items ({longest:.0%}, max {MAX_LONGEST_KEY_SHARE:.0%});"
            f" 'all but one' right in {self.all_but_one}/{self.multiple} multiple items"
            f" ({all_but:.0%}, max {MAX_ALL_BUT_ONE_SHARE:.0%}); right-option counts {counts};"
            f" item problems {len(self.findings)}"
        )


def _length(item: QuizItem, index: int) -> int:
    option = item.options[index]
    return max(len(option.vi), len(option.en))


def key_is_single_longest(item: QuizItem) -> bool:
    """Whether the right option is strictly longer than every other one (in either language)."""
    if item.type not in KEYED_TYPES or not isinstance(item.answer, int):
        return False
    key = _length(item, item.answer)
    return all(key > _length(item, i) for i in range(len(item.options)) if i != item.answer)


def item_findings(lesson_id: str, item: QuizItem) -> list[str]:
    """Faults of one item: repeated options and a missing or ill-fitting `why`."""
    where = f"{lesson_id} {item.id}"
    found: list[str] = []
    texts = [option.vi.strip().casefold() for option in item.options]
    if len(set(texts)) != len(texts):
        found.append(f"{where}: two options are identical")
    if item.type not in WHY_TYPES:
        return found
    if item.why is None:
        return [*found, f"{where}: needs `why` (the misconception behind each wrong option)"]
    if len(item.why) != len(item.options):
        return [*found, f"{where}: `why` has {len(item.why)} entries for {len(item.options)}"]
    for index, reason in enumerate(item.why):
        right = item.is_right(index)
        if right and reason is not None:
            found.append(f"{where}: `why` entry {index} must be null (a right option)")
        elif not right and reason is None:
            found.append(f"{where}: `why` entry {index} must name the misconception")
    return found


def band_figures(kit: Kit) -> list[BandFigures]:
    """The figures and item findings of every band that has quiz items."""
    result: list[BandFigures] = []
    for band in kit.bands:
        figures = BandFigures(band.id)
        for lesson in kit.band_plan(band.id):
            for item in lesson.quiz:
                _count(figures, lesson, item)
        result.append(figures)
    return result


def _count(figures: BandFigures, lesson: Lesson, item: QuizItem) -> None:
    if item.type in KEYED_TYPES:
        figures.keyed += 1
        figures.longest_key += key_is_single_longest(item)
    if item.type == "multiple" and isinstance(item.answer, list):
        figures.multiple += 1
        right = len(set(item.answer))
        figures.right_counts.add(right)
        figures.all_but_one += right == len(item.options) - 1
    figures.findings += item_findings(lesson.id, item)


def band_violations(figures: BandFigures) -> list[str]:
    """The band-level rules broken, each with its figures."""
    found: list[str] = []
    if figures.share(figures.longest_key, figures.keyed) > MAX_LONGEST_KEY_SHARE:
        found.append(f"{figures.band}: the key is too often the single longest option")
    if figures.share(figures.all_but_one, figures.multiple) > MAX_ALL_BUT_ONE_SHARE:
        found.append(f"{figures.band}: 'all but one' is right too often")
    if figures.multiple > 1 and len(figures.right_counts) < 2:
        found.append(f"{figures.band}: every multiple item has the same number of right options")
    return found + figures.findings


def stale_contacts(contacts: Iterable[Contact], today: date) -> list[str]:
    """Contacts whose `verified` date is more than a year old: numbers and operators change."""
    found: list[str] = []
    for contact in contacts:
        age = (today - date.fromisoformat(contact.verified)).days if contact.verified else 0
        if age > STALE_AFTER_DAYS:
            found.append(
                f"contacts.yaml: {contact.id}: verified {contact.verified}, over a year ago"
            )
    return found
