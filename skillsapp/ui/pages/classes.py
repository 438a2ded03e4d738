"""Classes: the school's classes for a school year and the selected class's roster."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from skillsapp.services import school as school_service
from skillsapp.ui.models.pupils import PupilTableModel
from skillsapp.ui.pages import Page


class ClassesPage(Page):
    page_id = "classes"
    watches = frozenset({"school", "school_class", "pupil"})

    @classmethod
    def title(cls) -> str:
        return QCoreApplication.translate("ClassesPage", "Classes")

    def __init__(self, ctx, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.year_label = QLabel()
        self.year_box = QComboBox()
        self.class_list = QListWidget()
        self.class_list.setMaximumWidth(260)
        self.class_header = QLabel()
        self.class_header.setObjectName("pageHeading")
        self.model = PupilTableModel(self)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.verticalHeader().hide()
        self.table.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
        self.table.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self._layout()
        self.year_box.currentIndexChanged.connect(self._load_classes)
        self.class_list.currentItemChanged.connect(self._load_pupils)
        self.retranslate()

    def _layout(self) -> None:
        left = QWidget()
        left_layout = QVBoxLayout(left)
        year_row = QHBoxLayout()
        year_row.addWidget(self.year_label)
        year_row.addWidget(self.year_box, 1)
        left_layout.addLayout(year_row)
        left_layout.addWidget(self.class_list)
        right = QWidget()
        right_layout = QVBoxLayout(right)
        right_layout.addWidget(self.class_header)
        right_layout.addWidget(self.table)
        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(left)
        splitter.addWidget(right)
        splitter.setStretchFactor(1, 1)
        layout = QVBoxLayout(self)
        layout.addWidget(splitter)

    def retranslate(self) -> None:
        self.year_label.setText(self.tr("School year"))
        self.model.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, 5)

    def refresh(self) -> None:
        current = self.year_box.currentText()
        years = school_service.school_years(self.ctx.store)
        self.year_box.blockSignals(True)
        self.year_box.clear()
        self.year_box.addItems(years)
        if current in years:
            self.year_box.setCurrentText(current)
        self.year_box.blockSignals(False)
        self._load_classes()

    def _load_classes(self) -> None:
        selected = self.class_list.currentItem()
        selected_id = selected.data(Qt.ItemDataRole.UserRole) if selected else None
        self.class_list.clear()
        for cls in school_service.classes(self.ctx.store, school_year=self.year_box.currentText()):
            item = QListWidgetItem(self.tr("%1 — %2 pupils").replace("%1", cls.name)
                                   .replace("%2", str(cls.pupil_count)))  # fmt: skip
            item.setData(Qt.ItemDataRole.UserRole, cls.id)
            self.class_list.addItem(item)
            if cls.id == selected_id:
                self.class_list.setCurrentItem(item)
        if self.class_list.currentItem() is None and self.class_list.count():
            self.class_list.setCurrentRow(0)

    def select_class(self, class_id: str) -> None:
        for row in range(self.class_list.count()):
            if self.class_list.item(row).data(Qt.ItemDataRole.UserRole) == class_id:
                self.class_list.setCurrentRow(row)
                return

    def _load_pupils(self) -> None:
        item = self.class_list.currentItem()
        if item is None:
            self.model.set_pupils([])
            self.class_header.clear()
            return
        class_id = item.data(Qt.ItemDataRole.UserRole)
        pupils = school_service.pupils(self.ctx.store, class_id)
        self.model.set_pupils(pupils)
        cls = school_service.get_class(self.ctx.store, class_id)
        self.class_header.setText(
            self.tr("Class %1 · homeroom teacher %2")
            .replace("%1", cls.name)
            .replace("%2", cls.homeroom_teacher)
        )


PAGE = ClassesPage
