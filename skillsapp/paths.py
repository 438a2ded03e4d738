"""Where things live: the user's data and config folders and the bundled resources.

Bundled files (lessons/, resources/) sit beside the package in a checkout and in the Windows
installer alike, so one lookup serves both; SKILLSAPP_LESSONS overrides it for tests.
"""

from __future__ import annotations

import os
from pathlib import Path

APP_NAME = "KyNangSo"
_ROOT = Path(__file__).resolve().parent.parent


def data_dir() -> Path:
    """The per-user data folder (database, backups, keys, logs); SKILLSAPP_HOME overrides it."""
    override = os.environ.get("SKILLSAPP_HOME")
    if override:
        return Path(override)
    from platformdirs import user_data_path

    return user_data_path(APP_NAME, appauthor=False, roaming=False)


def config_dir() -> Path:
    """The per-user config folder; inside SKILLSAPP_HOME when that is set, so tests stay apart."""
    override = os.environ.get("SKILLSAPP_HOME")
    if override:
        return Path(override)
    from platformdirs import user_config_path

    return user_config_path(APP_NAME, appauthor=False, roaming=True)


def default_db_path() -> Path:
    return data_dir() / "kynangso.db"


def backups_dir(db_path: Path) -> Path:
    """Backups sit beside the database they protect, so moving the folder moves both."""
    return db_path.parent / "backups"


def library_dir(db_path: Path) -> Path:
    """Lessons installed for this database (packs, own lessons) sit beside it in the data
    folder, never in the program folder: a new installer replaces that folder, not these."""
    return db_path.parent / "lessons"


def lessons_dir() -> Path:
    override = os.environ.get("SKILLSAPP_LESSONS")
    return Path(override) if override else _ROOT / "lessons"


def resources_dir() -> Path:
    return _ROOT / "resources"
