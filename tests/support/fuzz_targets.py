"""The readers of outside files, each with real seed files and a way to check the database.

One `Target` per reader: `.kns` packages (into a leader's database), key cards, backups given
to restore, roster files and lesson YAML. `make_case(rng)` damages a seed; `read(data)` calls
the reader directly on it; `after(accepted)` checks that a refused case left the database
byte-identical (and puts the database back after an accepted one, so cases stay independent).
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import random
import shutil
import zlib
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from datetime import date
from pathlib import Path

import yaml
from support import fuzz

from skillsapp.domain.records import School
from skillsapp.services.school import add_pupils, create_class, save_school
from skillsapp.store import Store, open_store
from skillsapp.store.backup import backup_to, restore
from skillsapp.store.db import set_setting
from skillsapp.sync import package as pkg
from skillsapp.sync.export import export_rows
from skillsapp.sync.importer import import_package
from skillsapp.sync.keys import canonical, import_card, load_keys, write_card

ROOT = Path(__file__).resolve().parents[2]
ROSTER_FIXTURES = ROOT / "tests" / "fixtures" / "rosters"
LESSONS = ROOT / "lessons"


def read_roster_file(path: Path) -> object:
    """The roster reader under test. Kept in one place so it can be pointed at the rosters
    package (skillsapp.rosters), the one public way in."""
    from skillsapp.rosters import read_roster

    return read_roster(path, today=date(2026, 11, 20))


@dataclass
class Target:
    name: str
    make_case: Callable[[random.Random], bytes]
    read: Callable[[bytes], object]
    after: Callable[[bool], None] | None = None
    close: Callable[[], None] = lambda: None


def _files_hash(db: Path) -> str:
    """The database as it is on disk: the file and its WAL (the -shm is a cache)."""
    digest = hashlib.sha256()
    for path in (db, Path(f"{db}-wal")):
        digest.update(path.read_bytes() if path.exists() else b"-")
    return digest.hexdigest()


class Guarded:
    """An open store whose files must not change on a refused case; reset after an accepted
    one from a copy made at the start."""

    def __init__(self, db: Path) -> None:
        self.db = db
        self.saved = db.with_name(db.stem + "-saved.db")
        shutil.copy(db, self.saved)
        self.store = open_store(db)
        self.hash = _files_hash(db)

    def after(self, accepted: bool) -> None:
        if accepted:
            self.reset()
            return
        now = _files_hash(self.db)
        assert now == self.hash, "a refused case changed the database"

    def reset(self) -> None:
        self.store.close()
        for name in ("", "-wal", "-shm"):
            Path(f"{self.db}{name}").unlink(missing_ok=True)
        shutil.copy(self.saved, self.db)
        self.store = open_store(self.db)
        self.hash = _files_hash(self.db)

    def close(self) -> None:
        self.store.close()


# -- a small school: a teacher who has swapped cards with the leader --------------------------


def _small_school(store: Store) -> None:
    school = save_school(store, School(id="", code="79000001", name="THCS Lê Lợi"))
    cls = create_class(store, school_id=school.id, school_year="2026-2027", grade=6, name="6A1")
    from skillsapp.domain.records import Pupil

    names = ("Nguyễn Thị Lan", "Trần Văn Minh", "Lê Hoàng Anh")
    add_pupils(store, [Pupil(id="", class_id=cls.id, full_name=n) for n in names])


def _device(path: Path, name: str, role: str) -> Path:
    store = open_store(path)
    try:
        with store.db.atomic():
            set_setting(store.db, "device_name", name)
            set_setting(store.db, "role", role)
        write_card(store, path.with_suffix(".knskey"))
    finally:
        store.close()
    return path.with_suffix(".knskey")


@dataclass
class SmallWorld:
    teacher: Path
    leader: Path
    package: Path
    teacher_card: Path
    sign_private: bytes
    leader_box: bytes


def small_world(root: Path) -> SmallWorld:
    """Teacher and leader folders (each database with its keys) and one package between them."""
    teacher, leader = root / "teacher" / "teacher.db", root / "leader" / "leader.db"
    teacher.parent.mkdir(parents=True)
    leader.parent.mkdir(parents=True)
    teacher_card = _device(teacher, "Cô Hà", "teacher")
    leader_card = _device(leader, "Thầy Nam", "leader")
    for here, card in ((teacher, leader_card), (leader, teacher_card)):
        store = open_store(here)
        try:
            import_card(store, card)
            if here == teacher:
                _small_school(store)
        finally:
            store.close()
    store = open_store(teacher)
    try:
        result = export_rows(store, root, full=True)
        keys = load_keys(store)
    finally:
        store.close()
    store = open_store(leader)
    try:
        leader_keys = load_keys(store)
        store.db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    finally:
        store.close()
    assert result.path is not None and keys is not None and leader_keys is not None
    return SmallWorld(
        teacher,
        leader,
        result.path,
        teacher_card,
        keys.pair.sign_private,
        leader_keys.pair.box_private,
    )


# -- packages ---------------------------------------------------------------------------------


def _package_parts(world: SmallWorld) -> tuple[dict, dict]:
    package = pkg.read_package(world.package)
    payload = json.loads(zlib.decompress(_open(package, world.leader_box)))
    return package.manifest, payload


def _open(package: pkg.Package, box_private: bytes) -> bytes:
    from skillsapp.sync import crypto

    encryption = package.manifest["encryption"]
    sealed = crypto.Sealed(
        crypto.unb64(encryption["ephemeral_key"]),
        crypto.unb64(encryption["nonce"]),
        package.data,
    )
    return crypto.open_sealed(box_private, sealed, package.package_id.encode())


def package_target(world: SmallWorld, work: Path) -> Target:
    """Damaged packages into the leader's database."""
    seed = world.package.read_bytes()
    manifest, payload = _package_parts(world)
    from skillsapp.sync.keys import DeviceIdentity

    store = open_store(world.leader)
    try:
        identity = load_keys(store)
    finally:
        store.close()
    assert identity is not None
    leader: DeviceIdentity = identity.identity

    def signed(rng: random.Random) -> bytes:
        """A package signed by the real teacher key whose manifest or rows are wrong."""
        new_manifest = {k: v for k, v in manifest.items() if k not in ("members", "encryption")}
        rows = payload
        if rng.random() < 0.5:
            mutated = fuzz.mutate_json_value(rng, new_manifest)
            new_manifest = mutated if isinstance(mutated, dict) else {"x": mutated}
        else:
            rows = fuzz.mutate_json_value(rng, payload)
        text = json.dumps(rows, ensure_ascii=False).encode()
        if rng.random() < 0.1:
            text = fuzz.mutate_bytes(rng, text)
        package_id = new_manifest.get("package_id")
        context = package_id if isinstance(package_id, str) else "x"
        member, encryption = pkg.seal_rows(text, leader, context)
        if rng.random() < 0.2:
            encryption = fuzz.mutate_json_value(rng, encryption)
        new_manifest["encryption"] = encryption
        name = pkg.ROWS_MEMBER if rng.random() < 0.95 else pkg.AGGREGATE_MEMBER
        try:
            return pkg.build_package(new_manifest, (name, member), world.sign_private)
        except (TypeError, ValueError):  # the mutated manifest cannot even be written
            return seed

    def make_case(rng: random.Random) -> bytes:
        roll = rng.random()
        if roll < 0.45:
            return fuzz.mutate_bytes(rng, seed)
        if roll < 0.75:
            return fuzz.mutate_zip(rng, seed, pkg.ALLOWED_MEMBERS)
        return signed(rng)

    return _leader_import_target("package", make_case, world, work / "case.kns", import_package)


def _leader_import_target(
    name: str,
    make_case: Callable[[random.Random], bytes],
    world: SmallWorld,
    case_file: Path,
    importer: Callable[[Store, Path], object],
) -> Target:
    """A reader that imports a file into the leader's database, which must stay unchanged."""
    guarded = Guarded(world.leader)

    def read(data: bytes) -> object:
        case_file.write_bytes(data)
        return importer(guarded.store, case_file)

    return Target(name, make_case, read, guarded.after, guarded.close)


# -- key cards --------------------------------------------------------------------------------


def card_target(world: SmallWorld, work: Path) -> Target:
    seed = world.teacher_card.read_bytes()
    body = json.loads(seed)

    def resigned(rng: random.Random) -> bytes:
        from skillsapp.sync import crypto

        mutated = fuzz.mutate_json_value(rng, {k: v for k, v in body.items() if k != "signature"})
        if not isinstance(mutated, dict):
            return json.dumps(mutated).encode()
        with contextlib.suppress(TypeError, ValueError):  # not even JSON: left unsigned
            mutated["signature"] = crypto.b64(crypto.sign(world.sign_private, canonical(mutated)))
        return json.dumps(mutated, ensure_ascii=False).encode()

    def make_case(rng: random.Random) -> bytes:
        roll = rng.random()
        if roll < 0.5:
            return fuzz.mutate_bytes(rng, seed)
        if roll < 0.75:
            changed = fuzz.mutate_json_value(rng, body)
            return json.dumps(changed, ensure_ascii=False).encode()
        return resigned(rng)

    return _leader_import_target("key card", make_case, world, work / "case.knskey", import_card)


# -- backups ----------------------------------------------------------------------------------


def backup_target(world: SmallWorld, work: Path) -> Target:
    """Damaged backups given to restore, over the teacher's database."""
    source = work / "seed-backup.db"
    store = open_store(world.teacher)
    try:
        backup_to(store.db, source)
        store.db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    finally:
        store.close()
    seed = source.read_bytes()
    page = 4096

    def make_case(rng: random.Random) -> bytes:
        data = fuzz.mutate_bytes(rng, seed)
        if rng.random() < 0.3:  # a page overwritten (a bad sector), header or not
            start = rng.randrange(max(1, len(seed) // page)) * page
            data = data[:start] + rng.randbytes(page) + data[start + page :]
        return data

    target_db = work / "restored" / "kynangso.db"
    target_db.parent.mkdir()
    shutil.copy(world.teacher, target_db)
    before = _files_hash(target_db)
    case_file = work / "case-backup.db"

    def read(data: bytes) -> object:
        case_file.write_bytes(data)
        return restore(case_file, target_db)

    def after(accepted: bool) -> None:
        nonlocal before
        if accepted:
            for kept in target_db.parent.glob("*.before-restore-*"):
                kept.unlink()
            shutil.copy(world.teacher, target_db)
            before = _files_hash(target_db)
        else:
            assert _files_hash(target_db) == before, "a refused backup changed the database"
        assert sorted(p.name for p in target_db.parent.iterdir()) == ["kynangso.db"]

    return Target("backup", make_case, read, after)


# -- roster files -----------------------------------------------------------------------------


def roster_target(work: Path) -> Target:
    seeds = [
        (ROSTER_FIXTURES / name).read_bytes()
        for name in (
            "good.xlsx",
            "good_split.xlsx",
            "good_utf8.csv",
            "good_utf8_bom.csv",
            "good_cp1258.csv",
        )
    ]

    def make_case(rng: random.Random) -> bytes:
        seed = rng.choice(seeds)
        if seed.startswith(b"PK") and rng.random() < 0.5:
            return fuzz.mutate_zip(rng, seed, ("xl/workbook.xml", "xl/worksheets/sheet1.xml"))
        return fuzz.mutate_bytes(rng, seed)

    def read(data: bytes) -> object:
        case = work / ("case.xlsx" if data.startswith(b"PK") else "case.csv")
        case.write_bytes(data)
        return read_roster_file(case)

    return Target("roster", make_case, read)


# -- lesson YAML ------------------------------------------------------------------------------


def lesson_target(work: Path) -> Target:
    from skillsapp.content.loader import REFERENCE_FILES
    from skillsapp.content.parse import read_reference
    from skillsapp.content.source import YamlFile, read_document
    from skillsapp.content.validate import check_lesson_file

    files = sorted(LESSONS.glob("*/*.yaml"))
    seeds = [(p.relative_to(LESSONS).as_posix(), p.read_bytes()) for p in files]
    references = {name: (LESSONS / name).read_bytes() for name in REFERENCE_FILES}
    docs = [read_document(LESSONS / name, name) for name in REFERENCE_FILES]
    ref, _ = read_reference(*(d if isinstance(d, YamlFile) else None for d in docs))
    folder = work / "lessons"
    folder.mkdir()

    trees: dict[bytes, object] = {}

    def structural(rng: random.Random, data: bytes) -> bytes:
        if data not in trees:
            trees[data] = yaml.load(data, Loader=yaml.CSafeLoader)
        changed = fuzz.mutate_json_value(rng, trees[data])
        dumped = yaml.dump(changed, Dumper=yaml.CSafeDumper, allow_unicode=True, sort_keys=False)
        return dumped.encode()

    def make_case(rng: random.Random) -> bytes:
        if rng.random() < 0.15:
            name = rng.choice(REFERENCE_FILES)
            data = references[name]
        else:
            name, data = rng.choice(seeds)
        mutated = structural(rng, data) if rng.random() < 0.4 else fuzz.mutate_bytes(rng, data)
        return name.encode() + b"\n" + mutated

    def read(case: bytes) -> object:
        name, _, data = case.partition(b"\n")
        path = folder / Path(name.decode()).name
        path.write_bytes(data)
        if name.decode() in REFERENCE_FILES:
            others = [
                read_document(path, n) if n == name.decode() else d
                for n, d in zip(REFERENCE_FILES, docs, strict=True)
            ]
            return read_reference(*(d if isinstance(d, YamlFile) else None for d in others))
        return check_lesson_file(path, name.decode(), ref)

    return Target("lesson yaml", make_case, read)


# -- answer-card photos (issue 18) ----------------------------------------------------------


def photo_target() -> Target:
    """Damaged photos given to `cards scan`: the decoder and the marker reader, in memory."""
    import cv2
    import numpy as np

    from skillsapp.cards.layout import dictionary
    from skillsapp.cards.reading import decode_image, read_frame

    frame = np.full((180, 240), 200, np.uint8)
    for i, (x, y) in enumerate(((20, 20), (130, 40), (60, 100))):
        frame[y : y + 56, x : x + 56] = cv2.aruco.generateImageMarker(dictionary(), i, 56)
    seeds = [cv2.imencode(ext, frame)[1].tobytes() for ext in (".png", ".jpg", ".bmp")]

    def make_case(rng: random.Random) -> bytes:
        return fuzz.mutate_bytes(rng, rng.choice(seeds))

    def read(data: bytes) -> object:
        return read_frame(decode_image(data))

    return Target("photo", make_case, read)


READERS = ("package", "card", "backup", "roster", "lessons", "photo")


def build_target(name: str, world: SmallWorld, work: Path) -> Target:
    """The target for one reader (`READERS`), working in the empty folder `work`."""
    work.mkdir(parents=True, exist_ok=True)
    if name == "package":
        return package_target(world, work)
    if name == "card":
        return card_target(world, work)
    if name == "backup":
        return backup_target(world, work)
    if name == "roster":
        return roster_target(work)
    if name == "photo":
        return photo_target()
    return lesson_target(work)


def targets(root: Path) -> Iterator[Target]:
    """Each reader's target in turn, built when it is reached: the caller closes one before
    asking for the next (two targets share the leader's database)."""
    world = small_world(root / "world")
    for name in READERS:
        yield build_target(name, world, root / name)
