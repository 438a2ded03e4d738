"""Pages of the main window. Each page is its own module and registers itself in PAGES.

A page gets the AppContext, builds its widgets, and refreshes when the bus says data it shows
has changed. The main window only knows the list of pages, never their insides.
"""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from skillsapp.ui.context import AppContext


class Page(QWidget):
    """Base for a page: a name for the navigation, the tables it shows, and `refresh()`."""

    #: Stable id used by `skillsapp gui --page NAME` and the navigation.
    page_id = ""
    #: Tables whose changes make this page refresh.
    watches: frozenset[str] = frozenset()

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self._stale = True
        ctx.bus.data_changed.connect(self._on_data_changed)
        ctx.bus.language_changed.connect(lambda _lang: self.retranslate())

    @classmethod
    def title(cls) -> str:
        raise NotImplementedError

    def refresh(self) -> None:
        """Reload what the page shows from services."""

    def retranslate(self) -> None:
        """Re-set visible texts after a language switch (pages override)."""

    def help_topic(self) -> str:
        """What F1 opens in the guide (resources/guide/index.yaml `help_for`): the page's id,
        or a part of the page with a guide page of its own (a page overrides)."""
        return self.page_id

    def can_close(self) -> bool:
        """Whether the window may close now (a page with unsaved work asks the user first)."""
        return True

    def shown(self) -> None:
        """Called when the page becomes visible: refresh only if something changed meanwhile."""
        if self._stale:
            self._stale = False
            self.refresh()

    def _on_data_changed(self, tables: frozenset) -> None:
        if tables & self.watches:
            self._stale = True
            if self.isVisible():
                self.shown()
