"""What every page needs, built once by the composition root (skillsapp.ui.startup).

Pages get the context instead of reaching for globals: the open store (GUI-thread connection),
the database path (workers open their own connection), the curriculum, and the language.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal

from skillsapp.services.database import SchoolDb

if TYPE_CHECKING:
    from skillsapp.content import Kit
    from skillsapp.ui.jobs import JobRunner


class Bus(QObject):
    """App-wide notifications: a page that changes data says which tables it touched."""

    data_changed = Signal(frozenset)  # table names
    language_changed = Signal(str)
    status_message = Signal(str)
    tour_requested = Signal()  # Settings asks the window to replay the first-start tour


@dataclass
class AppContext:
    """What every page shares: the open school, its path, the language, the bus and jobs."""

    store: SchoolDb | None  # None only while the app opens the file, before pages exist
    db_path: Path
    language: str = "vi"
    bus: Bus = field(default_factory=Bus)
    jobs: JobRunner | None = None  # set by the main window, which owns the progress panel
    _kit: Kit | None = None

    @property
    def kit(self) -> Kit:
        """The curriculum this database teaches (bundled lessons and installed packs), loaded on
        first use (after the window is up)."""
        if self._kit is None:
            from skillsapp.content.library import kit_for

            self._kit = kit_for(self.db_path)
        return self._kit

    def forget_kit(self) -> None:
        """The next `kit` reads the lessons again: lessons were installed or removed, or an own
        lesson was saved (lesson editor)."""
        self._kit = None
