"""Per-user settings that belong to the person, not to a school database: language, last file.

Kept as a small JSON file, written atomically, so a crash never leaves it half-written.
"""

from __future__ import annotations

import json
import os
from dataclasses import asdict, dataclass, field, fields, replace
from pathlib import Path
from typing import Any

from skillsapp.paths import config_dir


@dataclass(frozen=True)
class Config:
    """The app's own settings (not the school's): language, last database, the tour seen."""

    language: str = "vi"
    last_db: str = ""
    recent: tuple[str, ...] = field(default_factory=tuple)
    tour_done: bool = False  # the first-start tour was seen or skipped (ui/tour.py)


def _config_file() -> Path:
    return config_dir() / "settings.json"


def load_config() -> Config:
    """The saved config; a missing or unreadable file gives the defaults rather than an error."""
    try:
        raw = json.loads(_config_file().read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return Config()
    known = {f.name for f in fields(Config)}
    values = {k: v for k, v in raw.items() if k in known}
    if "recent" in values:
        values["recent"] = tuple(values["recent"])
    try:
        return Config(**values)
    except TypeError:
        return Config()


def save_config(config: Config) -> None:
    path = _config_file()
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_suffix(".tmp")
    tmp.write_text(json.dumps(asdict(config), ensure_ascii=False, indent=2), encoding="utf-8")
    os.replace(tmp, path)


def update_config(**changes: Any) -> Config:
    config = replace(load_config(), **changes)
    save_config(config)
    return config
