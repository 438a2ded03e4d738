"""The case register's section of the school and department reports: counts only.

Cases are few and each one is a child, so they get the same small-number suppression as pupils:
a count of 1 to 4 shows as "<5", and since the kinds and the statuses each add up to the cases
received, one more cell of a relation is hidden ("x") wherever a lone hidden cell could be worked
back. The median days to first action is shown only over 5 cases or more: over fewer it is
nearly one case's own dates.
"""

from __future__ import annotations

from skillsapp.domain.cases import KINDS, CaseCounts
from skillsapp.reports.document import (
    NO_VALUE,
    SMALL,
    SMALL_GROUP,
    Block,
    Cell,
    Heading,
    Para,
    Table,
    format_cell,
)
from skillsapp.reports.labels import columns, label
from skillsapp.reports.shown import cells_shown
from skillsapp.reports.suppress import protect

STATUS_ROWS = ("supported", "referred", "closed", "open")


def _values(cases: CaseCounts) -> list[list[int]]:
    """One column: the kinds, then the statuses, then the cases received (what both add up to).
    A kind this app does not know (from a newer school's app) counts as "other"."""
    kinds = {kind: cases.by_kind.get(kind, 0) for kind in KINDS}
    kinds["other"] += sum(n for kind, n in cases.by_kind.items() if kind not in KINDS)
    closed = max(0, cases.received - cases.supported - cases.referred - cases.still_open)
    statuses = (cases.supported, cases.referred, closed, cases.still_open)
    return [[n] for n in (*kinds.values(), *statuses, cases.received)]


def shown_counts(cases: CaseCounts) -> list[Cell]:
    """The column as shown: kinds, statuses, received, each a count, "<5" or "x"."""
    values = _values(cases)
    total = len(values) - 1
    kinds = tuple((r, 0) for r in range(len(KINDS)))
    statuses = tuple((r, 0) for r in range(len(KINDS), total))
    primary = {(r, 0) for r, (v,) in enumerate(values) if 0 < v < SMALL_GROUP}
    relations = [(kinds, (total, 0)), (statuses, (total, 0))]
    return [row[0] for row in cells_shown(values, protect(values, primary, relations), primary)]


def _median(cases: CaseCounts, lang: str) -> str:
    median = cases.median_days()
    if median is None:
        return NO_VALUE
    if sum(cases.first_action_days.values()) < SMALL_GROUP:
        return SMALL
    days = f"{median:g}"
    return label("median_days", lang, days=days.replace(".", ",") if lang == "vi" else days)


def _table(key: str, lang: str, rows: list[tuple[str, Cell]], first: str) -> Table:
    return Table(
        key=key,
        title=label(f"t_{key}", lang),
        columns=columns(lang, (first, "text", 3.0), ("c_cases", "int", 1.2)),
        rows=tuple(rows),
        total=True,
    )


def case_blocks(
    cases: CaseCounts | None, lang: str, heading: Heading, unreadable: tuple[str, ...] = ()
) -> list[Block]:
    """The section: a sentence, the kinds table and the statuses table; `unreadable` names the
    schools (department report) whose counts could not be read and are left out of the sums."""
    blocks: list[Block] = [heading]
    if cases is None:
        return [*blocks, Para(label("p_cases_unreadable", lang))]
    if unreadable:
        codes = ", ".join(unreadable)
        blocks.append(
            Para(label("p_cases_unreadable_schools", lang, n=len(unreadable), codes=codes))
        )
    if not cases.received:
        return [*blocks, Para(label("p_cases_none", lang))]
    shown = shown_counts(cases)
    received = shown[-1]
    supported, referred, _, still_open = shown[len(KINDS) : -1]
    sentence = label(
        "p_cases",
        lang,
        received=format_cell(received, lang),
        supported=format_cell(supported, lang),
        referred=format_cell(referred, lang),
        open=format_cell(still_open, lang),
        median=_median(cases, lang),
    )
    total = (label("c_cases_total", lang), received)
    kinds = [(label(f"casekind_{k}", lang), n) for k, n in zip(KINDS, shown, strict=False)]
    statuses = [
        (label(f"casestatus_{s}", lang), n)
        for s, n in zip(STATUS_ROWS, shown[len(KINDS) : -1], strict=True)
    ]
    return [
        *blocks,
        Para(sentence),
        _table("cases_kind", lang, [*kinds, total], "c_case_kind"),
        _table("cases_status", lang, [*statuses, total], "c_case_status"),
        Para(label("p_cases_only_counts", lang), "note"),
    ]
