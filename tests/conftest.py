"""Shared test set-up: offscreen Qt, a private home folder, and a small demo database."""

from __future__ import annotations

import os
import shutil
from datetime import date
from pathlib import Path

import pytest

# The sync world (a teacher and a leader who swapped key cards) is a fixture for every test.
from support.sync_world import world_fixture as world_fixture
from support.sync_world import world_template_fixture as world_template_fixture

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("SKILLSAPP_LANG", "en")

DEMO_DAY = date(2026, 11, 20)


@pytest.fixture(autouse=True)
def _private_home(tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch):
    """No test reads or writes the real user's settings or data."""
    monkeypatch.setenv("SKILLSAPP_HOME", str(tmp_path_factory.mktemp("home")))


@pytest.fixture(scope="session")
def demo_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A small demo school made once per run (copied per test by `demo_db`)."""
    from skillsapp.content import load_kit
    from skillsapp.services.demo import make_demo
    from skillsapp.store import open_store

    path = tmp_path_factory.mktemp("template") / "demo.db"
    store = open_store(path)
    make_demo(store, load_kit(), pupils=120, seed=7, today=DEMO_DAY)
    store.db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    store.close()
    return path


@pytest.fixture
def demo_db(demo_template: Path, tmp_path: Path) -> Path:
    target = tmp_path / "demo.db"
    shutil.copy(demo_template, target)
    return target


@pytest.fixture
def demo_store(demo_db: Path):
    from skillsapp.store import open_store

    store = open_store(demo_db)
    yield store
    store.close()
