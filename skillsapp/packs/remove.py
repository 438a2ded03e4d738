"""`skillsapp lessons remove`: take an imported pack out again.

The pack's folder moves to `lessons/retired/`: its lessons are no longer taught (the bundled
or an earlier version comes back), but sessions already taught with them keep reporting the
lesson as it was taught (`Kit.lesson_at`).
"""

from __future__ import annotations

from pathlib import Path

from skillsapp.errors import UserError
from skillsapp.packs.install import installed_packs, retire
from skillsapp.paths import library_dir


def remove_pack(db_path: Path, pack_id: str) -> Path:
    """Retire the installed pack `pack_id`; the folder it moved to."""
    packs = {pack.pack_id: pack for pack in installed_packs(db_path)}
    found = packs.get(pack_id)
    if found is None:
        raise UserError("packs.not_installed", pack=pack_id, packs=", ".join(packs) or "-")
    return retire(library_dir(db_path), found.folder, found.version)
