"""Remove the demo school in one click, and start the user's own school in its place.

The Settings page calls `remove_demo(ctx, parent)`. The dialog says exactly what goes (the demo
school's classes, pupils and sessions, with counts) and, when the first-run wizard remembered
the user's own school, creates it right after, so the app is never left without a school.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from skillsapp.domain.records import School
from skillsapp.services.demo_data import (
    demo_summary,
    has_demo,
    remembered_school,
    replace_demo,
)
from skillsapp.ui.context import AppContext
from skillsapp.ui.jobs import store_job
from skillsapp.ui.reasons import allow


class RemoveDemoDialog(QDialog):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        summary = demo_summary(ctx.store)
        assert summary is not None, "open the dialog only when there is a demo"
        self.setWindowTitle(self.tr("Remove the demo school"))
        self.text = QLabel(
            self.tr(
                "Remove the demo school “%1”? This deletes its %2 classes, %3 pupils and %4 "
                "sessions from this computer, with anything you added to it. Other schools' "
                "data is not touched."
            )
            .replace("%1", summary.name)
            .replace("%2", str(summary.classes))
            .replace("%3", str(summary.pupils))
            .replace("%4", str(summary.sessions))
        )
        self.text.setWordWrap(True)
        own = remembered_school(ctx.store)
        self.name = QLineEdit(own.name if own else "")
        self.name.setObjectName("ownSchoolName")
        self.code = QLineEdit(own.code if own else "")
        self.code.setObjectName("ownSchoolCode")
        form = QFormLayout()
        form.addRow(QLabel(self.tr("Then start your own school (leave empty to do it later):")))
        form.addRow(self.tr("School name"), self.name)
        form.addRow(self.tr("School code"), self.code)
        buttons = QDialogButtonBox()
        self.remove_button = buttons.addButton(
            self.tr("Remove the demo school"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.remove_button.setObjectName("removeDemo")
        buttons.addButton(self.tr("Cancel"), QDialogButtonBox.ButtonRole.RejectRole)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.text)
        layout.addLayout(form)
        layout.addWidget(buttons)
        self.resize(520, self.sizeHint().height())

    def own_school(self) -> School | None:
        name = " ".join(self.name.text().split())
        if not name:
            return None
        return School(id="", code=" ".join(self.code.text().split()), name=name)

    def accept(self) -> None:
        """Remove on a worker (thousands of rows); the pages refresh when it is done."""
        db_path, own = self.ctx.db_path, self.own_school()

        self.ctx.jobs.run(
            store_job(db_path, lambda db, _: replace_demo(db, own)),
            self.tr("Removing the demo school…"),
            lambda changes: self.ctx.bus.data_changed.emit(changes.tables),
        )
        super().accept()


def remove_demo(ctx: AppContext, parent: QWidget | None = None) -> bool:
    """What the Settings button does: confirm, then remove. False when there was no demo or the
    user cancelled."""
    if demo_summary(ctx.store) is None:
        title = QCoreApplication.translate("RemoveDemoDialog", "Remove the demo school")
        text = QCoreApplication.translate(
            "RemoveDemoDialog", "There is no demo school on this computer."
        )
        QMessageBox.information(parent, title, text)
        return False
    return RemoveDemoDialog(ctx, parent).exec() == QDialog.DialogCode.Accepted


class RemoveDemoButton(QPushButton):
    """The Settings page's "Remove the demo school" button: enabled only while there is a demo,
    translated on a language switch, so the page adds it with a single line."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setObjectName("removeDemoButton")
        self.clicked.connect(lambda: remove_demo(self.ctx, self.window()))
        ctx.bus.data_changed.connect(lambda _tables: self.refresh())
        ctx.bus.language_changed.connect(lambda _lang: self.refresh())  # the reason's language
        self.retranslate()
        self.refresh()

    def refresh(self) -> None:
        why = QCoreApplication.translate(
            "RemoveDemoDialog", "There is no demo school on this computer: nothing to remove."
        )
        allow(self, self.ctx.store is not None and has_demo(self.ctx.store), why)

    def retranslate(self) -> None:
        self.setText(QCoreApplication.translate("RemoveDemoDialog", "Remove the demo school"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
