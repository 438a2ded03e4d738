"""The class dashboard after a department's pack updates lessons a class was taught (issue 19):
every figure and text it shows for the school year and its terms is what it showed before, the
lessons taught keep the titles they were taught with, and a lesson not taught yet shows its new
version. The pack goes in through the Curriculum page's own button."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from support.lesson_packs import (
    LIVESTREAM,
    LIVESTREAM_NEW_EN,
    SCAM,
    SCAM_TITLE_EN,
    department,
    make_pack,
    past_update,
    rewritten,
    write_source,
)

from skillsapp.ui.dialogs import lesson_pack

LIVESTREAM_OLD_EN = "Live now: who are you showing what?"


def _table(table) -> list[list[str]]:
    """Every cell's text and tooltip, with the headers."""
    heads = [
        table.horizontalHeaderItem(c).text() if table.horizontalHeaderItem(c) else ""
        for c in range(table.columnCount())
    ]
    rows = [
        [
            f"{item.text()}|{item.toolTip()}" if item is not None else ""
            for item in (table.item(r, c) for c in range(table.columnCount()))
        ]
        for r in range(table.rowCount())
    ]
    return [heads, *rows]


def _choose_class(page, qtbot, name: str) -> None:
    """Pick the class in the box as a user does: the keyboard on the focused combo box."""
    box = page.class_box
    box.setFocus()
    qtbot.keyClick(box, Qt.Key.Key_Home)
    for _ in range(box.findText(name)):
        qtbot.keyClick(box, Qt.Key.Key_Down)
    assert box.currentText() == name


def _shown(page, qtbot, name: str) -> dict[str, object]:
    """What the dashboard shows of a class for the year and each term."""
    _choose_class(page, qtbot, name)
    shown: dict[str, object] = {}
    for period in range(page.period_box.count()):
        page.period_box.setCurrentIndex(period)
        for what in ("coverage", "lessons", "pupils", "sessions", "missed_items"):
            shown[f"{period} {what}"] = _table(getattr(page, what))
        shown[f"{period} summary"] = page.summary.text()
    return shown


def _lesson_row(page, lesson_id: str) -> list[str]:
    order = int(lesson_id.split("/")[1].split("-")[0])
    rows = _table(page.lessons)[1:]
    return next(row for row in rows if row[0].startswith(f"{order}|"))


@pytest.fixture
def pack(tmp_path: Path) -> Path:
    dept = department(tmp_path / "dept" / "dept.db")
    src = write_source(tmp_path / "src", past_update(2))
    return make_pack(dept, src, tmp_path / "update.knsl")


def test_the_dashboard_shows_the_same_past_after_a_pack(window, ctx, qtbot, monkeypatch, pack):
    dashboard = window.show_page("dashboard")
    before = {name: _shown(dashboard, qtbot, name) for name in ("6A1", "7A1")}
    dashboard.period_box.setCurrentIndex(0)
    _choose_class(dashboard, qtbot, "6A1")
    assert _lesson_row(dashboard, SCAM)[1] == f"{SCAM_TITLE_EN}|"

    curriculum = window.show_page("curriculum")
    qtbot.waitUntil(lambda: curriculum.kit is not None, timeout=20000)
    monkeypatch.setattr(lesson_pack, "choose_pack", lambda _parent: pack)
    monkeypatch.setattr(lesson_pack, "ask", lambda *_args: True)
    qtbot.mouseClick(curriculum.pack_button, Qt.MouseButton.LeftButton)
    assert curriculum.pack_result.text() == (
        "Installed the pack pgd-2026 version 1 from Phòng GD&ĐT Hoa Phượng: "
        "0 new, 3 updated lessons."
    )
    qtbot.waitUntil(lambda: curriculum.kit is not None, timeout=20000)
    assert ctx.kit.lesson(SCAM).title.en == "Strange links: the 2026 update"

    dashboard = window.show_page("dashboard")
    after = {name: _shown(dashboard, qtbot, name) for name in ("6A1", "7A1")}
    assert after["6A1"] == before["6A1"]
    # 7A1 has not had the livestream lesson: only its title moved to the new version
    assert repr(after["7A1"]) == repr(before["7A1"]).replace(LIVESTREAM_OLD_EN, LIVESTREAM_NEW_EN)
    assert repr(after["7A1"]) != repr(before["7A1"])
    dashboard.period_box.setCurrentIndex(0)
    assert _lesson_row(dashboard, LIVESTREAM)[1] == f"{LIVESTREAM_NEW_EN}|"


CREATORS = "g6-9/11-sang-tao-va-ban-quyen"  # 6A1 had it on 2026-11-16, the demo's last week
CREATORS_EN = "Young creators: using other people's music, images and videos the right way"


def test_todays_week_names_a_session_as_it_was_taught(window, ctx, qtbot, monkeypatch, tmp_path):
    """Today's "Sessions this week" after a pack updates a lesson held this week."""
    from skillsapp.packs.format import read_pack
    from skillsapp.packs.install import install_pack
    from skillsapp.services.sessions import list_sessions
    from skillsapp.ui.pages import today as today_module

    day = list_sessions(ctx.store)[0].held_on
    monkeypatch.setattr(today_module, "today", lambda: day)
    page = window.show_page("today")
    page.refresh()

    def titles() -> list[str]:
        return [page.week.item(r, 2).text() for r in range(page.week.rowCount())]

    qtbot.waitUntil(lambda: page.week.rowCount() > 0, timeout=20000)
    before = titles()
    assert f"11. {CREATORS_EN}" in before
    dept = department(tmp_path / "dept" / "dept.db")
    text = rewritten(CREATORS, version=2, title=("Nhà sáng tạo (2026)", "Creators: 2026"))
    pack = make_pack(dept, write_source(tmp_path / "src", {CREATORS: text}), tmp_path / "p.knsl")
    install_pack(ctx.store, ctx.db_path, pack, accept=read_pack(pack).publisher.fingerprint)
    ctx.forget_kit()
    assert ctx.kit.lesson(CREATORS).title.en == "Creators: 2026"
    page.week.setRowCount(0)
    page.refresh()
    qtbot.waitUntil(lambda: page.week.rowCount() > 0, timeout=20000)
    assert titles() == before


def test_a_session_reopened_after_an_update_keeps_the_quiz_it_was_taught_with(
    window, ctx, qtbot, pack
):
    """6A1's scam lesson was taught at version 1 (six questions); version 2 has five. Reopened
    for editing, the session shows version 1's title and its six questions."""
    from skillsapp.packs.format import read_pack
    from skillsapp.packs.install import install_pack
    from skillsapp.services.sessions import list_sessions

    install_pack(ctx.store, ctx.db_path, pack, accept=read_pack(pack).publisher.fingerprint)
    ctx.forget_kit()
    assert len(ctx.kit.lesson(SCAM).quiz) == 5
    taught = next(s for s in list_sessions(ctx.store) if s.lesson_id == SCAM)
    page = window.show_page("session")
    assert page.open_session(taught.id)
    assert f"3. {SCAM_TITLE_EN}" in page.context_label.text()
    assert page.quiz.model.columnCount() == 6
    assert page.draft.lesson_version == 1  # saved again, it stays a version 1 session
    # the setup step's list of saved sessions names it as taught too
    assert SCAM_TITLE_EN in page.setup.summary_text(taught)
