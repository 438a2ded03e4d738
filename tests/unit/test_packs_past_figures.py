"""Issue 19: an update from a pack, or from a new installer, leaves the figures of past sessions
as they were (the dashboard's and Today's services), and a past row names the lesson as it was
taught, while a lesson not taught yet shows its new version."""

from __future__ import annotations

import shutil
from dataclasses import replace
from datetime import date
from pathlib import Path

import pytest
from support.lesson_packs import (
    FOOTPRINT,
    LESSONS,
    LIVESTREAM,
    LIVESTREAM_NEW_EN,
    SCAM,
    SCAM_Q1_EN,
    SCAM_TITLE_EN,
    department,
    make_pack,
    past_update,
    rewritten,
    write_source,
)

from skillsapp.content.library import kit_for
from skillsapp.content.model import Kit
from skillsapp.packs.format import read_pack
from skillsapp.packs.install import install_pack
from skillsapp.reports.figures import ClassFigures, class_figures
from skillsapp.services.coverage import class_coverage
from skillsapp.services.school import classes
from skillsapp.services.sessions import list_sessions
from skillsapp.services.stats import class_plans
from skillsapp.store import Store, open_store

YEAR = "2026-2027"
PERIODS = (YEAR, f"{YEAR}/hk1", "2026-09", "2026-10")


def _install(db: Path, pack: Path) -> None:
    store = open_store(db)
    try:
        install_pack(store, db, pack, accept=read_pack(pack).publisher.fingerprint)
    finally:
        store.close()


def _pack(tmp_path: Path, version: int, pack_version: int) -> Path:
    dept = tmp_path / "dept" / "dept.db"
    if not dept.exists():
        department(dept)
    src = write_source(tmp_path / f"src-{pack_version}", past_update(version))
    return make_pack(dept, src, tmp_path / f"update-{pack_version}.knsl", version=pack_version)


def _class_id(store: Store, name: str) -> str:
    return next(c.id for c in classes(store) if c.name == name)


def _figures(db: Path) -> dict[str, object]:
    """Everything the dashboard and Today show of the demo's 6A1 and 7A1, over past periods."""
    kit = kit_for(db)
    store = open_store(db)
    try:
        shown: dict[str, object] = {"plans": class_plans(store, kit, YEAR)}
        for name in ("6A1", "7A1"):
            class_id = _class_id(store, name)
            shown[f"{name} coverage"] = class_coverage(store, class_id, kit)
            for period in PERIODS:
                figures = class_figures(store, kit, class_id, period)
                shown[f"{name} {period}"] = _taught_only(figures)
                if name == "7A1":
                    shown[f"{name} {period} untaught"] = _plan_title(figures, LIVESTREAM)
            shown[f"{name} week"] = [
                (s.held_on, _title(kit, s.lesson_id, s.lesson_version))
                for s in list_sessions(store, class_id=class_id)
            ]
    finally:
        store.close()
    return shown


def _taught_only(figures: ClassFigures) -> ClassFigures:
    """The figures without the plan row of the lesson nobody was taught (it shows its new
    version, as it should: checked on its own)."""
    return replace(figures, plan=tuple(p for p in figures.plan if p.lesson_id != LIVESTREAM))


def _title(kit: Kit, lesson_id: str, version: int) -> str:
    return kit.lesson_at(lesson_id, version).title.en


def _plan_title(figures: object, lesson_id: str) -> str:
    assert isinstance(figures, ClassFigures)
    return next(p.title.en for p in figures.plan if p.lesson_id == lesson_id)


def _new_installer(tmp_path: Path, texts: dict[str, str]) -> Path:
    """The lessons/ of a later release: these lessons at version 2, each version 1 kept in
    lessons/history/1/ as the curriculum's rule asks (test_lesson_history.py)."""
    installer = tmp_path / "new-installer" / "lessons"
    shutil.copytree(LESSONS, installer)
    for lesson_id, text in texts.items():
        old = installer / "history" / "1" / f"{lesson_id}.yaml"
        old.parent.mkdir(parents=True, exist_ok=True)
        shutil.copy(installer / f"{lesson_id}.yaml", old)
        (installer / f"{lesson_id}.yaml").write_text(text, "utf-8")
    return installer


@pytest.fixture
def before(demo_db: Path) -> dict[str, object]:
    return _figures(demo_db)


def test_an_update_from_a_pack_leaves_past_figures_unchanged(demo_db, tmp_path, before):
    _install(demo_db, _pack(tmp_path, version=2, pack_version=1))
    kit = kit_for(demo_db)
    assert kit.lesson(SCAM).title.en == "Strange links: the 2026 update"
    assert len(kit.lesson(SCAM).quiz) == 5
    after = _figures(demo_db)
    for name, figures in before.items():
        if not name.endswith("untaught"):
            assert after[name] == figures, name
    # a lesson taught is named, numbered and judged as it was taught ...
    year = after[f"6A1 {YEAR}"]
    assert _plan_title(year, SCAM) == SCAM_TITLE_EN
    assert isinstance(year, ClassFigures)
    scam_items = [i for i in year.items if i.lesson_id == SCAM]
    assert [i.number for i in scam_items] == [1, 2, 3, 4, 5, 6]
    assert scam_items[0].prompt.en == SCAM_Q1_EN
    # ... a lesson not taught yet is shown as it is now
    assert before[f"7A1 {YEAR} untaught"] == "Live now: who are you showing what?"
    assert after[f"7A1 {YEAR} untaught"] == LIVESTREAM_NEW_EN


def test_a_new_installer_older_than_the_pack_changes_no_past_figure(
    demo_db, tmp_path, before, monkeypatch
):
    """The pack brings version 3; a later installer ships version 2 of the same lessons (newer
    than what was taught, older than the pack): the pack's stays taught, the past stays."""
    _install(demo_db, _pack(tmp_path, version=3, pack_version=1))
    title = ("Bản của bộ cài mới", "The new installer's copy")
    texts = {i: rewritten(i, version=2, title=title) for i in (SCAM, FOOTPRINT, LIVESTREAM)}
    monkeypatch.setenv("SKILLSAPP_LESSONS", str(_new_installer(tmp_path, texts)))
    kit = kit_for(demo_db)
    assert (kit.lesson(SCAM).version, kit.lesson(SCAM).origin) == (3, "pack")
    assert kit.lesson_at(SCAM, 2).title.en == "The new installer's copy"
    after = _figures(demo_db)
    for name, figures in before.items():
        if not name.endswith("untaught"):
            assert after[name] == figures, name
    assert _plan_title(after[f"6A1 {YEAR}"], SCAM) == SCAM_TITLE_EN


def test_a_new_installer_keeps_the_versions_it_replaces(demo_db, tmp_path, before, monkeypatch):
    """No pack: the installer itself moves lessons to version 2 and carries version 1 in
    lessons/history/, so the demo school's past sessions keep their titles and keys."""
    monkeypatch.setenv("SKILLSAPP_LESSONS", str(_new_installer(tmp_path, past_update(2))))
    kit = kit_for(demo_db)
    assert kit.lesson(SCAM).title.en == "Strange links: the 2026 update"
    assert kit.lesson_at(SCAM, 1).title.en == SCAM_TITLE_EN
    after = _figures(demo_db)
    for name, figures in before.items():
        if not name.endswith("untaught"):
            assert after[name] == figures, name


def test_a_lesson_taught_in_both_versions_in_one_period_keeps_each_versions_items(
    demo_db, tmp_path
):
    """The year's item table: the scam lesson taught again after the update (five questions)
    leaves the sixth question of the first version numbered, and the first question of each
    version keeps its own prompt."""
    from support.lesson_packs import teach_6a1

    _install(demo_db, _pack(tmp_path, version=2, pack_version=1))
    teach_6a1(demo_db, SCAM, date(2026, 12, 2))
    store = open_store(demo_db)
    try:
        kit = kit_for(demo_db)
        year = class_figures(store, kit, _class_id(store, "6A1"), YEAR)
    finally:
        store.close()
    first = [(i.version, i.prompt.en) for i in year.items if i.lesson_id == SCAM and i.number == 1]
    assert first == [(1, SCAM_Q1_EN), (2, "Which messages below are scams? (2026)")]
    numbers = [(i.version, i.number) for i in year.items if i.lesson_id == SCAM]
    assert numbers == [(1, n) for n in range(1, 7)] + [(2, n) for n in range(1, 6)]
