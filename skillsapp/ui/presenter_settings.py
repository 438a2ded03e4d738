"""The Settings group for slides: the room's size (the 8H rule sets the smallest text) and the
slide colours (standard, high contrast, or as the operating system asks). Saved per PC through
services/settings.py, read each time a presentation opens."""

from __future__ import annotations

from PySide6.QtWidgets import QComboBox, QFormLayout, QGroupBox, QLabel, QWidget

from skillsapp.services.settings import (
    ROOM_SIZES,
    SLIDE_THEMES,
    SlideLook,
    load_slide_look,
    save_slide_look,
)
from skillsapp.ui.context import AppContext
from skillsapp.ui.presenter_style import ROOM_DEPTH, min_text_pt


class SlideSettingsGroup(QGroupBox):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.room_box = QComboBox()
        self.theme_box = QComboBox()
        for code in ROOM_SIZES:
            self.room_box.addItem("", code)
        for code in SLIDE_THEMES:
            self.theme_box.addItem("", code)
        self.rule = QLabel()
        self.rule.setWordWrap(True)
        self.rule.setObjectName("roomRule")
        self.form = QFormLayout(self)
        self.room_label = QLabel()
        self.theme_label = QLabel()
        self.room_label.setBuddy(self.room_box)
        self.theme_label.setBuddy(self.theme_box)
        self.form.addRow(self.room_label, self.room_box)
        self.form.addRow(self.rule)
        self.form.addRow(self.theme_label, self.theme_box)
        self.refresh()
        self.room_box.currentIndexChanged.connect(self.save)
        self.theme_box.currentIndexChanged.connect(self.save)
        self.retranslate()

    def _room_name(self, code: str) -> str:
        names = {
            "small": self.tr("Small classroom"),
            "medium": self.tr("Usual classroom"),
            "large": self.tr("Large classroom"),
            "hall": self.tr("Hall"),
        }
        return (
            self.tr("%1 (back row about %2 picture heights away, text at least %3 pt)")
            .replace("%1", names[code])
            .replace("%2", str(ROOM_DEPTH[code]))
            .replace("%3", str(min_text_pt(code)))
        )

    def retranslate(self) -> None:
        self.setTitle(self.tr("Slides on the projector"))
        self.room_label.setText(self.tr("&Room size"))
        self.theme_label.setText(self.tr("Slide &colours"))
        self.rule.setText(
            self.tr(
                "The 8H rule: text must be readable from 8 times the picture's height; "
                "a deeper room gets larger text."
            )
        )
        for i, code in enumerate(ROOM_SIZES):
            self.room_box.setItemText(i, self._room_name(code))
        themes = {
            "system": self.tr("As the system asks (high contrast when it is on)"),
            "standard": self.tr("Standard (dark text on white)"),
            "high_contrast": self.tr("High contrast (white and yellow on black)"),
        }
        for i, code in enumerate(SLIDE_THEMES):
            self.theme_box.setItemText(i, themes[code])
        self.room_box.setAccessibleName(self.tr("Room size"))
        self.theme_box.setAccessibleName(self.tr("Slide colours"))

    def refresh(self) -> None:
        look = load_slide_look(self.ctx.store)
        for box, value in ((self.room_box, look.room), (self.theme_box, look.theme)):
            box.blockSignals(True)
            box.setCurrentIndex(max(0, box.findData(value)))
            box.blockSignals(False)

    def look(self) -> SlideLook:
        return SlideLook(room=self.room_box.currentData(), theme=self.theme_box.currentData())

    def save(self) -> None:
        """Saved at once; no data_changed, which would reload (and drop) the page's other
        unsaved fields; the next presentation reads the setting when it opens."""
        save_slide_look(self.ctx.store, self.look())
        self.ctx.bus.status_message.emit(self.tr("Slide settings saved."))
