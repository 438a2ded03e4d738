"""Small-group suppression for school and department tables, including what totals give away.

Hiding a group of 3 pupils as "<5" is not enough when the table also shows the total and the
other rows: 15 in all and 12 in grade 7 tell anyone that grade 6 has 3. So, after the small
cells are hidden (primary suppression), every additive relation in the table (the rows of a
column and their total; girls + boys = all) must hide either none or at least two of its cells:
where exactly one is hidden, the smallest visible part is hidden too ("x"), until no relation
gives a hidden cell back. Totals are hidden only when no part is left to hide, so the
school's headline figures stay visible whenever they can.
"""

from __future__ import annotations

from collections.abc import Sequence

Cell = tuple[int, int]  # (row, column)
Relation = tuple[tuple[Cell, ...], Cell]  # the parts and the cell they add up to


def column_totals(rows: int, columns: Sequence[int]) -> list[Relation]:
    """Each column's rows add up to its last row (the total row)."""
    return [(tuple((r, c) for r in range(rows - 1)), (rows - 1, c)) for c in columns]


def row_sums(rows: int, parts: Sequence[int], whole: int) -> list[Relation]:
    """In every row, the `parts` columns add up to the `whole` column (girls + boys = all)."""
    return [(tuple((r, c) for c in parts), (r, whole)) for r in range(rows)]


def protect(
    values: Sequence[Sequence[int]], primary: set[Cell], relations: Sequence[Relation]
) -> set[Cell]:
    """The cells to hide: the primary ones plus enough others that no relation reveals one."""
    hidden = set(primary)
    changed = True
    while changed:
        changed = False
        for parts, whole in relations:
            cells = (*parts, whole)
            if sum(cell in hidden for cell in cells) != 1:
                continue
            extra = _cheapest(values, [c for c in parts if c not in hidden]) or (
                whole if whole not in hidden else None
            )
            if extra is not None:
                hidden.add(extra)
                changed = True
    return hidden


def _cheapest(values: Sequence[Sequence[int]], cells: list[Cell]) -> Cell | None:
    """The visible part with the smallest value: hiding it costs the reader least."""
    if not cells:
        return None
    return min(cells, key=lambda cell: (values[cell[0]][cell[1]], cell))
