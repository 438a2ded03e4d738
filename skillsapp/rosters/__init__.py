"""Class lists as schools have them: reading the files (`read`), finding the pupils in them
(`table`), which class each belongs to (`classlists`), importing them into their classes and
undoing that (`update`), and the `skillsapp roster` commands (`commands`).

The one public reading function is `read_roster(path, ...)`: any file, any damage, and the only
exception it raises is our own UserError. The names below load lazily, so the child process
that reads old Excel files (`xls_child`) starts without the rest of the app.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from skillsapp.rosters.table import RosterPreview, RosterRow, read_roster

__all__ = ["RosterPreview", "RosterRow", "read_roster"]


def __getattr__(name: str) -> object:
    if name in __all__:
        from skillsapp.rosters import table

        return getattr(table, name)
    raise AttributeError(name)
