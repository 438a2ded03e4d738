"""The editor's tools for the lesson's other lists and optional fields: a teacher adds or
removes an objective, a word, a material, a question's option or a sorting card, and adds a
field a lesson may leave out (the lesson's picture, a step's picture, the Informatics link)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from skillsapp.content.model import MATERIAL_KINDS
from skillsapp.content.own import (
    add_entry,
    add_optional,
    entry_lists,
    new_material,
    optional_fields,
    remove_entry,
)
from skillsapp.content.source import FieldPath, field_name
from skillsapp.ui.editor.fields import get_at
from skillsapp.ui.editor.labels import field_label, material_kind_name

if TYPE_CHECKING:
    from skillsapp.ui.editor.dialog import LessonEditor


class EntryTools(QWidget):
    """Two rows: a list of the lesson with its entry number, add and remove; an optional field
    the lesson lacks, and add."""

    def __init__(self, editor: LessonEditor) -> None:
        super().__init__()
        self.editor = editor
        self.list_label, self.entry_label, self.field_label = QLabel(), QLabel(), QLabel()
        self.lists, self.fields = QComboBox(), QComboBox()
        self.lists.setMinimumContentsLength(18)
        self.fields.setMinimumContentsLength(18)
        self.number = QSpinBox()
        self.number.setMinimum(1)
        self.add_button, self.remove_button, self.field_button = (
            QPushButton(),
            QPushButton(),
            QPushButton(),
        )
        self.lists.currentIndexChanged.connect(self._list_chosen)
        self.add_button.clicked.connect(self.add)
        self.remove_button.clicked.connect(self.remove)
        self.field_button.clicked.connect(self.add_field)
        self.list_label.setBuddy(self.lists)
        self.field_label.setBuddy(self.fields)
        rows = QVBoxLayout(self)
        rows.setContentsMargins(0, 0, 0, 0)
        rows.setSpacing(2)
        self.field_row = QWidget()
        self.material_label, self.material_kind = QLabel(), QComboBox()
        self.material_button = QPushButton()
        self.material_button.clicked.connect(self.add_material)
        self.material_label.setBuddy(self.material_kind)
        for host, widgets in (
            (None, (self.list_label, self.lists, self.entry_label, self.number)),
            (None, (self.add_button, self.remove_button)),
            (self.field_row, (self.field_label, self.fields, self.field_button)),
            (None, (self.material_label, self.material_kind, self.material_button)),
        ):
            row = QHBoxLayout(host) if host is not None else QHBoxLayout()
            row.setContentsMargins(0, 0, 0, 0)
            for widget in widgets:
                row.addWidget(widget)
            row.addStretch(1)
            if host is None:
                rows.addLayout(row)
            else:
                rows.addWidget(host)

    def retranslate(self) -> None:
        self.list_label.setText(self.tr("List:"))
        self.entry_label.setText(self.tr("entry"))
        self.add_button.setText(self.tr("Add an entry after it"))
        self.remove_button.setText(self.tr("Remove the entry"))
        self.field_label.setText(self.tr("Field the lesson can have:"))
        self.field_button.setText(self.tr("Add the field"))
        self.material_label.setText(self.tr("New printed material:"))
        self.material_button.setText(self.tr("Add the material"))
        chosen = self.material_kind.currentData()
        self.material_kind.clear()
        for kind in MATERIAL_KINDS:
            self.material_kind.addItem(material_kind_name(kind), kind)
        self.material_kind.setCurrentIndex(max(0, self.material_kind.findData(chosen)))

    def refresh(self, data: dict[str, Any]) -> None:
        """The lists and the missing optional fields of the data as it is now."""
        chosen = _path(self.lists)
        self.lists.blockSignals(True)
        self.lists.clear()
        for path in entry_lists(data):
            self.lists.addItem(field_label(field_name(path)), path)
        paths = [_path_at(self.lists, i) for i in range(self.lists.count())]
        self.lists.setCurrentIndex(paths.index(chosen) if chosen in paths else 0)
        self.lists.blockSignals(False)
        self._list_chosen()
        self.fields.clear()
        for path in optional_fields(data):
            self.fields.addItem(field_label(field_name(path)), path)
        self.field_row.setVisible(self.fields.count() > 0)

    def _list_chosen(self, _index: int = 0) -> None:
        path = _path(self.lists)
        entries = get_at(self.editor.data, path) if path else []
        self.number.setMaximum(max(1, len(entries)))

    def add(self) -> None:
        path, index = _path(self.lists), self.number.value() - 1
        if path:
            self.editor.reshape(lambda data: add_entry(data, path, index))
            self.number.setValue(index + 2)

    def remove(self) -> None:
        path, index = _path(self.lists), self.number.value() - 1
        if path:
            self.editor.reshape(lambda data: remove_entry(data, path, index))

    def add_material(self) -> None:
        """A printed material of the chosen kind at the end of the materials; the cursor goes
        to its title."""
        kind = str(self.material_kind.currentData())

        def change(data: dict[str, Any]) -> None:
            materials = data.setdefault("materials", [])
            taken = {str(m.get("id")) for m in materials if isinstance(m, dict)}
            materials.append(new_material(kind, taken))

        self.editor.reshape(change)
        count = len(self.editor.data.get("materials", []))
        self.editor.go_to_field(f"materials[{count - 1}].title.vi")

    def add_field(self) -> None:
        path = _path(self.fields)
        if path:
            self.editor.reshape(lambda data: add_optional(data, path))
            self.editor.go_to_field(self.editor.form.widget_for(field_name(path)) or "")


def _path(box: QComboBox) -> FieldPath:
    """The chosen entry's field path (Qt may hand a stored tuple back as a list)."""
    data = box.currentData()
    return tuple(data) if data else ()


def _path_at(box: QComboBox, index: int) -> FieldPath:
    return tuple(box.itemData(index) or ())
