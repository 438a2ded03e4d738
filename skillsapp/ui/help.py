"""The in-app help (issue 21): the user guide in a window of its own, opened by F1 or the Help
button at the page the user is on.

The pages come from resources/guide/ through skillsapp.reports.guide, the same source the
printed manual is made from, so what the help says and what the handout says never differ.
Everything is local files: no network, no browser. The window stays open beside the app (not
modal) so a teacher can follow the steps while doing them.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QSize, Qt, QUrl
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMenu,
    QPushButton,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from skillsapp.domain.progress import Progress
from skillsapp.reports import guide
from skillsapp.ui import file_dialogs
from skillsapp.ui.context import AppContext

IMAGE_MARGIN = 60  # px the text browser's margins and scroll bar take beside a picture
ROLE_TEXTS = {
    "teacher": QT_TRANSLATE_NOOP("HelpWindow", "For teachers"),
    "leader": QT_TRANSLATE_NOOP("HelpWindow", "For school leaders"),
    "department": QT_TRANSLATE_NOOP("HelpWindow", "For the education department"),
    "all": QT_TRANSLATE_NOOP("HelpWindow", "For everyone"),
}
# The Print button's menu: the whole guide, or one reader's pages (`print guide --role`).
PRINT_CHOICES = (
    (None, QT_TRANSLATE_NOOP("HelpWindow", "The whole guide")),
    ("teacher", QT_TRANSLATE_NOOP("HelpWindow", "For teachers")),
    ("leader", QT_TRANSLATE_NOOP("HelpWindow", "For school leaders")),
    ("department", QT_TRANSLATE_NOOP("HelpWindow", "For the education department")),
)
FILE_NAMES = {"vi": "huong-dan-su-dung-ky-nang-so", "en": "ky-nang-so-user-guide"}


class HelpWindow(QWidget):
    """The guide's pages on the left, the chosen page on the right."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent, Qt.WindowType.Window)
        self.setObjectName("helpWindow")
        self.ctx = ctx
        self.language = ctx.language
        self.pages = QListWidget()
        self.pages.setObjectName("helpPages")
        self.pages.setFixedWidth(280)
        self.pages.setWordWrap(True)
        self.text = QTextBrowser()
        self.text.setObjectName("helpText")
        self.text.setOpenLinks(False)  # links between pages are "#anchor": shown here
        self.text.anchorClicked.connect(self._follow)
        self.print_button = QPushButton()
        self.print_menu = QMenu(self.print_button)
        self.print_actions = [
            self.print_menu.addAction("", lambda r=role: self.save_pdf(r))
            for role, _text in PRINT_CHOICES
        ]
        self.print_button.setMenu(self.print_menu)
        self.status = QLabel()
        self.close_button = QPushButton()
        self.close_button.clicked.connect(self.close)
        self._layout()
        self.pages.currentRowChanged.connect(self._show_row)
        self.resize(QSize(1180, 740))
        self.set_language(self.language)

    def _layout(self) -> None:
        buttons = QHBoxLayout()
        buttons.addWidget(self.print_button)
        buttons.addWidget(self.status, 1)
        buttons.addWidget(self.close_button)
        right = QVBoxLayout()
        right.addWidget(self.text, 1)
        right.addLayout(buttons)
        layout = QHBoxLayout(self)
        layout.addWidget(self.pages)
        layout.addLayout(right, 1)

    def set_language(self, language: str) -> None:
        """Fill the list and the texts in LANGUAGE (the app's language, switched live)."""
        self.language = language
        row = max(0, self.pages.currentRow())
        self.pages.blockSignals(True)
        self.pages.clear()
        for page in guide.load_guide(language):
            item = QListWidgetItem(page.title)
            item.setToolTip(QCoreApplication.translate("HelpWindow", ROLE_TEXTS[page.role]))
            self.pages.addItem(item)
        self.pages.blockSignals(False)
        self.setWindowTitle(self.tr("Help — Kỹ năng số"))
        self.pages.setAccessibleName(self.tr("Pages of the guide"))
        self.text.setAccessibleName(self.tr("Guide page"))
        self.print_button.setText(self.tr("Print the guide (PDF)…"))
        self.close_button.setText(self.tr("Close"))
        for action, (_role, text) in zip(self.print_actions, PRINT_CHOICES, strict=True):
            action.setText(QCoreApplication.translate("HelpWindow", text))
        self.pages.setCurrentRow(row)
        self._show_row(row)

    def show_topic(self, app_page: str) -> None:
        """Show the guide page about the app page APP_PAGE and bring the window forward."""
        wanted = guide.page_for(self.language, app_page)
        self.pages.setCurrentRow(guide.load_guide(self.language).index(wanted))
        self.show()
        self.raise_()
        self.activateWindow()

    @property
    def current_page(self) -> guide.GuidePage:
        return guide.load_guide(self.language)[max(0, self.pages.currentRow())]

    def _show_row(self, row: int) -> None:
        pages = guide.load_guide(self.language)
        if not 0 <= row < len(pages):
            return
        width = max(320, min(1000, self.text.viewport().width() - IMAGE_MARGIN))
        self.text.setHtml(guide.page_html(pages[row], self.language, image_width=width))
        self.text.verticalScrollBar().setValue(0)

    def ask_target(self) -> Path | None:
        """Where to save the manual (".pdf" added when left off), or None if cancelled."""
        suggested = Path.home() / f"{FILE_NAMES[self.language]}.pdf"
        chosen, _filter = file_dialogs.get_save_file_name(
            self, self.tr("Save the guide as PDF"), str(suggested), self.tr("PDF files (*.pdf)")
        )
        if not chosen:
            return None
        return Path(chosen if chosen.lower().endswith(".pdf") else f"{chosen}.pdf")

    def save_pdf(self, role: str | None) -> None:
        """The printable manual (the same as `skillsapp print guide`), laid out on a worker."""
        target = self.ask_target()
        if target is None:
            return
        language = self.language

        def job(progress: Progress) -> int:
            from skillsapp.files import write_atomically
            from skillsapp.reports.guide_pdf import render_guide

            progress(0, 1, "")
            data, pages = render_guide(language, role)
            write_atomically(target, data)
            return pages

        self.status.setText(self.tr("Saving the guide…"))
        self.ctx.jobs.run(
            job,
            self.tr("Saving the guide…"),
            lambda pages: self._saved(target, pages),
            self.status.setText,
        )

    def _saved(self, target: Path, pages: int) -> None:
        text = self.tr("Saved %1 (%2 pages)").replace("%1", str(target)).replace("%2", str(pages))
        self.status.setText(text)
        self.ctx.bus.status_message.emit(text)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._show_row(self.pages.currentRow())  # pictures as wide as the text

    def _follow(self, url: QUrl) -> None:
        anchors = [page.anchor for page in guide.load_guide(self.language)]
        if url.fragment() in anchors:
            self.pages.setCurrentRow(anchors.index(url.fragment()))
