"""The quiz bank (issue 19): any quiz item of any lesson the kit teaches, reused in the own
lesson being edited (a copy: the other lesson is never changed)."""

from __future__ import annotations

import copy
from typing import TYPE_CHECKING, Any

from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QPushButton, QWidget

from skillsapp.content.own import lesson_data

if TYPE_CHECKING:
    from skillsapp.ui.editor.dialog import LessonEditor


class QuizBank(QWidget):
    """A list of every quiz item of the kit and a button that copies the chosen one into the
    own lesson's quiz."""

    def __init__(self, editor: LessonEditor) -> None:
        super().__init__()
        self.editor = editor
        self.label = QLabel()
        self.items = QComboBox()
        self.items.setMinimumContentsLength(18)
        self.items.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.add_button = QPushButton()
        self.add_button.clicked.connect(self.add)
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.label)
        row.addWidget(self.items, 1)
        row.addWidget(self.add_button)
        self.fill()

    def retranslate(self) -> None:
        self.label.setText(self.tr("Quiz bank"))
        self.add_button.setText(self.tr("Add to the quiz"))

    def fill(self) -> None:
        """Every item: "<lesson title> · <question>", keyed by (lesson id, item index)."""
        lang = self.editor.ctx.language
        own_id = self.editor.data.get("id")
        self.items.clear()
        for lesson in self.editor.ctx.kit.lessons:
            if lesson.id == own_id:
                continue
            for index, item in enumerate(lesson.quiz):
                text = f"{lesson.title.get(lang)} · {item.prompt.get(lang)}"
                self.items.addItem(text, (lesson.id, index))
                self.items.setItemData(self.items.count() - 1, text, 3)  # the tooltip

    def add(self) -> None:
        chosen = self.items.currentData()
        if not chosen:
            return
        lesson_id, index = chosen
        kit = self.editor.ctx.kit
        source = lesson_data(kit.lesson(lesson_id), self.editor.ctx.db_path)
        item = copy.deepcopy(source.get("quiz", [])[index])

        def change(data: dict[str, Any]) -> None:
            quiz = data.setdefault("quiz", [])
            taken = {q.get("id") for q in quiz if isinstance(q, dict)}
            base = str(item.get("id", "q")) if isinstance(item, dict) else "q"
            new_id, n = base, 2
            while new_id in taken:
                new_id, n = f"{base}-{n}", n + 1
            if isinstance(item, dict):
                item["id"] = new_id
            quiz.append(item)

        self.editor.reshape(change)
