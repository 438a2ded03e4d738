"""The quiz rules: what a guessing pupil could exploit, measured on items written by hand."""

from __future__ import annotations

from datetime import date

from skillsapp.content.model import Contact, QuizItem, Text
from skillsapp.content.quiz_rules import item_findings, key_is_single_longest, stale_contacts


def _t(text: str) -> Text:
    return Text(text, text)


def _item(kind: str, options: list[str], answer: object, why: list[str | None] | None) -> QuizItem:
    return QuizItem(
        id="q1",
        type=kind,
        prompt=_t("?"),
        feedback=_t("."),
        options=tuple(_t(o) for o in options),
        answer=answer,
        why=None if why is None else tuple(None if w is None else _t(w) for w in why),
    )


def test_longest_key_is_strict() -> None:
    assert key_is_single_longest(_item("single", ["a", "the long one", "b"], 1, None))
    assert not key_is_single_longest(_item("single", ["same", "size", "abc"], 1, None))
    assert not key_is_single_longest(_item("single", ["a much longer one", "b"], 1, None))


def test_why_must_fit_the_key() -> None:
    good = _item("multiple", ["a", "b", "c"], [0, 2], [None, "thinks b", None])
    assert item_findings("g3-5/01-x", good) == []
    missing = _item("single", ["a", "b"], 0, None)
    assert "needs `why`" in item_findings("g3-5/01-x", missing)[0]
    wrong = _item("single", ["a", "b"], 0, ["x", None])
    found = item_findings("g3-5/01-x", wrong)
    assert len(found) == 2 and "entry 0 must be null" in found[0]
    short = _item("single", ["a", "b", "c"], 0, [None, "x"])
    assert "2 entries for 3" in item_findings("g3-5/01-x", short)[0]


def test_identical_options_are_found() -> None:
    item = _item("single", ["Hỏi cô", "hỏi cô", "b"], 2, ["x", "y", None])
    assert "identical" in item_findings("g3-5/01-x", item)[0]


def test_stale_contact_warns_after_a_year() -> None:
    contact = Contact("c", _t("n"), "1", None, _t("w"), _t("u"), "src", "2025-11-01")
    assert stale_contacts([contact], date(2026, 12, 2))
    assert not stale_contacts([contact], date(2026, 6, 1))
