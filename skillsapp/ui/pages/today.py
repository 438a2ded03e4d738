"""Today: what each class should be taught next, this week's sessions, and one-click "Start".

The first page of the app, so it must not hold the window up: the first time, the curriculum is
loaded and the figures computed on a worker; after that they come straight from services (a few
milliseconds even for fifty classes). A kept draft of an unfinished session shows as a banner
with "Continue", so a teacher who closed the window mid-lesson finds it again at once.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QDate, QLocale, Qt
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from skillsapp.domain.progress import Progress
from skillsapp.domain.records import SessionSummary
from skillsapp.services.database import SchoolDb
from skillsapp.services.sessions import list_sessions
from skillsapp.services.stats import ClassPlan, class_plans, teaching_year, week_of
from skillsapp.ui.button_column import ButtonColumn
from skillsapp.ui.form_fields import grades_text
from skillsapp.ui.jobs import store_job
from skillsapp.ui.pages import Page
from skillsapp.ui.read_only_tables import FitOnce, read_only_table, set_row
from skillsapp.ui.session.kept import banner_text, examine

if TYPE_CHECKING:
    from skillsapp.content.plan_index import PlanIndex

ID_ROLE = Qt.ItemDataRole.UserRole
START_COLUMN = 6


def today() -> date:
    """The day the page is about (tests set it to the demo school's day)."""
    return date.today()


@dataclass(frozen=True)
class TodayData:
    """Everything the page shows, computed together (on the GUI thread or on a worker)."""

    year: str
    plans: list[ClassPlan]
    week: list[SessionSummary]
    index: PlanIndex  # the lesson titles and band names the rows show


def today_data(store: SchoolDb, day: date, index: PlanIndex | None = None) -> TodayData:
    """The page's figures from the plan index, not the whole kit (skillsapp.content.plan_index):
    the first page of every start is computed here."""
    if index is None:
        from skillsapp.content.plan_index import plan_index_for

        index = plan_index_for(store.path, store)
    year = teaching_year(store, day)
    monday, sunday = week_of(day)
    return TodayData(
        year=year,
        plans=class_plans(store, index, year),
        week=list_sessions(store, start=monday, end=sunday),
        index=index,
    )


def _load_job(db_path: Path, day: date) -> Callable[[Progress], TodayData]:
    """Worker job for the first refresh: its own connection, the figures computed there."""
    return store_job(db_path, lambda db, _progress: today_data(db, day))


class TodayPage(Page):
    page_id = "today"
    watches = frozenset({"school_class", "pupil", "session"})

    @classmethod
    def title(cls) -> str:
        return QCoreApplication.translate("TodayPage", "Today")

    def __init__(self, ctx, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self._asked = 0  # refreshes asked for: a worker's figures older than the page's are dropped
        self._data: TodayData | None = None
        self.heading = QLabel()
        self.heading.setObjectName("pageHeading")
        self.parents_button = QPushButton()
        self.staff_button = QPushButton()
        self.banner = QFrame()
        self.banner.setObjectName("keptBanner")  # its colour: resources/style/skillsapp.qss
        self.banner_label = QLabel()
        self.continue_button = QPushButton()
        self.classes_label = QLabel()
        self.classes = read_only_table(7)
        # drawn by one delegate, not a widget per row (skillsapp.ui.button_column)
        self.start_buttons = ButtonColumn(self.classes, START_COLUMN)
        self.week_label = QLabel()
        self.week = read_only_table(4)
        self._layout()
        self.parents_button.clicked.connect(lambda: self._adult("parent_meeting"))
        self.staff_button.clicked.connect(lambda: self._adult("staff_training"))
        self.continue_button.clicked.connect(lambda: self.window().show_page("session"))
        self.classes.itemActivated.connect(lambda item: self.start_row(item.row()))
        self.start_buttons.clicked.connect(self.start_row)
        self.week.itemActivated.connect(lambda item: self.open_row(item.row()))
        self.retranslate()

    def _layout(self) -> None:
        top = QHBoxLayout()
        top.addWidget(self.heading, 1)
        top.addWidget(self.parents_button)
        top.addWidget(self.staff_button)
        banner = QHBoxLayout(self.banner)
        banner.addWidget(self.banner_label, 1)
        banner.addWidget(self.continue_button)
        self.classes.horizontalHeader().setSectionResizeMode(4, QHeaderView.ResizeMode.Stretch)
        self.week.horizontalHeader().setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        self.week.setMaximumHeight(190)
        # a long lesson title wraps onto a second line
        self._classes_fit, self._week_fit = FitOnce(self.classes), FitOnce(self.week)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.banner)
        layout.addWidget(self.classes_label)
        layout.addWidget(self.classes, 3)
        layout.addWidget(self.week_label)
        layout.addWidget(self.week, 1)

    def retranslate(self) -> None:
        self.parents_button.setText(self.tr("New meeting with parents"))
        self.classes.setAccessibleName(self.tr("Next lesson for each class"))
        self.week.setAccessibleName(self.tr("Sessions this week"))
        self.staff_button.setText(self.tr("New staff training"))
        self.continue_button.setText(self.tr("Continue"))
        self.start_buttons.set_text(self.tr("Start lesson"))
        self.classes.setHorizontalHeaderLabels(
            [self.tr("Class"), self.tr("Pupils"), self.tr("Band"), self.tr("Lessons done"),
             self.tr("Next lesson"), self.tr("Last lesson"), ""]
        )  # fmt: skip
        self.week.setHorizontalHeaderLabels(
            [self.tr("Date"), self.tr("Class or group"), self.tr("Lesson"), self.tr("Came")]
        )
        self._show_heading()
        if self._data is not None:
            self._fill(self._data)

    def _show_heading(self) -> None:
        day = QLocale().toString(QDate(today()), "dddd, dd/MM/yyyy")
        self.heading.setText(self.tr("Today · %1").replace("%1", day))

    # --- data --------------------------------------------------------------------------------

    def shown(self) -> None:
        super().shown()
        self._show_banner()

    def refresh(self) -> None:
        """From the kept plan index at once when it is current; else on a worker, which builds
        it (the first start after an install, a pack or a lesson edit parses the lessons)."""
        self._asked += 1
        if self._fill_from_kept_index():
            return
        self.classes_label.setText(self.tr("Loading the curriculum…"))
        asked = self._asked
        self.ctx.jobs.run(
            _load_job(self.ctx.db_path, today()),
            self.tr("Loading the curriculum…"),
            lambda data: self._loaded(data, asked),
        )

    def _fill_from_kept_index(self) -> bool:
        """The figures on the GUI thread when the plan index is kept (~10 ms: less than starting
        a worker with its own connection; the first page is filled before it is painted)."""
        from skillsapp.content.plan_index import kept_plan_index

        index = kept_plan_index(self.ctx.db_path, self.ctx.store)
        if index is None:
            return False
        self._loaded(today_data(self.ctx.store, today(), index), self._asked)
        return True

    def _loaded(self, data: TodayData, asked: int) -> None:
        """Figures for the refresh numbered `asked`; those of an earlier refresh that a worker
        finished late (the page was filled again meanwhile) would show stale data: dropped."""
        if asked == self._asked:
            self._fill(data)

    def _fill(self, data: TodayData) -> None:
        self._data = data
        self._show_heading()
        self.classes_label.setText(
            self.tr("What to teach next · school year %1").replace("%1", data.year)
        )
        self._fill_classes(data)
        monday, sunday = week_of(today())
        self.week_label.setText(
            self.tr("Sessions this week (%1 – %2)")
            .replace("%1", f"{monday:%d/%m}")
            .replace("%2", f"{sunday:%d/%m}")
        )
        self._fill_week(data)

    def _lesson_title(
        self, index: PlanIndex, lesson_id: str | None, version: int | None = None
    ) -> str:
        """'3. Title' of the lesson to teach next, or with `version` of a session held (named
        as it was taught, whatever pack came since)."""
        if not lesson_id:
            return ""
        try:
            if version is None:
                lesson = index.lesson(lesson_id)
            else:
                lesson = index.lesson_at(lesson_id, version)
        except KeyError:
            return lesson_id
        return f"{lesson.order}. {lesson.title.get(self.ctx.language)}"

    def _fill_classes(self, data: TodayData) -> None:
        plans = data.plans
        self.classes.setRowCount(len(plans))
        for row, plan in enumerate(plans):
            band = data.index.band(plan.band_id).name.get(self.ctx.language)
            next_text = self._lesson_title(data.index, plan.next_lesson_id) or self.tr(
                "All lessons done"
            )
            if plan.next_grades:
                next_text += " · " + grades_text(plan.next_grades, self.tr("Grade %1"))
            last = f"{plan.last_held:%d/%m/%Y}" if plan.last_held else "—"
            cells = (plan.class_name, plan.pupils, band, f"{plan.done}/{plan.total}",
                     next_text, last, self.tr("Start lesson"))  # fmt: skip
            set_row(self.classes, row, cells, plan.class_id)
        self._classes_fit.fit()

    def _fill_week(self, data: TodayData) -> None:
        groups = {"parent_meeting": self.tr("Parents"), "staff_training": self.tr("Staff")}
        self.week.setRowCount(len(data.week))
        for row, summary in enumerate(data.week):
            if summary.kind == "lesson":
                came = f"{summary.present}/{summary.pupils}"
            else:
                came = self.tr("%1 people").replace("%1", str(summary.participants))
            day = QLocale().toString(QDate(summary.held_on), "ddd dd/MM")
            group = summary.class_name or groups.get(summary.kind, "")
            title = self._lesson_title(data.index, summary.lesson_id, summary.lesson_version)
            set_row(self.week, row, (day, group, title, came), summary.id)
        self._week_fit.fit()

    def _show_banner(self) -> None:
        """A kept draft, named by class and lesson, or why it cannot be restored."""
        kept = examine(self.ctx)
        self.banner.setVisible(kept is not None)
        if kept is not None:
            self.banner_label.setText(banner_text(kept))

    # --- actions -----------------------------------------------------------------------------

    def start_row(self, row: int) -> None:
        """Open the session page on this class and its next lesson, at attendance."""
        if self._data is None or not 0 <= row < len(self._data.plans):
            return
        plan = self._data.plans[row]
        page = self.window().show_page("session")
        page.start_lesson(plan.class_id, plan.next_lesson_id)

    def open_row(self, row: int) -> None:
        item = self.week.item(row, 0)
        if item is not None:
            self.window().show_page("session").open_session(item.data(ID_ROLE))

    def _adult(self, kind: str) -> None:
        self.window().show_page("session").start_adult_session(kind)


PAGE = TodayPage
