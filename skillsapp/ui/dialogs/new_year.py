"""The preview of a new school year (issue 22 item 1): every class of the old year, its pupils,
the name it will have next year (suggested, editable) and how many pupils leave the school.

The dialog only edits the plan (`services.school_year.YearPlan`); it checks the names with the
service before it closes and asks once more with our own Vietnamese words. The page runs the
change on a worker (the status bar's progress bar) when the dialog is accepted.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from skillsapp.errors import UserError
from skillsapp.services import school_year
from skillsapp.services.school_year import YearPlan
from skillsapp.ui.dialogs.roster_import import ask

OLD, PUPILS, NEW, LEAVERS = range(4)
ROLE = Qt.ItemDataRole.UserRole


class NewYearDialog(QDialog):
    """Edit the new names; `plan` is the edited plan once the dialog is accepted."""

    def __init__(self, ctx, plan: YearPlan, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.plan = plan
        self.setWindowTitle(self.tr("New school year"))
        self.resize(720, 520)
        self.heading = QLabel()
        self.heading.setObjectName("pageHeading")
        self.heading.setWordWrap(True)
        self.note = QLabel()
        self.note.setWordWrap(True)
        self.table = QTableWidget(len(plan.promotions), 4)
        self.table.verticalHeader().hide()
        self.table.setSelectionBehavior(QTableWidget.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QTableWidget.SelectionMode.SingleSelection)
        self.table.setEditTriggers(
            QTableWidget.EditTrigger.DoubleClicked
            | QTableWidget.EditTrigger.EditKeyPressed
            | QTableWidget.EditTrigger.AnyKeyPressed
        )
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(NEW, QHeaderView.ResizeMode.Stretch)
        self.calendar = QLabel()
        self.calendar.setWordWrap(True)
        self.totals = QLabel()
        self.totals.setWordWrap(True)
        self.problem = QLabel()
        self.problem.setObjectName("problem")
        self.problem.setWordWrap(True)
        self.problem.setStyleSheet("color: #b00020;")
        self.problem.hide()
        self.buttons = QDialogButtonBox()
        self.start_button = self.buttons.addButton("", QDialogButtonBox.ButtonRole.AcceptRole)
        self.cancel_button = self.buttons.addButton("", QDialogButtonBox.ButtonRole.RejectRole)
        self.start_button.clicked.connect(self.start)
        self.cancel_button.clicked.connect(self.reject)
        layout = QVBoxLayout(self)
        for widget in (self.heading, self.note, self.table, self.calendar, self.totals):
            layout.addWidget(widget, 1 if widget is self.table else 0)
        layout.addWidget(self.problem)
        layout.addWidget(self.buttons)
        self._fill()
        self.table.itemChanged.connect(lambda _item: self._show_totals())
        self.retranslate()

    def retranslate(self) -> None:
        self.heading.setText(
            self.tr("From school year %1 to %2")
            .replace("%1", self.plan.from_year)
            .replace("%2", self.plan.to_year)
        )
        self.note.setText(
            self.tr(
                "Every class moves up with its pupils; check the new names (double-click or F2 "
                "to change one). The classes of %1 are archived read-only with their sessions "
                "and reports; pupils of the last grade are marked as graduated, not deleted. "
                "You can undo this until the first session of the new year is saved."
            ).replace("%1", self.plan.from_year)
        )
        self.table.setHorizontalHeaderLabels(
            [self.tr("Class now"), self.tr("Pupils"), self.tr("New name"), self.tr("Leave")]
        )
        self.table.setAccessibleName(self.tr("Classes of the new school year"))
        self.start_button.setText(self.tr("Start the new school year"))
        self.cancel_button.setText(self.tr("Cancel"))
        self._show_totals()

    def _fill(self) -> None:
        fixed = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        for row, p in enumerate(self.plan.promotions):
            cells = [p.name, str(p.pupils), p.new_name, str(p.leavers)]
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setData(ROLE, p.class_id)
                if column != NEW or p.leaving:
                    item.setFlags(fixed)
                if column in (PUPILS, LEAVERS):
                    item.setTextAlignment(Qt.AlignmentFlag.AlignCenter)
                if column == NEW and p.leaving:
                    item.setText(self.tr("— leaves the school —"))
                    item.setForeground(Qt.GlobalColor.darkGray)
                self.table.setItem(row, column, item)
        if self.plan.promotions:
            self.table.setCurrentCell(0, NEW)

    def names(self) -> dict[str, str]:
        """The new name of every class that moves up, as edited."""
        return {
            self.table.item(row, NEW).data(ROLE): self.table.item(row, NEW).text()
            for row, p in enumerate(self.plan.promotions)
            if not p.leaving
        }

    def edited_plan(self) -> YearPlan:
        return self.plan.named(self.names())

    def _show_totals(self) -> None:
        lines = self.edited_plan().lines(self.ctx.language)
        self.calendar.setText(lines[-2])
        self.totals.setText(lines[-1])

    def start(self) -> None:
        """Check the names, ask once more, then close with the edited plan."""
        plan = self.edited_plan()
        try:
            school_year.check_plan(self.ctx.store, plan)
        except UserError as exc:
            self.problem.setText(exc.message(self.ctx.language))
            self.problem.show()
            return
        self.problem.hide()
        if not ask(
            self,
            self.tr("New school year"),
            self.tr("Start school year %1 now?").replace("%1", plan.to_year),
            self.totals.text(),
            self.tr("Start the new school year"),
            self.tr("Not now"),
        ):
            return
        self.plan = plan
        self.accept()
