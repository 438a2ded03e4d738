"""Class lists as schools have them: reading the files (`read`), finding the pupils in them
(`table`), importing them into a class, and the `skillsapp roster` commands (`commands`).

The one public reading function is `read_roster(path, ...)`: any file, any damage, and the only
exception it raises is our own UserError.
"""

from __future__ import annotations

from skillsapp.rosters.table import RosterPreview, RosterRow, read_roster

__all__ = ["RosterPreview", "RosterRow", "read_roster"]
