"""`skillsapp lessons import`: verify a pack, then install it beside the database.

Order: the whole file is read and checked (skillsapp.packs.format), the publisher is checked
against the devices this database trusts (the sync key cards: a pack from a publisher not
accepted needs its fingerprint confirmed), every lesson is checked and none may be older than
the lesson taught now; only then is anything written. The pack is written into a hidden
temporary folder beside its place and renamed into `<db folder>/lessons/packs/<pack id>/`, so a
killed process leaves a hidden folder the loader ignores, never half a pack. An older version
of the same pack moves to `lessons/retired/`, where its lessons stay for past sessions' reports.

The record of what is installed is on disk: each pack folder keeps its signed manifest
(`manifest.json`, `manifest.sig`); no table is needed.
"""

from __future__ import annotations

import json
import os
import shutil
import uuid
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from skillsapp.content.library import kit_for
from skillsapp.content.signature import PACKS_FOLDER, RETIRED_FOLDER, pack_folders
from skillsapp.errors import UserError
from skillsapp.files import io_error, sync_folder
from skillsapp.packs.format import MANIFEST, SIGNATURE, Pack, read_pack
from skillsapp.packs.verify import LessonPlan, check_lessons
from skillsapp.paths import library_dir, resources_dir
from skillsapp.store.sync_trust import is_accepted
from skillsapp.sync.keys import known_identity, remember_device

if TYPE_CHECKING:
    from skillsapp.store import Store


@dataclass(frozen=True)
class InstalledPack:
    """A pack folder's manifest, as the list and the next install read it."""

    folder: Path
    pack_id: str
    version: int
    publisher_id: str
    publisher_name: str
    fingerprint: str
    created_at: str
    lessons: tuple[tuple[str, int], ...]


@dataclass(frozen=True)
class InstallResult:
    pack: Pack
    plan: LessonPlan
    installed: bool  # False: this version was installed already

    def message_key(self) -> str:
        return "packs.installed" if self.installed else "packs.already"

    def params(self) -> dict[str, object]:
        return {
            "pack": self.pack.pack_id,
            "version": self.pack.version,
            "publisher": self.pack.publisher_name,
            "new": len(self.plan.new),
            "updated": len(self.plan.updated),
        }


def installed_packs(db_path: Path) -> list[InstalledPack]:
    """The packs installed for this database (not the retired ones), in id order."""
    found = []
    for folder in pack_folders(library_dir(db_path) / PACKS_FOLDER):
        record = _read_record(folder)
        if record is not None:
            found.append(record)
    return found


def _read_record(folder: Path) -> InstalledPack | None:
    """The manifest this app wrote when installing; None for a folder that is not a pack."""
    from skillsapp.sync.keys import DeviceIdentity

    try:
        manifest: dict[str, Any] = json.loads((folder / MANIFEST).read_text("utf-8"))
        publisher = DeviceIdentity.from_json(manifest["publisher"])
        return InstalledPack(
            folder=folder,
            pack_id=str(manifest["pack_id"]),
            version=int(manifest["pack_version"]),
            publisher_id=publisher.device_id,
            publisher_name=str(manifest["publisher_name"]),
            fingerprint=publisher.fingerprint,
            created_at=str(manifest["created_at"]),
            lessons=tuple((str(e["id"]), int(e["version"])) for e in manifest["lessons"]),
        )
    except (OSError, ValueError, KeyError, TypeError):
        return None


def _same_fingerprint(typed: str, fingerprint: str) -> bool:
    """A fingerprint as a person types it: spaces and dashes do not matter."""

    def digits(text: str) -> str:
        return "".join(ch for ch in text if ch.isalnum()).lower()

    return digits(typed) == digits(fingerprint)


def check_publisher(store: Store, pack: Pack, accept: str | None) -> bool:
    """Whether the publisher may install here; True when it is accepted by this confirmation
    (`accept`, the fingerprint the user compared), to be remembered once the pack is in."""
    publisher = pack.publisher
    if publisher.device_id == store.device_id:
        return False
    known = known_identity(store.db, publisher.device_id)
    if known and (known.sign_key, known.box_key) != (publisher.sign_key, publisher.box_key):
        raise UserError("packs.key_changed", path=pack.path, publisher=pack.publisher_name)
    if known and is_accepted(store.db, publisher.device_id):
        return False
    params = {"path": pack.path, "fingerprint": publisher.fingerprint}
    if accept is None:
        raise UserError("packs.untrusted", publisher=pack.publisher_name, **params)
    if not _same_fingerprint(accept, publisher.fingerprint):
        raise UserError("packs.wrong_fingerprint", **params)
    return True


def _check_place(db_path: Path) -> Path:
    library = library_dir(db_path).resolve()
    program = resources_dir().resolve().parent
    if library.is_relative_to(program):
        raise UserError("packs.in_program", path=db_path)
    return library


def _check_against_installed(pack: Pack, installed: InstalledPack | None) -> bool:
    """Whether this pack is new here; UserError for an older version or another publisher's."""
    if installed is None:
        return True
    if installed.publisher_id != pack.publisher.device_id:
        raise UserError("packs.id_taken", pack=pack.pack_id, publisher=installed.publisher_name)
    if installed.version > pack.version:
        raise UserError(
            "packs.older_pack",
            path=pack.path,
            pack=pack.pack_id,
            have=installed.version,
            version=pack.version,
        )
    return installed.version != pack.version


def install_pack(
    store: Store, db_path: Path, path: Path, *, accept: str | None = None
) -> InstallResult:
    """Verify the pack at `path` completely, then install it for the database at `db_path`."""
    pack = read_pack(path)
    newly_accepted = check_publisher(store, pack, accept)
    library = _check_place(db_path)
    current = {p.pack_id: p for p in installed_packs(db_path)}.get(pack.pack_id)
    if not _check_against_installed(pack, current):
        return InstallResult(pack, LessonPlan((), ()), installed=False)
    plan = check_lessons(pack, kit_for(db_path))
    _put_in_place(library, pack, current)
    if newly_accepted:
        with store.atomic():
            remember_device(store.db, pack.publisher, trusted=True)
    return InstallResult(pack, plan, installed=True)


def _write_file(path: Path, data: bytes) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    with path.open("wb") as handle:
        handle.write(data)
        handle.flush()
        os.fsync(handle.fileno())


def _stage(packs: Path, pack: Pack) -> Path:
    """The pack written whole into a hidden folder beside its place (the loader skips it)."""
    staging = packs / f".tmp-{uuid.uuid4().hex}"
    try:
        for name, data in pack.members.items():
            _write_file(staging / name, data)
        _write_file(staging / MANIFEST, pack.manifest_bytes)
        _write_file(staging / SIGNATURE, pack.signature)
    except OSError as exc:
        shutil.rmtree(staging, ignore_errors=True)
        raise io_error(staging, exc) from exc
    return staging


def retire(library: Path, folder: Path, version: int) -> Path:
    """Move a pack folder to retired/ under `<id>@<version>`: its lessons then only answer for
    past sessions."""
    retired = library / RETIRED_FOLDER
    retired.mkdir(parents=True, exist_ok=True)
    target = retired / f"{folder.name}@{version}"
    number = 1
    while target.exists():
        number += 1
        target = retired / f"{folder.name}@{version}-{number}"
    os.replace(folder, target)
    sync_folder(retired)
    return target


def _put_in_place(library: Path, pack: Pack, current: InstalledPack | None) -> None:
    packs = library / PACKS_FOLDER
    try:
        packs.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise io_error(packs, exc) from exc
    staging = _stage(packs, pack)
    target = packs / pack.pack_id
    try:
        if current is not None:
            retire(library, current.folder, current.version)
        os.replace(staging, target)
        sync_folder(packs)
    except OSError as exc:
        shutil.rmtree(staging, ignore_errors=True)
        raise io_error(target, exc) from exc
