"""The lesson editor's step kind and quiz type pickers (issue 19): a teacher adds a step of the
kind they choose and a question of every type, by keyboard and mouse; the checks name the new
empty fields in Vietnamese next to them, the line goes when the field is written, a problem
clicked puts the cursor in its field, and undo takes the new step away."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from support.lesson_editor import open_editor

from skillsapp.ui.editor.fields import ChoiceField
from skillsapp.ui.pages.settings import switch_language

SOURCE = "g6-9/03-tin-nhan-gia-mao"  # 6 steps (45 minutes), 6 quiz items
CTRL = Qt.KeyboardModifier.ControlModifier


@pytest.fixture
def vietnamese(ctx):
    switch_language(ctx, "vi")
    yield
    switch_language(ctx, "en")


def _open_editor(window, qtbot):
    return open_editor(window, qtbot, SOURCE)[1]


def _choose(qtbot, box, shown: str) -> None:
    """Pick an entry of a combo box by keyboard: focus it, then arrow down to it."""
    box.setFocus()
    qtbot.keyClick(box, Qt.Key.Key_Home)
    while box.currentText() != shown:
        before = box.currentIndex()
        qtbot.keyClick(box, Qt.Key.Key_Down)
        assert box.currentIndex() != before, f"{shown!r} is not in the list"


def _problem_items(editor) -> list[str]:
    return [editor.problem_list.item(i).text() for i in range(editor.problem_list.count())]


def test_a_step_of_the_chosen_kind_in_vietnamese_checked_fixed_and_undone(
    vietnamese, window, ctx, qtbot
):
    editor = _open_editor(window, qtbot)
    _open_tab(qtbot, editor, 0)
    tools = editor.list_tools["steps"]
    assert [tools.kind.itemText(i) for i in range(tools.kind.count())] == [
        "Khởi động",
        "Khám phá",
        "Hoạt động",
        "Thảo luận",
        "Câu hỏi nhanh",
        "Tổng kết",
    ]
    assert tools.add_button.text() == "Thêm bước"
    tools.number.setFocus()
    tools.number.selectAll()
    qtbot.keyClicks(tools.number, "3")  # after step 3
    _choose(qtbot, tools.kind, "Thảo luận")
    qtbot.mouseClick(tools.add_button, Qt.MouseButton.LeftButton)

    steps = editor.data["steps"]
    assert len(steps) == 7
    assert steps[3] == {
        "minutes": 5,
        "kind": "discuss",
        "title": {"vi": "", "en": ""},
        "slide": {"vi": "", "en": ""},
        "script": {"vi": "", "en": ""},
    }
    assert tools.number.value() == 4  # the new step is the one the buttons now act on
    kind = editor.form.edits["steps[3].kind"]
    assert isinstance(kind, ChoiceField) and kind.currentText() == "Thảo luận"

    qtbot.waitUntil(lambda: any(p.field == "steps[3].title.vi" for p in editor.problems))
    label = editor.form.problem_labels["steps[3].title.vi"]
    assert label.isVisibleTo(editor) and label.text() == "đang để trống"
    lines = _problem_items(editor)
    assert "Bước 4 — tiêu đề (tiếng Việt): đang để trống" in lines
    assert "Bước 4 — lời giảng (tiếng Anh): đang để trống" in lines

    # a problem clicked puts the cursor in its field
    row = lines.index("Bước 4 — tiêu đề (tiếng Việt): đang để trống")
    item = editor.problem_list.item(row)
    rect = editor.problem_list.visualItemRect(item)
    qtbot.mouseClick(editor.problem_list.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    title = editor.form.edits["steps[3].title.vi"]
    qtbot.waitUntil(title.hasFocus)

    qtbot.keyClicks(title, "Goi lai cho me")
    qtbot.waitUntil(lambda: not any(p.field == "steps[3].title.vi" for p in editor.problems))
    assert not editor.form.problem_labels["steps[3].title.vi"].isVisibleTo(editor)
    assert "Bước 4 — tiêu đề (tiếng Việt): đang để trống" not in _problem_items(editor)
    assert editor.preview_note.isVisibleTo(editor)  # the other new fields are still empty

    qtbot.keyClick(title, Qt.Key.Key_Z, CTRL)  # the typing
    assert editor.data["steps"][3]["title"]["vi"] == ""
    qtbot.keyClick(editor, Qt.Key.Key_Z, CTRL)  # the step
    assert [s["kind"] for s in editor.data["steps"]] == [
        "warm_up",
        "explore",
        "activity",
        "discuss",
        "quiz",
        "wrap_up",
    ]
    assert "steps[6].minutes" not in editor.form.edits
    qtbot.waitUntil(lambda: editor.problems == [])
    assert _problem_items(editor) == ["Không có lỗi: có thể dạy bài này."]
    assert not editor.preview_note.isVisibleTo(editor)

    # a teaching rule: the steps' minutes must add up to the lesson's 45
    minutes = editor.form.edits["steps[0].minutes"]
    minutes.setFocus()
    minutes.selectAll()
    qtbot.keyClicks(minutes, "6")
    qtbot.waitUntil(lambda: [p.field for p in editor.problems] == ["steps"])
    assert editor.form.problem_labels["steps[0].minutes"].text() == (
        "Các bước: cộng lại được 46 phút, không phải 45"
    )
    assert _problem_items(editor) == ["Các bước: cộng lại được 46 phút, không phải 45"]
    assert "Goi lai cho me" not in editor.lesson_view.toPlainText()
    minutes.selectAll()
    qtbot.keyClicks(minutes, "5")
    qtbot.waitUntil(lambda: editor.problems == [])
    assert not editor.form.problem_labels["steps[0].minutes"].isVisibleTo(editor)
    editor.close()


def test_a_question_of_every_type_with_its_fields_and_feedback(window, ctx, qtbot):
    editor = _open_editor(window, qtbot)
    _open_tab(qtbot, editor, 1)
    tools = editor.list_tools["quiz"]
    names = [tools.kind.itemText(i) for i in range(tools.kind.count())]
    assert names == ["Choose one", "Choose all that apply", "True or false", "Scenario", "Sorting"]
    for name in names:
        _choose(qtbot, tools.kind, name)
        qtbot.mouseClick(tools.add_button, Qt.MouseButton.LeftButton)

    added = editor.data["quiz"][6:]
    assert [(q["id"], q["type"]) for q in added] == [
        ("q7", "single"),
        ("q8", "multiple"),
        ("q9", "true_false"),
        ("q10", "scenario"),
        ("q11", "sorting"),
    ]
    blank = {"vi": "", "en": ""}
    assert added[0] == {
        "id": "q7",
        "type": "single",
        "prompt": blank,
        "options": [blank, blank, blank],
        "answer": 0,
        "why": [None, blank, blank],
        "feedback": blank,
    }
    assert added[1]["answer"] == [0, 1] and len(added[1]["options"]) == 4
    assert added[2] == {"id": "q9", "type": "true_false", "prompt": blank, "answer": True,
                        "feedback": blank}  # fmt: skip
    assert added[3]["scenario"] == blank and len(added[3]["options"]) == 3
    assert added[4]["categories"] == [blank, blank]
    assert [c["category"] for c in added[4]["cards"]] == [0, 1, 0, 1]

    edits = editor.form.edits
    for index in range(6, 11):
        assert f"quiz[{index}].feedback.vi" in edits and f"quiz[{index}].feedback.en" in edits
    assert "quiz[9].scenario.vi" in edits and "quiz[10].cards[3].text.en" in edits
    # the true/false answer is a choice; a right option counts from 1 as its label does
    truth = edits["quiz[8].answer"]
    assert isinstance(truth, ChoiceField) and truth.currentText() == "True"
    assert edits["quiz[6].answer"].text() == "1"
    assert editor.form.labels["quiz[6].answer"].text() == "Question 7 — right answer"
    qtbot.waitUntil(lambda: any(p.field == "quiz[10].cards[0].text.vi" for p in editor.problems))
    assert "Question 11 — card 1 — text (Vietnamese): is empty" in _problem_items(editor)

    _choose(qtbot, truth, "False")  # chosen by keyboard: the answer becomes false
    assert editor.data["quiz"][8]["answer"] is False
    edits["quiz[6].answer"].setFocus()
    edits["quiz[6].answer"].selectAll()
    qtbot.keyClicks(edits["quiz[6].answer"], "2")
    assert editor.data["quiz"][6]["answer"] == 1  # option 2 is index 1 in the file
    assert editor.data["quiz"][6]["why"] == [blank, None, blank]  # the why follows the key
    assert editor.form.edits["quiz[6].answer"].hasFocus()  # the form was rebuilt around it
    assert "quiz[6].why[0].vi" in editor.form.edits and "quiz[6].why[1].vi" not in editor.form.edits

    for _ in range(7):
        qtbot.keyClick(editor, Qt.Key.Key_Z, CTRL)
    assert [q["id"] for q in editor.data["quiz"]] == ["q1", "q2", "q3", "q4", "q5", "q6"]
    editor.close()


def test_every_field_label_is_human_in_both_languages(window, ctx, qtbot):
    editor = _open_editor(window, qtbot)

    def label(name: str) -> str:
        return editor.form.labels[name].text()

    assert label("steps[2].minutes") == "Step 3 — minutes"
    assert label("quiz[0].options[1].en") == "Question 1 — option 2 (English)"
    assert label("family_note.vi") == "Family note (Vietnamese)"
    assert label("materials[0].vi") == "Material 1 (Vietnamese)"
    assert label("scenario.text.en") == "Scenario — text (English)"
    switch_language(ctx, "vi")
    try:
        assert label("steps[2].minutes") == "Bước 3 — số phút"
        assert label("quiz[2].scenario.vi") == "Câu hỏi 3 — câu chuyện (tiếng Việt)"
        assert label("family_note.en") == "Thư gửi gia đình (tiếng Anh)"
        assert label("title.vi") == "Tên bài (tiếng Việt)"
        assert editor.form.edits["steps[0].kind"].currentText() == "Khởi động"
        every = [label(name) for name in editor.form.edits]
        assert not [text for text in every if "[" in text or "_" in text or "." in text]
    finally:
        switch_language(ctx, "en")
    editor.close()


def _open_tab(qtbot, editor, index: int) -> None:
    bar = editor.tool_tabs.tabBar()
    qtbot.mouseClick(bar, Qt.MouseButton.LeftButton, pos=bar.tabRect(index).center())
    assert editor.tool_tabs.currentIndex() == index


def test_an_option_removed_and_added_and_an_optional_field_added(vietnamese, window, ctx, qtbot):
    editor = _open_editor(window, qtbot)
    _open_tab(qtbot, editor, 2)
    tools = editor.entry_tools
    assert editor.tool_tabs.tabText(2) == "Danh sách và trường khác"
    lists = [tools.lists.itemText(i) for i in range(tools.lists.count())]
    assert lists[:5] == ["Năng lực", "Khối lớp", "Mục tiêu", "Từ ngữ", "Đồ dùng"]
    assert "Câu hỏi 4 — các phương án" in lists and "Câu hỏi 5 — các thẻ" in lists
    _choose(qtbot, tools.lists, "Câu hỏi 4 — các phương án")
    assert tools.number.maximum() == 4
    tools.number.setFocus()
    tools.number.selectAll()
    qtbot.keyClicks(tools.number, "2")
    qtbot.mouseClick(tools.remove_button, Qt.MouseButton.LeftButton)
    q4 = editor.data["quiz"][3]
    assert len(q4["options"]) == 3 and q4["answer"] == 0
    assert q4["why"][0] is None and len(q4["why"]) == 3
    assert q4["why"][1]["en"].startswith("Thinks the second lock")  # option 3's why moved up

    tools.number.setFocus()
    tools.number.selectAll()
    qtbot.keyClicks(tools.number, "1")
    qtbot.mouseClick(tools.add_button, Qt.MouseButton.LeftButton)
    q4 = editor.data["quiz"][3]
    blank = {"vi": "", "en": ""}
    assert q4["options"][1] == blank and q4["why"][1] == blank and q4["answer"] == 0
    assert editor.form.labels["quiz[3].why[1].vi"].text() == (
        "Câu hỏi 4 — vì sao phương án 2 sai (tiếng Việt)"
    )
    qtbot.waitUntil(lambda: any(p.field == "quiz[3].options[1].vi" for p in editor.problems))
    assert editor.form.problem_labels["quiz[3].options[1].vi"].text() == "đang để trống"

    fields = [tools.fields.itemText(i) for i in range(tools.fields.count())]
    assert fields == ["Hình của bài (emoji)"] + [f"Bước {n} — hình (emoji)" for n in range(1, 7)]
    qtbot.mouseClick(tools.field_button, Qt.MouseButton.LeftButton)
    assert editor.data["picture"] == ""
    qtbot.waitUntil(editor.form.edits["picture"].hasFocus)
    qtbot.waitUntil(lambda: any(p.field == "picture" for p in editor.problems))
    assert editor.form.problem_labels["picture"].text() == "đang để trống"

    for _ in range(3):
        qtbot.keyClick(editor, Qt.Key.Key_Z, CTRL)
    assert "picture" not in editor.data
    assert len(editor.data["quiz"][3]["options"]) == 4
    qtbot.waitUntil(lambda: editor.problems == [])
    editor.close()


def test_a_printable_material_shows_its_kind_by_name_and_keeps_it(window, ctx, qtbot):
    page = window.show_page("curriculum")
    qtbot.waitUntil(lambda: page.kit is not None, timeout=20000)
    assert page.select_lesson("g6-9/07-bat-nat-tren-mang")
    qtbot.mouseClick(page.adapt_button, Qt.MouseButton.LeftButton)
    editor = page.editor
    qtbot.waitUntil(editor.isVisible)
    name = next(n for n in editor.form.edits if n.startswith("materials[") and n.endswith(".kind"))
    kind = editor.form.edits[name]
    assert isinstance(kind, ChoiceField) and kind.currentText() == "Sample post"
    assert not kind.isEnabled()  # another kind of material would need other fields
    assert editor.form.labels[name].text().endswith(" — kind")
    editor.close()


def test_a_printed_material_of_the_chosen_kind(vietnamese, window, ctx, qtbot):
    editor = _open_editor(window, qtbot)
    _open_tab(qtbot, editor, 2)
    tools = editor.entry_tools
    kinds = [tools.material_kind.itemText(i) for i in range(tools.material_kind.count())]
    assert kinds == ["Bộ thẻ để cắt", "Phiếu bài tập", "Bài đăng mẫu", "Bộ ảnh", "Biểu mẫu"]
    before = len(editor.data["materials"])
    _choose(qtbot, tools.material_kind, "Bài đăng mẫu")
    qtbot.mouseClick(tools.material_button, Qt.MouseButton.LeftButton)
    blank = {"vi": "", "en": ""}
    assert editor.data["materials"][before] == {
        "id": "hoc-lieu-1",
        "kind": "post",
        "title": blank,
        "post": {"author": blank, "text": blank, "likes": 0},
    }
    title = editor.form.edits[f"materials[{before}].title.vi"]
    qtbot.waitUntil(title.hasFocus)
    assert editor.form.labels[f"materials[{before}].post.author.en"].text() == (
        f"Đồ dùng {before + 1} — bài đăng — người đăng (tiếng Anh)"
    )
    mine = f"materials[{before}]"
    qtbot.waitUntil(lambda: any(p.field.startswith(mine) for p in editor.problems))
    qtbot.keyClick(editor, Qt.Key.Key_Z, CTRL)
    assert len(editor.data["materials"]) == before
    editor.close()
