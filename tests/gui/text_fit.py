"""Find text that does not fit its widget: elided or clipped labels, buttons, tabs, headers, cells.

    QT_SCALE_FACTOR=1.25 python tests/gui/text_fit.py DB LANG WIDTH HEIGHT

opens the main window on DB in LANG at WIDTH x HEIGHT logical pixels (the screen size divided by
the Windows scaling), visits every page and prints one JSON list of problems. Run in a
subprocess by test_text_fit.py, because QT_SCALE_FACTOR is read once, when Qt starts.
"""

from __future__ import annotations

import json
import os
import sys
from pathlib import Path

from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtGui import QFont, QFontMetrics, QTextLayout, QTextOption
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QApplication,
    QCheckBox,
    QComboBox,
    QHeaderView,
    QLabel,
    QPushButton,
    QRadioButton,
    QTabBar,
    QWidget,
)

SLACK = 1  # px of rounding allowed
CELL_MARGIN = 6  # Fusion draws item text 3 px in from each side (PM_FocusFrameHMargin + 1)
HEADER_PADDING = 12  # the stylesheet's 6 px either side of a header section
MAX_ROWS = 60
SESSION_STEPS = 5


def _width(metrics: QFontMetrics, text: str) -> int:
    return max((metrics.horizontalAdvance(line) for line in text.split("\n")), default=0)


def _where(widget: QWidget) -> str:
    names = []
    parent = widget
    while parent is not None and len(names) < 4:
        names.append(parent.objectName() or type(parent).__name__)
        parent = parent.parentWidget()
    return " < ".join(names)


def _label_problem(label: QLabel) -> str | None:
    text = label.text()
    if not text.strip() or label.wordWrap() or label.textFormat() == Qt.TextFormat.RichText:
        return None
    if label.textFormat() == Qt.TextFormat.AutoText and "<" in text and ">" in text:
        return None
    need = _width(label.fontMetrics(), text.replace("&", "") if label.buddy() else text)
    have = label.contentsRect().width() - 2 * label.margin()
    if need > have + SLACK:
        return f"label {text!r}: needs {need}px, has {have}px"
    return None


def _button_problem(button: QAbstractButton) -> str | None:
    text = button.text().replace("&&", "\0").replace("&", "").replace("\0", "&")
    if not text.strip():
        return None
    need = button.minimumSizeHint().width() if isinstance(button, QPushButton) else 0
    if isinstance(button, (QCheckBox, QRadioButton)):
        need = button.sizeHint().width()
    if need > button.width() + SLACK:
        return f"button {text!r}: needs {need}px, has {button.width()}px"
    return None


def _tab_problems(bar: QTabBar) -> list[str]:
    if bar.sizeHint().width() > bar.width() + SLACK:
        texts = [bar.tabText(i) for i in range(bar.count())]
        return [f"tabs {texts!r}: need {bar.sizeHint().width()}px, have {bar.width()}px"]
    return []


def _bold(font: QFont) -> QFontMetrics:
    bold = QFont(font)
    bold.setBold(True)
    return QFontMetrics(bold)


def _header_problems(header: QHeaderView) -> list[str]:
    model = header.model()
    if model is None or not header.isVisible():
        return []
    metrics = _bold(header.font())
    problems = []
    if header.orientation() == Qt.Orientation.Vertical:
        rows = range(min(header.count(), MAX_ROWS))
        for section in rows:
            text = str(model.headerData(section, header.orientation()) or "")
            need = _width(metrics, text) + HEADER_PADDING
            if text and not text.isdigit() and need > header.width() + SLACK:
                problems.append(f"row header {text!r}: needs {need}px, has {header.width()}px")
        return problems
    for section in range(header.count()):
        if header.isSectionHidden(section) or header.sectionSize(section) == 0:
            continue
        text = str(model.headerData(section, header.orientation()) or "")
        need = _width(metrics, text) + HEADER_PADDING
        if text and need > header.sectionSize(section) + SLACK:
            problems.append(f"header {text!r}: needs {need}px, has {header.sectionSize(section)}px")
    return problems


def _wrapped_height(text: str, font: QFont, width: int) -> int:
    """The height Qt's item painter needs for `text` wrapped at `width` (QCommonStyle's way)."""
    layout = QTextLayout(text.replace("\n", "\u2028"), font)  # Qt's item painter does the same
    option = QTextOption()
    option.setWrapMode(QTextOption.WrapMode.WrapAtWordBoundaryOrAnywhere)
    layout.setTextOption(option)
    layout.beginLayout()
    height = 0.0
    while True:
        line = layout.createLine()
        if not line.isValid():
            break
        line.setLineWidth(max(1, width))
        height += line.height()
    layout.endLayout()
    return int(height + 0.99)


def _cell_problems(view: QAbstractItemView) -> list[str]:
    model = view.model()
    if model is None or view.textElideMode() == Qt.TextElideMode.ElideNone:
        return []
    wraps = getattr(view, "wordWrap", lambda: False)()
    problems = []
    try:
        columns = model.columnCount(QModelIndex())
    except TypeError:  # a list model keeps columnCount private: one column
        columns = 1
    for row in range(min(model.rowCount(QModelIndex()), MAX_ROWS)):
        for column in range(columns):
            index = model.index(row, column)
            text = index.data(Qt.ItemDataRole.DisplayRole)
            if not isinstance(text, str) or not text.strip() or view.indexWidget(index):
                continue
            rect = view.visualRect(index)
            if rect.width() <= 0:
                continue
            font = index.data(Qt.ItemDataRole.FontRole)
            font = font if isinstance(font, QFont) else view.font()
            metrics = QFontMetrics(font)
            extra = CELL_MARGIN
            if index.data(Qt.ItemDataRole.DecorationRole) is not None:
                extra += view.iconSize().width() + 4
            if index.data(Qt.ItemDataRole.CheckStateRole) is not None:
                extra += 20
            need = _width(metrics, text) + extra
            if wraps and rect.height() > 2 * metrics.height():  # room for more than one line
                height = _wrapped_height(text, font, rect.width() - extra)
                if height > rect.height():
                    problems.append(f"cell {text!r}: needs {height}px high, has {rect.height()}px")
                    break
                continue
            if need > rect.width() + SLACK:
                problems.append(f"cell {text!r}: needs {need}px, has {rect.width()}px")
                break  # one per row is enough to say which column is too narrow
    return problems


def _combo_problem(combo: QComboBox) -> str | None:
    text = combo.currentText()
    need = _width(combo.fontMetrics(), text) + 30  # frame and arrow
    if text and need > combo.width() + SLACK:
        return f"combo {text!r}: needs {need}px, has {combo.width()}px"
    return None


def problems_in(root: QWidget) -> list[str]:
    """Every visible text under `root` that is cut, with where it is."""
    found = []
    for widget in [root, *root.findChildren(QWidget)]:
        if not widget.isVisible() or widget.width() <= 0:
            continue
        issues: list[str] = []
        if isinstance(widget, QLabel):
            issues = [p for p in [_label_problem(widget)] if p]
        elif (
            isinstance(widget, QAbstractButton)
            and widget.objectName() != "qt_tableview_cornerbutton"
        ):
            issues = [p for p in [_button_problem(widget)] if p]
        elif isinstance(widget, QTabBar):
            issues = _tab_problems(widget)
        elif isinstance(widget, QHeaderView):
            issues = _header_problems(widget)
        elif isinstance(widget, QAbstractItemView):
            issues = _cell_problems(widget)
        elif isinstance(widget, QComboBox):
            issues = [p for p in [_combo_problem(widget)] if p]
        found += [f"{_where(widget)}: {issue}" for issue in issues]
    return found


def _too_wide(window: QWidget) -> list[str]:
    """A page wider than the window scrolls sideways, its right side out of view."""
    bar = window.scroll.horizontalScrollBar()
    if bar.maximum() > 0:
        return [f"page is {bar.maximum()}px wider than the window"]
    return []


def main(argv: list[str]) -> int:
    db, language, width, height = Path(argv[0]), argv[1], int(argv[2]), int(argv[3])
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    sys.path.insert(0, str(Path(__file__).resolve().parents[2]))
    from skillsapp.services.database import open_school_db
    from skillsapp.ui import i18n
    from skillsapp.ui.context import AppContext
    from skillsapp.ui.main_window import MainWindow

    app = QApplication([])
    i18n.install(language)
    ctx = AppContext(store=open_school_db(db), db_path=db, language=language)
    window = MainWindow(ctx)
    window.setAttribute(Qt.WidgetAttribute.WA_DontShowOnScreen)
    window.resize(width, height)
    window.show()
    report: dict[str, list[str]] = {}
    for row, page in enumerate(window.pages):
        window.nav.setCurrentRow(row)
        ctx.jobs.wait(60000)
        for _ in range(3):
            app.processEvents()
        report[page.page_id] = problems_in(page) + _too_wide(window)
        if page.page_id == "session":  # each step of a lesson session, as a teacher walks it
            for step in range(1, SESSION_STEPS):
                page.go_to(step)
                for _ in range(3):
                    app.processEvents()
                report[page.page_id] += [f"step {step + 1}: {p}" for p in problems_in(page)]
    report["window"] = problems_in(window.statusBar())
    if window.width() > width or window.height() > height:
        report["window"].append(f"window {window.width()}x{window.height()} > {width}x{height}")
    print(json.dumps({k: v for k, v in report.items() if v}, ensure_ascii=False, indent=1))
    window.hide()  # not close(): the session page would ask about its draft
    ctx.jobs.wait(10000)
    ctx.store.close()
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
