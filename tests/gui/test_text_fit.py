"""Text is never cut (issue 15 item 6): every page, vi and en, at the teachers' screen settings.

Each case runs tests/gui/text_fit.py in a fresh process (QT_SCALE_FACTOR is read once, when Qt
starts) on the demo school: a 1366x768 window at 100 %, 125 % and 150 % scaling, a 1366x768
screen at 125 % (1093x614 logical pixels: the main window must fit it), and a 1920x1080 screen
at 125 % and at 150 % Windows scaling, whose window is 1536x864 and 1280x720 logical pixels
(what is left once Windows scales a screen is what really changes the layout). It fails on any
label, button, tab, header section, table or tree cell, or combo whose text is wider than its
room, on a window larger than the screen, and on a page wider than the window (a tall page
may scroll, a wide one hides its right side).
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtWidgets import (
    QApplication,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QWidget,
)

from tests.gui.text_fit import problems_in

SCRIPT = Path(__file__).with_name("text_fit.py")
CASES = {  # id: (QT_SCALE_FACTOR, window size in logical pixels)
    "1366x768 at 100%": (1.0, (1366, 768)),
    "1366x768 window at 125%": (1.25, (1366, 768)),
    "1366x768 window at 150%": (1.5, (1366, 768)),
    "1366x768 screen at 125%": (1.25, (1093, 614)),
    "1920x1080 screen at 125%": (1.25, (1536, 864)),
    "1920x1080 screen at 150%": (1.5, (1280, 720)),
}


@pytest.mark.parametrize("language", ["vi", "en"])
@pytest.mark.parametrize("case", list(CASES))
def test_no_text_is_cut_on_any_page(demo_db, language, case):
    scale, (width, height) = CASES[case]
    env = {**os.environ, "QT_SCALE_FACTOR": str(scale), "QT_QPA_PLATFORM": "offscreen"}
    done = subprocess.run(
        [sys.executable, str(SCRIPT), str(demo_db), language, str(width), str(height)],
        capture_output=True, text=True, env=env, timeout=240, check=False,
    )  # fmt: skip
    assert done.returncode == 0, done.stderr[-3000:]
    assert json.loads(done.stdout) == {}


def test_the_check_sees_cut_text(qtbot):
    """The checker itself: a squeezed label, button and table cell are all reported."""
    root = QWidget()
    qtbot.addWidget(root)
    layout = QHBoxLayout(root)
    label = QLabel("Bài dạy tiếp theo của từng lớp")
    button = QPushButton("Đánh dấu đã nghỉ/chuyển lớp")
    button.setFixedWidth(40)
    table = QTableWidget(1, 1)
    table.setItem(0, 0, QTableWidgetItem("chưa học, chưa học, chưa học"))
    table.setColumnWidth(0, 30)
    table.setWordWrap(False)
    for widget in (label, button, table):
        layout.addWidget(widget)
    root.resize(200, 120)
    label.setFixedWidth(30)
    root.show()
    qtbot.waitExposed(root)
    found = " | ".join(problems_in(root))
    assert "label 'Bài dạy tiếp theo" in found
    assert "button 'Đánh dấu" in found
    assert "cell 'chưa học" in found


@pytest.mark.parametrize("language", ["vi", "en"])
def test_no_text_is_cut_in_the_dialogs(qtbot, ctx, language):
    from skillsapp.ui import i18n, style
    from skillsapp.ui.dialogs.class_edit import ClassDialog
    from skillsapp.ui.dialogs.remove_demo import RemoveDemoDialog
    from skillsapp.ui.first_run import FirstRunWizard

    style.apply(QApplication.instance())
    i18n.install(language)
    try:
        ctx.language = language
        found = {}
        for dialog in (ClassDialog(["2026-2027"], "2026-2027"), RemoveDemoDialog(ctx)):
            qtbot.addWidget(dialog)
            dialog.show()
            qtbot.waitExposed(dialog)
            found[type(dialog).__name__] = problems_in(dialog)
        wizard = FirstRunWizard(language)
        qtbot.addWidget(wizard)
        wizard.show()
        qtbot.waitExposed(wizard)
        for step in range(len(wizard.pageIds())):
            found[f"wizard page {step}"] = problems_in(wizard)
            wizard.next()
        assert {name: cut for name, cut in found.items() if cut} == {}
    finally:
        i18n.install("en")
