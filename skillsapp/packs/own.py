"""An own lesson as a lesson pack (issue 19): a teacher shares a lesson they made with
colleagues as a signed .knsl, which a colleague installs like a department's pack."""

from __future__ import annotations

import tempfile
from pathlib import Path
from typing import TYPE_CHECKING

from skillsapp.errors import UserError
from skillsapp.packs.build import build_pack
from skillsapp.services.own_lessons import latest_own

if TYPE_CHECKING:
    from skillsapp.store import Store


def own_pack_id(lesson_id: str) -> str:
    """The pack's id: the lesson's file name (`own-<8 hex>-<slug>`), which fits the pack id rule."""
    return lesson_id.split("/", 1)[1][:64]


def export_own_pack(store: Store, lesson_id: str, out: Path) -> Path:
    """The newest saved version of `lesson_id` packed and signed into `out` (a .knsl or a
    folder); a lesson with problems is refused by the pack's checks, naming the first one."""
    row = latest_own(store, lesson_id)
    if row is None:
        raise UserError("packs.src_empty", path=lesson_id)
    with tempfile.TemporaryDirectory(prefix="kns-own-") as tmp:
        src = Path(tmp) / own_pack_id(lesson_id)
        target = src / f"{lesson_id}.yaml"
        target.parent.mkdir(parents=True)
        target.write_text(row.yaml, encoding="utf-8")
        path, _manifest = build_pack(store, src, out, pack_id=own_pack_id(lesson_id))
    return path
