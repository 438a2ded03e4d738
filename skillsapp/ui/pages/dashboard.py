"""Class dashboard: how far a class is in its grade's plan, who missed lessons, how quizzes went.

The figures are the class report's own (`skillsapp.reports.figures.class_figures`), so the screen
and the printed report can never disagree. Three tabs: coverage (strands x lessons), attendance
per pupil with a chart per session, and quiz results per lesson with the most-missed items.
QtCharts is imported only when the charts are first drawn.
"""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QSplitter,
    QStyle,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from skillsapp.domain.attendance import AttendanceRate
from skillsapp.services import school as school_service
from skillsapp.services.stats import teaching_year
from skillsapp.ui.pages import Page
from skillsapp.ui.read_only_tables import FitOnce, read_only_table, set_row

if TYPE_CHECKING:
    from skillsapp.reports.figures import ClassFigures, ItemResult, LessonQuiz, PupilRow

DONE = QColor("#d7f2d0")
NOT_YET = QColor("#f2f2f2")
MOST_MISSED = 8
ROW_HEIGHT = 26
# The coverage grid's rows hold two lines, so a narrow column wraps "not yet" instead of cutting it.
COVERAGE_ROW_HEIGHT = 46
PERIODS = ("", "/hk1", "/hk2")


def attendance_rate(row: PupilRow) -> AttendanceRate:
    return AttendanceRate(attended=row.attended, counted=row.counted)


def quiz_ratio(quiz: LessonQuiz) -> float | None:
    """Share of right answers (per pupil) or of hands for the right option (whole class)."""
    if quiz.mode == "pupil" and quiz.possible:
        return quiz.correct / quiz.possible
    if quiz.mode == "class" and quiz.tally_responses:
        return quiz.tally_right / quiz.tally_responses
    return None


def most_missed(items: tuple[ItemResult, ...], count: int = MOST_MISSED) -> list[ItemResult]:
    """The items fewest got right (by share), those with answers only."""
    answered = [i for i in items if i.total]
    return sorted(answered, key=lambda i: (i.right / i.total, i.lesson_id, i.number))[:count]


def _percent(ratio: float | None) -> str:
    return "–" if ratio is None else f"{round(100 * ratio)}%"


def _two_lines(text: str) -> str:
    """A long strand name on two lines at the space nearest its middle, so the row headings
    leave the lesson columns room on a 1366x768 screen at 125 % (the rows hold two lines)."""
    if len(text) < 28 or " " not in text:
        return text
    middle = len(text) // 2
    spaces = [i for i, char in enumerate(text) if char == " "]
    cut = min(spaces, key=lambda i: abs(i - middle))
    return f"{text[:cut]}\n{text[cut + 1 :]}"


class DashboardPage(Page):
    page_id = "dashboard"
    watches = frozenset(
        {"school_class", "pupil", "session", "attendance", "quiz_answer", "quiz_tally"}
    )

    @classmethod
    def title(cls) -> str:
        return QCoreApplication.translate("DashboardPage", "Class dashboard")

    def __init__(self, ctx, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.figures: ClassFigures | None = None
        self.heading = QLabel()
        self.heading.setObjectName("pageHeading")
        self.class_box = QComboBox()
        self.class_box.setMinimumWidth(160)
        self.period_box = QComboBox()
        self.summary = QLabel()
        self.summary.setStyleSheet("font-size: 14px;")
        self.tabs = QTabWidget()
        self.coverage = read_only_table(1)
        self.lessons = read_only_table(4)
        self.pupils = read_only_table(6)
        self.only_missed = QCheckBox()
        self.sessions = read_only_table(5)
        self.missed_items = read_only_table(4)
        self.charts: dict[str, QWidget] = {}
        self._chart_slots: dict[str, QVBoxLayout] = {}
        self._layout()
        self.class_box.currentIndexChanged.connect(self._load)
        self.period_box.currentIndexChanged.connect(self._load)
        self.only_missed.toggled.connect(self._fill_pupils)
        self.tabs.currentChanged.connect(lambda _i: self._draw_charts())
        self.retranslate()

    def _layout(self) -> None:
        top = QHBoxLayout()
        top.addWidget(self.heading)
        top.addSpacing(16)
        top.addWidget(self.class_box)
        top.addWidget(self.period_box)
        top.addStretch(1)
        coverage = QWidget()
        coverage_layout = QVBoxLayout(coverage)
        self.coverage.verticalHeader().setDefaultSectionSize(COVERAGE_ROW_HEIGHT)
        self.coverage.setWordWrap(True)
        self.coverage.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        coverage_layout.addWidget(self.coverage)
        coverage_layout.addWidget(self.lessons, 1)
        self.lessons.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        # a long title wraps onto a second line at the width the page gives it, never cut
        self._lessons_fit = FitOnce(self.lessons)
        attendance = self._with_chart("attendance", self._stack(self.only_missed, self.pupils))
        self.pupils.horizontalHeader().setSectionResizeMode(5, QHeaderView.ResizeMode.Stretch)
        self.missed_label = QLabel()
        quiz = self._with_chart(
            "quiz", self._stack(self.sessions, self.missed_label, self.missed_items)
        )
        self.sessions.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.missed_items.horizontalHeader().setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        for widget in (coverage, attendance, quiz):
            self.tabs.addTab(widget, "")
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.summary)  # its own line: beside the boxes it was too wide at 125 %
        layout.addWidget(self.tabs, 1)

    def _stack(self, *widgets: QWidget) -> QWidget:
        box = QWidget()
        layout = QVBoxLayout(box)
        layout.setContentsMargins(0, 0, 0, 0)
        for widget in widgets:
            layout.addWidget(widget)
        return box

    def _with_chart(self, name: str, left: QWidget) -> QSplitter:
        slot = QWidget()
        self._chart_slots[name] = QVBoxLayout(slot)
        self._chart_slots[name].setContentsMargins(0, 0, 0, 0)
        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(left)
        splitter.addWidget(slot)
        splitter.setSizes([640, 460])
        return splitter

    def retranslate(self) -> None:
        self.heading.setText(self.title())
        self.class_box.setAccessibleName(self.tr("Class"))
        self.period_box.setAccessibleName(self.tr("Period"))
        self.coverage.setAccessibleName(self.tr("Lessons held by class"))
        self.lessons.setAccessibleName(self.tr("Lessons"))
        self.pupils.setAccessibleName(self.tr("Pupils"))
        self.sessions.setAccessibleName(self.tr("Sessions"))
        self.missed_items.setAccessibleName(self.tr("Quiz items"))
        for index, text in enumerate((self.tr("Coverage"), self.tr("Attendance"), self.tr("Quiz"))):
            self.tabs.setTabText(index, text)
        texts = (self.tr("Whole school year"), self.tr("Semester 1"), self.tr("Semester 2"))
        current = max(0, self.period_box.currentIndex())
        self.period_box.blockSignals(True)
        self.period_box.clear()
        self.period_box.addItems(list(texts))
        self.period_box.setCurrentIndex(current)
        self.period_box.blockSignals(False)
        self.only_missed.setText(self.tr("Only pupils who missed lessons"))
        self.missed_label.setText(self.tr("Most-missed items"))
        self.lessons.setHorizontalHeaderLabels(
            [self.tr("No."), self.tr("Lesson"), self.tr("Strand"), self.tr("Held on")]
        )
        self.pupils.setHorizontalHeaderLabels(
            [self.tr("No."), self.tr("Full name"), self.tr("Came"), self.tr("Counted"),
             self.tr("Rate"), self.tr("Missed (date, lesson no.)")]
        )  # fmt: skip
        self.sessions.setHorizontalHeaderLabels(
            [self.tr("Date"), self.tr("Lesson"), self.tr("Mode"), self.tr("Right"),
             self.tr("Passed")]
        )  # fmt: skip
        self.missed_items.setHorizontalHeaderLabels(
            [self.tr("Lesson"), self.tr("Item"), self.tr("Question"), self.tr("Right")]
        )
        if self.figures is not None:
            self._fill()

    # --- loading -----------------------------------------------------------------------------

    def refresh(self) -> None:
        current = self.class_box.currentData()
        year = teaching_year(self.ctx.store, date.today())
        self.class_box.blockSignals(True)
        self.class_box.clear()
        for cls in school_service.classes(self.ctx.store, school_year=year):
            self.class_box.addItem(cls.name, cls.id)
        self.class_box.setCurrentIndex(max(0, self.class_box.findData(current)))
        self.class_box.blockSignals(False)
        self._load()

    def select_class(self, class_id: str) -> None:
        self.class_box.setCurrentIndex(self.class_box.findData(class_id))

    def _load(self) -> None:
        from skillsapp.reports.figures import class_figures

        class_id = self.class_box.currentData()
        if not class_id:
            self.figures = None
            return
        year = school_service.get_class(self.ctx.store, class_id).school_year
        period = year + PERIODS[max(0, self.period_box.currentIndex())]
        self.figures = class_figures(self.ctx.store, self.ctx.kit, class_id, period)
        self._fill()

    def _fill(self) -> None:
        figures = self.figures
        assert figures is not None
        done = sum(1 for lesson in figures.plan if lesson.held_on)
        attended = sum(p.attended for p in figures.pupils)
        counted = sum(p.counted for p in figures.pupils)
        ratios = [r for r in (quiz_ratio(q) for q in figures.quizzes) if r is not None]
        self.summary.setText(
            self.tr("Grade %1 plan · %2 of %3 lessons · attendance %4 · quiz %5")
            .replace("%1", ", ".join(str(g) for g in figures.grades or (figures.grade,)))
            .replace("%2", str(done))
            .replace("%3", str(len(figures.plan)))
            .replace("%4", _percent(AttendanceRate(attended, counted).ratio if counted else None))
            .replace("%5", _percent(sum(ratios) / len(ratios) if ratios else None))
        )
        self._fill_coverage(figures)
        self._fill_pupils()
        self._fill_quiz(figures)
        self.charts.clear()
        self._draw_charts()

    def _fill_coverage(self, figures: ClassFigures) -> None:
        lang = self.ctx.language
        strands = sorted({lesson.strand for lesson in figures.plan})
        self.coverage.setRowCount(len(strands))
        self.coverage.setColumnCount(len(figures.plan))
        self.coverage.setHorizontalHeaderLabels([str(lesson.order) for lesson in figures.plan])
        self.coverage.setVerticalHeaderLabels(
            [_two_lines(f"{s}. {self.ctx.kit.strand(s).name.get(lang)}") for s in strands]
        )
        self.coverage.verticalHeader().show()
        header = self.coverage.horizontalHeader().sizeHint().height()
        # "✓" above the date at worst, never a date broken in two (the rows hold two lines)
        widest = self.coverage.fontMetrics().horizontalAdvance("00/00") + 14
        self.coverage.horizontalHeader().setMinimumSectionSize(widest)
        bar = self.coverage.style().pixelMetric(QStyle.PixelMetric.PM_ScrollBarExtent)
        self.coverage.setFixedHeight(header + COVERAGE_ROW_HEIGHT * len(strands) + 4 + bar)
        self.coverage.clearContents()
        for column, lesson in enumerate(figures.plan):
            held = date.fromisoformat(lesson.held_on) if lesson.held_on else None
            item = QTableWidgetItem(f"✓ {held:%d/%m}" if held else self.tr("not yet"))
            item.setBackground(DONE if held else NOT_YET)
            item.setTextAlignment(Qt.AlignmentFlag.AlignCenter)
            item.setToolTip(f"{lesson.order}. {lesson.title.get(lang)}")
            self.coverage.setItem(strands.index(lesson.strand), column, item)
        self.lessons.setRowCount(len(figures.plan))
        for row, lesson in enumerate(figures.plan):
            held = f"{date.fromisoformat(lesson.held_on):%d/%m/%Y}" if lesson.held_on else "—"
            set_row(self.lessons, row, (lesson.order, lesson.title.get(lang), lesson.strand, held))
        self._lessons_fit.fit()

    def _fill_pupils(self) -> None:
        if self.figures is None:
            return
        only_missed = self.only_missed.isChecked()
        shown = [
            (number, pupil)
            for number, pupil in enumerate(self.figures.pupils, start=1)
            if pupil.missed or not only_missed
        ]
        orders = {lesson.lesson_id: lesson.order for lesson in self.figures.plan}
        excused = self.tr(", excused")
        self.pupils.setRowCount(len(shown))
        for row, (number, pupil) in enumerate(shown):
            rate = attendance_rate(pupil)
            missed = ", ".join(
                f"{date.fromisoformat(m.held_on):%d/%m} ({orders.get(m.lesson_id, '?')}"
                f"{excused if m.excused else ''})"
                for m in pupil.missed
            )
            cells = (number, pupil.name, rate.attended, rate.counted,
                     _percent(rate.ratio if rate.counted else None), missed)  # fmt: skip
            set_row(self.pupils, row, cells)

    def _fill_quiz(self, figures: ClassFigures) -> None:
        lang = self.ctx.language
        modes = {"pupil": self.tr("each pupil"), "class": self.tr("whole class"), "none": "—"}
        self.sessions.setRowCount(len(figures.quizzes))
        for row, quiz in enumerate(figures.quizzes):
            passed = f"{quiz.passed}/{quiz.attempts}" if quiz.mode == "pupil" else "—"
            day = f"{date.fromisoformat(quiz.held_on):%d/%m/%Y}"
            mode = modes.get(quiz.mode, quiz.mode)
            cells = (day, quiz.title.get(lang), mode, _percent(quiz_ratio(quiz)), passed)
            set_row(self.sessions, row, cells)
        orders = {lesson.lesson_id: lesson.order for lesson in figures.plan}
        worst = most_missed(figures.items)
        self.missed_items.setRowCount(len(worst))
        for row, item in enumerate(worst):
            cells = (orders.get(item.lesson_id, item.lesson_id), item.number,
                     item.prompt.get(lang), _percent(item.right / item.total))  # fmt: skip
            set_row(self.missed_items, row, cells)

    # --- charts ------------------------------------------------------------------------------

    def _draw_charts(self) -> None:
        """Draw the charts of the tab in view, once per load (QtCharts loads on first use)."""
        if self.figures is None:
            return
        name = {1: "attendance", 2: "quiz"}.get(self.tabs.currentIndex())
        if name is None or name in self.charts:
            return
        if name == "attendance":
            points = [
                (
                    f"{date.fromisoformat(s.held_on):%d/%m}",
                    s.attended / s.counted if s.counted else 0,
                )
                for s in self.figures.sessions
            ]
            title = self.tr("Attendance at each session")
        else:
            points = [
                (f"{date.fromisoformat(q.held_on):%d/%m}", quiz_ratio(q) or 0.0)
                for q in self.figures.quizzes
            ]
            title = self.tr("Right answers at each session")
        slot = self._chart_slots[name]
        while slot.count():
            slot.takeAt(0).widget().deleteLater()
        self.charts[name] = _bar_chart(title, points)
        slot.addWidget(self.charts[name])


def _bar_chart(title: str, points: list[tuple[str, float]]) -> QWidget:
    """A percentage bar per session (0-100%)."""
    from PySide6.QtCharts import (
        QBarCategoryAxis,
        QBarSeries,
        QBarSet,
        QChart,
        QChartView,
        QValueAxis,
    )
    from PySide6.QtGui import QPainter

    bars = QBarSet(title)
    bars.setColor(QColor("#0f4c81"))
    for _label, ratio in points:
        bars.append(round(100 * ratio))
    series = QBarSeries()
    series.append(bars)
    chart = QChart()
    chart.addSeries(series)
    chart.setTitle(title)
    chart.legend().hide()
    labels = QBarCategoryAxis()
    labels.append([label for label, _ratio in points])
    values = QValueAxis()
    values.setRange(0, 100)
    values.setLabelFormat("%d%%")
    chart.addAxis(labels, Qt.AlignmentFlag.AlignBottom)
    chart.addAxis(values, Qt.AlignmentFlag.AlignLeft)
    series.attachAxis(labels)
    series.attachAxis(values)
    view = QChartView(chart)
    view.setRenderHint(QPainter.RenderHint.Antialiasing)
    return view


PAGE = DashboardPage
