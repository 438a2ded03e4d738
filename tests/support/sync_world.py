"""Helpers and fixtures shared by the sync tests (a test module brings the
fixtures in with `from support.sync_world import world_fixture, ...`).

The "world" is a teacher database (the shared demo school) and an empty leader database that
have swapped key cards, plus one full package from the teacher to the leader. It is built once
per run and copied per test, keys folder included.
"""

from __future__ import annotations

import hashlib
import io
import json
import shutil
import zipfile
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import pytest

from skillsapp.errors import UserError
from skillsapp.store import open_store
from skillsapp.store.schema import TRAVELLING_TABLES
from skillsapp.sync import package as pkg
from skillsapp.sync.export import export_rows
from skillsapp.sync.importer import ImportResult, import_package
from skillsapp.sync.keys import import_card, load_keys, write_card
from skillsapp.sync.tables import travelling_columns


@dataclass(frozen=True)
class World:
    root: Path
    teacher: Path
    leader: Path
    package: Path  # full package teacher -> leader


def new_db(path: Path, *, name: str = "", role: str = "") -> Path:
    """An empty database with keys (and a name and role when given)."""
    from skillsapp.store.db import set_setting

    store = open_store(path)
    try:
        with store.db.atomic():
            if name:
                set_setting(store.db, "device_name", name)
            if role:
                set_setting(store.db, "role", role)
        write_card(store, path.with_suffix(".knskey"))
    finally:
        store.close()
    return path


def swap_cards(a: Path, b: Path) -> None:
    """Each database imports the other's key card (written beside it by `new_db`/`card`)."""
    for here, there in ((a, b), (b, a)):
        store = open_store(here)
        try:
            import_card(store, there.with_suffix(".knskey"))
        finally:
            store.close()


def card(path: Path, *, name: str = "", role: str = "") -> Path:
    """Write the key card of an existing database beside it."""
    return new_db(path, name=name, role=role).with_suffix(".knskey")


def export(db: Path, out: Path, **options: object) -> Path:
    store = open_store(db)
    try:
        result = export_rows(store, out, **options)  # type: ignore[arg-type]
    finally:
        store.close()
    assert result.path is not None, "nothing was exported"
    return result.path


def import_into(db: Path, package: Path) -> ImportResult:
    store = open_store(db)
    try:
        return import_package(store, package)
    finally:
        store.close()


def file_hash(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def refused(db: Path, package: Path) -> UserError:
    """Import `package`, expect a refusal, and check the database file did not change a byte."""
    before = file_hash(db)
    with pytest.raises(UserError) as caught:
        import_into(db, package)
    assert file_hash(db) == before, "a refused package changed the database file"
    return caught.value


def content(db: Path, *, sync_columns: bool = True) -> dict[str, list[tuple]]:
    """Every travelling table's rows (content columns; `sync_epoch` is local and left out)."""
    store = open_store(db)
    try:
        found = {}
        for table in TRAVELLING_TABLES:
            columns = travelling_columns(store.db, table)
            if not sync_columns:
                columns = [c for c in columns if c not in ("hlc", "origin")]
            rows = store.db.execute(f"SELECT {', '.join(columns)} FROM {table}").fetchall()
            found[table] = sorted(rows, key=repr)
        return found
    finally:
        store.close()


def members(package: Path) -> tuple[dict[str, bytes], bytes]:
    """The members of a package and its zip comment."""
    with zipfile.ZipFile(package) as archive:
        return {i.filename: archive.read(i) for i in archive.infolist()}, archive.comment


def rezip(target: Path, entries: list[tuple[zipfile.ZipInfo | str, bytes]], comment: bytes) -> Path:
    """Write a zip with exactly these entries and comment (to build damaged packages)."""
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        for info, data in entries:
            archive.writestr(info, data)
        archive.comment = comment
    target.write_bytes(buffer.getvalue())
    return target


def resign(
    package: Path,
    target: Path,
    sign_private: bytes,
    *,
    edit: dict[str, object] | None = None,
    format_version: int = pkg.FORMAT_VERSION,
) -> Path:
    """A well-formed package with the manifest edited and signed by `sign_private`."""
    found, _ = members(package)
    manifest = json.loads(found[pkg.MANIFEST])
    manifest.update(edit or {})
    name = next(n for n in found if n not in (pkg.MANIFEST, pkg.SIGNATURE))
    data = pkg.build_package(
        manifest, (name, found[name]), sign_private, format_version=format_version
    )
    target.write_bytes(data)
    return target


def reseal(world: World, target: Path, edit: Callable[[dict], None], *, schema: int) -> Path:
    """The world's package with its rows edited by `edit(tables)`, sealed to the leader again
    and signed by the teacher: a genuine package carrying whatever rows a test needs."""
    store = open_store(world.leader)
    try:
        keys = load_keys(store)
    finally:
        store.close()
    assert keys is not None
    package = pkg.read_package(world.package)
    tables = json.loads(pkg.open_rows(package, keys.pair.box_private))["tables"]
    edit(tables)
    payload = json.dumps({"schema_version": schema, "tables": tables}).encode()
    manifest = {**package.manifest, "schema_version": schema}
    member, manifest["encryption"] = pkg.seal_rows(payload, keys.identity, package.package_id)
    data = pkg.build_package(manifest, (pkg.ROWS_MEMBER, member), private_keys(world.teacher))
    target.write_bytes(data)
    return target


def private_keys(db: Path) -> bytes:
    store = open_store(db)
    try:
        keys = load_keys(store)
        assert keys is not None
        return keys.pair.sign_private
    finally:
        store.close()


@pytest.fixture(scope="session", name="world_template")
def world_template_fixture(demo_template: Path, tmp_path_factory: pytest.TempPathFactory) -> World:
    root = tmp_path_factory.mktemp("sync-world")
    teacher = root / "teacher.db"
    shutil.copy(demo_template, teacher)
    card(teacher, name="Cô Hà", role="teacher")
    leader = new_db(root / "leader.db", name="Thầy Nam", role="leader")
    swap_cards(teacher, leader)
    package = export(teacher, root / "full.kns", full=True)
    return World(root, teacher, leader, package)


@pytest.fixture(name="world")
def world_fixture(world_template: World, tmp_path: Path) -> World:
    root = tmp_path / "world"
    shutil.copytree(world_template.root, root)
    return World(
        root,
        root / world_template.teacher.name,
        root / world_template.leader.name,
        root / world_template.package.name,
    )
