"""Every bad package the issue lists is refused with its own message and the database file
unchanged to the byte (the `refused` helper hashes it before and after)."""

from __future__ import annotations

import hashlib
import json
import os
import signal
import stat
import struct
import subprocess
import sys
import time
import zipfile
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from support.sync_world import (  # noqa: F401  (fixtures)
    World,
    content,
    export,
    file_hash,
    import_into,
    members,
    new_db,
    private_keys,
    refused,
    reseal,
    resign,
    rezip,
    world_fixture,
    world_template_fixture,
)

from skillsapp.errors import UserError
from skillsapp.store import open_store
from skillsapp.store.db import set_setting
from skillsapp.store.schema import SCHEMA_VERSION
from skillsapp.sync import crypto
from skillsapp.sync import package as pkg

# What a flipped byte can be reported as, depending on where it lands.
DAMAGE = {
    "sync.damaged",
    "sync.incomplete",
    "sync.not_package",
    "sync.member_unknown",
    "sync.member_path",
    "sync.member_method",
    "sync.member_ratio",
    "sync.member_too_big",
    "sync.too_many_members",
    "sync.newer_format",
}


def _flip(source: Path, target: Path, position: int) -> Path:
    data = bytearray(source.read_bytes())
    data[position] ^= 0x01
    target.write_bytes(bytes(data))
    return target


def test_the_untouched_package_imports(world: World):
    result = import_into(world.leader, world.package)
    assert result.status == "imported" and result.merge is not None
    assert result.merge.totals().added > 100


@settings(
    max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(where=st.floats(min_value=0, max_value=1, exclude_max=True))
def test_a_byte_flipped_anywhere_is_refused(world: World, where: float):
    size = world.package.stat().st_size
    flipped = _flip(world.package, world.root / "flipped.kns", int(where * size))
    assert refused(world.leader, flipped).key in DAMAGE


@pytest.mark.parametrize("region", ["manifest", "signature", "data", "directory", "checksum"])
def test_a_byte_flipped_in_each_region_is_refused(world: World, region: str):
    data = world.package.read_bytes()
    found, _ = members(world.package)
    positions = {
        "manifest": data.index(b"PK\x03\x04") + 40,
        "signature": data.index(found[pkg.SIGNATURE]) + 10,
        "data": data.index(found[pkg.ROWS_MEMBER][:64]) + 500,
        "directory": data.rindex(b"PK\x01\x02") + 12,  # a CRC in the central directory
        "checksum": len(data) - 5,
    }
    flipped = _flip(world.package, world.root / "flipped.kns", positions[region])
    assert refused(world.leader, flipped).key in DAMAGE


@pytest.mark.parametrize(
    ("keep", "key"),
    [(0.5, "sync.incomplete"), (0.99, "sync.incomplete"), (-1, "sync.damaged")],
)
def test_a_truncated_file_is_refused(world: World, keep: float, key: str):
    data = world.package.read_bytes()
    cut = len(data) - 1 if keep < 0 else int(len(data) * keep)
    short = world.root / "short.kns"
    short.write_bytes(data[:cut])
    assert refused(world.leader, short).key == key


def test_an_empty_or_foreign_file_is_not_a_package(world: World):
    empty = world.root / "empty.kns"
    empty.write_bytes(b"")
    assert refused(world.leader, empty).key == "sync.not_package"
    text = world.root / "notes.kns"
    text.write_text("không phải gói", encoding="utf-8")
    assert refused(world.leader, text).key == "sync.not_package"


def test_a_member_added_is_refused(world: World):
    with zipfile.ZipFile(world.package, "a") as archive:
        archive.writestr(pkg.AGGREGATE_MEMBER, b"{}")
    error = refused(world.leader, world.package)
    assert error.key == "sync.member_unlisted" and error.params["member"] == pkg.AGGREGATE_MEMBER


def test_a_member_removed_is_refused(world: World):
    found, comment = members(world.package)
    without_rows = [(n, d) for n, d in found.items() if n != pkg.ROWS_MEMBER]
    error = refused(world.leader, rezip(world.root / "a.kns", without_rows, comment))
    assert error.key == "sync.member_missing" and error.params["member"] == pkg.ROWS_MEMBER
    unsigned = [(n, d) for n, d in found.items() if n != pkg.SIGNATURE]
    assert refused(world.leader, rezip(world.root / "b.kns", unsigned, comment)).key == (
        "sync.no_signature"
    )


@pytest.mark.parametrize(
    ("new_name", "key"),
    [("rows.json", "sync.member_unknown"), (pkg.AGGREGATE_MEMBER, "sync.member_unlisted")],
)
def test_a_member_renamed_is_refused(world: World, new_name: str, key: str):
    found, comment = members(world.package)
    renamed = [(new_name if n == pkg.ROWS_MEMBER else n, d) for n, d in found.items()]
    assert refused(world.leader, rezip(world.root / "r.kns", renamed, comment)).key == key


@pytest.mark.parametrize("name", ["../x", "/etc/x", "..\\x", "sub/rows.json.enc"])
def test_a_member_with_a_path_is_refused(world: World, name: str):
    found, comment = members(world.package)
    entries = [*found.items(), (zipfile.ZipInfo(name), b"x")]
    error = refused(world.leader, rezip(world.root / "p.kns", entries, comment))
    assert error.key == "sync.member_path" and error.params["member"] == name


def test_a_symlink_member_is_refused(world: World):
    found, comment = members(world.package)
    link = zipfile.ZipInfo(pkg.ROWS_MEMBER)
    link.create_system = 3
    link.external_attr = (stat.S_IFLNK | 0o777) << 16
    entries = [(n, d) for n, d in found.items() if n != pkg.ROWS_MEMBER] + [(link, b"/etc/passwd")]
    error = refused(world.leader, rezip(world.root / "l.kns", entries, comment))
    assert error.key == "sync.member_link"


def test_a_member_claiming_gigabytes_is_refused(world: World):
    """The central directory says the rows member is 4 GB: refused before reading a byte."""
    data = bytearray(world.package.read_bytes())
    name = pkg.ROWS_MEMBER.encode()
    entry = data.rindex(b"PK\x01\x02", 0, data.rindex(name))
    struct.pack_into("<I", data, entry + 24, 0xFFFF_FFF0)  # uncompressed size
    bomb = world.root / "bomb.kns"
    bomb.write_bytes(bytes(data))
    error = refused(world.leader, bomb)
    assert error.key == "sync.member_too_big" and error.params["member"] == pkg.ROWS_MEMBER


def test_a_member_expanding_hugely_is_refused(world: World):
    """Ten megabytes of zeros deflate to ten kilobytes: the ratio gives the bomb away."""
    found, comment = members(world.package)
    bomb = zipfile.ZipInfo(pkg.AGGREGATE_MEMBER)
    bomb.compress_type = zipfile.ZIP_DEFLATED
    entries = [*found.items(), (bomb, bytes(10 * 1024 * 1024))]
    error = refused(world.leader, rezip(world.root / "z.kns", entries, comment))
    assert error.key == "sync.member_ratio"


def test_too_many_members_are_refused_before_parsing(world: World):
    entries = [(f"m{i}", b"") for i in range(50)]
    error = refused(world.leader, rezip(world.root / "many.kns", entries, b""))
    assert error.key == "sync.too_many_members" and error.params["count"] == 50


def test_a_manifest_resigned_by_another_key_for_a_known_device_is_refused(world: World):
    """The leader knows the teacher's key (from the card); a forger's key is caught."""
    forger = crypto.generate_keypair()
    found, _ = members(world.package)
    sender = json.loads(found[pkg.MANIFEST])["sender"]
    forged_sender = {**sender, "sign_key": crypto.b64(forger.sign_public)}
    forged = resign(
        world.package,
        world.root / "forged.kns",
        forger.sign_private,
        edit={"sender": forged_sender},
    )
    error = refused(world.leader, forged)
    assert error.key == "sync.key_changed" and error.params["known"] != error.params["new"]


def test_a_manifest_resigned_without_the_senders_key_fails_the_signature(world: World):
    forger = crypto.generate_keypair()
    forged = resign(world.package, world.root / "forged.kns", forger.sign_private)
    assert refused(world.leader, forged).key == "sync.bad_signature"


def test_a_replaced_member_with_a_fixed_checksum_fails_its_hash(world: World):
    """Someone swaps the data and recomputes the file checksum: the signed hash catches it."""
    found, _ = members(world.package)
    found[pkg.ROWS_MEMBER] = found[pkg.ROWS_MEMBER][:-1] + b"\x00"
    entries = list(found.items())
    target = rezip(world.root / "swap.kns", entries, b"kns/1 " + b"0" * 64)
    body = target.read_bytes()[:-64]
    target.write_bytes(body + hashlib.sha256(body).hexdigest().encode())
    assert refused(world.leader, target).key == "sync.bad_hash"


def test_a_package_from_a_newer_format_asks_for_an_update(world: World):
    newer = resign(
        world.package,
        world.root / "v2.kns",
        private_keys(world.teacher),
        format_version=pkg.FORMAT_VERSION + 1,
    )
    error = refused(world.leader, newer)
    assert error.key == "sync.newer_format"
    assert "Update" in error.message("en") and "cập nhật" in error.message("vi")


def test_a_package_with_a_newer_schema_asks_for_an_update(world: World):
    newer = resign(
        world.package,
        world.root / "s.kns",
        private_keys(world.teacher),
        edit={"schema_version": SCHEMA_VERSION + 1},
    )
    assert refused(world.leader, newer).key == "sync.newer_schema"


def test_a_package_for_another_school_is_refused(world: World):
    import_into(world.leader, world.package)  # the leader now holds the demo school
    other = resign(
        world.package,
        world.root / "other.kns",
        private_keys(world.teacher),
        edit={
            "package_id": "0" * 32,
            "school": {"code": "HP-XX-THCS", "name": "THCS Khác", "district": "", "province": ""},
        },
    )
    error = refused(world.leader, other)
    assert error.key == "sync.other_school" and error.params["code"] == "HP-XX-THCS"


def test_the_same_package_twice_changes_nothing_and_says_so(world: World):
    import_into(world.leader, world.package)
    before = file_hash(world.leader)
    again = import_into(world.leader, world.package)
    assert again.status == "already"
    assert "already imported" in again.lines("en")[0]
    assert file_hash(world.leader) == before


def test_a_package_for_another_device_is_refused(world: World, tmp_path: Path):
    stranger = new_db(tmp_path / "stranger.db")
    assert refused(stranger, world.package).key == "sync.not_for_us"


def test_the_department_never_takes_pupil_data(world: World):
    store = open_store(world.leader)
    with store.db.atomic():
        set_setting(store.db, "role", "department")
    store.close()
    assert refused(world.leader, world.package).key == "sync.pupil_data_department"


def test_rows_breaking_a_rule_roll_the_whole_package_back(world: World):
    """A signed package whose last class has grade 13 (a CHECK fails mid-merge): nothing stays."""

    def grade_13(tables: dict) -> None:
        grade = tables["school_class"]["columns"].index("grade")
        tables["school_class"]["rows"][-1][grade] = 13

    target = reseal(world, world.root / "bad-rows.kns", grade_13, schema=SCHEMA_VERSION)
    error = refused(world.leader, target)
    assert error.key == "sync.bad_payload" and "CHECK" in str(error.params["reason"])


def test_a_package_missing_earlier_rows_is_refused_until_they_arrive(world: World):
    """An incremental package holding attendance of a session the leader never received."""
    from skillsapp.services.sessions import get_session, list_sessions, record_session
    from skillsapp.services.sessions import session_input as editable

    store = open_store(world.teacher)
    summary = list_sessions(store)[0]
    session = get_session(store, summary.id)
    data = editable(session)
    first = next(iter(data.attendance))
    status = "absent" if data.attendance[first] != "absent" else "present"
    changed = type(data)(**{**data.__dict__, "attendance": {**data.attendance, first: status}})
    from skillsapp.content import load_kit

    keys = load_kit().lesson(data.lesson_id).quiz_keys() if data.lesson_id else {}
    record_session(store, changed, keys=keys, session_id=session.id)
    store.close()
    later = export(world.teacher, world.root / "later.kns")  # incremental after the full one
    error = refused(world.leader, later)
    assert error.key == "sync.missing_parent"
    import_into(world.leader, world.package)
    assert import_into(world.leader, later).merge.totals().updated == 1  # type: ignore[union-attr]


_KILLED_IMPORT = """
import sys, time
from pathlib import Path
from skillsapp.errors import UserError
from skillsapp.store import open_store
from skillsapp.sync import merge
from skillsapp.sync.importer import import_package

db, package, flag = sys.argv[1:4]
original = merge._write
calls = []

def slow_write(*args, **kwargs):
    original(*args, **kwargs)
    calls.append(1)
    if len(calls) == 4:  # school, classes, pupils and sessions written; now wait to be killed
        Path(flag).write_text("writing")
        time.sleep(120)

merge._write = slow_write
import_package(open_store(db), Path(package))
"""


def test_a_process_killed_in_the_middle_of_an_import_leaves_the_database_as_it_was(world: World):
    before_hash = file_hash(world.leader)
    before = content(world.leader)
    flag = world.root / "writing.flag"
    child = subprocess.Popen(
        [sys.executable, "-c", _KILLED_IMPORT, str(world.leader), str(world.package), str(flag)],
        env={**os.environ, "PYTHONPATH": str(Path(__file__).resolve().parents[2])},
    )
    try:
        deadline = time.monotonic() + 60
        while not flag.exists() and child.poll() is None and time.monotonic() < deadline:
            time.sleep(0.05)
        assert flag.exists(), "the import never reached the middle"
        os.kill(child.pid, signal.SIGKILL)
    finally:
        child.wait(timeout=30)
    assert child.returncode == -signal.SIGKILL
    assert file_hash(world.leader) == before_hash  # nothing reached the database file
    assert content(world.leader) == before  # and the half-written log was discarded
    assert import_into(world.leader, world.package).status == "imported"


def test_aggregate_figures_naming_a_pupil_are_never_written(world: World, monkeypatch):
    from skillsapp.sync import export as export_module

    store = open_store(world.teacher)
    name = store.db.execute("SELECT full_name FROM pupil LIMIT 1").fetchone()[0]
    monkeypatch.setattr(
        export_module, "school_figures_dict", lambda *a: {"grades": [{"note": f"vắng: {name}"}]}
    )
    try:
        with pytest.raises(UserError) as caught:
            export_module.export_aggregate(store, world.root / "agg.kns", period="2026-2027")
    finally:
        store.close()
    assert caught.value.key == "sync.aggregate_private"
    assert not (world.root / "agg.kns").exists()
