"""Qt's own dialogs speak Vietnamese when the app does.

Each kind of dialog the app shows (a Yes/No question, a Save/Discard/Cancel box, a warning with
details, a text prompt, the file open, save and folder dialogs, the print dialog, the right-click
menus of text fields and spin boxes) is opened for real and every text a person can see in it
(buttons, labels, titles, tooltips, column headers, menu entries) is read. In Vietnamese none of
them may be one of Qt's English defaults (QT_DEFAULTS, written from Qt's sources, not from our
translation); in English the defaults must be there, which proves the reading sees them.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator

import pytest
from PySide6.QtCore import QPoint, Qt, QTimer
from PySide6.QtGui import QAction, QContextMenuEvent
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractScrollArea,
    QApplication,
    QComboBox,
    QDialog,
    QGroupBox,
    QInputDialog,
    QLabel,
    QLineEdit,
    QMenu,
    QMessageBox,
    QPlainTextEdit,
    QSpinBox,
    QWidget,
)

from skillsapp.ui import file_dialogs, i18n

Button = QMessageBox.StandardButton

QT_DEFAULTS = {
    # QPlatformTheme / QDialogButtonBox standard buttons, and the desktop themes' variants
    *("OK", "Cancel", "Yes", "No", "Save", "Discard", "Don't Save", "Close", "Apply", "Reset"),
    *("Open", "Help", "Retry", "Ignore", "Abort", "Save All", "Yes to All", "No to All"),
    *("Restore Defaults", "Close without Saving"),
    # QMessageBox, QInputDialog
    *("Show Details...", "Hide Details...", "Enter a value:"),
    # QFileDialog, QFileSystemModel
    *("Look in:", "File name:", "Files of type:", "Directory:", "All Files (*)", "Choose"),
    *("Back", "Forward", "Parent Directory", "Create New Folder", "List View", "Detail View"),
    *("Go back", "Go forward", "Go to the parent directory", "Create a New Folder"),
    *("Change to list view mode", "Change to detail view mode", "Sidebar", "Rename", "Delete"),
    *("Show hidden files", "New Folder", "List of places and bookmarks", "Recent Places"),
    *("Name", "Size", "Type", "Kind", "Date Modified", "Computer", "My Computer", "Folder"),
    *("Drive", "File", "Files", "Directories", "Unknown", "Find Directory", "Save As"),
    # text field and spin box menus
    *("Undo", "Redo", "Cut", "Copy", "Paste", "Select All", "Step up", "Step down"),
    # QPrintDialog and its options
    *("Print", "Options >>", "Options <<", "Printer", "Name:", "Properties", "Location:"),
    *("Type:", "Output file:", "Preview", "Print range", "Print all", "Pages from", "to"),
    *("Current Page", "Selection", "Copies:", "Collate", "Reverse", "Options", "Color Mode"),
    *("Color", "Grayscale", "Double Sided Printing", "Off", "Long side binding"),
    *("Short side binding", "Page Set:", "All Pages", "Even Pages", "Odd Pages", "Local file"),
    *("Print to File (PDF)", "Write PDF file", "Output Settings", "Copies", "Pages"),
}


def _clean(text: str) -> str:
    """Without mnemonics ("&Open") and a menu entry's shortcut ("Copy\tCtrl+C")."""
    text = text.split("\t")[0]
    return " ".join(text.replace("&&", "\0").replace("&", "").replace("\0", "&").split())


def seen_texts(root: QWidget) -> set[str]:
    """What a person can read in `root` now, or by hovering, or in its right-click menu."""
    found = {root.windowTitle()}
    for widget in [root, *root.findChildren(QWidget)]:
        if widget is not root and not widget.isVisibleTo(root):
            continue
        found.add(widget.toolTip())
        if isinstance(widget, (QAbstractButton, QLabel)):
            found.add(widget.text())
        elif isinstance(widget, QGroupBox):
            found.add(widget.title())
        elif isinstance(widget, QLineEdit):
            found.add(widget.placeholderText())
        elif isinstance(widget, QComboBox):
            found.update(widget.itemText(i) for i in range(widget.count()))
        elif isinstance(widget, QAbstractItemView) and widget.model() is not None:
            model = widget.model()
            found.update(
                str(model.headerData(c, Qt.Orientation.Horizontal) or "")
                for c in range(model.columnCount())
            )
        found.update(action.text() for action in widget.actions())
    found.update(action.text() for action in root.findChildren(QAction))  # context menus
    return {_clean(text) for text in found} - {""}


@pytest.fixture(params=["vi", "en"])
def language(request) -> Iterator[str]:
    i18n.install(request.param)
    yield request.param
    i18n.install("en")


def _while_modal(qtbot, open_blocking: Callable[[], object]) -> set[str]:
    """Run a blocking dialog call; read the dialog once it shows, then cancel it."""
    texts: set[str] = set()

    def read_then_close() -> None:
        dialog = QApplication.activeModalWidget()
        if not isinstance(dialog, QDialog) or not dialog.isVisible():
            QTimer.singleShot(10, read_then_close)  # not shown yet: look again shortly
            return
        try:
            texts.update(seen_texts(dialog))
        finally:
            dialog.reject()

    QTimer.singleShot(0, read_then_close)
    open_blocking()
    return texts


def _message_box(qtbot, icon, buttons, detail: str = "") -> set[str]:
    box = QMessageBox(icon, "Kỹ năng số", "Xóa buổi học này?", buttons)
    qtbot.addWidget(box)
    if detail:
        box.setDetailedText(detail)
    box.open()
    qtbot.waitUntil(box.isVisible)
    return seen_texts(box)


def _menu_of(qtbot, widget: QWidget) -> set[str]:
    """Right-click `widget` the way a mouse does and read the menu that pops up (a spin box's
    menu blocks in exec(), a line edit's does not: read and close it from the event loop)."""
    qtbot.addWidget(widget)
    widget.show()
    qtbot.waitExposed(widget)
    texts: set[str] = set()

    def read_then_close() -> None:
        menu = QApplication.activePopupWidget()
        if not isinstance(menu, QMenu) or not menu.isVisible():
            QTimer.singleShot(10, read_then_close)  # not shown yet: look again shortly
            return
        try:
            texts.update(_clean(action.text()) for action in menu.actions())
        finally:
            menu.close()

    QTimer.singleShot(0, read_then_close)
    target = widget.viewport() if isinstance(widget, QAbstractScrollArea) else widget
    point = QPoint(5, 5)
    event = QContextMenuEvent(QContextMenuEvent.Reason.Mouse, point, target.mapToGlobal(point))
    QApplication.sendEvent(target, event)
    qtbot.waitUntil(lambda: bool(texts))
    qtbot.waitUntil(lambda: QApplication.activePopupWidget() is None)
    return texts - {""}


def _print_dialog(qtbot) -> set[str]:
    from PySide6.QtPrintSupport import QPrintDialog, QPrinter

    printer = QPrinter()
    dialog = QPrintDialog(printer)
    qtbot.addWidget(dialog)
    QDialog.open(dialog)  # QPrintDialog.open wants a slot; the plain non-blocking open
    qtbot.waitUntil(dialog.isVisible)
    texts = seen_texts(dialog)
    options = next(b for b in dialog.findChildren(QAbstractButton) if b.text().endswith(">>"))
    options.click()  # the teacher opens the options: copies, pages, colour, duplex
    texts |= seen_texts(dialog)
    dialog.reject()
    return texts


def dialogs(qtbot) -> dict[str, set[str]]:
    yes_no = Button.Yes | Button.No
    return {
        "question": _message_box(qtbot, QMessageBox.Icon.Question, yes_no),
        "unsaved": _message_box(
            qtbot, QMessageBox.Icon.Warning, Button.Save | Button.Discard | Button.Cancel
        ),
        "warning": _message_box(qtbot, QMessageBox.Icon.Warning, Button.Ok, detail="chi tiết"),
        "prompt": _while_modal(qtbot, lambda: QInputDialog.getText(None, "Lớp", "Tên lớp")),
        "open": _while_modal(
            qtbot, lambda: file_dialogs.get_open_file_name(None, "Mở", "", "*.csv")
        ),
        "open many": _while_modal(qtbot, lambda: file_dialogs.get_open_file_names(None, "Mở")),
        "save": _while_modal(
            qtbot, lambda: file_dialogs.get_save_file_name(None, "Lưu", "", "*.pdf")
        ),
        "folder": _while_modal(qtbot, lambda: file_dialogs.get_existing_directory(None, "Chọn")),
        "print": _print_dialog(qtbot),
        "line edit menu": _menu_of(qtbot, QLineEdit("chữ")),
        "text box menu": _menu_of(qtbot, QPlainTextEdit("chữ")),
        "spin box menu": _menu_of(qtbot, QSpinBox()),
    }


# What each dialog shows in English: the reading must find these, or the check above is blind.
ENGLISH = {
    "question": {"Yes", "No"},
    "unsaved": {"Save", "Discard", "Cancel"},
    "warning": {"OK", "Show Details..."},
    "prompt": {"OK", "Cancel"},
    "open": {"Look in:", "File name:", "Files of type:", "Open", "Cancel", "Name", "Back"},
    "open many": {"Look in:", "File name:", "Open", "Create New Folder", "Detail View"},
    "save": {"Look in:", "File name:", "Save", "Cancel", "Rename", "Show hidden files"},
    "folder": {"Look in:", "Directory:", "Choose", "New Folder"},
    "print": {"Print", "Cancel", "Printer", "Name:", "Properties", "Print range", "Copies:"},
    "line edit menu": {"Undo", "Redo", "Cut", "Copy", "Paste", "Delete", "Select All"},
    "text box menu": {"Undo", "Redo", "Cut", "Copy", "Paste", "Delete", "Select All"},
    "spin box menu": {"Select All", "Step up", "Step down"},
}


def test_qt_dialogs_speak_the_app_language(qtbot, language):
    shown = dialogs(qtbot)
    assert set(shown) == set(ENGLISH)
    for name, texts in shown.items():
        if language == "en":
            missing = ENGLISH[name] - texts
            assert not missing, f"{name}: English defaults not seen: {missing}"
        else:
            english = texts & QT_DEFAULTS
            assert not english, f"{name} in Vietnamese still shows {sorted(english)}"
            assert len(texts) >= len(ENGLISH[name]), f"{name}: too little text read: {texts}"


def test_file_dialogs_are_native_only_where_the_system_speaks_the_app_language(
    monkeypatch, language
):
    from PySide6.QtCore import QLocale
    from PySide6.QtWidgets import QFileDialog

    def own_dialog() -> bool:
        return bool(file_dialogs.options() & QFileDialog.Option.DontUseNativeDialog)

    monkeypatch.setattr(file_dialogs.sys, "platform", "linux")
    assert own_dialog()  # a Linux desktop's dialog follows its own language and theme
    monkeypatch.setattr(file_dialogs.sys, "platform", "win32")
    vietnamese_windows = QLocale(QLocale.Language.Vietnamese, QLocale.Country.Vietnam)
    monkeypatch.setattr(QLocale, "system", staticmethod(lambda: vietnamese_windows))
    assert own_dialog() is (language == "en")
