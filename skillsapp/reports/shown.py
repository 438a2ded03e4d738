"""How counts and names appear in the school and department tables (shared by their layouts
and the assessment): hidden small groups, rates that follow them, strand names."""

from __future__ import annotations

from typing import TYPE_CHECKING

from skillsapp.reports.document import HIDDEN, SMALL, Cell, Pct
from skillsapp.reports.figures import UNKNOWN_STRAND
from skillsapp.reports.labels import label

if TYPE_CHECKING:
    from skillsapp.content import Kit


def cells_shown(values: list[list[int]], hidden: set, primary: set) -> list[list[Cell]]:
    """Counts as shown: "<5" for a small group, "x" for a cell hidden because of one."""
    return [
        [
            (SMALL if (r, c) in primary else HIDDEN) if (r, c) in hidden else value
            for c, value in enumerate(row)
        ]
        for r, row in enumerate(values)
    ]


def shown_rate(part: int, whole: int, *cells: Cell) -> Pct | str:
    """A rate, hidden whenever a count it is made of is hidden."""
    if any(cell in (SMALL, HIDDEN) for cell in cells):
        return SMALL if SMALL in cells else HIDDEN
    return Pct.of(part, whole)


def strand_name(kit: Kit, strand: int, lang: str) -> str:
    if strand == UNKNOWN_STRAND:
        return label("strand_unknown", lang)
    try:
        return f"{strand}. {kit.strand(strand).name.get(lang)}"
    except KeyError:
        return str(strand)
