"""F1 and the Help button open the guide at the page on screen, on every page, in vi and en
(issue 21); the guide names every page of the window."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from skillsapp.reports.guide import load_guide, page_for


def test_every_app_page_has_its_own_guide_page() -> None:
    from skillsapp.ui.main_window import PAGES

    for lang in ("vi", "en"):
        named = [app_page for page in load_guide(lang) for app_page in page.help_for]
        assert len(named) == len(set(named)), lang
        assert {entry[0] for entry in PAGES} <= set(named), lang


@pytest.mark.parametrize("language", ["vi", "en"])
def test_f1_opens_the_guide_at_each_page(qtbot, window, ctx, language):
    from skillsapp.ui import i18n
    from skillsapp.ui.main_window import PAGES

    i18n.install(language)
    try:
        ctx.language = language
        ctx.bus.language_changed.emit(language)
        assert window.help_button.text() == ("Trợ giúp (F1)" if language == "vi" else "Help (F1)")
        for page_id, _module, _title in PAGES:
            page = window.show_page(page_id)
            qtbot.waitUntil(page.isVisible)
            qtbot.keyClick(window, Qt.Key.Key_F1)
            help_window = window.help_window
            assert help_window is not None
            qtbot.waitUntil(help_window.isVisible)
            wanted = page_for(language, page_id)
            assert help_window.current_page == wanted
            assert wanted.title in help_window.text.toPlainText()
            help_window.close()
    finally:
        i18n.install("en")
        ctx.language = "en"


def test_the_help_button_opens_the_page_on_screen(qtbot, window):
    window.show_page("sync")
    qtbot.mouseClick(window.help_button, Qt.MouseButton.LeftButton)
    help_window = window.help_window
    assert help_window is not None
    qtbot.waitUntil(help_window.isVisible)
    assert help_window.current_page.anchor == "collect"


def test_every_picture_of_the_help_is_a_local_file() -> None:
    import re
    from pathlib import Path
    from urllib.parse import unquote, urlparse

    from skillsapp.reports.guide import page_html

    for lang in ("vi", "en"):
        for page in load_guide(lang):
            sources = re.findall(r'<img src="([^"]+)"', page_html(page, lang))
            assert len(sources) == len(page.images)
            for source in sources:
                url = urlparse(source)
                assert url.scheme == "file" and Path(unquote(url.path)).is_file(), source


def test_the_help_window_saves_the_printable_guide(qtbot, window, monkeypatch, tmp_path):
    from skillsapp.ui import file_dialogs

    target = tmp_path / "guide"
    monkeypatch.setattr(
        file_dialogs, "get_save_file_name", lambda *args, **kwargs: (str(target), "")
    )
    help_window = window.open_help()
    help_window.print_actions[1].trigger()  # for teachers
    saved = tmp_path / "guide.pdf"
    qtbot.waitUntil(
        lambda: saved.is_file() and "guide.pdf" in help_window.status.text(), timeout=60000
    )
    assert saved.read_bytes().startswith(b"%PDF")
    help_window.close()


def test_f1_on_the_quiz_step_opens_the_quiz_page(qtbot, window):
    from skillsapp.ui.pages.session import QUIZ

    page = window.show_page("session")
    qtbot.waitUntil(page.isVisible)
    page.go_to(QUIZ)
    assert page.stack.currentIndex() == QUIZ
    page.quiz.grid.setFocus()
    qtbot.keyClick(page.quiz.grid, Qt.Key.Key_F1)  # typing answers: F1 still reaches the help
    assert window.help_window is not None
    assert window.help_window.current_page.anchor == "quiz"
    page.go_to(0)
    qtbot.keyClick(window, Qt.Key.Key_F1)
    assert window.help_window.current_page.anchor == "session"
    window.help_window.close()
