"""The main window: navigation on the left, one page at a time, the school year in view.

It knows only the list of page modules; each page builds and refreshes itself.
"""

from __future__ import annotations

import importlib
from datetime import date
from functools import partial
from typing import TYPE_CHECKING

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QEvent, QSize, Qt, QTimer
from PySide6.QtGui import QCloseEvent, QKeySequence, QResizeEvent, QShortcut
from PySide6.QtWidgets import (
    QApplication,
    QFrame,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QPushButton,
    QScrollArea,
    QStackedLayout,
    QVBoxLayout,
    QWidget,
)

from skillsapp.ui import accessibility, style
from skillsapp.ui.context import AppContext
from skillsapp.ui.jobs import JobRunner, ProgressPanel

if TYPE_CHECKING:
    from skillsapp.ui.help import HelpWindow
    from skillsapp.ui.pages import Page
    from skillsapp.ui.tour import TourPanel

# Pages in navigation order: (page id, module exporting PAGE, navigation title). Titles are data
# so that the window can be shown before any page module (and the services behind it) loads.
PAGES = (
    ("today", "skillsapp.ui.pages.today", QT_TRANSLATE_NOOP("Navigation", "Today")),
    ("curriculum", "skillsapp.ui.pages.curriculum", QT_TRANSLATE_NOOP("Navigation", "Curriculum")),
    ("classes", "skillsapp.ui.pages.classes", QT_TRANSLATE_NOOP("Navigation", "Classes")),
    ("session", "skillsapp.ui.pages.session", QT_TRANSLATE_NOOP("Navigation", "Lesson session")),
    ("dashboard", "skillsapp.ui.pages.dashboard", QT_TRANSLATE_NOOP("Navigation", "Dashboard")),
    ("reports", "skillsapp.ui.pages.reports", QT_TRANSLATE_NOOP("Navigation", "Reports")),
    ("sync", "skillsapp.ui.pages.sync", QT_TRANSLATE_NOOP("Navigation", "Sync")),
    ("cases", "skillsapp.ui.pages.cases", QT_TRANSLATE_NOOP("Navigation", "Case register")),
    ("settings", "skillsapp.ui.pages.settings", QT_TRANSLATE_NOOP("Navigation", "Settings")),
)


# The smallest window: a 1366x768 screen at 125 % Windows scaling leaves 1093x614 logical pixels,
# less the taskbar and the title bar; a page that needs more room scrolls instead of being cut.
MINIMUM_SIZE = QSize(880, 520)


class _ShownPageLayout(QStackedLayout):
    """A stacked layout that asks for the room of the page shown only (Qt's asks for the
    largest page's), so one tall page does not make every page scroll."""

    def _page(self) -> QWidget | None:
        return self.currentWidget()

    def minimumSize(self) -> QSize:
        page = self._page()
        return page.minimumSizeHint().expandedTo(page.minimumSize()) if page else QSize(0, 0)

    def sizeHint(self) -> QSize:
        return self.minimumSize()

    def hasHeightForWidth(self) -> bool:
        # a page's height-for-width is its preferred height (text boxes at full size), which
        # would make most pages scroll at 125 %: the page's minimum decides when it scrolls
        return False


class PageStack(QWidget):
    """The pages, one shown at a time, inside a scroll area: only a page that does not fit the
    window scrolls, and only while it does not fit (the API is QStackedWidget's)."""

    def __init__(self, scroll: QScrollArea) -> None:
        super().__init__()
        self._scroll = scroll
        self._layout = _ShownPageLayout(self)
        self.currentChanged = self._layout.currentChanged
        self.currentChanged.connect(lambda _row: self._changed())

    def addWidget(self, page: QWidget) -> int:
        return self._layout.addWidget(page)

    def insertWidget(self, row: int, page: QWidget) -> int:
        return self._layout.insertWidget(row, page)

    def removeWidget(self, page: QWidget) -> None:
        self._layout.removeWidget(page)

    def widget(self, row: int) -> QWidget:
        return self._layout.widget(row)

    def count(self) -> int:
        return self._layout.count()

    def currentIndex(self) -> int:
        return self._layout.currentIndex()

    def setCurrentIndex(self, row: int) -> None:
        self._layout.setCurrentIndex(row)

    def currentWidget(self) -> QWidget | None:
        return self._layout.currentWidget()

    def event(self, event: QEvent) -> bool:
        handled = super().event(event)
        if event.type() == QEvent.Type.LayoutRequest:  # the page's needs changed
            self._changed()
        return handled

    def _changed(self) -> None:
        self._layout.invalidate()
        self.updateGeometry()
        QCoreApplication.sendEvent(self._scroll, QEvent(QEvent.Type.LayoutRequest))


class MainWindow(QMainWindow):
    def __init__(self, ctx: AppContext) -> None:
        super().__init__()
        self.ctx = ctx
        style.apply(QApplication.instance())
        self.setMinimumSize(MINIMUM_SIZE)
        self.progress = ProgressPanel()
        ctx.jobs = JobRunner(self.progress, self, ctx.db_path)
        self.nav = QListWidget()
        self.nav.setObjectName("nav")
        self.nav.setFixedWidth(210)
        self.nav.setIconSize(QSize(20, 20))
        self.nav.setAccessibleName(self.tr("Navigation"))
        self.scroll = QScrollArea()
        self.scroll.setFrameShape(QFrame.Shape.NoFrame)
        self.scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # Tab goes to the page's controls
        self.scroll.setWidgetResizable(True)
        self.stack = PageStack(self.scroll)
        self.scroll.setWidget(self.stack)
        self._built: dict[int, Page] = {}
        for page_id, _module, title in PAGES:
            item = QListWidgetItem(
                style.nav_icon(page_id), QCoreApplication.translate("Navigation", title)
            )
            self.nav.addItem(item)
        central = QWidget()
        layout = QHBoxLayout(central)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self._nav_panel())
        layout.addWidget(self.scroll, 1)
        self.setCentralWidget(central)
        self.school_label = QLabel()
        self.school_label.setObjectName("schoolName")
        self.year_label = QLabel()
        self.statusBar().addWidget(self.school_label)
        self.statusBar().addWidget(self.year_label)
        self.statusBar().addPermanentWidget(self.progress)
        self.nav.currentRowChanged.connect(self._show_page)
        self.help_window: HelpWindow | None = None
        self.tour: TourPanel | None = None
        ctx.bus.tour_requested.connect(self.start_tour)
        QShortcut(QKeySequence(Qt.Key.Key_F1), self, activated=self.open_help)
        for row in range(len(PAGES)):  # Ctrl+1 … Ctrl+9: a page from anywhere, by keyboard
            QShortcut(QKeySequence(f"Ctrl+{row + 1}"), self, activated=partial(self._go_to, row))
        ctx.bus.language_changed.connect(lambda _l: self.retranslate())
        ctx.bus.status_message.connect(lambda text: self.statusBar().showMessage(text, 5000))
        ctx.bus.data_changed.connect(lambda _t: self._update_status())
        self.setWindowTitle(self.tr("Kỹ năng số — digital skills for children"))
        if ctx.store is not None:
            self.start()

    def _nav_panel(self) -> QWidget:
        """The navigation with the Help button under it, on every page."""
        panel = QWidget()
        panel.setObjectName("navPanel")
        panel.setAttribute(Qt.WidgetAttribute.WA_StyledBackground)
        panel.setFixedWidth(self.nav.width())
        column = QVBoxLayout(panel)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(0)
        column.addWidget(self.nav, 1)
        self.help_button = QPushButton()
        self.help_button.setObjectName("helpButton")
        self.help_button.clicked.connect(self.open_help)
        # Tab goes from the navigation straight to the page; the keyboard's way here is F1
        self.help_button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        column.addWidget(self.help_button)
        return panel

    def current_page_id(self) -> str:
        row = self.nav.currentRow()
        return PAGES[row][0] if 0 <= row < len(PAGES) else PAGES[0][0]

    def help_topic(self) -> str:
        """The guide topic of the page on screen (a built page can name a part of itself)."""
        row = self.nav.currentRow()
        page = self._built.get(row)
        return page.help_topic() if page is not None else self.current_page_id()

    def open_help(self) -> HelpWindow:
        """The guide at the section about the page on screen (F1, the Help button)."""
        from skillsapp.ui.help import HelpWindow

        if self.help_window is None:
            self.help_window = HelpWindow(self.ctx, self)
            self.ctx.bus.language_changed.connect(self.help_window.set_language)
        self.help_window.show_topic(self.help_topic())
        return self.help_window

    def start_tour(self, role: str | None = None) -> TourPanel:
        """The five-step tour of this installation's role from its first step (first start;
        Settings replays it)."""
        from skillsapp.ui.tour import TourPanel

        role = role or self._role()
        if self.tour is None or self.tour.role != role:  # Settings may have changed the role
            if self.tour is not None:
                self.tour.deleteLater()
            else:
                self.ctx.bus.language_changed.connect(
                    lambda _lang: self.tour and self.tour.retranslate()
                )
            self.tour = TourPanel(self.show_page, self, role)
        self.tour.go(0)
        return self.tour

    def _role(self) -> str:
        """Teacher, leader or department, from the profile (a teacher's before one is set)."""
        if self.ctx.store is None:
            return "teacher"
        from skillsapp.services.settings import load_profile

        return load_profile(self.ctx.store).role

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        if self.tour is not None and self.tour.isVisible():
            self.tour.place()

    def start(self) -> None:
        """Show the first page once the store is open (the app shows this window before that).

        Each page is built the first time it is visited, so start-up pays for one page only.
        """
        for _entry in PAGES:
            self.stack.addWidget(QWidget())  # placeholder until the page is built
        self.retranslate()
        self.nav.setCurrentRow(0)

    def page_at(self, row: int) -> Page:
        """The page in navigation row `row`, built on first use."""
        if row not in self._built:
            _page_id, module, _title = PAGES[row]
            page = importlib.import_module(module).PAGE(self.ctx)
            placeholder = self.stack.widget(row)
            self.stack.insertWidget(row, page)
            self.stack.removeWidget(placeholder)
            placeholder.deleteLater()
            self._built[row] = page
            accessibility.name_controls(page)
        return self._built[row]

    @property
    def pages(self) -> list[Page]:
        """Every page, building those not visited yet (for tests and whole-app checks)."""
        return [self.page_at(row) for row in range(len(PAGES))]

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Kỹ năng số — digital skills for children"))
        self.nav.setAccessibleName(self.tr("Navigation"))
        self.help_button.setText(self.tr("Help (F1)"))
        self.help_button.setToolTip(self.tr("The guide for the page on screen"))
        # after the pages have re-set their own texts (they hear the same signal later)
        QTimer.singleShot(0, self._name_controls)
        for row, (_page_id, _module, title) in enumerate(PAGES):
            item = self.nav.item(row)
            item.setText(QCoreApplication.translate("Navigation", title))
            item.setToolTip(f"{item.text()} (Ctrl+{row + 1})")
        self._update_status()

    def _go_to(self, row: int) -> None:
        self.nav.setCurrentRow(row)
        self.nav.setFocus()

    def _name_controls(self) -> None:
        for page in self._built.values():
            accessibility.name_controls(page)

    def _update_status(self) -> None:
        if self.ctx.store is None:
            return
        from skillsapp.errors import UserError
        from skillsapp.services.school import current_school
        from skillsapp.services.settings import current_school_year

        try:
            school = current_school(self.ctx.store)
            self.school_label.setText(school.name)
        except UserError:  # no school yet: the first-run flow fills it in
            self.school_label.setText("")
        year = current_school_year(self.ctx.store)
        semester = year.semester_of(date.today())
        semester_text = {"hk1": self.tr("Semester 1"), "hk2": self.tr("Semester 2")}.get(
            semester or "", self.tr("Summer break")
        )
        self.year_label.setText(
            self.tr("School year %1 · %2").replace("%1", year.label).replace("%2", semester_text)
        )

    def _show_page(self, row: int) -> None:
        if row < 0 or row >= len(PAGES) or self.ctx.store is None:
            return
        page = self.page_at(row)
        self.stack.setCurrentIndex(row)
        page.shown()
        accessibility.name_controls(page)  # cells and rows the refresh has just built

    def show_page(self, page_id: str) -> Page:
        for row, (entry_id, _module, _title) in enumerate(PAGES):
            if entry_id == page_id:
                self.nav.setCurrentRow(row)
                return self.page_at(row)
        raise KeyError(page_id)

    def closeEvent(self, event: QCloseEvent) -> None:
        if not all(page.can_close() for page in self._built.values()):
            event.ignore()
            return
        self.ctx.jobs.cancel_all()
        self.ctx.jobs.wait(10000)
        event.accept()
