"""The Curriculum page's "Import lesson pack…": choose the file, confirm a new publisher's
fingerprint, see the result line and the updated lesson (issue 19)."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from support.lesson_packs import (
    ADDED,
    NEW_TITLE_VI,
    UPDATED,
    department,
    lesson_text,
    make_pack,
    write_source,
)

from skillsapp.ui.dialogs import lesson_pack


@pytest.fixture
def page(window, qtbot):
    page = window.show_page("curriculum")
    qtbot.waitUntil(lambda: page.kit is not None, timeout=20000)
    return page


@pytest.fixture
def pack(tmp_path: Path) -> Path:
    dept = department(tmp_path / "dept" / "dept.db")
    src = write_source(
        tmp_path / "src", {UPDATED: lesson_text(), ADDED: lesson_text(ADDED, version=1)}
    )
    return make_pack(dept, src, tmp_path / "update.knsl")


def _choose(monkeypatch, path: Path, answers: list[bool]) -> list[str]:
    asked: list[str] = []
    monkeypatch.setattr(lesson_pack, "choose_pack", lambda _parent: path)

    def ask(_title, text, _yes, _no, _parent):
        asked.append(text)
        return answers.pop(0)

    monkeypatch.setattr(lesson_pack, "ask", ask)
    return asked


def test_a_pack_from_a_new_publisher_installs_after_the_fingerprint_is_confirmed(
    page, pack, qtbot, monkeypatch
):
    from skillsapp.packs.format import read_pack

    asked = _choose(monkeypatch, pack, [True])
    qtbot.mouseClick(page.pack_button, Qt.MouseButton.LeftButton)
    assert len(asked) == 1 and read_pack(pack).publisher.fingerprint in asked[0]
    assert page.pack_result.text() == (
        "Installed the pack pgd-2026 version 1 from Phòng GD&ĐT Hoa Phượng: "
        "1 new, 1 updated lessons."
    )
    qtbot.waitUntil(lambda: page.kit is not None, timeout=20000)
    assert page.kit.lesson(UPDATED).title.vi == NEW_TITLE_VI
    assert page.kit.lesson(ADDED).origin == "pack"


def test_a_refused_confirmation_installs_nothing(page, pack, qtbot, monkeypatch, ctx):
    _choose(monkeypatch, pack, [False])
    qtbot.mouseClick(page.pack_button, Qt.MouseButton.LeftButton)
    assert "not accepted yet" in page.pack_result.text()
    assert not (ctx.db_path.parent / "lessons" / "packs").exists()
    qtbot.waitUntil(lambda: page.kit is not None, timeout=20000)
    assert page.kit.lesson(UPDATED).version == 1


def test_a_damaged_pack_gives_one_line(page, pack, qtbot, monkeypatch):
    pack.write_bytes(pack.read_bytes()[:500])
    _choose(monkeypatch, pack, [])
    qtbot.mouseClick(page.pack_button, Qt.MouseButton.LeftButton)
    assert "cut short" in page.pack_result.text()
    assert "\n" not in page.pack_result.text()
