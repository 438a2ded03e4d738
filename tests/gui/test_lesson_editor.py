"""The lesson editor (issue 19): a teacher copies a lesson, adapts it by keyboard and mouse, sees
the checks as they type, undoes, closes (saved), and teaches the own lesson."""

from __future__ import annotations

from PySide6.QtCore import Qt
from support.lesson_editor import open_editor

from skillsapp.services import school as school_service
from skillsapp.services.own_lessons import own_versions
from skillsapp.services.sessions import get_session, list_sessions
from skillsapp.ui.pages.session import SAVED

SOURCE = "g6-9/03-tin-nhan-gia-mao"
CTRL = Qt.KeyboardModifier.ControlModifier


def _open_editor(window, qtbot):
    return open_editor(window, qtbot, SOURCE)


def test_adapt_check_undo_save_and_teach(window, ctx, qtbot):
    page, editor = _open_editor(window, qtbot)
    title = editor.form.edits["title.en"]
    problem = editor.form.problem_labels["title.en"]
    assert editor.problems == []

    title.setFocus()
    title.selectAll()
    qtbot.keyClick(title, Qt.Key.Key_Delete)  # a required field emptied
    qtbot.waitUntil(lambda: [p.field for p in editor.problems] == ["title.en"])
    assert problem.isVisibleTo(editor) and problem.text() == "is empty"
    assert editor.problem_list.item(0).text() == "Lesson title (English): is empty"

    qtbot.keyClicks(title, "Scam messages in our commune")
    qtbot.waitUntil(lambda: editor.problems == [])
    assert not problem.isVisibleTo(editor)
    assert "Scam messages in our commune" in editor.lesson_view.toPlainText()  # live preview

    qtbot.keyClicks(title, " today")
    qtbot.keyClick(title, Qt.Key.Key_Z, CTRL)  # undoes the run of typing " today"
    assert title.text() == "Scam messages in our commune"
    assert editor.data["title"]["en"] == "Scam messages in our commune"
    qtbot.keyClick(title, Qt.Key.Key_Y, CTRL)
    assert title.text() == "Scam messages in our commune today"
    qtbot.keyClick(title, Qt.Key.Key_Z, CTRL)
    assert title.text() == "Scam messages in our commune"

    lesson_id = editor.data["id"]
    editor.close()  # saves
    rows = own_versions(ctx.store)
    assert [(r.lesson_id, r.version, r.title_en) for r in rows] == [
        (lesson_id, 1, "Scam messages in our commune")
    ]

    # the Curriculum tree marks it; a session of it saves with its id and version
    qtbot.waitUntil(lambda: any("My lesson" in i.text(0) for i in page.lesson_items()))
    session = window.show_page("session")
    cls = next(c for c in school_service.classes(ctx.store) if c.name == "6A1")
    session.start_lesson(cls.id, lesson_id)
    assert session.draft.lesson_id == lesson_id
    box = session.setup.lesson_box
    assert "My lesson" in box.itemText(box.findData(lesson_id))
    while session.stack.currentIndex() != SAVED:
        qtbot.mouseClick(
            session.save_button if session.save_button.isVisible() else session.next_button,
            Qt.MouseButton.LeftButton,
        )
    summary = next(s for s in list_sessions(ctx.store, class_id=cls.id) if s.lesson_id == lesson_id)
    saved = get_session(ctx.store, summary.id)
    assert (saved.lesson_id, saved.lesson_version) == (lesson_id, 1)


def test_a_quiz_item_from_another_lesson_is_reused_and_undone(window, ctx, qtbot):
    _page, editor = _open_editor(window, qtbot)
    before = len(editor.data["quiz"])
    box = editor.bank.items
    other = next(i for i in range(box.count()) if box.itemData(i)[0] != SOURCE)
    source_id, index = box.itemData(other)
    box.setCurrentIndex(other)
    qtbot.mouseClick(editor.bank.add_button, Qt.MouseButton.LeftButton)
    assert len(editor.data["quiz"]) == before + 1
    qtbot.waitUntil(lambda: editor.lesson is not None and len(editor.lesson.quiz) == before + 1)
    wanted = ctx.kit.lesson(source_id).quiz[index].prompt.en
    assert editor.lesson.quiz[-1].prompt.en == wanted
    assert f"quiz[{before}].prompt.en" in editor.form.edits  # its fields are editable
    qtbot.keyClick(editor, Qt.Key.Key_Z, CTRL)
    assert len(editor.data["quiz"]) == before
    editor.close()


def test_an_own_lesson_opens_as_itself_and_keeps_its_id(window, ctx, qtbot):
    page, editor = _open_editor(window, qtbot)
    lesson_id = editor.data["id"]
    editor.close()
    qtbot.waitUntil(lambda: page.select_lesson(lesson_id))
    qtbot.mouseClick(page.adapt_button, Qt.MouseButton.LeftButton)
    assert page.editor.data["id"] == lesson_id
    page.editor.close()
    assert [r.lesson_id for r in own_versions(ctx.store)] == [lesson_id]


def test_export_as_a_pack_by_mouse(window, ctx, qtbot, monkeypatch, tmp_path):
    from skillsapp.packs.format import read_pack

    target = tmp_path / "share.knsl"
    monkeypatch.setattr(
        "skillsapp.ui.file_dialogs.get_save_file_name", lambda *a, **k: (str(target), "")
    )
    _page, editor = _open_editor(window, qtbot)
    qtbot.mouseClick(editor.export_button, Qt.MouseButton.LeftButton)
    assert [e["id"] for e in read_pack(target).manifest["lessons"]] == [editor.data["id"]]
    assert str(target) in editor.status.text()
    editor.close()
